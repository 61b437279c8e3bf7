// zh_CN is the source language and en must be complete: every message of both .ts files is
// finished, and each translation keeps the placeholders (%1 …), line breaks and shortcut
// markers (&) of its source, so no screen shows an untranslated or broken text. And the .ts
// files hold every message the sources have now, and none they no longer have: a message
// added without the update_translations target run would show in Chinese on an English screen.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
// Every (context, source) pair of a .ts file.
QSet<QString> messagesOf(const QString &file)
{
    QSet<QString> out;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            out.insert(context + QStringLiteral(" | ") + xml.readElementText());
    }
    return out;
}
} // namespace

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

    void tsFiles_holdWhatTheSourcesSayNow()
    {
        // lupdate as the update_translations target runs it, into a fresh file.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(QStringLiteral("fresh_en.ts"));
        const QString project = dir.filePath(QStringLiteral("project.json"));
        QProcess generate;
        generate.start(QStringLiteral(HALLDESK_CMAKE),
                       {QStringLiteral("-DIN_FILE=" HALLDESK_LUPDATE_PROJECT),
                        QStringLiteral("-DOUT_FILE=") + project, QStringLiteral("-P"),
                        QStringLiteral(HALLDESK_LUPDATE_SCRIPT)});
        QVERIFY(generate.waitForFinished(60000));
        QVERIFY2(generate.exitCode() == 0, generate.readAllStandardError().constData());
        QProcess lupdate;
        lupdate.start(QStringLiteral(HALLDESK_LUPDATE),
                      {QStringLiteral("-project"), project, QStringLiteral("-no-obsolete"),
                       QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-tr-function-alias"),
                       QStringLiteral("Q_DECLARE_TR_FUNCTIONS+=HD_DECLARE_TR_FUNCTIONS"),
                       QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        const QSet<QString> now = messagesOf(fresh);
        QVERIFY(now.size() > 200);
        for (const char *file : {"/resources/translations/halldesk_en.ts",
                                 "/resources/translations/halldesk_zh_CN.ts"}) {
            const QSet<QString> held =
                messagesOf(QStringLiteral(HALLDESK_SOURCE_DIR) + QLatin1String(file));
            const QStringList missing = (now - held).values(), gone = (held - now).values();
            QVERIFY2(missing.isEmpty() && gone.isEmpty(),
                     qPrintable(QStringLiteral("%1: not in it: %2; no longer in the sources: %3 "
                                               "(build the update_translations target)")
                                    .arg(QLatin1String(file), missing.join(QStringLiteral("; ")),
                                         gone.join(QStringLiteral("; ")))));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
