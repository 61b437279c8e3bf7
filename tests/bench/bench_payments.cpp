// Payment commit latency and throughput, side by side with bare SQLite inserts (one row per
// transaction, WAL, synchronous=FULL) in the same folder: the disk's limit. Prints figures;
// never fails on time. Usage: bench_payments [payments=500] [folder=temporary]

#include "../support/paymentfixture.h"
#include "paymentservice.h"
#include "shiftledger.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace hd;

namespace {
struct Figures
{
    double medianMs = 0;
    double p99Ms = 0;
    double perSecond = 0;
};

Figures summarise(std::vector<qint64> ns, qint64 totalNs)
{
    std::sort(ns.begin(), ns.end());
    Figures f;
    f.medianMs = ns[ns.size() / 2] / 1e6;
    f.p99Ms = ns[std::min(ns.size() - 1, ns.size() * 99 / 100)] / 1e6;
    f.perSecond = ns.size() / (totalNs / 1e9);
    return f;
}

Figures bareInserts(const QString &path, int n)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, "
                              "amount_fen INTEGER NOT NULL, created_at TEXT NOT NULL)"));
        QSqlQuery ins(db);
        ins.prepare(
            QStringLiteral("INSERT INTO t (uuid, amount_fen, created_at) VALUES (?, ?, ?)"));
        std::vector<qint64> ns;
        ns.reserve(n);
        QElapsedTimer total;
        total.start();
        for (int i = 0; i < n; ++i) {
            QElapsedTimer t;
            t.start();
            ins.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            ins.addBindValue(100 + i);
            ins.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            if (!ins.exec())
                qFatal("bare insert failed");
            ns.push_back(t.nsecsElapsed());
        }
        const qint64 totalNs = total.nsecsElapsed();
        db.close();
        return summarise(ns, totalNs);
    }
}

Figures payments(const QString &path, int n, bool durable = true)
{
    auto store = hd::testing::seededStore(path);
    if (!store || !ShiftLedger(*store).open(hd::testing::kClerk, {}))
        qFatal("could not prepare the store");
    // For the diagnosis only: without fsync the figure is the CPU and page-writing cost.
    if (!durable)
        hd::testing::exec(*store, QStringLiteral("PRAGMA synchronous = OFF"));
    PaymentService service(*store);
    std::vector<qint64> ns;
    ns.reserve(n);
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < n; ++i) {
        PaymentRequest r;
        r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.accountNo = i % 2 ? QStringLiteral("1000000003") : QStringLiteral("1000000002");
        r.amount = Money::fromFen(100 + i % 7);
        Tender t;
        t.amount = r.amount;
        t.tendered = Money::fromFen(1000);
        r.tenders = {t};
        r.operatorLogin = hd::testing::kClerk;
        QElapsedTimer one;
        one.start();
        if (!service.pay(r))
            qFatal("payment failed");
        ns.push_back(one.nsecsElapsed());
    }
    return summarise(ns, total.nsecsElapsed());
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int n = args.size() > 1 ? args.at(1).toInt() : 500;
    QTemporaryDir tmp(args.size() > 2 ? args.at(2) + QStringLiteral("/bench-XXXXXX")
                                      : QDir::tempPath() + QStringLiteral("/bench-XXXXXX"));
    const Figures bare = bareInserts(tmp.filePath(QStringLiteral("bare.sqlite")), n);
    const Figures pay = payments(tmp.filePath(QStringLiteral("pay.sqlite")), n);
    const Figures cpu = payments(tmp.filePath(QStringLiteral("cpu.sqlite")), n, false);
    std::printf("folder: %s, %d operations each\n", qPrintable(tmp.path()), n);
    std::printf("%-34s %10s %10s %12s\n", "", "median ms", "p99 ms", "per second");
    std::printf("%-34s %10.3f %10.3f %12.1f\n", "bare insert (WAL, synchronous=FULL)",
                bare.medianMs, bare.p99Ms, bare.perSecond);
    std::printf("%-34s %10.3f %10.3f %12.1f\n", "payment commit (PaymentService)", pay.medianMs,
                pay.p99Ms, pay.perSecond);
    std::printf("%-34s %10.3f %10.3f %12.1f\n", "  same, synchronous=OFF (diagnosis)", cpu.medianMs,
                cpu.p99Ms, cpu.perSecond);
    std::printf("ratio payments/bare: %.2f (goal >= 0.5)\n", pay.perSecond / bare.perSecond);
    return 0;
}
