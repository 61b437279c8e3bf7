#pragma once

#include "result.h"

#include <QJsonObject>
#include <QString>

namespace hd {

class Store;

// The queue of operations for the centre (pushed by the sync engine). append() must be called
// inside the transaction of the business operation it describes, so that both commit or
// neither does.
class Outbox final
{
public:
    static constexpr int kPayloadVersion = 1;

    explicit Outbox(Store &store)
        : m_store(store)
    {}

    // kind: payment, reversal, shift.open, shift.close, cash.movement, …
    Status append(const QString &opUuid, const QString &kind, const QJsonObject &payload);
    qint64 pendingCount() const;

private:
    Store &m_store;
};

} // namespace hd
