#include "documentstore.h"

#include "auditlog.h"
#include "store.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace hd {

namespace {
Error dbError(const QSqlQuery &q)
{
    return Error{QStringLiteral("store.sql"),
                 QCoreApplication::translate("hd::DocumentStore", "数据库操作失败：%1")
                     .arg(q.lastError().text())};
}

QByteArray pack(const QList<QByteArray> &pages)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << quint32(pages.size());
    for (const QByteArray &p : pages)
        s << p;
    return out;
}

Result<QList<QByteArray>> unpack(const QByteArray &packed)
{
    QDataStream s(packed);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 n = 0;
    s >> n;
    QList<QByteArray> pages;
    for (quint32 i = 0; i < n && i < 16 && s.status() == QDataStream::Ok; ++i) {
        QByteArray p;
        s >> p;
        pages << p;
    }
    if (s.status() != QDataStream::Ok || quint32(pages.size()) != n)
        return Error{QStringLiteral("document.corrupt"),
                     QCoreApplication::translate("hd::DocumentStore", "证件图像数据损坏。")};
    return pages;
}

const char *kColumns = "id, uuid, account_id, type, version, pages, sha256, size_bytes, quality, "
                       "captured_by, captured_at";

DocumentRecord fromQuery(const QSqlQuery &q)
{
    DocumentRecord r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.accountId = q.value(2).toLongLong();
    r.type = q.value(3).toString();
    r.version = q.value(4).toInt();
    r.pages = q.value(5).toInt();
    r.sha256 = q.value(6).toString();
    r.sizeBytes = q.value(7).toLongLong();
    r.quality = QJsonDocument::fromJson(q.value(8).toByteArray()).object();
    r.capturedBy = q.value(9).toString();
    r.capturedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    r.capturedAt.setTimeSpec(Qt::UTC);
    return r;
}
} // namespace

Status schemaV5Documents(QSqlDatabase &db)
{
    for (const QString &sql : {
             QStringLiteral(R"(CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            account_id INTEGER NOT NULL REFERENCES accounts (id),
            type TEXT NOT NULL CHECK (type IN ('id-card', 'a4', 'licence')),
            version INTEGER NOT NULL DEFAULT 1,
            pages INTEGER NOT NULL CHECK (pages BETWEEN 1 AND 16),
            image_cipher BLOB NOT NULL,
            sha256 TEXT NOT NULL,
            size_bytes INTEGER NOT NULL,
            quality TEXT NOT NULL DEFAULT '{}',
            captured_by TEXT NOT NULL,
            captured_at TEXT NOT NULL,
            UNIQUE (account_id, type, version)))"),
             QStringLiteral("CREATE INDEX documents_account ON documents (account_id)"),
         })
        if (Status s = execSql(db, sql); !s)
            return s;
    return {};
}

