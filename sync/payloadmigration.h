#pragma once

#include "result.h"

#include <QJsonObject>
#include <QString>

namespace hd::sync {

// Brings an outbox payload written by an older program forward to the version the centre
// speaks (kPayloadVersion). An op is never discarded for its age: a payload that cannot be
// migrated is an error the supervisor sees, and the op stays in the outbox.
//
// v1 (the store's format since schema 2): amounts as decimal strings ("-123.45").
// v2 (the wire): amounts as integer fen in "…_fen" fields; the masked QR code and the cash
//     tendered stay at the hall; empty optional strings are left out.
Result<QJsonObject> migratePayload(const QString &kind, int fromVersion,
                                   const QJsonObject &payload);

} // namespace hd::sync
