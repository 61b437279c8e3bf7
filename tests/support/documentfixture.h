#pragma once

// The store the document tests file documents under: a fresh store in a temporary folder with
// one residential account (4401000001 张三), a clerk (clerk1) and a supervisor (sup1).

#include "operators.h"
#include "store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace hd::testing {

struct DocumentFixture
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Store> store;
    Operator clerk, supervisor;
    qint64 account = 0;

    // Empty on success, else what failed.
    QString setUp()
    {
        dir = std::make_unique<QTemporaryDir>();
        Store::Options o;
        o.mode = Store::OpenMode::CreateIfMissing;
        auto opened = Store::open(dir->filePath(QStringLiteral("hall.db")), o);
        if (!opened)
            return opened.error().message;
        store = std::move(opened).value();
        QSqlQuery q(store->db());
        if (!q.exec(QStringLiteral(
                "INSERT INTO tariffs (code, name, customer_class, billing_period, price1_li, "
                "price2_li, price3_li, effective_from) VALUES ('R1', '居民', 'residential', "
                "'annual', 588, 638, 888, '2024-01-01')")) ||
            !q.exec(QStringLiteral(
                "INSERT INTO accounts (account_no, name, customer_class, address, tariff_code) "
                "VALUES ('4401000001', '张三', 'residential', '越秀区某路1号', 'R1')")))
            return q.lastError().text();
        account = q.lastInsertId().toLongLong();
        OperatorDirectory ops(*store);
        auto c = ops.create(QStringLiteral("clerk1"), QStringLiteral("王收费"), Role::Clerk,
                            QStringLiteral("pass-clerk-123"));
        auto s = ops.create(QStringLiteral("sup1"), QStringLiteral("李值班"), Role::Supervisor,
                            QStringLiteral("pass-sup-123"));
        if (!c || !s)
            return QStringLiteral("operators: %1").arg(!c ? c.error().message : s.error().message);
        clerk = *c;
        supervisor = *s;
        return {};
    }

    void tearDown()
    {
        store.reset();
        dir.reset();
    }
};

} // namespace hd::testing
