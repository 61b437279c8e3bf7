// hallctl's payment commands as a script uses them: real processes on a real store.

#include "../support/paymentfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hd;
using namespace hd::testing;

namespace {
QString str(const char *s)
{
    return QString::fromUtf8(s);
}
QString str(const QString &s)
{
    return s;
}
template <typename... Args> QStringList L(const Args &...args)
{
    return {str(args)...};
}
} // namespace

class TestHallctlPay : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_store;

    struct Run
    {
        int exit = -1;
        QString out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    };
    Run hallctl(QStringList args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HALLDESK_STORE"), m_store);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(HALLCTL), args);
        if (!p.waitForFinished(60'000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QStringList clerk() const
    {
        return {QStringLiteral("--operator"), kClerk, QStringLiteral("--password"), kClerkPassword};
    }
    // The row's `args` refused with exit status `exit`, its `reason` on stderr, nothing on
    // stdout.
    void refusedAsTheRowSays(int exit)
    {
        QFETCH(QStringList, args);
        QFETCH(QString, reason);
        const Run r = hallctl(args);
        QCOMPARE(r.exit, exit);
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    }
    qint64 payments()
    {
        auto s = Store::open(m_store);
        return scalar(*s.value(), QStringLiteral("SELECT count(*) FROM payments")).toLongLong();
    }

private slots:
    void init()
    {
        static int n = 0;
        m_store = m_dir.filePath(QStringLiteral("h%1.sqlite").arg(++n));
        QVERIFY(seededStore(m_store));
    }

    void lateFee_printsTheFeeAlone_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("out");
        QTest::newRow("residential 200 ten days")
            << L("--amount", "200", "--due", "2024-03-15", "--on", "2024-03-25", "--class",
                 "residential")
            << "2.00";
        QTest::newRow("residential 50 five days: the minimum")
            << L("--amount", "50", "--due", "2024-03-15", "--on", "2024-03-20", "--class",
                 "residential")
            << "1.00";
        QTest::newRow("non-residential 10000 twenty days")
            << L("--amount", "10000", "--due", "2024-05-15", "--on", "2024-06-04", "--class",
                 "non-residential")
            << "400.00";
    }
    void lateFee_printsTheFeeAlone()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, out);
        const Run r = hallctl(L(QStringLiteral("late-fee")) + args);
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.out.trimmed(), out);
    }

    // A date the calendar does not have is told apart from one written the wrong way; both
    // refused with exit status 1, for every command that takes a date.
    void dates_badDayOrFormatRefusedWithReason_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("reason");
        QTest::newRow("late fee, 30 February")
            << L("late-fee", "--amount", "100", "--due", "2026-02-30", "--on", "2026-03-01",
                 "--class", "residential")
            << "--due：没有 2026-02-30 这一天";
        QTest::newRow("late fee, no leading zeros")
            << L("late-fee", "--amount", "100", "--due", "2026-01-15", "--on", "2026-3-1",
                 "--class", "residential")
            << "--on 的日期格式应为 YYYY-MM-DD：2026-3-1";
        QTest::newRow("day report, month 13")
            << L("report", "day", "--date", "2026-13-01") << "--date：没有 2026-13-01 这一天";
        QTest::newRow("demo data, 29 February of a common year")
            << L("generate", "--accounts", "5", "--as-of", "2025-02-29")
            << "--as-of：没有 2025-02-29 这一天";
        QTest::newRow("centre's reconciliation, not a date")
            << L("central", "reconcile", "--day", "yesterday")
            << "--day 的日期格式应为 YYYY-MM-DD：yesterday";
        QTest::newRow("in English") << L("--lang", "en", "report", "day", "--date", "2026-02-30")
                                    << "--date: there is no such day as 2026-02-30.";
    }
    void dates_badDayOrFormatRefusedWithReason()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, reason);
        const qint64 before = payments();
        const Run r = hallctl(args);
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        QCOMPARE(payments(), before);
    }

    // A whole-number option that is not a number, or out of its range, is refused with the
    // range and exit status 1 before anything is done; it used to be read as 0 (search: "no
    // account found") or as 1 (sync's batch and page).
    void counts_notANumberOrOutOfRangeRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("reason");
        QTest::newRow("search, a word")
            << L("search", "1000000", "--limit", "abc") << "--limit 需要 1 到 1000 之间的整数：abc";
        QTest::newRow("search, none")
            << L("search", "1000000", "--limit", "0") << "--limit 需要 1 到 1000 之间的整数：0";
        QTest::newRow("search, too many") << L("search", "1000000", "--limit", "99999999999")
                                          << "--limit 需要 1 到 1000 之间的整数：99999999999";
        QTest::newRow("sync, batch")
            << L("sync", "--batch", "x") << "--batch 需要 1 到 100000 之间的整数：x";
        QTest::newRow("sync, page")
            << L("sync", "--page", "-3") << "--page 需要 1 到 100000 之间的整数：-3";
        QTest::newRow("in English") << L("--lang", "en", "search", "1000000", "--limit", "2.5")
                                    << "--limit takes a whole number from 1 to 1000: 2.5";
    }
    void counts_notANumberOrOutOfRangeRefused() { refusedAsTheRowSays(1); }

    // A typo in what is counted or moved is told before the sign-in: however often it happens
    // with a mistyped password too, no attempt toward the lock-out is spent (five would lock).
    void shift_badCountOrAmount_toldBeforeSignIn()
    {
        const QStringList wrongPassword{QStringLiteral("--operator"), kClerk,
                                        QStringLiteral("--password"), QStringLiteral("wrong")};
        for (int i = 0; i < 3; ++i) {
            Run r = hallctl(L("shift", "open", "--count", "100=x") + wrongPassword);
            QCOMPARE(r.exit, 1);
            QVERIFY2(r.err.contains(str("张数应为整数：100=x")), qPrintable(r.err));
            r = hallctl(L("shift", "cash-in", "--amount", "abc") + wrongPassword);
            QCOMPARE(r.exit, 1);
            QVERIFY2(r.err.contains(str("金额格式不正确：abc")), qPrintable(r.err));
        }
        Run r = hallctl(L("shift", "close", "--count", "100=1", "--card", "zz") + wrongPassword);
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(str("金额格式不正确：zz")), qPrintable(r.err));
        // Not locked: the right password still opens the shift.
        r = hallctl(L("shift", "open", "--count", "100=2") + clerk());
        QCOMPARE(r.exit, 0);
        QVERIFY2(r.out.contains(str("开班成功")), qPrintable(r.out));
    }

    // An argument a command does not take is a usage error that names it, not ignored:
    // `pending resolve 1234` would resolve every pending payment, `init extra` say it is done.
    void arguments_extraOnesRefusedByName_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("reason");
        QTest::newRow("pending resolve one")
            << L("pending", "resolve", "1234")
            << "多余的参数：1234（hallctl pending --help 查看用法）";
        QTest::newRow("init") << L("init", "extra") << "多余的参数：extra（hallctl init --help";
        QTest::newRow("late fee") << L("late-fee", "200", "--amount", "200", "--due", "2024-03-15",
                                       "--on", "2024-03-25")
                                  << "多余的参数：200（hallctl late-fee --help";
        QTest::newRow("sync status") << L("sync", "status", "now") << "多余的参数：now";
        QTest::newRow("in English") << L("--lang", "en", "generate", "a", "b")
                                    << "Unexpected argument: a b (hallctl generate --help";
    }
    void arguments_extraOnesRefusedByName() { refusedAsTheRowSays(2); }

    void search_limitTaken()
    {
        Run r = hallctl(L("--json", "search", "1000000"));
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.json().value(QStringLiteral("results")).toArray().size(), 4);
        r = hallctl(L("--json", "search", "1000000", "--limit", "2"));
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.json().value(QStringLiteral("results")).toArray().size(), 2);
    }

    // Something long pasted in is echoed cut short in the no-hit line (as on the counter's
    // screen); the JSON answer keeps it whole.
    void search_longQueryEchoedShort()
    {
        const QString pasted = QString(40, QLatin1Char('7')) + QString(3000, QLatin1Char('x'));
        Run r = hallctl(L("search", pasted));
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.out.trimmed(), str("没有找到与“") + QString(30, QLatin1Char('7')) +
                                      QChar(0x2026) + str("”相符的户。"));
        r = hallctl(L("--json", "search", pasted));
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.json().value(QStringLiteral("query")).toString(), pasted);
    }

    void payFlow_shiftPayReverseReportAudit()
    {
        QCOMPARE(hallctl(L("pay", "1000000001", "10") + clerk()).exit, 1); // no shift
        Run r = hallctl(L("shift", "open", "--count", "100=2,10=5") + clerk());
        QCOMPARE(r.exit, 0);
        r = hallctl(L("pay", "1000000001", "20", "--method", "cash", "--tendered", "50", "--json") +
                    clerk());
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.json().value(QStringLiteral("change")).toString(), QStringLiteral("30.00"));
        const QString receipt = r.json().value(QStringLiteral("receipt_no")).toString();
        QCOMPARE(receipt, QStringLiteral("4401-03-00000001"));
        // Retry with the same uuid: found, not charged again.
        const QString uuid = r.json().value(QStringLiteral("uuid")).toString();
        r = hallctl(L("pay", "1000000001", "20", "--uuid", uuid, "--json") + clerk());
        QCOMPARE(r.exit, 0);
        QVERIFY(r.json().value(QStringLiteral("existing")).toBool());
        QCOMPARE(payments(), 1);

        r = hallctl(L("reverse", receipt, "--reason", "金额错误", "--supervisor", kSupervisor,
                      "--supervisor-password", "wrong") +
                    clerk());
        QCOMPARE(r.exit, 1);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(payments(), 1);
        r = hallctl(L("reverse", receipt, "--reason", "金额错误", "--supervisor", kSupervisor,
                      "--supervisor-password", kSupervisorPassword, "--json") +
                    clerk());
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.json().value(QStringLiteral("amount")).toString(), QStringLiteral("-20.00"));

        r = hallctl({QStringLiteral("report"), QStringLiteral("day"), QStringLiteral("--json")});
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.json().value(QStringLiteral("net")).toString(), QStringLiteral("0.00"));
        QCOMPARE(r.json().value(QStringLiteral("reversals")).toArray().size(), 1);

        r = hallctl(L("shift", "close", "--count", "100=2,10=5", "--json") + clerk());
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.json().value(QStringLiteral("difference")).toString(), QStringLiteral("0.00"));
        r = hallctl({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.exit, 0);
    }

    void pay_badInput_exitOneNoChange_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("negative") << L("pay", "1000000001", "-5");
        QTest::newRow("three decimals") << L("pay", "1000000001", "1.234");
        QTest::newRow("zero") << L("pay", "1000000001", "0");
        QTest::newRow("unknown account") << L("pay", "9999999999", "5");
        QTest::newRow("card without reference") << L("pay", "1000000001", "5", "--method", "card");
    }
    void pay_badInput_exitOneNoChange()
    {
        QFETCH(QStringList, args);
        QCOMPARE(hallctl(L("shift", "open") + clerk()).exit, 0);
        const Run r = hallctl(args + clerk());
        QCOMPARE(r.exit, 1);
        QVERIFY(!r.err.trimmed().isEmpty());
        QCOMPARE(payments(), 0);
    }

    void pay_wrongPassword_exitOne()
    {
        QCOMPARE(hallctl(L("shift", "open") + clerk()).exit, 0);
        const Run r = hallctl({QStringLiteral("pay"), QStringLiteral("1000000001"),
                               QStringLiteral("5"), QStringLiteral("--operator"), kClerk,
                               QStringLiteral("--password"), QStringLiteral("nope")});
        QCOMPARE(r.exit, 1);
        QCOMPARE(payments(), 0);
    }

    void payQr_timeoutStaysPendingThenResolves()
    {
        QCOMPARE(hallctl(L("shift", "open") + clerk()).exit, 0);
        // Sandbox: a code ending in 2 times out, and is approved when asked again.
        Run r = hallctl(L("pay", "1000000001", "30", "--method", "qr", "--qr-code",
                          "134567890123456782", "--json") +
                        clerk());
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(payments(), 0);
        r = hallctl(L("pending", "list", "--json"));
        QCOMPARE(r.json().value(QStringLiteral("pending")).toArray().size(), 1);
        r = hallctl(L("pending", "resolve", "--json"));
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.json()
                     .value(QStringLiteral("pending"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("committed"));
        QCOMPARE(payments(), 1);
        // A pending payment retried with its uuid (the clerk presses pay again) is resolved,
        // not charged a second time.
        r = hallctl(L("pay", "1000000001", "40", "--method", "qr", "--qr-code",
                      "134567890123456792", "--json") +
                    clerk());
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        const QString uuid = r.json().value(QStringLiteral("uuid")).toString();
        r = hallctl(L("pay", "1000000001", "40", "--method", "qr", "--qr-code",
                      "134567890123456792", "--uuid", uuid, "--json") +
                    clerk());
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("committed"));
        QCOMPARE(payments(), 2);
        // Refused: nothing recorded as paid, exit 1.
        r = hallctl(
            L("pay", "1000000001", "30", "--method", "qr", "--qr-code", "134567890123456781") +
            clerk());
        QCOMPARE(r.exit, 1);
        QCOMPARE(payments(), 2);
    }

    void auditVerify_namesFirstBrokenEntry()
    {
        QCOMPARE(hallctl(L("shift", "open") + clerk()).exit, 0);
        QCOMPARE(hallctl(L("pay", "1000000003", "5") + clerk()).exit, 0);
        {
            auto s = Store::open(m_store);
            QVERIFY(exec(*s.value(), QStringLiteral("UPDATE audit_log SET detail = '{}' WHERE "
                                                    "action = 'payment.commit'")));
        }
        auto s = Store::open(m_store);
        const qint64 seq = scalar(*s.value(), QStringLiteral("SELECT seq FROM audit_log WHERE "
                                                             "action = 'payment.commit'"))
                               .toLongLong();
        const Run r =
            hallctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("第 %1 条").arg(seq)), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestHallctlPay)
#include "tst_hallctlpay.moc"
