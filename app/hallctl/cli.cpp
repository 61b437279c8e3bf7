#include "cli.h"

#include "store.h"

#include <QJsonDocument>

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

bool Context::parse(QCommandLineParser &parser)
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

} // namespace hd::cli
