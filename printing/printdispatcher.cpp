#include "printdispatcher.h"

#include "printsender.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

namespace hd {

PrintDispatcher::PrintDispatcher(QObject *parent)
    : QObject(parent)
    , m_pool(new QThreadPool(this))
{
    // One printer, one job at a time, in order; a second thread lets a new job run while an
    // abandoned one is still stuck in a hung CUPS call.
    m_pool->setMaxThreadCount(2);
}

PrintDispatcher::~PrintDispatcher()
{
    m_pool->waitForDone();
}

int PrintDispatcher::submit(const PrintDocument &document, const PrinterConfig &printer)
{
    const int job = m_nextJob++;
    m_pending.insert(job, true);
    QPointer<PrintDispatcher> self(this);
    m_pool->start([self, job, document, printer] {
        const Status status = PrintSender::send(document, printer);
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, job, status] {
                if (self)
                    self->complete(job, status);
            },
            Qt::QueuedConnection);
    });
    QTimer::singleShot(kReportMs, this, [this, job] {
        complete(job, Error{QStringLiteral("print.timeout"),
                            QCoreApplication::translate(
                                "hd::PrintDispatcher",
                                "打印机 5 秒内没有完成打印：打印服务或打印机无响应。缴费已入账，"
                                "不受影响；请检查打印机后在缴费记录中按 Ctrl+P 重打收据。")});
    });
    return job;
}

void PrintDispatcher::complete(int job, const Status &status)
{
    if (!m_pending.remove(job))
        return; // already reported (timed out), or a duplicate
    emit finished(job, status);
}

void PrintDispatcher::waitForDone()
{
    m_pool->waitForDone();
    QCoreApplication::sendPostedEvents(this);
}

} // namespace hd
