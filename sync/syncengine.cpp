#include "syncengine.h"

#include "accountsearch.h"
#include "idnumber.h"
#include "payloadmigration.h"
#include "phone.h"
#include "protocol.h"
#include "store.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <limits>
#include <optional>
#include <sqlite3.h>
#include <utility>

namespace hd::sync {

namespace {

// Free functions translate in "hd::sync", the context lupdate gives them (classes declare
// their own tr()).
QString tr(const char *text)
{
    return QCoreApplication::translate("hd::sync", text);
}

Error sqlError(const QSqlQuery &q)
{
    return Error{QStringLiteral("store.sql"), tr("本地数据库错误：%1").arg(q.lastError().text())};
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Result<qint64> maxOutboxSeq(Store &store)
{
    QSqlQuery q(store.db());
    if (!q.exec(QStringLiteral("SELECT COALESCE(max(seq), 0) FROM outbox")) || !q.next())
        return sqlError(q);
    return q.value(0).toLongLong();
}

} // namespace

QJsonObject SyncReport::toJson() const
{
    return {{QStringLiteral("pushed"), pushed},          {QStringLiteral("applied"), applied},
            {QStringLiteral("duplicate"), duplicate},    {QStringLiteral("rejected"), rejected},
            {QStringLiteral("pulled"), pulled},          {QStringLiteral("pages"), pages},
            {QStringLiteral("full_resync"), fullResync}, {QStringLiteral("resent"), resent}};
}

QJsonObject SyncStatus::toJson() const
{
    return {{QStringLiteral("enrolled"), enrolled},
            {QStringLiteral("pending"), pending},
            {QStringLiteral("rejected"), rejected},
            {QStringLiteral("data_as_of"), dataAsOf.toString(Qt::ISODateWithMs)},
            {QStringLiteral("last_contact"), lastContact.toString(Qt::ISODateWithMs)},
            {QStringLiteral("last_error"), lastError},
            {QStringLiteral("cursor"), cursor}};
}

SyncEngine::SyncEngine(Store &store, SyncClient &client)
    : m_store(store)
    , m_client(client)
{
    // A pull inserts into every index of accounts, bills and name_grams at random places: with
    // SQLite's default 2 MiB page cache most of those pages are read again and again.
    QSqlQuery q(m_store.db());
    q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
}

SyncEngine::~SyncEngine() = default;

QSqlQuery &SyncEngine::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(m_store.db());
        q->prepare(sql);
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

SyncClient::Options SyncEngine::clientOptions(const SyncConfig &config)
{
    SyncClient::Options o;
    o.central = config.central;
    o.caFile = config.caFile;
    o.keyId = config.keyId;
    o.secretKey = config.secretKey;
    return o;
}

Result<SyncConfig> SyncEngine::enroll(Store &store, const QUrl &central, const QString &code,
                                      const QString &caFile, const QString &label)
{
    if (!central.isValid() ||
        (central.scheme() != QLatin1String("https") && central.scheme() != QLatin1String("http")))
        return Error{QStringLiteral("sync.url"), tr("中心地址无效：%1").arg(central.toString())};
    const KeyPair keys = KeyPair::generate();
    SyncClient::Options o;
    o.central = central;
    o.caFile = caFile;
    SyncClient client(o);
    const StoreIdentity id = store.identity();
    const auto r =
        client.post(QStringLiteral("/api/v1/enroll"),
                    {{QStringLiteral("code"), code.trimmed()},
                     {QStringLiteral("public_key"), QString::fromLatin1(keys.publicKey.toBase64())},
                     {QStringLiteral("terminal_code"), id.terminalCode},
                     {QStringLiteral("label"), label}},
                    false);
    if (!r.ok())
        return Error{r.status == 0 ? QStringLiteral("sync.offline")
                                   : (r.errorCode().isEmpty() ? QStringLiteral("sync.refused")
                                                              : r.errorCode()),
                     r.describe()};
    if (r.body.value(QStringLiteral("hall_code")).toString() != id.hallCode &&
        !id.hallCode.isEmpty())
        return Error{QStringLiteral("sync.hall"),
                     tr("注册码属于营业厅 %1，本机是营业厅 %2，未注册。")
                         .arg(r.body.value(QStringLiteral("hall_code")).toString(), id.hallCode)};
    SyncConfig c;
    c.central = central;
    c.caFile = caFile;
    c.keyId = r.body.value(QStringLiteral("key_id")).toString();
    c.hallCode = r.body.value(QStringLiteral("hall_code")).toString();
    c.region = r.body.value(QStringLiteral("region")).toString();
    c.secretKey = keys.secretKey;
    Transaction tx(store.db());
    if (!tx.isActive())
        return tx.beginError();
    if (Status s = c.save(store); !s)
        return s.error();
    // A new enrollment starts the pull from the beginning.
    if (Status s = setSyncState(store, QStringLiteral("cursor"), QStringLiteral("0")); !s)
        return s.error();
    // The ops the store holds now may have reached the centre under an earlier enrollment (a
    // re-enrolled terminal, a store copied to a new one): the push asks about them first. Ops
    // written after this have been nowhere yet.
    auto held = maxOutboxSeq(store);
    if (!held)
        return held.error();
    if (Status s = setSyncState(store, QStringLiteral("sent_seq"), QString::number(*held)); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return c;
}

Status SyncEngine::recordContact(const QString &error)
{
    if (Status s = setSyncState(m_store, QStringLiteral("last_error"), error); !s)
        return s;
    if (error.isEmpty())
        return setSyncState(m_store, QStringLiteral("last_contact"), nowIso());
    return {};
}

Status SyncEngine::markLocallyRejected(qint64 seq, const Error &error)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'rejected', reason = ?, last_error = ?, "
                             "acked_at = ? WHERE seq = ?"));
    q.addBindValue(error.code);
    q.addBindValue(error.message);
    q.addBindValue(nowIso());
    q.addBindValue(seq);
    if (!q.exec())
        return sqlError(q);
    return {};
}

// ---- push --------------------------------------------------------------------------------

