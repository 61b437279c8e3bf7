#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

namespace hd::sync {

// The HTTP(S) transport of the sync engine: signs every request with the terminal's key,
// trusts only the configured CA, and waits for the answer on the calling thread (the engine
// runs on its own thread, never on the GUI's). One client per thread.
class SyncClient final
{
    Q_DISABLE_COPY_MOVE(SyncClient)
public:
    struct Options
    {
        QUrl central;
        QString caFile; // empty: plain HTTP only (tests of the protocol, never a hall)
        QString keyId;
        QByteArray secretKey;
        int timeoutMs = 60000;
    };
    struct Response
    {
        int status = 0;       // 0: no answer (network, TLS, timeout)
        QString networkError; // why there was no answer
        QJsonObject body;
        QByteArray raw;
        qint64 bytesSent = 0; // the request body
        bool ok() const { return status == 200; }
        QString errorCode() const { return body.value(QStringLiteral("error")).toString(); }
        QString describe() const;
    };

    explicit SyncClient(Options options);
    ~SyncClient();

    Response post(const QString &path, const QJsonObject &body, bool signRequest = true);
    Response get(const QString &pathWithQuery);
    // A GET started now and finished later (the pull reads the next page while it stores
    // this one). finish() waits for the answer and deletes the reply; a null reply (nothing
    // could be sent) finishes as a network error saying why.
    class QNetworkReply *startGet(const QString &pathWithQuery);
    // A signed POST of a body written by the caller, finished later the same way (the push
    // stores the answers to one batch while the centre works on the next).
    class QNetworkReply *startPost(const QString &path, const QByteArray &body);
    // Runs the event loop until the request has gone out, so that the centre works on it
    // while the caller does something else before finish() (Qt starts a request only from the
    // event loop). Returns at once for a null or finished reply; gives up after a while, which
    // costs only the overlap.
    void waitUntilSent(class QNetworkReply *reply);
    Response finish(class QNetworkReply *reply, qint64 bytesSent = 0);
    // Gives up a request started and not finished: its answer, if any, is not read.
    void discard(class QNetworkReply *reply);
    // For tests: a request exactly as given (raw body, optional signature).
    Response send(const QByteArray &method, const QString &pathWithQuery, const QByteArray &body,
                  bool signRequest, const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});

private:
    class QNetworkReply *start(const QByteArray &method, const QString &pathWithQuery,
                               const QByteArray &body, bool signRequest,
                               const QList<QPair<QByteArray, QByteArray>> &extraHeaders,
                               QString *refusal);
    Options m_options;
    QString m_refusal; // why the last startGet() sent nothing
    QNetworkAccessManager m_nam;
    QSslConfiguration m_ssl;
    bool m_caLoaded = false;
};

} // namespace hd::sync
