#include "paymentquote.h"

#include "accountrepository.h"
#include "store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace hd {

namespace {} // namespace

QString QuoteLine::rateLabel() const
{
    if (accrued.days == 0)
        return {};
    if (accrued.daysAtEarlierRate == 0)
        return QCoreApplication::translate("hd::PaymentQuote", "%1‰").arg(accrued.currentPerMille);
    if (accrued.daysAtCurrentRate == 0)
        return QCoreApplication::translate("hd::PaymentQuote", "%1‰").arg(accrued.earlierPerMille);
    return QCoreApplication::translate("hd::PaymentQuote", "%1‰/%2‰")
        .arg(accrued.currentPerMille)
        .arg(accrued.earlierPerMille);
}

Money Allocation::penaltyTotal() const
{
    Money sum = minimumFee;
    for (const AllocationLine &l : bills)
        sum += l.penalty;
    return sum;
}

Money Allocation::principalTotal() const
{
    Money sum;
    for (const AllocationLine &l : bills)
        sum += l.principal;
    return sum;
}

QJsonObject Allocation::toJson() const
{
    QJsonArray lines;
    for (const AllocationLine &l : bills) {
        if (l.penalty.isZero() && l.principal.isZero())
            continue;
        lines.append(QJsonObject{{QStringLiteral("period"), l.period},
                                 {QStringLiteral("late_fee"), l.penalty.toPlainString()},
                                 {QStringLiteral("principal"), l.principal.toPlainString()},
                                 {QStringLiteral("settled"), l.settled}});
    }
    return {{QStringLiteral("amount"), amount.toPlainString()},
            {QStringLiteral("late_fee"), penaltyTotal().toPlainString()},
            {QStringLiteral("minimum_fee"), minimumFee.toPlainString()},
            {QStringLiteral("bills"), principalTotal().toPlainString()},
            {QStringLiteral("credit"), credit.toPlainString()},
            {QStringLiteral("lines"), lines}};
}

PaymentQuote PaymentQuote::fromBills(const Account &account, const QList<Bill> &bills,
                                     const QList<QDate> &penaltyFrom,
                                     const QList<Money> &penaltyCarried, QDate on,
                                     const LateFeeRules &rules)
{
    PaymentQuote quote;
    quote.account = account;
    quote.on = on;
    quote.rules = rules;
    for (qsizetype i = 0; i < bills.size(); ++i) {
        const Bill &b = bills[i];
        QuoteLine line;
        line.period = b.period;
        line.amount = b.amount;
        line.paid = b.paid;
        line.outstanding = b.outstanding();
        line.dueDate = b.dueDate;
        line.penaltyFrom = i < penaltyFrom.size() && penaltyFrom[i].isValid()
                               ? std::max(penaltyFrom[i], b.dueDate)
                               : b.dueDate;
        line.daysOverdue = std::max<int>(0, static_cast<int>(b.dueDate.daysTo(on)));
        line.accrued = LateFee::compute(line.outstanding, b.dueDate, line.penaltyFrom, on,
                                        account.customerClass, rules);
        line.penaltyCarried = i < penaltyCarried.size() ? penaltyCarried[i] : Money();
        line.lateFee = line.penaltyCarried + line.accrued.fee;
        if (line.outstanding.isZero() && line.lateFee.isZero())
            continue;
        quote.principal += line.outstanding;
        quote.lateFeeSum += line.lateFee;
        quote.lines.append(line);
    }
    std::stable_sort(
        quote.lines.begin(), quote.lines.end(), [](const QuoteLine &a, const QuoteLine &b) {
            return a.dueDate != b.dueDate ? a.dueDate < b.dueDate : a.period < b.period;
        });
    quote.lateFeeCharged = LateFee::charged(quote.lateFeeSum, rules);
    return quote;
}

