#pragma once

#include "latefee.h"
#include "money.h"
#include "result.h"

namespace hd {

class Store;

// The payment rules that vary by province or contract, read from the store's settings table
// (synced from the centre) with the DOMAIN.md defaults for every missing key.
struct PaymentSettings
{
    LateFeeRules lateFee;
    // A shift whose counted total differs from the expected by more than this needs a
    // supervisor's password to close.
    Money shiftDifferenceLimit = Money::fromFen(1000);

    static PaymentSettings load(const Store &store);
    // Writes one key (e.g. "latefee.minimum_fen"); refuses unknown keys and bad values.
    static Status set(Store &store, const QString &key, const QString &value);
    static QStringList keys();
};

} // namespace hd
