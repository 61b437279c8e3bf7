// Writes a store at an earlier schema version, as that release left it, with a few rows of
// every kind the later versions extend:
//   build/dev/tests/data/stores/make_fixture_store 1 tests/data/stores/v1.sqlite
//   build/dev/tests/data/stores/make_fixture_store 2 tests/data/stores/v2.sqlite   (…)
// Only the migrations up to that version run, so the file is what that release wrote. Version 1
// has no payment service yet: its one payment is inserted as that release's import did. From
// version 2 on, a shift is opened and a cash payment taken through the payment service.
// The key file is a throwaway test key, not a secret.

#include "../../support/paymentfixture.h"
#include "paymentservice.h"
#include "shiftledger.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace hd;
using namespace hd::testing;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool versionOk = false;
    const int version = args.size() == 3 ? args.at(1).toInt(&versionOk) : 0;
    if (!versionOk || version < 1) {
        std::fprintf(stderr, "usage: make_fixture_store <schema version> <path>\n");
        return 2;
    }
    const QString path = args.at(2);
    for (const QString &suffix :
         {QString(), QStringLiteral(".key"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    auto store = openStore(path, version);
    if (!store || store->schemaVersion() != version)
        return 1;
    bool ok = bool(store->setIdentity(
        {QStringLiteral("4401"), QStringLiteral("03"), QStringLiteral("越秀供电营业厅")}));
    ok = ok && OperatorDirectory(*store)
                   .create(kClerk, QStringLiteral("王芳"), Role::Clerk, kClerkPassword)
                   .ok();
    const qint64 a1 = addAccount(*store, QStringLiteral("1000000001"), QStringLiteral("张三"),
                                 QStringLiteral("residential"));
    ok = ok && addBill(*store, a1, 202402, 20000, QDate(2024, 3, 15), 5000);
    ok = ok && addBill(*store, a1, 202403, 15000, QDate(2024, 4, 15));
    ok = ok && exec(*store,
                    QStringLiteral("INSERT INTO payments (uuid, receipt_no, account_id, kind, "
                                   "amount_fen, method, operator_login, created_at) VALUES "
                                   "('0b7f3c1e-8d6a-4c55-9a0e-3f1b2c4d5e6f', '4401-03-00000007', "
                                   "?, 'bill', 5000, 'cash', 'clerk1', "
                                   "'2024-03-10T02:00:00.000Z')"),
                    {a1});
    if (version >= 2) {
        // A second account paid at the counter through this release's payment service: a
        // shift, its tender, allocation and outbox entry.
        const qint64 a2 =
            addAccount(*store, QStringLiteral("1000000002"), QStringLiteral("示范机械厂"),
                       QStringLiteral("non_residential"));
        ok = ok && addBill(*store, a2, 202404, 30000, QDate(2024, 5, 15));
        ok = ok && ShiftLedger(*store).open(kClerk, {}).ok();
        PaymentRequest r;
        r.uuid = QStringLiteral("5d6c1a2b-3e4f-4a5b-8c7d-9e0f1a2b3c4d");
        r.accountNo = QStringLiteral("1000000002");
        r.amount = Money::fromFen(30000);
        Tender t;
        t.amount = r.amount;
        t.tendered = Money::fromFen(30000);
        r.tenders = {t};
        r.operatorLogin = kClerk;
        PaymentService service(*store);
        service.setClock([] { return QDateTime(QDate(2024, 5, 10), QTime(2, 0), Qt::UTC); });
        const auto paid = service.pay(r);
        if (!paid)
            std::fprintf(stderr, "pay: %s\n", qPrintable(paid.error().message));
        ok = ok && paid.ok();
    }
    std::printf("%s: schema %d\n", qPrintable(path), store->schemaVersion());
    return ok ? 0 : 1;
}
