#pragma once

#include "account.h"
#include "latefee.h"
#include "money.h"
#include "result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

namespace hd {

class Store;

// One unpaid bill as the payment screen shows it.
struct QuoteLine
{
    int period = 0; // yyyymm
    Money amount;
    Money paid;
    Money outstanding; // amount - paid
    QDate dueDate;
    QDate penaltyFrom;         // the penalty runs after this day (due date or last payment)
    int daysOverdue = 0;       // on − due date, 0 when not overdue
    LateFee accrued;           // on `outstanding`, after penaltyFrom
    Money penaltyCarried;      // accrued at an earlier partial payment, still unpaid
    Money lateFee;             // penaltyCarried + accrued.fee
    QString rateLabel() const; // "1‰", "2‰", "2‰/3‰"
};

// What one payment does to the account: penalties first, then bills oldest first, the rest
// to credit. Each bill line carries the bill's new state.
struct AllocationLine
{
    int period = 0;
    Money penalty;   // penalty paid on this bill
    Money principal; // bill amount paid
    // The bill afterwards:
    Money newPaid;
    bool settled = false;
    QDate newPenaltyFrom;
    Money newPenaltyCarried;
};

struct Allocation
{
    Money amount;
    QList<AllocationLine> bills; // every open bill of the quote, in quote order
    Money minimumFee;            // paid towards the lift to the per-payment minimum
    Money credit;                // surplus to the account's credit (预存电费)
    Money penaltyTotal() const;  // including minimumFee
    Money principalTotal() const;
    QJsonObject toJson() const;
};

// The amounts due on an account on a given day. Reproducible: the same store state, account
// and day always give the same figures.
struct PaymentQuote
{
    Account account;
    QDate on;
    LateFeeRules rules;
    QList<QuoteLine> lines; // oldest due date first
    Money principal;        // sum of outstanding
    Money lateFeeSum;       // sum of the bills' late fees
    Money lateFeeCharged;   // with the per-payment minimum
    Money minimumFee() const { return lateFeeCharged - lateFeeSum; }
    Money totalDue() const { return principal + lateFeeCharged; }

    static Result<PaymentQuote> build(Store &store, const QString &accountNo, QDate on,
                                      const LateFeeRules &rules);
    // Builds from given figures (tests, a UI preview).
    static PaymentQuote fromBills(const Account &account, const QList<Bill> &bills,
                                  const QList<QDate> &penaltyFrom,
                                  const QList<Money> &penaltyCarried, QDate on,
                                  const LateFeeRules &rules);

    // Where `amount` goes; amount must be at least 0.01.
    Allocation allocate(Money amount) const;

    QJsonObject toJson() const;
};

} // namespace hd
