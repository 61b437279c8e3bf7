#pragma once

#include "result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace hd {

class Store;

// The queue of operations for the centre (pushed by the sync engine). append() must be called
// inside the transaction of the business operation it describes, so that both commit or
// neither does.
//
// Payload versions (the outbox's schema_version column):
// v1 (written from schema 2 until store version 8): amounts as decimal strings ("-123.45").
// v2 (written since; the wire's version): amounts as integer fen in "…_fen" fields; the masked
//     QR code and the cash tendered stay at the hall (in the payment's own rows); empty
//     optional strings are left out. Stored in the canonical form the centre hashes (compact,
//     keys sorted), so that a push copies the bytes and hashes them as they are.
class Outbox final
{
public:
    static constexpr int kPayloadVersion = 2;

    explicit Outbox(Store &store)
        : m_store(store)
    {}

    // kind: payment, reversal, shift.open, shift.close, cash.movement, …; `payload` in the
    // v1 form the services build (decimal strings), written as v2. A payload that cannot be
    // converted is written as given, v1, and set aside with its reason at the next push.
    Status append(const QString &opUuid, const QString &kind, const QJsonObject &payload);
    qint64 pendingCount() const;

    // Brings a payload written by an older program forward to kPayloadVersion. An op is never
    // discarded for its age: a payload that cannot be migrated is an error the supervisor
    // sees, and the op stays in the outbox.
    static Result<QJsonObject> migrate(const QString &kind, int fromVersion,
                                       const QJsonObject &payload);
    // A v1 decimal amount ("-123.45") as integer fen. Exact, no floating point.
    static std::optional<qint64> fenFromDecimal(const QString &text);

private:
    Store &m_store;
};

} // namespace hd
