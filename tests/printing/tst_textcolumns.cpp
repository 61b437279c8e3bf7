#include "textcolumns.h"

#include <QTest>

using namespace hd;

class TestTextColumns : public QObject
{
    Q_OBJECT
private slots:
    void width_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::newRow("ascii") << QStringLiteral("4401-03") << 7;
        QTest::newRow("cjk") << QStringLiteral("电费收据") << 8;
        QTest::newRow("mixed") << QStringLiteral("合计￥400.00") << 12;
        QTest::newRow("full-width colon") << QStringLiteral("户名：") << 6;
        QTest::newRow("supplementary cjk") << QStringLiteral("𠀀a") << 3;
        QTest::newRow("empty") << QString() << 0;
    }
    void width()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QCOMPARE(textcolumns::width(text), width);
    }

    void wrap_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("columns");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("fits") << QStringLiteral("越秀区") << 6
                              << QStringList{QStringLiteral("越秀区")};
        QTest::newRow("cjk breaks anywhere")
            << QStringLiteral("广州市越秀区示范路") << 8
            << QStringList{QStringLiteral("广州市越"), QStringLiteral("秀区示范"),
                           QStringLiteral("路")};
        QTest::newRow("odd width leaves a column free")
            << QStringLiteral("广州市越秀") << 5
            << QStringList{QStringLiteral("广州"), QStringLiteral("市越"), QStringLiteral("秀")};
        QTest::newRow("latin words stay whole")
            << QStringLiteral("REPRINT BY SUPERVISOR") << 10
            << QStringList{QStringLiteral("REPRINT BY"), QStringLiteral("SUPERVISOR")};
        QTest::newRow("break at the last space")
            << QStringLiteral("NOTO SANS MONO") << 8
            << QStringList{QStringLiteral("NOTO"), QStringLiteral("SANS"), QStringLiteral("MONO")};
        QTest::newRow("numbers are not split")
            << QStringLiteral("云景雅苑3栋2单元2502室") << 16
            << QStringList{QStringLiteral("云景雅苑3栋2单元"), QStringLiteral("2502室")};
        QTest::newRow("closing punctuation goes down with its character")
            << QStringLiteral("请妥善保管，谢谢") << 10
            << QStringList{QStringLiteral("请妥善保"), QStringLiteral("管，谢谢")};
        QTest::newRow("a word longer than the line is cut")
            << QStringLiteral("ABCDEFGHIJ") << 4
            << QStringList{QStringLiteral("ABCD"), QStringLiteral("EFGH"), QStringLiteral("IJ")};
    }
    void wrap()
    {
        QFETCH(QString, text);
        QFETCH(int, columns);
        QFETCH(QStringList, lines);
        const QStringList got = textcolumns::wrap(text, columns);
        QCOMPARE(got, lines);
        for (const QString &l : got)
            QVERIFY2(textcolumns::width(l) <= columns, qPrintable(l));
    }

    void spread_putsValueAtTheRightEdge()
    {
        const QString line =
            textcolumns::spread(QStringLiteral("违约金"), QStringLiteral("2.00"), 32);
        QCOMPARE(textcolumns::width(line), 32);
        QVERIFY(line.endsWith(QStringLiteral(" 2.00")));
    }
};

QTEST_GUILESS_MAIN(TestTextColumns)
#include "tst_textcolumns.moc"
