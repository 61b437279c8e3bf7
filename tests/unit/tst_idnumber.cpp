#include "idnumber.h"

#include <QTest>

class TestIdNumber : public QObject
{
    Q_OBJECT
    const QDate today{2026, 11, 23};
private slots:
    void parse_acceptsValidNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalised");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<bool>("male");
        QTest::newRow("X check") << QStringLiteral("11010519491231002X")
                                 << QStringLiteral("11010519491231002X") << QDate(1949, 12, 31)
                                 << false;
        QTest::newRow("lower-case x") << QStringLiteral("11010519491231002x")
                                      << QStringLiteral("11010519491231002X")
                                      << QDate(1949, 12, 31) << false;
        QTest::newRow("born 1880") << QStringLiteral("440524188001010014")
                                   << QStringLiteral("440524188001010014") << QDate(1880, 1, 1)
                                   << true;
        QTest::newRow("legacy 15") << QStringLiteral("110105491231002")
                                   << QStringLiteral("11010519491231002X") << QDate(1949, 12, 31)
                                   << false;
        QTest::newRow("leap day") << QStringLiteral("440106200002290016")
                                  << QStringLiteral("440106200002290016") << QDate(2000, 2, 29)
                                  << true;
    }
    void parse_acceptsValidNumbers()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalised);
        QFETCH(QDate, birth);
        QFETCH(bool, male);
        const auto id = hd::parseResidentId(text, today);
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        QCOMPARE(id->number, normalised);
        QCOMPARE(id->birthDate, birth);
        QCOMPARE(id->sex == hd::Sex::Male, male);
        QVERIFY(!id->province.isEmpty());
    }

    void parse_rejectsInvalidNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("wrong check (must be X)") << QStringLiteral("110105194912310021");
        QTest::newRow("empty") << QString();
        QTest::newRow("17 digits") << QStringLiteral("11010519491231002");
        QTest::newRow("letters inside") << QStringLiteral("1101051949123100AX");
        QTest::newRow("Feb 30") << QStringLiteral("110105194902300027");
        QTest::newRow("unknown province 99") << QStringLiteral("990105194912310021");
        QTest::newRow("born before 1880") << QStringLiteral("110105187912310026");
        QTest::newRow("born in the future") << QStringLiteral("110105203001010011");
        QTest::newRow("non-leap Feb 29") << QStringLiteral("440106190002290011");
        QTest::newRow("15 with letter") << QStringLiteral("11010549123100X");
        QTest::newRow("full-width") << QStringLiteral("１１０１０５１９４９１２３１００２Ｘ");
    }
    void parse_rejectsInvalidNumbers()
    {
        QFETCH(QString, text);
        const auto id = hd::parseResidentId(text, today);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, QStringLiteral("id.invalid"));
        QVERIFY(!id.error().message.isEmpty());
    }

    void checkCharacter_matchesStandard()
    {
        QCOMPARE(hd::residentIdCheckCharacter(u"11010519491231002"), QLatin1Char('X'));
        QCOMPARE(hd::residentIdCheckCharacter(u"44052418800101001"), QLatin1Char('4'));
    }

    void mask_keepsFirstThreeAndLastFour()
    {
        QCOMPARE(hd::maskResidentId(u"440524188001011234"), QStringLiteral("440***********1234"));
    }
};

QTEST_GUILESS_MAIN(TestIdNumber)
#include "tst_idnumber.moc"
