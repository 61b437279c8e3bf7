#include "latefee.h"

#include <QTest>

using namespace hd;

Q_DECLARE_METATYPE(hd::CustomerClass)

class TestLateFee : public QObject
{
    Q_OBJECT

    static Money yuan(const char *text) { return Money::parse(QString::fromLatin1(text)).value(); }

private slots:
    void compute_matchesRules_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("from"); // penalty runs after this day (due or last payment)
        QTest::addColumn<QDate>("on");
        QTest::addColumn<CustomerClass>("cls");
        QTest::addColumn<bool>("allAtEarlier");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("daysEarlier");
        QTest::addColumn<QString>("fee");

        const auto R = CustomerClass::Residential;
        const auto N = CustomerClass::NonResidential;
        const auto A = CustomerClass::Agricultural;
        // DOMAIN.md examples.
        QTest::newRow("domain residential 200 ten days")
            << QStringLiteral("200.00") << QDate(2024, 3, 15) << QDate(2024, 3, 15)
            << QDate(2024, 3, 25) << R << false << 10 << 0 << QStringLiteral("2.00");
        QTest::newRow("domain residential 50 five days (before the minimum)")
            << QStringLiteral("50.00") << QDate(2024, 3, 15) << QDate(2024, 3, 15)
            << QDate(2024, 3, 20) << R << false << 5 << 0 << QStringLiteral("0.25");
        QTest::newRow("domain non-residential 10000 twenty days")
            << QStringLiteral("10000.00") << QDate(2024, 5, 15) << QDate(2024, 5, 15)
            << QDate(2024, 6, 4) << N << false << 20 << 0 << QStringLiteral("400.00");
        // The due date itself and earlier days cost nothing.
        QTest::newRow("paid on due date")
            << QStringLiteral("200.00") << QDate(2024, 3, 15) << QDate(2024, 3, 15)
            << QDate(2024, 3, 15) << N << false << 0 << 0 << QStringLiteral("0.00");
        QTest::newRow("paid early")
            << QStringLiteral("200.00") << QDate(2024, 3, 15) << QDate(2024, 3, 15)
            << QDate(2024, 3, 1) << R << false << 0 << 0 << QStringLiteral("0.00");
        QTest::newRow("one day late")
            << QStringLiteral("200.00") << QDate(2024, 3, 15) << QDate(2024, 3, 15)
            << QDate(2024, 3, 16) << R << false << 1 << 0 << QStringLiteral("0.20");
        // Rounding once, half-up: 0.01 × 1‰ × 500 days = 0.005 → 0.01; × 499 → 0.00499 → 0.00.
        QTest::newRow("half-up once 0.005")
            << QStringLiteral("0.01") << QDate(2020, 1, 1) << QDate(2020, 1, 1)
            << QDate(2020, 1, 1).addDays(500) << R << false << 500 << 0 << QStringLiteral("0.01");
        QTest::newRow("below half 0.00499")
            << QStringLiteral("0.01") << QDate(2020, 1, 1) << QDate(2020, 1, 1)
            << QDate(2020, 1, 1).addDays(499) << R << false << 499 << 0 << QStringLiteral("0.00");
        // 33.33 × 1‰ = 0.03333 a day; 3 days exact 0.09999 → 0.10 (daily rounding would give 0.09).
        QTest::newRow("exact accumulation, not daily rounding")
            << QStringLiteral("33.33") << QDate(2024, 3, 15) << QDate(2024, 3, 15)
            << QDate(2024, 3, 18) << R << false << 3 << 0 << QStringLiteral("0.10");
        // Year boundary, non-residential: 2023-12-21..31 (11 days) at 2‰, 2024-01-01..05 at 3‰.
        // 1000 × (11×2 + 5×3)‰ = 37.00
        QTest::newRow("year end split")
            << QStringLiteral("1000.00") << QDate(2023, 12, 20) << QDate(2023, 12, 20)
            << QDate(2024, 1, 5) << N << false << 16 << 5 << QStringLiteral("37.00");
        QTest::newRow("year end all at 3‰")
            << QStringLiteral("1000.00") << QDate(2023, 12, 20) << QDate(2023, 12, 20)
            << QDate(2024, 1, 5) << N << true << 16 << 16 << QStringLiteral("48.00");
        // Paid on 31 December: still the current year only.
        QTest::newRow("paid on 31 December")
            << QStringLiteral("1000.00") << QDate(2023, 12, 20) << QDate(2023, 12, 20)
            << QDate(2023, 12, 31) << N << false << 11 << 0 << QStringLiteral("22.00");
        // Paid on 1 January: one day at 3‰.
        QTest::newRow("paid on 1 January")
            << QStringLiteral("1000.00") << QDate(2023, 12, 20) << QDate(2023, 12, 20)
            << QDate(2024, 1, 1) << N << false << 12 << 1 << QStringLiteral("25.00");
        // Due on 31 December: every late day is in a later year.
        QTest::newRow("due on 31 December")
            << QStringLiteral("1000.00") << QDate(2023, 12, 31) << QDate(2023, 12, 31)
            << QDate(2024, 1, 10) << N << false << 10 << 10 << QStringLiteral("30.00");
        // Two year ends: 2022-12-02..31 (30 d) at 2‰, 2023 (365 d) + 2024-01-01..10 at 3‰.
        QTest::newRow("two year ends")
            << QStringLiteral("100.00") << QDate(2022, 12, 1) << QDate(2022, 12, 1)
            << QDate(2024, 1, 10) << N << false << 405 << 375 << QStringLiteral("118.50");
        // Leap years: February 2024 has 29 days, 2023 has 28.
        QTest::newRow("leap February residential")
            << QStringLiteral("100.00") << QDate(2024, 2, 15) << QDate(2024, 2, 15)
            << QDate(2024, 3, 1) << R << false << 15 << 0 << QStringLiteral("1.50");
        QTest::newRow("common February residential")
            << QStringLiteral("100.00") << QDate(2023, 2, 15) << QDate(2023, 2, 15)
            << QDate(2023, 3, 1) << R << false << 14 << 0 << QStringLiteral("1.40");
        // Leap year end: 2024-12-02..31 = 30 days (366-day year doesn't change December).
        QTest::newRow("leap year into 2025")
            << QStringLiteral("100.00") << QDate(2024, 12, 1) << QDate(2024, 12, 1)
            << QDate(2025, 1, 1) << N << false << 31 << 1 << QStringLiteral("6.30");
        // Residential arrears across a year end stay at 1‰.
        QTest::newRow("residential across year end")
            << QStringLiteral("100.00") << QDate(2023, 12, 20) << QDate(2023, 12, 20)
            << QDate(2024, 1, 9) << R << false << 20 << 0 << QStringLiteral("2.00");
        // Agricultural is an "other customer".
        QTest::newRow("agricultural is non-residential")
            << QStringLiteral("100.00") << QDate(2024, 3, 15) << QDate(2024, 3, 15)
            << QDate(2024, 3, 25) << A << false << 10 << 0 << QStringLiteral("2.00");
        // After a partial payment on 2024-03-25, the rest runs from the 26th; the year of the
        // due date still decides the rate.
        QTest::newRow("partial: remaining runs from the day after")
            << QStringLiteral("100.00") << QDate(2024, 3, 15) << QDate(2024, 3, 25)
            << QDate(2024, 4, 4) << N << false << 10 << 0 << QStringLiteral("2.00");
        QTest::newRow("partial in next year: all at 3‰")
            << QStringLiteral("100.00") << QDate(2023, 12, 15) << QDate(2024, 1, 10)
            << QDate(2024, 1, 20) << N << false << 10 << 10 << QStringLiteral("3.00");
        QTest::newRow("zero unpaid")
            << QStringLiteral("0") << QDate(2024, 3, 15) << QDate(2024, 3, 15) << QDate(2024, 4, 15)
            << N << false << 0 << 0 << QStringLiteral("0.00");
    }
    void compute_matchesRules()
    {
        QFETCH(QString, amount);
        QFETCH(QDate, due);
        QFETCH(QDate, from);
        QFETCH(QDate, on);
        QFETCH(CustomerClass, cls);
        QFETCH(bool, allAtEarlier);
        QFETCH(int, days);
        QFETCH(int, daysEarlier);
        QFETCH(QString, fee);
        LateFeeRules rules;
        rules.allDaysAtEarlierRateAfterYearEnd = allAtEarlier;
        const LateFee f = LateFee::compute(Money::parse(amount).value(), due, from, on, cls, rules);
        QCOMPARE(f.days, days);
        QCOMPARE(f.daysAtEarlierRate, daysEarlier);
        QCOMPARE(f.daysAtCurrentRate + f.daysAtEarlierRate, days);
        QCOMPARE(f.fee.toPlainString(), fee);
    }

    void charged_appliesMinimum_data()
    {
        QTest::addColumn<QString>("total");
        QTest::addColumn<QString>("minimum");
        QTest::addColumn<QString>("charged");
        QTest::newRow("domain 0.25 charged 1.00")
            << QStringLiteral("0.25") << QStringLiteral("1.00") << QStringLiteral("1.00");
        QTest::newRow("no penalty, no minimum")
            << QStringLiteral("0") << QStringLiteral("1.00") << QStringLiteral("0.00");
        QTest::newRow("0.01 lifted")
            << QStringLiteral("0.01") << QStringLiteral("1.00") << QStringLiteral("1.00");
        QTest::newRow("exactly the minimum")
            << QStringLiteral("1.00") << QStringLiteral("1.00") << QStringLiteral("1.00");
        QTest::newRow("above the minimum")
            << QStringLiteral("2.00") << QStringLiteral("1.00") << QStringLiteral("2.00");
        QTest::newRow("minimum configured off")
            << QStringLiteral("0.25") << QStringLiteral("0") << QStringLiteral("0.25");
        QTest::newRow("minimum configured 2.00")
            << QStringLiteral("1.50") << QStringLiteral("2.00") << QStringLiteral("2.00");
    }
    void charged_appliesMinimum()
    {
        QFETCH(QString, total);
        QFETCH(QString, minimum);
        QFETCH(QString, charged);
        LateFeeRules rules;
        rules.minimumPerPayment = Money::parse(minimum).value();
        QCOMPARE(LateFee::charged(Money::parse(total).value(), rules).toPlainString(), charged);
    }

    void compute_rateChangesAreConfigurable()
    {
        LateFeeRules rules;
        rules.residentialPerMille = 2;
        const LateFee f = LateFee::compute(yuan("200.00"), QDate(2024, 3, 15), QDate(2024, 3, 25),
                                           CustomerClass::Residential, rules);
        QCOMPARE(f.fee, yuan("4.00"));
        QCOMPARE(f.milliFen, 20000 * 10 * 2);
    }
};

QTEST_GUILESS_MAIN(TestLateFee)
#include "tst_latefee.moc"
