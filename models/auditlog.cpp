#include "auditlog.h"

#include "store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hd {

namespace {
QString entryHash(qint64 seq, const QString &uuid, const QString &at, const QString &op,
                  const QString &action, const QString &detail, const QString &prevHash)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const QString canonical = QString::number(seq) + QLatin1Char('\x1f') + uuid +
                              QLatin1Char('\x1f') + at + QLatin1Char('\x1f') + op +
                              QLatin1Char('\x1f') + action + QLatin1Char('\x1f') + detail +
                              QLatin1Char('\x1f') + prevHash;
    h.addData(canonical.toUtf8());
    return QString::fromLatin1(h.result().toHex());
}
} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

Status AuditLog::append(const QString &operatorLogin, const QString &action,
                        const QJsonObject &detail)
{
    QSqlQuery last(m_store.db());
    if (!last.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return Error{QStringLiteral("store.sql"),
                     QCoreApplication::translate("hd::AuditLog", "无法写入审计日志：%1")
                         .arg(last.lastError().text())};
    qint64 seq = 1;
    QString prev = genesisHash();
    if (last.next()) {
        seq = last.value(0).toLongLong() + 1;
        prev = last.value(1).toString();
    }
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString detailText =
        QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("INSERT INTO audit_log (seq, uuid, at, operator_login, action, "
                             "detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(seq);
    q.addBindValue(uuid);
    q.addBindValue(at);
    // A null QString binds as SQL NULL; "no operator" (a system event) is stored as ''.
    q.addBindValue(operatorLogin.isNull() ? QStringLiteral("") : operatorLogin);
    q.addBindValue(action);
    q.addBindValue(detailText);
    q.addBindValue(prev);
    q.addBindValue(entryHash(seq, uuid, at, operatorLogin, action, detailText, prev));
    if (!q.exec())
        return Error{QStringLiteral("store.sql"),
                     QCoreApplication::translate("hd::AuditLog", "无法写入审计日志：%1")
                         .arg(q.lastError().text())};
    return {};
}

AuditLog::Verification AuditLog::verify() const
{
    Verification v;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, uuid, at, operator_login, action, detail, prev_hash, "
                               "hash FROM audit_log ORDER BY seq"))) {
        v.intact = false;
        v.reason = QCoreApplication::translate("hd::AuditLog", "无法读取审计日志：%1")
                       .arg(q.lastError().text());
        return v;
    }
    QString prev = genesisHash();
    qint64 expectedSeq = 1;
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        ++v.entries;
        auto broken = [&](const QString &why) {
            v.intact = false;
            v.firstBrokenSeq = seq;
            v.reason = why;
        };
        if (seq != expectedSeq) {
            broken(
                QCoreApplication::translate("hd::AuditLog", "第 %1 条之前缺少记录（应为第 %2 条）")
                    .arg(seq)
                    .arg(expectedSeq));
            return v;
        }
        if (q.value(6).toString() != prev) {
            broken(QCoreApplication::translate("hd::AuditLog", "第 %1 条的前序哈希与上一条不符")
                       .arg(seq));
            return v;
        }
        const QString hash =
            entryHash(seq, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString(), q.value(5).toString(), prev);
        if (hash != q.value(7).toString()) {
            broken(QCoreApplication::translate("hd::AuditLog", "第 %1 条内容被修改（哈希不符）")
                       .arg(seq));
            return v;
        }
        prev = hash;
        ++expectedSeq;
    }
    return v;
}

} // namespace hd
