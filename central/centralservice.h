#pragma once

#include "centraldb.h"
#include "ledger.h"
#include "protocol.h"
#include "pushbatch.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <functional>

namespace hd::central {

// A push request read and checked without the database, so that it can be done on another
// thread while the batch before it is written (CentralService::preparePush, then applyPush).
struct PreparedPush
{
    struct Invalid // an op's payload that failed validation: the batch's error, unless the
    {              // centre already holds that op with that content (validated back then)
        Error error;
        QString field;
    };
    std::optional<Error> error; // the request itself is malformed: refused before any read
    QString errorField;
    bool ordered = false; // carries after_seq
    qint64 afterSeq = 0;
    QStringList uuids;                     // the well-formed op uuids, for loadSeen
    QList<PushOp> ops;                     // up to the first op that could not be read
    QList<std::optional<Invalid>> invalid; // per op of ops
    std::optional<Invalid> unreadable;     // the op after ops, when one could not be read
};

struct Principal
{
    QString keyId;
    QString kind; // terminal | channel
    QByteArray publicKey;
    QString hallCode;
    QString terminalCode;
    QString region;
    bool revoked = false;
};

// What halldesk-central does, independent of HTTP: enrollment, authentication bookkeeping,
// ops ingestion (each op at most once), the change feed, channel payments, reconciliation
// and the admin commands. One instance per worker process and connection.
class CentralService final
{
    Q_DISABLE_COPY_MOVE(CentralService)
    Q_DECLARE_TR_FUNCTIONS(hd::central::CentralService)
public:
    CentralService(CentralDb &db, sync::Limits limits);
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    const sync::Limits &limits() const { return m_limits; }

    // --- authentication bookkeeping ----------------------------------------------------
    Result<Principal> principal(const QString &keyId);
    // Stores the nonce (refusing a replay, on any worker) and applies the rate limit.
    Status admitRequest(const QString &keyId, const QString &nonce, qint64 timestamp);

    // --- API ------------------------------------------------------------------------------
    Result<QJsonObject> enroll(const QJsonObject &request);
    // The answer as JSON text ({"results": […], "acked_seq": N}), ready to send.
    Result<QByteArray> pushOps(const Principal &p, const QJsonObject &request, QString *field);
    // pushOps in two steps. preparePush reads the ops, hashes and validates them; it touches
    // neither the database nor the service's state, so any thread may run it, also while
    // another push is applied. applyPush then writes the batch in one transaction; it refuses
    // with "push.order" (nothing changed) a batch whose predecessor is not applied yet.
    PreparedPush preparePush(const QByteArray &body) const;
    PreparedPush preparePush(const QJsonObject &request) const;
    // With `admission`, the request's nonce is stored (and the rate limit applied) inside the
    // batch's transaction: one commit, and a refused batch leaves no trace (a replay of it is
    // refused the same way).
    struct Admission
    {
        QString nonce;
        qint64 timestamp = 0;
    };
    Result<QByteArray> applyPush(const Principal &p, const PreparedPush &push, QString *field,
                                 const Admission *admission = nullptr);
    // The first round of a push: which of the ops named by uuid and content hash the centre
    // already holds with that content (answered as a push would answer them) and which it
    // lacks ("missing": the client sends those in full). Reads only; changes nothing.
    Result<QByteArray> knownOps(const Principal &p, const QJsonObject &request, QString *field);
    // The page as JSON text (see docs/sync-protocol.md), ready to send.
    Result<QByteArray> changes(const Principal &p, const QString &after, int limit);
    Result<QJsonObject> channelPayments(const Principal &p, const QJsonObject &request,
                                        QString *field);
    Result<QJsonObject> reconcile(const QString &hallCode, QDate day);
    Result<QJsonObject> status(const Principal &p);

    // --- admin ----------------------------------------------------------------------------
    Status ensureHall(const QString &hallCode, const QString &hallName, const QString &region);
    Result<QString> createEnrollCode(const QString &hallCode, int validHours = 24);
    Status revoke(const QString &keyId);
    Result<QByteArray> addChannel(const QString &name); // the secret key, shown once
    Status setOperatorDisabled(const QString &login, bool disabled);
    Status setAccountStatus(const QString &accountNo, const QString &status);
    Status setSetting(const QString &key, const QString &value);
    // Loads a counter store (hallctl generate/import) as the centre's master data for a hall.
    Result<QJsonObject> importStore(const QString &storePath, const QString &region);
    Result<QJsonObject> stats();
    // One account's money state ("bills": "period:paid:status;…"), for support and tests.
    Result<QJsonObject> accountInfo(const QString &accountNo);
    // Every payment the centre holds (uuid, amount, source, kind), for audits and tests.
    Result<QJsonObject> paymentList();
    // Every account as "balance|refund_due|status|period:paid:status;…", keyed by number.
    Result<QJsonObject> accountsDump();

private:
    Result<qint64> ackedSeq(const QString &keyId);
    Result<std::optional<sync::AccountState>> loadAccount(const QString &accountNo,
                                                          QString *region);
    Status saveAccount(const sync::AccountState &before, const sync::AccountState &after);
    QString nowIso() const;

    CentralDb &m_db;
    sync::Limits m_limits;
    std::function<QDateTime()> m_clock;
};

} // namespace hd::central
