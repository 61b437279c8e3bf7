#include "centraldb.h"

#include "protocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

#include <array>
#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <libpq-fe.h>
#include <map>
#include <memory>
#include <mutex>
#include <sqlite3.h>
#include <thread>

namespace hd::central {

namespace {

// 1: the first schema; 2: accounts.phone and accounts.id_number encrypted (phone_cipher,
// id_cipher) with the centre's data key; 3: less index and page work per pushed payment and
// bill update; 4: the indexes ops_key and payments_account dropped (read by nothing).
constexpr int kSchemaVersion = 4;
// What meta.data_key_check hashes with the key: tells the right key from another one.
constexpr char kKeyCheckText[] = "halldesk-central data key check";
// Any fixed number; every writer takes it, so writers commit one after another.
constexpr qint64 kWriteLock = 0x48440001;

Error sqlError(const QString &what, const QSqlError &e)
{
    return Error{QStringLiteral("central.sql"),
                 QCoreApplication::translate("hd::central::CentralDb", "数据库错误（%1）：%2")
                     .arg(what, e.text())};
}

QString env(const char *name)
{
    return QProcessEnvironment::systemEnvironment().value(QLatin1String(name));
}

Error keyError(const QString &message)
{
    return Error{QStringLiteral("central.datakey"), message};
}

// The centre's data key file: base64 of 32 bytes, readable by its owner alone. Made (0600
// from the start) only when mayCreate, i.e. when the database holds nothing encrypted yet.
Result<QByteArray> loadDataKey(const QString &path, bool mayCreate, bool *created)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (!mayCreate)
            return keyError(
                CentralDb::tr("找不到中心数据密钥文件 %1。数据库中的电话和证件号码用它加密，"
                              "没有它中心无法启动（也不会以明文方式运行）。"
                              "请从备份恢复该文件，或用 --data-key 指定它的位置。")
                    .arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return keyError(
                CentralDb::tr("无法创建中心数据密钥的目录 %1。").arg(info.absolutePath()));
        auto key = FieldCipher::loadOrCreateKeyFile(path, true);
        if (!key)
            return keyError(key.error().message);
        *created = true;
        return key;
    }
    constexpr auto open = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                          QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (info.permissions() & open)
        return keyError(
            CentralDb::tr("中心数据密钥文件 %1 的权限过宽（其他用户可以读写），中心拒绝使用它。"
                          "请改为只有本用户可读写：chmod 600 %1")
                .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return keyError(
            CentralDb::tr("无法读取中心数据密钥文件 %1：%2").arg(path, file.errorString()));
    const QByteArray text = file.read(4096).trimmed();
    const QByteArray key = QByteArray::fromBase64(text, QByteArray::AbortOnBase64DecodingErrors);
    if (key.size() != FieldCipher::kKeyBytes)
        return keyError(
            CentralDb::tr("中心数据密钥文件 %1 内容无效（应为 32 字节密钥的 Base64 文本）。")
                .arg(path));
    return key;
}

// The schema of version 1 (a new database gets it, then the upgrades to kSchemaVersion), in
// SQL both PostgreSQL and SQLite accept. Every row the centre masters carries
// `seq`, the change number of its last change: the pull feed is "rows with seq > cursor".
const QStringList &schema()
{
    static const QStringList s = {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE change_counter (id INTEGER PRIMARY KEY, value BIGINT NOT "
                       "NULL)"),
        QStringLiteral("INSERT INTO change_counter (id, value) VALUES (1, 0)"),
        QStringLiteral("CREATE TABLE regions (code TEXT PRIMARY KEY, name TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE halls (code TEXT PRIMARY KEY, name TEXT NOT NULL, "
                       "region TEXT NOT NULL REFERENCES regions (code))"),
        // Terminals and channels. public_key: base64 Ed25519; acked_seq: the terminal's highest
        // outbox seq processed.
        QStringLiteral(R"(CREATE TABLE principals (
            key_id TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('terminal', 'channel')),
            public_key TEXT NOT NULL,
            hall_code TEXT REFERENCES halls (code),
            terminal_code TEXT,
            label TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            revoked_at TEXT,
            acked_seq BIGINT NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE enroll_codes (
            code_hash TEXT PRIMARY KEY,
            hall_code TEXT NOT NULL REFERENCES halls (code),
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            used_at TEXT,
            used_by TEXT))"),
        // Replay protection across workers: the primary key refuses a nonce seen before.
        QStringLiteral(R"(CREATE TABLE nonces (
            key_id TEXT NOT NULL,
            nonce TEXT NOT NULL,
            at BIGINT NOT NULL,
            PRIMARY KEY (key_id, nonce)))"),
        QStringLiteral("CREATE INDEX nonces_at ON nonces (key_id, at)"),
        QStringLiteral(R"(CREATE TABLE tariffs (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            customer_class TEXT NOT NULL,
            billing_period TEXT NOT NULL,
            tier1_limit_kwh BIGINT,
            tier2_limit_kwh BIGINT,
            price1_li BIGINT NOT NULL,
            price2_li BIGINT NOT NULL,
            price3_li BIGINT NOT NULL,
            effective_from TEXT NOT NULL,
            seq BIGINT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE accounts (
            account_no TEXT PRIMARY KEY,
            region TEXT NOT NULL REFERENCES regions (code),
            name TEXT NOT NULL,
            customer_class TEXT NOT NULL,
            address TEXT NOT NULL,
            phone TEXT NOT NULL DEFAULT '',
            id_kind TEXT NOT NULL DEFAULT '',
            id_number TEXT NOT NULL DEFAULT '',
            tariff_code TEXT NOT NULL,
            meter_no TEXT NOT NULL DEFAULT '',
            prepaid INTEGER NOT NULL DEFAULT 0,
            balance_fen BIGINT NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'active',
            blocked INTEGER NOT NULL DEFAULT 0,
            blocked_reason TEXT NOT NULL DEFAULT '',
            opened_on TEXT NOT NULL DEFAULT '',
            refund_due_fen BIGINT NOT NULL DEFAULT 0,
            seq BIGINT NOT NULL))"),
        QStringLiteral("CREATE INDEX accounts_region_seq ON accounts (region, seq)"),
        QStringLiteral(R"(CREATE TABLE bills (
            account_no TEXT NOT NULL REFERENCES accounts (account_no),
            period INTEGER NOT NULL,
            kwh_tier1 BIGINT NOT NULL DEFAULT 0,
            kwh_tier2 BIGINT NOT NULL DEFAULT 0,
            kwh_tier3 BIGINT NOT NULL DEFAULT 0,
            amount_fen BIGINT NOT NULL,
            due_date TEXT NOT NULL,
            paid_fen BIGINT NOT NULL DEFAULT 0,
            status INTEGER NOT NULL DEFAULT 0,
            penalty_from TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (account_no, period)))"),
        QStringLiteral(R"(CREATE TABLE operators (
            login TEXT PRIMARY KEY,
            hall_code TEXT,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            disabled INTEGER NOT NULL DEFAULT 0,
            seq BIGINT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            seq BIGINT NOT NULL))"),
        // Every operation received, applied or not: the permanent record that makes each op
        // count at most once. content_hash tells a replay from a reused uuid.
        QStringLiteral(R"(CREATE TABLE ops (
            op_uuid TEXT PRIMARY KEY,
            key_id TEXT NOT NULL,
            op_seq BIGINT NOT NULL,
            kind TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('applied', 'rejected')),
            reason TEXT NOT NULL DEFAULT '',
            message TEXT NOT NULL DEFAULT '',
            effect TEXT NOT NULL DEFAULT '{}',
            payload TEXT NOT NULL,
            received_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX ops_key ON ops (key_id, op_seq)"),
        // Payments from counters and channels. effect: what applying it did (Ledger).
        QStringLiteral(R"(CREATE TABLE payments (
            uuid TEXT PRIMARY KEY,
            source TEXT NOT NULL CHECK (source IN ('counter', 'channel')),
            principal TEXT NOT NULL,
            region TEXT NOT NULL,
            receipt_no TEXT NOT NULL DEFAULT '',
            account_no TEXT NOT NULL,
            kind TEXT NOT NULL,
            amount_fen BIGINT NOT NULL,
            cash_fen BIGINT NOT NULL DEFAULT 0,
            card_fen BIGINT NOT NULL DEFAULT 0,
            qr_fen BIGINT NOT NULL DEFAULT 0,
            method TEXT NOT NULL DEFAULT '',
            operator_login TEXT NOT NULL DEFAULT '',
            shift_uuid TEXT NOT NULL DEFAULT '',
            reverses_uuid TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            received_at TEXT NOT NULL,
            effect TEXT NOT NULL DEFAULT '{}',
            conflict TEXT NOT NULL DEFAULT '',
            to_credit_fen BIGINT NOT NULL DEFAULT 0,
            refund_due INTEGER NOT NULL DEFAULT 0,
            reversed_by TEXT NOT NULL DEFAULT '',
            reference TEXT NOT NULL DEFAULT '',
            seq BIGINT NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX payments_shift ON payments (shift_uuid)"),
        QStringLiteral("CREATE INDEX payments_account ON payments (account_no)"),
        QStringLiteral("CREATE INDEX payments_region_seq ON payments (region, seq)"),
        QStringLiteral(R"(CREATE TABLE shifts (
            shift_uuid TEXT PRIMARY KEY,
            key_id TEXT NOT NULL,
            opened_at TEXT NOT NULL DEFAULT '',
            opening_float_fen BIGINT NOT NULL DEFAULT 0,
            closed_at TEXT,
            expected_cash_fen BIGINT,
            expected_card_fen BIGINT,
            expected_qr_fen BIGINT,
            counted_cash_fen BIGINT,
            difference_fen BIGINT))"),
        QStringLiteral(R"(CREATE TABLE cash_movements (
            uuid TEXT PRIMARY KEY,
            shift_uuid TEXT NOT NULL,
            direction TEXT NOT NULL,
            amount_fen BIGINT NOT NULL,
            reason TEXT NOT NULL))"),
    };
    return s;
}

} // namespace

