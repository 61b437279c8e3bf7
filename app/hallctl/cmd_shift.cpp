// Shifts and cash control (shift open|close|status|cash-in|cash-out), the day-end report and
// the audit chain check.

#include "auditlog.h"
#include "cli.h"
#include "dayreport.h"
#include "operators.h"
#include "paymentservice.h"
#include "shiftledger.h"
#include "store.h"

#include <QCoreApplication>

namespace hd::cli {

Result<Operator> loginFromOptions(Store &store, const QCommandLineParser &parser);

namespace {
QJsonObject closingJson(const ShiftClosing &c)
{
    return {{QStringLiteral("opening_float"), c.totals.openingFloat.toPlainString()},
            {QStringLiteral("cash_in"), c.totals.cashIn.toPlainString()},
            {QStringLiteral("cash_out"), c.totals.cashOut.toPlainString()},
            {QStringLiteral("expected_cash"), c.totals.expectedCash().toPlainString()},
            {QStringLiteral("counted_cash"), c.countedCash.toPlainString()},
            {QStringLiteral("cash_difference"), c.cashDifference().toPlainString()},
            {QStringLiteral("expected_card"), c.totals.card.toPlainString()},
            {QStringLiteral("counted_card"), c.countedCard.toPlainString()},
            {QStringLiteral("expected_qr"), c.totals.qr.toPlainString()},
            {QStringLiteral("counted_qr"), c.countedQr.toPlainString()},
            {QStringLiteral("difference"), c.difference().toPlainString()},
            {QStringLiteral("payments"), c.totals.payments},
            {QStringLiteral("reversals"), c.totals.reversals},
            {QStringLiteral("needs_supervisor"), c.needsSupervisor},
            {QStringLiteral("approved_by"), c.approvedBy}};
}

QString closingText(const ShiftClosing &c)
{
    QStringList t;
    t << tr("方式    应有          实点          差额");
    t << tr("现金  %1  %2  %3")
             .arg(c.totals.expectedCash().toDisplayString(), 12)
             .arg(c.countedCash.toDisplayString(), 12)
             .arg(c.cashDifference().toDisplayString(), 10);
    t << tr("银行卡 %1  %2  %3")
             .arg(c.totals.card.toDisplayString(), 12)
             .arg(c.countedCard.toDisplayString(), 12)
             .arg(c.cardDifference().toDisplayString(), 10);
    t << tr("扫码  %1  %2  %3")
             .arg(c.totals.qr.toDisplayString(), 12)
             .arg(c.countedQr.toDisplayString(), 12)
             .arg(c.qrDifference().toDisplayString(), 10);
    t << tr("点钞：%1").arg(c.count.toDisplayString());
    t << tr("合计差额 %1；缴费 %2 笔，冲正 %3 笔")
             .arg(c.difference().toYuanString())
             .arg(c.totals.payments)
             .arg(c.totals.reversals);
    return t.join(QLatin1Char('\n'));
}
} // namespace

int runShift(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption count(QStringLiteral("count"), tr("按面额点钞，例如 100=5,50=2,0.5=3"),
                                   QStringLiteral("list"));
    const QCommandLineOption card(QStringLiteral("card"), tr("银行卡结算单合计（默认等于应有）"),
                                  QStringLiteral("amount"));
    const QCommandLineOption qr(QStringLiteral("qr"), tr("扫码对账合计（默认等于应有）"),
                                QStringLiteral("amount"));
    const QCommandLineOption amount(QStringLiteral("amount"), tr("现金存取金额"),
                                    QStringLiteral("amount"));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("现金存取原因"),
                                    QStringLiteral("text"));
    const QCommandLineOption supervisor(QStringLiteral("supervisor"), tr("值班长工号"),
                                        QStringLiteral("login"));
    const QCommandLineOption supervisorPassword(QStringLiteral("supervisor-password"),
                                                tr("值班长密码"), QStringLiteral("password"));
    const QCommandLineOption op(QStringLiteral("operator"), tr("收费员工号"),
                                QStringLiteral("login"));
    const QCommandLineOption password(QStringLiteral("password"), tr("收费员密码"),
                                      QStringLiteral("password"));
    parser.addOptions(
        {count, card, qr, amount, reason, supervisor, supervisorPassword, op, password});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("open | close | status | cash-in | cash-out"));
    if (!ctx.parse(parser))
        return Usage;
    const QString action = parser.positionalArguments().value(0);
    static const QStringList actions = {QStringLiteral("open"), QStringLiteral("close"),
                                        QStringLiteral("status"), QStringLiteral("cash-in"),
                                        QStringLiteral("cash-out")};
    if (parser.positionalArguments().size() != 1 || !actions.contains(action))
        return ctx.usage(tr("用法：hallctl shift open|close|status|cash-in|cash-out …"));
    Store *store = ctx.openStore();
    if (!store)
        return Rejected;
    ShiftLedger shifts(*store);

    if (action == QLatin1String("status")) {
        auto cur = shifts.current();
        if (!cur) {
            ctx.emitResult({{QStringLiteral("open"), false}}, tr("当前没有开班。"));
            return Ok;
        }
        const ShiftTotals t = shifts.totals(cur->id);
        ctx.emitResult(
            {{QStringLiteral("open"), true},
             {QStringLiteral("uuid"), cur->uuid},
             {QStringLiteral("operator"), cur->operatorLogin},
             {QStringLiteral("opened_at"), cur->openedAt.toUTC().toString(Qt::ISODateWithMs)},
             {QStringLiteral("opening_float"), t.openingFloat.toPlainString()},
             {QStringLiteral("expected_cash"), t.expectedCash().toPlainString()},
             {QStringLiteral("card"), t.card.toPlainString()},
             {QStringLiteral("qr"), t.qr.toPlainString()},
             {QStringLiteral("payments"), t.payments},
             {QStringLiteral("reversals"), t.reversals}},
            tr("班次进行中：%1 于 %2 开班，备用金 %3，钱箱应有现金 %4，银行卡 %5，"
               "扫码 %6，缴费 %7 笔，冲正 %8 笔")
                .arg(cur->operatorLogin,
                     cur->openedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     t.openingFloat.toYuanString(), t.expectedCash().toYuanString(),
                     t.card.toYuanString(), t.qr.toYuanString())
                .arg(t.payments)
                .arg(t.reversals));
        return Ok;
    }

    // What was typed is read before the sign-in, as `pay` does: a typo in a count or an amount
    // is told at once and costs no password attempt.
    const bool moving = action == QLatin1String("cash-in") || action == QLatin1String("cash-out");
    auto money = moving ? Money::parse(parser.value(amount)) : Result<Money>(Money());
    if (!money)
        return ctx.reject(money.error());
    auto counted = moving ? Result<CashCount>(CashCount()) : CashCount::parse(parser.value(count));
    if (!counted)
        return ctx.reject(counted.error());
    std::optional<Money> countedCard;
    std::optional<Money> countedQr;
    for (const auto &[option, into] :
         {std::pair{&card, &countedCard}, std::pair{&qr, &countedQr}}) {
        if (action != QLatin1String("close") || !parser.isSet(*option))
            continue;
        auto m = Money::parse(parser.value(*option));
        if (!m)
            return ctx.reject(m.error());
        *into = m.value();
    }

    auto login = loginFromOptions(*store, parser);
    if (!login)
        return ctx.reject(login.error());

    if (moving) {
        const auto dir = action == QLatin1String("cash-in") ? ShiftLedger::Direction::In
                                                            : ShiftLedger::Direction::Out;
        if (Status s = shifts.moveCash(dir, money.value(), parser.value(reason), login->login); !s)
            return ctx.reject(s.error());
        ctx.emitResult(
            {{QStringLiteral("direction"), action},
             {QStringLiteral("amount"), money->toPlainString()},
             {QStringLiteral("drawer_cash"), PaymentService(*store).drawerCash().toPlainString()}},
            tr("已记录%1 %2，钱箱应有现金 %3")
                .arg(dir == ShiftLedger::Direction::In ? tr("现金存入") : tr("现金取出"),
                     money->toYuanString(), PaymentService(*store).drawerCash().toYuanString()));
        return Ok;
    }

    if (action == QLatin1String("open")) {
        auto shift = shifts.open(login->login, counted.value());
        if (!shift)
            return ctx.reject(shift.error());
        ctx.emitResult({{QStringLiteral("uuid"), shift->uuid},
                        {QStringLiteral("operator"), shift->operatorLogin},
                        {QStringLiteral("opening_float"), shift->openingFloat.toPlainString()},
                        {QStringLiteral("count"), shift->openingCount.toJson()}},
                       tr("开班成功：%1，备用金 %2（%3）")
                           .arg(shift->operatorLogin, shift->openingFloat.toYuanString(),
                                shift->openingCount.toDisplayString()));
        return Ok;
    }

    auto closed = shifts.close(login->login, counted.value(), countedCard, countedQr,
                               parser.value(supervisor), parser.value(supervisorPassword));
    if (!closed) {
        if (auto preview = shifts.preview(counted.value(), countedCard, countedQr); preview)
            ctx.err() << closingText(preview.value()) << Qt::endl;
        return ctx.reject(closed.error());
    }
    ctx.emitResult(closingJson(closed.value()), tr("结班成功。\n") + closingText(closed.value()));
    return Ok;
}

