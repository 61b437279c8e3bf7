#pragma once

#include "ledger.h"
#include "protocol.h"
#include "result.h"
#include "syncclient.h"
#include "syncconfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <memory>

namespace hd {
class Store;
}

namespace hd::sync {

struct SyncReport
{
    int pushed = 0;
    int applied = 0;
    int duplicate = 0;
    int rejected = 0;
    int pulled = 0;
    int pages = 0;
    bool fullResync = false;
    int resent = 0;       // batches sent ahead that came before the one they follow: sent again
    qint64 bytesUp = 0;   // request bodies of the pushes
    qint64 bytesDown = 0; // response bodies of the pulls
    qint64 waitMs = 0;    // waiting for the centre's answers (the rest is local work)
    QJsonObject toJson() const;
};

// What the counter shows: link state, operations waiting, age of local data.
struct SyncStatus
{
    bool enrolled = false;
    qint64 pending = 0;  // outbox ops not yet answered by the centre
    qint64 rejected = 0; // refused by the centre (or not migratable): for the supervisor
    QDateTime dataAsOf;  // the centre's time of the last complete pull (UTC)
    QDateTime lastContact;
    QString lastError;
    QString cursor;
    QJsonObject toJson() const;
};

struct RejectedOp
{
    qint64 seq = 0;
    QString opUuid;
    QString kind;
    QString reason;
    QString message;
    QString accountNo;
    QString receiptNo;
    QDateTime createdAt;
};

// One pass of synchronisation over a store: push the outbox in order and in batches, then pull
// the centre's changes page by page, each page and its cursor in one transaction. Blocking;
// runs on the sync thread (SyncService) or in hallctl. The store connection must belong to the
// calling thread.
class SyncEngine final
{
    Q_DISABLE_COPY_MOVE(SyncEngine)
    Q_DECLARE_TR_FUNCTIONS(hd::sync::SyncEngine)
public:
    SyncEngine(Store &store, SyncClient &client);
    ~SyncEngine();
    void setBatchSize(int n) { m_batchSize = n; }
    void setPageSize(int n) { m_pageSize = n; }

    // Registers this store with the centre using a one-time code; keeps the key and settings.
    static Result<SyncConfig> enroll(Store &store, const QUrl &central, const QString &code,
                                     const QString &caFile, const QString &label = {});
    static SyncClient::Options clientOptions(const SyncConfig &config);

    Result<SyncReport> push(SyncReport report = {});
    Result<SyncReport> pull(SyncReport report = {});
    Result<SyncReport> runOnce();

    static SyncStatus status(Store &store);
    static QList<RejectedOp> rejectedOps(Store &store);

private:
    struct LocalOp
    {
        qint64 seq = 0;
        QString uuid;
        QString kind;
        QJsonObject payload; // v2
    };
    struct OutBatch;
    enum BatchPart { kBody = 1, kKnown = 2 }; // the push's body, the first round's question
    Result<OutBatch> readBatch(qint64 afterSeq, int limit, SyncReport &report, int parts = kBody);
    Status recordAnswers(const OutBatch &batch, const SyncClient::Response &response);
    Result<SyncReport> pullPages(SyncReport report);
    Status deferIndexes();
    Status restoreDeferredIndexes();
    Status applyPage(const QJsonObject &page, int *rows);
    Status writeAccount(const QJsonObject &data, const QJsonArray &bills);
    Status rebase(const QString &accountNo, const QList<LocalOp> &ops);
    Result<QHash<QString, QList<LocalOp>>> unacknowledgedOps(qint64 ackedSeq);
    Status markLocallyRejected(qint64 seq, const Error &error);
    Status recordContact(const QString &error);
    // Statements of the pull path, prepared once per engine: a page runs tens of thousands.
    QSqlQuery &statement(const QString &sql);

    Store &m_store;
    SyncClient &m_client;
    // Ops per push request: the centre's own limit by default (sync::Limits::maxOpsPerPush;
    // a centre configured lower answers 413 and the batch is narrowed down). Against 500, a
    // push of 10,000 payments took 1.8-2.4 s instead of 2.55 s (bench_sync, 20,000 accounts).
    int m_batchSize = Limits{}.maxOpsPerPush;
    bool m_askKnown = true;     // the centre has POST /api/v1/ops/known (cleared on a 404)
    bool m_pipelinePush = true; // the centre takes a batch's `after_seq` (cleared on a 400)
    int m_pageSize = 5000;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    struct RawWriter;
    std::unique_ptr<RawWriter> m_raw;
};

} // namespace hd::sync
