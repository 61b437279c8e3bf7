#include "../support/paymentfixture.h"
#include "accountrepository.h"
#include "migrations.h"
#include "paymentservice.h"
#include "receiptprintlog.h"
#include "receiptrecord.h"
#include "shiftledger.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace hd;
using namespace hd::testing;

// Opens stores written at earlier schema versions with the current program.
class TestStoreUpgrade : public QObject
{
    Q_OBJECT

    QString copyFixture(const QTemporaryDir &dir, const QString &name)
    {
        const QString from = QStringLiteral(HALLDESK_SOURCE_DIR "/tests/data/stores/") + name;
        const QString to = dir.filePath(name);
        if (!QFile::copy(from, to) ||
            !QFile::copy(from + QStringLiteral(".key"), to + QStringLiteral(".key")))
            return {};
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
        return to;
    }

private slots:
    void openV1Fixture_upgradesToLatestWithDataIntact()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("v1.sqlite"));
        QVERIFY(!path.isEmpty());
        {
            // Look without upgrading first: the fixture really is version 1.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));

        auto store = Store::open(path);
        QVERIFY2(store.ok(), qPrintable(store.error().message));
        Store &s = *store.value();
        QCOMPARE(s.schemaVersion(), latestSchemaVersion());
        QCOMPARE(s.identity().hallCode, QStringLiteral("4401"));
        auto account = AccountRepository(s).byNumber(QStringLiteral("1000000001"));
        QVERIFY(account.ok());
        QCOMPARE(account->name, QStringLiteral("张三"));
        QCOMPARE(AccountRepository(s).bills(account->id).size(), 2);
        QCOMPARE(scalar(s, QStringLiteral("SELECT receipt_no FROM payments")).toString(),
                 QStringLiteral("4401-03-00000007"));
        // New columns arrive with their defaults; the old payment has no shift.
        QVERIFY(scalar(s, QStringLiteral("SELECT shift_id IS NULL FROM payments")).toBool());
        QCOMPARE(scalar(s, QStringLiteral("SELECT sum(penalty_carried_fen) FROM bills")).toInt(),
                 0);
        QVERIFY(OperatorDirectory(s).authenticate(kClerk, kClerkPassword).ok());
        // Schema 6: a payment from version 1 can be reprinted, and the reprint is counted.
        auto old = ReceiptRecord::load(s, QStringLiteral("4401-03-00000007"));
        QVERIFY2(old.ok(), qPrintable(old.error().message));
        QCOMPARE(old->accountNo, QStringLiteral("1000000001"));
        auto copy = ReceiptPrintLog(s).record(QStringLiteral("4401-03-00000007"),
                                              ReceiptPrintLog::Copy::Reprint, kClerk, {});
        QVERIFY2(copy.ok(), qPrintable(copy.error().message));
        QCOMPARE(ReceiptPrintLog(s).reprintCount(QStringLiteral("4401-03-00000007")), 1);

        // And the upgraded store takes payments: the partly paid bill runs from its due date.
        auto quote = PaymentService(s).quote(QStringLiteral("1000000001"), QDate(2024, 3, 25));
        QVERIFY(quote.ok());
        QCOMPARE(quote->lines[0].outstanding, Money::fromFen(15000));
        QCOMPARE(quote->lines[0].lateFee, Money::fromFen(150)); // 150.00 × 1‰ × 10
        QVERIFY(ShiftLedger(s).open(kClerk, {}).ok());
        PaymentRequest r;
        r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.accountNo = QStringLiteral("1000000001");
        r.amount = Money::fromFen(100);
        Tender t;
        t.amount = r.amount;
        r.tenders = {t};
        r.operatorLogin = kClerk;
        auto paid = PaymentService(s).pay(r);
        QVERIFY2(paid.ok(), qPrintable(paid.error().message));
        // The sequence starts in v2; the v1 receipt number stays unique.
        QCOMPARE(paid->receiptNo, QStringLiteral("4401-03-00000001"));
    }

    void migrateStepByStep_sameSchemaAsFresh()
    {
        QTemporaryDir dir;
        auto fresh = openStore(dir.filePath(QStringLiteral("fresh.sqlite")));
        QVERIFY(fresh);
        {
            auto old = openStore(dir.filePath(QStringLiteral("old.sqlite")), 1);
            QVERIFY(old);
            QCOMPARE(old->schemaVersion(), 1);
        }
        auto upgraded = openStore(dir.filePath(QStringLiteral("old.sqlite")));
        QVERIFY(upgraded);
        auto schema = [](Store &s) {
            QStringList all;
            QSqlQuery q(s.db());
            q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
            while (q.next())
                all << q.value(0).toString() + q.value(1).toString() + q.value(2).toString();
            return all;
        };
        QCOMPARE(schema(*upgraded), schema(*fresh));
    }
};

QTEST_GUILESS_MAIN(TestStoreUpgrade)
#include "tst_storeupgrade.moc"