// One batch of the outbox as the request body that carries it.
struct SyncEngine::OutBatch
{
    QByteArray body;
    QList<QString> uuids; // in seq order, as sent
    qint64 first = 0;     // seq of the first op and of the last
    qint64 last = 0;
    // The same ops by uuid and content hash only, for the first round (POST /api/v1/ops/known).
    QByteArray known;
    bool hasBody = false; // read for the first round only: `body` is empty
};

Result<SyncEngine::OutBatch> SyncEngine::readBatch(qint64 afterSeq, int limit, SyncReport &report,
                                                   int parts)
{
    OutBatch batch;
    const bool withBody = parts & kBody;
    const bool withKnown = parts & kKnown;
    batch.hasBody = withBody;
    QList<std::pair<qint64, Error>> setAside;
    {
        QSqlQuery q(m_store.db());
        q.setForwardOnly(true);
        // The payload as the UTF-8 bytes stored, not through QString and back.
        q.prepare(QStringLiteral("SELECT seq, op_uuid, kind, schema_version, CAST(payload AS "
                                 "BLOB), created_at FROM outbox WHERE state IN ('pending', "
                                 "'sent') AND seq > ? ORDER BY seq LIMIT ?"));
        q.addBindValue(afterSeq);
        q.addBindValue(limit);
        if (!q.exec())
            return sqlError(q);
        batch.body = "{\"ops\":[";
        batch.known = "{\"ops\":[";
        if (withBody)
            batch.body.reserve(qsizetype(limit) * 768);
        if (withKnown)
            batch.known.reserve(qsizetype(limit) * 112);
        while (q.next()) {
            const qint64 seq = q.value(0).toLongLong();
            const QString uuid = q.value(1).toString();
            const QString kind = q.value(2).toString();
            const int version = q.value(3).toInt();
            QByteArray payload = q.value(4).toByteArray();
            if (version != kPayloadVersion) {
                auto migrated =
                    migratePayload(kind, version, QJsonDocument::fromJson(payload).object());
                if (!migrated) {
                    // Kept and shown to the supervisor, never dropped; the queue goes on.
                    setAside.append({seq, migrated.error()});
                    continue;
                }
                payload = QJsonDocument(migrated.value()).toJson(QJsonDocument::Compact);
            }
            if (!batch.uuids.isEmpty()) {
                if (withBody)
                    batch.body += ',';
                if (withKnown)
                    batch.known += ',';
            } else {
                batch.first = seq;
            }
            batch.last = seq;
            batch.uuids.append(uuid);
            if (withBody) {
                // The keys in the order QJsonDocument writes them (sorted), as before.
                batch.body += "{\"created_at\":";
                appendJsonString(batch.body, q.value(5).toString());
                batch.body += ",\"kind\":";
                appendJsonString(batch.body, kind);
                batch.body += ",\"op_uuid\":";
                appendJsonString(batch.body, uuid);
                batch.body += ",\"payload\":";
                batch.body += payload;
                batch.body += ",\"schema_version\":" + QByteArray::number(kPayloadVersion) +
                              ",\"seq\":" + QByteArray::number(seq) + '}';
            }
            if (!withKnown)
                continue;
            // The centre's content hash: SHA-256 of kind "\n" canonical payload (compact, keys
            // sorted, as QJsonDocument writes it). A payload hashed differently is only sent
            // in full, never refused, so this need not be more than a fast path.
            batch.known +=
                "{\"hash\":\"" + sha256Hex(kind.toUtf8() + '\n' + payload) + "\",\"op_uuid\":";
            appendJsonString(batch.known, uuid);
            batch.known += '}';
        }
        batch.body += "]}";
        batch.known += "]}";
    }
    for (const auto &[seq, error] : std::as_const(setAside)) {
        if (Status s = markLocallyRejected(seq, error); !s)
            return s.error();
        ++report.rejected;
    }
    return batch;
}

// The centre's answers to one batch, stored in one transaction: every op's state and result
// in one statement that reads them from the answer's JSON, the acknowledged seq, the contact.
Status SyncEngine::recordAnswers(const OutBatch &batch, const SyncClient::Response &response)
{
    Transaction tx(m_store.db());
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery u(m_store.db());
    // A first round's "missing" ops are not answered yet: they stay pending. Each answer's
    // fields are taken out of its JSON once (MATERIALIZED): SQLite 3.40 parses an element's
    // text again at every ->> on it.
    u.prepare(QStringLiteral(
        "WITH a AS MATERIALIZED (SELECT j.value->>'op_uuid' AS op_uuid, j.value->>'status' AS "
        "status, COALESCE(j.value->'effect', '{}') AS effect, COALESCE(j.value->>'reason', '') "
        "AS reason, COALESCE(j.value->>'message', '') AS message FROM json_each(?, '$.results') "
        "AS j) UPDATE outbox SET state = a.status, result = a.effect, reason = a.reason, "
        "last_error = a.message, acked_at = ?, attempts = attempts + 1 FROM a WHERE "
        "outbox.op_uuid = a.op_uuid AND outbox.seq BETWEEN ? AND ? AND a.status IN ('applied', "
        "'duplicate', 'rejected')"));
    u.addBindValue(QString::fromUtf8(response.raw));
    u.addBindValue(nowIso());
    u.addBindValue(batch.first);
    u.addBindValue(batch.last);
    if (!u.exec())
        return sqlError(u);
    if (Status s = setSyncState(
            m_store, QStringLiteral("acked_seq"),
            QString::number(response.body.value(QStringLiteral("acked_seq")).toInteger()));
        !s)
        return s;
    if (Status s = recordContact({}); !s)
        return s;
    return tx.commit();
}

