// zh_CN is the source language and en must be complete: every message of both .ts files is
// finished, and each translation keeps the placeholders (%1 …), line breaks and shortcut
// markers (&) of its source, so no screen shows an untranslated or broken text.

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void tsFiles_areCompleteAndConsistent_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("en") << QStringLiteral(HALLDESK_SOURCE_DIR
                                              "/resources/translations/halldesk_en.ts");
        QTest::newRow("zh_CN") << QStringLiteral(HALLDESK_SOURCE_DIR
                                                 "/resources/translations/halldesk_zh_CN.ts");
    }
    void tsFiles_areCompleteAndConsistent()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        static const QRegularExpression placeholder(QStringLiteral("%\\d"));
        int messages = 0;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString translation = xml.readElementText();
                ++messages;
                QVERIFY2(type.isEmpty(), qPrintable(QStringLiteral("%1 is %2").arg(source, type)));
                QVERIFY2(!translation.isEmpty(), qPrintable(source));
                QStringList a, b;
                for (const auto &m : placeholder.globalMatch(source))
                    a << m.captured();
                for (const auto &m : placeholder.globalMatch(translation))
                    b << m.captured();
                a.sort();
                b.sort();
                QVERIFY2(a == b, qPrintable(source + QStringLiteral(" → ") + translation));
                QCOMPARE(translation.count(QLatin1Char('\n')), source.count(QLatin1Char('\n')));
                QCOMPARE(translation.contains(QLatin1Char('&')), source.contains(QLatin1Char('&')));
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 200);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