// SQLite copies the write-ahead log back into the database file (a checkpoint) every 1000 pages
// by default, inside the commit that crosses the mark: 7 % of a push's CPU and two more fsyncs,
// all while the counter waits. Here a thread with its own connection does it instead, told by
// the WAL hook after such a commit. The checkpoint is PASSIVE: it never waits for nor blocks the
// writer, and a commit stays as durable as before (WAL, synchronous=FULL). Whatever it has not
// copied when the database closes, SQLite copies at the close.
class CentralDb::Checkpointer final
{
    Q_DISABLE_COPY_MOVE(Checkpointer)
public:
    static constexpr int kPages = 1000; // SQLite's own default mark

    explicit Checkpointer(const QString &file)
        : m_file(file.toUtf8())
        , m_thread([this] { run(); })
    {}
    ~Checkpointer()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    // Installed on the writing connection: called after each commit with the WAL's size.
    static int walHook(void *self, sqlite3 *, const char *, int pages)
    {
        if (pages >= kPages) {
            auto *c = static_cast<Checkpointer *>(self);
            {
                std::lock_guard lock(c->m_mutex);
                c->m_due = true;
            }
            c->m_wake.notify_one();
        }
        return SQLITE_OK;
    }

private:
    void run()
    {
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(m_file.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            qWarning("halldesk-central: no checkpoint connection: %s", sqlite3_errmsg(db));
            sqlite3_close(db);
            db = nullptr;
        } else {
            sqlite3_busy_timeout(db, 5000);
            // A connection that has not read the database yet has not opened its log either:
            // its checkpoints would do nothing.
            sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
        }
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_stop || m_due; });
            if (m_stop)
                break;
            m_due = false;
            lock.unlock();
            // Busy (another checkpoint, a writer restarting the log): the next mark retries.
            if (db)
                sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
            lock.lock();
        }
        sqlite3_close(db);
    }

    const QByteArray m_file;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_due = false;
    bool m_stop = false;
    std::thread m_thread; // last: started once the rest is built
};

