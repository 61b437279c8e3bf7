#pragma once

#include "printdocument.h"
#include "receiptprintlog.h"
#include "receiptrecord.h"
#include "receiptsettings.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>

namespace hd {

class Store;
class TerminalKey;

// Describes each printed document once, from the store's facts: the payment receipt
// (电费收据) and its reprints, the reversal slip (冲正凭证), the shift-close sheet (交班单), the
// day-end report (日结报表) and a printer test page. Reads only; recording a print is the
// ReceiptPrintLog's job.
class DocumentBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(hd::DocumentBuilder)

public:
    // `key` signs the receipt QR codes; without one, receipts are refused (a receipt without
    // its signed statement could not be verified).
    DocumentBuilder(Store &store, const TerminalKey *key);

    // `copy` says which copy this is (a reprint prints 重打 with its number and who).
    Result<PrintDocument> receipt(const QString &receiptNo, const ReceiptCopy &copy) const;
    Result<PrintDocument> shiftClose(qint64 shiftId) const;
    Result<PrintDocument> dayReport(QDate day) const;
    PrintDocument testPage(const QString &printerDescription) const;

    // The pure part, for tests, golden files and the benchmark: no store involved.
    static PrintDocument receiptDocument(const ReceiptRecord &record,
                                         const ReceiptSettings &settings, const QString &qrText,
                                         const ReceiptCopy &copy);
    // The signed statement of a receipt (see ReceiptStatement). `terminal` is the signing
    // terminal (hall-terminal), which for a reprint may not be the one that took the payment.
    static Result<QString> signedStatement(const ReceiptRecord &record, const TerminalKey &key,
                                           const QString &terminal);

private:
    Store &m_store;
    const TerminalKey *m_key = nullptr;
};

} // namespace hd
