#include "faultproxy.h"

#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <utility>

namespace hd::testing {

namespace {

// The length of the first complete HTTP message in `buffer`, or -1.
qsizetype messageLength(const QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return -1;
    qsizetype length = 0;
    for (const QByteArray &line : buffer.left(end).split('\n')) {
        const QByteArray l = line.trimmed();
        if (l.toLower().startsWith("content-length:"))
            length = l.mid(15).trimmed().toLongLong();
    }
    const qsizetype total = end + 4 + length;
    return buffer.size() >= total ? total : -1;
}

// One request per connection: "Connection: close" instead of whatever the client asked.
QByteArray withConnectionClose(const QByteArray &message)
{
    const qsizetype end = message.indexOf("\r\n\r\n");
    QList<QByteArray> lines = message.left(end).split('\n');
    QByteArray head;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray l = lines[i].trimmed();
        if (i > 0 && l.toLower().startsWith("connection:"))
            continue;
        head += l + "\r\n";
        if (i == 0)
            head += "Connection: close\r\n";
    }
    return head + "\r\n" + message.mid(end + 4);
}

} // namespace

FaultProxy::FaultProxy(quint16 upstreamPort)
    : m_upstream(upstreamPort)
    , m_random(1)
{}

FaultProxy::~FaultProxy()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            delete m_server;
            m_server = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint16 FaultProxy::start()
{
    m_thread.setObjectName(QStringLiteral("fault-proxy"));
    moveToThread(&m_thread);
    m_thread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        this,
        [this, &port] {
            m_server = new QTcpServer;
            connect(m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
            if (m_server->listen(QHostAddress::LocalHost, 0))
                port = m_server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    return port;
}

void FaultProxy::setFaults(const Faults &faults, quint32 seed)
{
    QMutexLocker lock(&m_mutex);
    m_faults = faults;
    m_random.seed(seed);
}

FaultProxy::Counts FaultProxy::counts()
{
    QMutexLocker lock(&m_mutex);
    return m_counts;
}

double FaultProxy::roll()
{
    return m_random.generateDouble();
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        auto done = std::make_shared<bool>(false);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer, done] {
            if (*done)
                return;
            *buffer += client->readAll();
            const qsizetype n = messageLength(*buffer);
            if (n < 0)
                return;
            *done = true;
            handle(client, buffer->left(n));
        });
    }
}

void FaultProxy::handle(QTcpSocket *client, const QByteArray &request)
{
    Faults f;
    bool drop = false, cut = false, duplicate = false;
    int delay = 0;
    {
        QMutexLocker lock(&m_mutex);
        f = m_faults;
        ++m_counts.requests;
        drop = roll() < f.drop;
        if (!drop) {
            if (roll() < f.delay)
                delay = int(roll() * f.maxDelayMs);
            cut = roll() < f.cut;
            duplicate = roll() < f.duplicate;
        }
        if (!drop && m_faults.holdMs > 0 && m_faults.holdAfter-- <= 0)
            delay = std::exchange(m_faults.holdMs, 0);
        m_counts.dropped += drop;
        m_counts.delayed += delay > 0;
        m_counts.cut += cut;
        m_counts.duplicated += duplicate;
    }
    if (drop) {
        client->abort();
        return;
    }
    if (f.olderCentre) {
        const qsizetype bodyAt = request.indexOf("\r\n\r\n");
        QByteArray answer;
        if (request.startsWith("POST /api/v1/ops/known "))
            answer = "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n"
                     "Content-Length: 2\r\nConnection: close\r\n\r\n{}";
        else if (request.startsWith("POST /api/v1/ops ") &&
                 request.indexOf("\"after_seq\":", bodyAt) > 0) {
            const QByteArray body = "{\"error\":\"request.unknown-field\",\"message\":\"unknown "
                                    "field: after_seq\",\"field\":\"after_seq\"}";
            answer = "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\n"
                     "Content-Length: " +
                     QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        }
        if (!answer.isEmpty()) {
            {
                QMutexLocker lock(&m_mutex);
                ++m_counts.olderRefused;
            }
            client->write(answer);
            client->disconnectFromHost();
            return;
        }
    }
    const QByteArray message = withConnectionClose(request);
    if (delay > 0) {
        QPointer<QTcpSocket> guard(client);
        QTimer::singleShot(delay, this, [this, guard, message, cut, duplicate] {
            if (guard)
                forward(guard, message, cut, duplicate);
        });
        return;
    }
    forward(client, message, cut, duplicate);
}

void FaultProxy::forward(QTcpSocket *client, const QByteArray &request, bool cut, bool duplicate)
{
    auto send = [this, request](std::function<void(const QByteArray *)> onReply) -> QTcpSocket * {
        auto *up = new QTcpSocket(this);
        auto reply = std::make_shared<QByteArray>();
        auto finished = std::make_shared<bool>(false);
        auto finish = [up, reply, finished, onReply](bool complete) {
            if (*finished)
                return;
            *finished = true;
            onReply(complete ? reply.get() : nullptr);
            up->abort();
            up->deleteLater();
        };
        connect(up, &QTcpSocket::connected, up, [up, request] { up->write(request); });
        connect(up, &QTcpSocket::readyRead, up, [up, reply, finish] {
            *reply += up->readAll();
            const qsizetype n = messageLength(*reply);
            if (n >= 0) {
                reply->truncate(n);
                finish(true);
            }
        });
        connect(up, &QTcpSocket::disconnected, up, [finish] { finish(false); });
        connect(up, &QTcpSocket::errorOccurred, up, [finish] { finish(false); });
        up->connectToHost(QHostAddress::LocalHost, m_upstream);
        return up;
    };
    if (duplicate)
        send([](const QByteArray *) {});
    QPointer<QTcpSocket> guard(client);
    QTcpSocket *up = send([guard, cut](const QByteArray *reply) {
        QTcpSocket *socket = guard.data();
        if (!socket)
            return;
        if (!reply) {
            socket->abort();
            return;
        }
        if (cut) {
            // The centre has acted; the client gets half an answer and a reset.
            socket->write(reply->left(reply->size() / 2));
            socket->flush();
            socket->abort();
            return;
        }
        socket->write(withConnectionClose(*reply));
        socket->disconnectFromHost();
    });
    // A client that hangs up before its answer closes the proxy's connection to the centre as
    // well, as a TCP relay would: the centre sees the client gone.
    connect(client, &QTcpSocket::disconnected, up, [up] { up->abort(); });
}

} // namespace hd::testing
