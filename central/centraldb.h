#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace hd::central {

// Where the centre keeps its data: PostgreSQL in production, SQLite as the embedded
// single-hall default. One storage layer; the SQL is written for both.
struct DatabaseConfig
{
    QString driver = QStringLiteral("QSQLITE"); // QSQLITE | QPSQL
    QString name;     // SQLite: file path; PostgreSQL: database name (empty: $PGDATABASE)
    QString host;     // PostgreSQL only; empty: $PGHOST
    int port = 0;     // 0: $PGPORT or 5432
    QString user;     // empty: $PGUSER
    QString password; // empty: $PGPASSWORD
};

// One connection. Write transactions are serialised (PostgreSQL: a transaction-level advisory
// lock; SQLite: BEGIN IMMEDIATE), so change numbers taken inside them commit in order and a
// reader never skips one.
class CentralDb final
{
    Q_DISABLE_COPY_MOVE(CentralDb)
public:
    ~CentralDb();
    static Result<std::unique_ptr<CentralDb>> open(const DatabaseConfig &config);

    bool isPostgres() const { return m_postgres; }
    QSqlDatabase &db() { return m_db; }

    Status beginWrite();
    Status beginRead(); // one snapshot for several statements
    Status commit();
    void rollback();
    bool inTransaction() const { return m_inTx; }

    // The next change number; only inside beginWrite().
    Result<qint64> nextSeq();
    QString epoch() const { return m_epoch; }
    Status bumpEpoch(); // every cursor handed out before becomes "too old"

    // Runs a statement with positional bind values; the query is kept prepared per SQL text.
    Result<QSqlQuery *> exec(const QString &sql, const QVariantList &values = {});
    Status run(const QString &sql, const QVariantList &values = {});

private:
    CentralDb() = default;
    Status createSchema();

    QSqlDatabase m_db;
    QString m_connection;
    bool m_postgres = false;
    bool m_inTx = false;
    qint64 m_seq = -1; // the last change number taken in this write transaction
    QString m_epoch;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
};

} // namespace hd::central
