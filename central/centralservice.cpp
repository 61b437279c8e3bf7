#include "centralservice.h"

#include "money.h"
#include "payloadmigration.h"
#include "pushbatch.h"
#include "store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <sodium.h>

namespace hd::central {

using sync::FieldReader;

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// A rollback-unless-committed guard around CentralDb's transactions.
class WriteTx final
{
    Q_DISABLE_COPY_MOVE(WriteTx)
public:
    explicit WriteTx(CentralDb &db, bool read = false)
        : m_db(db)
        , m_begin(read ? db.beginRead() : db.beginWrite())
    {}
    ~WriteTx()
    {
        if (m_begin && m_db.inTransaction())
            m_db.rollback();
    }
    const Status &begin() const { return m_begin; }
    Status commit() { return m_db.commit(); }

private:
    CentralDb &m_db;
    Status m_begin;
};

QString hashCode(const QString &code)
{
    QString normalised = code.toUpper();
    normalised.remove(u'-');
    normalised.remove(u' ');
    return QString::fromLatin1(sync::sha256Hex(normalised.toUtf8()));
}

} // namespace

CentralService::CentralService(CentralDb &db, sync::Limits limits)
    : m_db(db)
    , m_limits(limits)
{}

QString CentralService::nowIso() const
{
    return now().toString(Qt::ISODateWithMs);
}

// ---- authentication bookkeeping -------------------------------------------------------------

Result<Principal> CentralService::principal(const QString &keyId)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT p.key_id, p.kind, p.public_key, COALESCE(p.hall_code, ''), "
                       "COALESCE(p.terminal_code, ''), COALESCE(h.region, ''), p.revoked_at "
                       "FROM principals p LEFT JOIN halls h ON h.code = p.hall_code "
                       "WHERE p.key_id = ?"),
        {keyId});
    if (!q)
        return q.error();
    QSqlQuery *r = q.value();
    if (!r->next())
        return Error{QStringLiteral("auth.unknown"), tr("未知的终端或渠道密钥。")};
    Principal p;
    p.keyId = r->value(0).toString();
    p.kind = r->value(1).toString();
    p.publicKey = QByteArray::fromBase64(r->value(2).toString().toLatin1());
    p.hallCode = r->value(3).toString();
    p.terminalCode = r->value(4).toString();
    p.region = r->value(5).toString();
    p.revoked = !r->value(6).isNull() && !r->value(6).toString().isEmpty();
    r->finish();
    return p;
}

Status CentralService::admitRequest(const QString &keyId, const QString &nonce, qint64 timestamp)
{
    const qint64 nowSecs = now().toSecsSinceEpoch();
    // A plain insert in its own transaction: the primary key refuses a replay even when the
    // first request went to another worker.
    auto ins = m_db.exec(QStringLiteral("INSERT INTO nonces (key_id, nonce, at) VALUES (?, ?, ?) "
                                        "ON CONFLICT DO NOTHING"),
                         {keyId, nonce, timestamp});
    if (!ins)
        return ins.error();
    if (ins.value()->numRowsAffected() != 1)
        return Error{QStringLiteral("auth.replay"), tr("重复的请求（nonce 已使用），已拒绝。")};
    auto cnt = m_db.exec(QStringLiteral("SELECT count(*) FROM nonces WHERE key_id = ? AND at > ?"),
                         {keyId, nowSecs - 60});
    if (!cnt)
        return cnt.error();
    const qint64 recent = cnt.value()->next() ? cnt.value()->value(0).toLongLong() : 0;
    cnt.value()->finish();
    // Old nonces can go: a request older than the clock window is refused anyway.
    if (nonce.endsWith(QLatin1String("00")))
        (void)m_db.run(QStringLiteral("DELETE FROM nonces WHERE at < ?"),
                       {nowSecs - 2 * sync::kClockWindowSeconds});
    if (recent > m_limits.requestsPerMinute)
        return Error{
            QStringLiteral("request.rate"),
            tr("请求过于频繁（每分钟最多 %1 次），请稍后再试。").arg(m_limits.requestsPerMinute)};
    return {};
}

// ---- enrollment ------------------------------------------------------------------------------