Result<SyncReport> SyncEngine::push(SyncReport report)
{
    // Pipelined: while the centre works on a batch, the answers to the previous one are stored,
    // and the next one is read and sent (see below: the centre applies it only after this one).
    // Answers not yet stored when the counter stops are asked again and come back as
    // duplicates.
    int limit = m_batchSize;
    // Every op up to sent_seq may have reached the centre: put in a request whose answer may
    // not have been stored, or held when the store was enrolled (see enroll). The ops after it
    // have never left this store, so a push of them skips the first round below. Without the
    // key (a store enrolled by an earlier release), every op may have.
    std::optional<qint64> sentSeq;
    {
        bool ok = false;
        const qint64 v = syncState(m_store, QStringLiteral("sent_seq")).toLongLong(&ok);
        if (ok)
            sentSeq = v;
    }
    const qint64 mayBeHeld = sentSeq.value_or(std::numeric_limits<qint64>::max());
    bool ask = m_askKnown;
    if (ask && sentSeq) {
        QSqlQuery q(m_store.db());
        if (!q.exec(
                QStringLiteral("SELECT min(seq) FROM outbox WHERE state IN ('pending', 'sent')")) ||
            !q.next())
            return sqlError(q);
        ask = !q.value(0).isNull() && q.value(0).toLongLong() <= mayBeHeld;
    }
    auto current = readBatch(0, limit, report, ask ? kBody | kKnown : kBody);
    std::optional<std::pair<OutBatch, SyncClient::Response>> answered;
    auto storeAnswered = [&]() -> Status {
        if (!answered)
            return {};
        Status s = recordAnswers(answered->first, answered->second);
        answered.reset();
        return s;
    };
    // First round: while the centre already holds the ops (a replay, a store copied to a new
    // terminal, answers lost on the way back), batches go by uuid and content hash only, and
    // payloads travel only from the first batch that has an op the centre lacks. Pipelined
    // like the push below: the answers to one batch are stored while the centre looks up the
    // next. The round only reads at the centre, so asking ahead is always safe. An older
    // centre without it answers 404.
    // The first questions are push batches, so that a push of new ops reads nothing twice;
    // once the centre holds a whole batch, they grow (the centre takes kKnownOpsPerPush times
    // a push's ops in one): fewer requests, fewer transactions to store the answers.
    int knownLimit = limit;
    while (ask && m_askKnown && current && !current->uuids.isEmpty()) {
        QElapsedTimer wait;
        wait.start();
        QNetworkReply *reply =
            m_client.startPost(QStringLiteral("/api/v1/ops/known"), current->known);
        m_client.waitUntilSent(reply);
        report.waitMs += wait.elapsed();
        Status stored = storeAnswered();
        // The next batch is a question only if it starts with an op that may be held.
        const bool askNext = current->last < mayBeHeld;
        auto next = stored ? readBatch(current->last, askNext ? knownLimit : limit, report,
                                       askNext ? kKnown : kBody)
                           : Result<OutBatch>(stored.error());
        wait.restart();
        const auto known = m_client.finish(reply, current->known.size());
        report.waitMs += wait.elapsed();
        report.bytesUp += known.bytesSent;
        if (!next)
            return next.error();
        if (known.status == 404 || known.status == 405) {
            m_askKnown = false;
            break;
        }
        if (known.status == 0 || known.status >= 500 || known.status == 429 ||
            known.status == 401 || known.status == 403) {
            (void)recordContact(known.describe());
            return Error{known.status == 0 ? QStringLiteral("sync.offline")
                                           : QStringLiteral("sync.refused"),
                         known.describe()};
        }
        const QJsonArray results = known.body.value(QStringLiteral("results")).toArray();
        bool matches = known.ok() && results.size() == current->uuids.size();
        int duplicate = 0, rejected = 0;
        for (qsizetype i = 0; matches && i < results.size(); ++i) {
            const QJsonObject r = results[i].toObject();
            const QString status = r.value(QStringLiteral("status")).toString();
            matches = r.value(QStringLiteral("op_uuid")).toString() == current->uuids[i];
            if (status == QLatin1String("duplicate"))
                ++duplicate;
            else if (status == QLatin1String("rejected"))
                ++rejected;
            else if (status != QLatin1String("missing"))
                matches = false;
        }
        if (!matches) {
            // Not understood: the push below answers every op by itself.
            m_askKnown = false;
            break;
        }
        const int held = duplicate + rejected;
        report.pushed += held;
        report.duplicate += duplicate;
        report.rejected += rejected;
        if (held == current->uuids.size()) {
            knownLimit = limit * kKnownOpsPerPush;
            answered.emplace(std::move(current).value(), known);
            current = std::move(next);
            ask = askNext;
            continue;
        }
        // The ops of this batch the centre lacks go in full, and the rest of the outbox with
        // them: a first round that finds one missing op is not asked again in this push.
        if (held > 0) {
            if (Status s = storeAnswered(); !s)
                return s.error();
            if (Status s = recordAnswers(*current, known); !s)
                return s.error();
            current = readBatch(current->first - 1, limit, report);
        }
        break;
    }
    // A question read ahead has no payloads, and may be too big for a push.
    if (current && !current->uuids.isEmpty() &&
        (!current->hasBody || current->uuids.size() > limit))
        current = readBatch(current->first - 1, limit, report);
    // Before they go, ops are marked as possibly held by the centre. The mark covers the whole
    // outbox, so that one write serves the whole push; ops written while it runs are marked
    // again when a batch reaches them.
    auto markSent = [&](const OutBatch &batch) -> Status {
        if (sentSeq && batch.last <= *sentSeq)
            return {};
        auto marked = maxOutboxSeq(m_store);
        if (!marked)
            return marked.error();
        if (Status s = setSyncState(m_store, QStringLiteral("sent_seq"),
                                    QString::number(std::max(*marked, batch.last)));
            !s)
            return s;
        sentSeq = std::max(*marked, batch.last);
        return {};
    };
    // Two requests in flight: the next batch goes out while the centre still works on this
    // one, saying which seq this one ends with (`after_seq`). The centre applies it only once
    // it has applied that one, so it sees the outbox in order however the requests arrive: it
    // holds a batch that arrives first until its predecessor is applied (for a while; then
    // 409 push.order, nothing changed, and the batch is sent again after its predecessor's
    // answer). A centre that does not know the field refuses it as unknown: the push goes on
    // one request at a time.
    QNetworkReply *currentReply = nullptr; // `current` already sent ahead
    auto discardAhead = [&] {
        m_client.discard(currentReply);
        currentReply = nullptr;
    };
    for (;;) {
        if (!current) {
            discardAhead();
            return current.error();
        }
        if (current->uuids.isEmpty()) {
            if (Status s = storeAnswered(); !s)
                return s.error();
            return report;
        }
        QElapsedTimer wait;
        wait.start();
        QNetworkReply *reply = std::exchange(currentReply, nullptr);
        const bool sentAhead = reply != nullptr;
        if (!sentAhead) {
            if (Status s = markSent(*current); !s)
                return s.error();
            reply = m_client.startPost(QStringLiteral("/api/v1/ops"), current->body);
        }
        m_client.waitUntilSent(reply);
        report.waitMs += wait.elapsed();
        Status stored = storeAnswered();
        auto next = stored ? readBatch(current->last, m_batchSize, report)
                           : Result<OutBatch>(stored.error());
        if (next && m_pipelinePush && !next->uuids.isEmpty()) {
            if (Status s = markSent(*next); !s)
                next = s.error();
            else
                currentReply =
                    m_client.startPost(QStringLiteral("/api/v1/ops"),
                                       "{\"after_seq\":" + QByteArray::number(current->last) + ',' +
                                           QByteArrayView(next->body).sliced(1));
        }
        wait.restart();
        const auto response = m_client.finish(reply, current->body.size());
        report.waitMs += wait.elapsed();
        report.bytesUp += response.bytesSent;
        if (sentAhead && (response.status == 409 || response.status == 400) &&
            (response.errorCode() == QLatin1String("push.order") ||
             response.body.value(QStringLiteral("field")).toString() ==
                 QLatin1String("after_seq"))) {
            // Arrived before the batch it follows had been applied, or the centre does not
            // pipeline: nothing was applied; it goes again, on its own.
            if (response.status == 400)
                m_pipelinePush = false;
            ++report.resent;
            discardAhead();
            if (!next)
                return next.error();
            continue;
        }
        if (!next) {
            discardAhead();
            return next.error();
        }
        if (response.status == 0 || response.status >= 500 || response.status == 429 ||
            response.status == 401 || response.status == 403 || response.status == 409) {
            discardAhead();
            (void)recordContact(response.describe());
            return Error{response.status == 0 ? QStringLiteral("sync.offline")
                                              : QStringLiteral("sync.refused"),
                         response.describe()};
        }
        if (!response.ok()) {
            // The centre refused the request as malformed. Narrow it down to the op at fault,
            // which is set aside as rejected with the centre's reason; the others go on.
            discardAhead();
            if (current->uuids.size() > 1) {
                limit = std::max(1, int(current->uuids.size() / 2));
                current = readBatch(current->first - 1, limit, report);
                continue;
            }
            if (Status s = markLocallyRejected(
                    current->first, {response.errorCode(),
                                     response.body.value(QStringLiteral("message")).toString()});
                !s)
                return s.error();
            ++report.rejected;
            limit = m_batchSize;
            current = readBatch(current->last, limit, report);
            continue;
        }
        // One answer per op, in the order sent: anything else is not stored.
        const QJsonArray results = response.body.value(QStringLiteral("results")).toArray();
        bool matches = results.size() == current->uuids.size();
        for (qsizetype i = 0; matches && i < results.size(); ++i) {
            const QJsonObject r = results[i].toObject();
            const QString status = r.value(QStringLiteral("status")).toString();
            matches = r.value(QStringLiteral("op_uuid")).toString() == current->uuids[i];
            if (status == QLatin1String("applied"))
                ++report.applied;
            else if (status == QLatin1String("duplicate"))
                ++report.duplicate;
            else if (status == QLatin1String("rejected"))
                ++report.rejected;
            else
                matches = false;
            ++report.pushed;
        }
        if (!matches) {
            discardAhead();
            const QString why = tr("中心的答复与发送的操作不对应，未记录。");
            (void)recordContact(why);
            return Error{QStringLiteral("sync.protocol"), why};
        }
        answered.emplace(std::move(current).value(), response);
        limit = m_batchSize; // a batch narrowed down went through; `next` is a whole one
        current = std::move(next);
    }
}

