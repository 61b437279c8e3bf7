#pragma once

#include "printdocument.h"
#include "printerconfig.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDeadlineTimer>

namespace hd {

// Sends a document to the printer a PrinterConfig names. Blocking: call it from a worker
// thread (PrintDispatcher does). Network and device printers are bounded by the deadline;
// a CUPS queue is checked first (stopped, paused, out of paper, not accepting jobs) so the
// clerk hears about it at once rather than when the job silently waits in the queue. Every
// error says what happened and what to do, in words a clerk can act on.
class PrintSender final
{
    Q_DECLARE_TR_FUNCTIONS(hd::PrintSender)

public:
    static constexpr int kDeadlineMs = 4500;

    static Status send(const PrintDocument &document, const PrinterConfig &printer,
                       QDeadlineTimer deadline = QDeadlineTimer(kDeadlineMs));

    static Status sendEscPos(const QByteArray &bytes, const PrinterConfig &printer,
                             QDeadlineTimer deadline);
    static Status sendTcp(const QByteArray &bytes, const QString &host, quint16 port,
                          bool queryStatus, QDeadlineTimer deadline);
    static Status sendDevice(const QByteArray &bytes, const QString &path, bool queryStatus,
                             QDeadlineTimer deadline);
    static Status checkCupsQueue(const QString &queue);
    static Status printCups(const PrintDocument &document, const PrinterConfig &printer);
    static Status savePdf(const PrintDocument &document, const PrinterConfig &printer);

    // What DLE EOT 1 and DLE EOT 4 answered, as an error when the printer cannot print.
    static Status interpretStatus(quint8 printerStatus, quint8 paperStatus);
};

} // namespace hd
