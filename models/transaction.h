#pragma once

#include "result.h"

#include <QSqlDatabase>

namespace hd {

// A write transaction (BEGIN IMMEDIATE) that rolls back unless commit() succeeded, so an
// early return or an exception never leaves half an operation in the store.
class [[nodiscard]] Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();

    bool isActive() const { return m_active; }
    const Error &beginError() const { return m_beginError; }
    Status commit();

private:
    QSqlDatabase m_db;
    Error m_beginError;
    bool m_active = false;
};

// Executes one statement and turns a failure into an Error naming it.
Status execSql(QSqlDatabase &db, const QString &sql);

} // namespace hd