// ---- pull --------------------------------------------------------------------------------

Result<SyncReport> SyncEngine::pullPages(SyncReport report)
{
    auto request = [this](const QString &cursor) {
        return m_client.startGet(
            QStringLiteral("/api/v1/changes?after=%1&limit=%2").arg(cursor).arg(m_pageSize));
    };
    QNetworkReply *pending =
        request(syncState(m_store, QStringLiteral("cursor"), QStringLiteral("0")));
    // Whatever happens below, a page asked for in advance is not left behind.
    auto abandon = qScopeGuard([&pending] {
        if (pending) {
            pending->abort();
            pending->deleteLater();
        }
    });
    for (;;) {
        QElapsedTimer wait;
        wait.start();
        const auto response = m_client.finish(std::exchange(pending, nullptr));
        report.waitMs += wait.elapsed();
        report.bytesDown += response.raw.size();
        if (response.status == 410) {
            // The centre cannot continue from this cursor: start over. Local operations not
            // yet acknowledged stay in the outbox and are kept on top of the new state.
            if (Status s = setSyncState(m_store, QStringLiteral("cursor"), QStringLiteral("0")); !s)
                return s.error();
            report.fullResync = true;
            pending = request(QStringLiteral("0"));
            continue;
        }
        if (!response.ok()) {
            (void)recordContact(response.describe());
            return Error{response.status == 0 ? QStringLiteral("sync.offline")
                                              : QStringLiteral("sync.refused"),
                         response.describe()};
        }
        const bool more = response.body.value(QStringLiteral("more")).toBool();
        const QString next = response.body.value(QStringLiteral("cursor")).toString();
        // Read the next page while this one is stored; its cursor is saved only with it.
        if (more)
            pending = request(next);
        int rows = 0;
        Transaction tx(m_store.db());
        if (!tx.isActive())
            return tx.beginError();
        if (Status s = applyPage(response.body, &rows); !s)
            return s.error();
        if (Status s = setSyncState(m_store, QStringLiteral("cursor"), next); !s)
            return s.error();
        if (!more)
            if (Status s =
                    setSyncState(m_store, QStringLiteral("data_as_of"),
                                 response.body.value(QStringLiteral("server_time")).toString());
                !s)
                return s.error();
        if (Status s = recordContact({}); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        report.pulled += rows;
        ++report.pages;
        if (!more)
            return report;
    }
}

// A first pull into an empty store writes every account: maintaining the store's secondary
// indexes row by row costs more than building them once at the end. They are dropped for the
// pull and made again when it ends, whether it succeeded or not; their definitions are kept in
// sync_state, so that a pull cut by a crash has them made again by the next engine.
Status SyncEngine::restoreDeferredIndexes()
{
    const QString saved = syncState(m_store, QStringLiteral("deferred_indexes"));
    if (saved.isEmpty())
        return {};
    Transaction tx(m_store.db());
    if (!tx.isActive())
        return tx.beginError();
    for (const QJsonValue &v : QJsonDocument::fromJson(saved.toUtf8()).array())
        if (Status s = execSql(m_store.db(), v.toString()); !s)
            return s;
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral("DELETE FROM sync_state WHERE key = 'deferred_indexes'")))
        return sqlError(q);
    return tx.commit();
}

