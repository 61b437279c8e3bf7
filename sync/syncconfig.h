#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace hd {
class Store;
}

namespace hd::sync {

// The counter's enrollment and sync bookkeeping, all in the store (table sync_state), so that
// it survives restarts; the request-signing secret key sits beside the store in a 0600 file.
struct SyncConfig
{
    QUrl central;   // https://central.example:8443
    QString caFile; // PEM of the CA that signed the centre's certificate
    QString keyId;
    QString hallCode;
    QString region;
    QByteArray secretKey; // loaded from keyFile()

    bool enrolled() const { return !keyId.isEmpty() && !secretKey.isEmpty(); }

    static QString keyFile(const Store &store); // "<store>.sync-key"
    static Result<SyncConfig> load(Store &store);
    Status save(Store &store) const; // writes the secret key file too
};

// Small typed access to sync_state.
QString syncState(Store &store, const QString &key, const QString &fallback = {});
Status setSyncState(Store &store, const QString &key, const QString &value);

} // namespace hd::sync
