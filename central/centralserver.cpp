#include "centralserver.h"

#include <QCoreApplication>
#include <QDate>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QTcpSocket>
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
{}

CentralServer::Reply CentralServer::refuse(const Error &error, const QString &field)
{
    return Reply{statusFor(error.code),
                 sync::errorBody(error, field),
                 error.code == QLatin1String("request.rate") ? 60 : 0,
                 {}};
}

bool CentralServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const Reply reply = dispatch(request);
    auto responder = makeResponder(request, socket);
    const QByteArray body =
        reply.raw.isEmpty() ? QJsonDocument(reply.body).toJson(QJsonDocument::Compact) : reply.raw;
    if (reply.retryAfter > 0)
        responder.write(body,
                        {{"Content-Type", "application/json"},
                         {"Retry-After", QByteArray::number(reply.retryAfter)}},
                        reply.status);
    else
        responder.write(body, {{"Content-Type", "application/json"}}, reply.status);
    return true;
}

void CentralServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(Status_::NotFound);
}

Result<Principal> CentralServer::authenticate(const QHttpServerRequest &request,
                                              const QByteArray &path, const QString &kind)
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
    if (Status s = m_service.admitRequest(p->keyId, QString::fromLatin1(nonce), timestamp); !s)
        return s.error();
    return p;
}

CentralServer::Reply CentralServer::dispatch(const QHttpServerRequest &request)
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

    Principal principal;
    if (route->kind) {
        auto p = authenticate(request, pathWithQuery, QLatin1String(route->kind));
        if (!p)
            return refuse(p.error());
        principal = p.value();
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
    } else if (path == QLatin1String("/api/v1/ops")) {
        auto answer = m_service.pushOps(principal, body, &field);
        if (!answer)
            return refuse(answer.error(), field);
        return Reply{Status_::Ok, {}, 0, answer.value()};
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
