#pragma once

#include "centralservice.h"

#include <QAbstractHttpServer>
#include <QHttpServerResponder>

namespace hd::central {

// The HTTP(S) face of CentralService: routes /api/v1/…, checks sizes and signatures before
// reading a body as JSON, and turns every refusal into a 4xx JSON error. Stateless: all state
// is in the database, so several workers can serve the same halls.
class CentralServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CentralServer)
public:
    CentralServer(CentralService &service, QObject *parent = nullptr);

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
    Reply dispatch(const QHttpServerRequest &request);
    Result<Principal> authenticate(const QHttpServerRequest &request, const QByteArray &path,
                                   const QString &kind);
    static Reply refuse(const Error &error, const QString &field = {});

    CentralService &m_service;
};

} // namespace hd::central
