// bench_sync: the peer benchmark's workload (../shared/peers/sync) against halldesk-central
// and the real sync engine over loopback: initial pull of N accounts with 12 months of bills,
// incremental pull of UPD changed accounts, push of PAY payments, no-op pull and push, and a
// replay of the same payments from a fresh client; the median of RUNS runs. The client store
// runs WAL with synchronous=FULL (every page and every push answer is fsynced); the centre is
// SQLite (synchronous=FULL) or PostgreSQL (--db pg, inside pg_virtualenv -o fsync=on
// -o shared_buffers=512MB as run_sync_bench.sh runs it; synchronous_commit on).
//
//   bench_sync [--db sqlite|pg] [--accounts N] [--updates UPD] [--payments PAY] [--runs R]
//   bench_sync --gen accounts N | updates ROUND N UPD | payments TAG COUNT   (NDJSON, as gen.js)
//
// Output: one line per step (seconds, docs/s, MB/s, bytes per doc, time spent waiting for the
// centre, CPU time of the counter and of the centre), then "result KEY SECONDS" lines that
// tests/bench/run_sync_bench.sh reads to print the ratios against PouchDB. Each timed step also
// prints "window KEY FROM,TO" (CLOCK_MONOTONIC seconds): with `perf record -k CLOCK_MONOTONIC`,
// `perf report --time FROM,TO` shows that step alone.

#include "centraldb.h"
#include "centralfixture.h"
#include "centralservice.h"
#include "operators.h"
#include "paymentservice.h"
#include "shiftledger.h"
#include "syncworkload.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <map>
#include <sys/resource.h>
#include <unistd.h>

using namespace hd;
using namespace hd::testing;
using namespace hd::bench;

namespace {

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(what));
    std::exit(1);
}

template <typename T> T check(Result<T> r, const char *what)
{
    if (!r)
        die(QString::fromLatin1(what) + QStringLiteral(": ") + r.error().message);
    return std::move(r).value();
}

void check(const Status &s, const char *what)
{
    if (!s)
        die(QString::fromLatin1(what) + QStringLiteral(": ") + s.error().message);
}

QString customerClass(const QString &tariff)
{
    if (tariff.startsWith(QLatin1String("RES")))
        return QStringLiteral("residential");
    return tariff == QLatin1String("AGR") ? QStringLiteral("agricultural")
                                          : QStringLiteral("non_residential");
}

int period(const QString &p) // "2024-03" → 202403
{
    return p.left(4).toInt() * 100 + p.mid(5, 2).toInt();
}

QString dueDate(const QString &p)
{
    return QDate(p.left(4).toInt(), p.mid(5, 2).toInt(), 1)
        .addMonths(1)
        .addDays(24)
        .toString(Qt::ISODate);
}

// The centre's master data, loaded through the central library's storage layer (not timed).
void seed(central::CentralDb &db, central::CentralService &service, int n)
{
    check(service.ensureHall(QStringLiteral("4401"), QStringLiteral("越秀供电营业厅"),
                             QStringLiteral("GZ")),
          "hall");
    check(db.beginWrite(), "begin");
    const QStringList tariffs = {QStringLiteral("RES-T1"),  QStringLiteral("RES-T2"),
                                 QStringLiteral("RES-T3"),  QStringLiteral("RES-TOU"),
                                 QStringLiteral("COM-GEN"), QStringLiteral("AGR")};
    for (const QString &t : tariffs)
        check(
            db.run(
                QStringLiteral(
                    "INSERT INTO tariffs (code, name, customer_class, billing_period, price1_li, "
                    "price2_li, price3_li, effective_from, seq) VALUES (?, ?, ?, 'flat', 561, 561, "
                    "561, '2024-01-01', ?)"),
                {t, t, customerClass(t), check(db.nextSeq(), "seq")}),
            "tariff");
    for (const auto &[login, role] :
         {std::pair{QStringLiteral("clerk1"), QStringLiteral("clerk")},
          std::pair{QStringLiteral("super1"), QStringLiteral("supervisor")}})
        check(
            db.run(
                QStringLiteral(
                    "INSERT INTO operators (login, hall_code, name, role, password_hash, disabled, "
                    "seq) VALUES (?, '4401', ?, ?, ?, 0, ?)"),
                {login, login, role, OperatorDirectory::hashPassword(QStringLiteral("demo123")),
                 check(db.nextSeq(), "seq")}),
            "operator");
    constexpr int chunk = 100;
    for (int from = 0; from < n; from += chunk) {
        const int to = std::min(n, from + chunk);
        QString accountsSql = QStringLiteral("INSERT INTO accounts (account_no, region, name, "
                                             "customer_class, address, phone_cipher, "
                                             "tariff_code, "
                                             "balance_fen, seq) VALUES ");
        QString billsSql = QStringLiteral(
            "INSERT INTO bills (account_no, period, kwh_tier1, amount_fen, due_date, "
            "paid_fen, status) VALUES ");
        QVariantList av, bv;
        for (int i = from; i < to; ++i) {
            const WorkAccount a = makeAccount(i);
            accountsSql += (i > from ? QStringLiteral(",") : QString()) +
                           QStringLiteral("(?, 'GZ', ?, ?, ?, ?, ?, ?, ?)");
            // The phone as the centre stores it: encrypted with its data key.
            av << a.accountNo << a.name << customerClass(a.tariff) << a.address
               << db.cipher().encryptText(a.phone) << a.tariff << a.balanceFen
               << check(db.nextSeq(), "seq");
            for (const WorkBill &b : a.bills) {
                billsSql += (bv.isEmpty() ? QString() : QStringLiteral(",")) +
                            QStringLiteral("(?, ?, ?, ?, ?, ?, ?)");
                bv << a.accountNo << period(b.period) << b.kwh << b.amountFen << dueDate(b.period)
                   << (b.paid ? b.amountFen : 0) << (b.paid ? 1 : 0);
            }
        }
        check(db.run(accountsSql, av), "accounts");
        check(db.run(billsSql, bv), "bills");
    }
    check(db.commit(), "commit");
}