Status SyncEngine::deferIndexes()
{
    QSqlQuery empty(m_store.db());
    if (!empty.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM accounts)")) || !empty.next())
        return sqlError(empty);
    if (!empty.value(0).toBool())
        return {};
    empty.finish();
    Transaction tx(m_store.db());
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql "
                               "IS NOT NULL AND tbl_name IN ('accounts', 'bills', 'name_grams')")))
        return sqlError(q);
    QStringList names;
    QJsonArray definitions;
    while (q.next()) {
        names << q.value(0).toString();
        definitions.append(q.value(1).toString());
    }
    q.finish();
    if (Status s = setSyncState(
            m_store, QStringLiteral("deferred_indexes"),
            QString::fromUtf8(QJsonDocument(definitions).toJson(QJsonDocument::Compact)));
        !s)
        return s;
    for (const QString &name : names)
        if (Status s = execSql(m_store.db(), QStringLiteral("DROP INDEX \"%1\"").arg(name)); !s)
            return s;
    return tx.commit();
}

Result<SyncReport> SyncEngine::pull(SyncReport report)
{
    if (Status s = restoreDeferredIndexes(); !s) // left by a pull that was cut short
        return s.error();
    if (syncState(m_store, QStringLiteral("cursor"), QStringLiteral("0")) == QLatin1String("0"))
        if (Status s = deferIndexes(); !s)
            return s.error();
    auto result = pullPages(report);
    if (Status s = restoreDeferredIndexes(); !s)
        return s.error();
    return result;
}

Result<QHash<QString, QList<SyncEngine::LocalOp>>> SyncEngine::unacknowledgedOps(qint64 ackedSeq)
{
    // Only ops the centre has not answered yet and that are beyond what the pulled state
    // already contains: the two conditions together keep an op from counting twice.
    QHash<QString, QList<LocalOp>> byAccount;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, op_uuid, kind, schema_version, payload FROM outbox "
                             "WHERE seq > ? AND state IN ('pending', 'sent') AND kind IN "
                             "('payment', 'reversal') ORDER BY seq"));
    q.addBindValue(ackedSeq);
    if (!q.exec())
        return sqlError(q);
    while (q.next()) {
        auto payload =
            migratePayload(q.value(2).toString(), q.value(3).toInt(),
                           QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object());
        if (!payload)
            continue; // set aside at the next push; it has no effect anywhere until then
        const QString account = payload->value(QStringLiteral("account_no")).toString();
        byAccount[account].append({q.value(0).toLongLong(), q.value(1).toString(),
                                   q.value(2).toString(), payload.value()});
    }
    return byAccount;
}

