#include "quotelinemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace hd;

class TestQuoteLineModel : public QObject
{
    Q_OBJECT

    static PaymentQuote quote()
    {
        Bill a;
        a.period = 202402;
        a.amount = Money::fromFen(20000);
        a.dueDate = QDate(2024, 3, 15);
        Bill b;
        b.period = 202403;
        b.amount = Money::fromFen(15000);
        b.dueDate = QDate(2024, 4, 15);
        return PaymentQuote::fromBills(Account{}, {a, b}, {}, {}, QDate(2024, 4, 25),
                                       LateFeeRules{});
    }

private slots:
    void setQuote_showsBillsWithFees()
    {
        QuoteLineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy totals(&model, &QuoteLineModel::totalsChanged);
        model.setQuote(quote());
        QCOMPARE(totals.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(QuoteLineModel::ColumnCount));
        QCOMPARE(model.index(0, QuoteLineModel::PeriodColumn).data().toString(),
                 QStringLiteral("2024-02"));
        QCOMPARE(model.index(0, QuoteLineModel::DaysOverdueColumn).data().toInt(), 41);
        QCOMPARE(model.index(0, QuoteLineModel::DailyRateColumn).data().toString(),
                 QStringLiteral("1‰"));
        QCOMPARE(model.index(0, QuoteLineModel::LateFeeColumn).data().toString(),
                 QStringLiteral("8.20"));
        QCOMPARE(model.index(1, QuoteLineModel::LateFeeColumn)
                     .data(QuoteLineModel::FenRole)
                     .toLongLong(),
                 150);
        QCOMPARE(model.totalDueText(), QStringLiteral("359.70"));
        QCOMPARE(model.headerData(QuoteLineModel::LateFeeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("违约金"));
        QVERIFY(!model.index(0, QuoteLineModel::PayPenaltyColumn).data().isValid());
    }

    void setAmount_previewsAllocationAndCredit()
    {
        QuoteLineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuote(quote());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setAmount(Money::fromFen(25970)); // penalties 9.70, oldest 200.00, next 50.00
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, QuoteLineModel::PayPenaltyColumn).data().toString(),
                 QStringLiteral("8.20"));
        QCOMPARE(model.index(0, QuoteLineModel::PayPrincipalColumn).data().toString(),
                 QStringLiteral("200.00"));
        QVERIFY(model.index(0, 0).data(QuoteLineModel::SettledRole).toBool());
        QCOMPARE(model.index(1, QuoteLineModel::PayPrincipalColumn).data().toString(),
                 QStringLiteral("50.00"));
        QVERIFY(!model.index(1, 0).data(QuoteLineModel::SettledRole).toBool());
        QCOMPARE(model.creditText(), QStringLiteral("0.00"));
        model.setAmount(Money::fromFen(40000));
        QCOMPARE(model.creditText(), QStringLiteral("40.30"));
        model.setAmount(Money());
        QCOMPARE(model.creditText(), QString());
    }
};

QTEST_GUILESS_MAIN(TestQuoteLineModel)
#include "tst_quotelinemodel.moc"