Result<QJsonObject> CentralService::enroll(const QJsonObject &request)
{
    FieldReader r(request, QString());
    const QString code = r.string("code", 64);
    const QString publicKey = r.string("public_key", 64);
    const QString terminalCode = r.string("terminal_code", 8);
    const QString label = r.string("label", 100, false);
    if (auto e = r.finish())
        return *e;
    const QByteArray key = QByteArray::fromBase64(publicKey.toLatin1());
    if (key.size() != crypto_sign_PUBLICKEYBYTES)
        return Error{QStringLiteral("request.value"), tr("public_key 应为 32 字节的 Base64。")};
    static const QRegularExpression terminalPattern(QStringLiteral("^\\d{2}$"));
    if (!terminalPattern.match(terminalCode).hasMatch())
        return Error{QStringLiteral("request.value"), tr("终端编号应为两位数字。")};

    WriteTx tx(m_db);
    if (!tx.begin())
        return tx.begin().error();
    auto q = m_db.exec(QStringLiteral("SELECT c.hall_code, c.expires_at, c.used_at, h.name, "
                                      "h.region FROM enroll_codes c JOIN halls h ON h.code = "
                                      "c.hall_code WHERE c.code_hash = ?"),
                       {hashCode(code)});
    if (!q)
        return q.error();
    QSqlQuery *c = q.value();
    const Error badCode{QStringLiteral("enroll.code"),
                        tr("注册码无效、已使用或已过期，请向中心管理员索取新的注册码。")};
    if (!c->next())
        return badCode;
    const QString hall = c->value(0).toString();
    const QDateTime expires = QDateTime::fromString(c->value(1).toString(), Qt::ISODateWithMs);
    const bool used = !c->value(2).isNull() && !c->value(2).toString().isEmpty();
    const QString hallName = c->value(3).toString();
    const QString region = c->value(4).toString();
    c->finish();
    if (used || expires < now())
        return badCode;
    const QString keyId =
        QStringLiteral("t-%1-%2-%3")
            .arg(hall, terminalCode, QString::fromLatin1(sync::newNonce().left(12)));
    if (Status s = m_db.run(QStringLiteral("UPDATE enroll_codes SET used_at = ?, used_by = ? "
                                           "WHERE code_hash = ?"),
                            {nowIso(), keyId, hashCode(code)});
        !s)
        return s.error();
    if (Status s = m_db.run(QStringLiteral("INSERT INTO principals (key_id, kind, public_key, "
                                           "hall_code, terminal_code, label, created_at) VALUES "
                                           "(?, 'terminal', ?, ?, ?, ?, ?)"),
                            {keyId, publicKey, hall, terminalCode, label, nowIso()});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return QJsonObject{{QStringLiteral("key_id"), keyId},
                       {QStringLiteral("hall_code"), hall},
                       {QStringLiteral("hall_name"), hallName},
                       {QStringLiteral("region"), region},
                       {QStringLiteral("terminal_code"), terminalCode},
                       {QStringLiteral("server_time"), nowIso()}};
}

// ---- ops ---------------------------------------------------------------------------------

Result<QByteArray> CentralService::pushOps(const Principal &p, const QJsonObject &request,
                                           QString *field)
{
    return applyPush(p, preparePush(request), field);
}

PreparedPush CentralService::preparePush(const QByteArray &body) const
{
    auto parsed = sync::parseJsonObject(body);
    if (!parsed) {
        PreparedPush push;
        push.error = parsed.error();
        return push;
    }
    return preparePush(parsed.value());
}

PreparedPush CentralService::preparePush(const QJsonObject &request) const
{
    // Everything is validated before anything is written: a malformed batch changes nothing.
    PreparedPush push;
    FieldReader top(request, QString());
    const QJsonArray ops = top.array("ops", m_limits.maxOpsPerPush);
    // A batch sent while the one before it is still on its way (the client pipelines) says
    // which seq that one ended with: it is applied only after that one.
    push.ordered = top.has("after_seq");
    push.afterSeq =
        top.integer("after_seq", 0, std::numeric_limits<qint32>::max() * qint64(1024), false);
    if (auto e = top.finish()) {
        push.error = *e;
        push.errorField = top.errorField();
        return push;
    }
    push.uuids.reserve(ops.size());
    for (const QJsonValue &v : ops)
        if (v.isObject())
            if (const QJsonValue u = v.toObject().value(QLatin1StringView("op_uuid"));
                u.isString() && sync::isUuid(u.toString()))
                push.uuids << u.toString();
    push.ops.reserve(ops.size());
    push.invalid.reserve(ops.size());
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const QString path = QStringLiteral("ops[%1]").arg(i);
        if (!ops[i].isObject()) {
            push.unreadable = PreparedPush::Invalid{
                Error{QStringLiteral("request.type"), tr("%1 应为对象。").arg(path)}, path};
            return push;
        }
        FieldReader r(ops[i].toObject(), path);
        PushOp op;
        op.uuid = r.string("op_uuid", 36);
        if (!r.failed() && !sync::isUuid(op.uuid))
            r.fail(QStringLiteral("request.value"), tr("%1 应为小写 UUID。").arg(r.path("op_uuid")),
                   r.path("op_uuid"));
        op.seq = r.integer("seq", 1, std::numeric_limits<qint32>::max() * qint64(1024));
        op.kind = r.string("kind", 32);
        if (!r.failed() && !sync::isKnownOpKind(op.kind))
            r.fail(QStringLiteral("request.value"), tr("未知的操作类型：%1").arg(op.kind),
                   r.path("kind"));
        const qint64 version = r.integer("schema_version", 1, 1000);
        if (!r.failed() && version != sync::kPayloadVersion)
            r.fail(QStringLiteral("request.value"),
                   tr("%1 应为 %2（客户端应先升级旧数据）。")
                       .arg(r.path("schema_version"))
                       .arg(sync::kPayloadVersion),
                   r.path("schema_version"));
        r.string("created_at", 40);
        op.payload = r.object("payload");
        if (auto e = r.finish()) {
            push.unreadable = PreparedPush::Invalid{*e, r.errorField()};
            return push;
        }
        // The canonical form (keys sorted, compact): what the content hash covers and what the
        // ops table keeps.
        const QByteArray canonical = QJsonDocument(op.payload).toJson(QJsonDocument::Compact);
        op.hash = QString::fromLatin1(sync::sha256Hex(op.kind.toUtf8() + '\n' + canonical));
        // Validated here, whatever the centre holds: whether the error counts is decided when
        // the batch is applied (an op held with this very content was validated back then).
        std::optional<PreparedPush::Invalid> invalid;
        QString field;
        if (auto e = sync::validatePayload(op.kind, op.payload, path + QStringLiteral(".payload"),
                                           &field))
            invalid = PreparedPush::Invalid{*e, field};
        op.payloadText = canonical;
        if (op.isMoney())
            op.money = MoneyFields::read(op.payload);
        push.ops.append(std::move(op));
        push.invalid.append(std::move(invalid));
    }
    return push;
}

Result<QByteArray> CentralService::applyPush(const Principal &p, const PreparedPush &push,
                                             QString *field, const Admission *admission)
{
    // The ops the centre has seen before (a replay, or answers lost on the way back) are read
    // once, inside the write transaction, so that what the batch skips as seen is what it will
    // find when it applies. Nothing is written before the whole batch is validated: a
    // malformed batch rolls back and changes nothing.
    WriteTx tx(m_db);
    if (!tx.begin())
        return tx.begin().error();
    if (admission) // first: a replayed request is refused as such, however malformed
        if (Status s = admitRequest(p.keyId, admission->nonce, admission->timestamp); !s)
            return s.error();
    if (push.error) {
        *field = push.errorField;
        return *push.error;
    }
    if (push.ordered) {
        // The batch before this one has not been applied (still on its way, or refused): this
        // one waits for it, so that a terminal's ops are applied in their order whatever the
        // order the requests arrive in, on one worker or several. Nothing is written.
        auto acked = ackedSeq(p.keyId);
        if (!acked)
            return acked.error();
        if (acked.value() < push.afterSeq)
            return Error{QStringLiteral("push.order"),
                         tr("上一批操作（至序号 %1）尚未被中心处理，本批未处理，请在其后重发。")
                             .arg(push.afterSeq)};
    }
    PushBatch batch(m_db, p.keyId, nowIso());
    if (Status s = batch.loadSeen(push.uuids); !s)
        return s.error();
    // An op the centre holds with the same content hash was validated when it was applied, so
    // its validation is not asked again (the rules may have grown stricter since).
    for (qsizetype i = 0; i < push.ops.size(); ++i)
        if (const auto &invalid = push.invalid[i];
            invalid && !batch.seenWithHash(push.ops[i].uuid, push.ops[i].hash)) {
            *field = invalid->field;
            return invalid->error;
        }
    if (push.unreadable) {
        *field = push.unreadable->field;
        return push.unreadable->error;
    }

    qint64 acked = 0;
    QByteArray results = "[]";
    if (!push.ops.isEmpty()) {
        auto applied = batch.apply(push.ops);
        if (!applied)
            return applied.error();
        results = std::move(applied).value();
        for (const PushOp &op : push.ops)
            acked = std::max(acked, op.seq);
    }
    if (acked > 0)
        if (Status s = m_db.run(QStringLiteral("UPDATE principals SET acked_seq = ? WHERE key_id = "
                                               "? AND acked_seq < ?"),
                                {acked, p.keyId, acked});
            !s)
            return s.error();
    auto ackedNowRead = ackedSeq(p.keyId);
    if (!ackedNowRead)
        return ackedNowRead.error();
    const qint64 ackedNow = ackedNowRead.value();
    if (Status s = tx.commit(); !s)
        return s.error();
    return QByteArray("{\"results\":" + results + ",\"acked_seq\":" + QByteArray::number(ackedNow) +
                      '}');
}

