#include "../support/paymentfixture.h"
#include "auditlog.h"
#include "paymentservice.h"
#include "paymentsettings.h"
#include "shiftledger.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace hd;
using namespace hd::testing;

class TestShiftLedger : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    static Money yuan(const QString &text) { return Money::parse(text).value(); }
    void payCash(const QString &amount, const QString &tendered = QStringLiteral("0"))
    {
        PaymentRequest r;
        r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.accountNo = QStringLiteral("1000000003");
        r.amount = yuan(amount);
        Tender t;
        t.amount = r.amount;
        t.tendered = yuan(tendered);
        r.tenders = {t};
        r.operatorLogin = kClerk;
        auto ok = PaymentService(*m_store).pay(r);
        QVERIFY2(ok.ok(), qPrintable(ok.error().message));
    }

private slots:
    void init()
    {
        static int n = 0;
        m_store = seededStore(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++n)));
        QVERIFY(m_store);
    }
    void cleanup() { m_store.reset(); }

    void cashCount_parsesDenominations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("total"); // empty: rejected
        QTest::newRow("notes") << "100=5,50=2"
                               << "600.00";
        QTest::newRow("coins") << "1=3,0.5=1,0.1=4"
                               << "3.90";
        QTest::newRow("fen coins") << "0.05=1,0.02=2,0.01=1"
                                   << "0.10";
        QTest::newRow("empty drawer") << ""
                                      << "0.00";
        QTest::newRow("spaces") << " 20 = 2 , 10=1 "
                                << "50.00";
        QTest::newRow("no such note") << "30=1"
                                      << "";
        QTest::newRow("negative pieces") << "100=-1"
                                         << "";
        QTest::newRow("not a number") << "100=abc"
                                      << "";
        QTest::newRow("no equals") << "100"
                                   << "";
        QTest::newRow("repeated") << "100=1,100=2"
                                  << "";
    }
    void cashCount_parsesDenominations()
    {
        QFETCH(QString, text);
        QFETCH(QString, total);
        auto c = CashCount::parse(text);
        if (total.isEmpty()) {
            QVERIFY(!c.ok());
            QVERIFY(!c.error().message.isEmpty());
        } else {
            QVERIFY2(c.ok(), qPrintable(c.error().message));
            QCOMPARE(c->total().toPlainString(), total);
            QCOMPARE(CashCount::fromJson(c->toJson()).total(), c->total());
        }
    }

    void open_secondShiftRefused()
    {
        ShiftLedger shifts(*m_store);
        QVERIFY(shifts.open(kClerk, CashCount::parse(u"100=1").value()).ok());
        QCOMPARE(shifts.open(kSupervisor, {}).error().code, QStringLiteral("shift.already-open"));
    }

    void close_expectedVersusCounted_data()
    {
        QTest::addColumn<QString>("opening");
        QTest::addColumn<QString>("cashIn");
        QTest::addColumn<QString>("cashOut");
        QTest::addColumn<QString>("counted");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("difference");
        QTest::addColumn<bool>("needsSupervisor");
        // Payments in every row: 35.50 (tendered 50.00) and 14.50 exact: +50.00 cash.
        QTest::newRow("balanced") << "100=2"
                                  << "0"
                                  << "0"
                                  << "100=2,50=1"
                                  << "250.00"
                                  << "0.00" << false;
        QTest::newRow("cash in and out") << "100=2"
                                         << "20.00"
                                         << "100.00"
                                         << "100=1,50=1,20=1"
                                         << "170.00"
                                         << "0.00" << false;
        QTest::newRow("short 5 within limit") << "100=2"
                                              << "0"
                                              << "0"
                                              << "100=2,20=2,5=1"
                                              << "250.00"
                                              << "-5.00" << false;
        QTest::newRow("short exactly the limit") << "100=2"
                                                 << "0"
                                                 << "0"
                                                 << "100=2,20=2"
                                                 << "250.00"
                                                 << "-10.00" << false;
        QTest::newRow("short 10.10 above limit") << "100=2"
                                                 << "0"
                                                 << "0"
                                                 << "100=2,20=1,10=1,5=1,1=4,0.5=1,0.1=4"
                                                 << "250.00"
                                                 << "-10.10" << true;
        QTest::newRow("over 50 above limit") << "100=2"
                                             << "0"
                                             << "0"
                                             << "100=3"
                                             << "250.00"
                                             << "50.00" << true;
    }
    void close_expectedVersusCounted()
    {
        QFETCH(QString, opening);
        QFETCH(QString, cashIn);
        QFETCH(QString, cashOut);
        QFETCH(QString, counted);
        QFETCH(QString, expected);
        QFETCH(QString, difference);
        QFETCH(bool, needsSupervisor);
        ShiftLedger shifts(*m_store);
        QVERIFY(shifts.open(kClerk, CashCount::parse(opening).value()).ok());
        payCash(QStringLiteral("35.50"), QStringLiteral("50.00"));
        payCash(QStringLiteral("14.50"));
        if (yuan(cashIn).fen() > 0)
            QVERIFY(shifts
                        .moveCash(ShiftLedger::Direction::In, yuan(cashIn),
                                  QStringLiteral("补零钱"), kClerk)
                        .ok());
        if (yuan(cashOut).fen() > 0)
            QVERIFY(shifts
                        .moveCash(ShiftLedger::Direction::Out, yuan(cashOut),
                                  QStringLiteral("上缴"), kClerk)
                        .ok());
        const CashCount count = CashCount::parse(counted).value();
        auto preview = shifts.preview(count);
        QVERIFY(preview.ok());
        QCOMPARE(preview->totals.expectedCash().toPlainString(), expected);
        // The running drawer total agrees with the facts.
        QCOMPARE(shifts.drawerCash(shifts.current()->id), preview->totals.expectedCash());
        QCOMPARE(preview->difference().toPlainString(), difference);
        QCOMPARE(preview->needsSupervisor, needsSupervisor);
        auto closed = shifts.close(kClerk, count, {}, {});
        if (needsSupervisor) {
            QCOMPARE(closed.error().code, QStringLiteral("shift.needs-supervisor"));
            QVERIFY(shifts.current().ok()); // still open
            QVERIFY(!shifts.close(kClerk, count, {}, {}, kSupervisor, QStringLiteral("bad")).ok());
            closed = shifts.close(kClerk, count, {}, {}, kSupervisor, kSupervisorPassword);
            QVERIFY2(closed.ok(), qPrintable(closed.error().message));
            QCOMPARE(closed->approvedBy, kSupervisor);
        } else {
            QVERIFY2(closed.ok(), qPrintable(closed.error().message));
        }
        QVERIFY(!shifts.current().ok());
        QCOMPARE(
            scalar(*m_store, QStringLiteral("SELECT difference_fen FROM shifts")).toLongLong(),
            yuan(difference.startsWith(QLatin1Char('-')) ? difference.mid(1) : difference).fen() *
                (difference.startsWith(QLatin1Char('-')) ? -1 : 1));
        QVERIFY(AuditLog(*m_store).verify().intact);
    }

    void close_cardShortfallNotHiddenByCashSurplus()
    {
        ShiftLedger shifts(*m_store);
        QVERIFY(shifts.open(kClerk, {}).ok());
        auto preview =
            shifts.preview(CashCount::parse(u"20=1").value(), yuan(QStringLiteral("0")), {});
        // +20.00 cash, card as expected (0): within limit? no: 20.00 > 10.00.
        QVERIFY(preview->needsSupervisor);
        QVERIFY(PaymentSettings::set(*m_store, QStringLiteral("shift.difference_limit_fen"),
                                     QStringLiteral("5000"))
                    .ok());
        QVERIFY(!shifts.preview(CashCount::parse(u"20=1").value())->needsSupervisor);
    }

    void moveCash_outAboveDrawer_refused()
    {
        ShiftLedger shifts(*m_store);
        QVERIFY(shifts.open(kClerk, CashCount::parse(u"10=1").value()).ok());
        QCOMPARE(shifts
                     .moveCash(ShiftLedger::Direction::Out, yuan(QStringLiteral("20")),
                               QStringLiteral("上缴"), kClerk)
                     .error()
                     .code,
                 QStringLiteral("cash.insufficient"));
        QCOMPARE(
            shifts
                .moveCash(ShiftLedger::Direction::In, yuan(QStringLiteral("20")), QString(), kClerk)
                .error()
                .code,
            QStringLiteral("cash.reason"));
    }
};

QTEST_GUILESS_MAIN(TestShiftLedger)
#include "tst_shiftledger.moc"
