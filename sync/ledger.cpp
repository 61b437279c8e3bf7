#include "ledger.h"

#include <QJsonArray>

#include <algorithm>

namespace hd::sync {

BillState *AccountState::bill(int period)
{
    for (BillState &b : bills)
        if (b.period == period)
            return &b;
    return nullptr;
}

PaymentFacts PaymentFacts::fromPayload(const QJsonObject &p)
{
    PaymentFacts f;
    f.amountFen = p.value(QStringLiteral("amount_fen")).toInteger();
    const QJsonObject a = p.value(QStringLiteral("allocation")).toObject();
    f.minimumFeeFen = a.value(QStringLiteral("minimum_fee_fen")).toInteger();
    f.creditFen = a.value(QStringLiteral("credit_fen")).toInteger();
    for (const QJsonValue &v : a.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        f.lines.append({int(l.value(QStringLiteral("period")).toInteger()),
                        l.value(QStringLiteral("late_fee_fen")).toInteger(),
                        l.value(QStringLiteral("principal_fen")).toInteger()});
    }
    f.on = QDate::fromString(p.value(QStringLiteral("on")).toString(), Qt::ISODate);
    return f;
}

QJsonObject Effect::toJson() const
{
    QJsonArray ls;
    for (const Line &l : lines)
        ls.append(QJsonObject{{QStringLiteral("period"), l.period},
                              {QStringLiteral("applied_fen"), l.appliedFen},
                              {QStringLiteral("prev_status"), l.prevStatus},
                              {QStringLiteral("prev_penalty_from"), l.prevPenaltyFrom}});
    QJsonObject o{{QStringLiteral("lines"), ls},
                  {QStringLiteral("credit_fen"), creditFen},
                  {QStringLiteral("to_credit_fen"), toCreditFen},
                  {QStringLiteral("refund_due_fen"), refundDueFen}};
    if (!conflict.isEmpty())
        o.insert(QStringLiteral("conflict"), conflict);
    return o;
}

Effect Effect::fromJson(const QJsonObject &o)
{
    Effect e;
    for (const QJsonValue &v : o.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        e.lines.append({int(l.value(QStringLiteral("period")).toInteger()),
                        l.value(QStringLiteral("applied_fen")).toInteger(),
                        int(l.value(QStringLiteral("prev_status")).toInteger()),
                        l.value(QStringLiteral("prev_penalty_from")).toString()});
    }
    e.creditFen = o.value(QStringLiteral("credit_fen")).toInteger();
    e.toCreditFen = o.value(QStringLiteral("to_credit_fen")).toInteger();
    e.refundDueFen = o.value(QStringLiteral("refund_due_fen")).toInteger();
    e.conflict = o.value(QStringLiteral("conflict")).toString();
    return e;
}

namespace {

void settleOrMark(BillState &b, const QDate &on)
{
    if (b.paidFen >= b.amountFen) {
        b.status = 1;
        b.penaltyFrom.clear();
    } else if (on.isValid()) {
        // Accrued penalty up to the payment day was dealt with; the rest runs after it.
        const QString day = on.toString(Qt::ISODate);
        if (b.penaltyFrom.isEmpty() || b.penaltyFrom < day)
            b.penaltyFrom = day;
    }
}

} // namespace

Effect applyPayment(AccountState &account, const PaymentFacts &payment)
{
    Effect e;
    if (account.status == QLatin1String("closed")) {
        e.refundDueFen = payment.amountFen;
        e.conflict = QStringLiteral("account.closed");
        account.refundDueFen += payment.amountFen;
        return e;
    }
    for (const PaymentLine &line : payment.lines) {
        BillState *b = account.bill(line.period);
        const qint64 open =
            b && b->status != 2 ? std::max<qint64>(0, b->amountFen - b->paidFen) : 0;
        const qint64 applied = std::min(line.principalFen, open);
        qint64 extra = line.principalFen - applied;
        if (applied == 0 && (!b || b->status != 0))
            extra += line.lateFeeFen; // a late fee on a bill that is no longer open
        e.toCreditFen += extra;
        if (!b || (applied == 0 && b->status != 0))
            continue;
        e.lines.append({line.period, applied, b->status, b->penaltyFrom});
        b->paidFen += applied;
        settleOrMark(*b, payment.on);
    }
    if (e.toCreditFen > 0)
        e.conflict = QStringLiteral("bill.already-paid");
    e.creditFen = payment.creditFen + e.toCreditFen;
    account.balanceFen += e.creditFen;
    return e;
}

Effect applyChannelPayment(AccountState &account, qint64 amountFen, QDate on)
{
    PaymentFacts f;
    f.amountFen = amountFen;
    f.on = on;
    qint64 left = amountFen;
    QList<BillState> open = account.bills;
    std::sort(open.begin(), open.end(),
              [](const BillState &a, const BillState &b) { return a.period < b.period; });
    for (const BillState &b : open) {
        if (b.status != 0 || left == 0)
            continue;
        const qint64 take = std::min(left, std::max<qint64>(0, b.amountFen - b.paidFen));
        if (take > 0)
            f.lines.append({b.period, 0, take});
        left -= take;
    }
    f.creditFen = left;
    return applyPayment(account, f);
}

void undo(AccountState &account, const Effect &effect)
{
    account.refundDueFen -= effect.refundDueFen;
    account.balanceFen -= effect.creditFen;
    for (const Effect::Line &l : effect.lines) {
        BillState *b = account.bill(l.period);
        if (!b)
            continue;
        b->paidFen -= l.appliedFen;
        if (b->paidFen < b->amountFen && b->status == 1)
            b->status = l.prevStatus == 1 ? 0 : l.prevStatus;
        b->penaltyFrom = l.prevPenaltyFrom;
    }
}

} // namespace hd::sync
