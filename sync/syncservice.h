#pragma once

#include "syncengine.h"

#include <QObject>
#include <QThread>

namespace hd::sync {

class SyncWorker;

// Runs the sync engine in the background for the counter: its own thread with its own store
// connection (the GUI's transactions are never held), a pass every poll interval, retries
// with capped exponential backoff and jitter when the centre is unreachable, and a pass at
// once when asked (syncNow) or when the network comes back.
class SyncService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncService)
public:
    struct Options
    {
        int pollSeconds = 15;
        int backoffBaseMs = 1000;
        int backoffCapMs = 30000;
    };
    explicit SyncService(QString storePath, QObject *parent = nullptr);
    SyncService(QString storePath, Options options, QObject *parent = nullptr);
    ~SyncService() override;

    void start();
    void stop();
    void syncNow();

    const SyncStatus &status() const { return m_status; }
    bool online() const { return m_online; }

    // The delay before retry number `failures` (1, 2, …): base·2^(n-1) capped, times a random
    // factor in [0.5, 1] so that a hall's counters do not all retry at the same moment.
    static int backoffMs(int failures, int baseMs, int capMs, double random01);

Q_SIGNALS:
    void statusChanged(const hd::sync::SyncStatus &status, bool online);
    void requestSync(); // internal: queued to the worker

private:
    QString m_storePath;
    Options m_options;
    QThread m_thread;
    SyncWorker *m_worker = nullptr;
    SyncStatus m_status;
    bool m_online = false;
};

} // namespace hd::sync

Q_DECLARE_METATYPE(hd::sync::SyncStatus)
