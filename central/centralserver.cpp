#include "centralserver.h"

#include <QCoreApplication>
#include <QDate>
#include <QDeadlineTimer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QSet>
#include <QTcpSocket>
#include <QThread>
#include <QUrlQuery>

namespace hd::central {

using Status_ = QHttpServerResponder::StatusCode;

namespace {

Status_ statusFor(const QString &code)
{
    if (code == QLatin1String("request.too-large") ||
        code == QLatin1String("request.batch-too-large"))
        return Status_::PayloadTooLarge;
    if (code == QLatin1String("request.rate"))
        return Status_::TooManyRequests;
    if (code == QLatin1String("request.not-found"))
        return Status_::NotFound;
    if (code == QLatin1String("request.method"))
        return Status_::MethodNotAllowed;
    if (code == QLatin1String("push.order"))
        return Status_::Conflict;
    if (code == QLatin1String("cursor.too-old"))
        return Status_::Gone;
    if (code == QLatin1String("auth.revoked") || code == QLatin1String("auth.wrong-kind") ||
        code == QLatin1String("enroll.code"))
        return Status_::Forbidden;
    if (code.startsWith(QLatin1String("auth.")))
        return Status_::Unauthorized;
    if (code.startsWith(QLatin1String("request.")))
        return Status_::BadRequest;
    return Status_::InternalServerError;
}

} // namespace

CentralServer::CentralServer(CentralService &service, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_service(service)
{
    // One core is this thread's (it writes the batches); the others read the next ones.
    m_prepare.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    m_holdTimer.setInterval(20); // also for a predecessor applied by another worker
    connect(&m_holdTimer, &QTimer::timeout, this, [this] {
        for (auto &[_, push] : m_pushes)
            push.tryAgain = true;
        drainPushes();
    });
}

// The writer's thread, and its connection and service, made, used and closed on that thread.
struct CentralServer::Writer
{
    QThread thread;
    QObject *context = nullptr; // lives on the thread: what work is posted to
    std::unique_ptr<CentralDb> db;
    std::unique_ptr<CentralService> service;
};

CentralServer::~CentralServer()
{
    m_prepare.waitForDone();
    if (m_writer) {
        Writer *w = m_writer.get();
        QMetaObject::invokeMethod(
            w->context,
            [w] {
                w->service.reset();
                w->db.reset();
            },
            Qt::BlockingQueuedConnection);
        w->thread.quit();
        w->thread.wait();
    }
}

Status CentralServer::startWriter(const DbOpener &open)
{
    auto w = std::make_unique<Writer>();
    w->thread.setObjectName(QStringLiteral("push-writer"));
    w->context = new QObject;
    w->context->moveToThread(&w->thread);
    connect(&w->thread, &QThread::finished, w->context, &QObject::deleteLater);
    w->thread.start();
    Status opened;
    CentralService &main = m_service;
    QMetaObject::invokeMethod(
        w->context,
        [&] {
            auto db = open();
            if (!db) {
                opened = db.error();
                return;
            }
            w->db = std::move(db).value();
            w->service = std::make_unique<CentralService>(*w->db, main.limits());
            w->service->setClock([&main] { return main.now(); });
        },
        Qt::BlockingQueuedConnection);
    if (!opened) {
        w->thread.quit();
        w->thread.wait();
        return opened;
    }
    m_writer = std::move(w);
    return {};
}

CentralServer::Reply CentralServer::refuse(const Error &error, const QString &field)
{
    return Reply{statusFor(error.code),
                 sync::errorBody(error, field),
                 error.code == QLatin1String("request.rate") ? 60 : 0,
                 {}};
}

bool CentralServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    std::optional<PushStart> push;
    const Reply reply = dispatch(request, &push);
    if (push) {
        startPush(request, socket, std::move(*push));
        return true;
    }
    auto responder = makeResponder(request, socket);
    send(responder, socket, reply);
    return true;
}

void CentralServer::send(QHttpServerResponder &responder, QTcpSocket *socket, const Reply &reply)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return; // the client is gone: it learns the outcome when it asks again
    const QByteArray body =
        reply.raw.isEmpty() ? QJsonDocument(reply.body).toJson(QJsonDocument::Compact) : reply.raw;
    if (reply.retryAfter > 0)
        responder.write(body,
                        {{"Content-Type", "application/json"},
                         {"Retry-After", QByteArray::number(reply.retryAfter)}},
                        reply.status);
    else
        responder.write(body, {{"Content-Type", "application/json"}}, reply.status);
    // To the kernel now: the socket writes the rest only when the event loop runs again, and a
    // pipelined request already waiting would be worked on first, its answer held back
    // meanwhile (a push answer of ~300 KB reached the counter only after the next batch had
    // been applied: the pipeline ran one request at a time; a 4.8 MB page of a pull kept up
    // to 600 KB back). A client on this machine or the LAN takes it all within a few ms; a
    // slow link is not waited for long, its rest goes out with the event loop as before.
    socket->flush();
    const QDeadlineTimer budget(20);
    while (socket->bytesToWrite() > 0 && !budget.hasExpired() &&
           socket->waitForBytesWritten(int(budget.remainingTime())))
        ;
}

