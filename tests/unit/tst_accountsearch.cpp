// Search ranking: for each kind of query a clerk types, the intended account comes first,
// in a store of generated accounts plus hand-made traps.

#include "accountsearch.h"
#include "demodata.h"
#include "idnumber.h"
#include "store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hd;

namespace {
struct Handmade
{
    QString accountNo;
    QString name;
    QString phone;
    QString idNumber; // 18-character resident ID or credit code
    QString compound;
    int building = 0;
    int unit = 0;
    int room = 0;
    bool organisation = false;
};

qint64 placeId(Store &store, int kind, const QString &name)
{
    QSqlQuery q(store.db());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO places (kind, name) VALUES (?, ?)"));
    q.addBindValue(kind);
    q.addBindValue(name);
    q.exec();
    q.prepare(QStringLiteral("SELECT id FROM places WHERE kind = ? AND name = ?"));
    q.addBindValue(kind);
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool insert(Store &store, const Handmade &h)
{
    const FieldCipher &c = store.cipher();
    QSqlQuery q(store.db());
    q.prepare(QStringLiteral(
        "INSERT INTO accounts (account_no, name, customer_class, address, compound_id, building, "
        "unit, room, phone_cipher, phone_hash, phone_last4, phone_masked, id_kind, id_cipher, "
        "id_hash, id_masked, tariff_code) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(h.accountNo);
    q.addBindValue(h.name);
    q.addBindValue(h.organisation ? QStringLiteral("non_residential")
                                  : QStringLiteral("residential"));
    q.addBindValue(QStringLiteral("广州市天河区测试路1号%1%2栋%3单元%4室")
                       .arg(h.compound)
                       .arg(h.building)
                       .arg(h.unit)
                       .arg(h.room));
    q.addBindValue(placeId(store, 3, h.compound));
    q.addBindValue(h.building);
    q.addBindValue(h.unit);
    q.addBindValue(h.room);
    q.addBindValue(c.encryptText(h.phone));
    q.addBindValue(c.lookupHash(h.phone));
    q.addBindValue(h.phone.right(4));
    q.addBindValue(QString(h.phone.left(3) + QStringLiteral("****") + h.phone.right(4)));
    q.addBindValue(h.organisation ? QStringLiteral("credit_code") : QStringLiteral("resident_id"));
    q.addBindValue(c.encryptText(h.idNumber));
    q.addBindValue(c.lookupHash(h.idNumber));
    q.addBindValue(h.organisation ? h.idNumber : maskResidentId(h.idNumber));
    q.addBindValue(h.organisation ? QStringLiteral("COM-GEN") : QStringLiteral("RES-T3"));
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return false;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery g(store.db());
    g.prepare(QStringLiteral("INSERT OR IGNORE INTO name_grams (gram, account_id) VALUES (?, ?)"));
    for (qsizetype len = 2; len <= h.name.size(); ++len)
        for (qsizetype i = 0; i + len <= h.name.size(); ++i) {
            if (h.organisation && len > 2)
                break;
            g.addBindValue(h.name.mid(i, len));
            g.addBindValue(id);
            g.exec();
        }
    return true;
}
} // namespace

class TestAccountSearch : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private slots:
    void initTestCase()
    {
        Store::Options o;
        o.mode = Store::OpenMode::CreateIfMissing;
        m_store = std::move(Store::open(m_dir.filePath(QStringLiteral("s.sqlite")), o)).value();
        DemoDataGenerator::Options g;
        g.accounts = 3000;
        g.seed = 11;
        g.asOf = QDate(2026, 11, 23);
        g.createOperators = false;
        QVERIFY(DemoDataGenerator::generate(*m_store, g).ok());
        const QList<Handmade> traps = {
            // Two 张伟 in different compounds; the generated data has more.
            {QStringLiteral("9900000001"), QStringLiteral("张伟"), QStringLiteral("13912345678"),
             QStringLiteral("11010519491231002X"), QStringLiteral("测试花园"), 3, 2, 502},
            {QStringLiteral("9900000002"), QStringLiteral("张伟"), QStringLiteral("13800001111"),
             QStringLiteral("440524188001010014"), QStringLiteral("样板小区"), 3, 1, 502},
            // A phone whose last four digits are also the prefix of every account number.
            {QStringLiteral("9900000003"), QStringLiteral("欧阳娜娜"),
             QStringLiteral("18666664410"), QStringLiteral("440106200002290016"),
             QStringLiteral("样板小区"), 7, 1, 1203},
            {QStringLiteral("9900000004"), QStringLiteral("广州市测试电子科技有限公司"),
             QStringLiteral("13600002222"), QStringLiteral("91350100M000100Y43"),
             QStringLiteral("测试花园"), 1, 1, 101, true},
        };
        for (const Handmade &h : traps)
            QVERIFY(insert(*m_store, h));
    }

    void search_intendedAccountFirst_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expectedFirst");
        QTest::addColumn<int>("kind");
        QTest::newRow("account exact")
            << QStringLiteral("4410000123") << QStringLiteral("4410000123")
            << int(MatchKind::AccountNoExact);
        QTest::newRow("account prefix")
            << QStringLiteral("441000012") << QStringLiteral("4410000120")
            << int(MatchKind::AccountNoPrefix);
        QTest::newRow("full-width digits")
            << QStringLiteral("４４１００００１２３") << QStringLiteral("4410000123")
            << int(MatchKind::AccountNoExact);
        QTest::newRow("name, two characters, partial")
            << QStringLiteral("娜娜") << QStringLiteral("9900000003")
            << int(MatchKind::NamePartial);
        QTest::newRow("double surname")
            << QStringLiteral("欧阳娜娜") << QStringLiteral("9900000003")
            << int(MatchKind::NameExact);
        QTest::newRow("organisation fragment")
            << QStringLiteral("测试电子") << QStringLiteral("9900000004")
            << int(MatchKind::NamePartial);
        QTest::newRow("phone full") << QStringLiteral("13912345678") << QStringLiteral("9900000001")
                                    << int(MatchKind::PhoneFull);
        QTest::newRow("phone spaced") << QStringLiteral("139 1234 5678")
                                      << QStringLiteral("9900000001") << int(MatchKind::PhoneFull);
        QTest::newRow("phone last four beats account prefix")
            << QStringLiteral("4410") << QStringLiteral("9900000003") << int(MatchKind::PhoneLast4);
        QTest::newRow("compound") << QStringLiteral("测试花园") << QStringLiteral("9900000001")
                                  << int(MatchKind::Address);
        QTest::newRow("compound and building-room")
            << QStringLiteral("样板小区 3栋502") << QStringLiteral("9900000002")
            << int(MatchKind::Address); // the compound is the most selective token
        QTest::newRow("glued compound and building-room")
            << QStringLiteral("测试花园3栋502") << QStringLiteral("9900000001")
            << int(MatchKind::Address);
        QTest::newRow("name and compound")
            << QStringLiteral("张伟 样板小区") << QStringLiteral("9900000002")
            << int(MatchKind::Address);
        QTest::newRow("ID 18") << QStringLiteral("11010519491231002x")
                               << QStringLiteral("9900000001") << int(MatchKind::IdNumber);
        QTest::newRow("ID 15 legacy") << QStringLiteral("110105491231002")
                                      << QStringLiteral("9900000001") << int(MatchKind::IdNumber);
        QTest::newRow("credit code") << QStringLiteral("91350100m000100y43")
                                     << QStringLiteral("9900000004") << int(MatchKind::IdNumber);
    }
    void search_intendedAccountFirst()
    {
        QFETCH(QString, query);
        QFETCH(QString, expectedFirst);
        QFETCH(int, kind);
        const QList<SearchHit> hits = AccountSearch(*m_store).search(query, 20);
        QVERIFY2(!hits.isEmpty(), qPrintable(query));
        QCOMPARE(hits.constFirst().accountNo, expectedFirst);
        QCOMPARE(int(hits.constFirst().matchedBy), kind);
    }

    void search_fullNameFindsEveryNamesake()
    {
        const QList<SearchHit> hits = AccountSearch(*m_store).search(QStringLiteral("张伟"), 200);
        int handmade = 0;
        for (const SearchHit &h : hits) {
            QVERIFY(h.name.contains(QStringLiteral("张伟")));
            handmade += h.accountNo.startsWith(QStringLiteral("99")) ? 1 : 0;
        }
        QCOMPARE(handmade, 2);
        QCOMPARE(hits.constFirst().matchedBy, MatchKind::NameExact);
    }

    void search_idNumbersAreMaskedInResults()
    {
        const auto hits = AccountSearch(*m_store).search(QStringLiteral("11010519491231002X"));
        QCOMPARE(hits.constFirst().idMasked, QStringLiteral("110***********002X"));
        QCOMPARE(hits.constFirst().phoneMasked, QStringLiteral("139****5678"));
    }

    void search_garbageFindsNothingAndChangesNothing_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("sql") << QStringLiteral("' OR 1=1 --");
        QTest::newRow("long") << QString(10000, QLatin1Char('x'));
        QTest::newRow("unknown name") << QStringLiteral("不存在的名字");
        QTest::newRow("wrong ID check") << QStringLiteral("110105194912310021");
    }
    void search_garbageFindsNothingAndChangesNothing()
    {
        QFETCH(QString, query);
        QSqlQuery count(m_store->db());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM accounts")) && count.next());
        const qint64 before = count.value(0).toLongLong();
        QVERIFY(AccountSearch(*m_store).search(query).isEmpty());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM accounts")) && count.next());
        QCOMPARE(count.value(0).toLongLong(), before);
    }

    void search_respectsLimit()
    {
        QCOMPARE(AccountSearch(*m_store).search(QStringLiteral("王"), 7).size(), 7);
    }
};

QTEST_GUILESS_MAIN(TestAccountSearch)
#include "tst_accountsearch.moc"
