// generate, search, account: demo data and finding customers from the command line.

#include "accountrepository.h"
#include "accountsearch.h"
#include "cli.h"
#include "demodata.h"
#include "importer.h"
#include "store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

namespace hd::cli {

namespace {
QString statusText(const Account &a)
{
    QString s = accountStatusLabel(a.status);
    if (a.blocked)
        s += tr("，受限：%1").arg(a.blockedReason);
    return s;
}
} // namespace

int runGenerate(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption accounts(QStringLiteral("accounts"), tr("户数"), QStringLiteral("N"),
                                      QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("随机种子"), QStringLiteral("S"),
                                  QStringLiteral("2026"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), tr("数据截至日期（默认今天）"),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption noOperators(QStringLiteral("no-operators"),
                                         tr("不创建演示操作员（clerk1/clerk2/super1/admin）"));
    parser.addOptions({accounts, seed, asOf, noOperators});
    if (!ctx.parse(parser, 0))
        return Usage;
    bool ok = false;
    DemoDataGenerator::Options options;
    options.accounts = parser.value(accounts).toInt(&ok);
    if (!ok)
        return ctx.usage(tr("--accounts 需要一个整数：%1").arg(parser.value(accounts)));
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return ctx.usage(tr("--seed 需要一个非负整数：%1").arg(parser.value(seed)));
    const Result<QDate> parsedAsOf = dateOption(parser, asOf.names().constFirst(), options.asOf);
    if (!parsedAsOf)
        return ctx.reject(parsedAsOf.error());
    options.asOf = *parsedAsOf;
    options.createOperators = !parser.isSet(noOperators);
    options.progress = [&ctx](int done, int total) {
        ctx.err() << tr("已生成 %1 / %2 户").arg(done).arg(total) << Qt::endl;
    };
    Store *store = ctx.openStore(/*create=*/true);
    if (!store)
        return Rejected;
    if (store->identity().hallCode.isEmpty()) {
        if (Status s =
                store->setIdentity({QStringLiteral("4401"), QStringLiteral("01"), kDemoHallName});
            !s)
            return ctx.reject(s.error());
    }
    QElapsedTimer timer;
    timer.start();
    auto summary = DemoDataGenerator::generate(*store, options);
    if (!summary)
        return ctx.reject(summary.error());
    const double seconds = double(timer.elapsed()) / 1000.0;
    ctx.emitResult({{QStringLiteral("accounts"), summary->accounts},
                    {QStringLiteral("bills"), double(summary->bills)},
                    {QStringLiteral("payments"), double(summary->payments)},
                    {QStringLiteral("places"), summary->places},
                    {QStringLiteral("operators"), summary->operators},
                    {QStringLiteral("seconds"), seconds}},
                   tr("已生成 %1 户、%2 张账单、%3 笔缴费记录，用时 %4 秒。")
                       .arg(summary->accounts)
                       .arg(summary->bills)
                       .arg(summary->payments)
                       .arg(seconds, 0, 'f', 1));
    return Ok;
}

int runSearch(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"), tr("最多显示条数（1–1000）"),
                                   QStringLiteral("N"), QStringLiteral("20"));
    parser.addOption(limit);
    parser.addPositionalArgument(QStringLiteral("text"), tr("户号、户名、电话、地址或证件号码"));
    if (!ctx.parse(parser))
        return Usage;
    const QString text = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty())
        return ctx.usage(tr("请给出要查找的内容，例如：hallctl search 张伟"));
    const Result<int> shown = countOption(parser, limit.names().constFirst(),
                                          limit.defaultValues().constFirst().toInt(), 1, 1000);
    if (!shown)
        return ctx.reject(shown.error());
    Store *store = ctx.openStore();
    if (!store)
        return Rejected;
    const QList<SearchHit> hits = AccountSearch(*store).search(text, *shown);
    QJsonArray array;
    QStringList lines;
    for (const SearchHit &h : hits) {
        array.append(QJsonObject{{QStringLiteral("account_no"), h.accountNo},
                                 {QStringLiteral("name"), h.name},
                                 {QStringLiteral("address"), h.address},
                                 {QStringLiteral("phone"), h.phoneMasked},
                                 {QStringLiteral("id"), h.idMasked},
                                 {QStringLiteral("status"), accountStatusKey(h.status)},
                                 {QStringLiteral("blocked"), h.blocked},
                                 {QStringLiteral("matched_by"), matchKindLabel(h.matchedBy)}});
        lines << QStringLiteral("%1  %2  %3  %4  [%5]")
                     .arg(h.accountNo, h.name, h.phoneMasked, h.address,
                          matchKindLabel(h.matchedBy));
    }
    if (hits.isEmpty())
        lines << tr("没有找到与“%1”相符的户。").arg(AccountSearch::shownQuery(text));
    ctx.emitResult({{QStringLiteral("query"), text}, {QStringLiteral("results"), array}},
                   lines.join(QLatin1Char('\n')));
    return Ok;
}