CentralDb::~CentralDb()
{
    if (m_checkpointer) { // stopped before the writer closes: the close checkpoints the rest
        const QVariant handle = m_db.driver()->handle();
        sqlite3_wal_hook(*static_cast<sqlite3 *const *>(handle.data()), nullptr, nullptr);
        m_checkpointer.reset();
    }
    for (auto &[sql, stmt] : m_rawPrepared)
        sqlite3_finalize(stmt);
    m_rawPrepared.clear();
    m_prepared.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<CentralDb>> CentralDb::open(const DatabaseConfig &config)
{
    static std::atomic<int> counter{0};
    std::unique_ptr<CentralDb> c(new CentralDb);
    c->m_connection = QStringLiteral("central-%1").arg(++counter);
    c->m_postgres = config.driver == QLatin1String("QPSQL");
    if (!c->m_postgres && config.driver != QLatin1String("QSQLITE"))
        return Error{
            QStringLiteral("central.config"),
            QCoreApplication::translate("hd::central::CentralDb",
                                        "不支持的数据库类型：%1（应为 sqlite 或 postgres）")
                .arg(config.driver)};
    c->m_db = QSqlDatabase::addDatabase(config.driver, c->m_connection);
    if (c->m_postgres) {
        c->m_db.setDatabaseName(config.name.isEmpty() ? env("PGDATABASE") : config.name);
        if (c->m_db.databaseName().isEmpty())
            c->m_db.setDatabaseName(QStringLiteral("postgres"));
        c->m_db.setHostName(config.host.isEmpty() ? env("PGHOST") : config.host);
        const QString port = env("PGPORT");
        c->m_db.setPort(config.port ? config.port : (port.isEmpty() ? 5432 : port.toInt()));
        c->m_db.setUserName(config.user.isEmpty() ? env("PGUSER") : config.user);
        c->m_db.setPassword(config.password.isEmpty() ? env("PGPASSWORD") : config.password);
    } else {
        c->m_db.setDatabaseName(config.name);
        c->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    }
    if (!c->m_db.open())
        return sqlError(QStringLiteral("open"), c->m_db.lastError());
    if (c->m_postgres) {
        // No JIT: the centre's statements each touch a few thousand rows at most, yet the
        // push's bills read was estimated above jit_above_cost whenever the statistics were
        // stale and spent 5-24 ms of a batch's ~30 ms compiling it (auto_explain; LLVM and
        // the dynamic linker were 14 % of the backend's push samples).
        for (const char *set : {"SET client_min_messages = warning", "SET jit = off"})
            if (Status s = c->run(QLatin1String(set)); !s)
                return s.error();
    } else {
        // A 64 MiB page cache: a push batch looks up and inserts rows all over the payments,
        // ops and bills indexes; with SQLite's default 2 MiB most of those pages are read again.
        for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                                   "PRAGMA foreign_keys = ON", "PRAGMA cache_size = -65536"})
            if (Status s = c->run(QLatin1String(pragma)); !s)
                return s.error();
        const QVariant handle = c->m_db.driver()->handle();
        if (config.name != QLatin1String(":memory:") && !config.name.isEmpty() &&
            handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            c->m_checkpointer = std::make_unique<Checkpointer>(config.name);
            // Replaces SQLite's automatic checkpoint (also a WAL hook) on this connection.
            sqlite3_wal_hook(*static_cast<sqlite3 *const *>(handle.data()), &Checkpointer::walHook,
                             c->m_checkpointer.get());
        }
    }
    if (Status s = c->createSchema(config); !s)
        return s.error();
    return c;
}

