// halldesk-central: the central service (serve) and its admin commands. A thin main over
// the central library; every command works on the database chosen by --db or the config.
#include "centraldb.h"
#include "centralserver.h"
#include "centralservice.h"
#include "demodata.h"
#include "language.h"
#include "store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSettings>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>

#include <csignal>
#include <cstdio>

using namespace hd;
using namespace hd::central;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const Error &e)
{
    err() << e.message << " [" << e.code << "]\n";
    err().flush();
    return 1;
}

// --db sqlite:/path/central.db | postgres:[dbname] (PG* variables for the rest)
std::optional<DatabaseConfig> parseDb(const QString &spec)
{
    DatabaseConfig c;
    if (spec.startsWith(QLatin1String("sqlite:"))) {
        c.driver = QStringLiteral("QSQLITE");
        c.name = spec.mid(7);
        if (c.name.isEmpty())
            return std::nullopt;
    } else if (spec.startsWith(QLatin1String("postgres:")) || spec == QLatin1String("postgres")) {
        c.driver = QStringLiteral("QPSQL");
        c.name = spec.mid(9);
    } else {
        return std::nullopt;
    }
    return c;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("halldesk-central"));
    QCoreApplication::setOrganizationName(QStringLiteral("HallDesk"));
    // Chinese unless --lang en or an English locale; read before parsing so --help follows it.
    const QString language = resolveLanguage(requestedLanguage(QCoreApplication::arguments()));
    installTranslations(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "HallDesk 中心服务 / central service\n\n"
                "commands:\n"
                "  serve                         run the HTTP(S) API\n"
                "  hall add CODE NAME REGION     add or rename a hall\n"
                "  code create HALL              one-time enrollment code for a terminal\n"
                "  terminal revoke KEY_ID        refuse a terminal's credential from now on\n"
                "  channel add NAME              register a payment channel, print its key\n"
                "  import STORE                  load a counter store as master data\n"
                "  demo                          generate demo data and load it\n"
                "  operator disable|enable LOGIN\n"
                "  account close|reopen|show ACCOUNT_NO\n"
                "  payments                      every payment held (JSON)\n"
                "  accounts                      every account's money state (JSON)\n"
                "  setting KEY VALUE\n"
                "  epoch bump                    make every client re-sync fully\n"
                "  reconcile DAY [HALL]          day-end reconciliation of shifts\n"
                "  stats"));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("sqlite:PATH or postgres:[DBNAME] (PG* env)"),
         QStringLiteral("spec")},
        {QStringLiteral("config"), QStringLiteral("INI file: [database] spec=…, [server] …"),
         QStringLiteral("file")},
        {QStringLiteral("listen"), QStringLiteral("address to listen on (127.0.0.1)"),
         QStringLiteral("addr")},
        {QStringLiteral("port"), QStringLiteral("port (0: any free port, printed)"),
         QStringLiteral("port")},
        {QStringLiteral("cert"), QStringLiteral("TLS certificate (PEM): serve HTTPS"),
         QStringLiteral("file")},
        {QStringLiteral("key"), QStringLiteral("TLS private key (PEM)"), QStringLiteral("file")},
        {QStringLiteral("max-body"), QStringLiteral("largest request body in bytes"),
         QStringLiteral("bytes")},
        {QStringLiteral("max-ops"), QStringLiteral("most ops per push"), QStringLiteral("n")},
        {QStringLiteral("rate"), QStringLiteral("requests per minute per key"),
         QStringLiteral("n")},
        {QStringLiteral("push-hold"),
         QStringLiteral("ms a push may wait for the batch before it (2000; 0: refuse at once)"),
         QStringLiteral("ms")},
        {QStringLiteral("region"), QStringLiteral("region for import/demo (GZ)"),
         QStringLiteral("code")},
        {QStringLiteral("accounts"), QStringLiteral("demo accounts (1000)"), QStringLiteral("n")},
        {QStringLiteral("out"), QStringLiteral("write a channel key to this file (0600)"),
         QStringLiteral("file")},
        {QStringLiteral("lang"), QStringLiteral("messages in zh_CN (default) or en"),
         QStringLiteral("lang")},
        {QStringLiteral("data-key"),
         QStringLiteral("the data key that encrypts phone and ID numbers (0600; made for a new "
                        "database; default: $HALLDESK_CENTRAL_DATA_KEY, else SQLite PATH.key, "
                        "else ~/.config/halldesk-central/DBNAME.key)"),
         QStringLiteral("file")},
    });
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("see above"));
    parser.process(app);
    if (parser.isSet(QStringLiteral("lang")) &&
        parser.value(QStringLiteral("lang")) != QLatin1String("zh_CN") &&
        parser.value(QStringLiteral("lang")) != QLatin1String("en")) {
        err() << "--lang 只能是 zh_CN 或 en / --lang takes zh_CN or en\n";
        return 2;
    }
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        parser.showHelp(2);

    QSettings config(parser.value(QStringLiteral("config")), QSettings::IniFormat);
    auto option = [&](const QString &name, const QString &iniKey, const QString &fallback) {
        if (parser.isSet(name))
            return parser.value(name);
        if (parser.isSet(QStringLiteral("config")) && config.contains(iniKey))
            return config.value(iniKey).toString();
        return fallback;
    };
    const QString dbSpec = option(QStringLiteral("db"), QStringLiteral("database/spec"),
                                  qEnvironmentVariable("HALLDESK_CENTRAL_DB"));
    auto dbConfig = parseDb(dbSpec);
    if (!dbConfig) {
        err() << "需要 --db sqlite:PATH 或 --db postgres:[DBNAME] / --db is required\n";
        return 2;
    }
    dbConfig->dataKeyFile =
        option(QStringLiteral("data-key"), QStringLiteral("crypto/data_key"), {});
    auto db = CentralDb::open(*dbConfig);
    if (!db)
        return fail(db.error());
    if (db.value()->createdDataKey()) {
        err() << "已生成中心数据密钥 " << db.value()->dataKeyFile()
              << "（加密电话和证件号码），请妥善备份；丢失后数据库无法使用。\n"
              << "created the centre's data key " << db.value()->dataKeyFile()
              << " (encrypts phone and ID numbers): back it up; without it the database is "
                 "unusable.\n";
        err().flush();
    }
    // A whole-number option (or its INI key) in [min, max], `fallback` when not given. Anything
    // else is refused, with the option and its range: a limit or a port other than the one
    // asked for must not be quietly taken instead ("0" used to mean the default, "abc" too, and
    // a port of 70000 or "abc" a port of 4464 or one chosen at random).
    bool numbersOk = true;
    auto number = [&](const QString &name, const QString &iniKey, qint64 fallback, qint64 min,
                      qint64 max) {
        const QString text = option(name, iniKey, QString()).trimmed();
        if (text.isEmpty())
            return fallback;
        bool ok = false;
        const qint64 v = text.toLongLong(&ok);
        if (ok && v >= min && v <= max)
            return v;
        // Named as it was given: on the command line, or in the --config file.
        const QString given =
            parser.isSet(name)
                ? QStringLiteral("--") + name
                : QStringLiteral("[%1] %2").arg(iniKey.section(QLatin1Char('/'), 0, 0),
                                                iniKey.section(QLatin1Char('/'), 1));
        err() << given << " 应为 " << min << " 到 " << max << " 之间的整数 / " << given
              << " takes a whole number from " << min << " to " << max << ": " << text << '\n';
        numbersOk = false;
        return fallback;
    };
    sync::Limits limits;
    limits.maxBodyBytes = number(QStringLiteral("max-body"), QStringLiteral("limits/max_body"),
                                 limits.maxBodyBytes, 1024, qint64(1) << 30);
    limits.maxOpsPerPush = int(number(QStringLiteral("max-ops"), QStringLiteral("limits/max_ops"),
                                      limits.maxOpsPerPush, 1, 100000));
    limits.requestsPerMinute = int(number(QStringLiteral("rate"), QStringLiteral("limits/rate"),
                                          limits.requestsPerMinute, 1, 100000000));
    if (!numbersOk)
        return 1;
    CentralService service(*db.value(), limits);
    const QString cmd = args.value(0);
    const QString region =
        option(QStringLiteral("region"), QStringLiteral("import/region"), QStringLiteral("GZ"));
    auto printJson = [](const QJsonObject &o) {
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        out().flush();
    };

    if (cmd == QLatin1String("serve")) {
        // Answers to counters carry Chinese messages whatever the console's language: a clerk
        // reads them (the wire format, with its reason codes, stays as counters know it).
        installTranslations(app, QStringLiteral("zh_CN"));
        CentralServer server(service);
        const int hold =
            int(number(QStringLiteral("push-hold"), QStringLiteral("server/push_hold_ms"),
                       server.pushHold(), 0, 3600000));
        const auto port =
            quint16(number(QStringLiteral("port"), QStringLiteral("server/port"), 8443, 0, 65535));
        if (!numbersOk)
            return 1;
        server.setPushHold(hold);
        // The writer's own connection (same database, same data key).
        if (Status s = server.startWriter([&] { return CentralDb::open(*dbConfig); }); !s)
            return fail(s.error());
        const QString certFile = option(QStringLiteral("cert"), QStringLiteral("server/cert"), {});
        const QString keyFile = option(QStringLiteral("key"), QStringLiteral("server/key"), {});
        if (!certFile.isEmpty()) {
            QFile c(certFile), k(keyFile);
            if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly)) {
                err() << "无法读取证书或私钥 / cannot read the certificate or key\n";
                return 1;
            }
            const QSslCertificate cert(&c, QSsl::Pem);
            const QByteArray pem = k.readAll();
            QSslKey key(pem, QSsl::Ec, QSsl::Pem);
            if (key.isNull())
                key = QSslKey(pem, QSsl::Rsa, QSsl::Pem);
            if (cert.isNull() || key.isNull()) {
                err() << "证书或私钥格式无效 / invalid certificate or key\n";
                return 1;
            }
            server.sslSetup(cert, key);
        }
        QHostAddress address(option(QStringLiteral("listen"), QStringLiteral("server/listen"),
                                    QStringLiteral("127.0.0.1")));
        const quint16 listening = server.listen(address, port);
        if (listening == 0) {
            err() << "无法监听端口 / cannot listen\n";
            return 1;
        }
        out() << "listening on " << address.toString() << ':' << listening
              << (certFile.isEmpty() ? " (http)" : " (https)") << '\n';
        out().flush();
        std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
        std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
        return app.exec();
    }
    if (cmd == QLatin1String("hall") && args.value(1) == QLatin1String("add") && args.size() == 5) {
        if (Status s = service.ensureHall(args[2], args[3], args[4]); !s)
            return fail(s.error());
        out() << "ok\n";
        return 0;
    }
    if (cmd == QLatin1String("code") && args.value(1) == QLatin1String("create") &&
        args.size() == 3) {
        auto code = service.createEnrollCode(args[2]);
        if (!code)
            return fail(code.error());
        out() << code.value() << '\n';
        return 0;
    }
    if (cmd == QLatin1String("terminal") && args.value(1) == QLatin1String("revoke") &&
        args.size() == 3) {
        if (Status s = service.revoke(args[2]); !s)
            return fail(s.error());
        out() << "revoked\n";
        return 0;
    }
    if (cmd == QLatin1String("channel") && args.value(1) == QLatin1String("add") &&
        args.size() == 3) {
        auto key = service.addChannel(args[2]);
        if (!key)
            return fail(key.error());
        const QByteArray text = "c-" + args[2].toUtf8() + ' ' + key.value().toBase64() + '\n';
        if (parser.isSet(QStringLiteral("out"))) {
            QSaveFile f(parser.value(QStringLiteral("out")));
            if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size() ||
                !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || !f.commit()) {
                err() << "无法写入密钥文件 / cannot write the key file\n";
                return 1;
            }
        } else {
            out() << text;
        }
        return 0;
    }
    if (cmd == QLatin1String("import") && args.size() == 2) {
        auto r = service.importStore(args[1], region);
        if (!r)
            return fail(r.error());
        printJson(r.value());
        return 0;
    }
    if (cmd == QLatin1String("demo")) {
        const int accounts = int(number(QStringLiteral("accounts"), {}, 1000, 1, 5000000));
        if (!numbersOk)
            return 1;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        Store::Options o;
        o.mode = Store::OpenMode::CreateIfMissing;
        {
            auto store = Store::open(path, o);
            if (!store)
                return fail(store.error());
            if (Status s = store.value()->setIdentity({QStringLiteral("4401"), QStringLiteral("00"),
                                                       QStringLiteral("越秀供电营业厅")});
                !s)
                return fail(s.error());
            DemoDataGenerator::Options g;
            g.accounts = accounts;
            auto r = DemoDataGenerator::generate(*store.value(), g);
            if (!r)
                return fail(r.error());
        }
        auto r = service.importStore(path, region);
        if (!r)
            return fail(r.error());
        printJson(r.value());
        return 0;
    }
    if (cmd == QLatin1String("operator") && args.size() == 3) {
        if (Status s = service.setOperatorDisabled(args[2], args[1] == QLatin1String("disable"));
            !s)
            return fail(s.error());
        out() << "ok\n";
        return 0;
    }
    if (cmd == QLatin1String("account") && args.value(1) == QLatin1String("show") &&
        args.size() == 3) {
        auto r = service.accountInfo(args[2]);
        if (!r)
            return fail(r.error());
        printJson(r.value());
        return 0;
    }
    if (cmd == QLatin1String("accounts")) {
        auto r = service.accountsDump();
        if (!r)
            return fail(r.error());
        printJson(r.value());
        return 0;
    }
    if (cmd == QLatin1String("payments")) {
        auto r = service.paymentList();
        if (!r)
            return fail(r.error());
        printJson(r.value());
        return 0;
    }
    if (cmd == QLatin1String("account") && args.size() == 3) {
        if (Status s = service.setAccountStatus(args[2], args[1] == QLatin1String("close")
                                                             ? QStringLiteral("closed")
                                                             : QStringLiteral("active"));
            !s)
            return fail(s.error());
        out() << "ok\n";
        return 0;
    }
    if (cmd == QLatin1String("setting") && args.size() == 3) {
        if (Status s = service.setSetting(args[1], args[2]); !s)
            return fail(s.error());
        out() << "ok\n";
        return 0;
    }
    if (cmd == QLatin1String("epoch") && args.value(1) == QLatin1String("bump")) {
        if (Status s = db.value()->bumpEpoch(); !s)
            return fail(s.error());
        out() << "epoch " << db.value()->epoch() << '\n';
        return 0;
    }
    if (cmd == QLatin1String("reconcile") && args.size() >= 2) {
        auto r = service.reconcile(args.value(2), QDate::fromString(args[1], Qt::ISODate));
        if (!r)
            return fail(r.error());
        printJson(r.value());
        return r->value(QStringLiteral("differences")).toInt() == 0 ? 0 : 1;
    }
    if (cmd == QLatin1String("stats")) {
        auto r = service.stats();
        if (!r)
            return fail(r.error());
        printJson(r.value());
        return 0;
    }
    err() << "未知命令或参数不对 / unknown command or wrong arguments: " << args.join(u' ') << '\n';
    return 2;
}
