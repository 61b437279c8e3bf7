#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace hd {

class Store;

struct TrustedKey
{
    QString keyId;    // see TerminalKey::keyIdOf
    QString terminal; // hall-terminal, e.g. 4401-03
    QByteArray publicKey;
    QString source; // self | central | manual
    QString label;
    QString addedBy;
    QDateTime addedAt;
};

// The public keys whose signatures make a receipt QR genuine for this hall: this terminal's
// own and the hall's other terminals' (schema 6, terminal_keys). The sync engine fills it
// from the centre; hallctl trust-key adds one by hand. Keys are facts: added, never edited.
class TrustedKeys final
{
public:
    explicit TrustedKeys(Store &store)
        : m_store(store)
    {}

    enum class Source { Self, Central, Manual };
    // Joins the caller's transaction when one is open. A key already known is refused.
    Status add(const QString &terminal, const QByteArray &publicKey, Source source,
               const QString &label, const QString &addedBy);
    std::optional<TrustedKey> find(const QString &keyId) const;
    QList<TrustedKey> all() const;

    // "4401-03": four-digit hall, two-digit terminal.
    static bool isTerminalId(const QString &terminal);

private:
    Store &m_store;
};

} // namespace hd