// Round r of the incremental workload: the centre's side of gen.js `updates r`.
void update(central::CentralDb &db, int round, int n, int upd)
{
    check(db.beginWrite(), "begin");
    for (int i : updatedIndexes(round, n, upd)) {
        const WorkAccount a = makeAccount(i, round);
        check(db.run(QStringLiteral(
                         "UPDATE accounts SET balance_fen = ?, seq = ? WHERE account_no = ?"),
                     {a.balanceFen, check(db.nextSeq(), "seq"), a.accountNo}),
              "update");
        for (int k = 9; k < 12; ++k)
            check(db.run(QStringLiteral("UPDATE bills SET paid_fen = ?, status = ? WHERE "
                                        "account_no = ? AND period = ?"),
                         {a.bills[k].paid ? a.bills[k].amountFen : 0, a.bills[k].paid ? 1 : 0,
                          a.accountNo, period(a.bills[k].period)}),
                  "bill");
    }
    check(db.commit(), "commit");
}

// CPU time (user + system) of this process (the counter: engine and network thread) and of
// the centre's: on a shared machine these move much less than wall time does.
double cpuSeconds(qint64 pid = 0)
{
    if (pid == 0) {
        rusage u{};
        getrusage(RUSAGE_SELF, &u);
        return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
               double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
    }
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // Fields after the command name in parentheses: utime and stime are the 12th and 13th.
    const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return f.size() > 12 ? double(f[11].toLongLong() + f[12].toLongLong()) / sysconf(_SC_CLK_TCK)
                         : 0;
}

// PostgreSQL: the CPU time of the server's processes (the postmaster's children: the
// centre's backend, the WAL writer, the checkpointer …). Their work is not in the centre's.
double postgresCpuSeconds(qint64 postmaster)
{
    if (postmaster <= 0)
        return 0;
    double sum = 0;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        bool number = false;
        pid.toLongLong(&number);
        if (!number)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (f.size() > 12 && f[1].toLongLong() == postmaster)
            sum += double(f[11].toLongLong() + f[12].toLongLong()) / sysconf(_SC_CLK_TCK);
    }
    return sum;
}

double monotonicSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct Step
{
    std::vector<double> seconds;
    qint64 docs = 0;
    qint64 bytes = 0;
    std::vector<double> waitMs;
    std::vector<double> clientCpu, centreCpu, postgresCpu;
    double median() const
    {
        std::vector<double> s = seconds;
        std::sort(s.begin(), s.end());
        return s.empty() ? 0 : s[s.size() / 2];
    }
};