Result<QByteArray> CentralService::knownOps(const Principal &p, const QJsonObject &request,
                                            QString *field)
{
    FieldReader top(request, QString());
    const QJsonArray ops = top.array("ops", m_limits.maxOpsPerPush * sync::kKnownOpsPerPush);
    if (auto e = top.finish()) {
        *field = top.errorField();
        return *e;
    }
    QList<std::pair<QString, QString>> asked; // uuid, content hash
    asked.reserve(ops.size());
    RowSet uuids({RowSet::Type::Text});
    static const QRegularExpression hashPattern(QStringLiteral("^[0-9a-f]{64}$"));
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const QString path = QStringLiteral("ops[%1]").arg(i);
        if (!ops[i].isObject()) {
            *field = path;
            return Error{QStringLiteral("request.type"), tr("%1 应为对象。").arg(path)};
        }
        FieldReader r(ops[i].toObject(), path);
        const QString uuid = r.string("op_uuid", 36);
        if (!r.failed() && !sync::isUuid(uuid))
            r.fail(QStringLiteral("request.value"), tr("%1 应为小写 UUID。").arg(r.path("op_uuid")),
                   r.path("op_uuid"));
        const QString hash = r.string("hash", 64);
        if (!r.failed() && !hashPattern.match(hash).hasMatch())
            r.fail(QStringLiteral("request.value"),
                   tr("%1 应为 64 位小写十六进制的 SHA-256。").arg(r.path("hash")), r.path("hash"));
        if (auto e = r.finish()) {
            *field = r.errorField();
            return *e;
        }
        asked.append({uuid, hash});
        uuids << uuid;
    }
    struct Held
    {
        QString hash, status, reason, message, effect;
    };
    QHash<QString, Held> held;
    // Ops rows are never changed or deleted: no transaction is needed to read them.
    if (!uuids.isEmpty())
        if (Status s = m_db.runRows(
                QStringLiteral("SELECT op_uuid, content_hash, status, reason, message, effect "
                               "FROM ops WHERE op_uuid IN (SELECT j.column1 FROM {rows} AS j)"),
                uuids,
                [&held](const RowReader &r) {
                    held.insert(r.text(0), {r.text(1), r.text(2), r.text(3), r.text(4), r.text(5)});
                });
            !s)
            return s.error();
    QByteArray out = "{\"results\":[";
    out.reserve(64 + asked.size() * 160);
    for (qsizetype i = 0; i < asked.size(); ++i) {
        const auto &[uuid, hash] = asked[i];
        if (i > 0)
            out += ',';
        out += "{\"op_uuid\":";
        sync::appendJsonString(out, uuid);
        const auto it = held.constFind(uuid);
        // Held with other content: sent in full, so that the push answers op.uuid-reused with
        // the whole op in hand (a client that hashes differently is never refused here).
        if (it == held.constEnd() || it->hash != hash) {
            out += ",\"status\":\"missing\"}";
        } else if (it->status == QLatin1String("applied")) {
            out += ",\"status\":\"duplicate\",\"effect\":" + it->effect.toUtf8() + '}';
        } else {
            out += ",\"status\":";
            sync::appendJsonString(out, it->status);
            out += ",\"reason\":";
            sync::appendJsonString(out, it->reason);
            out += ",\"message\":";
            sync::appendJsonString(out, it->message);
            out += '}';
        }
    }
    auto ackedRead = ackedSeq(p.keyId);
    if (!ackedRead)
        return ackedRead.error();
    const qint64 acked = ackedRead.value();
    out += "],\"acked_seq\":" + QByteArray::number(acked) + '}';
    return out;
}

// The highest outbox seq of this terminal the centre has applied in order (0 before any).
Result<qint64> CentralService::ackedSeq(const QString &keyId)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT acked_seq FROM principals WHERE key_id = ?"), {keyId});
    if (!q)
        return q.error();
    const qint64 acked = q.value()->next() ? q.value()->value(0).toLongLong() : 0;
    q.value()->finish();
    return acked;
}

Result<std::optional<sync::AccountState>> CentralService::loadAccount(const QString &accountNo,
                                                                      QString *region)
{
    auto q = m_db.exec(QStringLiteral("SELECT status, balance_fen, refund_due_fen, region FROM "
                                      "accounts WHERE account_no = ?"),
                       {accountNo});
    if (!q)
        return q.error();
    QSqlQuery *r = q.value();
    if (!r->next())
        return std::optional<sync::AccountState>();
    sync::AccountState a;
    a.accountNo = accountNo;
    a.status = r->value(0).toString();
    a.balanceFen = r->value(1).toLongLong();
    a.refundDueFen = r->value(2).toLongLong();
    if (region)
        *region = r->value(3).toString();
    r->finish();
    auto b = m_db.exec(QStringLiteral("SELECT period, amount_fen, paid_fen, status, penalty_from "
                                      "FROM bills WHERE account_no = ? ORDER BY period"),
                       {accountNo});
    if (!b)
        return b.error();
    while (b.value()->next())
        a.bills.append({b.value()->value(0).toInt(), b.value()->value(1).toLongLong(),
                        b.value()->value(2).toLongLong(), b.value()->value(3).toInt(),
                        b.value()->value(4).toString()});
    b.value()->finish();
    return std::optional<sync::AccountState>(a);
}

Status CentralService::saveAccount(const sync::AccountState &before,
                                   const sync::AccountState &after)
{
    auto seq = m_db.nextSeq();
    if (!seq)
        return seq.error();
    if (Status s = m_db.run(
            QStringLiteral("UPDATE accounts SET balance_fen = ?, refund_due_fen = "
                           "?, status = ?, seq = ? WHERE account_no = ?"),
            {after.balanceFen, after.refundDueFen, after.status, seq.value(), after.accountNo});
        !s)
        return s;
    for (qsizetype i = 0; i < after.bills.size(); ++i) {
        const sync::BillState &b = after.bills[i];
        const sync::BillState &o = before.bills[i];
        if (b.paidFen == o.paidFen && b.status == o.status && b.penaltyFrom == o.penaltyFrom)
            continue;
        if (Status s = m_db.run(QStringLiteral("UPDATE bills SET paid_fen = ?, status = ?, "
                                               "penalty_from = ? WHERE account_no = ? AND period "
                                               "= ?"),
                                {b.paidFen, b.status, b.penaltyFrom, after.accountNo, b.period});
            !s)
            return s;
    }
    return {};
}

// ---- pull --------------------------------------------------------------------------------

