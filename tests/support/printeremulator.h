#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QTcpSocket>

namespace hd::testing {

// A network thermal printer on 127.0.0.1: answers DLE EOT status queries with the bytes it
// is told to, and keeps everything else it receives. Silent, it accepts and then never
// answers, like a printer that hangs.
class PrinterEmulator final : public QObject
{
public:
    quint8 printerStatus = 0x12; // DLE EOT 1: online
    quint8 paperStatus = 0x12;   // DLE EOT 4: paper present
    bool silent = false;
    QByteArray received;
    int statusQueries = 0;
    bool closed = false;

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *s = m_server.nextPendingConnection();
            if (silent) {
                s->setReadBufferSize(1); // and never read
                return;
            }
            connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
            connect(s, &QTcpSocket::disconnected, this, [this] { closed = true; });
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void onData(QTcpSocket *s)
    {
        m_pending += s->readAll();
        // Real-time status requests are answered at once and are not printed.
        for (;;) {
            const qsizetype at = m_pending.indexOf(QByteArray("\x10\x04", 2));
            if (at < 0 || at + 2 >= m_pending.size()) {
                const qsizetype keep = at < 0 ? 0 : m_pending.size() - at;
                received += m_pending.left(m_pending.size() - keep);
                m_pending = m_pending.right(keep);
                return;
            }
            received += m_pending.left(at);
            const quint8 n = quint8(m_pending[at + 2]);
            s->write(QByteArray(1, char(n == 4 ? paperStatus : printerStatus)));
            ++statusQueries;
            m_pending = m_pending.mid(at + 3);
        }
    }
    QTcpServer m_server;
    QByteArray m_pending;
};

} // namespace hd::testing
