#pragma once

#include "centraldb.h"
#include "ledger.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace hd::central {

// A payment's or a reversal's payload as the writer needs it. Read once where the op is
// prepared (CentralService::preparePush, on the pool), so that the writer, which applies the
// batches one after another, takes nothing apart.
struct MoneyFields
{
    QString uuid, accountNo, reversesUuid, reversesReceiptNo;
    // Only written to the payments table: in UTF-8, as the rows take them.
    QByteArray receiptNo, kind, method, operatorLogin, shiftUuid, createdAt;
    qint64 amountFen = 0, cashFen = 0, cardFen = 0, qrFen = 0; // the tenders by method
    sync::PaymentFacts facts;                                  // a payment's, for the ledger

    static MoneyFields read(const QJsonObject &payload);
};

// One op of a push request, validated.
struct PushOp
{
    QString uuid;
    qint64 seq = 0;
    QString kind;
    QJsonObject payload;
    QByteArray payloadText; // the payload as canonical compact JSON (UTF-8), what the hash covers
    QString hash;           // SHA-256 of kind "\n" payloadText, hex
    MoneyFields money;      // a payment's or a reversal's (isMoney())

    bool isMoney() const
    {
        return kind == QLatin1String("payment") || kind == QLatin1String("reversal");
    }
};

// The effect as compact JSON, byte for byte what QJsonDocument writes for Effect::toJson()
// (keys sorted): written for every payment of a push without building a QJsonObject first.
QByteArray effectJson(const sync::Effect &effect);

// Applies the ops of one push request, in order, inside the caller's write transaction.
//
// Everything the batch needs from the database is read first, in one query per kind of row:
// the ops seen before, the payments whose uuids the batch uses (taken uuids and the originals
// of reversals), and the accounts with their bills. The ledger rules (sync/ledger, the same code
// the counter runs) then apply the ops one after another to that state in memory, so a later op
// of the batch sees what an earlier one did, exactly as if each had been written at once. The
// changes are written at the end, many rows per statement (CentralDb::runRows), which on
// PostgreSQL is a handful of round trips per batch instead of several per op.
class PushBatch final
{
    Q_DISABLE_COPY_MOVE(PushBatch)
    Q_DECLARE_TR_FUNCTIONS(hd::central::CentralService)
public:
    PushBatch(CentralDb &db, QString keyId, QString receivedAt);

    // Reads the ops of these uuids that the centre already holds; before apply().
    Status loadSeen(const QStringList &uuids);
    // Whether the centre held this op with this content hash before the batch.
    bool seenWithHash(const QString &uuid, const QString &hash) const
    {
        const auto it = m_seen.constFind(uuid);
        return it != m_seen.constEnd() && it->hash == hash;
    }

    // The answer's "results" array as JSON text, one result per op in the order given.
    Result<QByteArray> apply(const QList<PushOp> &ops);

private:
    struct Outcome
    {
        QString status; // applied | rejected
        QString reason;
        QString message;
        QByteArray effect = "{}"; // JSON text
    };
    struct Seen // an op already stored, or applied earlier in this batch
    {
        QString hash, status, reason, message;
        QByteArray effect;
    };
    struct Account
    {
        sync::AccountState before;
        sync::AccountState now;
        QByteArray region; // UTF-8
        bool touched = false;
    };
    // A payment row: one the database held before this batch, or one this batch inserts.
    struct Payment
    {
        QString uuid, accountNo, reversesUuid, conflict, reversedBy;
        QByteArray region, receiptNo, kind, method, operatorLogin, shiftUuid, createdAt; // UTF-8
        QByteArray effect = "{}"; // JSON text
        qint64 amountFen = 0, cashFen = 0, cardFen = 0, qrFen = 0, toCreditFen = 0;
        bool refundDue = false;
        bool stored = false; // in the database before this batch
    };

    Status load(const QList<PushOp> &ops);
    Status loadBills(const RowSet &accounts, bool payableOnly);
    Result<Outcome> applyOp(const PushOp &op);
    Outcome applyPayment(const PushOp &op);
    Outcome applyReversal(const PushOp &op);
    Account *touch(const QString &accountNo);
    Status write();

    CentralDb &m_db;
    QString m_keyId;
    QString m_receivedAt;
    QByteArray m_keyIdUtf8, m_receivedAtUtf8; // as the rows take them, once per batch
    QHash<QString, Seen> m_seen;
    QHash<QString, Account> m_accounts;
    QList<QString> m_touched; // accounts changed by the batch, in the order first changed
    QHash<QString, Payment> m_payments;
    QList<QString> m_newPayments; // uuids inserted by this batch, in order
    QList<QString> m_reversedNow; // stored payments this batch reverses
    RowSet m_opRows{{RowSet::Type::Text, RowSet::Type::Text, RowSet::Type::Integer,
                     RowSet::Type::Text, RowSet::Type::Text, RowSet::Type::Text, RowSet::Type::Text,
                     RowSet::Type::Text, RowSet::Type::Text, RowSet::Type::Text,
                     RowSet::Type::Text}}; // the ops table's new rows
};

} // namespace hd::central