Result<QByteArray> CentralService::changes(const Principal &p, const QString &after, int limit)
{
    static const QRegularExpression cursorPattern(QStringLiteral("^(?:0|(\\d{1,9}):(\\d{1,18}))$"));
    const auto m = cursorPattern.match(after);
    if (!m.hasMatch())
        return Error{QStringLiteral("request.value"), tr("游标格式无效：%1").arg(after.left(40))};
    limit = std::clamp(limit, 1, m_limits.maxPageRows);
    WriteTx tx(m_db, true);
    if (!tx.begin())
        return tx.begin().error();
    auto e = m_db.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'epoch'"));
    if (!e)
        return e.error();
    const QString epoch = e.value()->next() ? e.value()->value(0).toString() : QString();
    e.value()->finish();
    qint64 cursor = 0;
    if (after != QLatin1String("0")) {
        if (m.captured(1) != epoch)
            return Error{QStringLiteral("cursor.too-old"),
                         tr("本地数据的同步点已失效（中心数据已重新装载），需要完整重新同步。")};
        cursor = m.captured(2).toLongLong();
    }
    auto ackedRead = ackedSeq(p.keyId);
    if (!ackedRead)
        return ackedRead.error();
    const qint64 acked = ackedRead.value();

    struct Row
    {
        qint64 seq;
        QString type;
        QByteArray data;   // compact JSON; an account's lacks its closing brace (bills follow)
        QString accountNo; // for an account row
    };
    QList<Row> rows;
    auto json = [](const QJsonObject &o) {
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    auto collect = [&](const QString &type, const QString &sql, const QVariantList &args,
                       auto &&build) -> Status {
        auto q = m_db.exec(sql, args);
        if (!q)
            return q.error();
        QSqlQuery *r = q.value();
        while (r->next())
            rows.append({r->value(0).toLongLong(), type, json(build(*r)), {}});
        r->finish();
        return {};
    };
    // One more than a page from each source: a source with rows left means another page.
    const QString lim = QString::number(limit + 1);
    // Accounts are most of a page: their JSON is written straight from the row (keys sorted, as
    // QJsonDocument writes them), without a QJsonObject per account.
    auto accounts = m_db.exec(
        QStringLiteral(
            "SELECT seq, account_no, address, balance_fen, blocked, blocked_reason, "
            "customer_class, id_kind, id_cipher, meter_no, name, opened_on, phone_cipher, "
            "prepaid, refund_due_fen, status, tariff_code FROM accounts WHERE region = "
            "? AND seq > ? ORDER BY seq LIMIT ") +
            lim,
        {p.region, cursor});
    if (!accounts)
        return accounts.error();
    {
        QSqlQuery *r = accounts.value();
        static constexpr const char *keys[] = {
            "account_no",     "address",        "balance_fen", "blocked",
            "blocked_reason", "customer_class", "id_kind",     "id_number",
            "meter_no",       "name",           "opened_on",   "phone",
            "prepaid",        "refund_due_fen", "status",      "tariff_code"};
        while (r->next()) {
            Row row{
                r->value(0).toLongLong(), QStringLiteral("account"), {}, r->value(1).toString()};
            row.data.reserve(512);
            for (int k = 0; k < 16; ++k) {
                row.data += k == 0 ? "{\"" : ",\"";
                row.data += keys[k];
                row.data += "\":";
                const QVariant v = r->value(k + 1);
                switch (k + 1) {
                case 3:  // balance_fen
                case 14: // refund_due_fen
                    row.data += QByteArray::number(v.toLongLong());
                    break;
                case 4:  // blocked
                case 13: // prepaid
                    row.data += v.toInt() != 0 ? "true" : "false";
                    break;
                case 8:  // id_cipher → id_number
                case 12: // phone_cipher → phone
                    // Stored encrypted with the centre's data key; the page carries the value
                    // (over TLS), which the counter encrypts with its own key.
                    if (v.isNull()) {
                        row.data += "\"\"";
                    } else {
                        auto plain = m_db.cipher().decryptText(v.toByteArray());
                        if (!plain)
                            return Error{QStringLiteral("central.datakey"),
                                         tr("账户 %1 的个人信息无法解密：%2")
                                             .arg(row.accountNo, plain.error().message)};
                        sync::appendJsonString(row.data, plain.value());
                    }
                    break;
                default:
                    sync::appendJsonString(row.data, v.toString());
                }
            }
            rows.append(std::move(row));
        }
        r->finish();
    }
    Status s =
        collect(QStringLiteral("tariff"),
                QStringLiteral("SELECT seq, code, name, customer_class, billing_period, "
                               "tier1_limit_kwh, tier2_limit_kwh, price1_li, price2_li, "
                               "price3_li, effective_from FROM tariffs WHERE seq > ? ORDER BY "
                               "seq LIMIT ") +
                    lim,
                {cursor}, [](QSqlQuery &r) {
                    return QJsonObject{
                        {QStringLiteral("code"), r.value(1).toString()},
                        {QStringLiteral("name"), r.value(2).toString()},
                        {QStringLiteral("customer_class"), r.value(3).toString()},
                        {QStringLiteral("billing_period"), r.value(4).toString()},
                        {QStringLiteral("tier1_limit_kwh"),
                         r.value(5).isNull() ? QJsonValue() : QJsonValue(r.value(5).toLongLong())},
                        {QStringLiteral("tier2_limit_kwh"),
                         r.value(6).isNull() ? QJsonValue() : QJsonValue(r.value(6).toLongLong())},
                        {QStringLiteral("price1_li"), r.value(7).toLongLong()},
                        {QStringLiteral("price2_li"), r.value(8).toLongLong()},
                        {QStringLiteral("price3_li"), r.value(9).toLongLong()},
                        {QStringLiteral("effective_from"), r.value(10).toString()}};
                });
    if (s)
        s = collect(QStringLiteral("operator"),
                    QStringLiteral("SELECT seq, login, name, role, password_hash, disabled FROM "
                                   "operators WHERE (hall_code IS NULL OR hall_code = '' OR "
                                   "hall_code = ?) AND seq > ? ORDER BY seq LIMIT ") +
                        lim,
                    {p.hallCode, cursor}, [](QSqlQuery &r) {
                        return QJsonObject{{QStringLiteral("login"), r.value(1).toString()},
                                           {QStringLiteral("name"), r.value(2).toString()},
                                           {QStringLiteral("role"), r.value(3).toString()},
                                           {QStringLiteral("password_hash"), r.value(4).toString()},
                                           {QStringLiteral("disabled"), r.value(5).toInt() != 0}};
                    });
    if (s)
        s = collect(QStringLiteral("setting"),
                    QStringLiteral("SELECT seq, key, value FROM settings WHERE seq > ? ORDER BY "
                                   "seq LIMIT ") +
                        lim,
                    {cursor}, [](QSqlQuery &r) {
                        return QJsonObject{{QStringLiteral("key"), r.value(1).toString()},
                                           {QStringLiteral("value"), r.value(2).toString()}};
                    });
    if (s)
        s = collect(QStringLiteral("payment"),
                    QStringLiteral("SELECT seq, uuid, account_no, amount_fen, method, created_at, "
                                   "reference FROM payments WHERE source = 'channel' AND region = "
                                   "? AND seq > ? ORDER BY seq LIMIT ") +
                        lim,
                    {p.region, cursor}, [](QSqlQuery &r) {
                        return QJsonObject{{QStringLiteral("uuid"), r.value(1).toString()},
                                           {QStringLiteral("account_no"), r.value(2).toString()},
                                           {QStringLiteral("amount_fen"), r.value(3).toLongLong()},
                                           {QStringLiteral("channel"), r.value(4).toString()},
                                           {QStringLiteral("paid_at"), r.value(5).toString()},
                                           {QStringLiteral("reference"), r.value(6).toString()}};
                    });
    if (!s)
        return s.error();
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.seq < b.seq; });
    const bool more = rows.size() > limit;
    if (more)
        rows.resize(limit);
    const qint64 last = rows.isEmpty() ? cursor : rows.last().seq;

    // The page's bills as JSON text made by the database, one array per account: building
    // them value by value costs more than everything else in a page. Rows [period, kwh_tier1,
    // kwh_tier2, kwh_tier3, amount_fen, due_date, paid_fen, status, penalty_from]. SQLite
    // builds them with its JSON functions (one buffer per row; a chain of || allocates a
    // string at every step, which was most of the centre's time in a pull).
    QHash<QString, QByteArray> bills;
    if (!rows.isEmpty()) {
        const QString aggregate =
            m_db.isPostgres()
                ? QStringLiteral(
                      "'[' || string_agg('[' || period || ',' || kwh_tier1 || ',' || kwh_tier2 || "
                      "',' || kwh_tier3 || ',' || amount_fen || ',\"' || "
                      "replace(replace(due_date, '\"', ''), '\\', '') || '\",' || paid_fen || ',' "
                      "|| status || ',\"' || replace(replace(penalty_from, '\"', ''), '\\', '') "
                      "|| '\"]', ',' ORDER BY period) || ']'")
                : QStringLiteral("json_group_array(json_array(period, kwh_tier1, kwh_tier2, "
                                 "kwh_tier3, amount_fen, due_date, paid_fen, status, "
                                 "penalty_from))");
        // The page's accounts first (index on region, seq), then their bills by primary key:
        // never a scan of all bills. On PostgreSQL one subquery per account: grouping the
        // page's 60,000 bills at once sorted them all by account (spilling to disk past
        // work_mem), and a stale row estimate could hash them against a scan of every bill.
        // An account without bills has none ("[]" below).
        auto b = m_db.isPostgres()
                     ? m_db.exec(QStringLiteral("SELECT a.account_no, (SELECT ") + aggregate +
                                     QStringLiteral(" FROM bills WHERE bills.account_no = "
                                                    "a.account_no) FROM accounts AS a WHERE "
                                                    "a.region = ? AND a.seq > ? AND a.seq <= ?"),
                                 {p.region, cursor, last})
                     : m_db.exec(QStringLiteral("SELECT account_no, ") + aggregate +
                                     QStringLiteral(" FROM bills WHERE account_no IN (SELECT "
                                                    "account_no FROM accounts WHERE region = ? "
                                                    "AND seq > ? AND seq <= ?) GROUP BY "
                                                    "account_no"),
                                 {p.region, cursor, last});
        if (!b)
            return b.error();
        QSqlQuery *r = b.value();
        while (r->next())
            if (const QVariant list = r->value(1); !list.isNull())
                bills.insert(r->value(0).toString(), list.toString().toUtf8());
        r->finish();
    }
    (void)tx.commit();
    QByteArray out = "{\"cursor\":\"" + epoch.toUtf8() + ':' + QByteArray::number(last) +
                     "\",\"more\":" + (more ? "true" : "false") +
                     ",\"acked_seq\":" + QByteArray::number(acked) + ",\"server_time\":\"" +
                     nowIso().toUtf8() +
                     "\",\"bill_columns\":[\"period\",\"kwh_tier1\",\"kwh_tier2\",\"kwh_tier3\","
                     "\"amount_fen\",\"due_date\",\"paid_fen\",\"status\",\"penalty_from\"],"
                     "\"changes\":[";
    out.reserve(out.size() + rows.size() * 1100);
    bool first = true;
    for (const Row &row : rows) {
        QByteArray data = row.data;
        if (row.type == QLatin1String("account"))
            data += ",\"bills\":" + bills.value(row.accountNo, "[]") + '}';
        if (!first)
            out += ',';
        first = false;
        out += "{\"type\":\"" + row.type.toUtf8() + "\",\"seq\":" + QByteArray::number(row.seq) +
               ",\"data\":" + data + '}';
    }
    out += "]}";
    return out;
}

