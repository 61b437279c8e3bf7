#pragma once

// Seeds a store for payment tests: the hall identity, a clerk and a supervisor, a residential
// account, a non-residential one and a prepaid one with open bills. Header-only, shared by
// the unit, fault and bench tests.

#include "operators.h"
#include "store.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace hd::testing {

inline const QString kClerk = QStringLiteral("clerk1");
inline const QString kClerkPassword = QStringLiteral("demo123");
inline const QString kSupervisor = QStringLiteral("super1");
inline const QString kSupervisorPassword = QStringLiteral("demo123");

inline bool exec(Store &store, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(store.db());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("SQL failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

inline QVariant scalar(Store &store, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(store.db());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

inline std::unique_ptr<Store> openStore(const QString &path, int migrateUpTo = 0)
{
    Store::Options o;
    o.mode = Store::OpenMode::CreateIfMissing;
    o.migrateUpTo = migrateUpTo;
    auto store = Store::open(path, o);
    if (!store) {
        qWarning("open store: %s", qPrintable(store.error().message));
        return nullptr;
    }
    return std::move(store).value();
}

inline qint64 addAccount(Store &store, const QString &no, const QString &name,
                         const QString &customerClass, bool prepaid = false)
{
    exec(store, QStringLiteral(
                    "INSERT OR IGNORE INTO tariffs (code, name, customer_class, "
                    "billing_period, price1_li, price2_li, price3_li, effective_from) VALUES "
                    "('R1', '居民阶梯', 'residential', 'annual', 538, 588, 838, '2024-01-01')"));
    exec(store,
         QStringLiteral("INSERT INTO accounts (account_no, name, customer_class, address, "
                        "tariff_code, prepaid) VALUES (?, ?, ?, '越秀区示范路1号', 'R1', ?)"),
         {no, name, customerClass, prepaid ? 1 : 0});
    return scalar(store, QStringLiteral("SELECT id FROM accounts WHERE account_no = ?"), {no})
        .toLongLong();
}

inline bool addBill(Store &store, qint64 accountId, int period, qint64 amountFen, QDate due,
                    qint64 paidFen = 0)
{
    return exec(store,
                QStringLiteral("INSERT INTO bills (account_id, period, amount_fen, due_date, "
                               "paid_fen) VALUES (?, ?, ?, ?, ?)"),
                {accountId, period, amountFen, due.toString(Qt::ISODate), paidFen});
}

// clerk1 (王芳) and super1 (李强). Argon2id is slow by design (~0.25 s a hash on 2 cores) and
// several hundred tests seed a store, so each password is hashed once per test process and
// every store gets its operators with that hash (OperatorDirectory::createHashed, the same rows
// and audit entries as create). Logging in still checks the password against the hash.
inline bool addFixtureOperators(Store &store)
{
    static const QString clerkHash = OperatorDirectory::hashPassword(kClerkPassword);
    static const QString supervisorHash = OperatorDirectory::hashPassword(kSupervisorPassword);
    OperatorDirectory dir(store);
    return dir.createHashed(kClerk, QStringLiteral("王芳"), Role::Clerk, clerkHash).ok() &&
           dir.createHashed(kSupervisor, QStringLiteral("李强"), Role::Supervisor, supervisorHash)
               .ok();
}

// Identity 4401-03, clerk1 and super1, and the accounts:
//  1000000001 residential: 200.00 due 2024-03-15, 150.00 due 2024-04-15
//  1000000002 non-residential: 10,000.00 due 2024-05-15
//  1000000003 prepaid residential, no bills
//  1000000004 residential, blocked, 50.00 due 2024-03-15
inline std::unique_ptr<Store> seededStore(const QString &path, bool withOperators = true)
{
    auto store = openStore(path);
    if (!store)
        return nullptr;
    if (!store->setIdentity(
            {QStringLiteral("4401"), QStringLiteral("03"), QStringLiteral("越秀供电营业厅")}))
        return nullptr;
    if (withOperators && !addFixtureOperators(*store))
        return nullptr;
    const qint64 a1 = addAccount(*store, QStringLiteral("1000000001"), QStringLiteral("张三"),
                                 QStringLiteral("residential"));
    addBill(*store, a1, 202402, 20000, QDate(2024, 3, 15));
    addBill(*store, a1, 202403, 15000, QDate(2024, 4, 15));
    const qint64 a2 = addAccount(*store, QStringLiteral("1000000002"), QStringLiteral("示范机械厂"),
                                 QStringLiteral("non_residential"));
    addBill(*store, a2, 202404, 1000000, QDate(2024, 5, 15));
    addAccount(*store, QStringLiteral("1000000003"), QStringLiteral("李四"),
               QStringLiteral("residential"), true);
    const qint64 a4 = addAccount(*store, QStringLiteral("1000000004"), QStringLiteral("王五"),
                                 QStringLiteral("residential"));
    exec(*store,
         QStringLiteral("UPDATE accounts SET blocked = 1, blocked_reason = '欠费超过30天' "
                        "WHERE id = ?"),
         {a4});
    addBill(*store, a4, 202402, 5000, QDate(2024, 3, 15));
    return store;
}

} // namespace hd::testing
