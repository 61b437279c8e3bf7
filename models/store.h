#pragma once

#include "fieldcipher.h"
#include "result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace hd {

struct StoreIdentity
{
    QString hallCode;     // e.g. 4401
    QString terminalCode; // e.g. 03
    QString hallName;     // e.g. 越秀供电营业厅
};

// The counter's local SQLite store: WAL, synchronous=FULL, foreign keys on, schema brought
// up to date by numbered migrations in one transaction when opened. One Store is one
// connection: use it from the thread that opened it; other threads open their own.
class Store final
{
    Q_DISABLE_COPY_MOVE(Store)
public:
    enum class OpenMode {
        CreateIfMissing,
        ExistingOnly,
    };
    struct Options
    {
        OpenMode mode = OpenMode::ExistingOnly;
        // Where the key that encrypts personal data lives; empty: "<store>.key" beside it.
        QString keyFile;
        // For tests of the upgrade path only: stop migrating at this version.
        int migrateUpTo = 0;
    };

    ~Store();

    // Refuses, with a message and without touching the file, a store written by a newer
    // program (schema version above latestSchemaVersion()).
    static Result<std::unique_ptr<Store>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Store>> open(const QString &path)
    {
        return open(path, Options{});
    }

    // The path to use when none is given: $HALLDESK_STORE, else the user's data folder.
    static QString defaultPath();

    QSqlDatabase &db() { return m_db; }
    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    const FieldCipher &cipher() const { return m_cipher; }

    StoreIdentity identity() const;
    Status setIdentity(const StoreIdentity &identity);
    QString info(const QString &key) const;
    Status setInfo(const QString &key, const QString &value);

private:
    Store() = default;
    Status migrate(int upTo);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    FieldCipher m_cipher;
    int m_schemaVersion = 0;
};

} // namespace hd
