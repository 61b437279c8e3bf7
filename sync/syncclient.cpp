#include "syncclient.h"

#include "protocol.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QTimer>

namespace hd::sync {

QString SyncClient::Response::describe() const
{
    if (status == 0)
        return QCoreApplication::translate("hd::sync::SyncClient", "无法连接中心：%1")
            .arg(networkError);
    const QString message = body.value(QStringLiteral("message")).toString();
    return QCoreApplication::translate("hd::sync::SyncClient", "中心答复 %1：%2")
        .arg(status)
        .arg(message.isEmpty() ? QString::fromUtf8(raw.left(200)) : message);
}

SyncClient::SyncClient(Options options)
    : m_options(std::move(options))
{
    m_ssl = QSslConfiguration::defaultConfiguration();
    if (!m_options.caFile.isEmpty()) {
        const auto cas = QSslCertificate::fromPath(m_options.caFile, QSsl::Pem);
        // Only the configured CA: a certificate from any other authority is refused.
        m_ssl.setCaCertificates(cas);
        m_caLoaded = !cas.isEmpty();
    }
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

SyncClient::~SyncClient() = default;

namespace {
// Set on a reply once its request has gone out (QNetworkReply::requestSent).
constexpr char kSentProperty[] = "hdRequestSent";
} // namespace

SyncClient::Response SyncClient::post(const QString &path, const QJsonObject &body,
                                      bool signRequest)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), signRequest);
}

SyncClient::Response SyncClient::get(const QString &pathWithQuery)
{
    return send("GET", pathWithQuery, {}, true);
}

QNetworkReply *SyncClient::start(const QByteArray &method, const QString &pathWithQuery,
                                 const QByteArray &body, bool signRequest,
                                 const QList<QPair<QByteArray, QByteArray>> &extraHeaders,
                                 QString *refusal)
{
    QUrl url = m_options.central;
    const qsizetype q = pathWithQuery.indexOf(u'?');
    url.setPath(q < 0 ? pathWithQuery : pathWithQuery.left(q));
    if (q >= 0)
        url.setQuery(pathWithQuery.mid(q + 1));
    if (url.scheme() == QLatin1String("https") && !m_caLoaded) {
        *refusal =
            QCoreApplication::translate("hd::sync::SyncClient", "未配置或无法读取中心的 CA 证书 %1")
                .arg(m_options.caFile);
        return nullptr;
    }
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (signRequest) {
        // Tests may fix the timestamp and nonce (a replay, a clock far off).
        QByteArray ts = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        QByteArray nonce = newNonce();
        for (const auto &[k, v] : extraHeaders) {
            if (k == kHeaderTimestamp)
                ts = v;
            else if (k == kHeaderNonce)
                nonce = v;
        }
        const QByteArray canonical = canonicalRequest(
            method, url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority), ts, nonce, body);
        request.setRawHeader(kHeaderKey, m_options.keyId.toUtf8());
        request.setRawHeader(kHeaderTimestamp, ts);
        request.setRawHeader(kHeaderNonce, nonce);
        request.setRawHeader(kHeaderSignature,
                             hd::sync::sign(m_options.secretKey, canonical).toBase64());
    }
    for (const auto &[k, v] : extraHeaders)
        if (!signRequest || (k != kHeaderTimestamp && k != kHeaderNonce))
            request.setRawHeader(k, v);
    QNetworkReply *reply =
        method == "GET" ? m_nam.get(request) : m_nam.sendCustomRequest(request, method, body);
    QObject::connect(reply, &QNetworkReply::requestSent, reply,
                     [reply] { reply->setProperty(kSentProperty, true); });
    return reply;
}

SyncClient::Response SyncClient::finish(QNetworkReply *reply, qint64 bytesSent)
{
    Response r;
    r.bytesSent = bytesSent;
    if (!reply) { // refused before sending (no CA for HTTPS)
        r.networkError = m_refusal;
        return r;
    }
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.raw = reply->readAll();
    // An answer cut off after its status line (the connection reset midway) is no answer:
    // what it said is not known, so it counts as none, whatever its status line said. (Qt
    // reports an HTTP 4xx/5xx as an error of its own range, 201 and up: those are answers.)
    const QNetworkReply::NetworkError error = reply->error();
    if (error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
        r.status = 0;
    if (r.status == 0)
        r.networkError = reply->errorString();
    else
        r.body = QJsonDocument::fromJson(r.raw).object();
    reply->deleteLater();
    return r;
}

void SyncClient::discard(QNetworkReply *reply)
{
    if (!reply)
        return;
    reply->abort();
    reply->deleteLater();
}

QNetworkReply *SyncClient::startGet(const QString &pathWithQuery)
{
    return start("GET", pathWithQuery, {}, true, {}, &m_refusal);
}

QNetworkReply *SyncClient::startPost(const QString &path, const QByteArray &body)
{
    return start("POST", path, body, true, {}, &m_refusal);
}

void SyncClient::waitUntilSent(QNetworkReply *reply)
{
    if (!reply || reply->isFinished() || reply->property(kSentProperty).toBool())
        return;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::requestSent, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(2000, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

SyncClient::Response SyncClient::send(const QByteArray &method, const QString &pathWithQuery,
                                      const QByteArray &body, bool signRequest,
                                      const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    QString refusal;
    QNetworkReply *reply = start(method, pathWithQuery, body, signRequest, extraHeaders, &refusal);
    if (!reply) {
        Response r;
        r.networkError = refusal;
        return r;
    }
    return finish(reply, body.size());
}

} // namespace hd::sync
