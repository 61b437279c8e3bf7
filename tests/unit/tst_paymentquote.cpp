#include "paymentquote.h"

#include <QTest>

using namespace hd;

namespace {
Money yuan(const QString &text)
{
    return Money::parse(text).value();
}
Bill bill(int period, const QString &amount, QDate due, const QString &paid = QStringLiteral("0"))
{
    Bill b;
    b.period = period;
    b.amount = yuan(amount);
    b.paid = yuan(paid);
    b.dueDate = due;
    return b;
}
} // namespace

class TestPaymentQuote : public QObject
{
    Q_OBJECT

    // Residential: 200.00 due 2024-03-15 and 150.00 due 2024-04-15, on 2024-04-25:
    // 200 × 1‰ × 41 = 8.20, 150 × 1‰ × 10 = 1.50.
    PaymentQuote twoBills() const
    {
        Account a;
        a.accountNo = QStringLiteral("1000000001");
        return PaymentQuote::fromBills(a,
                                       {bill(202403, QStringLiteral("150.00"), QDate(2024, 4, 15)),
                                        bill(202402, QStringLiteral("200.00"), QDate(2024, 3, 15))},
                                       {}, {}, QDate(2024, 4, 25), LateFeeRules{});
    }

private slots:
    void quote_listsBillsOldestFirstWithFees()
    {
        const PaymentQuote q = twoBills();
        QCOMPARE(q.lines.size(), 2);
        QCOMPARE(q.lines[0].period, 202402);
        QCOMPARE(q.lines[0].daysOverdue, 41);
        QCOMPARE(q.lines[0].lateFee, yuan(QStringLiteral("8.20")));
        QCOMPARE(q.lines[0].rateLabel(), QStringLiteral("1‰"));
        QCOMPARE(q.lines[1].lateFee, yuan(QStringLiteral("1.50")));
        QCOMPARE(q.principal, yuan(QStringLiteral("350.00")));
        QCOMPARE(q.lateFeeCharged, yuan(QStringLiteral("9.70")));
        QCOMPARE(q.totalDue(), yuan(QStringLiteral("359.70")));
    }

    void quote_sameInputsSameFigures() { QCOMPARE(twoBills().toJson(), twoBills().toJson()); }

