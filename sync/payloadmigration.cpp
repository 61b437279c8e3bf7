#include "payloadmigration.h"

#include "outbox.h"
#include "protocol.h"

namespace hd::sync {

static_assert(Outbox::kPayloadVersion == kPayloadVersion,
              "the outbox writes the payload version the centre accepts");

Result<QJsonObject> migratePayload(const QString &kind, int fromVersion, const QJsonObject &payload)
{
    return Outbox::migrate(kind, fromVersion, payload);
}

} // namespace hd::sync
