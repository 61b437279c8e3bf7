#pragma once

#include <QMutex>
#include <QObject>
#include <QRandomGenerator>
#include <QThread>

class QTcpServer;
class QTcpSocket;

namespace hd::testing {

// A TCP proxy for HTTP/1.1 on loopback that breaks things on purpose, request by request:
// drops the connection before forwarding, delays, cuts the response midway (the client never
// learns whether the centre acted), or sends the request to the centre twice. It runs on its
// own thread so that a test may block on processes meanwhile.
class FaultProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultProxy)
public:
    struct Faults
    {
        double drop = 0;
        double delay = 0;
        double cut = 0;
        double duplicate = 0;
        int maxDelayMs = 200;
        int holdMs = 0;    // one request is held this long before it goes on:
        int holdAfter = 0; // the one after this many more requests
        // Answers as a centre from before the push's first round and pipelining did: 404 for
        // /api/v1/ops/known, 400 unknown field `after_seq` for a push that carries it.
        bool olderCentre = false;
    };
    struct Counts
    {
        int requests = 0, dropped = 0, delayed = 0, cut = 0, duplicated = 0;
        int olderRefused = 0; // answered by the proxy as an older centre would
    };

    explicit FaultProxy(quint16 upstreamPort);
    ~FaultProxy() override;

    quint16 start(); // listens on 127.0.0.1, returns the port
    void setFaults(const Faults &faults, quint32 seed);
    Counts counts();

private:
    void accept();
    void handle(QTcpSocket *client, const QByteArray &request);
    void forward(QTcpSocket *client, const QByteArray &request, bool cut, bool duplicate);
    double roll();

    quint16 m_upstream;
    QThread m_thread;
    QTcpServer *m_server = nullptr;
    QMutex m_mutex;
    Faults m_faults;
    QRandomGenerator m_random;
    Counts m_counts;
};

} // namespace hd::testing
