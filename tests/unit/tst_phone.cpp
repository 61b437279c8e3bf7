#include "phone.h"

#include <QTest>

class TestPhone : public QObject
{
    Q_OBJECT
private slots:
    void parse_normalises_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // empty: rejected
        QTest::newRow("plain") << QStringLiteral("13800138000") << QStringLiteral("13800138000");
        QTest::newRow("spaced") << QStringLiteral("138 0013 8000") << QStringLiteral("13800138000");
        QTest::newRow("dashed") << QStringLiteral("138-0013-8000") << QStringLiteral("13800138000");
        QTest::newRow("+86") << QStringLiteral("+86 19912345678") << QStringLiteral("19912345678");
        QTest::newRow("0086") << QStringLiteral("008615012345678") << QStringLiteral("15012345678");
        QTest::newRow("landline") << QStringLiteral("02012345678") << QString();
        QTest::newRow("second digit 2") << QStringLiteral("12012345678") << QString();
        QTest::newRow("too short") << QStringLiteral("1380013800") << QString();
        QTest::newRow("letters") << QStringLiteral("1380013800a") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void parse_normalises()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto phone = hd::parseMobileNumber(text);
        QCOMPARE(phone.ok(), !expected.isEmpty());
        if (phone.ok())
            QCOMPARE(phone.value(), expected);
        else
            QVERIFY(!phone.error().message.isEmpty());
    }

    void mask_hidesTheMiddle()
    {
        QCOMPARE(hd::maskMobileNumber(u"13800138000"), QStringLiteral("138****8000"));
    }
};

QTEST_GUILESS_MAIN(TestPhone)
#include "tst_phone.moc"
