#include "../support/paymentfixture.h"
#include "accountrepository.h"
#include "migrations.h"
#include "paymentservice.h"
#include "receiptprintlog.h"
#include "receiptrecord.h"
#include "shiftledger.h"

#include <QFile>
#include <QRegularExpression>
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
    // Every released version has a fixture written by make_fixture_store; a version without
    // one fails here, so a new migration cannot ship without its predecessor's fixture.
    void openFixture_upgradesToLatestWithDataIntact_data()
    {
        QTest::addColumn<int>("version");
        for (const Migration &m : migrations())
            if (m.version < latestSchemaVersion())
                QTest::addRow("v%d", m.version) << m.version;
    }
    void openFixture_upgradesToLatestWithDataIntact()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("v%1.sqlite").arg(version));
        QVERIFY2(!path.isEmpty(), "fixture missing: run make_fixture_store for this version");
        {
            // Look without upgrading first: the fixture really is at that version.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), version);
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
        QCOMPARE(scalar(s, QStringLiteral("SELECT receipt_no FROM payments WHERE uuid = "
                                          "'0b7f3c1e-8d6a-4c55-9a0e-3f1b2c4d5e6f'"))
                     .toString(),
                 QStringLiteral("4401-03-00000007"));
        // New columns arrive with their defaults; the imported payment has no shift.
        QVERIFY(scalar(s, QStringLiteral("SELECT shift_id IS NULL FROM payments WHERE receipt_no "
                                         "= '4401-03-00000007'"))
                    .toBool());
        QVERIFY(OperatorDirectory(s).authenticate(kClerk, kClerkPassword).ok());
        // Schema 6: a payment from version 1 can be reprinted, and the reprint is counted.
        auto imported = ReceiptRecord::load(s, QStringLiteral("4401-03-00000007"));
        QVERIFY2(imported.ok(), qPrintable(imported.error().message));
        QCOMPARE(imported->accountNo, QStringLiteral("1000000001"));
        auto copy = ReceiptPrintLog(s).record(QStringLiteral("4401-03-00000007"),
                                              ReceiptPrintLog::Copy::Reprint, kClerk, {});
        QVERIFY2(copy.ok(), qPrintable(copy.error().message));
        QCOMPARE(ReceiptPrintLog(s).reprintCount(QStringLiteral("4401-03-00000007")), 1);

        QString nextReceipt = QStringLiteral("4401-03-00000001");
        if (version >= 2) {
            // The counter payment of that release: settled bill, tender and outbox entry kept.
            PaymentService service(s);
            auto old = service.find(QStringLiteral("5d6c1a2b-3e4f-4a5b-8c7d-9e0f1a2b3c4d"));
            QVERIFY2(old.ok(), qPrintable(old.error().message));
            QCOMPARE(old->receiptNo, QStringLiteral("4401-03-00000001"));
            QCOMPARE(old->amount, Money::fromFen(30000));
            QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = "
                                              "'payment'"))
                         .toInt(),
                     1);
            QCOMPARE(
                scalar(s, QStringLiteral("SELECT status FROM bills WHERE period = 202404")).toInt(),
                1);
            // Its shift is still open: close it so that the new payment opens its own.
            QVERIFY(exec(s, QStringLiteral("UPDATE shifts SET state = 'closed'")));
            nextReceipt = QStringLiteral("4401-03-00000002");
        }

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
        // The sequence starts in v2; receipt numbers of earlier versions stay unique.
        QCOMPARE(paid->receiptNo, nextReceipt);
    }

    // Version 8 writes the IN-list checks as comparisons: the same statement is accepted or
    // refused by a version 7 store and by the upgraded one alike.
    void upgradeToV8_checksAcceptExactlyWhatTheyDidBefore_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<bool>("accepted");
        const auto row = [](const char *name, const char *sql, bool accepted) {
            QTest::newRow(name) << QString::fromUtf8(sql) << accepted;
        };
        row("bill settled", "UPDATE bills SET status = 1 WHERE period = 202403", true);
        row("bill cancelled", "UPDATE bills SET status = 2 WHERE period = 202403", true);
        row("bill status 3", "UPDATE bills SET status = 3 WHERE period = 202403", false);
        row("bill status -1", "UPDATE bills SET status = -1 WHERE period = 202403", false);
        row("bill status '1' (text)", "UPDATE bills SET status = '1' WHERE period = 202403", true);
        row("bill status 1.5", "UPDATE bills SET status = 1.5 WHERE period = 202403", false);
        row("account closed", "UPDATE accounts SET status = 'closed'", true);
        row("account cut off", "UPDATE accounts SET status = 'cut_off'", true);
        row("account status gone", "UPDATE accounts SET status = 'gone'", false);
        row("account status Closed", "UPDATE accounts SET status = 'Closed'", false);
        row("class agricultural", "UPDATE accounts SET customer_class = 'agricultural'", true);
        row("class farm", "UPDATE accounts SET customer_class = 'farm'", false);
        row("outbox sent", "UPDATE outbox SET state = 'sent'", true);
        row("outbox duplicate", "UPDATE outbox SET state = 'duplicate'", true);
        row("outbox lost", "UPDATE outbox SET state = 'lost'", false);
        row("payment topup", "UPDATE payments SET kind = 'topup'", true);
        row("payment gift", "UPDATE payments SET kind = 'gift'", false);
    }
    void upgradeToV8_checksAcceptExactlyWhatTheyDidBefore()
    {
        QFETCH(QString, statement);
        QFETCH(bool, accepted);
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("v7.sqlite"));
        QVERIFY2(!path.isEmpty(), "fixture v7 missing");
        bool before = false;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("BEGIN")));
            before = q.exec(statement);
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        auto store = Store::open(path);
        QVERIFY2(store.ok(), qPrintable(store.error().message));
        QCOMPARE(store.value()->schemaVersion(), latestSchemaVersion());
        QCOMPARE(before, accepted);
        QCOMPARE(exec(*store.value(), statement), accepted);
    }

    // bills_open is gone, also from the indexes a first pull cut short had set aside; the
    // rewritten tables hold no IN list of more than two values any more.
    void upgradeToV8_billsOpenGoneAndNoLongInLists()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("v7.sqlite"));
        QVERIFY2(!path.isEmpty(), "fixture v7 missing");
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO sync_state (key, value) VALUES ('deferred_indexes', '[\"CREATE "
                "INDEX accounts_name ON accounts (name)\",\"CREATE INDEX bills_open ON bills "
                "(account_id, status, due_date)\"]')")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        auto store = Store::open(path);
        QVERIFY2(store.ok(), qPrintable(store.error().message));
        Store &s = *store.value();
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                          "'bills_open'"))
                     .toInt(),
                 0);
        QCOMPARE(scalar(s, QStringLiteral("SELECT value FROM sync_state WHERE key = "
                                          "'deferred_indexes'"))
                     .toString(),
                 QStringLiteral("[\"CREATE INDEX accounts_name ON accounts (name)\"]"));
        for (const char *table : {"accounts", "bills", "payments", "outbox"}) {
            const QString sql = scalar(s,
                                       QStringLiteral("SELECT sql FROM sqlite_master WHERE "
                                                      "type = 'table' AND name = ?"),
                                       {QLatin1String(table)})
                                    .toString();
            static const QRegularExpression longList(
                QStringLiteral("IN \\([^,)]*,[^,)]*,[^)]*\\)"));
            QVERIFY2(!longList.match(sql).hasMatch(), table);
        }
        QVERIFY(scalar(s, QStringLiteral("PRAGMA quick_check")).toString() == QLatin1String("ok"));
    }

    // Upgrading from every earlier version, step by step, gives exactly the fresh schema.
    void migrateFromEachVersion_sameSchemaAsFresh_data()
    {
        QTest::addColumn<int>("version");
        for (const Migration &m : migrations())
            if (m.version < latestSchemaVersion())
                QTest::addRow("v%d", m.version) << m.version;
    }
    void migrateFromEachVersion_sameSchemaAsFresh()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        auto fresh = openStore(dir.filePath(QStringLiteral("fresh.sqlite")));
        QVERIFY(fresh);
        {
            auto old = openStore(dir.filePath(QStringLiteral("old.sqlite")), version);
            QVERIFY(old);
            QCOMPARE(old->schemaVersion(), version);
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