QString CentralDb::defaultDataKeyFile(const DatabaseConfig &config)
{
    if (const QString fromEnv = env("HALLDESK_CENTRAL_DATA_KEY"); !fromEnv.isEmpty())
        return fromEnv;
    if (config.driver != QLatin1String("QPSQL"))
        return config.name + QStringLiteral(".key");
    QString name = config.name.isEmpty() ? env("PGDATABASE") : config.name;
    if (name.isEmpty())
        name = QStringLiteral("postgres");
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/halldesk-central/") + name + QStringLiteral(".key");
}

Status CentralDb::createSchema(const DatabaseConfig &config)
{
    const int target =
        config.schemaUpTo > 0 ? std::min(config.schemaUpTo, kSchemaVersion) : kSchemaVersion;
    // Two workers may start at once on an empty database or on one to upgrade: the write lock
    // serialises them and the second finds the schema made.
    if (Status s = beginWrite(); !s)
        return s;
    auto failed = [this](const Error &e) -> Status {
        rollback();
        return e;
    };
    const bool exists =
        m_postgres ? exec(QStringLiteral("SELECT 1 FROM pg_tables WHERE tablename = 'meta' "
                                         "AND schemaname = current_schema()"))
                         .value()
                         ->next()
                   : exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = "
                                         "'meta'"))
                         .value()
                         ->next();
    if (!exists) {
        for (const QString &sql : schema())
            if (Status s = run(sql); !s)
                return failed(s.error());
        if (Status s = run(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema', '1'), "
                                          "('epoch', '1')"));
            !s)
            return failed(s.error());
    }
    QMap<QString, QString> meta;
    {
        auto q = exec(QStringLiteral("SELECT key, value FROM meta"));
        if (!q)
            return failed(q.error());
        while (q.value()->next())
            meta.insert(q.value()->value(0).toString(), q.value()->value(1).toString());
        q.value()->finish();
    }
    int version = meta.value(QStringLiteral("schema")).toInt();
    if (version < 1 || version > kSchemaVersion)
        return failed(Error{QStringLiteral("central.schema"),
                            tr("中心数据库的结构版本为 %1，本程序支持 1 到 %2。"
                               "为保护数据，本程序不会使用或修改它。")
                                .arg(meta.value(QStringLiteral("schema")))
                                .arg(kSchemaVersion)});
    if (!meta.contains(QStringLiteral("epoch")))
        return failed(
            Error{QStringLiteral("central.schema"), QStringLiteral("meta.epoch missing")});

    // From version 2 on, the data key: the key check in meta says whether this database has
    // one already (then only that key opens it); without a check, a missing file is made.
    if (std::max(version, target) >= 2) {
        m_dataKeyFile =
            config.dataKeyFile.isEmpty() ? defaultDataKeyFile(config) : config.dataKeyFile;
        const QString stored = meta.value(QStringLiteral("data_key_check"));
        auto key = loadDataKey(m_dataKeyFile, stored.isEmpty(), &m_createdKey);
        if (!key)
            return failed(key.error());
        m_cipher = FieldCipher(key.value());
        const QString check =
            QString::fromLatin1(m_cipher.lookupHash(QLatin1String(kKeyCheckText)).toHex());
        if (stored.isEmpty()) {
            if (Status s = run(QStringLiteral("INSERT INTO meta (key, value) VALUES "
                                              "('data_key_check', ?)"),
                               {check});
                !s)
                return failed(s.error());
        } else if (stored != check) {
            return failed(keyError(tr("中心数据密钥文件 %1 与数据库不匹配：数据库中的电话和证件"
                                      "号码是用另一把密钥加密的。请使用该数据库原来的密钥文件"
                                      "（中心不会以明文方式运行）。")
                                       .arg(m_dataKeyFile)));
        }
    }

    // Numbered upgrades, all in this one transaction: a failure leaves the database as it was.
    // No read may be left open (SQLite refuses to drop an index under a pending statement).
    for (auto &prepared : m_prepared)
        prepared.second->finish();
    qint64 encrypted = 0;
    const int opened = version;
    for (int next = version + 1; next <= target; ++next) {
        if (Status s = upgrade(next, &encrypted); !s)
            return failed(Error{QStringLiteral("central.schema"),
                                tr("中心数据库升级到结构版本 %1 失败，数据库保持原样：%2")
                                    .arg(next)
                                    .arg(s.error().message)});
        if (Status s = run(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema'"),
                           {QString::number(next)});
            !s)
            return failed(s.error());
        version = next;
    }
    m_schemaVersion = version;
    m_epoch = meta.value(QStringLiteral("epoch"));
    if (Status s = commit(); !s)
        return s;
    if (version > opened && !m_postgres)
        (void)run(QStringLiteral("PRAGMA secure_delete = OFF")); // only for the upgrade
    if (encrypted > 0)
        compactAfterUpgrade();
    return {};
}

