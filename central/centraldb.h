#pragma once

#include "fieldcipher.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <map>
#include <memory>

struct sqlite3_stmt;

struct pg_conn; // libpq's PGconn

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
    // The centre's data key: phone and ID numbers are encrypted with it at rest. Base64 of 32
    // bytes in a file only its owner may read (0600). Empty: $HALLDESK_CENTRAL_DATA_KEY, else
    // beside an SQLite database ("<file>.key"), else for PostgreSQL
    // "~/.config/halldesk-central/<database>.key". Made when the database has no data key yet
    // (a new database, or one of schema version 1); once a database holds a key check, a
    // missing, unreadable or other key refuses to open it.
    QString dataKeyFile;
    // Tests: create or upgrade the schema only up to this version (0: the latest).
    int schemaUpTo = 0;
};

// The rows of a set-based statement (CentralDb::runRows): a table of text and integer
// columns, filled row by row, each value as its column's type. Texts (kept in UTF-8, what
// SQLite stores) and integers are kept apart: a push batch fills tens of thousands of values.
class RowSet final
{
public:
    enum class Type { Text, Integer };
    explicit RowSet(QList<Type> columns)
        : m_columns(std::move(columns))
    {
        m_rank.reserve(m_columns.size());
        for (Type t : std::as_const(m_columns))
            m_rank.append(t == Type::Text ? m_textColumns++ : m_integerColumns++);
    }
    RowSet &operator<<(const QString &text) { return *this << text.toUtf8(); }
    RowSet &operator<<(const QByteArray &utf8) // a text already in UTF-8
    {
        Q_ASSERT(m_columns[m_cells % m_columns.size()] == Type::Text);
        m_texts.append(utf8);
        m_textBytes += utf8.size();
        ++m_cells;
        return *this;
    }
    RowSet &operator<<(qint64 number)
    {
        Q_ASSERT(m_columns[m_cells % m_columns.size()] == Type::Integer);
        m_integers.append(number);
        ++m_cells;
        return *this;
    }
    RowSet &operator<<(int number) { return *this << qint64(number); }

    const QList<Type> &columns() const { return m_columns; }
    qsizetype rows() const { return m_cells / m_columns.size(); }
    bool isEmpty() const { return m_cells == 0; }
    qsizetype textBytes() const { return m_textBytes; } // of all texts, in UTF-8
    // The value of a Text (UTF-8) or Integer column.
    const QByteArray &text(qsizetype row, qsizetype column) const
    {
        return m_texts[row * m_textColumns + m_rank[column]];
    }
    qint64 integer(qsizetype row, qsizetype column) const
    {
        return m_integers[row * m_integerColumns + m_rank[column]];
    }

private:
    QList<Type> m_columns;
    QList<qsizetype> m_rank; // each column's index among the columns of its type
    qsizetype m_textColumns = 0;
    qsizetype m_integerColumns = 0;
    qsizetype m_cells = 0;
    qsizetype m_textBytes = 0;
    QList<QByteArray> m_texts;
    QList<qint64> m_integers;
};

// One result row of CentralDb::runRows.
class RowReader
{
public:
    virtual ~RowReader() = default;
    virtual QString text(int column) const = 0;
    // The text as UTF-8; on SQLite without a copy, valid until the next row.
    virtual QByteArray utf8(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
};

// One connection. Write transactions are serialised (PostgreSQL: a transaction-level advisory
// lock; SQLite: BEGIN IMMEDIATE), so change numbers taken inside them commit in order and a
// reader never skips one.
class CentralDb final
{
    Q_DISABLE_COPY_MOVE(CentralDb)
    Q_DECLARE_TR_FUNCTIONS(hd::central::CentralDb)
public:
    ~CentralDb();
    static Result<std::unique_ptr<CentralDb>> open(const DatabaseConfig &config);

    static QString defaultDataKeyFile(const DatabaseConfig &config);

    bool isPostgres() const { return m_postgres; }
    QSqlDatabase &db() { return m_db; }
    int schemaVersion() const { return m_schemaVersion; }
    // Encrypts and decrypts accounts.phone_cipher and accounts.id_cipher.
    const FieldCipher &cipher() const { return m_cipher; }
    QString dataKeyFile() const { return m_dataKeyFile; }
    bool createdDataKey() const { return m_createdKey; } // this open() made the key file

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
    // Appends the rows to `table`, one column each (named in `columns`, in the RowSet's
    // order). PostgreSQL: COPY FROM STDIN in text format, no JSON for the server to parse and
    // take apart (a push batch's ops and payments, ~1 MB); SQLite: runRows' INSERT.
    Status insertRows(const QString &table, const QStringList &columns, const RowSet &rows);

private:
    CentralDb() = default;
    Result<pg_conn *> pgConnection(); // for libpq's own calls, no Qt query reading
    Status createSchema(const DatabaseConfig &config);
    Status upgrade(int version, qint64 *encrypted);
    void compactAfterUpgrade();

    QSqlDatabase m_db;
    QString m_connection;
    bool m_postgres = false;
    bool m_inTx = false;
    qint64 m_seq = -1; // the last change number taken in this write transaction
    QString m_epoch;
    int m_schemaVersion = 0;
    FieldCipher m_cipher;
    QString m_dataKeyFile;
    bool m_createdKey = false;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    std::map<QString, sqlite3_stmt *> m_rawPrepared; // runRows on SQLite
    class Checkpointer;
    std::unique_ptr<Checkpointer>
        m_checkpointer; // SQLite: the WAL copied back off the request path
};

} // namespace hd::central