Status SyncEngine::applyPage(const QJsonObject &page, int *rows)
{
    auto pending = unacknowledgedOps(page.value(QStringLiteral("acked_seq")).toInteger());
    if (!pending)
        return pending.error();
    QSqlDatabase &db = m_store.db();
    for (const QJsonValue &v : page.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject change = v.toObject();
        const QString type = change.value(QStringLiteral("type")).toString();
        const QJsonObject d = change.value(QStringLiteral("data")).toObject();
        ++*rows;
        if (type == QLatin1String("account")) {
            const QString no = d.value(QStringLiteral("account_no")).toString();
            if (Status s = writeAccount(d, d.value(QStringLiteral("bills")).toArray()); !s)
                return s;
            if (const auto it = pending->constFind(no); it != pending->constEnd())
                if (Status s = rebase(no, *it); !s)
                    return s;
        } else if (type == QLatin1String("tariff")) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "INSERT INTO tariffs (code, name, customer_class, billing_period, tier1_limit_kwh, "
                "tier2_limit_kwh, price1_li, price2_li, price3_li, effective_from) VALUES (?, ?, "
                "?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
                "customer_class = excluded.customer_class, billing_period = "
                "excluded.billing_period, tier1_limit_kwh = excluded.tier1_limit_kwh, "
                "tier2_limit_kwh = excluded.tier2_limit_kwh, price1_li = excluded.price1_li, "
                "price2_li = excluded.price2_li, price3_li = excluded.price3_li, effective_from = "
                "excluded.effective_from"));
            for (const char *k :
                 {"code", "name", "customer_class", "billing_period", "tier1_limit_kwh",
                  "tier2_limit_kwh", "price1_li", "price2_li", "price3_li", "effective_from"})
                q.addBindValue(d.value(QLatin1String(k)).toVariant());
            if (!q.exec())
                return sqlError(q);
        } else if (type == QLatin1String("operator")) {
            // Failed attempts and lock-outs stay local; the hash and the disabled flag are the
            // centre's, so an operator disabled centrally cannot log in after this pull.
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "INSERT INTO operators (login, name, role, password_hash, disabled) VALUES (?, ?, "
                "?, ?, ?) ON CONFLICT (login) DO UPDATE SET name = excluded.name, role = "
                "excluded.role, password_hash = excluded.password_hash, disabled = "
                "excluded.disabled"));
            q.addBindValue(d.value(QStringLiteral("login")).toString());
            q.addBindValue(d.value(QStringLiteral("name")).toString());
            q.addBindValue(d.value(QStringLiteral("role")).toString());
            q.addBindValue(d.value(QStringLiteral("password_hash")).toString());
            q.addBindValue(d.value(QStringLiteral("disabled")).toBool() ? 1 : 0);
            if (!q.exec())
                return sqlError(q);
        } else if (type == QLatin1String("setting")) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT "
                                     "(key) DO UPDATE SET value = excluded.value"));
            q.addBindValue(d.value(QStringLiteral("key")).toString());
            q.addBindValue(d.value(QStringLiteral("value")).toString());
            if (!q.exec())
                return sqlError(q);
        } else if (type == QLatin1String("payment")) {
            // A payment made through another channel, for the account's history.
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "INSERT INTO payments (uuid, receipt_no, account_id, kind, amount_fen, method, "
                "channel, created_at) SELECT ?, ?, id, 'bill', ?, 'online', ?, ? FROM accounts "
                "WHERE account_no = ? ON CONFLICT DO NOTHING"));
            q.addBindValue(d.value(QStringLiteral("uuid")).toString());
            q.addBindValue(d.value(QStringLiteral("uuid")).toString());
            q.addBindValue(d.value(QStringLiteral("amount_fen")).toInteger());
            q.addBindValue(d.value(QStringLiteral("channel")).toString());
            q.addBindValue(d.value(QStringLiteral("paid_at")).toString());
            q.addBindValue(d.value(QStringLiteral("account_no")).toString());
            if (!q.exec())
                return sqlError(q);
        }
    }
    return {};
}