Status CentralDb::upgrade(int version, qint64 *encrypted)
{
    if (version == 4) {
        // 4: two indexes no statement of the centre reads, each one more entry to write per
        // pushed op (docs/benchmarks.md, 2026-12-02 pgpush): ops (key_id, op_seq) and payments
        // (account_no). Ops are found by uuid, payments by uuid, by shift (reconcile) and,
        // channel payments only, by (region, seq) (pull). Whoever adds a query by terminal and
        // outbox number, or by account (an account's payment history at the centre), adds the
        // index back with it.
        for (const QString &sql :
             {QStringLiteral("DROP INDEX ops_key"), QStringLiteral("DROP INDEX payments_account")})
            if (Status s = run(sql); !s)
                return s;
        return {};
    }
    if (version == 3) {
        // 3: less work per pushed payment and bill update, found measuring the push on
        // PostgreSQL (docs/benchmarks.md, run I). The pull reads payments by (region, seq) only
        // for channel payments (a counter's payments reach other halls through the accounts and
        // bills they change, and keep seq 0): the index covers only those, one index entry less
        // to write per counter payment.
        for (const QString &sql :
             {QStringLiteral("DROP INDEX payments_region_seq"),
              QStringLiteral("CREATE INDEX payments_channel_seq ON payments (region, seq) WHERE "
                             "source = 'channel'")})
            if (Status s = run(sql); !s)
                return s;
        // PostgreSQL: a bill's update (paid, status) writes a new row version; with room left
        // on the page it goes on the same page as a heap-only tuple: no new entry in the
        // primary key, and an account's bills stay on the pages the pull reads them from. The
        // pages of existing rows get the room when they are rewritten (VACUUM FULL bills, at
        // a quiet hour); new pages at once. SQLite updates rows in place.
        if (m_postgres)
            if (Status s = run(QStringLiteral("ALTER TABLE bills SET (fillfactor = 90)")); !s)
                return s;
        return {};
    }
    if (version != 2)
        return Error{QStringLiteral("central.schema"), QStringLiteral("no upgrade step")};
    // 2: phone and ID numbers encrypted with the data key (XChaCha20-Poly1305, random nonce);
    // the plaintext columns are dropped. An empty value is NULL.
    const QString bytes = m_postgres ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
    // SQLite: the space the old rows free is overwritten with zeros, not left in the file.
    if (!m_postgres)
        if (Status s = run(QStringLiteral("PRAGMA secure_delete = ON")); !s)
            return s;
    for (const QString &column : {QStringLiteral("phone_cipher"), QStringLiteral("id_cipher")})
        if (Status s =
                run(QStringLiteral("ALTER TABLE accounts ADD COLUMN %1 %2").arg(column, bytes));
            !s)
            return s;
    struct Plain
    {
        QString accountNo, phone, idNumber;
    };
    QList<Plain> plain;
    {
        auto q = exec(QStringLiteral("SELECT account_no, phone, id_number FROM accounts WHERE "
                                     "phone <> '' OR id_number <> ''"));
        if (!q)
            return q.error();
        while (q.value()->next())
            plain.append({q.value()->value(0).toString(), q.value()->value(1).toString(),
                          q.value()->value(2).toString()});
        q.value()->finish();
    }
    auto seal = [this](const QString &text) {
        return text.isEmpty() ? QByteArray() : m_cipher.encryptText(text);
    };
    if (m_postgres) {
        // In batches, each one statement and one round trip (the ciphertexts as base64).
        for (qsizetype from = 0; from < plain.size(); from += 10000) {
            RowSet rows({RowSet::Type::Text, RowSet::Type::Text, RowSet::Type::Text});
            for (qsizetype i = from; i < std::min(plain.size(), from + 10000); ++i)
                rows << plain[i].accountNo << QString::fromLatin1(seal(plain[i].phone).toBase64())
                     << QString::fromLatin1(seal(plain[i].idNumber).toBase64());
            if (Status s = runRows(
                    QStringLiteral("UPDATE accounts SET phone_cipher = decode(NULLIF(j.column2, "
                                   "''), 'base64'), id_cipher = decode(NULLIF(j.column3, ''), "
                                   "'base64') FROM {rows} AS j WHERE accounts.account_no = "
                                   "j.column1"),
                    rows);
                !s)
                return s;
        }
    } else {
        for (const Plain &p : plain)
            if (Status s = run(QStringLiteral("UPDATE accounts SET phone_cipher = ?, id_cipher = "
                                              "? WHERE account_no = ?"),
                               {seal(p.phone), seal(p.idNumber), p.accountNo});
                !s)
                return s;
    }
    for (const QString &column : {QStringLiteral("phone"), QStringLiteral("id_number")})
        if (Status s = run(QStringLiteral("ALTER TABLE accounts DROP COLUMN ") + column); !s)
            return s;
    *encrypted += plain.size();
    return {};
}

