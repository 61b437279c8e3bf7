#include "dayreport.h"

#include "store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace hd {

namespace {
QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
QDateTime parse(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}
QJsonArray totalsJson(const QList<DayReport::Total> &totals)
{
    QJsonArray a;
    for (const auto &t : totals)
        a.append(QJsonObject{{QStringLiteral("key"), t.key},
                             {QStringLiteral("count"), t.count},
                             {QStringLiteral("amount"), t.amount.toPlainString()}});
    return a;
}
} // namespace

Result<DayReport> DayReport::build(Store &store, QDate day)
{
    if (!day.isValid())
        return Error{QStringLiteral("report.date"),
                     QCoreApplication::translate("hd::DayReport", "日期无效。")};
    DayReport r;
    r.day = day;
    const QString from = iso(day.startOfDay());
    const QString to = iso(day.addDays(1).startOfDay());
    QSqlQuery q(store.db());
    auto totals = [&](const QString &sql, QList<Total> &into) -> Status {
        q.prepare(sql);
        q.addBindValue(from);
        q.addBindValue(to);
        if (!q.exec())
            return Error{QStringLiteral("store.sql"),
                         QCoreApplication::translate("hd::DayReport", "生成日结报表失败：%1")
                             .arg(q.lastError().text())};
        while (q.next())
            into.append({q.value(0).toString(), q.value(1).toInt(),
                         Money::fromFen(q.value(2).toLongLong())});
        return {};
    };
    for (const auto &[sql, list] :
         {std::pair{
              QStringLiteral("SELECT operator_login, count(*), SUM(amount_fen) FROM payments "
                             "WHERE created_at >= ? AND created_at < ? GROUP BY 1 ORDER BY 1"),
              &r.perClerk},
          std::pair{QStringLiteral("SELECT t.method, count(*), SUM(t.amount_fen) FROM "
                                   "payment_tenders t JOIN payments p ON p.uuid = t.payment_uuid "
                                   "WHERE p.created_at >= ? AND p.created_at < ? GROUP BY 1 "
                                   "ORDER BY 1"),
                    &r.perMethod},
          std::pair{QStringLiteral("SELECT kind, count(*), SUM(amount_fen) FROM payments WHERE "
                                   "created_at >= ? AND created_at < ? GROUP BY 1 ORDER BY 1"),
                    &r.perKind}}) {
        if (Status s = totals(sql, *list); !s)
            return s.error();
    }
    for (const Total &t : r.perKind) {
        r.net += t.amount;
        if (t.key != QLatin1String("reversal"))
            r.payments += t.count;
    }
    q.prepare(QStringLiteral(
        "SELECT r.receipt_no, o.receipt_no, r.amount_fen, r.reason, r.operator_login, "
        "r.approved_by FROM payments r LEFT JOIN payments o ON o.uuid = r.reverses_uuid WHERE "
        "r.kind = 'reversal' AND r.created_at >= ? AND r.created_at < ? ORDER BY r.id"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return Error{QStringLiteral("store.sql"), q.lastError().text()};
    while (q.next())
        r.reversals.append({q.value(0).toString(), q.value(1).toString(),
                            Money::fromFen(q.value(2).toLongLong()), q.value(3).toString(),
                            q.value(4).toString(), q.value(5).toString()});
    // Shifts that were open at any time during the day.
    q.prepare(QStringLiteral(
        "SELECT operator_login, opened_at, closed_at, expected_cash_fen, counted_cash_fen, "
        "difference_fen, approved_by FROM shifts WHERE opened_at < ? AND (closed_at IS NULL OR "
        "closed_at >= ?) ORDER BY id"));
    q.addBindValue(to);
    q.addBindValue(from);
    if (!q.exec())
        return Error{QStringLiteral("store.sql"), q.lastError().text()};
    while (q.next())
        r.shifts.append({q.value(0).toString(), parse(q.value(1)), parse(q.value(2)),
                         Money::fromFen(q.value(3).toLongLong()),
                         Money::fromFen(q.value(4).toLongLong()),
                         Money::fromFen(q.value(5).toLongLong()), q.value(6).toString()});
    return r;
}

QJsonObject DayReport::toJson() const
{
    QJsonArray revs;
    for (const Reversal &v : reversals)
        revs.append(QJsonObject{{QStringLiteral("receipt_no"), v.receiptNo},
                                {QStringLiteral("reverses_receipt_no"), v.reversesReceiptNo},
                                {QStringLiteral("amount"), v.amount.toPlainString()},
                                {QStringLiteral("reason"), v.reason},
                                {QStringLiteral("operator"), v.operatorLogin},
                                {QStringLiteral("approved_by"), v.approvedBy}});
    QJsonArray sh;
    for (const ShiftLine &s : shifts)
        sh.append(QJsonObject{
            {QStringLiteral("operator"), s.operatorLogin},
            {QStringLiteral("opened_at"), iso(s.openedAt)},
            {QStringLiteral("closed_at"), s.closedAt.isValid() ? iso(s.closedAt) : QString()},
            {QStringLiteral("expected_cash"), s.expectedCash.toPlainString()},
            {QStringLiteral("counted_cash"), s.countedCash.toPlainString()},
            {QStringLiteral("difference"), s.difference.toPlainString()},
            {QStringLiteral("approved_by"), s.approvedBy}});
    return {{QStringLiteral("date"), day.toString(Qt::ISODate)},
            {QStringLiteral("payments"), payments},
            {QStringLiteral("net"), net.toPlainString()},
            {QStringLiteral("per_clerk"), totalsJson(perClerk)},
            {QStringLiteral("per_method"), totalsJson(perMethod)},
            {QStringLiteral("per_kind"), totalsJson(perKind)},
            {QStringLiteral("reversals"), revs},
            {QStringLiteral("shifts"), sh}};
}

QString DayReport::toText() const
{
    QStringList lines;
    lines << QCoreApplication::translate("hd::DayReport", "日结报表 %1：缴费 %2 笔，净收 %3")
                 .arg(day.toString(Qt::ISODate))
                 .arg(payments)
                 .arg(net.toYuanString());
    auto section = [&lines](const QString &title, const QList<Total> &totals) {
        lines << title;
        for (const Total &t : totals)
            lines << QCoreApplication::translate("hd::DayReport", "  %1  %2 笔  %3")
                         .arg(t.key)
                         .arg(t.count)
                         .arg(t.amount.toYuanString());
    };
    section(QCoreApplication::translate("hd::DayReport", "按收费员："), perClerk);
    section(QCoreApplication::translate("hd::DayReport", "按付款方式："), perMethod);
    section(QCoreApplication::translate("hd::DayReport", "按缴费类型："), perKind);
    lines << QCoreApplication::translate("hd::DayReport", "冲正：%1 笔").arg(reversals.size());
    for (const Reversal &v : reversals)
        lines << QCoreApplication::translate("hd::DayReport",
                                             "  %1 冲正 %2  %3  原因：%4  审批：%5")
                     .arg(v.receiptNo, v.reversesReceiptNo, v.amount.toYuanString(), v.reason,
                          v.approvedBy);
    lines << QCoreApplication::translate("hd::DayReport", "班次：");
    for (const ShiftLine &s : shifts)
        lines << (s.closedAt.isValid()
                      ? QCoreApplication::translate("hd::DayReport",
                                                    "  %1  应有现金 %2  实点 %3  差额 %4%5")
                            .arg(s.operatorLogin, s.expectedCash.toYuanString(),
                                 s.countedCash.toYuanString(), s.difference.toYuanString(),
                                 s.approvedBy.isEmpty()
                                     ? QString()
                                     : QCoreApplication::translate("hd::DayReport", "（%1 确认）")
                                           .arg(s.approvedBy))
                      : QCoreApplication::translate("hd::DayReport", "  %1  未结班")
                            .arg(s.operatorLogin));
    return lines.join(QLatin1Char('\n'));
}

} // namespace hd
