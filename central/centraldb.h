#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <map>
#include <memory>

struct sqlite3_stmt;

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

// The rows of a set-based statement (CentralDb::runRows): a table of text and integer
// columns, filled row by row.
class RowSet final
{
public:
    enum class Type { Text, Integer };
    explicit RowSet(QList<Type> columns)
        : m_columns(std::move(columns))
    {}
    RowSet &operator<<(const QString &text)
    {
        m_values.append(text);
        return *this;
    }
    RowSet &operator<<(qint64 number)
    {
        m_values.append(number);
        return *this;
    }
    RowSet &operator<<(int number) { return *this << qint64(number); }

    const QList<Type> &columns() const { return m_columns; }
    const QVariantList &values() const { return m_values; } // row after row
    qsizetype rows() const { return m_values.size() / m_columns.size(); }
    bool isEmpty() const { return m_values.isEmpty(); }

private:
    QList<Type> m_columns;
    QVariantList m_values;
};

// One result row of CentralDb::runRows.
class RowReader
{
public:
    virtual ~RowReader() = default;
    virtual QString text(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
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

    // A statement over a set of rows that it reads as the table `{rows}`, with columns
    // column1 … columnN, e.g. "INSERT INTO t (a, b) SELECT j.column1, j.column2 FROM {rows} AS
    // j", "UPDATE t SET b = j.column2 FROM {rows} AS j WHERE t.a = j.column1" or "… WHERE a IN
    // (SELECT j.column1 FROM {rows} AS j)". Each value is a bound parameter, never SQL text.
    // SQLite: VALUES lists of up to 256 rows, bound through SQLite's own API (per value, QtSql
    // costs more than SQLite's work); PostgreSQL: the rows as one jsonb parameter, so a whole
    // batch is one round trip. For a query, `row` is called for each result row.
    Status runRows(const QString &sql, const RowSet &rows,
                   const std::function<void(const RowReader &)> &row = {});

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
    std::map<QString, sqlite3_stmt *> m_rawPrepared; // runRows on SQLite
};

} // namespace hd::central