void CentralDb::compactAfterUpgrade()
{
    // The plaintext of the upgraded rows must not stay in the files either: PostgreSQL keeps
    // old row versions until a VACUUM FULL rewrites the table; SQLite rewrites the file with
    // VACUUM and empties its WAL.
    const QStringList steps = m_postgres
                                  ? QStringList{QStringLiteral("VACUUM FULL accounts")}
                                  : QStringList{QStringLiteral("VACUUM"),
                                                QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")};
    for (const QString &sql : steps)
        if (Status s = run(sql); !s) {
            // The rows are encrypted and committed; only the file's free space may still hold
            // old bytes. Said, not fatal: an operator can run the statement by hand.
            qWarning("halldesk-central: after the upgrade, %s failed: %s", qPrintable(sql),
                     qPrintable(s.error().message));
            return;
        }
}

Result<QSqlQuery *> CentralDb::exec(const QString &sql, const QVariantList &values)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            return sqlError(sql.left(60), q->lastError());
        it = m_prepared.emplace(sql, std::move(q)).first;
    }
    QSqlQuery *q = it->second.get();
    q->finish();
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values[i];
        // An empty QString() is "no text", not SQL NULL (the columns are NOT NULL DEFAULT '').
        if (v.typeId() == QMetaType::QString && !v.isNull() && v.toString().isNull())
            q->bindValue(int(i), QStringLiteral(""));
        else
            q->bindValue(int(i), v);
    }
    if (!q->exec())
        return sqlError(sql.left(60), q->lastError());
    return q;
}

Status CentralDb::run(const QString &sql, const QVariantList &values)
{
    if (values.isEmpty()) {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            return sqlError(sql.left(60), q.lastError());
        return {};
    }
    auto q = exec(sql, values);
    if (!q)
        return q.error();
    return {};
}

namespace {

// A JSON string of UTF-8 text (as sync::appendJsonString, for text already in UTF-8). Two
// passes: the escapes are counted, the room made once, then the bytes written in place. A
// batch's texts are ~2.5 MB, much of it payloads full of quotes; appending escape by escape
// was 8 % of the centre's push CPU (perf).
void appendJsonUtf8(QByteArray &out, QByteArrayView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    // Bytes each input byte adds beyond itself: 1 for \" \\ \n \r \t, 5 for \u00XX.
    static constexpr auto extra = [] {
        std::array<unsigned char, 256> e{};
        for (int c = 0; c < 0x20; ++c)
            e[c] = 5;
        for (unsigned char c : {'"', '\\', '\n', '\r', '\t'})
            e[c] = 1;
        return e;
    }();
    const auto *in = reinterpret_cast<const unsigned char *>(text.data());
    const qsizetype n = text.size();
    qsizetype grow = 0;
    for (qsizetype i = 0; i < n; ++i)
        grow += extra[in[i]];
    const qsizetype at = out.size();
    out.resize(at + n + grow + 2);
    char *o = out.data() + at;
    *o++ = '"';
    if (grow == 0) {
        std::memcpy(o, in, size_t(n));
        o += n;
    } else {
        for (qsizetype i = 0; i < n; ++i) {
            const unsigned char c = in[i];
            switch (extra[c]) {
            case 0:
                *o++ = char(c);
                break;
            case 1:
                *o++ = '\\';
                *o++ = c == '\n' ? 'n' : c == '\r' ? 'r' : c == '\t' ? 't' : char(c);
                break;
            default:
                *o++ = '\\';
                *o++ = 'u';
                *o++ = '0';
                *o++ = '0';
                *o++ = hex[c >> 4];
                *o++ = hex[c & 0xf];
            }
        }
    }
    *o = '"';
}

class SqliteRow final : public RowReader
{
public:
    explicit SqliteRow(sqlite3_stmt *stmt)
        : m_stmt(stmt)
    {}
    QString text(int column) const override
    {
        return QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)),
            sqlite3_column_bytes(m_stmt, column));
    }
    QByteArray utf8(int column) const override
    {
        return QByteArray::fromRawData(
            reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)),
            sqlite3_column_bytes(m_stmt, column));
    }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_stmt, column); }

private:
    sqlite3_stmt *m_stmt;
};

class PgRow final : public RowReader
{
public:
    explicit PgRow(const PGresult *result)
        : m_result(result)
    {}
    QString text(int column) const override
    {
        return QString::fromUtf8(PQgetvalue(m_result, m_row, column),
                                 PQgetlength(m_result, m_row, column));
    }
    QByteArray utf8(int column) const override
    {
        return QByteArray::fromRawData(PQgetvalue(m_result, m_row, column),
                                       PQgetlength(m_result, m_row, column));
    }
    qint64 integer(int column) const override
    {
        return std::strtoll(PQgetvalue(m_result, m_row, column), nullptr, 10);
    }
    void setRow(int row) { m_row = row; }

private:
    const PGresult *m_result;
    int m_row = 0;
};

} // namespace

