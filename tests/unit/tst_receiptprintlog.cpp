#include "../support/receiptfixture.h"
#include "auditlog.h"
#include "receiptprintlog.h"
#include "receiptrecord.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hd;
using namespace hd::testing;

// Every print of a receipt is recorded and audited; only committed payments have receipts.
class TestReceiptPrintLog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_receipt;

private slots:
    void init()
    {
        static int n = 0;
        m_store = seededStore(m_dir.filePath(QStringLiteral("l%1.sqlite").arg(++n)));
        QVERIFY(m_store);
        m_receipt =
            payIn(*m_store, QStringLiteral("1000000001"), 40000, PaymentMethod::Cash, 50000);
        QVERIFY(!m_receipt.isEmpty());
    }

    void firstPrint_isOriginalThenReprintsCount()
    {
        ReceiptPrintLog log(*m_store);
        auto original = log.record(m_receipt, ReceiptPrintLog::Copy::Original, kClerk,
                                   QStringLiteral("escpos-tcp://127.0.0.1:9100"));
        QVERIFY2(original.ok(), qPrintable(original.error().message));
        QCOMPARE(original->copyNo, 0);
        QVERIFY(!original->isReprint());
        auto first = log.record(m_receipt, ReceiptPrintLog::Copy::Reprint, kSupervisor, {});
        auto second = log.record(m_receipt, ReceiptPrintLog::Copy::Reprint, kClerk, {});
        QCOMPARE(first->copyNo, 1);
        QCOMPARE(first->operatorName, QStringLiteral("李强"));
        QCOMPARE(second->copyNo, 2);
        QCOMPARE(log.reprintCount(m_receipt), 2);
        QCOMPARE(log.copies(m_receipt).size(), 3);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                                 "'receipt.reprint'"))
                     .toInt(),
                 2);
        QVERIFY(AuditLog(*m_store).verify().intact);
    }

    void secondOriginal_becomesReprint()
    {
        ReceiptPrintLog log(*m_store);
        QVERIFY(log.record(m_receipt, ReceiptPrintLog::Copy::Original, kClerk, {}).ok());
        auto again = log.record(m_receipt, ReceiptPrintLog::Copy::Original, kClerk, {});
        QCOMPARE(again->copyNo, 1);
        QVERIFY(again->isReprint());
    }

    void reprintWithoutOriginal_isStillAReprint()
    {
        auto copy =
            ReceiptPrintLog(*m_store).record(m_receipt, ReceiptPrintLog::Copy::Reprint, kClerk, {});
        QCOMPARE(copy->copyNo, 1);
    }

    void survivesReopen()
    {
        QVERIFY(ReceiptPrintLog(*m_store).record(m_receipt, ReceiptPrintLog::Copy::Reprint, kClerk,
                                                 {}));
        const QString path = m_store->path();
        m_store.reset();
        m_store = openStore(path);
        QCOMPARE(ReceiptPrintLog(*m_store).reprintCount(m_receipt), 1);
    }

    void unknownReceipt_refusedNothingRecorded()
    {
        auto copy = ReceiptPrintLog(*m_store).record(QStringLiteral("4401-03-99999999"),
                                                     ReceiptPrintLog::Copy::Original, kClerk, {});
        QVERIFY(!copy.ok());
        QCOMPARE(copy.error().code, QStringLiteral("receipt.unknown"));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT COUNT(*) FROM receipt_prints")).toInt(),
                 0);
    }

    void pendingPayment_hasNoReceipt()
    {
        // A QR payment waiting for the acquirer is not committed: no receipt, a clear reason.
        const QString uuid = QStringLiteral("6d1f3b1e-8a61-4f3c-9a55-2c1b0e7d9f01");
        QVERIFY(exec(*m_store,
                     QStringLiteral("INSERT INTO pending_payments (uuid, account_id, amount_fen, "
                                    "request, operator_login, created_at) VALUES (?, 1, 100, "
                                    "'{}', 'clerk1', '2024-03-25T02:00:00.000Z')"),
                     {uuid}));
        auto record = ReceiptRecord::load(*m_store, uuid);
        QVERIFY(!record.ok());
        QCOMPARE(record.error().code, QStringLiteral("receipt.not-committed"));
        QVERIFY(record.error().message.contains(QStringLiteral("尚未入账")));
    }

    void record_readsWhatWasPaid()
    {
        auto r = ReceiptRecord::load(*m_store, m_receipt);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->accountNo, QStringLiteral("1000000001"));
        QCOMPARE(r->accountName, QStringLiteral("张三"));
        QCOMPARE(r->operatorName, QStringLiteral("王芳"));
        QCOMPARE(r->amount, Money::fromFen(40000));
        QCOMPARE(r->tenders.size(), 1);
        QCOMPARE(r->tenders[0].tendered, Money::fromFen(50000));
        QCOMPARE(r->tenders[0].change, Money::fromFen(10000));
        QVERIFY(r->paidInCash());
        QCOMPARE(r->bills.size(), 2);
        QCOMPARE(r->bills[0].period, 202402);
        Money sum = r->lateFee + r->credit;
        for (const auto &b : r->bills)
            sum += b.principal;
        QCOMPARE(sum, r->amount);
    }

    void maskAccountName_keepsFirstCharacter_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("masked");
        QTest::newRow("two") << QStringLiteral("张三") << QStringLiteral("张*");
        QTest::newRow("three") << QStringLiteral("王小明") << QStringLiteral("王**");
        QTest::newRow("four") << QStringLiteral("欧阳娜娜") << QStringLiteral("欧**娜");
        QTest::newRow("organisation")
            << QStringLiteral("示范机械厂有限公司") << QStringLiteral("示范*****公司");
        QTest::newRow("one") << QStringLiteral("张") << QStringLiteral("张");
    }
    void maskAccountName_keepsFirstCharacter()
    {
        QFETCH(QString, name);
        QFETCH(QString, masked);
        QCOMPARE(hd::maskAccountName(name), masked);
    }
};

QTEST_GUILESS_MAIN(TestReceiptPrintLog)
#include "tst_receiptprintlog.moc"
