#include "syncconfig.h"

#include "store.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace hd::sync {

QString syncState(Store &store, const QString &key, const QString &fallback)
{
    QSqlQuery q(store.db());
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status setSyncState(Store &store, const QString &key, const QString &value)
{
    QSqlQuery q(store.db());
    q.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) "
                             "DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? QStringLiteral("") : value); // NULL is not "no value"
    if (!q.exec())
        return Error{QStringLiteral("store.sql"), q.lastError().text()};
    return {};
}

QString SyncConfig::keyFile(const Store &store)
{
    return store.path() + QStringLiteral(".sync-key");
}

Result<SyncConfig> SyncConfig::load(Store &store)
{
    SyncConfig c;
    c.central = QUrl(syncState(store, QStringLiteral("central_url")));
    c.caFile = syncState(store, QStringLiteral("ca_file"));
    c.keyId = syncState(store, QStringLiteral("key_id"));
    c.hallCode = syncState(store, QStringLiteral("hall_code"));
    c.region = syncState(store, QStringLiteral("region"));
    if (c.keyId.isEmpty())
        return c;
    QFile f(keyFile(store));
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("sync.key"),
                     QCoreApplication::translate("hd::sync::SyncConfig",
                                                 "找不到本终端的同步密钥文件 %1，请重新注册终端。")
                         .arg(f.fileName())};
    c.secretKey = QByteArray::fromBase64(f.readAll().trimmed());
    return c;
}

Status SyncConfig::save(Store &store) const
{
    QSaveFile f(keyFile(store));
    const QByteArray text = secretKey.toBase64() + '\n';
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size() ||
        !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || !f.commit())
        return Error{
            QStringLiteral("sync.key"),
            QCoreApplication::translate("hd::sync::SyncConfig", "无法写入同步密钥文件 %1。")
                .arg(f.fileName())};
    for (const auto &[k, v] :
         {std::pair{QStringLiteral("central_url"), central.toString()},
          std::pair{QStringLiteral("ca_file"), caFile}, std::pair{QStringLiteral("key_id"), keyId},
          std::pair{QStringLiteral("hall_code"), hallCode},
          std::pair{QStringLiteral("region"), region}})
        if (Status s = setSyncState(store, k, v); !s)
            return s;
    return {};
}

} // namespace hd::sync