Status CentralDb::runRows(const QString &sql, const RowSet &rows,
                          const std::function<void(const RowReader &)> &row)
{
    if (rows.isEmpty())
        return {};
    const QList<RowSet::Type> &types = rows.columns();
    const qsizetype columns = types.size();
    const qsizetype total = rows.rows();
    if (m_postgres) {
        // One jsonb array of arrays: one parameter, one round trip, whatever the row count.
        QByteArray json;
        json.reserve(rows.textBytes() + total * columns * 8 + 16);
        json += '[';
        for (qsizetype r = 0; r < total; ++r) {
            json += r == 0 ? "[" : "],[";
            for (qsizetype c = 0; c < columns; ++c) {
                if (c > 0)
                    json += ',';
                if (types[c] == RowSet::Type::Integer)
                    json += QByteArray::number(rows.integer(r, c));
                else
                    appendJsonUtf8(json, rows.text(r, c));
            }
        }
        json += "]]";
        QString source = QStringLiteral("(SELECT ");
        for (qsizetype c = 0; c < columns; ++c)
            source += QStringLiteral("%1CAST(r.value->>%2 AS %3) AS column%4")
                          .arg(c > 0 ? QStringLiteral(", ") : QString())
                          .arg(c)
                          .arg(types[c] == RowSet::Type::Integer ? QStringLiteral("BIGINT")
                                                                 : QStringLiteral("TEXT"))
                          .arg(c + 1);
        source += QStringLiteral(" FROM jsonb_array_elements(CAST($1 AS jsonb)) AS r(value))");
        // Sent through libpq as a bound parameter: Qt's QPSQL driver would write the ~1 MB
        // of a push batch into the statement's text as an escaped literal (copied several times
        // in the centre), which PostgreSQL's SQL lexer then reads character by character (≈ 9 %
        // of the backend's time in a push, perf).
        auto connection = pgConnection();
        if (!connection)
            return connection.error();
        PGconn *conn = *connection;
        const QByteArray text = QString(sql).replace(QStringLiteral("{rows}"), source).toUtf8();
        const char *values[] = {json.constData()};
        const int lengths[] = {int(json.size())};
        const int formats[] = {0};
        std::unique_ptr<PGresult, void (*)(PGresult *)> res(
            PQexecParams(conn, text.constData(), 1, nullptr, values, lengths, formats, 0), PQclear);
        const ExecStatusType status = res ? PQresultStatus(res.get()) : PGRES_FATAL_ERROR;
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
            return sqlError(
                sql.left(60),
                QSqlError(QString(), QString::fromUtf8(res ? PQresultErrorMessage(res.get())
                                                           : PQerrorMessage(conn))
                                         .trimmed()));
        if (row) {
            PgRow reader(res.get());
            for (int i = 0, n = PQntuples(res.get()); i < n; ++i) {
                reader.setRow(i);
                row(reader);
            }
        }
        return {};
    }

    // SQLite: VALUES lists in chunks whose sizes are powers of two (a few statement texts,
    // each prepared once), bound straight through SQLite's API.
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error{QStringLiteral("central.sql"), QStringLiteral("no sqlite3 handle")};
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.data());
    QString tuple = QStringLiteral("(?");
    for (qsizetype c = 1; c < columns; ++c)
        tuple += QStringLiteral(", ?");
    tuple += u')';
    for (qsizetype done = 0; done < total;) {
        qsizetype n = 256;
        while (n > total - done)
            n /= 2;
        QString list = QStringLiteral("(VALUES ");
        for (qsizetype i = 0; i < n; ++i) {
            if (i > 0)
                list += u',';
            list += tuple;
        }
        list += u')';
        const QString text = QString(sql).replace(QStringLiteral("{rows}"), list);
        auto it = m_rawPrepared.find(text);
        if (it == m_rawPrepared.end()) {
            sqlite3_stmt *stmt = nullptr;
            const QByteArray utf8 = text.toUtf8();
            if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &stmt, nullptr) !=
                SQLITE_OK) {
                sqlite3_finalize(stmt);
                return sqlError(text.left(60), QSqlError(QString::fromUtf8(sqlite3_errmsg(db))));
            }
            it = m_rawPrepared.emplace(text, stmt).first;
        }
        sqlite3_stmt *stmt = it->second;
        // The texts stay in `rows` until the statement is reset: bound without a copy.
        for (qsizetype r = 0; r < n; ++r)
            for (qsizetype c = 0; c < columns; ++c) {
                const int param = int(r * columns + c + 1);
                if (types[c] == RowSet::Type::Integer) {
                    sqlite3_bind_int64(stmt, param, rows.integer(done + r, c));
                } else {
                    const QByteArray &s = rows.text(done + r, c);
                    sqlite3_bind_text(stmt, param, s.isNull() ? "" : s.constData(), int(s.size()),
                                      SQLITE_STATIC);
                }
            }
        const SqliteRow reader(stmt);
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            if (row)
                row(reader);
        const QString error = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        if (!error.isNull())
            return sqlError(text.left(60), QSqlError(error));
        done += n;
    }
    return {};
}

Result<PGconn *> CentralDb::pgConnection()
{
    const QVariant handle = m_db.driver()->handle();
    // Qt 6 names the type as the compiler spells it (PGconn is a typedef of pg_conn).
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return Error{QStringLiteral("central.sql"), QStringLiteral("no PGconn handle")};
    // No Qt query may still be reading a result on the connection.
    for (auto &prepared : m_prepared)
        prepared.second->finish();
    return *static_cast<PGconn *const *>(handle.data());
}

