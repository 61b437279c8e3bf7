// hallctl as scripts use it: exit status 0/1/2, the reason on stderr, JSON with --json,
// and the store chosen by --store or HALLDESK_STORE.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run hallctl(const QStringList &args,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HALLCTL_PATH), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(p.readAllStandardError()).trimmed()};
}
} // namespace

class TestHallctlBasics : public QObject
{
    Q_OBJECT
private slots:
    void amountWords_printsCapitalsAlone()
    {
        const Run r = hallctl({QStringLiteral("amount-words"), QStringLiteral("1680.32")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("壹仟陆佰捌拾元零叁角贰分"));
    }

    void amountWords_badAmountIsRejectedWithReason()
    {
        const Run r = hallctl({QStringLiteral("amount-words"), QStringLiteral("12.345")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("两位小数")));
    }

    void amountWords_negativeAmountRefusedAsSuch()
    {
        const Run r = hallctl({QStringLiteral("amount-words"), QStringLiteral("-1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QStringLiteral("金额不能为负数：-1")), qPrintable(r.err));
    }

    void checkId_jsonDescribesTheNumber()
    {
        const Run r = hallctl({QStringLiteral("--json"), QStringLiteral("check-id"),
                               QStringLiteral("11010519491231002x")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("number")).toString(),
                 QStringLiteral("11010519491231002X"));
        QCOMPARE(o.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1949-12-31"));
        QCOMPARE(o.value(QStringLiteral("masked")).toString(),
                 QStringLiteral("110***********002X"));
    }

    void checkId_wrongCheckCharacterIsRejected()
    {
        const Run r = hallctl({QStringLiteral("check-id"), QStringLiteral("110105194912310021"),
                               QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("id.invalid"));
        QVERIFY(r.err.contains(QLatin1Char('X')));
    }

    void checkUscc_pilotCodeNeedsSupervisor()
    {
        QCOMPARE(
            hallctl({QStringLiteral("check-uscc"), QStringLiteral("91350100M000100Y43")}).exitCode,
            0);
        const Run r = hallctl({QStringLiteral("check-uscc"), QStringLiteral("91350100M0001TGQXM")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("值班长")));
    }

    void usageErrors_exitTwo()
    {
        QCOMPARE(hallctl({}).exitCode, 2);
        QCOMPARE(hallctl({QStringLiteral("no-such-command")}).exitCode, 2);
        QCOMPARE(hallctl({QStringLiteral("check-id")}).exitCode, 2);
        QCOMPARE(hallctl({QStringLiteral("--store")}).exitCode, 2);
    }

    // An empty account number is asked for, not looked up ("户号  不存在").
    void account_emptyNumberAskedFor()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("s.sqlite"));
        QCOMPARE(hallctl({QStringLiteral("--store"), store, QStringLiteral("init")}).exitCode, 0);
        for (const QString &number : {QString(), QStringLiteral("  ")}) {
            const Run r = hallctl({QStringLiteral("--store"), store, QStringLiteral("--json"),
                                   QStringLiteral("account"), number});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("请输入户号")), qPrintable(r.err));
            QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                         .object()
                         .value(QStringLiteral("error"))
                         .toString(),
                     QStringLiteral("account.empty"));
        }
    }

    void init_createsStoreChosenByEnvironmentOrOption()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HALLDESK_STORE"), dir.filePath(QStringLiteral("env.sqlite")));
        const Run viaEnv =
            hallctl({QStringLiteral("init"), QStringLiteral("--hall"), QStringLiteral("4401"),
                     QStringLiteral("--terminal"), QStringLiteral("03")},
                    env);
        QCOMPARE(viaEnv.exitCode, 0);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("env.sqlite"))));

        const QString explicitPath = dir.filePath(QStringLiteral("opt.sqlite"));
        const Run viaOption = hallctl({QStringLiteral("--store"), explicitPath,
                                       QStringLiteral("--json"), QStringLiteral("init")},
                                      env);
        QCOMPARE(viaOption.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(viaOption.out.toUtf8())
                     .object()
                     .value(QStringLiteral("store"))
                     .toString(),
                 explicitPath);
    }

    void init_badIdentityIsRejectedAndChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        QCOMPARE(hallctl({QStringLiteral("--store"), path, QStringLiteral("init"),
                          QStringLiteral("--hall"), QStringLiteral("4401"),
                          QStringLiteral("--terminal"), QStringLiteral("03")})
                     .exitCode,
                 0);
        const Run bad = hallctl({QStringLiteral("--store"), path, QStringLiteral("init"),
                                 QStringLiteral("--terminal"), QStringLiteral("3x")});
        QCOMPARE(bad.exitCode, 1);
        // Changing only the terminal keeps the hall.
        QCOMPARE(hallctl({QStringLiteral("--store"), path, QStringLiteral("init"),
                          QStringLiteral("--hall"), QStringLiteral("4402")})
                     .exitCode,
                 0);
        const Run again = hallctl(
            {QStringLiteral("--store"), path, QStringLiteral("--json"), QStringLiteral("init")});
        QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8())
                     .object()
                     .value(QStringLiteral("terminal_code"))
                     .toString(),
                 QStringLiteral("03"));
        QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8())
                     .object()
                     .value(QStringLiteral("hall_code"))
                     .toString(),
                 QStringLiteral("4402"));
    }

    void init_unwritablePathIsRejected()
    {
        // A path where no store can be created is refused cleanly, not a crash.
        const Run r =
            hallctl({QStringLiteral("--store"), QStringLiteral("/proc/no-such-dir/x.sqlite"),
                     QStringLiteral("init")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHallctlBasics)
#include "tst_hallctl_basics.moc"
