#include "creditcode.h"

#include <QTest>

class TestCreditCode : public QObject
{
    Q_OBJECT
private slots:
    void parse_classifies_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("wellFormed");
        QTest::addColumn<bool>("checkPasses");
        QTest::newRow("valid") << QStringLiteral("91350100M000100Y43") << true << true;
        QTest::newRow("valid lower-case") << QStringLiteral("91350100m000100y43") << true << true;
        QTest::newRow("pilot code fails check") << QStringLiteral("91350100M0001TGQXM") << true
                                                << false;
        QTest::newRow("changed digit") << QStringLiteral("91350100M000100Y44") << true << false;
        QTest::newRow("letter I") << QStringLiteral("91350100I000100Y43") << false << false;
        QTest::newRow("letter O") << QStringLiteral("91350100O000100Y43") << false << false;
        QTest::newRow("letter S") << QStringLiteral("91350100S000100Y43") << false << false;
        QTest::newRow("letter V") << QStringLiteral("91350100V000100Y43") << false << false;
        QTest::newRow("letter Z") << QStringLiteral("91350100Z000100Y43") << false << false;
        QTest::newRow("too short") << QStringLiteral("91350100M000100Y4") << false << false;
        QTest::newRow("empty") << QString() << false << false;
    }
    void parse_classifies()
    {
        QFETCH(QString, text);
        QFETCH(bool, wellFormed);
        QFETCH(bool, checkPasses);
        const auto code = hd::parseCreditCode(text);
        QCOMPARE(code.ok(), wellFormed);
        if (!wellFormed) {
            QVERIFY(!code.error().message.isEmpty());
            return;
        }
        QCOMPARE(code->check == hd::CreditCode::Check::Passed, checkPasses);
    }

    void parse_namesExpectedCheckCharacter()
    {
        const auto code = hd::parseCreditCode(u"91350100M000100Y44");
        QVERIFY(code.ok());
        QCOMPARE(code->expectedCheck, QLatin1Char('3'));
    }
};

QTEST_GUILESS_MAIN(TestCreditCode)
#include "tst_creditcode.moc"
