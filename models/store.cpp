#include "store.h"

#include "migrations.h"
#include "transaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace hd {

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<int> counter = 0;
    return QStringLiteral("hd-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

Result<int> readUserVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Error{
            QStringLiteral("store.open"),
            QCoreApplication::translate(
                "hd::Store", "无法读取数据库版本：%1。该文件可能不是 HallDesk 数据库或已损坏。")
                .arg(q.lastError().text())};
    return q.value(0).toInt();
}
} // namespace

Store::~Store()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString Store::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("HALLDESK_STORE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/halldesk.sqlite");
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, const Options &options)
{
    const QFileInfo file(path);
    if (options.mode == OpenMode::ExistingOnly && !file.exists())
        return Error{
            QStringLiteral("store.missing"),
            QCoreApplication::translate(
                "hd::Store", "找不到数据库 %1。请先用 hallctl init 创建，或用 --store 指定路径。")
                .arg(path)};
    if (options.mode == OpenMode::CreateIfMissing && !file.exists())
        QDir().mkpath(file.absolutePath());

    std::unique_ptr<Store> store(new Store);
    store->m_path = path;
    store->m_connectionName = nextConnectionName();
    store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
    store->m_db.setDatabaseName(path);
    if (!store->m_db.open())
        return Error{QStringLiteral("store.open"),
                     QCoreApplication::translate("hd::Store", "无法打开数据库 %1：%2")
                         .arg(path, store->m_db.lastError().text())};

    // Look before touching: a store from a newer program must stay exactly as it is, so the
    // version is read before any pragma that writes (journal_mode=WAL does).
    auto version = readUserVersion(store->m_db);
    if (!version)
        return version.error();
    if (version.value() > latestSchemaVersion())
        return Error{
            QStringLiteral("store.newer-schema"),
            QCoreApplication::translate(
                "hd::Store",
                "数据库 %1 由更新版本的 HallDesk 创建（数据结构版本 %2，本程序支持到 %3）。"
                "为保护数据，本程序不会打开或修改它，请升级 HallDesk。")
                .arg(path)
                .arg(version.value())
                .arg(latestSchemaVersion())};

    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                               "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000"}) {
        if (Status s = execSql(store->m_db, QString::fromLatin1(pragma)); !s)
            return s.error();
    }

    const QString keyPath =
        options.keyFile.isEmpty() ? path + QStringLiteral(".key") : options.keyFile;
    auto key = FieldCipher::loadOrCreateKeyFile(keyPath, /*mayCreate=*/version.value() == 0);
    if (!key)
        return key.error();

    store->m_schemaVersion = version.value();
    const int target = options.migrateUpTo > 0 ? options.migrateUpTo : latestSchemaVersion();
    if (Status s = store->migrate(target); !s)
        return s.error();

    store->m_cipher = FieldCipher(key.value());
    return store;
}

Status Store::migrate(int upTo)
{
    if (m_schemaVersion >= upTo)
        return {};
    // All pending steps in one transaction: a failure leaves the store at its old version.
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto version = readUserVersion(m_db); // re-read under the write lock
    if (!version)
        return version.error();
    for (const Migration &step : migrations()) {
        if (step.version <= version.value() || step.version > upTo)
            continue;
        if (Status s = step.apply(m_db); !s)
            return Error{QStringLiteral("store.migrate"),
                         QCoreApplication::translate("hd::Store",
                                                     "数据库升级到版本 %1 失败，数据库保持原样：%2")
                             .arg(step.version)
                             .arg(s.error().message)};
        if (Status s = execSql(m_db, QStringLiteral("PRAGMA user_version = %1").arg(step.version));
            !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    m_schemaVersion = upTo;
    return {};
}

QString Store::info(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM store_info WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Status Store::setInfo(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO store_info (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return Error{QStringLiteral("store.sql"),
                     QCoreApplication::translate("hd::Store", "无法保存设置 %1：%2")
                         .arg(key, q.lastError().text())};
    return {};
}

StoreIdentity Store::identity() const
{
    return {info(QStringLiteral("hall_code")), info(QStringLiteral("terminal_code")),
            info(QStringLiteral("hall_name"))};
}

Status Store::setIdentity(const StoreIdentity &identity)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (identity.hallCode.size() != 4 || !digits.match(identity.hallCode).hasMatch())
        return Error{QStringLiteral("store.identity"),
                     QCoreApplication::translate("hd::Store", "营业厅编码应为 4 位数字：%1")
                         .arg(identity.hallCode)};
    if (identity.terminalCode.size() != 2 || !digits.match(identity.terminalCode).hasMatch())
        return Error{QStringLiteral("store.identity"),
                     QCoreApplication::translate("hd::Store", "终端编码应为 2 位数字：%1")
                         .arg(identity.terminalCode)};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    for (const auto &[key, value] :
         {std::pair{QStringLiteral("hall_code"), identity.hallCode},
          std::pair{QStringLiteral("terminal_code"), identity.terminalCode},
          std::pair{QStringLiteral("hall_name"), identity.hallName}}) {
        if (Status s = setInfo(key, value); !s)
            return s;
    }
    return tx.commit();
}

} // namespace hd
