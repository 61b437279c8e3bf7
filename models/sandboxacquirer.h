#pragma once

#include "acquirer.h"

#include <QMutex>

#include <optional>

namespace hd {

// A stand-in acquirer for tests and the demo. By default the payment code decides, so that
// separate hallctl runs agree: a code ending in 1 is refused; ending in 2 times out and is
// approved when queried later; ending in 3 times out and is refused when queried; ending in 4
// times out and stays unknown; anything else is approved. setNext() overrides one answer.
class SandboxAcquirer final : public Acquirer
{
public:
    AcquirerResult charge(const QString &paymentUuid, const QString &paymentCode,
                          Money amount) override;
    AcquirerResult query(const QString &paymentUuid, const QString &paymentCode) override;

    void setNextCharge(AcquirerResult::Outcome outcome);
    void setNextQuery(AcquirerResult::Outcome outcome);
    int charges() const;

    // The outcome a later query gives for a code, per the rules above.
    static AcquirerResult::Outcome laterOutcome(const QString &paymentCode);

private:
    mutable QMutex m_mutex;
    std::optional<AcquirerResult::Outcome> m_nextCharge;
    std::optional<AcquirerResult::Outcome> m_nextQuery;
    int m_charges = 0;
};

} // namespace hd
