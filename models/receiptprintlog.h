#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace hd {

class Store;

// One issued copy of a receipt: copy 0 is the original, 1, 2 … are reprints (重打).
struct ReceiptCopy
{
    QString receiptNo;
    int copyNo = 0;
    QString operatorLogin;
    QString operatorName;
    QDateTime printedAt; // UTC
    QString printer;     // what it was sent to, for the audit trail
    bool isReprint() const { return copyNo > 0; }
};

// The record of every print of every receipt (schema 6, receipt_prints). Recording a copy
// and its audit entry commit together, before the bytes go to the printer: a copy that may
// have come out of the printer is never unaccounted for. Only committed payments have
// receipts; anything else is refused.
class ReceiptPrintLog final
{
public:
    explicit ReceiptPrintLog(Store &store)
        : m_store(store)
    {}
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    enum class Copy { Original, Reprint };
    // An original asked for a receipt that was already printed becomes a reprint: there is
    // never a second original.
    Result<ReceiptCopy> record(const QString &receiptNo, Copy copy, const QString &operatorLogin,
                               const QString &printer);
    QList<ReceiptCopy> copies(const QString &receiptNo) const;
    int reprintCount(const QString &receiptNo) const;
    // A print that failed after it was recorded: audited, so that the supervisor sees why
    // a reprint followed.
    Status recordFailure(const ReceiptCopy &copy, const QString &reason);

private:
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    Store &m_store;
    std::function<QDateTime()> m_clock;
};

} // namespace hd
