#include "outbox.h"

#include "store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace hd {

Status Outbox::append(const QString &opUuid, const QString &kind, const QJsonObject &payload)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("INSERT INTO outbox (op_uuid, kind, schema_version, payload, "
                             "created_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(opUuid);
    q.addBindValue(kind);
    q.addBindValue(kPayloadVersion);
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return Error{QStringLiteral("store.sql"),
                     QCoreApplication::translate("hd::Outbox", "无法写入待上传队列：%1")
                         .arg(q.lastError().text())};
    return {};
}

qint64 Outbox::pendingCount() const
{
    QSqlQuery q(m_store.db());
    if (q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

} // namespace hd