Result<PaymentQuote> PaymentQuote::build(Store &store, const QString &accountNo, QDate on,
                                         const LateFeeRules &rules)
{
    if (!on.isValid())
        return Error{QStringLiteral("quote.date"),
                     QCoreApplication::translate("hd::PaymentQuote", "日期无效。")};
    auto account = AccountRepository(store).byNumber(accountNo);
    if (!account)
        return account.error();
    QSqlQuery q(store.db());
    q.prepare(QStringLiteral(
        "SELECT period, amount_fen, paid_fen, due_date, penalty_from, penalty_carried_fen "
        "FROM bills WHERE account_id = ? AND status = 0 "
        "AND (amount_fen > paid_fen OR penalty_carried_fen > 0) ORDER BY due_date, period"));
    q.addBindValue(account->id);
    if (!q.exec())
        return Error{QStringLiteral("store.sql"),
                     QCoreApplication::translate("hd::PaymentQuote", "读取账单失败：%1")
                         .arg(q.lastError().text())};
    QList<Bill> bills;
    QList<QDate> from;
    QList<Money> carried;
    while (q.next()) {
        Bill b;
        b.accountId = account->id;
        b.period = q.value(0).toInt();
        b.amount = Money::fromFen(q.value(1).toLongLong());
        b.paid = Money::fromFen(q.value(2).toLongLong());
        b.dueDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        bills.append(b);
        from.append(q.value(4).isNull() ? QDate()
                                        : QDate::fromString(q.value(4).toString(), Qt::ISODate));
        carried.append(Money::fromFen(q.value(5).toLongLong()));
    }
    return fromBills(account.value(), bills, from, carried, on, rules);
}

Allocation PaymentQuote::allocate(Money amount) const
{
    Allocation a;
    a.amount = amount;
    Money remaining = amount;
    auto take = [&remaining](Money wanted) {
        const Money taken = std::min(remaining, wanted);
        remaining -= taken;
        return taken;
    };
    // Penalties first, oldest bill first; then the lift to the minimum; then the bills.
    for (const QuoteLine &line : lines) {
        AllocationLine l;
        l.period = line.period;
        l.penalty = take(line.lateFee);
        a.bills.append(l);
    }
    a.minimumFee = take(minimumFee());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QuoteLine &line = lines[i];
        AllocationLine &l = a.bills[i];
        l.principal = take(line.outstanding);
        l.newPaid = line.paid + l.principal;
        l.settled = l.newPaid == line.amount;
        // Accrued penalty is now either paid or carried; the rest runs after today.
        l.newPenaltyCarried = line.lateFee - l.penalty;
        l.newPenaltyFrom = std::max(line.penaltyFrom, on);
    }
    a.credit = remaining;
    return a;
}

QJsonObject PaymentQuote::toJson() const
{
    QJsonArray items;
    for (const QuoteLine &l : lines)
        items.append(QJsonObject{{QStringLiteral("period"), l.period},
                                 {QStringLiteral("amount"), l.amount.toPlainString()},
                                 {QStringLiteral("paid"), l.paid.toPlainString()},
                                 {QStringLiteral("outstanding"), l.outstanding.toPlainString()},
                                 {QStringLiteral("due_date"), l.dueDate.toString(Qt::ISODate)},
                                 {QStringLiteral("days_overdue"), l.daysOverdue},
                                 {QStringLiteral("penalty_days"), l.accrued.days},
                                 {QStringLiteral("daily_rate"), l.rateLabel()},
                                 {QStringLiteral("late_fee"), l.lateFee.toPlainString()}});
    return {{QStringLiteral("account_no"), account.accountNo},
            {QStringLiteral("name"), account.name},
            {QStringLiteral("date"), on.toString(Qt::ISODate)},
            {QStringLiteral("prepaid"), account.prepaid},
            {QStringLiteral("blocked"), account.blocked},
            {QStringLiteral("blocked_reason"), account.blockedReason},
            {QStringLiteral("credit"), account.balance.toPlainString()},
            {QStringLiteral("bills"), items},
            {QStringLiteral("principal"), principal.toPlainString()},
            {QStringLiteral("late_fee"), lateFeeSum.toPlainString()},
            {QStringLiteral("late_fee_charged"), lateFeeCharged.toPlainString()},
            {QStringLiteral("total_due"), totalDue().toPlainString()}};
}

} // namespace hd
