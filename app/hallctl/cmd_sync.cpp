// Talking to the centre: enroll (once per counter), sync (push the outbox, pull changes),
// sync status / rejected (what the supervisor must look at), central reconcile (day-end).

#include "cli.h"
#include "store.h"
#include "syncclient.h"
#include "syncconfig.h"
#include "syncengine.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QUrl>

namespace hd::cli {

namespace {

QString statusText(const sync::SyncStatus &s)
{
    QStringList t;
    t << (s.enrolled ? tr("已注册到中心") : tr("尚未注册到中心（hallctl enroll）"));
    t << tr("待上传操作：%1；被中心拒绝：%2").arg(s.pending).arg(s.rejected);
    t << tr("数据截至：%1")
             .arg(s.dataAsOf.isValid()
                      ? s.dataAsOf.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                      : tr("从未同步"));
    if (!s.lastError.isEmpty())
        t << tr("最近一次错误：%1").arg(s.lastError);
    return t.join(u'\n');
}

int showRejected(Context &ctx, Store &store)
{
    const auto list = sync::SyncEngine::rejectedOps(store);
    QJsonArray items;
    QStringList lines;
    for (const auto &r : list) {
        items.append(QJsonObject{{QStringLiteral("seq"), r.seq},
                                 {QStringLiteral("op_uuid"), r.opUuid},
                                 {QStringLiteral("kind"), r.kind},
                                 {QStringLiteral("reason"), r.reason},
                                 {QStringLiteral("message"), r.message},
                                 {QStringLiteral("account_no"), r.accountNo},
                                 {QStringLiteral("receipt_no"), r.receiptNo}});
        lines << tr("#%1 %2 %3 户号 %4 票据 %5：%6（%7）")
                     .arg(r.seq)
                     .arg(r.kind, r.createdAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")),
                          r.accountNo, r.receiptNo, r.message, r.reason);
    }
    if (lines.isEmpty())
        lines << tr("没有被拒绝的操作。");
    ctx.emitResult({{QStringLiteral("rejected"), items}}, lines.join(u'\n'));
    return Ok;
}

} // namespace

int runEnroll(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption central(QStringLiteral("central"),
                                     tr("中心服务地址，例如 https://central:8443"),
                                     QStringLiteral("url"));
    const QCommandLineOption code(QStringLiteral("code"), tr("一次性注册码"),
                                  QStringLiteral("code"));
    const QCommandLineOption ca(QStringLiteral("ca"), tr("中心证书的 CA（PEM）"),
                                QStringLiteral("file"));
    const QCommandLineOption label(QStringLiteral("label"), tr("终端说明，例如 3号窗口"),
                                   QStringLiteral("text"));
    parser.addOptions({central, code, ca, label});
    if (!ctx.parse(parser))
        return Usage;
    if (!parser.isSet(central) || !parser.isSet(code))
        return ctx.usage(tr("需要 --central URL 和 --code 注册码"));
    const QUrl url(parser.value(central));
    if (url.scheme() == QLatin1String("https") && !parser.isSet(ca))
        return ctx.usage(tr("HTTPS 需要 --ca 指定中心证书的 CA 文件"));
    Store *store = ctx.openStore();
    if (!store)
        return Rejected;
    const QString caFile =
        parser.isSet(ca) ? QFileInfo(parser.value(ca)).absoluteFilePath() : QString();
    auto config =
        sync::SyncEngine::enroll(*store, url, parser.value(code), caFile, parser.value(label));
    if (!config)
        return ctx.reject(config.error());
    ctx.emitResult({{QStringLiteral("ok"), true},
                    {QStringLiteral("key_id"), config->keyId},
                    {QStringLiteral("hall_code"), config->hallCode},
                    {QStringLiteral("region"), config->region}},
                   tr("已注册：终端密钥 %1，营业厅 %2，区域 %3")
                       .arg(config->keyId, config->hallCode, config->region));
    return Ok;
}

int runSync(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption once(QStringLiteral("once"), tr("上传并下载一次后退出（默认）"));
    const QCommandLineOption batch(QStringLiteral("batch"), tr("每次上传的操作数（1–100000）"),
                                   QStringLiteral("n"));
    const QCommandLineOption page(QStringLiteral("page"), tr("每页下载的记录数（1–100000）"),
                                  QStringLiteral("n"));
    parser.addOptions({once, batch, page});
    parser.addPositionalArgument(QStringLiteral("action"), tr("[status | rejected]"));
    if (!ctx.parse(parser, 1))
        return Usage;
    const QString action = parser.positionalArguments().value(0);
    if (!action.isEmpty() && action != QLatin1String("status") &&
        action != QLatin1String("rejected"))
        return ctx.usage(tr("用法：hallctl sync [--once] | sync status | sync rejected"));
    // Checked before anything is done: a wrong number is not quietly taken for 1.
    constexpr int kMostPerRequest = 100000;
    const Result<int> batchSize =
        countOption(parser, batch.names().constFirst(), 0, 1, kMostPerRequest);
    if (!batchSize)
        return ctx.reject(batchSize.error());
    const Result<int> pageSize =
        countOption(parser, page.names().constFirst(), 0, 1, kMostPerRequest);
    if (!pageSize)
        return ctx.reject(pageSize.error());
    Store *store = ctx.openStore();
    if (!store)
        return Rejected;
    if (action == QLatin1String("status")) {
        const auto s = sync::SyncEngine::status(*store);
        ctx.emitResult(s.toJson(), statusText(s));
        return Ok;
    }
    if (action == QLatin1String("rejected"))
        return showRejected(ctx, *store);
    auto config = sync::SyncConfig::load(*store);
    if (!config)
        return ctx.reject(config.error());
    if (!config->enrolled())
        return ctx.reject({QStringLiteral("sync.not-enrolled"),
                           tr("本机尚未注册到中心，请先运行 hallctl enroll。")});
    sync::SyncClient client(sync::SyncEngine::clientOptions(*config));
    sync::SyncEngine engine(*store, client);
    if (parser.isSet(batch))
        engine.setBatchSize(*batchSize);
    if (parser.isSet(page))
        engine.setPageSize(*pageSize);
    auto report = engine.runOnce();
    if (!report)
        return ctx.reject(report.error());
    const auto s = sync::SyncEngine::status(*store);
    QJsonObject json = report->toJson();
    json.insert(QStringLiteral("status"), s.toJson());
    ctx.emitResult(json, tr("上传 %1 条（新记账 %2，重复 %3，拒绝 %4）；下载 %5 条，%6 页%7\n%8")
                             .arg(report->pushed)
                             .arg(report->applied)
                             .arg(report->duplicate)
                             .arg(report->rejected)
                             .arg(report->pulled)
                             .arg(report->pages)
                             .arg(report->fullResync ? tr("（完整重新同步）") : QString())
                             .arg(statusText(s)));
    return report->rejected > 0 ? Rejected : Ok;
}

int runCentral(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption day(QStringLiteral("day"), tr("日期 yyyy-MM-dd（默认今天）"),
                                 QStringLiteral("date"));
    parser.addOption(day);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("reconcile"));
    if (!ctx.parse(parser))
        return Usage;
    if (parser.positionalArguments() != QStringList{QStringLiteral("reconcile")})
        return ctx.usage(tr("用法：hallctl central reconcile [--day yyyy-MM-dd]"));
    const Result<QDate> parsedOn =
        dateOption(parser, day.names().constFirst(), QDate::currentDate());
    if (!parsedOn)
        return ctx.reject(parsedOn.error());
    const QDate on = *parsedOn;
    Store *store = ctx.openStore();
    if (!store)
        return Rejected;
    auto config = sync::SyncConfig::load(*store);
    if (!config)
        return ctx.reject(config.error());
    if (!config->enrolled())
        return ctx.reject({QStringLiteral("sync.not-enrolled"),
                           tr("本机尚未注册到中心，请先运行 hallctl enroll。")});
    sync::SyncClient client(sync::SyncEngine::clientOptions(*config));
    const auto r = client.get(QStringLiteral("/api/v1/reconcile?day=") + on.toString(Qt::ISODate));
    if (!r.ok())
        return ctx.reject(
            {r.status == 0 ? QStringLiteral("sync.offline") : r.errorCode(), r.describe()});
    QStringList lines;
    for (const QJsonValue &v : r.body.value(QStringLiteral("shifts")).toArray()) {
        const QJsonObject s = v.toObject();
        const QJsonObject c = s.value(QStringLiteral("centre")).toObject();
        lines << tr("班次 %1 %2：%3；中心收到 %4 笔，现金 %5 分，银行卡 %6 分，扫码 %7 分%8")
                     .arg(s.value(QStringLiteral("shift_uuid")).toString().left(8),
                          s.value(QStringLiteral("operator")).toString(),
                          s.value(QStringLiteral("ok")).toBool() ? tr("一致") : tr("不一致"))
                     .arg(c.value(QStringLiteral("payments")).toInteger())
                     .arg(c.value(QStringLiteral("cash_fen")).toInteger())
                     .arg(c.value(QStringLiteral("card_fen")).toInteger())
                     .arg(c.value(QStringLiteral("qr_fen")).toInteger())
                     .arg(s.contains(QStringLiteral("difference_fen"))
                              ? tr("，差额 %1 分")
                                    .arg(s.value(QStringLiteral("difference_fen")).toInteger())
                              : s.value(QStringLiteral("note")).toString());
    }
    if (lines.isEmpty())
        lines << tr("%1 没有班次。").arg(on.toString(Qt::ISODate));
    ctx.emitResult(r.body, lines.join(u'\n'));
    return r.body.value(QStringLiteral("differences")).toInt() == 0 ? Ok : Rejected;
}

} // namespace hd::cli