// ---- channel payments ------------------------------------------------------------------------

Result<QJsonObject> CentralService::channelPayments(const Principal &p, const QJsonObject &request,
                                                    QString *field)
{
    FieldReader top(request, QString());
    const QJsonArray list = top.array("payments", m_limits.maxOpsPerPush);
    if (auto e = top.finish()) {
        *field = top.errorField();
        return *e;
    }
    struct Pay
    {
        QString uuid, accountNo, channel, paidAt, reference;
        qint64 amount;
    };
    QList<Pay> pays;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("payments[%1]").arg(i);
        if (!list[i].isObject()) {
            *field = path;
            return Error{QStringLiteral("request.type"), tr("%1 应为对象。").arg(path)};
        }
        FieldReader r(list[i].toObject(), path);
        Pay pay;
        pay.uuid = r.string("uuid", 36);
        if (!r.failed() && !sync::isUuid(pay.uuid))
            r.fail(QStringLiteral("request.value"), tr("%1 应为小写 UUID。").arg(r.path("uuid")),
                   r.path("uuid"));
        pay.accountNo = r.string("account_no", 32);
        pay.amount = r.integer("amount_fen", 1, Money::kMaxFen);
        pay.channel = r.string("channel", 32);
        pay.paidAt = r.string("paid_at", 40);
        if (!r.failed() && !QDateTime::fromString(pay.paidAt, Qt::ISODateWithMs).isValid())
            r.fail(QStringLiteral("request.value"), tr("paid_at 应为 ISO 8601 时间。"),
                   r.path("paid_at"));
        pay.reference = r.string("reference", 64);
        if (auto e = r.finish()) {
            *field = r.errorField();
            return *e;
        }
        pays.append(pay);
    }
    WriteTx tx(m_db);
    if (!tx.begin())
        return tx.begin().error();
    QJsonArray results;
    for (const Pay &pay : pays) {
        QJsonObject result{{QStringLiteral("uuid"), pay.uuid}};
        auto q = m_db.exec(QStringLiteral("SELECT account_no, amount_fen, effect, source FROM "
                                          "payments WHERE uuid = ?"),
                           {pay.uuid});
        if (!q)
            return q.error();
        if (q.value()->next()) {
            const bool same = q.value()->value(0).toString() == pay.accountNo &&
                              q.value()->value(1).toLongLong() == pay.amount &&
                              q.value()->value(3).toString() == QLatin1String("channel");
            const QJsonObject effect = parseObject(q.value()->value(2).toString());
            q.value()->finish();
            result.insert(QStringLiteral("status"),
                          same ? QStringLiteral("duplicate") : QStringLiteral("rejected"));
            if (same)
                result.insert(QStringLiteral("effect"), effect);
            else
                result.insert(QStringLiteral("reason"), QStringLiteral("payment.uuid-reused"));
            results.append(result);
            continue;
        }
        q.value()->finish();
        QString region;
        auto loaded = loadAccount(pay.accountNo, &region);
        if (!loaded)
            return loaded.error();
        if (!loaded.value()) {
            result.insert(QStringLiteral("status"), QStringLiteral("rejected"));
            result.insert(QStringLiteral("reason"), QStringLiteral("account.unknown"));
            results.append(result);
            continue;
        }
        const sync::AccountState before = *loaded.value();
        sync::AccountState after = before;
        const QDateTime paidAt = QDateTime::fromString(pay.paidAt, Qt::ISODateWithMs);
        const sync::Effect effect =
            sync::applyChannelPayment(after, pay.amount, paidAt.toLocalTime().date());
        if (Status s = saveAccount(before, after); !s)
            return s.error();
        auto seq = m_db.nextSeq();
        if (!seq)
            return seq.error();
        if (Status s = m_db.run(
                QStringLiteral("INSERT INTO payments (uuid, source, principal, region, account_no, "
                               "kind, amount_fen, method, created_at, received_at, effect, "
                               "conflict, to_credit_fen, refund_due, reference, seq) VALUES (?, "
                               "'channel', ?, ?, ?, 'bill', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {pay.uuid, p.keyId, region, pay.accountNo, pay.amount, pay.channel, pay.paidAt,
                 nowIso(), compact(effect.toJson()), effect.conflict, effect.toCreditFen,
                 effect.refundDueFen > 0 ? 1 : 0, pay.reference, seq.value()});
            !s)
            return s.error();
        result.insert(QStringLiteral("status"), QStringLiteral("applied"));
        result.insert(QStringLiteral("effect"), effect.toJson());
        results.append(result);
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return QJsonObject{{QStringLiteral("results"), results}};
}

