// The demo-data generator: the same seed and date give the same store content, another seed
// another; everything it writes passes the validators and the tariff arithmetic.

#include "creditcode.h"
#include "demodata.h"
#include "idnumber.h"
#include "phone.h"
#include "store.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace hd;

namespace {
std::unique_ptr<Store> generated(const QString &path, std::uint64_t seed, int accounts = 400)
{
    Store::Options o;
    o.mode = Store::OpenMode::CreateIfMissing;
    auto store = std::move(Store::open(path, o)).value();
    DemoDataGenerator::Options g;
    g.accounts = accounts;
    g.seed = seed;
    g.asOf = QDate(2026, 11, 23);
    g.createOperators = false;
    const auto s = DemoDataGenerator::generate(*store, g);
    if (!s)
        qWarning() << s.error().message;
    return store;
}

// Everything but the encrypted columns (their nonces are random by design) and the keyed
// hashes (the key is per store).
QByteArray contentHash(Store &store)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const char *sql :
         {"SELECT account_no, name, customer_class, address, building, unit, room, phone_last4, "
          "phone_masked, id_kind, id_masked, tariff_code, meter_no, prepaid, balance_fen, status, "
          "blocked, blocked_reason, opened_on FROM accounts ORDER BY id",
          "SELECT account_id, period, kwh_tier1, kwh_tier2, kwh_tier3, amount_fen, due_date, "
          "paid_fen, status FROM bills ORDER BY account_id, period",
          "SELECT uuid, receipt_no, account_id, amount_fen, method, channel, created_at FROM "
          "payments ORDER BY id",
          "SELECT gram, account_id FROM name_grams ORDER BY gram, account_id"}) {
        QSqlQuery q(store.db());
        q.setForwardOnly(true);
        q.exec(QString::fromUtf8(sql));
        const int columns = q.record().count();
        while (q.next())
            for (int c = 0; c < columns; ++c)
                h.addData(QByteArray(q.value(c).toString().toUtf8() + '\x1f'));
    }
    return h.result();
}
} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void generate_sameSeedSameContent_otherSeedOther()
    {
        auto a = generated(m_dir.filePath(QStringLiteral("a.sqlite")), 7);
        auto b = generated(m_dir.filePath(QStringLiteral("b.sqlite")), 7);
        auto c = generated(m_dir.filePath(QStringLiteral("c.sqlite")), 8);
        QCOMPARE(contentHash(*a), contentHash(*b));
        QVERIFY(contentHash(*a) != contentHash(*c));
    }

    void generate_everyValueIsValid()
    {
        auto store = generated(m_dir.filePath(QStringLiteral("v.sqlite")), 3, 1500);
        QSqlQuery q(store->db());
        QVERIFY(q.exec(QStringLiteral("SELECT id_kind, id_cipher, phone_cipher, customer_class, "
                                      "status, blocked, prepaid FROM accounts")));
        QSet<QString> classes, statuses;
        int blocked = 0, prepaid = 0, accounts = 0;
        while (q.next()) {
            ++accounts;
            const auto id = store->cipher().decryptText(q.value(1).toByteArray());
            QVERIFY(id.ok());
            if (q.value(0).toString() == QLatin1String("resident_id")) {
                const auto parsed = parseResidentId(id.value(), QDate(2026, 11, 23));
                QVERIFY2(parsed.ok(), qPrintable(id.value()));
            } else {
                const auto code = parseCreditCode(id.value());
                QVERIFY2(code.ok() && code->check == CreditCode::Check::Passed,
                         qPrintable(id.value()));
            }
            const auto phone = store->cipher().decryptText(q.value(2).toByteArray());
            QVERIFY(phone.ok() && parseMobileNumber(phone.value()).ok());
            classes << q.value(3).toString();
            statuses << q.value(4).toString();
            blocked += q.value(5).toInt();
            prepaid += q.value(6).toInt();
        }
        QCOMPARE(accounts, 1500);
        QCOMPARE(classes.size(), 3);
        QVERIFY(statuses.contains(QStringLiteral("closed")));
        QVERIFY(statuses.contains(QStringLiteral("cut_off")));
        QVERIFY(blocked > 0);
        QVERIFY(prepaid > 0);

        // Arrears: some bills unpaid past their due date.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM bills WHERE paid_fen < amount_fen "
                                      "AND due_date < '2026-11-23'")) &&
                q.next());
        QVERIFY(q.value(0).toInt() > 0);
        // 12–24 months of bills per account.
        QVERIFY(q.exec(QStringLiteral("SELECT min(n), max(n) FROM (SELECT count(*) AS n FROM "
                                      "bills GROUP BY account_id)")) &&
                q.next());
        QVERIFY(q.value(0).toInt() >= 12);
        QVERIFY(q.value(1).toInt() <= 24);
    }

    void generate_residentialBillsFollowTheAnnualTiers()
    {
        auto store = generated(m_dir.filePath(QStringLiteral("t.sqlite")), 5, 300);
        // Recompute every residential bill from its kWh: tiers by the year's cumulative
        // consumption (2,760 / 4,800 kWh), prices 0.538 / 0.588 / 0.838, half-up to the fen.
        QSqlQuery q(store->db());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT b.account_id, b.period, b.kwh_tier1, b.kwh_tier2, b.kwh_tier3, b.amount_fen "
            "FROM bills b JOIN accounts a ON a.id = b.account_id WHERE a.tariff_code = 'RES-T3' "
            "ORDER BY b.account_id, b.period")));
        qint64 account = -1;
        int year = 0, yearKwh = 0, checked = 0, inTier2 = 0;
        while (q.next()) {
            const qint64 acc = q.value(0).toLongLong();
            const int period = q.value(1).toInt();
            if (acc != account || period / 100 != year) {
                account = acc;
                year = period / 100;
                yearKwh = 0;
            }
            const int kwh = q.value(2).toInt() + q.value(3).toInt() + q.value(4).toInt();
            const int before = yearKwh, after = yearKwh + kwh;
            const int t1 = std::max(0, std::min(after, 2760) - before);
            const int t2 = std::max(0, std::min(after, 4800) - std::max(before, 2760));
            const int t3 = kwh - t1 - t2;
            QCOMPARE(q.value(2).toInt(), t1);
            QCOMPARE(q.value(3).toInt(), t2);
            QCOMPARE(q.value(4).toInt(), t3);
            const qint64 li = qint64(t1) * 538 + qint64(t2) * 588 + qint64(t3) * 838;
            QCOMPARE(q.value(5).toLongLong(), (li + 5) / 10);
            yearKwh = after;
            ++checked;
            inTier2 += t2 > 0 ? 1 : 0;
        }
        QVERIFY(checked > 1000);
        QVERIFY(inTier2 > 0); // the data does reach the second tier
    }

    // The load runs without foreign key checks: every reference it writes must hold, and the
    // store's connection checks them again afterwards.
    void generate_referencesHold_foreignKeysBackOn()
    {
        auto store = generated(m_dir.filePath(QStringLiteral("fk.sqlite")), 3, 600);
        QSqlQuery q(store->db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY2(!q.next(), qPrintable(q.value(0).toString()));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM bills")) && q.next());
        QVERIFY(q.value(0).toInt() > 600 * 12);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // And they bite: a bill for an account that does not exist is refused.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO bills (account_id, period, amount_fen, "
                                       "due_date) VALUES (999999, 202401, 100, '2024-02-25')")));
    }

    // A payment time is the local (UTC+8) instant in UTC, as QDateTime writes it.
    void generate_paymentTimesAreUtcInstants()
    {
        auto store = generated(m_dir.filePath(QStringLiteral("t.sqlite")), 4, 300);
        QSqlQuery q(store->db());
        QVERIFY(q.exec(QStringLiteral("SELECT created_at FROM payments")));
        int n = 0;
        while (q.next()) {
            const QString text = q.value(0).toString();
            const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
            QVERIFY2(t.isValid() && t.timeSpec() == Qt::UTC, qPrintable(text));
            QCOMPARE(t.toString(Qt::ISODateWithMs), text);
            const int localHour = t.toOffsetFromUtc(8 * 3600).time().hour();
            QVERIFY2(localHour >= 8 && localHour <= 20, qPrintable(text));
            ++n;
        }
        QVERIFY(n > 100);
    }

    void generate_refusesAStoreWithAccounts()
    {
        auto store = generated(m_dir.filePath(QStringLiteral("n.sqlite")), 1, 10);
        DemoDataGenerator::Options g;
        g.accounts = 10;
        const auto again = DemoDataGenerator::generate(*store, g);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("generate.not-empty"));
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
