#pragma once

#include "money.h"

#include <QString>

namespace hd {

// The outcome of asking the acquirer (收单机构) about a QR payment.
struct AcquirerResult
{
    enum class Outcome {
        Approved,
        Refused,
        Unknown, // timed out or no answer: the money may or may not have moved
    };
    Outcome outcome = Outcome::Unknown;
    QString reference; // the acquirer's transaction id when approved
    QString message;   // the acquirer's reason when refused
};

// Confirms QR payments (the customer's payment code read by the scanner). Implementations:
// SandboxAcquirer for tests and the demo; a real one talks to the bank's gateway. The counter
// asks on worker threads, possibly two questions at once (the payment screen and F12): an
// implementation must be thread-safe.
class Acquirer
{
public:
    virtual ~Acquirer() = default;
    // Charges `amount` to the payment code; paymentUuid is the idempotency key.
    virtual AcquirerResult charge(const QString &paymentUuid, const QString &paymentCode,
                                  Money amount) = 0;
    // Asks again about an earlier charge whose outcome was unknown (by the idempotency key;
    // the payment code is passed along for acquirers that want it).
    virtual AcquirerResult query(const QString &paymentUuid, const QString &paymentCode) = 0;
};

} // namespace hd
