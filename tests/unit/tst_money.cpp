#include "money.h"

#include <QTest>

using hd::Money;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void parse_acceptsCanonicalForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("integer") << QStringLiteral("12") << qint64(1200);
        QTest::newRow("one decimal") << QStringLiteral("12.3") << qint64(1230);
        QTest::newRow("two decimals") << QStringLiteral("12.34") << qint64(1234);
        QTest::newRow("fen only") << QStringLiteral("0.01") << qint64(1);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
        QTest::newRow("spaces trimmed") << QStringLiteral("  5.00 ") << qint64(500);
        QTest::newRow("trailing point") << QStringLiteral("7.") << qint64(700);
        QTest::newRow("leading point") << QStringLiteral(".5") << qint64(50);
        QTest::newRow("grouped") << QStringLiteral("1,234,567.89") << qint64(123456789);
        QTest::newRow("max") << QStringLiteral("999999999999.99") << qint64(Money::kMaxFen);
    }
    void parse_acceptsCanonicalForms()
    {
        QFETCH(QString, text);
        QFETCH(qint64, fen);
        const auto m = Money::parse(text);
        QVERIFY2(m.ok(), qPrintable(m.error().message));
        QCOMPARE(m->fen(), fen);
    }

    void parse_rejectsWithMessage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("three decimals") << QStringLiteral("12.345");
        QTest::newRow("negative") << QStringLiteral("-1");
        QTest::newRow("exponent") << QStringLiteral("1e3");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("full-width digits") << QStringLiteral("１２");
        QTest::newRow("overflow") << QStringLiteral("1000000000000");
        QTest::newRow("int64 overflow") << QStringLiteral("99999999999999999999999");
        QTest::newRow("two points") << QStringLiteral("1.2.3");
        QTest::newRow("letters") << QStringLiteral("12元");
        QTest::newRow("bad grouping") << QStringLiteral("12,34");
        QTest::newRow("point only") << QStringLiteral(".");
        QTest::newRow("plus sign") << QStringLiteral("+5");
        QTest::newRow("NaN") << QStringLiteral("nan");
    }
    void parse_rejectsWithMessage()
    {
        QFETCH(QString, text);
        const auto m = Money::parse(text);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, QStringLiteral("money.format"));
        QVERIFY(!m.error().message.isEmpty());
    }

    void format_figures_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("display");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00") << QStringLiteral("0.00");
        QTest::newRow("fen") << qint64(5) << QStringLiteral("0.05") << QStringLiteral("0.05");
        QTest::newRow("thousands") << qint64(123456789) << QStringLiteral("1234567.89")
                                   << QStringLiteral("1,234,567.89");
        QTest::newRow("negative") << qint64(-100005) << QStringLiteral("-1000.05")
                                  << QStringLiteral("-1,000.05");
    }
    void format_figures()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, plain);
        QFETCH(QString, display);
        QCOMPARE(Money::fromFen(fen).toPlainString(), plain);
        QCOMPARE(Money::fromFen(fen).toDisplayString(), display);
    }

    void roundTrip_parseOfFormatIsIdentity()
    {
        for (std::int64_t fen : {std::int64_t(0), std::int64_t(1), std::int64_t(99), std::int64_t(12345),
                                 std::int64_t(100000000), Money::kMaxFen}) {
            const auto back = Money::parse(Money::fromFen(fen).toDisplayString());
            QVERIFY(back.ok());
            QCOMPARE(back->fen(), fen);
        }
    }

    void arithmetic_isExactInFen()
    {
        Money total;
        for (int i = 0; i < 10; ++i)
            total += Money::fromFen(10); // ten times 0.10: exactly 1.00, never 0.999…
        QCOMPARE(total, Money::fromFen(100));
        QVERIFY(Money::fromFen(1) > Money::zero());
        QCOMPARE((Money::fromFen(5) - Money::fromFen(7)).fen(), qint64(-2));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
