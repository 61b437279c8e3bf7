// init: create a store (or bring an existing one up to date) and set its identity.

#include "cli.h"
#include "operators.h"
#include "store.h"

#include <QCoreApplication>

namespace hd::cli {

int runInit(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption hall(QStringLiteral("hall"), tr("营业厅编码（4 位数字）"),
                                  QStringLiteral("code"), QStringLiteral("4401"));
    const QCommandLineOption terminal(QStringLiteral("terminal"), tr("终端编码（2 位数字）"),
                                      QStringLiteral("code"), QStringLiteral("01"));
    const QCommandLineOption hallName(QStringLiteral("hall-name"), tr("营业厅名称"),
                                      QStringLiteral("name"), kDemoHallName);
    const QCommandLineOption admin(QStringLiteral("admin"),
                                   tr("创建管理员：工号:密码（仅当尚无操作员时）"),
                                   QStringLiteral("login:password"));
    parser.addOptions({hall, terminal, hallName, admin});
    if (!ctx.parse(parser, 0))
        return Usage;
    Store *store = ctx.openStore(/*create=*/true);
    if (!store)
        return Rejected;
    const StoreIdentity current = store->identity();
    if (current.hallCode.isEmpty() || parser.isSet(hall) || parser.isSet(terminal) ||
        parser.isSet(hallName)) {
        // An option not given keeps the store's current value (the default on a new store).
        auto pick = [&](const QCommandLineOption &option, const QString &currentValue) {
            return parser.isSet(option) || currentValue.isEmpty() ? parser.value(option)
                                                                  : currentValue;
        };
        const StoreIdentity identity{pick(hall, current.hallCode),
                                     pick(terminal, current.terminalCode),
                                     pick(hallName, current.hallName)};
        if (Status s = store->setIdentity(identity); !s)
            return ctx.reject(s.error());
    }
    if (parser.isSet(admin)) {
        const QString spec = parser.value(admin);
        const qsizetype colon = spec.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return ctx.usage(tr("--admin 的格式为 工号:密码"));
        auto op = OperatorDirectory(*store).create(spec.left(colon), QStringLiteral("管理员"),
                                                   Role::Admin, spec.mid(colon + 1));
        if (!op)
            return ctx.reject(op.error());
    }
    const StoreIdentity id = store->identity();
    ctx.emitResult({{QStringLiteral("store"), store->path()},
                    {QStringLiteral("schema_version"), store->schemaVersion()},
                    {QStringLiteral("hall_code"), id.hallCode},
                    {QStringLiteral("terminal_code"), id.terminalCode},
                    {QStringLiteral("hall_name"), id.hallName}},
                   tr("数据库 %1 已就绪：数据结构版本 %2，营业厅 %3 %4，终端 %5")
                       .arg(store->path())
                       .arg(store->schemaVersion())
                       .arg(id.hallCode, id.hallName, id.terminalCode));
    return Ok;
}

} // namespace hd::cli
