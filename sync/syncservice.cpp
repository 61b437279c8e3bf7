#include "syncservice.h"

#include "store.h"

#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace hd::sync {

class SyncWorker final : public QObject
{
    Q_OBJECT
public:
    SyncWorker(QString storePath, SyncService::Options options)
        : m_storePath(std::move(storePath))
        , m_options(options)
    {}

    void begin()
    {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &SyncWorker::cycle);
        cycle();
    }
    void cycle()
    {
        m_timer->stop();
        bool online = false;
        SyncStatus status;
        if (!m_store) {
            auto store = Store::open(m_storePath);
            if (store)
                m_store = std::move(store.value());
        }
        if (m_store) {
            auto config = SyncConfig::load(*m_store);
            if (config && config->enrolled()) {
                if (!m_client)
                    m_client = std::make_unique<SyncClient>(SyncEngine::clientOptions(*config));
                SyncEngine engine(*m_store, *m_client);
                auto r = engine.runOnce();
                online = r.ok() || r.error().code != QLatin1String("sync.offline");
            }
            status = SyncEngine::status(*m_store);
        }
        m_failures = online ? 0 : m_failures + 1;
        Q_EMIT done(status, online);
        m_timer->start(online ? m_options.pollSeconds * 1000
                              : SyncService::backoffMs(
                                    m_failures, m_options.backoffBaseMs, m_options.backoffCapMs,
                                    QRandomGenerator::global()->generateDouble()));
    }
    void finish()
    {
        delete m_timer;
        m_timer = nullptr;
        m_client.reset();
        m_store.reset();
    }

Q_SIGNALS:
    void done(const hd::sync::SyncStatus &status, bool online);

private:
    QString m_storePath;
    SyncService::Options m_options;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SyncClient> m_client;
    QTimer *m_timer = nullptr;
    int m_failures = 0;
};

int SyncService::backoffMs(int failures, int baseMs, int capMs, double random01)
{
    const double raw = baseMs * std::pow(2.0, std::clamp(failures - 1, 0, 30));
    const double capped = std::min<double>(raw, capMs);
    return int(capped * (0.5 + 0.5 * std::clamp(random01, 0.0, 1.0)));
}

SyncService::SyncService(QString storePath, QObject *parent)
    : SyncService(std::move(storePath), Options{}, parent)
{}

SyncService::SyncService(QString storePath, Options options, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_options(options)
{
    qRegisterMetaType<hd::sync::SyncStatus>();
}

SyncService::~SyncService()
{
    stop();
}

void SyncService::start()
{
    if (m_worker)
        return;
    m_worker = new SyncWorker(m_storePath, m_options);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &SyncWorker::begin);
    connect(this, &SyncService::requestSync, m_worker, &SyncWorker::cycle);
    connect(m_worker, &SyncWorker::done, this, [this](const SyncStatus &s, bool online) {
        m_status = s;
        m_online = online;
        Q_EMIT statusChanged(s, online);
    });
    if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance())
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    if (r != QNetworkInformation::Reachability::Disconnected)
                        syncNow(); // the link is back: do not wait for the backoff
                });
    m_thread.setObjectName(QStringLiteral("halldesk-sync"));
    m_thread.start();
}

void SyncService::stop()
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(m_worker, &SyncWorker::finish, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
    m_worker = nullptr;
}

void SyncService::syncNow()
{
    Q_EMIT requestSync();
}

} // namespace hd::sync

#include "syncservice.moc"