Result<DocumentRecord> DocumentStore::add(qint64 accountId, const QString &type,
                                          const QList<QByteArray> &pageImages,
                                          const QJsonObject &quality, const Operator &by)
{
    if (pageImages.isEmpty() || pageImages.size() > 16)
        return Error{
            QStringLiteral("document.pages"),
            QCoreApplication::translate("hd::DocumentStore", "证件图像页数不对（1 至 16 页）。")};
    if (type == QLatin1String("id-card") && pageImages.size() != 2)
        return Error{
            QStringLiteral("document.id-sides"),
            QCoreApplication::translate("hd::DocumentStore", "身份证须拍正反两面后一起保存。")};
    if (!m_store.cipher().isValid())
        return Error{QStringLiteral("store.key"),
                     QCoreApplication::translate("hd::DocumentStore",
                                                 "本机数据库密钥不可用，无法加密保存证件。")};
    const QByteArray plain = pack(pageImages);
    DocumentRecord r;
    r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.accountId = accountId;
    r.type = type;
    r.pages = int(pageImages.size());
    r.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(plain, QCryptographicHash::Sha256).toHex());
    r.sizeBytes = plain.size();
    r.quality = quality;
    r.capturedBy = by.login;
    r.capturedAt = QDateTime::currentDateTimeUtc();

    Transaction tx(m_store.db());
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) + 1 FROM documents "
                             "WHERE account_id = ? AND type = ?"));
    q.addBindValue(accountId);
    q.addBindValue(type);
    if (!q.exec() || !q.next())
        return dbError(q);
    r.version = q.value(0).toInt();
    q.prepare(QStringLiteral(
        "INSERT INTO documents (uuid, account_id, type, version, pages, image_cipher, sha256, "
        "size_bytes, quality, captured_by, captured_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.uuid);
    q.addBindValue(accountId);
    q.addBindValue(type);
    q.addBindValue(r.version);
    q.addBindValue(r.pages);
    q.addBindValue(m_store.cipher().encrypt(plain));
    q.addBindValue(r.sha256);
    q.addBindValue(r.sizeBytes);
    q.addBindValue(QString::fromUtf8(QJsonDocument(quality).toJson(QJsonDocument::Compact)));
    q.addBindValue(r.capturedBy);
    q.addBindValue(r.capturedAt.toString(Qt::ISODateWithMs));
    if (!q.exec())
        return Error{
            QStringLiteral("document.insert"),
            QCoreApplication::translate("hd::DocumentStore", "无法保存证件（户号是否存在？）：%1")
                .arg(q.lastError().text())};
    r.id = q.lastInsertId().toLongLong();
    if (Status s = AuditLog(m_store).append(by.login, QStringLiteral("document.capture"),
                                            {{QStringLiteral("uuid"), r.uuid},
                                             {QStringLiteral("account_id"), accountId},
                                             {QStringLiteral("type"), type},
                                             {QStringLiteral("sha256"), r.sha256}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return r;
}

Result<std::vector<DocumentRecord>> DocumentStore::forAccount(qint64 accountId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT %1 FROM documents WHERE account_id = ? ORDER BY id")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(accountId);
    if (!q.exec())
        return dbError(q);
    std::vector<DocumentRecord> out;
    while (q.next())
        out.push_back(fromQuery(q));
    return out;
}

Result<DocumentRecord> DocumentStore::byUuid(const QString &uuid) const
{
    QSqlQuery q(m_store.db());
    q.prepare(
        QStringLiteral("SELECT %1 FROM documents WHERE uuid = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(uuid);
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return Error{QStringLiteral("document.missing"),
                     QCoreApplication::translate("hd::DocumentStore", "找不到该证件记录。")};
    return fromQuery(q);
}

Result<QList<QByteArray>> DocumentStore::pages(const QString &uuid, const Operator &viewer)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT image_cipher, sha256 FROM documents WHERE uuid = ?"));
    q.addBindValue(uuid);
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return Error{QStringLiteral("document.missing"),
                     QCoreApplication::translate("hd::DocumentStore", "找不到该证件记录。")};
    const Result<QByteArray> plain = m_store.cipher().decrypt(q.value(0).toByteArray());
    if (!plain)
        return plain.error();
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(*plain, QCryptographicHash::Sha256).toHex());
    if (sha != q.value(1).toString())
        return Error{
            QStringLiteral("document.tampered"),
            QCoreApplication::translate("hd::DocumentStore",
                                        "证件图像校验失败（SHA-256 不符），记录可能被篡改。")};
    if (Status s = AuditLog(m_store).append(viewer.login, QStringLiteral("document.view"),
                                            {{QStringLiteral("uuid"), uuid}});
        !s)
        return s.error();
    return unpack(*plain);
}

Status DocumentStore::authoriseExport(const QString &uuid, const Operator &by,
                                      const QString &target)
{
    if (!mayExport(by.role))
        return Error{
            QStringLiteral("document.export-denied"),
            QCoreApplication::translate("hd::DocumentStore", "导出证件需值班长或管理员权限。")};
    if (Result<DocumentRecord> r = byUuid(uuid); !r)
        return r.error();
    return AuditLog(m_store).append(
        by.login, QStringLiteral("document.export"),
        {{QStringLiteral("uuid"), uuid}, {QStringLiteral("target"), target}});
}

} // namespace hd
