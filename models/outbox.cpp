#include "outbox.h"

#include "money.h"
#include "store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace hd {

Status Outbox::append(const QString &opUuid, const QString &kind, const QJsonObject &payload)
{
    int version = kPayloadVersion;
    auto wire = migrate(kind, 1, payload);
    if (!wire)
        version = 1; // kept as written; the push sets it aside with the reason
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("INSERT INTO outbox (op_uuid, kind, schema_version, payload, "
                             "created_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(opUuid);
    q.addBindValue(kind);
    q.addBindValue(version);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(wire ? wire.value() : payload).toJson(QJsonDocument::Compact)));
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

std::optional<qint64> Outbox::fenFromDecimal(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(-?)(\\d{1,15})(?:\\.(\\d{1,2}))?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    qint64 fen = m.captured(2).toLongLong() * 100;
    QString frac = m.captured(3);
    if (frac.size() == 1)
        frac += u'0';
    fen += frac.isEmpty() ? 0 : frac.toLongLong();
    if (fen > Money::kMaxFen)
        return std::nullopt;
    return m.captured(1).isEmpty() ? fen : -fen;
}

namespace {

const QStringList &moneyKeys()
{
    static const QStringList keys = {
        QStringLiteral("amount"),        QStringLiteral("late_fee"),
        QStringLiteral("minimum_fee"),   QStringLiteral("bills"),
        QStringLiteral("credit"),        QStringLiteral("principal"),
        QStringLiteral("change"),        QStringLiteral("opening_float"),
        QStringLiteral("expected_cash"), QStringLiteral("counted_cash"),
        QStringLiteral("expected_card"), QStringLiteral("counted_card"),
        QStringLiteral("expected_qr"),   QStringLiteral("counted_qr"),
        QStringLiteral("difference")};
    return keys;
}

// Converts one object of a v1 payload; `dropped` are keys that stay at the hall.
Result<QJsonObject> toV2(const QJsonObject &in, const QStringList &dropped, const QString &path)
{
    QJsonObject out;
    for (auto it = in.constBegin(); it != in.constEnd(); ++it) {
        const QString &key = it.key();
        if (dropped.contains(key))
            continue;
        if (moneyKeys().contains(key)) {
            const auto fen = Outbox::fenFromDecimal(it->toString());
            if (!it->isString() || !fen)
                return Error{QStringLiteral("payload.migration"),
                             QCoreApplication::translate("hd::sync::PayloadMigration",
                                                         "旧版本数据的金额无法识别：%1 = %2")
                                 .arg(path + key, it->toVariant().toString())};
            out.insert(key + QStringLiteral("_fen"), *fen);
        } else if (it->isString() && it->toString().isEmpty() &&
                   (key == QLatin1String("card_ref") || key == QLatin1String("card_last4") ||
                    key == QLatin1String("acquirer_ref"))) {
            continue;
        } else {
            out.insert(key, *it);
        }
    }
    return out;
}

} // namespace

Result<QJsonObject> Outbox::migrate(const QString &kind, int fromVersion,
                                    const QJsonObject &payload)
{
    if (fromVersion == kPayloadVersion)
        return payload;
    if (fromVersion != 1)
        return Error{QStringLiteral("payload.version"),
                     QCoreApplication::translate("hd::sync::PayloadMigration",
                                                 "无法识别的数据版本 %1（%2），请升级程序。")
                         .arg(fromVersion)
                         .arg(kind)};
    auto top = toV2(payload, {}, QString());
    if (!top)
        return top;
    QJsonObject out = top.value();
    if (kind == QLatin1String("payment")) {
        QJsonArray tenders;
        for (const QJsonValue &t : payload.value(QStringLiteral("tenders")).toArray()) {
            auto v2 = toV2(t.toObject(), {QStringLiteral("tendered"), QStringLiteral("qr_code")},
                           QStringLiteral("tenders."));
            if (!v2)
                return v2;
            tenders.append(v2.value());
        }
        out.insert(QStringLiteral("tenders"), tenders);
        const QJsonObject alloc = payload.value(QStringLiteral("allocation")).toObject();
        auto a = toV2(alloc, {QStringLiteral("amount")}, QStringLiteral("allocation."));
        if (!a)
            return a;
        QJsonArray lines;
        for (const QJsonValue &l : alloc.value(QStringLiteral("lines")).toArray()) {
            auto v2 = toV2(l.toObject(), {}, QStringLiteral("allocation.lines."));
            if (!v2)
                return v2;
            lines.append(v2.value());
        }
        QJsonObject allocation = a.value();
        allocation.insert(QStringLiteral("lines"), lines);
        out.insert(QStringLiteral("allocation"), allocation);
    }
    return out;
}

} // namespace hd
