#include "trustedkeys.h"

#include "store.h"
#include "terminalkey.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace hd {

namespace {
TrustedKey fromRow(const QSqlQuery &q)
{
    return {q.value(0).toString(),
            q.value(1).toString(),
            QByteArray::fromBase64(q.value(2).toString().toLatin1()),
            q.value(3).toString(),
            q.value(4).toString(),
            q.value(5).toString(),
            QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs)};
}

const QString kColumns =
    QStringLiteral("key_id, terminal, public_key, source, label, added_by, added_at");
} // namespace

bool TrustedKeys::isTerminalId(const QString &terminal)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}$"));
    return pattern.match(terminal).hasMatch();
}

Status TrustedKeys::add(const QString &terminal, const QByteArray &publicKey, Source source,
                        const QString &label, const QString &addedBy)
{
    if (!isTerminalId(terminal))
        return Error{QStringLiteral("trust.terminal"),
                     QCoreApplication::translate("hd::TrustedKeys",
                                                 "终端编号应为“营业厅-终端”，例如 4401-03：%1")
                         .arg(terminal)};
    if (publicKey.size() != TerminalKey::kPublicKeyBytes)
        return Error{QStringLiteral("trust.key"),
                     QCoreApplication::translate("hd::TrustedKeys",
                                                 "公钥应为 32 字节（Base64 编码 44 个字符）。")};
    const QString id = TerminalKey::keyIdOf(publicKey);
    if (find(id))
        return Error{
            QStringLiteral("trust.exists"),
            QCoreApplication::translate("hd::TrustedKeys", "公钥 %1 已在信任列表中。").arg(id)};
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("INSERT INTO terminal_keys (") + kColumns +
              QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(terminal);
    q.addBindValue(QString::fromLatin1(publicKey.toBase64()));
    q.addBindValue(source == Source::Self      ? QStringLiteral("self")
                   : source == Source::Central ? QStringLiteral("central")
                                               : QStringLiteral("manual"));
    q.addBindValue(label.isNull() ? QStringLiteral("") : label);
    q.addBindValue(addedBy.isNull() ? QStringLiteral("") : addedBy);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return Error{QStringLiteral("store.sql"),
                     QCoreApplication::translate("hd::TrustedKeys", "无法保存公钥：%1")
                         .arg(q.lastError().text())};
    return {};
}

std::optional<TrustedKey> TrustedKeys::find(const QString &keyId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM terminal_keys WHERE key_id = ?"));
    q.addBindValue(keyId.toUpper());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<TrustedKey> TrustedKeys::all() const
{
    QList<TrustedKey> keys;
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral("SELECT ") + kColumns +
                QStringLiteral(" FROM terminal_keys ORDER BY terminal, added_at")))
        return keys;
    while (q.next())
        keys.append(fromRow(q));
    return keys;
}

} // namespace hd
