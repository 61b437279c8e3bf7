#pragma once

#include "centralservice.h"

#include <QAbstractHttpServer>
#include <QDeadlineTimer>
#include <QHttpServerResponder>
#include <QPointer>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>

namespace hd::central {

// The HTTP(S) face of CentralService: routes /api/v1/…, checks sizes and signatures before
// reading a body as JSON, and turns every refusal into a 4xx JSON error. Stateless: all state
// is in the database, so several workers can serve the same halls.
//
// A push (/api/v1/ops) goes through three threads: this one reads and authenticates it, a
// pool reads, hashes and validates its ops (CentralService::preparePush), and the writer
// applies the batches one after another, in the order they arrived, through a connection of
// its own (startWriter; without one, this thread writes them). So the next batch is read while
// the last is written. A batch that names a predecessor not applied yet (after_seq: the counter
// sends the next batch while the centre still works on the last) is held until that one is
// applied, at most pushHold(); then it is refused with 409 push.order, and the counter sends
// it again.
class CentralServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CentralServer)
public:
    CentralServer(CentralService &service, QObject *parent = nullptr);
    ~CentralServer() override;

    // Pushes are written on a thread of their own, through a connection that `open` makes
    // there (and closes there when the server goes).
    using DbOpener = std::function<Result<std::unique_ptr<CentralDb>>()>;
    Status startWriter(const DbOpener &open);

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
    // A push on its way: its body prepared on the pool, then applied in arrival order.
    struct PendingPush
    {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
        Principal principal;
        CentralService::Admission admission;          // its nonce: stored with the batch
        std::shared_ptr<const PreparedPush> prepared; // null until the pool is done with it
        QDeadlineTimer heldUntil;                     // forever: not held yet
        bool tryAgain = true; // held: something was applied since its last try
    };
    struct Applied
    {
        Result<QByteArray> answer = Error{};
        QString field;
    };
    struct Writer;

    // A push, once authenticated, is not answered here: *push gets its principal and nonce.
    using PushStart = std::pair<Principal, CentralService::Admission>;
    Reply dispatch(const QHttpServerRequest &request, std::optional<PushStart> *push);
    void startPush(const QHttpServerRequest &request, QTcpSocket *socket, PushStart start);
    void pushPrepared(quint64 id, std::shared_ptr<const PreparedPush> prepared);
    // Hands the next push that can go to the writer (one at a time, in arrival order).
    void drainPushes();
    void pushApplied(quint64 id, const Applied &applied);
    static void send(QHttpServerResponder &responder, QTcpSocket *socket, const Reply &reply);
    // With `deferred`, the nonce is not stored here but handed back (a push stores it with
    // its batch).
    Result<Principal> authenticate(const QHttpServerRequest &request, const QByteArray &path,
                                   const QString &kind,
                                   CentralService::Admission *deferred = nullptr);
    static Reply refuse(const Error &error, const QString &field = {});

    CentralService &m_service;
    int m_pushHoldMs = 2000;
    quint64 m_nextPush = 0;
    std::map<quint64, PendingPush> m_pushes; // by arrival
    quint64 m_writing = 0;                   // the push being applied, 0: none
    QTimer m_holdTimer;                      // looks again at held pushes
    std::unique_ptr<Writer> m_writer;
    QThreadPool m_prepare; // last: its threads finish before the rest goes
};

} // namespace hd::central