    void allocate_penaltiesFirstThenOldestBills_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("penalty1");
        QTest::addColumn<QString>("penalty2");
        QTest::addColumn<QString>("principal1");
        QTest::addColumn<QString>("principal2");
        QTest::addColumn<QString>("credit");
        QTest::addColumn<QString>("carried1");
        QTest::addColumn<QString>("carried2");
        QTest::newRow("exact total") << "359.70"
                                     << "8.20"
                                     << "1.50"
                                     << "200.00"
                                     << "150.00"
                                     << "0.00"
                                     << "0.00"
                                     << "0.00";
        QTest::newRow("surplus to credit") << "400.00"
                                           << "8.20"
                                           << "1.50"
                                           << "200.00"
                                           << "150.00"
                                           << "40.30"
                                           << "0.00"
                                           << "0.00";
        QTest::newRow("one fen") << "0.01"
                                 << "0.01"
                                 << "0.00"
                                 << "0.00"
                                 << "0.00"
                                 << "0.00"
                                 << "8.19"
                                 << "1.50";
        QTest::newRow("less than the penalties") << "9.00"
                                                 << "8.20"
                                                 << "0.80"
                                                 << "0.00"
                                                 << "0.00"
                                                 << "0.00"
                                                 << "0.00"
                                                 << "0.70";
        QTest::newRow("penalties and part of the oldest") << "109.70"
                                                          << "8.20"
                                                          << "1.50"
                                                          << "100.00"
                                                          << "0.00"
                                                          << "0.00"
                                                          << "0.00"
                                                          << "0.00";
        QTest::newRow("oldest settled, part of the next") << "259.70"
                                                          << "8.20"
                                                          << "1.50"
                                                          << "200.00"
                                                          << "50.00"
                                                          << "0.00"
                                                          << "0.00"
                                                          << "0.00";
    }
    void allocate_penaltiesFirstThenOldestBills()
    {
        QFETCH(QString, amount);
        const Allocation a = twoBills().allocate(yuan(amount));
        QFETCH(QString, penalty1);
        QFETCH(QString, penalty2);
        QFETCH(QString, principal1);
        QFETCH(QString, principal2);
        QFETCH(QString, credit);
        QFETCH(QString, carried1);
        QFETCH(QString, carried2);
        QCOMPARE(a.bills.size(), 2);
        QCOMPARE(a.bills[0].penalty.toPlainString(), penalty1);
        QCOMPARE(a.bills[1].penalty.toPlainString(), penalty2);
        QCOMPARE(a.bills[0].principal.toPlainString(), principal1);
        QCOMPARE(a.bills[1].principal.toPlainString(), principal2);
        QCOMPARE(a.credit.toPlainString(), credit);
        QCOMPARE(a.bills[0].newPenaltyCarried.toPlainString(), carried1);
        QCOMPARE(a.bills[1].newPenaltyCarried.toPlainString(), carried2);
        QCOMPARE(a.penaltyTotal() + a.principalTotal() + a.credit, yuan(amount));
        QCOMPARE(a.bills[0].newPenaltyFrom, QDate(2024, 4, 25));
    }

    void allocate_minimumFeeAfterPenaltiesBeforeBills()
    {
        // DOMAIN.md: residential 50.00, five days late → 0.25, charged 1.00.
        Account a;
        const PaymentQuote q =
            PaymentQuote::fromBills(a, {bill(202402, QStringLiteral("50.00"), QDate(2024, 3, 15))},
                                    {}, {}, QDate(2024, 3, 20), LateFeeRules{});
        QCOMPARE(q.lateFeeSum, yuan(QStringLiteral("0.25")));
        QCOMPARE(q.lateFeeCharged, yuan(QStringLiteral("1.00")));
        QCOMPARE(q.minimumFee(), yuan(QStringLiteral("0.75")));
        QCOMPARE(q.totalDue(), yuan(QStringLiteral("51.00")));
        const Allocation all = q.allocate(yuan(QStringLiteral("51.00")));
        QCOMPARE(all.penaltyTotal(), yuan(QStringLiteral("1.00")));
        QVERIFY(all.bills[0].settled);
        const Allocation part = q.allocate(yuan(QStringLiteral("0.50")));
        QCOMPARE(part.bills[0].penalty, yuan(QStringLiteral("0.25")));
        QCOMPARE(part.minimumFee, yuan(QStringLiteral("0.25")));
        QCOMPARE(part.principalTotal(), Money());
    }

    void quote_partlyPaidBillRunsFromLastPayment()
    {
        // 100.00 of 200.00 paid on 2024-03-25; on 2024-04-04 the rest has run 10 days.
        Account a;
        const PaymentQuote q = PaymentQuote::fromBills(
            a,
            {bill(202402, QStringLiteral("200.00"), QDate(2024, 3, 15), QStringLiteral("100.00"))},
            {QDate(2024, 3, 25)}, {yuan(QStringLiteral("0.30"))}, QDate(2024, 4, 4),
            LateFeeRules{});
        QCOMPARE(q.lines[0].outstanding, yuan(QStringLiteral("100.00")));
        QCOMPARE(q.lines[0].accrued.days, 10);
        QCOMPARE(q.lines[0].lateFee, yuan(QStringLiteral("1.30"))); // 0.30 carried + 1.00
        QCOMPARE(q.lines[0].daysOverdue, 20);
    }

    void quote_notOverdueHasNoFee()
    {
        Account a;
        const PaymentQuote q =
            PaymentQuote::fromBills(a, {bill(202402, QStringLiteral("50.00"), QDate(2024, 3, 15))},
                                    {}, {}, QDate(2024, 3, 15), LateFeeRules{});
        QCOMPARE(q.lateFeeCharged, Money());
        QCOMPARE(q.totalDue(), yuan(QStringLiteral("50.00")));
    }
};

QTEST_GUILESS_MAIN(TestPaymentQuote)
#include "tst_paymentquote.moc"
