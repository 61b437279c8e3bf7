// hallctl: HallDesk on the command line. Global options come before the command:
//   hallctl [--store PATH] [--json] [--lang zh_CN|en] COMMAND [ARGS...]
// The store is --store, else $HALLDESK_STORE, else the user's data folder. Messages are in
// Chinese; in English with --lang en or an English locale (LANG=en_US.UTF-8).
// Exit status: 0 success, 1 rejected input (reason on stderr), 2 usage error.

#include "cli.h"
#include "language.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace hd::cli;

namespace {
void printUsage(QTextStream &stream)
{
    stream << "用法 / usage: hallctl [--store PATH] [--json] [--lang zh_CN|en] <command> [args]\n\n"
              "命令 / commands:\n";
    for (const Command &c : commands())
        stream << QStringLiteral("  %1  %2\n")
                      .arg(QString::fromLatin1(c.name).leftJustified(14),
                           QString::fromUtf8(c.summary));
    stream << "\n数据库路径 / store: --store PATH，或环境变量 HALLDESK_STORE。\n"
              "语言 / language: --lang en，或英文区域设置 / or an English locale (LANG=en_*).\n"
              "退出码 / exit status: 0 成功 success, 1 输入被拒绝 rejected, 2 用法错误 usage.\n";
}

// The command named on the command line, found before the application object exists: a
// command that draws with fonts needs a QGuiApplication.
bool commandNeedsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--store") == 0 || std::strcmp(argv[i], "--lang") == 0) {
            ++i;
            continue;
        }
        if (argv[i][0] == '-')
            continue;
        for (const Command &c : commands())
            if (std::strcmp(argv[i], c.name) == 0)
                return c.needsGui;
        return false;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (commandNeedsGui(argc, argv)) {
        // Rendering needs no screen: without a display, draw offscreen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
            qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("HallDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("halldesk"));

    QStringList args = QCoreApplication::arguments().mid(1);
    QString storePath;
    QString language = QStringLiteral("system");
    bool json = false;
    QTextStream err(stderr);
    // --lang may stand before or after the command name (as in halldesk-central).
    for (qsizetype i = 0; i < args.size();) {
        if (args.at(i) == QLatin1String("--lang")) {
            language = args.value(i + 1);
            args.remove(i, std::min<qsizetype>(2, args.size() - i));
        } else if (args.at(i).startsWith(QLatin1String("--lang="))) {
            language = args.takeAt(i).mid(7);
        } else {
            ++i;
        }
    }
    if (language != QLatin1String("system") && language != QLatin1String("zh_CN") &&
        language != QLatin1String("en")) {
        err << "--lang 只能是 zh_CN 或 en / --lang takes zh_CN or en" << Qt::endl;
        return Usage;
    }
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--json")) {
            json = true;
        } else if (option == QLatin1String("--store")) {
            if (args.isEmpty()) {
                err << "--store 需要一个路径 / --store needs a path" << Qt::endl;
                return Usage;
            }
            storePath = args.takeFirst();
        } else if (option.startsWith(QLatin1String("--store="))) {
            storePath = option.mid(8);
        } else if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            QTextStream out(stdout);
            printUsage(out);
            return Ok;
        } else {
            err << "未知选项 / unknown option: " << option << Qt::endl;
            printUsage(err);
            return Usage;
        }
    }
    hd::installTranslations(*application, hd::resolveLanguage(language));
    if (args.isEmpty()) {
        printUsage(err);
        return Usage;
    }
    const QString name = args.first();
    // --json may also follow the command name, as scripts often write it.
    if (args.removeAll(QStringLiteral("--json")) > 0)
        json = true;
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name)) {
            Context context(args, json, storePath);
            return c.run(context);
        }
    }
    err << "未知命令 / unknown command: " << name << Qt::endl;
    printUsage(err);
    return Usage;
}
