#include "amountwords.h"

#include <QTest>

using hd::Money;

class TestAmountWords : public QObject
{
    Q_OBJECT
private slots:
    void amountInWords_followsTheRules_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("words");
        // The official examples (中国人民银行《正确填写票据和结算凭证的基本规定》).
        QTest::newRow("1409.50") << qint64(140950) << QStringLiteral("壹仟肆佰零玖元伍角");
        QTest::newRow("6007.14") << qint64(600714) << QStringLiteral("陆仟零柒元壹角肆分");
        QTest::newRow("1680.32") << qint64(168032) << QStringLiteral("壹仟陆佰捌拾元零叁角贰分");
        QTest::newRow("107000.53") << qint64(10700053)
                                   << QStringLiteral("壹拾万柒仟元零伍角叁分");
        QTest::newRow("16409.02") << qint64(1640902) << QStringLiteral("壹万陆仟肆佰零玖元零贰分");
        QTest::newRow("325.04") << qint64(32504) << QStringLiteral("叁佰贰拾伍元零肆分");
        // The product's own rules (DOMAIN.md).
        QTest::newRow("zero") << qint64(0) << QStringLiteral("零元整");
        QTest::newRow("jiao only") << qint64(50) << QStringLiteral("伍角");
        QTest::newRow("fen only") << qint64(5) << QStringLiteral("伍分");
        QTest::newRow("jiao fen") << qint64(52) << QStringLiteral("伍角贰分");
        QTest::newRow("ten") << qint64(1000) << QStringLiteral("壹拾元整");
        QTest::newRow("1010.10") << qint64(101010) << QStringLiteral("壹仟零壹拾元零壹角");
        QTest::newRow("100000001") << qint64(10000000100) << QStringLiteral("壹亿零壹元整");
        QTest::newRow("yi then thousand") << qint64(10000100000)
                                          << QStringLiteral("壹亿零壹仟元整");
        QTest::newRow("100100") << qint64(10010000) << QStringLiteral("壹拾万零壹佰元整");
        QTest::newRow("wan exact") << qint64(1000000) << QStringLiteral("壹万元整");
        QTest::newRow("yuan zero jiao zero fen") << qint64(168002)
                                                 << QStringLiteral("壹仟陆佰捌拾元零贰分");
        QTest::newRow("1.05") << qint64(105) << QStringLiteral("壹元零伍分");
        QTest::newRow("max") << qint64(Money::kMaxFen)
                             << QStringLiteral("玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分");
        QTest::newRow("negative") << qint64(-100) << QStringLiteral("负壹元整");
    }
    void amountInWords_followsTheRules()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, words);
        QCOMPARE(hd::amountInWords(Money::fromFen(fen)), words);
    }

    void amountInWords_zhengAfterJiaoOnlyWhenAsked()
    {
        QCOMPARE(hd::amountInWords(Money::fromFen(140950), {.zhengAfterJiao = true}),
                 QStringLiteral("壹仟肆佰零玖元伍角整"));
        QCOMPARE(hd::amountInWords(Money::fromFen(32504), {.zhengAfterJiao = true}),
                 QStringLiteral("叁佰贰拾伍元零肆分"));
    }
};

QTEST_GUILESS_MAIN(TestAmountWords)
#include "tst_amountwords.moc"
