// Writes tests/data/stores/v1.sqlite (+ .key): a store at schema version 1, as the first
// release left it, with a few rows of every kind that version 2 extends. Regenerate with
//   build/dev/tests/data/stores/make_v1_store tests/data/stores/v1.sqlite
// The key file is a throwaway test key, not a secret.

#include "../../support/paymentfixture.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace hd;
using namespace hd::testing;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: make_v1_store <path>\n");
        return 2;
    }
    const QString path = app.arguments().at(1);
    for (const QString &suffix :
         {QString(), QStringLiteral(".key"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    auto store = openStore(path, /*migrateUpTo=*/1);
    if (!store || store->schemaVersion() != 1)
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
    std::printf("%s: schema %d\n", qPrintable(path), store->schemaVersion());
    return ok ? 0 : 1;
}