int runReport(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption date(QStringLiteral("date"), tr("日期（默认今天）"),
                                  QStringLiteral("YYYY-MM-DD"));
    parser.addOption(date);
    parser.addPositionalArgument(QStringLiteral("kind"), tr("day"));
    if (!ctx.parse(parser))
        return Usage;
    if (parser.positionalArguments() != QStringList{QStringLiteral("day")})
        return ctx.usage(tr("用法：hallctl report day [--date YYYY-MM-DD]"));
    const Result<QDate> parsedDay =
        dateOption(parser, date.names().constFirst(), QDate::currentDate());
    if (!parsedDay)
        return ctx.reject(parsedDay.error());
    const QDate day = *parsedDay;
    Store *store = ctx.openStore();
    if (!store)
        return Rejected;
    auto report = DayReport::build(*store, day);
    if (!report)
        return ctx.reject(report.error());
    ctx.emitResult(report->toJson(), report->toText());
    return Ok;
}

int runAudit(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), tr("verify"));
    if (!ctx.parse(parser))
        return Usage;
    if (parser.positionalArguments() != QStringList{QStringLiteral("verify")})
        return ctx.usage(tr("用法：hallctl audit verify"));
    Store *store = ctx.openStore();
    if (!store)
        return Rejected;
    const AuditLog::Verification v = AuditLog(*store).verify();
    if (!v.intact)
        return ctx.reject({QStringLiteral("audit.broken"),
                           tr("审计日志校验失败：第 %1 条起被篡改或缺失（共检查 %2 条）：%3")
                               .arg(v.firstBrokenSeq)
                               .arg(v.entries)
                               .arg(v.reason)});
    ctx.emitResult({{QStringLiteral("intact"), true}, {QStringLiteral("entries"), v.entries}},
                   tr("审计日志完好：共 %1 条，哈希链校验通过。").arg(v.entries));
    return Ok;
}

} // namespace hd::cli