// ---- reconcile, status --------------------------------------------------------------------

Result<QJsonObject> CentralService::reconcile(const QString &hallCode, QDate day)
{
    WriteTx tx(m_db, true);
    if (!tx.begin())
        return tx.begin().error();
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT s.shift_uuid, s.key_id, s.opening_float_fen, s.closed_at, s.expected_cash_fen, "
            "s.expected_card_fen, s.expected_qr_fen, "
            "(SELECT COALESCE(SUM(cash_fen), 0) FROM payments p WHERE p.shift_uuid = "
            "s.shift_uuid), "
            "(SELECT COALESCE(SUM(card_fen), 0) FROM payments p WHERE p.shift_uuid = "
            "s.shift_uuid), "
            "(SELECT COALESCE(SUM(qr_fen), 0) FROM payments p WHERE p.shift_uuid = s.shift_uuid), "
            "(SELECT COUNT(*) FROM payments p WHERE p.shift_uuid = s.shift_uuid), "
            "(SELECT COALESCE(SUM(CASE WHEN direction = 'in' THEN amount_fen ELSE -amount_fen "
            "END), "
            "0) FROM cash_movements m WHERE m.shift_uuid = s.shift_uuid), "
            "(SELECT MIN(operator_login) FROM payments p WHERE p.shift_uuid = s.shift_uuid) "
            "FROM shifts s JOIN principals t ON t.key_id = s.key_id "
            "WHERE (? = '' OR t.hall_code = ?) AND (s.closed_at IS NULL OR s.closed_at LIKE ?) "
            "ORDER BY s.shift_uuid"),
        {hallCode, hallCode, QString(day.toString(Qt::ISODate) + u'%')});
    if (!q)
        return q.error();
    QSqlQuery *r = q.value();
    QJsonArray shifts;
    int differences = 0;
    while (r->next()) {
        const bool closed = !r->value(3).isNull() && !r->value(3).toString().isEmpty();
        const qint64 cash =
            r->value(2).toLongLong() + r->value(7).toLongLong() + r->value(11).toLongLong();
        const qint64 card = r->value(8).toLongLong(), qr = r->value(9).toLongLong();
        QJsonObject s{{QStringLiteral("shift_uuid"), r->value(0).toString()},
                      {QStringLiteral("terminal"), r->value(1).toString()},
                      {QStringLiteral("operator"), r->value(12).toString()},
                      {QStringLiteral("closed"), closed},
                      {QStringLiteral("centre"),
                       QJsonObject{{QStringLiteral("cash_fen"), cash},
                                   {QStringLiteral("card_fen"), card},
                                   {QStringLiteral("qr_fen"), qr},
                                   {QStringLiteral("payments"), r->value(10).toLongLong()}}}};
        if (!closed) {
            if (!r->value(2).isNull() && !r->value(3).isNull())
                continue;
            s.insert(QStringLiteral("ok"), false);
            s.insert(QStringLiteral("note"), tr("尚未收到结班数据"));
            ++differences;
        } else {
            const qint64 hc = r->value(4).toLongLong(), hk = r->value(5).toLongLong(),
                         hq = r->value(6).toLongLong();
            const qint64 diff = (cash + card + qr) - (hc + hk + hq);
            const bool ok = hc == cash && hk == card && hq == qr;
            s.insert(QStringLiteral("hall"), QJsonObject{{QStringLiteral("cash_fen"), hc},
                                                         {QStringLiteral("card_fen"), hk},
                                                         {QStringLiteral("qr_fen"), hq}});
            s.insert(QStringLiteral("ok"), ok);
            s.insert(QStringLiteral("difference_fen"), diff);
            if (!ok)
                ++differences;
        }
        shifts.append(s);
    }
    r->finish();
    (void)tx.commit();
    return QJsonObject{{QStringLiteral("day"), day.toString(Qt::ISODate)},
                       {QStringLiteral("shifts"), shifts},
                       {QStringLiteral("differences"), differences}};
}

Result<QJsonObject> CentralService::status(const Principal &p)
{
    auto ackedRead = ackedSeq(p.keyId);
    if (!ackedRead)
        return ackedRead.error();
    const qint64 acked = ackedRead.value();
    return QJsonObject{
        {QStringLiteral("key_id"), p.keyId},       {QStringLiteral("kind"), p.kind},
        {QStringLiteral("hall_code"), p.hallCode}, {QStringLiteral("region"), p.region},
        {QStringLiteral("acked_seq"), acked},      {QStringLiteral("server_time"), nowIso()}};
}

// ---- admin -----------------------------------------------------------------------------------

Status CentralService::ensureHall(const QString &hallCode, const QString &hallName,
                                  const QString &region)
{
    WriteTx tx(m_db);
    if (!tx.begin())
        return tx.begin();
    if (Status s = m_db.run(QStringLiteral("INSERT INTO regions (code, name) VALUES (?, ?) ON "
                                           "CONFLICT (code) DO NOTHING"),
                            {region, region});
        !s)
        return s;
    if (Status s =
            m_db.run(QStringLiteral("INSERT INTO halls (code, name, region) VALUES (?, ?, ?) "
                                    "ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
                                    "region = excluded.region"),
                     {hallCode, hallName, region});
        !s)
        return s;
    return tx.commit();
}

