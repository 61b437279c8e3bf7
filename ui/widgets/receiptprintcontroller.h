#pragma once

#include "printdocument.h"
#include "printerconfig.h"
#include "receiptprintlog.h"
#include "result.h"
#include "terminalkey.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace hd {

class PrintDispatcher;
class Store;

// The counter's printing service. Builds each document on the GUI thread (the store belongs
// to it), records every receipt copy before it is sent, and sends through PrintDispatcher so
// that a slow or dead printer never freezes the counter: the outcome arrives within five
// seconds as printed() or printFailed(), and a failure is shown to the clerk with what to do.
// The payment is committed before any of this and stays committed whatever the printer does.
//
// Wiring: PaymentPage::printReceiptRequested(QString) → printReceipt(QString);
// DayReportPage::printRequested → printDayReport(QDate); a shift-close screen →
// printShiftClose(qint64); AccountPage::reprintRequested(QString) → reprint(QString).
class ReceiptPrintController final : public QObject
{
    Q_OBJECT
public:
    ReceiptPrintController(Store &store, QWidget *window);
    ~ReceiptPrintController() override;

    void setOperator(const QString &login) { m_operator = login; }
    // Off in tests that read the signals instead of message boxes.
    void setShowMessages(bool show) { m_showMessages = show; }
    // Reports go through a print preview first when the terminal's setting asks (default).
    void setPreviewReports(bool preview) { m_previewOverride = preview ? 1 : 0; }

    PrinterConfig receiptPrinter() const;
    PrinterConfig reportPrinter() const;
    PrintDispatcher *dispatcher() const { return m_dispatcher; }

public slots:
    // The receipt of a payment just committed (the original; a second call prints a copy
    // marked as a reprint).
    void printReceipt(const QString &receiptNo);
    // A copy from the payment history, marked 重打 with its number and who asked.
    void reprint(const QString &receiptNo);
    void printDayReport(QDate day);
    void printShiftClose(qint64 shiftId);
    // A test page to `printer`, from the printer settings dialog.
    void testPrint(const hd::PrinterConfig &printer);

signals:
    void printed(const QString &what);
    void printFailed(const QString &what, const QString &message);
    void testPrintFinished(bool ok, const QString &message);

private:
    struct Job
    {
        QString what;
        ReceiptCopy copy; // for receipts: the recorded copy, audited on failure
        bool isReceipt = false;
        bool isTest = false;
    };
    void printCopy(const QString &receiptNo, ReceiptPrintLog::Copy kind);
    void printReport(const Result<PrintDocument> &document, const QString &what);
    void submit(const PrintDocument &document, const PrinterConfig &printer, Job job);
    void finished(int job, const Status &status);
    void fail(const QString &what, const QString &message);
    const TerminalKey *key(Error *error);

    Store &m_store;
    QPointer<QWidget> m_window;
    PrintDispatcher *m_dispatcher = nullptr;
    QHash<int, Job> m_jobs;
    QString m_operator;
    TerminalKey m_key;
    bool m_showMessages = true;
    int m_previewOverride = -1;
};

} // namespace hd
