#include "receiptprintcontroller.h"

#include "appsettings.h"
#include "documentbuilder.h"
#include "pagerenderer.h"
#include "printdispatcher.h"
#include "printsender.h"
#include "reportpreviewdialog.h"
#include "store.h"

#include <QMessageBox>

namespace hd {

ReceiptPrintController::ReceiptPrintController(Store &store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
    , m_dispatcher(new PrintDispatcher(this))
{
    connect(m_dispatcher, &PrintDispatcher::finished, this, &ReceiptPrintController::finished);
}

ReceiptPrintController::~ReceiptPrintController() = default;

PrinterConfig ReceiptPrintController::receiptPrinter() const
{
    auto c = PrinterConfig::parse(AppSettings::get(AppSettings::receiptPrinter));
    return c ? c.value() : PrinterConfig();
}

PrinterConfig ReceiptPrintController::reportPrinter() const
{
    auto c = PrinterConfig::parse(AppSettings::get(AppSettings::reportPrinter));
    return c ? c.value() : PrinterConfig();
}

const TerminalKey *ReceiptPrintController::key(Error *error)
{
    if (!m_key.isValid()) {
        auto loaded = TerminalKey::loadOrCreate(m_store);
        if (!loaded) {
            *error = loaded.error();
            return nullptr;
        }
        m_key = loaded.value();
    }
    return &m_key;
}

void ReceiptPrintController::printReceipt(const QString &receiptNo)
{
    printCopy(receiptNo, ReceiptPrintLog::Copy::Original);
}

void ReceiptPrintController::reprint(const QString &receiptNo)
{
    printCopy(receiptNo, ReceiptPrintLog::Copy::Reprint);
}

void ReceiptPrintController::printCopy(const QString &receiptNo, ReceiptPrintLog::Copy kind)
{
    const QString what = tr("收据 %1").arg(receiptNo);
    // Refused before anything is recorded: only a committed payment has a receipt.
    if (auto record = ReceiptRecord::load(m_store, receiptNo); !record)
        return fail(what, record.error().message);
    Error error;
    const TerminalKey *signingKey = key(&error);
    if (!signingKey)
        return fail(what, error.message);
    const PrinterConfig printer = receiptPrinter();
    if (!printer.isSet())
        return fail(what, tr("本终端尚未设置收据打印机。请在“设置 → 打印机”中选择打印机，"
                             "然后在缴费记录中按 Ctrl+P 打印收据。"));
    auto copy = ReceiptPrintLog(m_store).record(receiptNo, kind, m_operator, printer.toString());
    if (!copy)
        return fail(what, copy.error().message);
    auto document = DocumentBuilder(m_store, signingKey).receipt(receiptNo, copy.value());
    if (!document)
        return fail(what, document.error().message);
    Job job;
    job.what =
        copy->isReprint() ? tr("收据 %1（重打第 %2 次）").arg(receiptNo).arg(copy->copyNo) : what;
    job.copy = copy.value();
    job.isReceipt = true;
    submit(document.value(), printer, job);
}

void ReceiptPrintController::printDayReport(QDate day)
{
    printReport(DocumentBuilder(m_store, nullptr).dayReport(day),
                tr("%1 日结报表").arg(day.toString(Qt::ISODate)));
}

void ReceiptPrintController::printShiftClose(qint64 shiftId)
{
    printReport(DocumentBuilder(m_store, nullptr).shiftClose(shiftId),
                tr("班次 %1 交班单").arg(shiftId));
}

void ReceiptPrintController::printReport(const Result<PrintDocument> &document, const QString &what)
{
    if (!document)
        return fail(what, document.error().message);
    PrinterConfig printer = reportPrinter();
    if (!printer.isSet())
        printer = receiptPrinter(); // a hall with one thermal printer prints reports on it
    if (!printer.isSet())
        return fail(what, tr("本终端尚未设置报表打印机。请在“设置 → 打印机”中选择打印机。"));
    const bool preview = m_previewOverride >= 0 ? m_previewOverride == 1
                                                : AppSettings::get(AppSettings::previewReports);
    if (!preview || !m_window) {
        Job job;
        job.what = what;
        submit(document.value(), printer, job);
        return;
    }
    // The preview shows the pages as they will print; its print button sends the job
    // through the dispatcher like any other, so a dead printer cannot freeze the dialog.
    ReportPreviewDialog dialog(document.value(), printer.paper, printer.description(), m_window);
    if (dialog.exec() == QDialog::Accepted) {
        Job job;
        job.what = what;
        submit(document.value(), printer, job);
    }
}

void ReceiptPrintController::testPrint(const PrinterConfig &printer)
{
    Job job;
    job.what = tr("测试页");
    job.isTest = true;
    submit(DocumentBuilder(m_store, nullptr).testPage(printer.description()), printer, job);
}

void ReceiptPrintController::submit(const PrintDocument &document, const PrinterConfig &printer,
                                    Job job)
{
    m_jobs.insert(m_dispatcher->submit(document, printer), job);
}

void ReceiptPrintController::finished(int id, const Status &status)
{
    const Job job = m_jobs.take(id);
    if (job.isTest) {
        emit testPrintFinished(status.ok(),
                               status.ok() ? tr("测试页已发送到打印机。") : status.error().message);
        return;
    }
    if (status.ok()) {
        emit printed(job.what);
        return;
    }
    if (job.isReceipt)
        (void)ReceiptPrintLog(m_store).recordFailure(job.copy, status.error().message);
    fail(job.what, status.error().message);
}

void ReceiptPrintController::fail(const QString &what, const QString &message)
{
    emit printFailed(what, message);
    if (!m_showMessages || !m_window)
        return;
    // Not modal: the clerk goes on with the next customer and reprints when the printer is
    // back.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("打印失败"),
                                tr("%1 没有打印出来。").arg(what), QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("printFailedMessage"));
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

} // namespace hd
