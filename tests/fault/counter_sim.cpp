// A counter for the fault harness: the real store, payment service, shift ledger and sync
// engine, driven by a seed. Each run takes a few payments, reversals, cash movements and shift
// closes, trying to sync after some of them, and exits; the harness kills it at random moments.
//
//   counter_sim --store PATH --central URL --seed N --ops N
//   counter_sim --store PATH --central URL --drain      sync until nothing waits
#include "cashcount.h"
#include "paymentservice.h"
#include "shiftledger.h"
#include "store.h"
#include "syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <cstdio>

using namespace hd;

namespace {
const QString kClerk = QStringLiteral("clerk1");
const QString kSupervisor = QStringLiteral("super1");
const QString kPassword = QStringLiteral("demo123");

CashCount countOf(qint64 fen)
{
    return CashCount::fromJson(
        {{QStringLiteral("100"), int(fen / 100)}, {QStringLiteral("1"), int(fen % 100)}});
}

QStringList column(Store &store, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(store.db());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    QStringList out;
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("store"), QStringLiteral("store"), QStringLiteral("path")},
                  {QStringLiteral("central"), QStringLiteral("url"), QStringLiteral("url")},
                  {QStringLiteral("seed"), QStringLiteral("seed"), QStringLiteral("n")},
                  {QStringLiteral("ops"), QStringLiteral("ops"), QStringLiteral("n")},
                  {QStringLiteral("drain"), QStringLiteral("drain")}});
    p.process(app);
    auto opened = Store::open(p.value(QStringLiteral("store")));
    if (!opened) {
        std::fprintf(stderr, "store: %s\n", qPrintable(opened.error().message));
        return 3;
    }
    Store &store = *opened.value();
    auto config = sync::SyncConfig::load(store);
    if (!config || !config->enrolled())
        return 3;
    auto options = sync::SyncEngine::clientOptions(config.value());
    options.central = QUrl(p.value(QStringLiteral("central")));
    options.timeoutMs = 5000;
    sync::SyncClient client(options);
    sync::SyncEngine engine(store, client);
    engine.setBatchSize(7);
    engine.setPageSize(40);

    if (p.isSet(QStringLiteral("drain"))) {
        QString last;
        for (int i = 0; i < 100; ++i) {
            auto r = engine.runOnce();
            if (r && sync::SyncEngine::status(store).pending == 0)
                return 0;
            if (!r)
                last = r.error().message;
            QThread::msleep(50);
        }
        std::fprintf(stderr, "drain: %lld still pending: %s\n",
                     qlonglong(sync::SyncEngine::status(store).pending), qPrintable(last));
        return 1;
    }

    QRandomGenerator rng(quint32(p.value(QStringLiteral("seed")).toUInt()));
    ShiftLedger ledger(store);
    PaymentService payments(store);
    if (!ledger.current())
        (void)ledger.open(kClerk, countOf(20000));
    const QStringList accounts =
        column(store, QStringLiteral("SELECT account_no FROM accounts ORDER BY account_no"));
    if (accounts.isEmpty())
        return 3;
    const int ops = p.value(QStringLiteral("ops")).toInt();
    for (int i = 0; i < ops; ++i) {
        const double roll = rng.generateDouble();
        if (roll < 0.65) {
            PaymentRequest r;
            r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            r.accountNo = accounts[rng.bounded(int(accounts.size()))];
            r.amount = Money::fromFen(1 + rng.bounded(80000));
            Tender t;
            t.amount = r.amount;
            if (rng.bounded(3) == 0) {
                t.method = PaymentMethod::Card;
                t.cardRef = QStringLiteral("%1").arg(rng.bounded(100000, 999999));
                t.cardLast4 = QStringLiteral("%1").arg(rng.bounded(1000, 9999));
            }
            r.tenders = {t};
            r.operatorLogin = kClerk;
            (void)payments.pay(r);
        } else if (roll < 0.82) {
            auto shift = ledger.current();
            if (shift) {
                const QStringList candidates =
                    column(store,
                           QStringLiteral(
                               "SELECT receipt_no FROM payments p WHERE shift_id = ? AND kind != "
                               "'reversal' AND channel = 'counter' AND NOT EXISTS (SELECT 1 FROM "
                               "payments r WHERE r.reverses_uuid = p.uuid) ORDER BY receipt_no"),
                           {shift->id});
                if (!candidates.isEmpty())
                    (void)payments.reverse(candidates[rng.bounded(int(candidates.size()))],
                                           QStringLiteral("客户要求退回"), kClerk, kSupervisor,
                                           kPassword);
            }
        } else if (roll < 0.93) {
            (void)ledger.moveCash(ShiftLedger::Direction::In, Money::fromFen(1 + rng.bounded(5000)),
                                  QStringLiteral("补充零钱"), kClerk);
        } else {
            auto preview = ledger.preview(CashCount());
            if (preview) {
                (void)ledger.close(kClerk, countOf(preview->totals.expectedCash().fen()),
                                   std::nullopt, std::nullopt, kSupervisor, kPassword);
                (void)ledger.open(kClerk, countOf(20000));
            }
        }
        if (rng.bounded(2) == 0)
            (void)engine.runOnce();
    }
    (void)engine.runOnce();
    return 0;
}
