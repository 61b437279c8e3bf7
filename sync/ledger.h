#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hd::sync {

// The money state of one account as both sides keep it: the centre in its tables, the counter
// in its store. The same rules apply an operation on either side, so a counter that re-applies
// its unacknowledged operations on top of pulled state reaches what the centre will reach.
struct BillState
{
    int period = 0;
    qint64 amountFen = 0;
    qint64 paidFen = 0;
    int status = 0;      // 0 open, 1 settled, 2 cancelled
    QString penaltyFrom; // yyyy-MM-dd or empty

    // Whether a payment can still go to this bill. applyPayment() treats a bill for which this
    // is false (cancelled, or settled and paid in full) exactly as one it was not given: the
    // line's money and its late fee go to credit. So the centre reads only these for a payment;
    // a reversal needs every bill its payment paid, settled since or not. The SQL form is
    // kPayableBillSql.
    bool payable() const { return status == 0 || (status != 2 && paidFen < amountFen); }
};
// BillState::payable() over the bills table's columns.
inline constexpr char kPayableBillSql[] = "(status = 0 OR (status <> 2 AND paid_fen < amount_fen))";

struct AccountState
{
    QString accountNo;
    QString status; // active | suspended | cut_off | closed
    qint64 balanceFen = 0;
    qint64 refundDueFen = 0;
    QList<BillState> bills;
    BillState *bill(int period);
};

struct PaymentLine
{
    int period = 0;
    qint64 lateFeeFen = 0;
    qint64 principalFen = 0;
};

// A payment as the ledger needs it (from a v2 payload, or a channel payment).
struct PaymentFacts
{
    qint64 amountFen = 0;
    QList<PaymentLine> lines;
    qint64 minimumFeeFen = 0;
    qint64 creditFen = 0;
    QDate on;
    static PaymentFacts fromPayload(const QJsonObject &v2payload);
};

// What applying a payment did, kept with the payment so that a reversal undoes exactly that.
struct Effect
{
    struct Line
    {
        int period = 0;
        qint64 appliedFen = 0;
        int prevStatus = 0;
        QString prevPenaltyFrom;
    };
    QList<Line> lines;
    qint64 creditFen = 0;   // added to the balance (the payment's credit + to_credit)
    qint64 toCreditFen = 0; // money meant for bills that were already paid or cancelled
    qint64 refundDueFen = 0;
    QString conflict; // "", bill.already-paid, account.closed

    QJsonObject toJson() const;
    static Effect fromJson(const QJsonObject &json);
};

// A counter payment: each line pays its bill as far as it is still open; the rest (and the
// late fee of a bill that is no longer open) becomes credit. A closed account keeps the
// money as due for refund.
Effect applyPayment(AccountState &account, const PaymentFacts &payment);
// A payment from another channel (online, bank): oldest open bill first, the rest to credit.
Effect applyChannelPayment(AccountState &account, qint64 amountFen, QDate on);
void undo(AccountState &account, const Effect &effect);

} // namespace hd::sync
