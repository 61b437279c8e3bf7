// Search latency on a large store, per query kind, side by side with a plain LIKE '%…%'
// scan over the searchable text columns, and the store's size on disk.
//
//   bench_search STORE [ACCOUNTS=1000000] [QUERIES_PER_KIND=300] [LIKE_QUERIES_PER_KIND=15]
//
// STORE is generated (seed 1) when it does not exist; an existing one is reused. Prints
// figures only: a benchmark never fails on time.

#include "accountsearch.h"
#include "demodata.h"
#include "store.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace hd;

namespace {
struct Kind
{
    const char *name;
    QStringList queries;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t i = std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

QStringList column(Store &store, const QString &sql, int n)
{
    QStringList out;
    QSqlQuery q(store.db());
    q.prepare(sql);
    q.addBindValue(n);
    q.exec();
    while (q.next())
        out << q.value(0).toString();
    return out;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_search STORE [ACCOUNTS] [QUERIES] [LIKE_QUERIES]\n";
        return 2;
    }
    const QString path = args.at(1);
    const int accounts = args.size() > 2 ? args.at(2).toInt() : 1'000'000;
    const int perKind = args.size() > 3 ? args.at(3).toInt() : 300;
    const int likePerKind = args.size() > 4 ? args.at(4).toInt() : 15;

    const bool fresh = !QFileInfo::exists(path);
    Store::Options options;
    options.mode = Store::OpenMode::CreateIfMissing;
    auto opened = Store::open(path, options);
    if (!opened) {
        QTextStream(stderr) << opened.error().message << '\n';
        return 1;
    }
    Store &store = *opened.value();
    if (fresh) {
        DemoDataGenerator::Options g;
        g.accounts = accounts;
        g.seed = 1;
        g.asOf = QDate(2026, 11, 23);
        QElapsedTimer t;
        t.start();
        auto s = DemoDataGenerator::generate(store, g);
        if (!s) {
            QTextStream(stderr) << s.error().message << '\n';
            return 1;
        }
        out << "generated " << s->accounts << " accounts, " << s->bills << " bills, " << s->payments
            << " payments in " << double(t.elapsed()) / 1000.0 << " s\n";
    }
    (void)execSql(store.db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    QSqlQuery count(store.db());
    count.exec(QStringLiteral("SELECT count(*) FROM accounts"));
    count.next();
    out << "store: " << count.value(0).toLongLong() << " accounts, "
        << QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) << " MiB on disk\n";

    // Realistic queries drawn from the store's own data.
    const QString random = QStringLiteral(" ORDER BY random() LIMIT ?");
    const QStringList numbers =
        column(store, QStringLiteral("SELECT account_no FROM accounts") + random, perKind);
    QStringList prefixes;
    for (const QString &n : numbers)
        prefixes << n.left(7);
    const QStringList names = column(
        store,
        QStringLiteral("SELECT name FROM accounts WHERE customer_class = 'residential'") + random,
        perKind);
    QStringList partial;
    for (const QString &n : names)
        partial << n.right(2);
    QStringList phones, ids, last4;
    {
        QSqlQuery q(store.db());
        q.prepare(QStringLiteral("SELECT phone_cipher, id_cipher, phone_last4 FROM accounts WHERE "
                                 "id_kind = 'resident_id'") +
                  random);
        q.addBindValue(perKind);
        q.exec();
        while (q.next()) {
            phones << store.cipher().decryptText(q.value(0).toByteArray()).value();
            ids << store.cipher().decryptText(q.value(1).toByteArray()).value();
            last4 << q.value(2).toString();
        }
    }
    const QStringList compounds =
        column(store, QStringLiteral("SELECT name FROM places WHERE kind = 3") + random, perKind);
    QStringList rooms;
    {
        QSqlQuery q(store.db());
        q.prepare(QStringLiteral("SELECT p.name, a.building, a.room FROM accounts a JOIN places p "
                                 "ON p.id = a.compound_id") +
                  random);
        q.addBindValue(perKind);
        q.exec();
        while (q.next())
            rooms << QStringLiteral("%1 %2栋%3")
                         .arg(q.value(0).toString())
                         .arg(q.value(1).toInt())
                         .arg(q.value(2).toInt());
    }

    const std::vector<Kind> kinds = {
        {"account number", numbers}, {"account prefix", prefixes}, {"name (full)", names},
        {"name (2 chars)", partial}, {"phone (full)", phones},     {"phone (last 4)", last4},
        {"compound", compounds},     {"compound+3栋502", rooms},   {"ID number", ids},
    };

    AccountSearch search(store);
    QSqlQuery like(store.db());
    like.prepare(QStringLiteral("SELECT id FROM accounts WHERE account_no LIKE :q OR name LIKE :q "
                                "OR address LIKE :q OR phone_last4 LIKE :q LIMIT 50"));
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("kind"), -18)
               .arg(QStringLiteral("n"), 5)
               .arg(QStringLiteral("median ms"), 10)
               .arg(QStringLiteral("p99 ms"), 9)
               .arg(QStringLiteral("LIKE med ms"), 12)
               .arg(QStringLiteral("LIKE p99"), 10)
               .arg(QStringLiteral("ratio(med)"), 11);
    for (const Kind &kind : kinds) {
        std::vector<double> ours;
        std::vector<double> scan;
        int empty = 0;
        for (const QString &q : kind.queries) {
            QElapsedTimer t;
            t.start();
            const auto hits = search.search(q, 50);
            ours.push_back(double(t.nsecsElapsed()) / 1e6);
            empty += hits.isEmpty() ? 1 : 0;
        }
        for (int i = 0; i < std::min<int>(likePerKind, int(kind.queries.size())); ++i) {
            QElapsedTimer t;
            t.start();
            like.bindValue(QStringLiteral(":q"),
                           QString(QLatin1Char('%') + kind.queries.at(i) + QLatin1Char('%')));
            like.exec();
            while (like.next()) {
            }
            scan.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        const double med = percentile(ours, 0.5);
        const double likeMed = percentile(scan, 0.5);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7%8\n")
                   .arg(QString::fromUtf8(kind.name), -18)
                   .arg(ours.size(), 5)
                   .arg(med, 10, 'f', 3)
                   .arg(percentile(ours, 0.99), 9, 'f', 3)
                   .arg(likeMed, 12, 'f', 1)
                   .arg(percentile(scan, 0.99), 10, 'f', 1)
                   .arg(med > 0 ? likeMed / med : 0, 10, 'f', 0)
                   .arg(empty ? QStringLiteral("  (%1 without hits)").arg(empty) : QString());
        out.flush();
    }
    return 0;
}
