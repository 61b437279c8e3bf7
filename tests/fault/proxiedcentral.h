#pragma once

#include "centralfixture.h"
#include "faultproxy.h"
#include "paymentfixture.h"

#include <QTemporaryDir>

#include <memory>

namespace hd::testing {

// The real halldesk-central with the payment fixture's accounts, reached through a FaultProxy
// on loopback; counters enrolled through the proxy. One per test function (init/cleanup).
class ProxiedCentral final
{
    Q_DISABLE_COPY_MOVE(ProxiedCentral)
public:
    ProxiedCentral() = default;
    ~ProxiedCentral()
    {
        proxy.reset(); // before the centre it forwards to
        central.reset();
    }

    // Empty on success, else what failed. centralArgs go to `halldesk-central serve`.
    QString start(const QStringList &centralArgs = {})
    {
        if (!dir.isValid())
            return QStringLiteral("no temporary folder");
        if (!seededStore(path(QStringLiteral("master.sqlite"))))
            return QStringLiteral("no master data");
        central = std::make_unique<CentralProcess>(freshDatabase(dir.path()));
        if (central->admin({QStringLiteral("import"), path(QStringLiteral("master.sqlite"))}) != 0)
            return QStringLiteral("import failed");
        if (!central->start(centralArgs))
            return QStringLiteral("the centre did not start");
        proxy = std::make_unique<FaultProxy>(central->port());
        const quint16 port = proxy->start();
        if (!port)
            return QStringLiteral("the proxy did not start");
        url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        return {};
    }
    QString path(const QString &name) const { return dir.filePath(name); }
    // A counter enrolled through the proxy, with the centre's accounts pulled (firstSync).
    std::unique_ptr<Counter> counter(const QString &terminal, bool firstSync = true)
    {
        auto c = std::make_unique<Counter>(
            path(QStringLiteral("counter-") + terminal + QStringLiteral(".sqlite")), terminal);
        if (!c->store || !c->enroll(url, central->enrollCode()))
            return nullptr;
        if (firstSync && !c->sync())
            return nullptr;
        return c;
    }
    qint64 centreCount(const char *key)
    {
        return central->stats().value(QLatin1StringView(key)).toInteger();
    }

    QTemporaryDir dir;
    std::unique_ptr<CentralProcess> central;
    std::unique_ptr<FaultProxy> proxy;
    QUrl url;
};

} // namespace hd::testing
