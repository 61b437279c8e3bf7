// The child of tst_paymentcrash: takes payments in a loop and reports each one on stdout
// only after its commit returned.
// Usage: payment_crash_child <store> <count> [<uuid,account,fen to retry>]
// Lines: "INTENT <uuid>,<account>,<fen>" before paying;
//        "COMMITTED <uuid> <receipt> new|existing" after the commit.

#include "../support/paymentfixture.h"
#include "paymentservice.h"

#include <QCoreApplication>
#include <QUuid>

#include <cstdio>

using namespace hd;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: payment_crash_child <store> <count> [retry-uuid]\n");
        return 2;
    }
    auto store = Store::open(args.at(1));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    PaymentService service(*store.value());
    const int count = args.at(2).toInt();
    // The payment a killed run announced and may or may not have committed: "uuid,account,fen".
    const QStringList retry = args.size() > 3 ? args.at(3).split(QLatin1Char(',')) : QStringList();
    for (int i = 0; i < count; ++i) {
        PaymentRequest r;
        if (i == 0 && retry.size() == 3) {
            r.uuid = retry.at(0);
            r.accountNo = retry.at(1);
            r.amount = Money::fromFen(retry.at(2).toLongLong());
        } else {
            r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            // Alternate between a bill payment (allocation, bill update) and a prepaid top-up.
            r.accountNo = i % 2 ? QStringLiteral("1000000003") : QStringLiteral("1000000002");
            r.amount = Money::fromFen(100 + i % 7);
        }
        Tender t;
        t.amount = r.amount;
        t.tendered = Money::fromFen(1000);
        r.tenders = {t};
        r.operatorLogin = hd::testing::kClerk;
        std::printf("INTENT %s,%s,%lld\n", qPrintable(r.uuid), qPrintable(r.accountNo),
                    static_cast<long long>(r.amount.fen()));
        std::fflush(stdout);
        auto outcome = service.pay(r);
        if (!outcome) {
            std::fprintf(stderr, "pay failed: %s\n", qPrintable(outcome.error().message));
            return 1;
        }
        std::printf("COMMITTED %s %s %s\n", qPrintable(outcome->uuid),
                    qPrintable(outcome->receiptNo), outcome->existing ? "existing" : "new");
        std::fflush(stdout);
    }
    return 0;
}
