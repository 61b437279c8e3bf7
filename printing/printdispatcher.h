#pragma once

#include "printdocument.h"
#include "printerconfig.h"
#include "result.h"

#include <QHash>
#include <QObject>

class QThreadPool;

namespace hd {

// Runs print jobs off the GUI thread and reports each one within a bound: when a printer
// neither finishes nor fails in kReportMs, the job is reported as failed (the sender's own
// deadline is shorter, so this only catches a CUPS server that hangs). A late outcome of a
// job already reported is dropped.
class PrintDispatcher final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kReportMs = 5000;

    explicit PrintDispatcher(QObject *parent = nullptr);
    ~PrintDispatcher() override;

    // Returns the job's number, passed back by finished().
    int submit(const PrintDocument &document, const PrinterConfig &printer);
    bool isBusy() const { return !m_pending.isEmpty(); }
    // Waits for the jobs still running (for shutdown and tests).
    void waitForDone();

signals:
    void finished(int job, const hd::Status &status);

private:
    void complete(int job, const Status &status);

    QThreadPool *m_pool = nullptr;
    QHash<int, bool> m_pending;
    int m_nextJob = 1;
};

} // namespace hd