namespace {

// The pull writes tens of thousands of rows a page; through QtSql every statement costs more
// than SQLite's own work. These go to SQLite directly through the driver's handle, inside the
// page's transaction that Transaction opened on the same connection.
class RawStatement final
{
    Q_DISABLE_COPY_MOVE(RawStatement)
public:
    RawStatement(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~RawStatement() { sqlite3_finalize(m_stmt); }
    bool valid() const { return m_stmt; }
    void text(int i, const QString &s)
    {
        const QByteArray u = s.toUtf8();
        sqlite3_bind_text(m_stmt, i, u.constData(), int(u.size()), SQLITE_TRANSIENT);
    }
    void textOrNull(int i, const QString &s)
    {
        if (s.isEmpty())
            sqlite3_bind_null(m_stmt, i);
        else
            text(i, s);
    }
    void blobOrNull(int i, const QByteArray &b)
    {
        if (b.isEmpty())
            sqlite3_bind_null(m_stmt, i);
        else
            sqlite3_bind_blob(m_stmt, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
    }
    void integer(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    // Runs the statement; for a query, *row is called for each row.
    bool run(const std::function<void(sqlite3_stmt *)> &row = {})
    {
        int rc;
        while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW)
            if (row)
                row(m_stmt);
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return rc == SQLITE_DONE;
    }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace

struct SyncEngine::RawWriter
{
    explicit RawWriter(sqlite3 *handle)
        : find(handle, "SELECT id, name, customer_class, address, phone_hash, phone_last4, "
                       "phone_masked, id_kind, id_hash, id_masked, tariff_code, meter_no, prepaid, "
                       "opened_on FROM accounts WHERE account_no = ?")
        , insert(handle, "INSERT INTO accounts (account_no, name, customer_class, address, "
                         "phone_cipher, phone_hash, phone_last4, phone_masked, id_kind, id_cipher, "
                         "id_hash, id_masked, tariff_code, meter_no, prepaid, balance_fen, status, "
                         "blocked, blocked_reason, opened_on, refund_due_fen) VALUES (?21, ?1, ?2, "
                         "?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
                         "?19, ?20)")
        , update(handle,
                 "UPDATE accounts SET name = ?1, customer_class = ?2, address = ?3, "
                 "phone_cipher = ?4, phone_hash = ?5, phone_last4 = ?6, phone_masked = ?7, "
                 "id_kind = ?8, id_cipher = ?9, id_hash = ?10, id_masked = ?11, tariff_code "
                 "= ?12, meter_no = ?13, prepaid = ?14, balance_fen = ?15, status = ?16, "
                 "blocked = ?17, blocked_reason = ?18, opened_on = ?19, refund_due_fen = "
                 "?20 WHERE id = ?21")
        , light(handle, "UPDATE accounts SET balance_fen = ?1, status = ?2, blocked = ?3, "
                        "blocked_reason = ?4, refund_due_fen = ?5 WHERE id = ?6")
        , dropGrams(handle, "DELETE FROM name_grams WHERE account_id = ?")
        , gram(handle, "INSERT OR IGNORE INTO name_grams (gram, account_id) VALUES (?, ?)")
        , bill(handle,
               "INSERT INTO bills (account_id, period, kwh_tier1, kwh_tier2, kwh_tier3, "
               "amount_fen, due_date, paid_fen, status, penalty_from) VALUES (?, ?, ?, ?, ?, "
               "?, ?, ?, ?, ?) ON CONFLICT (account_id, period) DO UPDATE SET kwh_tier1 = "
               "excluded.kwh_tier1, kwh_tier2 = excluded.kwh_tier2, kwh_tier3 = "
               "excluded.kwh_tier3, amount_fen = excluded.amount_fen, due_date = "
               "excluded.due_date, paid_fen = excluded.paid_fen, status = excluded.status, "
               "penalty_from = excluded.penalty_from, penalty_carried_fen = CASE WHEN "
               "excluded.status = 0 THEN bills.penalty_carried_fen ELSE 0 END")
        , db(handle)
    {}
    bool valid() const
    {
        return find.valid() && insert.valid() && update.valid() && light.valid() &&
               dropGrams.valid() && gram.valid() && bill.valid();
    }
    RawStatement find, insert, update, light, dropGrams, gram, bill;
    sqlite3 *db;
};

Status SyncEngine::writeAccount(const QJsonObject &d, const QJsonArray &bills)
{
    if (!m_raw) {
        const QVariant handle = m_store.db().driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return Error{QStringLiteral("store.sql"), tr("本地数据库不是 SQLite。")};
        m_raw = std::make_unique<RawWriter>(*static_cast<sqlite3 *const *>(handle.data()));
        if (!m_raw->valid())
            return Error{
                QStringLiteral("store.sql"),
                tr("本地数据库错误：%1").arg(QString::fromUtf8(sqlite3_errmsg(m_raw->db)))};
    }
    RawWriter &w = *m_raw;
    const FieldCipher &cipher = m_store.cipher();
    const QString no = d.value(QStringLiteral("account_no")).toString();
    const QString name = d.value(QStringLiteral("name")).toString();
    const QString customerClass = d.value(QStringLiteral("customer_class")).toString();
    const QString phone = d.value(QStringLiteral("phone")).toString();
    const QString idNumber = d.value(QStringLiteral("id_number")).toString();
    const QString idKind = d.value(QStringLiteral("id_kind")).toString();
    const QString address = d.value(QStringLiteral("address")).toString();
    const QString tariff = d.value(QStringLiteral("tariff_code")).toString();
    const QString meter = d.value(QStringLiteral("meter_no")).toString();
    const QString openedOn = d.value(QStringLiteral("opened_on")).toString();
    const qint64 prepaid = d.value(QStringLiteral("prepaid")).toBool() ? 1 : 0;
    const QByteArray phoneHash = phone.isEmpty() ? QByteArray() : cipher.lookupHash(phone);
    const QByteArray idHash = idNumber.isEmpty() ? QByteArray() : cipher.lookupHash(idNumber);
    const QString phoneLast4 = phone.right(4);
    const QString phoneMasked = phone.isEmpty() ? QString() : maskMobileNumber(phone);
    const QString idMasked =
        idNumber.isEmpty()
            ? QString()
            : (idKind == QLatin1String("resident_id") ? maskResidentId(idNumber) : idNumber);
    qint64 id = 0;
    QString oldName;
    bool found = false;
    bool sameIdentity = false; // every column but the balance and state ones is as stored
    w.find.text(1, no);
    if (!w.find.run([&](sqlite3_stmt *st) {
            auto text = [st](int c) {
                return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, c)),
                                         sqlite3_column_bytes(st, c));
            };
            auto blob = [st](int c) {
                return QByteArray(static_cast<const char *>(sqlite3_column_blob(st, c)),
                                  sqlite3_column_bytes(st, c));
            };
            found = true;
            id = sqlite3_column_int64(st, 0);
            oldName = text(1);
            // A NULL column reads as empty, as textOrNull/blobOrNull write an empty value.
            sameIdentity = oldName == name && text(2) == customerClass && text(3) == address &&
                           blob(4) == phoneHash && text(5) == phoneLast4 &&
                           text(6) == phoneMasked && text(7) == idKind && blob(8) == idHash &&
                           text(9) == idMasked && text(10) == tariff && text(11) == meter &&
                           sqlite3_column_int64(st, 12) == prepaid && text(13) == openedOn;
        }))
        return Error{QStringLiteral("store.sql"), tr("本地数据库错误：%1").arg(w.find.error())};
    if (sameIdentity) {
        // The usual incremental change (a balance, a bill paid): only the columns that can
        // differ are written, so the indexes on name, phone and id are not rewritten and the
        // phone is not encrypted again.
        RawStatement &l = w.light;
        l.integer(1, d.value(QStringLiteral("balance_fen")).toInteger());
        l.text(2, d.value(QStringLiteral("status")).toString());
        l.integer(3, d.value(QStringLiteral("blocked")).toBool() ? 1 : 0);
        l.text(4, d.value(QStringLiteral("blocked_reason")).toString());
        l.integer(5, d.value(QStringLiteral("refund_due_fen")).toInteger());
        l.integer(6, id);
        if (!l.run())
            return Error{QStringLiteral("store.sql"), tr("本地数据库错误：%1").arg(l.error())};
    } else {
        RawStatement &q = found ? w.update : w.insert;
        q.text(1, name);
        q.text(2, customerClass);
        q.text(3, address);
        q.blobOrNull(4, phone.isEmpty() ? QByteArray() : cipher.encryptText(phone));
        q.blobOrNull(5, phoneHash);
        q.textOrNull(6, phoneLast4);
        q.textOrNull(7, phoneMasked);
        q.textOrNull(8, idKind);
        q.blobOrNull(9, idNumber.isEmpty() ? QByteArray() : cipher.encryptText(idNumber));
        q.blobOrNull(10, idHash);
        q.textOrNull(11, idMasked);
        q.text(12, tariff);
        q.text(13, meter);
        q.integer(14, prepaid);
        q.integer(15, d.value(QStringLiteral("balance_fen")).toInteger());
        q.text(16, d.value(QStringLiteral("status")).toString());
        q.integer(17, d.value(QStringLiteral("blocked")).toBool() ? 1 : 0);
        q.text(18, d.value(QStringLiteral("blocked_reason")).toString());
        q.textOrNull(19, openedOn);
        q.integer(20, d.value(QStringLiteral("refund_due_fen")).toInteger());
        if (found)
            q.integer(21, id);
        else
            q.text(21, no);
        if (!q.run())
            return Error{QStringLiteral("store.sql"), tr("本地数据库错误：%1").arg(q.error())};
        if (!found)
            id = sqlite3_last_insert_rowid(w.db);
    }
    if (!found || oldName != name) {
        if (found) {
            w.dropGrams.integer(1, id);
            if (!w.dropGrams.run())
                return Error{QStringLiteral("store.sql"),
                             tr("本地数据库错误：%1").arg(w.dropGrams.error())};
        }
        for (const QString &key :
             nameSearchKeys(name, customerClass != QLatin1String("residential"))) {
            w.gram.text(1, key);
            w.gram.integer(2, id);
            if (!w.gram.run())
                return Error{QStringLiteral("store.sql"),
                             tr("本地数据库错误：%1").arg(w.gram.error())};
        }
    }
    for (const QJsonValue &v : bills) {
        const QJsonArray a = v.toArray();
        w.bill.integer(1, id);
        w.bill.integer(2, a.at(0).toInteger());
        w.bill.integer(3, a.at(1).toInteger());
        w.bill.integer(4, a.at(2).toInteger());
        w.bill.integer(5, a.at(3).toInteger());
        w.bill.integer(6, a.at(4).toInteger());
        w.bill.text(7, a.at(5).toString());
        w.bill.integer(8, a.at(6).toInteger());
        w.bill.integer(9, a.at(7).toInteger());
        w.bill.textOrNull(10, a.at(8).toString());
        if (!w.bill.run())
            return Error{QStringLiteral("store.sql"), tr("本地数据库错误：%1").arg(w.bill.error())};
    }
    return {};
}

Status SyncEngine::rebase(const QString &accountNo, const QList<LocalOp> &ops)
{
    QSqlDatabase &db = m_store.db();
    AccountState a;
    a.accountNo = accountNo;
    qint64 id = 0;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id, status, balance_fen, refund_due_fen FROM accounts "
                                 "WHERE account_no = ?"));
        q.addBindValue(accountNo);
        if (!q.exec() || !q.next())
            return sqlError(q);
        id = q.value(0).toLongLong();
        a.status = q.value(1).toString();
        a.balanceFen = q.value(2).toLongLong();
        a.refundDueFen = q.value(3).toLongLong();
        QSqlQuery bq(db);
        bq.prepare(QStringLiteral("SELECT period, amount_fen, paid_fen, status, "
                                  "COALESCE(penalty_from, '') FROM bills WHERE account_id = ? "
                                  "ORDER BY period"));
        bq.addBindValue(id);
        if (!bq.exec())
            return sqlError(bq);
        while (bq.next())
            a.bills.append({bq.value(0).toInt(), bq.value(1).toLongLong(), bq.value(2).toLongLong(),
                            bq.value(3).toInt(), bq.value(4).toString()});
    }
    QHash<QString, Effect> effects;
    for (const LocalOp &op : ops) {
        if (op.kind == QLatin1String("payment")) {
            effects.insert(op.uuid, applyPayment(a, PaymentFacts::fromPayload(op.payload)));
            continue;
        }
        const QString original = op.payload.value(QStringLiteral("reverses_uuid")).toString();
        if (const auto it = effects.constFind(original); it != effects.constEnd()) {
            undo(a, *it);
            continue;
        }
        // The original was acknowledged earlier: undo what the centre said it did.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT state, result FROM outbox WHERE op_uuid = ?"));
        q.addBindValue(original);
        if (!q.exec())
            return sqlError(q);
        if (q.next() && (q.value(0).toString() == QLatin1String("applied") ||
                         q.value(0).toString() == QLatin1String("duplicate")))
            undo(a, Effect::fromJson(
                        QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object()));
    }
    QSqlQuery u(db);
    u.prepare(
        QStringLiteral("UPDATE accounts SET balance_fen = ?, refund_due_fen = ? WHERE id = ?"));
    u.addBindValue(a.balanceFen);
    u.addBindValue(a.refundDueFen);
    u.addBindValue(id);
    if (!u.exec())
        return sqlError(u);
    QSqlQuery ub(db);
    ub.prepare(QStringLiteral("UPDATE bills SET paid_fen = ?, status = ?, penalty_from = ? WHERE "
                              "account_id = ? AND period = ?"));
    for (const BillState &b : a.bills) {
        ub.addBindValue(b.paidFen);
        ub.addBindValue(b.status);
        ub.addBindValue(b.penaltyFrom.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                : QVariant(b.penaltyFrom));
        ub.addBindValue(id);
        ub.addBindValue(b.period);
        if (!ub.exec())
            return sqlError(ub);
    }
    return {};
}