Result<QString> CentralService::createEnrollCode(const QString &hallCode, int validHours)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 12; ++i) {
        if (i && i % 4 == 0)
            code += u'-';
        code += QLatin1Char(alphabet[randombytes_uniform(sizeof alphabet - 1)]);
    }
    WriteTx tx(m_db);
    if (!tx.begin())
        return tx.begin().error();
    auto h = m_db.exec(QStringLiteral("SELECT 1 FROM halls WHERE code = ?"), {hallCode});
    if (!h)
        return h.error();
    const bool known = h.value()->next();
    h.value()->finish();
    if (!known)
        return Error{QStringLiteral("central.hall"), tr("营业厅 %1 不存在。").arg(hallCode)};
    if (Status s = m_db.run(QStringLiteral("INSERT INTO enroll_codes (code_hash, hall_code, "
                                           "created_at, expires_at) VALUES (?, ?, ?, ?)"),
                            {hashCode(code), hallCode, nowIso(),
                             now().addSecs(qint64(validHours) * 3600).toString(Qt::ISODateWithMs)});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return code;
}

Status CentralService::revoke(const QString &keyId)
{
    WriteTx tx(m_db);
    if (!tx.begin())
        return tx.begin();
    auto q = m_db.exec(QStringLiteral("UPDATE principals SET revoked_at = ? WHERE key_id = ?"),
                       {nowIso(), keyId});
    if (!q)
        return q.error();
    if (q.value()->numRowsAffected() != 1)
        return Error{QStringLiteral("central.unknown-key"), tr("没有这个终端：%1").arg(keyId)};
    return tx.commit();
}

