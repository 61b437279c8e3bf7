#pragma once

#include "result.h"

#include <QJsonObject>
#include <QString>

namespace hd {

class Store;

// The tamper-evident audit log: every entry stores the SHA-256 of its own content chained
// to the previous entry's hash, so editing or deleting any entry breaks verify().
// append() joins the caller's transaction when one is open (business operation and audit
// entry commit together).
class AuditLog final
{
public:
    explicit AuditLog(Store &store)
        : m_store(store)
    {}

    Status append(const QString &operatorLogin, const QString &action,
                  const QJsonObject &detail = {});

    struct Verification
    {
        bool intact = true;
        qint64 entries = 0;
        qint64 firstBrokenSeq = 0; // 0 when intact
        QString reason;
    };
    Verification verify() const;

    static QString genesisHash(); // the prev_hash of the first entry

private:
    Store &m_store;
};

} // namespace hd
