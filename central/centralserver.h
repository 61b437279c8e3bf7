#pragma once

#include "centralservice.h"

#include <QAbstractHttpServer>
#include <QDeadlineTimer>
#include <QHttpServerResponder>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <map>
#include <memory>

namespace hd::central {

// The HTTP(S) face of CentralService: routes /api/v1/…, checks sizes and signatures before
// reading a body as JSON, and turns every refusal into a 4xx JSON error. Stateless: all state
// is in the database, so several workers can serve the same halls.
//
// A push (/api/v1/ops) is answered in two steps: its body is read, hashed and validated on a
// thread of its own (CentralService::preparePush) while this thread writes the batch before it;
// the batch is then applied here, in the order the requests arrived. A batch that names a
// predecessor not applied yet (after_seq: the counter sends the next batch while the centre
// still works on the last) is held until that one is applied, at most pushHold(); then it is
// refused with 409 push.order as before, and the counter sends it again.
class CentralServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CentralServer)
public:
    CentralServer(CentralService &service, QObject *parent = nullptr);
    ~CentralServer() override;

    // How long a push may wait for its predecessor (0: refused at once). Default 2 s.
    void setPushHold(int ms) { m_pushHoldMs = std::max(0, ms); }
    int pushHold() const { return m_pushHoldMs; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Reply
    {
        QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok;
        QJsonObject body;
        int retryAfter = 0;
        QByteArray raw; // when set, sent as is instead of body
    };
    // A push on its way: its body prepared on the pool, then applied here in arrival order.
    struct PendingPush
    {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
        Principal principal;
        std::shared_ptr<const PreparedPush> prepared; // null until the pool is done with it
        QDeadlineTimer heldUntil;                     // forever: not held yet
    };

    // A push, once authenticated, is not answered here: *push gets its principal.
    Reply dispatch(const QHttpServerRequest &request, std::optional<Principal> *push);
    void startPush(const QHttpServerRequest &request, QTcpSocket *socket, Principal principal);
    void pushPrepared(quint64 id, std::shared_ptr<const PreparedPush> prepared);
    // Applies the prepared pushes that can go, in arrival order; answers them.
    void drainPushes();
    static void send(QHttpServerResponder &responder, QTcpSocket *socket, const Reply &reply);
    Result<Principal> authenticate(const QHttpServerRequest &request, const QByteArray &path,
                                   const QString &kind);
    static Reply refuse(const Error &error, const QString &field = {});

    CentralService &m_service;
    int m_pushHoldMs = 2000;
    quint64 m_nextPush = 0;
    std::map<quint64, PendingPush> m_pushes; // by arrival
    QTimer m_holdTimer;                      // looks again at held pushes
    QThreadPool m_prepare;                   // last: its threads finish before the rest goes
};

} // namespace hd::central
