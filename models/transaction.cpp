#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace hd {

Status execSql(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Error{QStringLiteral("store.sql"),
                     QCoreApplication::translate("hd::Store", "数据库操作失败：%1（%2）")
                         .arg(query.lastError().text(), sql.left(80))};
    return {};
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    const Status begun = execSql(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_active = begun.ok();
    if (!begun)
        m_beginError = begun.error();
}

Transaction::~Transaction()
{
    if (m_active)
        (void)execSql(m_db, QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    if (!m_active)
        return m_beginError;
    const Status committed = execSql(m_db, QStringLiteral("COMMIT"));
    if (committed)
        m_active = false;
    return committed;
}

} // namespace hd