Status CentralDb::insertRows(const QString &table, const QStringList &columns, const RowSet &rows)
{
    Q_ASSERT(columns.size() == rows.columns().size());
    if (rows.isEmpty())
        return {};
    if (!m_postgres) {
        QString select;
        for (qsizetype c = 0; c < columns.size(); ++c)
            select += QStringLiteral("%1j.column%2")
                          .arg(c > 0 ? QStringLiteral(", ") : QString())
                          .arg(c + 1);
        return runRows(QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM {rows} AS j")
                           .arg(table, columns.join(QStringLiteral(", ")), select),
                       rows);
    }
    auto connection = pgConnection();
    if (!connection)
        return connection.error();
    PGconn *conn = *connection;
    const QList<RowSet::Type> &types = rows.columns();
    // COPY's text format: a tab between values, a newline after each row, and in a text a
    // backslash before a backslash, and \t, \n, \r for those characters.
    QByteArray data;
    data.reserve(rows.textBytes() + rows.rows() * types.size() * 8);
    for (qsizetype r = 0; r < rows.rows(); ++r) {
        for (qsizetype c = 0; c < types.size(); ++c) {
            if (c > 0)
                data += '\t';
            if (types[c] == RowSet::Type::Integer) {
                data += QByteArray::number(rows.integer(r, c));
                continue;
            }
            const QByteArray &text = rows.text(r, c);
            qsizetype from = 0;
            for (qsizetype i = 0; i < text.size(); ++i) {
                const char ch = text[i];
                if (ch != '\\' && ch != '\t' && ch != '\n' && ch != '\r')
                    continue;
                data.append(text.constData() + from, i - from);
                data += '\\';
                data += ch == '\t' ? 't' : ch == '\n' ? 'n' : ch == '\r' ? 'r' : '\\';
                from = i + 1;
            }
            data.append(text.constData() + from, text.size() - from);
        }
        data += '\n';
    }
    const QByteArray sql = QStringLiteral("COPY %1 (%2) FROM STDIN")
                               .arg(table, columns.join(QStringLiteral(", ")))
                               .toUtf8();
    auto failed = [&](const char *message) {
        return sqlError(QStringLiteral("COPY ") + table,
                        QSqlError(QString(), QString::fromUtf8(message).trimmed()));
    };
    {
        std::unique_ptr<PGresult, void (*)(PGresult *)> res(PQexec(conn, sql.constData()), PQclear);
        if (!res || PQresultStatus(res.get()) != PGRES_COPY_IN)
            return failed(res ? PQresultErrorMessage(res.get()) : PQerrorMessage(conn));
    }
    const bool sent = PQputCopyData(conn, data.constData(), int(data.size())) == 1 &&
                      PQputCopyEnd(conn, nullptr) == 1;
    // The outcome of the COPY, then the end of its results (also after a failed send).
    Status outcome;
    if (!sent)
        outcome = failed(PQerrorMessage(conn));
    while (PGresult *res = PQgetResult(conn)) {
        if (outcome && PQresultStatus(res) != PGRES_COMMAND_OK)
            outcome = failed(PQresultErrorMessage(res));
        PQclear(res);
    }
    return outcome;
}

Status CentralDb::beginWrite()
{
    if (m_postgres) {
        if (Status s = run(QStringLiteral("BEGIN")); !s)
            return s;
        m_inTx = true;
        if (Status s = run(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriteLock));
            !s) {
            rollback();
            return s;
        }
        return {};
    }
    if (Status s = run(QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s;
    m_inTx = true;
    return {};
}

Status CentralDb::beginRead()
{
    Status s = run(m_postgres ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                              : QStringLiteral("BEGIN"));
    if (s)
        m_inTx = true;
    return s;
}

Status CentralDb::commit()
{
    for (auto &[sql, q] : m_prepared)
        q->finish();
    if (m_seq >= 0) {
        const qint64 last = m_seq;
        m_seq = -1;
        if (Status s =
                run(QStringLiteral("UPDATE change_counter SET value = ? WHERE id = 1"), {last});
            !s) {
            rollback();
            return s;
        }
    }
    Status s = run(QStringLiteral("COMMIT"));
    if (!s)
        rollback();
    m_inTx = false;
    return s;
}

void CentralDb::rollback()
{
    for (auto &[sql, q] : m_prepared)
        q->finish();
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
    m_inTx = false;
    m_seq = -1;
}

Result<qint64> CentralDb::nextSeq()
{
    // Under the write lock nobody else takes numbers: read the counter once per transaction,
    // count in memory, and store the last number with the commit.
    if (m_seq < 0) {
        auto q = exec(QStringLiteral("SELECT value FROM change_counter WHERE id = 1"));
        if (!q)
            return q.error();
        if (!q.value()->next())
            return Error{QStringLiteral("central.sql"), QStringLiteral("change_counter missing")};
        m_seq = q.value()->value(0).toLongLong();
        q.value()->finish();
    }
    return ++m_seq;
}

Status CentralDb::bumpEpoch()
{
    if (Status s = beginWrite(); !s)
        return s;
    const QString next = QString::number(m_epoch.toLongLong() + 1);
    if (Status s = run(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'epoch'"), {next});
        !s) {
        rollback();
        return s;
    }
    if (Status s = commit(); !s)
        return s;
    m_epoch = next;
    return {};
}

} // namespace hd::central