int generate(const QStringList &args)
{
    const QString kind = args.value(0);
    if (kind == QLatin1String("accounts"))
        for (int i = 0, n = args.value(1, QStringLiteral("100000")).toInt(); i < n; ++i)
            std::printf("%s\n", makeAccount(i).toJson().constData());
    else if (kind == QLatin1String("updates"))
        for (int i :
             updatedIndexes(args.value(1).toInt(), args.value(2, QStringLiteral("100000")).toInt(),
                            args.value(3, QStringLiteral("10000")).toInt()))
            std::printf("%s\n", makeAccount(i, args.value(1).toInt()).toJson().constData());
    else if (kind == QLatin1String("payments"))
        for (int j = 0, n = args.value(2, QStringLiteral("10000")).toInt(); j < n; ++j)
            std::printf("%s\n", makePayment(args.value(1), j).toJson().constData());
    else
        return 2;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("--gen"))
        return generate(args.mid(1));
    auto option = [&](const char *name, const QString &fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 ? args.value(i + 1) : fallback;
    };
    const bool pg = option("--db", QStringLiteral("sqlite")) == QLatin1String("pg");
    const int n = option("--accounts", QStringLiteral("100000")).toInt();
    const int upd = option("--updates", QStringLiteral("10000")).toInt();
    const int pay = option("--payments", QStringLiteral("10000")).toInt();
    const int runs = option("--runs", QStringLiteral("3")).toInt();
    if (pg)
        qputenv("HALLDESK_TEST_DB", "pg");

    QTemporaryDir dir;
    const QString spec = freshDatabase(dir.path());
    central::DatabaseConfig config;
    config.driver = pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    config.name = spec.mid(spec.indexOf(u':') + 1);
    auto db = check(central::CentralDb::open(config), "open centre");
    central::CentralService service(*db, {});
    QElapsedTimer t;
    t.start();
    seed(*db, service, n);
    std::printf("centre: %s, %d accounts with 12 bills seeded in %.1f s (not a bar)\n",
                pg ? "PostgreSQL" : "SQLite", n, t.elapsed() / 1000.0);
    // PostgreSQL: the postmaster, whose children's CPU time is counted per step.
    qint64 postmaster = 0;
    if (pg) {
        QSqlQuery q(db->db());
        if (q.exec(QStringLiteral("SHOW data_directory")) && q.next()) {
            QFile pidFile(q.value(0).toString() + QStringLiteral("/postmaster.pid"));
            if (pidFile.open(QIODevice::ReadOnly))
                postmaster = pidFile.readLine().trimmed().toLongLong();
        }
    }
    CentralProcess central(spec);
    if (!central.start({QStringLiteral("--rate"), QStringLiteral("1000000"),
                        QStringLiteral("--max-body"), QStringLiteral("67108864")}))
        die(QStringLiteral("halldesk-central did not start"));

    std::map<QString, Step> steps;
    for (int run = 1; run <= runs; ++run) {
        const QString tag = QStringLiteral("run%1").arg(run);
        Counter c(dir.filePath(tag + QStringLiteral(".sqlite")),
                  QStringLiteral("%1").arg(run, 2, 10, QLatin1Char('0')));
        if (!c.enroll(central.url(),
                      check(service.createEnrollCode(QStringLiteral("4401")), "code")))
            die(QStringLiteral("enroll"));
        sync::SyncEngine engine(*c.store, *c.client);
        auto timed = [&](const QString &name, auto &&fn) {
            QElapsedTimer s;
            s.start();
            const double from = monotonicSeconds();
            const double client = cpuSeconds(), centre = cpuSeconds(central.pid()),
                         server = postgresCpuSeconds(postmaster);
            sync::SyncReport r = fn();
            steps[name].seconds.push_back(s.elapsed() / 1000.0);
            steps[name].clientCpu.push_back(cpuSeconds() - client);
            steps[name].centreCpu.push_back(cpuSeconds(central.pid()) - centre);
            steps[name].postgresCpu.push_back(postgresCpuSeconds(postmaster) - server);
            // For `perf record -k CLOCK_MONOTONIC` … `perf report --time FROM,TO`.
            std::printf("window %s %.6f,%.6f (batches sent again: %d; CPU: counter %.2f s, "
                        "centre %.2f s, postgres %.2f s)\n",
                        qPrintable(QString(name).section(u' ', 1).replace(u' ', u'_')), from,
                        monotonicSeconds(), r.resent, steps[name].clientCpu.back(),
                        steps[name].centreCpu.back(), steps[name].postgresCpu.back());
            steps[name].docs = std::max<qint64>(steps[name].docs, r.pulled + r.pushed);
            steps[name].bytes = std::max(steps[name].bytes, r.bytesDown + r.bytesUp);
            steps[name].waitMs.push_back(double(r.waitMs));
            return r;
        };
        auto initial =
            timed(QStringLiteral("1 initial pull"), [&] { return check(engine.pull(), "pull"); });
        const int held = scalar(*c.store, QStringLiteral("SELECT count(*) FROM accounts")).toInt();
        if (held != n)
            die(QStringLiteral("initial pull holds %1 accounts, expected %2").arg(held).arg(n));

        t.restart();
        update(*db, run, n, upd);
        std::printf("run %d: centre update of %d accounts %.2f s (not a bar)\n", run, upd,
                    t.elapsed() / 1000.0);
        auto incremental = timed(QStringLiteral("2 incremental pull"),
                                 [&] { return check(engine.pull(), "pull"); });
        if (incremental.pulled != upd)
            die(QStringLiteral("incremental pull brought %1, expected %2")
                    .arg(incremental.pulled)
                    .arg(upd));
        const WorkAccount probe = makeAccount(updatedIndexes(run, n, upd).front(), run);
        if (c.balance(probe.accountNo) != probe.balanceFen)
            die(QStringLiteral("updated content missing for %1").arg(probe.accountNo));
        auto noop =
            timed(QStringLiteral("2b no-op pull"), [&] { return check(engine.pull(), "pull"); });
        if (noop.pulled != 0)
            die(QStringLiteral("no-op pull brought %1").arg(noop.pulled));

        // Local create: one committed payment (and its outbox entry) per transaction.
        if (!c.openShift())
            die(QStringLiteral("shift"));
        PaymentService payments(*c.store);
        t.restart();
        for (int j = 0; j < pay; ++j) {
            const WorkPayment p = makePayment(tag, j, n);
            PaymentRequest r;
            r.uuid = p.id;
            r.accountNo = p.accountNo;
            r.amount = Money::fromFen(p.amountFen);
            Tender tender;
            tender.amount = r.amount;
            if (p.method == QLatin1String("unionpay")) {
                tender.method = PaymentMethod::Card;
                tender.cardRef = QStringLiteral("000001");
                tender.cardLast4 = QStringLiteral("0001");
            }
            r.tenders = {tender};
            r.operatorLogin = kClerk;
            check(payments.pay(r), "pay");
        }
        std::printf("run %d: local create of %d payments %.2f s (not a bar)\n", run, pay,
                    t.elapsed() / 1000.0);
        const qint64 opsBefore = central.stats().value(QStringLiteral("payments")).toInteger();
        auto pushed = timed(QStringLiteral("3 push"), [&] { return check(engine.push(), "push"); });
        if (pushed.applied != pay + 1)
            die(QStringLiteral("push applied %1, expected %2").arg(pushed.applied).arg(pay + 1));
        timed(QStringLiteral("3b no-op push"), [&] { return check(engine.push(), "push"); });

        // Replay: a second, fresh client holding the same operations pushes them (a store
        // whose outbox was copied from the first, then enrolled: the ops it holds at its
        // enrollment are the ones it asks the centre about first).
        Counter twin(dir.filePath(tag + QStringLiteral("-twin.sqlite")),
                     QStringLiteral("%1").arg(run + 50));
        exec(*twin.store, QStringLiteral("ATTACH DATABASE ? AS first"), {c.store->path()});
        exec(*twin.store,
             QStringLiteral(
                 "INSERT INTO outbox (seq, op_uuid, kind, schema_version, payload, created_at) "
                 "SELECT seq, op_uuid, kind, schema_version, payload, created_at FROM "
                 "first.outbox"));
        exec(*twin.store, QStringLiteral("DETACH DATABASE first"));
        if (!twin.enroll(central.url(),
                         check(service.createEnrollCode(QStringLiteral("4401")), "code")))
            die(QStringLiteral("enroll twin"));
        sync::SyncEngine twinEngine(*twin.store, *twin.client);
        auto replay =
            timed(QStringLiteral("3c replay"), [&] { return check(twinEngine.push(), "replay"); });
        if (replay.duplicate != pay + 1 ||
            central.stats().value(QStringLiteral("payments")).toInteger() != opsBefore + pay)
            die(QStringLiteral("replay wrote something"));
        std::printf("run %d: initial %.2f s, incremental %.2f s, push %.2f s, replay %.2f s\n", run,
                    steps[QStringLiteral("1 initial pull")].seconds.back(),
                    steps[QStringLiteral("2 incremental pull")].seconds.back(),
                    steps[QStringLiteral("3 push")].seconds.back(),
                    steps[QStringLiteral("3c replay")].seconds.back());
        std::fflush(stdout);
        Q_UNUSED(initial);
    }
    std::printf("\nmedian of %d runs, %s centre, client SQLite WAL synchronous=FULL:\n", runs,
                pg ? "PostgreSQL" : "SQLite");
    std::printf("%-20s %10s %12s %10s %12s %16s %12s %12s %12s\n", "step", "seconds", "docs/s",
                "MB/s", "bytes/doc", "waiting centre", "client CPU", "centre CPU", "postgres CPU");
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v.empty() ? 0.0 : v[v.size() / 2];
    };
    for (const auto &[name, s] : steps) {
        const double m = s.median();
        std::printf("%-20s %10.3f %12.0f %10.2f %12.0f %14.3f s %10.2f s %10.2f s %10.2f s\n",
                    qPrintable(name), m, m > 0 ? s.docs / m : 0.0, m > 0 ? s.bytes / m / 1e6 : 0.0,
                    s.docs ? double(s.bytes) / double(s.docs) : 0.0, median(s.waitMs) / 1000.0,
                    median(s.clientCpu), median(s.centreCpu), median(s.postgresCpu));
    }
    for (const auto &[name, s] : steps)
        std::printf("result %s %.4f\n",
                    qPrintable(QString(name).section(u' ', 1).replace(u' ', u'_')), s.median());
    return 0;
}