Result<QByteArray> CentralService::addChannel(const QString &name)
{
    const sync::KeyPair k = sync::KeyPair::generate();
    WriteTx tx(m_db);
    if (!tx.begin())
        return tx.begin().error();
    if (Status s = m_db.run(QStringLiteral("INSERT INTO principals (key_id, kind, public_key, "
                                           "label, created_at) VALUES (?, 'channel', ?, ?, ?) ON "
                                           "CONFLICT (key_id) DO UPDATE SET public_key = "
                                           "excluded.public_key, revoked_at = NULL"),
                            {QString(QStringLiteral("c-") + name),
                             QString::fromLatin1(k.publicKey.toBase64()), name, nowIso()});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return k.secretKey;
}

Status CentralService::setOperatorDisabled(const QString &login, bool disabled)
{
    WriteTx tx(m_db);
    if (!tx.begin())
        return tx.begin();
    auto seq = m_db.nextSeq();
    if (!seq)
        return seq.error();
    auto q = m_db.exec(QStringLiteral("UPDATE operators SET disabled = ?, seq = ? WHERE login = ?"),
                       {disabled ? 1 : 0, seq.value(), login});
    if (!q)
        return q.error();
    if (q.value()->numRowsAffected() != 1)
        return Error{QStringLiteral("central.unknown-operator"),
                     tr("没有这个操作员：%1").arg(login)};
    return tx.commit();
}

Status CentralService::setAccountStatus(const QString &accountNo, const QString &status)
{
    WriteTx tx(m_db);
    if (!tx.begin())
        return tx.begin();
    auto seq = m_db.nextSeq();
    if (!seq)
        return seq.error();
    auto q =
        m_db.exec(QStringLiteral("UPDATE accounts SET status = ?, seq = ? WHERE account_no = ?"),
                  {status, seq.value(), accountNo});
    if (!q)
        return q.error();
    if (q.value()->numRowsAffected() != 1)
        return Error{QStringLiteral("central.unknown-account"),
                     tr("没有这个户号：%1").arg(accountNo)};
    return tx.commit();
}

Status CentralService::setSetting(const QString &key, const QString &value)
{
    WriteTx tx(m_db);
    if (!tx.begin())
        return tx.begin();
    auto seq = m_db.nextSeq();
    if (!seq)
        return seq.error();
    if (Status s =
            m_db.run(QStringLiteral("INSERT INTO settings (key, value, seq) VALUES (?, ?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                    "seq = excluded.seq"),
                     {key, value, seq.value()});
        !s)
        return s;
    return tx.commit();
}

Result<QJsonObject> CentralService::importStore(const QString &storePath, const QString &region)
{
    auto store = Store::open(storePath);
    if (!store)
        return store.error();
    const StoreIdentity id = store.value()->identity();
    if (Status s =
            ensureHall(id.hallCode, id.hallName.isEmpty() ? id.hallCode : id.hallName, region);
        !s)
        return s.error();
    QSqlDatabase &src = store.value()->db();
    const FieldCipher &cipher = store.value()->cipher();
    WriteTx tx(m_db);
    if (!tx.begin())
        return tx.begin().error();
    QJsonObject summary;
    auto copy = [&](const QString &select, const QString &insert, const char *label,
                    auto &&transform) -> Status {
        QSqlQuery q(src);
        q.setForwardOnly(true);
        if (!q.exec(select))
            return Error{QStringLiteral("central.import"), q.lastError().text()};
        int n = 0;
        while (q.next()) {
            auto seq = m_db.nextSeq();
            if (!seq)
                return seq.error();
            QVariantList values = transform(q);
            values.append(seq.value());
            if (Status s = m_db.run(insert, values); !s)
                return s;
            ++n;
        }
        summary.insert(QLatin1String(label), n);
        return {};
    };
    std::optional<Error> undecryptable;
    Status s = copy(
        QStringLiteral("SELECT code, name, customer_class, billing_period, tier1_limit_kwh, "
                       "tier2_limit_kwh, price1_li, price2_li, price3_li, effective_from FROM "
                       "tariffs"),
        QStringLiteral("INSERT INTO tariffs (code, name, customer_class, billing_period, "
                       "tier1_limit_kwh, tier2_limit_kwh, price1_li, price2_li, price3_li, "
                       "effective_from, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                       "(code) DO NOTHING"),
        "tariffs", [](QSqlQuery &q) {
            QVariantList v;
            for (int i = 0; i < 10; ++i)
                v.append(q.value(i));
            return v;
        });
    if (s)
        s = copy(
            QStringLiteral("SELECT a.account_no, a.name, a.customer_class, a.address, "
                           "a.phone_cipher, COALESCE(a.id_kind, ''), a.id_cipher, "
                           "a.tariff_code, COALESCE(a.meter_no, ''), a.prepaid, a.balance_fen, "
                           "a.status, a.blocked, COALESCE(a.blocked_reason, ''), "
                           "COALESCE(a.opened_on, '') FROM accounts a ORDER BY a.id"),
            QStringLiteral("INSERT INTO accounts (account_no, region, name, customer_class, "
                           "address, phone_cipher, id_kind, id_cipher, tariff_code, meter_no, "
                           "prepaid, balance_fen, status, blocked, blocked_reason, opened_on, "
                           "seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            "accounts", [&](QSqlQuery &q) {
                // The counter's ciphertext (its key) becomes the centre's (the data key).
                auto text = [&](int col) {
                    if (q.value(col).isNull())
                        return QByteArray();
                    auto t = cipher.decryptText(q.value(col).toByteArray());
                    if (!t) {
                        if (!undecryptable)
                            undecryptable =
                                Error{QStringLiteral("central.import"),
                                      tr("账户 %1 的个人信息无法解密：%2")
                                          .arg(q.value(0).toString(), t.error().message)};
                        return QByteArray();
                    }
                    return t.value().isEmpty() ? QByteArray()
                                               : m_db.cipher().encryptText(t.value());
                };
                return QVariantList{q.value(0),  region,      q.value(1),  q.value(2),
                                    q.value(3),  text(4),     q.value(5),  text(6),
                                    q.value(7),  q.value(8),  q.value(9),  q.value(10),
                                    q.value(11), q.value(12), q.value(13), q.value(14)};
            });
    if (s && undecryptable) // nothing is imported (the transaction rolls back)
        s = *undecryptable;
    if (s) {
        QSqlQuery q(src);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT a.account_no, b.period, b.kwh_tier1, b.kwh_tier2, "
                                   "b.kwh_tier3, b.amount_fen, b.due_date, b.paid_fen, b.status, "
                                   "COALESCE(b.penalty_from, '') FROM bills b JOIN accounts a ON "
                                   "a.id = b.account_id")))
            s = Error{QStringLiteral("central.import"), q.lastError().text()};
        int n = 0;
        while (s && q.next()) {
            QVariantList v;
            for (int i = 0; i < 10; ++i)
                v.append(q.value(i));
            s = m_db.run(
                QStringLiteral("INSERT INTO bills (account_no, period, kwh_tier1, "
                               "kwh_tier2, kwh_tier3, amount_fen, due_date, paid_fen, "
                               "status, penalty_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                v);
            ++n;
        }
        summary.insert(QStringLiteral("bills"), n);
    }
    if (s)
        s = copy(
            QStringLiteral("SELECT login, name, role, password_hash, disabled FROM operators"),
            QStringLiteral("INSERT INTO operators (login, hall_code, name, role, password_hash, "
                           "disabled, seq) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (login) DO "
                           "NOTHING"),
            "operators", [&](QSqlQuery &q) {
                return QVariantList{q.value(0), id.hallCode, q.value(1),
                                    q.value(2), q.value(3),  q.value(4)};
            });
    if (s)
        s = copy(QStringLiteral("SELECT key, value FROM settings"),
                 QStringLiteral("INSERT INTO settings (key, value, seq) VALUES (?, ?, ?) ON "
                                "CONFLICT (key) DO NOTHING"),
                 "settings", [](QSqlQuery &q) {
                     return QVariantList{q.value(0), q.value(1)};
                 });
    if (!s)
        return s.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    summary.insert(QStringLiteral("hall_code"), id.hallCode);
    summary.insert(QStringLiteral("region"), region);
    return summary;
}

Result<QJsonObject> CentralService::stats()
{
    QJsonObject o;
    for (const char *t : {"accounts", "bills", "payments", "ops", "operators", "principals"}) {
        auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(t));
        if (!q)
            return q.error();
        o.insert(QLatin1String(t), q.value()->next() ? q.value()->value(0).toLongLong() : 0);
        q.value()->finish();
    }
    return o;
}

Result<QJsonObject> CentralService::accountInfo(const QString &accountNo)
{
    QString region;
    auto a = loadAccount(accountNo, &region);
    if (!a)
        return a.error();
    if (!a.value())
        return Error{QStringLiteral("central.unknown-account"),
                     tr("没有这个户号：%1").arg(accountNo)};
    QStringList bills;
    for (const sync::BillState &b : a.value()->bills)
        bills << QStringLiteral("%1:%2:%3").arg(b.period).arg(b.paidFen).arg(b.status);
    return QJsonObject{{QStringLiteral("account_no"), accountNo},
                       {QStringLiteral("region"), region},
                       {QStringLiteral("status"), a.value()->status},
                       {QStringLiteral("balance_fen"), a.value()->balanceFen},
                       {QStringLiteral("refund_due_fen"), a.value()->refundDueFen},
                       {QStringLiteral("bills"), bills.join(u';')}};
}

Result<QJsonObject> CentralService::paymentList()
{
    auto q = m_db.exec(QStringLiteral("SELECT uuid, source, kind, account_no, amount_fen, "
                                      "reverses_uuid, conflict, to_credit_fen, refund_due FROM "
                                      "payments ORDER BY uuid"));
    if (!q)
        return q.error();
    QJsonArray list;
    qint64 total = 0;
    while (q.value()->next()) {
        QSqlQuery *r = q.value();
        total += r->value(4).toLongLong();
        list.append(QJsonObject{{QStringLiteral("uuid"), r->value(0).toString()},
                                {QStringLiteral("source"), r->value(1).toString()},
                                {QStringLiteral("kind"), r->value(2).toString()},
                                {QStringLiteral("account_no"), r->value(3).toString()},
                                {QStringLiteral("amount_fen"), r->value(4).toLongLong()},
                                {QStringLiteral("reverses_uuid"), r->value(5).toString()},
                                {QStringLiteral("conflict"), r->value(6).toString()},
                                {QStringLiteral("to_credit_fen"), r->value(7).toLongLong()},
                                {QStringLiteral("refund_due"), r->value(8).toInt() != 0}});
    }
    q.value()->finish();
    return QJsonObject{{QStringLiteral("payments"), list}, {QStringLiteral("total_fen"), total}};
}

Result<QJsonObject> CentralService::accountsDump()
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT a.account_no, a.balance_fen, a.refund_due_fen, a.status, b.period, b.paid_fen, "
        "b.status FROM accounts a LEFT JOIN bills b ON b.account_no = a.account_no ORDER BY "
        "a.account_no, b.period"));
    if (!q)
        return q.error();
    QJsonObject out;
    QString current, head;
    QStringList bills;
    auto flush = [&] {
        if (!current.isEmpty())
            out.insert(current, QString(head + bills.join(u';')));
    };
    while (q.value()->next()) {
        QSqlQuery *r = q.value();
        const QString no = r->value(0).toString();
        if (no != current) {
            flush();
            current = no;
            head = QStringLiteral("%1|%2|%3|")
                       .arg(r->value(1).toLongLong())
                       .arg(r->value(2).toLongLong())
                       .arg(r->value(3).toString());
            bills.clear();
        }
        if (!r->value(4).isNull())
            bills << QStringLiteral("%1:%2:%3")
                         .arg(r->value(4).toInt())
                         .arg(r->value(5).toLongLong())
                         .arg(r->value(6).toInt());
    }
    flush();
    q.value()->finish();
    return out;
}

} // namespace hd::central