int runAccount(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("account"), tr("户号"));
    if (!ctx.parse(parser))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(tr("需要一个户号，例如：hallctl account 4410000001"));
    Store *store = ctx.openStore();
    if (!store)
        return Rejected;
    AccountRepository repo(*store);
    auto account = repo.byNumber(parser.positionalArguments().constFirst());
    if (!account)
        return ctx.reject(account.error());
    const Account &a = account.value();
    const QList<Bill> bills = repo.bills(a.id);
    const QList<PaymentRecord> payments = repo.payments(a.id);
    Money arrears;
    QDate oldestDue;
    QJsonArray billArray;
    QStringList lines;
    lines << tr("户号 %1  户名 %2  %3  %4")
                 .arg(a.accountNo, a.name, customerClassLabel(a.customerClass), statusText(a))
          << tr("地址 %1").arg(a.address)
          << tr("电话 %1  证件 %2  电价 %3  电表 %4")
                 .arg(a.phoneMasked, a.idMasked, a.tariffName, a.meterNo);
    for (const Bill &b : bills) {
        if (b.outstanding() > Money()) {
            arrears += b.outstanding();
            if (!oldestDue.isValid() || b.dueDate < oldestDue)
                oldestDue = b.dueDate;
        }
        billArray.append(
            QJsonObject{{QStringLiteral("period"), b.periodLabel()},
                        {QStringLiteral("kwh"), b.kwh()},
                        {QStringLiteral("amount"), b.amount.toPlainString()},
                        {QStringLiteral("paid"), b.paid.toPlainString()},
                        {QStringLiteral("due_date"), b.dueDate.toString(Qt::ISODate)}});
    }
    lines << tr("欠费合计 %1 元%2  预存余额 %3 元")
                 .arg(arrears.toDisplayString(),
                      oldestDue.isValid()
                          ? tr("（最早应缴日 %1）").arg(oldestDue.toString(Qt::ISODate))
                          : QString(),
                      a.balance.toDisplayString());
    lines << tr("账单（%1 期）：").arg(bills.size());
    for (const Bill &b : bills)
        lines << QStringLiteral("  %1  %2 kWh  %3  已缴 %4  应缴日 %5")
                     .arg(b.periodLabel())
                     .arg(b.kwh(), 5)
                     .arg(b.amount.toDisplayString(), 10)
                     .arg(b.paid.toDisplayString(), 10)
                     .arg(b.dueDate.toString(Qt::ISODate));
    QJsonArray paymentArray;
    lines << tr("缴费记录（%1 笔）：").arg(payments.size());
    for (const PaymentRecord &p : payments) {
        paymentArray.append(
            QJsonObject{{QStringLiteral("receipt_no"), p.receiptNo},
                        {QStringLiteral("amount"), p.amount.toPlainString()},
                        {QStringLiteral("method"), p.method},
                        {QStringLiteral("channel"), p.channel},
                        {QStringLiteral("at"), p.createdAt.toString(Qt::ISODateWithMs)}});
        lines << QStringLiteral("  %1  %2  %3  %4")
                     .arg(p.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          p.receiptNo, p.amount.toDisplayString(), p.method);
    }
    ctx.emitResult({{QStringLiteral("account_no"), a.accountNo},
                    {QStringLiteral("name"), a.name},
                    {QStringLiteral("class"), customerClassKey(a.customerClass)},
                    {QStringLiteral("address"), a.address},
                    {QStringLiteral("phone"), a.phoneMasked},
                    {QStringLiteral("id"), a.idMasked},
                    {QStringLiteral("tariff"), a.tariffCode},
                    {QStringLiteral("meter"), a.meterNo},
                    {QStringLiteral("prepaid"), a.prepaid},
                    {QStringLiteral("balance"), a.balance.toPlainString()},
                    {QStringLiteral("status"), accountStatusKey(a.status)},
                    {QStringLiteral("blocked"), a.blocked},
                    {QStringLiteral("blocked_reason"), a.blockedReason},
                    {QStringLiteral("arrears"), arrears.toPlainString()},
                    {QStringLiteral("oldest_due"), oldestDue.toString(Qt::ISODate)},
                    {QStringLiteral("bills"), billArray},
                    {QStringLiteral("payments"), paymentArray}},
                   lines.join(QLatin1Char('\n')));
    return Ok;
}

int runImport(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption accounts(QStringLiteral("accounts"), tr("户档案 CSV 文件"),
                                      QStringLiteral("FILE"));
    const QCommandLineOption bills(QStringLiteral("bills"), tr("账单 CSV 文件"),
                                   QStringLiteral("FILE"));
    parser.addOptions({accounts, bills});
    if (!ctx.parse(parser, 0))
        return Usage;
    if (!parser.isSet(accounts) && !parser.isSet(bills))
        return ctx.usage(tr("请用 --accounts 和/或 --bills 指定要导入的 CSV 文件（格式见 "
                            "docs/import-format.md）。"));
    Store *store = ctx.openStore();
    if (!store)
        return Rejected;
    auto summary = CsvImporter(*store).importFiles(parser.value(accounts), parser.value(bills));
    if (!summary)
        return ctx.reject(
            Error{summary.error().code, summary.error().message + tr("。未导入任何数据。")});
    ctx.emitResult({{QStringLiteral("accounts"), summary->accounts},
                    {QStringLiteral("bills"), summary->bills}},
                   tr("已导入 %1 户、%2 张账单。").arg(summary->accounts).arg(summary->bills));
    return Ok;
}

} // namespace hd::cli
