#pragma once

#include "result.h"

#include <QStringList>

namespace hd {

class Store;

// The hall's receipt rules, kept in the store's settings table (synced from the centre like
// the payment settings), with defaults for missing keys.
struct ReceiptSettings
{
    // Print the 户名 masked (张*) instead of in full; some halls ask for it.
    bool maskAccountName = false;

    static ReceiptSettings load(Store &store);
    // "receipt.mask_name" = 0 | 1.
    static Status set(Store &store, const QString &key, const QString &value);
    static QStringList keys();
};

} // namespace hd
