#pragma once

#include "money.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace hd {

class Store;

// Everything a printed receipt (电费收据) or reversal slip (冲正凭证) shows, read from the
// committed payment facts. There is no record, and so no receipt, for a payment that is not
// committed: a pending QR payment or a refused one gets a clear error instead.
struct ReceiptRecord
{
    struct BillLine
    {
        int period = 0;  // yyyymm
        qint64 kwh = 0;  // the bill's whole consumption
        Money principal; // paid on this bill by this payment
        Money penalty;
    };
    struct TenderLine
    {
        QString method; // cash | card | qr
        Money amount;
        Money tendered; // cash handed over
        Money change;
        QString cardLast4;
        QString reference; // POS reference or acquirer reference
    };

    QString uuid;
    QString receiptNo;
    QString kind; // bill | topup | reversal
    QString hallCode;
    QString terminalCode;
    QString hallName;
    QString operatorLogin;
    QString operatorName;
    QDateTime createdAt; // UTC
    QString accountNo;
    QString accountName;
    QString address;
    bool residential = true;
    Money amount;
    Money lateFee;
    Money credit;
    Money change;
    QList<BillLine> bills;
    QList<TenderLine> tenders;
    // For a reversal: the receipt it reverses, why, and who approved it.
    QString reversesReceiptNo;
    QString reason;
    QString approvedBy;
    // Set when a later reversal cancelled this payment.
    QString reversedByReceiptNo;

    QString terminalId() const { return hallCode + QLatin1Char('-') + terminalCode; }
    bool isReversal() const { return kind == QLatin1String("reversal"); }
    bool paidInCash() const;

    static Result<ReceiptRecord> load(Store &store, const QString &receiptNo);
};

// The 户名 as a receipt shows it when the hall asks for masking: the surname stays, the rest
// becomes asterisks (张三 → 张*); organisations keep their first and last two characters.
QString maskAccountName(const QString &name);

} // namespace hd
