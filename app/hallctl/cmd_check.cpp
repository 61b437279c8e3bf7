// check-id, check-uscc, amount-words: the validators on the command line.

#include "amountwords.h"
#include "cli.h"
#include "creditcode.h"
#include "idnumber.h"
#include "money.h"

#include <QCoreApplication>

namespace hd::cli {

namespace {
// The single positional argument of a checker command, or a usage error.
bool singleArgument(Context &ctx, QCommandLineParser &parser, const QString &what, QString &value)
{
    parser.addPositionalArgument(what, what);
    if (!ctx.parse(parser))
        return false;
    if (parser.positionalArguments().size() != 1) {
        ctx.err() << tr("需要一个参数：%1").arg(what) << Qt::endl;
        return false;
    }
    value = parser.positionalArguments().constFirst();
    return true;
}
} // namespace

int runCheckId(Context &ctx)
{
    QCommandLineParser parser;
    QString value;
    if (!singleArgument(ctx, parser, QStringLiteral("number"), value))
        return Usage;
    auto id = parseResidentId(value);
    if (!id)
        return ctx.reject(id.error());
    const QString sex = id->sex == Sex::Male ? tr("男") : tr("女");
    QString text = tr("有效：%1  出生 %2  %3  %4")
                       .arg(id->number, id->birthDate.toString(Qt::ISODate), sex, id->province);
    if (id->convertedFromLegacy)
        text += tr("（由 15 位旧号码转换）");
    ctx.emitResult({{QStringLiteral("number"), id->number},
                    {QStringLiteral("birth_date"), id->birthDate.toString(Qt::ISODate)},
                    {QStringLiteral("sex"),
                     id->sex == Sex::Male ? QStringLiteral("male") : QStringLiteral("female")},
                    {QStringLiteral("province"), id->province},
                    {QStringLiteral("converted_from_15"), id->convertedFromLegacy},
                    {QStringLiteral("masked"), maskResidentId(id->number)}},
                   text);
    return Ok;
}

int runCheckUscc(Context &ctx)
{
    QCommandLineParser parser;
    QString value;
    if (!singleArgument(ctx, parser, QStringLiteral("code"), value))
        return Usage;
    auto code = parseCreditCode(value);
    if (!code)
        return ctx.reject(code.error());
    if (code->check == CreditCode::Check::FailedNeedsSupervisor)
        return ctx.reject(
            Error{QStringLiteral("uscc.check"), tr("统一社会信用代码 %1 校验位不符（应为 %2）。"
                                                   "早期试点代码可能合法，须值班长核实后受理。")
                                                    .arg(code->code, code->expectedCheck)});
    ctx.emitResult({{QStringLiteral("code"), code->code}}, tr("有效：%1").arg(code->code));
    return Ok;
}

int runAmountWords(Context &ctx)
{
    // "-1" would otherwise read as an unknown option: it is a negative amount, refused as such.
    const QStringList &args = ctx.arguments(); // the command's name first, as argv
    QCommandLineParser parser;
    QString value;
    if (args.size() == 2 && isNegativeAmount(args.constLast()))
        value = args.constLast();
    else if (!singleArgument(ctx, parser, QStringLiteral("amount"), value))
        return Usage;
    auto amount = Money::parse(value);
    if (!amount)
        return ctx.reject(amount.error());
    const QString words = amountInWords(amount.value());
    ctx.emitResult({{QStringLiteral("amount"), amount->toPlainString()},
                    {QStringLiteral("fen"), double(amount->fen())},
                    {QStringLiteral("words"), words}},
                   words);
    return Ok;
}

} // namespace hd::cli
