// hallctl and halldesk-central speak Chinese by default and English when asked: --lang en, or
// an English locale (LC_ALL, LANG). An explicit --lang beats the locale. The centre's answers
// to counters stay Chinese whatever language its console speaks.

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The environment of a test run (LANG=zh_CN.UTF-8, LC_ALL=C.UTF-8) with `changes` applied; an
// empty value removes the variable.
QProcessEnvironment environment(const QMap<QString, QString> &changes)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it.value().isEmpty())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    return env;
}

Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(p.readAllStandardError()).trimmed()};
}

using Env = QMap<QString, QString>;
} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT
private slots:
    void hallctl_messages_followLangThenLocale_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<Env>("env");
        QTest::addColumn<bool>("english");
        QTest::newRow("default") << QStringList{} << Env{} << false;
        QTest::newRow("--lang en")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("en")} << Env{} << true;
        QTest::newRow("--lang=en") << QStringList{QStringLiteral("--lang=en")} << Env{} << true;
        QTest::newRow("LC_ALL=en_US")
            << QStringList{} << Env{{QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8")}}
            << true;
        QTest::newRow("LANG=en_GB, no LC_ALL")
            << QStringList{}
            << Env{{QStringLiteral("LC_ALL"), QString()},
                   {QStringLiteral("LANG"), QStringLiteral("en_GB.UTF-8")}}
            << true;
        QTest::newRow("--lang zh_CN beats an English locale")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN")}
            << Env{{QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8")}} << false;
    }
    void hallctl_messages_followLangThenLocale()
    {
        QFETCH(QStringList, options);
        QFETCH(Env, env);
        QFETCH(bool, english);
        // hallctl's own message (a missing argument) and one of the model layer's (an amount
        // with three decimals): both come from the one embedded translation.
        const Run missing =
            run(QStringLiteral(HALLCTL_PATH), options + QStringList{QStringLiteral("check-id")},
                environment(env));
        QCOMPARE(missing.exitCode, 2);
        QCOMPARE(missing.err.contains(QStringLiteral("One argument is needed")), english);
        QCOMPARE(missing.err.contains(QStringLiteral("需要一个参数")), !english);

        const Run amount =
            run(QStringLiteral(HALLCTL_PATH),
                options + QStringList{QStringLiteral("amount-words"), QStringLiteral("12.345")},
                environment(env));
        QCOMPARE(amount.exitCode, 1);
        QVERIFY(amount.out.isEmpty());
        QCOMPARE(amount.err.contains(QStringLiteral("at most two decimals")), english);
        QCOMPARE(amount.err.contains(QStringLiteral("两位小数")), !english);
    }

    void hallctl_langAfterTheCommand_isTaken()
    {
        const Run r = run(QStringLiteral(HALLCTL_PATH),
                          {QStringLiteral("amount-words"), QStringLiteral("12.345"),
                           QStringLiteral("--lang"), QStringLiteral("en")},
                          environment({}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("at most two decimals")), qPrintable(r.err));
    }

    // What init stores is data printed on receipts: Chinese whatever the console speaks.
    void hallctl_initInEnglish_storesChineseHallAndAdminNames()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString store = dir.filePath(QStringLiteral("hall.db"));
        const Run r = run(QStringLiteral(HALLCTL_PATH),
                          {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--json"),
                           QStringLiteral("--store"), store, QStringLiteral("init"),
                           QStringLiteral("--admin"), QStringLiteral("boss:secret123")},
                          environment({{QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8")}}));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject answer = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(answer.value(QStringLiteral("hall_name")).toString(),
                 QStringLiteral("示范供电营业厅"));

        QString adminName;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("initInEnglish"));
            db.setDatabaseName(store);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM operators WHERE login = 'boss'")));
            QVERIFY(q.next());
            adminName = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("initInEnglish"));
        QCOMPARE(adminName, QStringLiteral("管理员"));
    }

    void hallctl_unknownLanguage_isUsageError()
    {
        const Run r = run(QStringLiteral(HALLCTL_PATH),
                          {QStringLiteral("--lang"), QStringLiteral("fr"),
                           QStringLiteral("amount-words"), QStringLiteral("1")},
                          environment({}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QStringLiteral("--lang")), qPrintable(r.err));
    }

    void central_unknownLanguage_isUsageError()
    {
        const Run r = run(QStringLiteral(HALLDESK_CENTRAL_PATH),
                          {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("stats")},
                          environment({}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--lang")), qPrintable(r.err));
    }

    void central_refusedStart_followsLangThenLocale_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<Env>("env");
        QTest::addColumn<bool>("english");
        QTest::newRow("default") << QStringList{} << Env{} << false;
        QTest::newRow("--lang en")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("en")} << Env{} << true;
        QTest::newRow("LC_ALL=en_US")
            << QStringList{} << Env{{QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8")}}
            << true;
        QTest::newRow("--lang zh_CN beats an English locale")
            << QStringList{QStringLiteral("--lang=zh_CN")}
            << Env{{QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8")}} << false;
    }
    void central_refusedStart_followsLangThenLocale()
    {
        QFETCH(QStringList, options);
        QFETCH(Env, env);
        QFETCH(bool, english);
        // A data key file that other users may read: the centre refuses to start with it.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString key = dir.filePath(QStringLiteral("central.key"));
        QFile f(key);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("not checked before the permissions\n"));
        f.close();
        QVERIFY(QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadOther));
        const Run r =
            run(QStringLiteral(HALLDESK_CENTRAL_PATH),
                options + QStringList{QStringLiteral("--db"),
                                      QStringLiteral("sqlite:") +
                                          dir.filePath(QStringLiteral("central.db")),
                                      QStringLiteral("--data-key"), key, QStringLiteral("serve"),
                                      QStringLiteral("--port"), QStringLiteral("0")},
                environment(env));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.out.contains(QStringLiteral("listening")));
        QVERIFY2(r.err.contains(key), qPrintable(r.err));
        QCOMPARE(r.err.contains(QStringLiteral("is open to other users")), english);
        QCOMPARE(r.err.contains(QStringLiteral("权限过宽")), !english);
    }

    // A number the centre cannot take as given is refused before it serves, naming the option
    // (or the --config file's key) and its range: it used to take "abc" or 0 for the default
    // limit, and a port of "abc" or 70000 for one chosen at random or cut to 16 bits.
    void central_badNumber_refusedWithItsRange_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("ini");
        QTest::addColumn<QString>("reason");
        const QString serve = QStringLiteral("serve");
        QTest::newRow("port, a word")
            << QStringList{serve, QStringLiteral("--port"), QStringLiteral("abc")} << QString()
            << QStringLiteral("--port 应为 0 到 65535 之间的整数");
        QTest::newRow("port, too large")
            << QStringList{serve, QStringLiteral("--port"), QStringLiteral("70000")} << QString()
            << QStringLiteral("--port takes a whole number from 0 to 65535: 70000");
        QTest::newRow("ops per push, none")
            << QStringList{serve, QStringLiteral("--max-ops"), QStringLiteral("0")} << QString()
            << QStringLiteral("--max-ops 应为 1 到 100000 之间的整数");
        QTest::newRow("push hold, negative")
            << QStringList{serve, QStringLiteral("--push-hold"), QStringLiteral("-5")} << QString()
            << QStringLiteral("--push-hold 应为 0 到 3600000 之间的整数");
        QTest::newRow("rate in the config file")
            << QStringList{serve} << QStringLiteral("[limits]\nrate=fast\n")
            << QStringLiteral("[limits] rate 应为 1 到 100000000 之间的整数");
        QTest::newRow("demo accounts")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--accounts"),
                           QStringLiteral("many")}
            << QString() << QStringLiteral("--accounts 应为 1 到 5000000 之间的整数");
    }
    void central_badNumber_refusedWithItsRange()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, ini);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList options{QStringLiteral("--db"),
                            QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("central.db"))};
        if (!ini.isEmpty()) {
            QFile f(dir.filePath(QStringLiteral("central.ini")));
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(ini.toUtf8()));
            options << QStringLiteral("--config") << f.fileName();
        }
        const Run r = run(QStringLiteral(HALLDESK_CENTRAL_PATH), options + args, environment({}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("listening")), qPrintable(r.out));
    }

    void central_help_followsLang()
    {
        const Run zh =
            run(QStringLiteral(HALLDESK_CENTRAL_PATH), {QStringLiteral("--help")}, environment({}));
        QCOMPARE(zh.exitCode, 0);
        QVERIFY2(zh.out.contains(QStringLiteral("HallDesk 中心服务")), qPrintable(zh.out));
        QVERIFY(zh.out.contains(QStringLiteral("--lang")));
        const Run en =
            run(QStringLiteral(HALLDESK_CENTRAL_PATH),
                {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")},
                environment({}));
        QCOMPARE(en.exitCode, 0);
        QVERIFY2(en.out.contains(QStringLiteral("HallDesk central service")), qPrintable(en.out));
        QVERIFY(!en.out.contains(QStringLiteral("中心服务")));
    }

    // An English console does not change what counters read: the answers keep their Chinese
    // messages next to the reason codes.
    void central_servedInEnglish_answersCountersInChinese()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess serve;
        serve.setProcessEnvironment(environment({}));
        serve.start(QStringLiteral(HALLDESK_CENTRAL_PATH),
                    {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"),
                     QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("central.db")),
                     QStringLiteral("serve"), QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QStringLiteral("0")});
        static const QRegularExpression listening(QStringLiteral("listening on [0-9.]+:(\\d+)"));
        QString seen;
        QRegularExpressionMatch m;
        QDeadlineTimer deadline(30000);
        while (!(m = listening.match(seen)).hasMatch() && !deadline.hasExpired() &&
               serve.state() != QProcess::NotRunning) {
            serve.waitForReadyRead(200);
            seen += QString::fromUtf8(serve.readAllStandardOutput());
        }
        QVERIFY2(m.hasMatch(), serve.readAllStandardError().constData());
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        QNetworkReply *reply = network.get(QNetworkRequest(
            QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/no-such-thing").arg(m.captured(1)))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(30000));
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        serve.terminate();
        QVERIFY(serve.waitForFinished(30000));
        QCOMPARE(answer.value(QStringLiteral("error")).toString(),
                 QStringLiteral("request.not-found"));
        QVERIFY2(answer.value(QStringLiteral("message"))
                     .toString()
                     .startsWith(QStringLiteral("没有这个接口")),
                 qPrintable(answer.value(QStringLiteral("message")).toString()));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
