// Taking payments from the command line: quote, late-fee, pay, pending, reverse.

#include "cli.h"
#include "latefee.h"
#include "operators.h"
#include "paymentservice.h"
#include "paymentsettings.h"
#include "sandboxacquirer.h"
#include "store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QUuid>

namespace hd::cli {

namespace {
QCommandLineOption operatorOption()
{
    return {QStringLiteral("operator"), tr("收费员工号（或环境变量 HALLDESK_OPERATOR）"),
            QStringLiteral("login")};
}
QCommandLineOption passwordOption()
{
    return {QStringLiteral("password"), tr("收费员密码（或环境变量 HALLDESK_PASSWORD）"),
            QStringLiteral("password")};
}

} // namespace

// Logs the operator in from --operator/--password (or the environment); shared by the
// commands that take money or move cash.
Result<Operator> loginFromOptions(Store &store, const QCommandLineParser &parser)
{
    const QString login = parser.isSet(QStringLiteral("operator"))
                              ? parser.value(QStringLiteral("operator"))
                              : qEnvironmentVariable("HALLDESK_OPERATOR");
    const QString password = parser.isSet(QStringLiteral("password"))
                                 ? parser.value(QStringLiteral("password"))
                                 : qEnvironmentVariable("HALLDESK_PASSWORD");
    if (login.isEmpty())
        return Error{QStringLiteral("login.missing"),
                     tr("请用 --operator 和 --password 指定收费员。")};
    return OperatorDirectory(store).authenticate(login, password);
}

int runQuote(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption date(QStringLiteral("date"), tr("计算日期（默认今天）"),
                                  QStringLiteral("YYYY-MM-DD"));
    parser.addOption(date);
    parser.addPositionalArgument(QStringLiteral("account"), tr("户号"));
    if (!ctx.parse(parser))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(tr("用法：hallctl quote <户号> [--date YYYY-MM-DD]"));
    Store *store = ctx.openStore();
    if (!store)
        return Rejected;
    PaymentService service(*store);
    auto on = dateOption(parser, QStringLiteral("date"), service.today());
    if (!on)
        return ctx.reject(on.error());
    auto quote = service.quote(parser.positionalArguments().first(), on.value());
    if (!quote)
        return ctx.reject(quote.error());
    QStringList text;
    text << tr("户号 %1  %2  计算日 %3")
                .arg(quote->account.accountNo, quote->account.name,
                     quote->on.toString(Qt::ISODate));
    if (quote->account.blocked)
        text << tr("受限：%1（缴费照常受理）").arg(quote->account.blockedReason);
    if (quote->account.prepaid)
        text << tr("预付费户：按金额购电。当前余额 %1").arg(quote->account.balance.toYuanString());
    text << tr(
        "账期      金额        已缴        欠费        截止日       逾期天数 日费率  违约金");
    for (const QuoteLine &l : quote->lines)
        text << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                    .arg(l.period)
                    .arg(l.amount.toDisplayString(), 10)
                    .arg(l.paid.toDisplayString(), 10)
                    .arg(l.outstanding.toDisplayString(), 10)
                    .arg(l.dueDate.toString(Qt::ISODate))
                    .arg(l.daysOverdue, 8)
                    .arg(l.rateLabel(), 6)
                    .arg(l.lateFee.toDisplayString(), 8);
    text << tr("欠费合计 %1，违约金 %2%3，应缴合计 %4")
                .arg(quote->principal.toYuanString(), quote->lateFeeCharged.toYuanString(),
                     quote->minimumFee().isZero()
                         ? QString()
                         : tr("（含最低收取补足 %1）").arg(quote->minimumFee().toYuanString()),
                     quote->totalDue().toYuanString());
    if (!quote->account.balance.isZero() && !quote->account.prepaid)
        text << tr("预存电费余额 %1").arg(quote->account.balance.toYuanString());
    ctx.emitResult(quote->toJson(), text.join(QLatin1Char('\n')));
    return Ok;
}

int runLateFee(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption amount(QStringLiteral("amount"), tr("欠费金额（元）"),
                                    QStringLiteral("amount"));
    const QCommandLineOption due(QStringLiteral("due"), tr("缴费截止日"),
                                 QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption on(QStringLiteral("on"), tr("缴费日"), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption cls(QStringLiteral("class"), tr("residential 或 non-residential"),
                                 QStringLiteral("class"), QStringLiteral("residential"));
    parser.addOptions({amount, due, on, cls});
    if (!ctx.parse(parser, 0))
        return Usage;
    if (!parser.isSet(amount) || !parser.isSet(due) || !parser.isSet(on))
        return ctx.usage(tr("用法：hallctl late-fee --amount A --due YYYY-MM-DD --on YYYY-MM-DD "
                            "--class residential|non-residential"));
    auto money = Money::parse(parser.value(amount));
    if (!money)
        return ctx.reject(money.error());
    auto dueDate = dateOption(parser, QStringLiteral("due"), {});
    if (!dueDate)
        return ctx.reject(dueDate.error());
    auto onDate = dateOption(parser, QStringLiteral("on"), {});
    if (!onDate)
        return ctx.reject(onDate.error());
    const QString c = parser.value(cls);
    CustomerClass customerClass = CustomerClass::Residential;
    if (c == QLatin1String("non-residential") || c == QLatin1String("non_residential"))
        customerClass = CustomerClass::NonResidential;
    else if (c == QLatin1String("agricultural"))
        customerClass = CustomerClass::Agricultural;
    else if (c != QLatin1String("residential"))
        return ctx.reject({QStringLiteral("cli.class"),
                           tr("用户类别应为 residential 或 non-residential：%1").arg(c)});
    // The hall's configured rates when a store is at hand, the DOMAIN.md defaults otherwise.
    LateFeeRules rules;
    const QString path = ctx.storePath().isEmpty() ? Store::defaultPath() : ctx.storePath();
    if (QFileInfo::exists(path))
        if (auto store = Store::open(path); store)
            rules = PaymentSettings::load(*store.value()).lateFee;
    const LateFee fee =
        LateFee::compute(money.value(), dueDate.value(), onDate.value(), customerClass, rules);
    const Money charged = LateFee::charged(fee.fee, rules);
    ctx.emitResult({{QStringLiteral("late_fee"), charged.toPlainString()},
                    {QStringLiteral("computed"), fee.fee.toPlainString()},
                    {QStringLiteral("days"), fee.days},
                    {QStringLiteral("days_current_rate"), fee.daysAtCurrentRate},
                    {QStringLiteral("days_earlier_rate"), fee.daysAtEarlierRate},
                    {QStringLiteral("minimum_applied"), charged != fee.fee}},
                   charged.toPlainString());
    return Ok;
}

namespace {
void printOutcome(Context &ctx, const PaymentOutcome &o)
{
    QStringList text;
    if (o.state == PaymentOutcome::State::Pending) {
        text << tr("待确认：扫码支付 %1（户号 %2，%3）结果未知，未计为已收款。编号 %4")
                    .arg(o.amount.toYuanString(), o.accountNo, o.method, o.uuid);
    } else {
        text << (o.existing ? tr("该笔缴费已存在（未重复收费）：收据号 %1")
                            : tr("缴费成功：收据号 %1"))
                    .arg(o.receiptNo);
        text << tr("户号 %1 %2  金额 %3  方式 %4")
                    .arg(o.accountNo, o.accountName, o.amount.toYuanString(), o.method);
        text << tr("违约金 %1  电费 %2  转预存 %3")
                    .arg(o.lateFee.toYuanString(), o.bills.toYuanString(), o.credit.toYuanString());
        if (!o.change.isZero())
            text << tr("找零 %1").arg(o.change.toYuanString());
    }
    for (const QString &w : o.warnings)
        text << tr("提示：%1").arg(w);
    ctx.emitResult(o.toJson(), text.join(QLatin1Char('\n')));
}
} // namespace

int runPay(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption method(QStringLiteral("method"), tr("cash | card | qr"),
                                    QStringLiteral("method"), QStringLiteral("cash"));
    const QCommandLineOption tendered(QStringLiteral("tendered"), tr("现金实收金额"),
                                      QStringLiteral("amount"));
    const QCommandLineOption cardRef(QStringLiteral("card-ref"), tr("POS 参考号"),
                                     QStringLiteral("ref"));
    const QCommandLineOption cardLast4(QStringLiteral("card-last4"), tr("卡号后四位"),
                                       QStringLiteral("NNNN"));
    const QCommandLineOption qrCode(QStringLiteral("qr-code"), tr("客户付款码"),
                                    QStringLiteral("code"));
    const QCommandLineOption uuid(QStringLiteral("uuid"), tr("缴费编号（重试时沿用同一编号）"),
                                  QStringLiteral("uuid"));
    parser.addOptions(
        {method, tendered, cardRef, cardLast4, qrCode, uuid, operatorOption(), passwordOption()});
    parser.addPositionalArgument(QStringLiteral("account"), tr("户号"));
    parser.addPositionalArgument(QStringLiteral("amount"), tr("金额（元）"));
    // "-5" would otherwise read as an unknown option: it is a bad amount, refused as such.
    for (const QString &arg : ctx.arguments())
        if (isNegativeAmount(arg))
            return ctx.reject(
                {QStringLiteral("money.negative"), tr("缴费金额不能为负数：%1").arg(arg)});
    if (!ctx.parse(parser))
        return Usage;
    if (parser.positionalArguments().size() != 2)
        return ctx.usage(tr("用法：hallctl pay <户号> <金额> --method cash|card|qr …"));
    auto m = paymentMethodFromKey(parser.value(method));
    if (!m)
        return ctx.usage(tr("付款方式应为 cash、card 或 qr：%1").arg(parser.value(method)));
    auto amount = Money::parse(parser.positionalArguments().at(1));
    if (!amount)
        return ctx.reject(amount.error());
    Tender t;
    t.method = *m;
    t.amount = amount.value();
    if (parser.isSet(tendered)) {
        auto x = Money::parse(parser.value(tendered));
        if (!x)
            return ctx.reject(x.error());
        t.tendered = x.value();
    }
    t.cardRef = parser.value(cardRef);
    t.cardLast4 = parser.value(cardLast4);
    t.qrCode = parser.value(qrCode);
    Store *store = ctx.openStore();
    if (!store)
        return Rejected;
    auto op = loginFromOptions(*store, parser);
    if (!op)
        return ctx.reject(op.error());
    PaymentRequest request;
    request.uuid = parser.isSet(uuid) ? parser.value(uuid)
                                      : QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.accountNo = parser.positionalArguments().first();
    request.amount = amount.value();
    request.tenders = {t};
    request.operatorLogin = op->login;
    SandboxAcquirer acquirer;
    PaymentService service(*store, &acquirer);
    auto outcome = service.pay(request);
    if (!outcome)
        return ctx.reject(outcome.error());
    printOutcome(ctx, outcome.value());
    return Ok;
}

int runPending(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), tr("list | resolve"));
    if (!ctx.parse(parser, 1))
        return Usage;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    if (action != QLatin1String("list") && action != QLatin1String("resolve"))
        return ctx.usage(tr("用法：hallctl pending [list|resolve]"));
    Store *store = ctx.openStore();
    if (!store)
        return Rejected;
    SandboxAcquirer acquirer;
    PaymentService service(*store, &acquirer);
    QJsonArray items;
    QStringList text;
    for (const PendingPayment &p : service.pendingPayments()) {
        QJsonObject item{{QStringLiteral("uuid"), p.uuid},
                         {QStringLiteral("account_no"), p.accountNo},
                         {QStringLiteral("amount"), p.amount.toPlainString()}};
        QString line = tr("%1  户号 %2  %3").arg(p.uuid, p.accountNo, p.amount.toYuanString());
        if (action == QLatin1String("resolve")) {
            auto r = service.resolvePending(p.uuid);
            const QString state =
                !r ? QStringLiteral("refused")
                   : (r->state == PaymentOutcome::State::Committed ? QStringLiteral("committed")
                                                                   : QStringLiteral("pending"));
            item.insert(QStringLiteral("state"), state);
            if (r && r->state == PaymentOutcome::State::Committed) {
                item.insert(QStringLiteral("receipt_no"), r->receiptNo);
                line += tr("  已确认，收据号 %1").arg(r->receiptNo);
            } else if (!r) {
                item.insert(QStringLiteral("message"), r.error().message);
                line += tr("  %1").arg(r.error().message);
            } else {
                line += tr("  仍待确认");
            }
        }
        items.append(item);
        text << line;
    }
    if (text.isEmpty())
        text << tr("没有待确认的缴费。");
    ctx.emitResult({{QStringLiteral("pending"), items}}, text.join(QLatin1Char('\n')));
    return Ok;
}

int runReverse(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption reason(QStringLiteral("reason"), tr("冲正原因"),
                                    QStringLiteral("text"));
    const QCommandLineOption supervisor(QStringLiteral("supervisor"), tr("值班长工号"),
                                        QStringLiteral("login"));
    const QCommandLineOption supervisorPassword(QStringLiteral("supervisor-password"),
                                                tr("值班长密码"), QStringLiteral("password"));
    const QCommandLineOption uuid(QStringLiteral("uuid"), tr("冲正编号（重试时沿用）"),
                                  QStringLiteral("uuid"));
    parser.addOptions(
        {reason, supervisor, supervisorPassword, uuid, operatorOption(), passwordOption()});
    parser.addPositionalArgument(QStringLiteral("receipt"), tr("收据号"));
    if (!ctx.parse(parser))
        return Usage;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(supervisor))
        return ctx.usage(tr("用法：hallctl reverse <收据号> --reason 原因 --supervisor 工号 "
                            "--supervisor-password 密码"));
    Store *store = ctx.openStore();
    if (!store)
        return Rejected;
    auto op = loginFromOptions(*store, parser);
    if (!op)
        return ctx.reject(op.error());
    PaymentService service(*store);
    auto r = service.reverse(parser.positionalArguments().first(), parser.value(reason), op->login,
                             parser.value(supervisor), parser.value(supervisorPassword),
                             parser.value(uuid));
    if (!r)
        return ctx.reject(r.error());
    ctx.emitResult(r->toJson(), tr("冲正成功：冲正单号 %1，金额 %2，户号 %3")
                                    .arg(r->receiptNo, r->amount.toYuanString(), r->accountNo));
    return Ok;
}

} // namespace hd::cli
