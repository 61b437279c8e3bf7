// Payment commit latency and throughput, side by side with bare SQLite inserts (one row per
// transaction, WAL, synchronous=FULL) in the same folder: the disk's limit. The two run in
// alternating rounds so that both see the same disk conditions (the machine is shared).
// Prints figures; never fails on time. Usage: bench_payments [operations=500] [folder]

#include "../support/paymentfixture.h"
#include "paymentservice.h"
#include "shiftledger.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace hd;

namespace {
constexpr int kRounds = 10;

struct Samples
{
    std::vector<qint64> ns;
    qint64 totalNs = 0;

    void print(const char *label) const
    {
        std::vector<qint64> sorted = ns;
        std::sort(sorted.begin(), sorted.end());
        const double median = sorted[sorted.size() / 2] / 1e6;
        const double p99 = sorted[std::min(sorted.size() - 1, sorted.size() * 99 / 100)] / 1e6;
        std::printf("%-36s %10.3f %10.3f %12.1f\n", label, median, p99, perSecond());
    }
    double perSecond() const { return ns.size() / (totalNs / 1e9); }
};

class BareWriter final
{
public:
    explicit BareWriter(const QString &path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
        m_db.setDatabaseName(path);
        m_db.open();
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, "
                              "amount_fen INTEGER NOT NULL, created_at TEXT NOT NULL)"));
        m_insert = QSqlQuery(m_db);
        m_insert.prepare(
            QStringLiteral("INSERT INTO t (uuid, amount_fen, created_at) VALUES (?, ?, ?)"));
    }
    void run(int n, Samples &s)
    {
        QElapsedTimer total;
        total.start();
        for (int i = 0; i < n; ++i) {
            QElapsedTimer t;
            t.start();
            m_insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            m_insert.addBindValue(100 + i);
            m_insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            if (!m_insert.exec())
                qFatal("bare insert failed");
            s.ns.push_back(t.nsecsElapsed());
        }
        s.totalNs += total.nsecsElapsed();
    }

private:
    QSqlDatabase m_db;
    QSqlQuery m_insert;
};

class PaymentWriter final
{
public:
    PaymentWriter(const QString &path, bool durable)
    {
        m_store = hd::testing::seededStore(path);
        if (!m_store || !ShiftLedger(*m_store).open(hd::testing::kClerk, {}))
            qFatal("could not prepare the store");
        // For the diagnosis only: without fsync the figure is the CPU and page-writing cost.
        if (!durable)
            hd::testing::exec(*m_store, QStringLiteral("PRAGMA synchronous = OFF"));
        m_service = std::make_unique<PaymentService>(*m_store);
    }
    void run(int n, Samples &s)
    {
        QElapsedTimer total;
        total.start();
        for (int i = 0; i < n; ++i, ++m_count) {
            PaymentRequest r;
            r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            // Alternately a bill payment (allocation, bill update) and a prepaid top-up, in
            // cash with change.
            r.accountNo = m_count % 2 ? QStringLiteral("1000000003") : QStringLiteral("1000000002");
            r.amount = Money::fromFen(100 + m_count % 7);
            Tender t;
            t.amount = r.amount;
            t.tendered = Money::fromFen(1000);
            r.tenders = {t};
            r.operatorLogin = hd::testing::kClerk;
            QElapsedTimer one;
            one.start();
            if (!m_service->pay(r))
                qFatal("payment failed");
            s.ns.push_back(one.nsecsElapsed());
        }
        s.totalNs += total.nsecsElapsed();
    }

private:
    std::unique_ptr<Store> m_store;
    std::unique_ptr<PaymentService> m_service;
    int m_count = 0;
};
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int n = std::max(kRounds, args.size() > 1 ? args.at(1).toInt() : 500);
    QTemporaryDir tmp((args.size() > 2 ? args.at(2) : QDir::tempPath()) +
                      QStringLiteral("/bench-XXXXXX"));
    Samples bare, pay, cpu;
    {
        BareWriter bareWriter(tmp.filePath(QStringLiteral("bare.sqlite")));
        PaymentWriter payWriter(tmp.filePath(QStringLiteral("pay.sqlite")), true);
        PaymentWriter cpuWriter(tmp.filePath(QStringLiteral("cpu.sqlite")), false);
        for (int round = 0; round < kRounds; ++round) {
            bareWriter.run(n / kRounds, bare);
            payWriter.run(n / kRounds, pay);
            cpuWriter.run(n / kRounds, cpu);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bare"));
    std::printf("folder: %s, %d operations each, %d alternating rounds\n", qPrintable(tmp.path()),
                n / kRounds * kRounds, kRounds);
    std::printf("%-36s %10s %10s %12s\n", "", "median ms", "p99 ms", "per second");
    bare.print("bare insert (WAL, synchronous=FULL)");
    pay.print("payment commit (PaymentService)");
    cpu.print("  same, synchronous=OFF (diagnosis)");
    std::printf("ratio payments/bare: %.2f (goal >= 0.5)\n", pay.perSecond() / bare.perSecond());
    return 0;
}