void CentralServer::startPush(const QHttpServerRequest &request, QTcpSocket *socket,
                              PushStart start)
{
    // The responder outlives this call: QAbstractHttpServer keeps a connection's request
    // object until the connection closes, and a client sends nothing more on a connection
    // before its answer. A connection that closes first is noticed through the QPointer.
    const quint64 id = ++m_nextPush;
    m_pushes.emplace(id, PendingPush{makeResponder(request, socket), socket, std::move(start.first),
                                     std::move(start.second), nullptr,
                                     QDeadlineTimer(QDeadlineTimer::Forever)});
    m_prepare.start([this, id, body = request.body()] {
        auto prepared = std::make_shared<const PreparedPush>(m_service.preparePush(body));
        QMetaObject::invokeMethod(
            this, [this, id, prepared] { pushPrepared(id, prepared); }, Qt::QueuedConnection);
    });
}

void CentralServer::pushPrepared(quint64 id, std::shared_ptr<const PreparedPush> prepared)
{
    const auto it = m_pushes.find(id);
    if (it == m_pushes.end())
        return;
    it->second.prepared = std::move(prepared);
    drainPushes();
}

void CentralServer::drainPushes()
{
    if (m_writing)
        return;            // one batch at a time: the next goes when its answer is back
    QSet<QString> waiting; // terminals with an earlier push still being read
    bool held = false;
    for (auto it = m_pushes.begin(); it != m_pushes.end();) {
        PendingPush &push = it->second;
        if (!push.socket || push.socket->state() != QAbstractSocket::ConnectedState) {
            it = m_pushes.erase(it); // the client is gone: nothing is applied for it
            continue;
        }
        const QString &key = push.principal.keyId;
        if (!push.prepared || waiting.contains(key)) {
            waiting.insert(key); // a terminal's pushes go in the order they arrived
            ++it;
            continue;
        }
        if (!push.tryAgain) { // held, and nothing applied since its last try
            held = true;
            ++it;
            continue;
        }
        push.tryAgain = false;
        const quint64 id = it->first;
        m_writing = id;
        auto apply = [principal = push.principal, prepared = push.prepared,
                      admission = push.admission](CentralService &service) {
            Applied a;
            a.answer = service.applyPush(principal, *prepared, &a.field, &admission);
            return a;
        };
        if (!m_writer) {
            pushApplied(id, apply(m_service));
            return;
        }
        QMetaObject::invokeMethod(
            m_writer->context,
            [this, w = m_writer.get(), id, apply] {
                const Applied a = apply(*w->service);
                QMetaObject::invokeMethod(
                    this, [this, id, a] { pushApplied(id, a); }, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
        return;
    }
    if (held && !m_holdTimer.isActive())
        m_holdTimer.start();
    else if (!held)
        m_holdTimer.stop();
}

void CentralServer::pushApplied(quint64 id, const Applied &applied)
{
    m_writing = 0;
    const auto it = m_pushes.find(id);
    if (it != m_pushes.end()) {
        PendingPush &push = it->second;
        const Result<QByteArray> &answer = applied.answer;
        bool answerNow = true;
        if (!answer && answer.error().code == QLatin1String("push.order")) {
            if (push.heldUntil.isForever())
                push.heldUntil = QDeadlineTimer(m_pushHoldMs);
            answerNow = push.heldUntil.hasExpired(); // else held: its predecessor may come
        }
        if (answerNow) {
            if (!answer && answer.error().code != QLatin1String("auth.replay"))
                // Refused, so its transaction kept nothing: the nonce is stored now, so that
                // the request counts towards the rate and cannot be replayed.
                (void)m_service.admitRequest(push.principal.keyId, push.admission.nonce,
                                             push.admission.timestamp);
            const Reply reply = answer ? Reply{Status_::Ok, {}, 0, answer.value()}
                                       : refuse(answer.error(), applied.field);
            PendingPush done = std::move(push);
            m_pushes.erase(it);
            send(done.responder, done.socket, reply);
            // Freeing a batch's parsed ops (~1,000 JSON objects) is left to the pool as well.
            m_prepare.start([prepared = std::move(done.prepared)] {});
            if (answer)
                for (auto &[_, other] : m_pushes)
                    other.tryAgain = true; // a held push's predecessor may be in now
        }
    }
    drainPushes();
}

void CentralServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(Status_::NotFound);
}

Result<Principal> CentralServer::authenticate(const QHttpServerRequest &request,
                                              const QByteArray &path, const QString &kind,
                                              CentralService::Admission *deferred)
{
    const QByteArray keyId = request.value(sync::kHeaderKey);
    const QByteArray ts = request.value(sync::kHeaderTimestamp);
    const QByteArray nonce = request.value(sync::kHeaderNonce);
    const QByteArray signature = QByteArray::fromBase64(request.value(sync::kHeaderSignature));
    bool tsOk = false;
    const qint64 timestamp = ts.toLongLong(&tsOk);
    if (keyId.isEmpty() || keyId.size() > 80 || !tsOk || nonce.size() != 32 || signature.isEmpty())
        return Error{QStringLiteral("auth.missing"), tr("请求缺少或带有格式错误的认证信息。")};
    for (char c : nonce)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return Error{QStringLiteral("auth.missing"), tr("请求的 nonce 格式错误。")};
    auto p = m_service.principal(QString::fromUtf8(keyId));
    if (!p)
        return p.error();
    const QByteArray method = request.method() == QHttpServerRequest::Method::Get ? "GET" : "POST";
    if (!sync::verify(p->publicKey, sync::canonicalRequest(method, path, ts, nonce, request.body()),
                      signature))
        return Error{QStringLiteral("auth.signature"), tr("请求签名无效。")};
    if (p->revoked)
        return Error{QStringLiteral("auth.revoked"), tr("该终端（或渠道）已被中心停用。")};
    if (p->kind != kind)
        return Error{QStringLiteral("auth.wrong-kind"), tr("该密钥无权调用此接口。")};
    if (std::llabs(timestamp - m_service.now().toSecsSinceEpoch()) > sync::kClockWindowSeconds)
        return Error{QStringLiteral("auth.clock"),
                     tr("请求时间与中心时间相差超过 %1 秒，请校准本机时钟。")
                         .arg(sync::kClockWindowSeconds)};
    if (deferred) {
        *deferred = {QString::fromLatin1(nonce), timestamp};
        return p;
    }
    if (Status s = m_service.admitRequest(p->keyId, QString::fromLatin1(nonce), timestamp); !s)
        return s.error();
    return p;
}

CentralServer::Reply CentralServer::dispatch(const QHttpServerRequest &request,
                                             std::optional<PushStart> *push)
{
    const QUrl url = request.url();
    const QString path = url.path();
    const QByteArray pathWithQuery = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    const bool isGet = request.method() == QHttpServerRequest::Method::Get;
    const bool isPost = request.method() == QHttpServerRequest::Method::Post;

    struct Route
    {
        const char *path;
        bool post;
        const char *kind; // nullptr: not signed
    };
    static const Route routes[] = {
        {"/api/v1/enroll", true, nullptr},
        {"/api/v1/ops", true, "terminal"},
        {"/api/v1/ops/known", true, "terminal"},
        {"/api/v1/changes", false, "terminal"},
        {"/api/v1/status", false, "terminal"},
        {"/api/v1/reconcile", false, "terminal"},
        {"/api/v1/channel/payments", true, "channel"},
    };
    const Route *route = nullptr;
    for (const Route &r : routes)
        if (path == QLatin1String(r.path))
            route = &r;
    if (!route)
        return refuse(
            {QStringLiteral("request.not-found"), tr("没有这个接口：%1").arg(path.left(80))});
    if ((route->post && !isPost) || (!route->post && !isGet))
        return refuse({QStringLiteral("request.method"), tr("此接口不支持该请求方法。")});

    // Size first, before anything reads the body.
    const QByteArray length = request.value("Content-Length");
    if (request.body().size() > m_service.limits().maxBodyBytes ||
        length.toLongLong() > m_service.limits().maxBodyBytes)
        return refuse({QStringLiteral("request.too-large"),
                       tr("请求体过大（上限 %1 字节）。").arg(m_service.limits().maxBodyBytes)});

    const bool isPush = path == QLatin1String("/api/v1/ops");
    CentralService::Admission admission;
    Principal principal;
    if (route->kind) {
        auto p = authenticate(request, pathWithQuery, QLatin1String(route->kind),
                              isPush ? &admission : nullptr);
        if (!p)
            return refuse(p.error());
        principal = p.value();
    }

    if (isPush) { // read on the pool, applied in turn: startPush
        push->emplace(std::move(principal), std::move(admission));
        return {};
    }
    QJsonObject body;
    if (route->post) {
        auto parsed = sync::parseJsonObject(request.body());
        if (!parsed)
            return refuse(parsed.error());
        body = parsed.value();
    }
    QString field;
    Result<QJsonObject> result = Error{};
    if (path == QLatin1String("/api/v1/enroll")) {
        result = m_service.enroll(body);
    } else if (path == QLatin1String("/api/v1/ops/known")) {
        auto answer = m_service.knownOps(principal, body, &field);
        if (!answer)
            return refuse(answer.error(), field);
        return Reply{Status_::Ok, {}, 0, answer.value()};
    } else if (path == QLatin1String("/api/v1/channel/payments")) {
        result = m_service.channelPayments(principal, body, &field);
    } else if (path == QLatin1String("/api/v1/status")) {
        result = m_service.status(principal);
    } else {
        const QUrlQuery query(url);
        for (const auto &[k, v] : query.queryItems())
            if ((path.endsWith(QLatin1String("changes")) && k != QLatin1String("after") &&
                 k != QLatin1String("limit")) ||
                (path.endsWith(QLatin1String("reconcile")) && k != QLatin1String("day")))
                return refuse(
                    {QStringLiteral("request.unknown-field"), tr("未知参数：%1").arg(k.left(40))},
                    k.left(40));
        if (path.endsWith(QLatin1String("changes"))) {
            const QString after = query.queryItemValue(QStringLiteral("after"));
            bool ok = true;
            const int limit = query.hasQueryItem(QStringLiteral("limit"))
                                  ? query.queryItemValue(QStringLiteral("limit")).toInt(&ok)
                                  : m_service.limits().maxPageRows;
            if (!ok || limit <= 0)
                return refuse({QStringLiteral("request.value"), tr("limit 应为正整数。")},
                              QStringLiteral("limit"));
            auto page =
                m_service.changes(principal, after.isEmpty() ? QStringLiteral("0") : after, limit);
            if (!page)
                return refuse(page.error());
            return Reply{Status_::Ok, {}, 0, page.value()};
        } else {
            const QDate day =
                QDate::fromString(query.queryItemValue(QStringLiteral("day")), Qt::ISODate);
            if (!day.isValid())
                return refuse({QStringLiteral("request.value"), tr("day 应为日期 yyyy-MM-dd。")},
                              QStringLiteral("day"));
            result = m_service.reconcile(principal.hallCode, day);
        }
    }
    if (!result)
        return refuse(result.error(), field);
    return Reply{Status_::Ok, result.value(), 0, {}};
}

} // namespace hd::central
