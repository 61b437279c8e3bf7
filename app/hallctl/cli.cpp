#include "cli.h"

#include "store.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <cstdio>

namespace hd::cli {

Context::Context(QStringList arguments, bool json, QString storePath)
    : m_arguments(std::move(arguments))
    , m_json(json)
    , m_storePath(std::move(storePath))
    , m_out(stdout)
    , m_err(stderr)
{}

Context::~Context() = default;

bool Context::parse(QCommandLineParser &parser, qsizetype mostArguments)
{
    parser.addHelpOption();
    if (!parser.parse(m_arguments)) {
        m_err << parser.errorText() << Qt::endl;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return false;
    }
    if (mostArguments >= 0 && parser.positionalArguments().size() > mostArguments) {
        m_err << tr("多余的参数：%1（hallctl %2 --help 查看用法）")
                     .arg(parser.positionalArguments().mid(mostArguments).join(QLatin1Char(' ')),
                          m_arguments.value(0))
              << Qt::endl;
        return false;
    }
    return true;
}

Store *Context::openStore(bool create)
{
    if (m_store)
        return m_store.get();
    const QString path = m_storePath.isEmpty() ? Store::defaultPath() : m_storePath;
    Store::Options options;
    options.mode = create ? Store::OpenMode::CreateIfMissing : Store::OpenMode::ExistingOnly;
    auto store = Store::open(path, options);
    if (!store) {
        (void)reject(store.error());
        return nullptr;
    }
    m_store = std::move(store).value();
    return m_store.get();
}

int Context::reject(const Error &error)
{
    m_err << error.message << Qt::endl;
    if (m_json)
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), false},
                                           {QStringLiteral("error"), error.code},
                                           {QStringLiteral("message"), error.message}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    return Rejected;
}

int Context::usage(const QString &message)
{
    m_err << message << Qt::endl;
    return Usage;
}

void Context::emitResult(const QJsonObject &json, const QString &text)
{
    if (m_json) {
        QJsonObject withOk = json;
        withOk.insert(QStringLiteral("ok"), true);
        m_out << QJsonDocument(withOk).toJson(QJsonDocument::Compact) << Qt::endl;
    } else if (!text.isEmpty()) {
        m_out << text << Qt::endl;
    }
}

Result<QDate> dateOption(const QCommandLineParser &parser, const QString &name, QDate fallback)
{
    if (!parser.isSet(name))
        return fallback;
    const QString text = parser.value(name);
    const QDate d = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (d.isValid())
        return d;
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (shape.match(text).hasMatch())
        return Error{QStringLiteral("cli.date"), tr("--%1：没有 %2 这一天。").arg(name, text)};
    return Error{QStringLiteral("cli.date"),
                 tr("--%1 的日期格式应为 YYYY-MM-DD：%2").arg(name, text)};
}

Result<int> countOption(const QCommandLineParser &parser, const QString &name, int fallback,
                        int min, int max)
{
    if (!parser.isSet(name))
        return fallback;
    const QString text = parser.value(name);
    bool ok = false;
    const qlonglong n = text.trimmed().toLongLong(&ok);
    if (ok && n >= min && n <= max)
        return int(n);
    return Error{QStringLiteral("cli.count"),
                 tr("--%1 需要 %2 到 %3 之间的整数：%4").arg(name).arg(min).arg(max).arg(text)};
}

bool isNegativeAmount(const QString &argument)
{
    static const QRegularExpression negative(QStringLiteral("^-[0-9.,]+$"));
    return negative.match(argument).hasMatch();
}

} // namespace hd::cli