Result<SyncReport> SyncEngine::runOnce()
{
    auto pushed = push();
    if (!pushed)
        return pushed;
    return pull(pushed.value());
}

SyncStatus SyncEngine::status(Store &store)
{
    SyncStatus s;
    s.enrolled = !syncState(store, QStringLiteral("key_id")).isEmpty();
    QSqlQuery q(store.db());
    if (q.exec(QStringLiteral("SELECT sum(state IN ('pending', 'sent')), sum(state = 'rejected') "
                              "FROM outbox")) &&
        q.next()) {
        s.pending = q.value(0).toLongLong();
        s.rejected = q.value(1).toLongLong();
    }
    s.dataAsOf =
        QDateTime::fromString(syncState(store, QStringLiteral("data_as_of")), Qt::ISODateWithMs);
    s.lastContact =
        QDateTime::fromString(syncState(store, QStringLiteral("last_contact")), Qt::ISODateWithMs);
    s.lastError = syncState(store, QStringLiteral("last_error"));
    s.cursor = syncState(store, QStringLiteral("cursor"), QStringLiteral("0"));
    return s;
}

QList<RejectedOp> SyncEngine::rejectedOps(Store &store)
{
    QList<RejectedOp> list;
    QSqlQuery q(store.db());
    if (!q.exec(QStringLiteral("SELECT seq, op_uuid, kind, COALESCE(reason, ''), "
                               "COALESCE(last_error, ''), payload, created_at FROM outbox WHERE "
                               "state = 'rejected' ORDER BY seq")))
        return list;
    while (q.next()) {
        const QJsonObject p = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(),
                     p.value(QStringLiteral("account_no")).toString(),
                     p.value(QStringLiteral("receipt_no")).toString(),
                     QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs)});
    }
    return list;
}

} // namespace hd::sync
