#pragma once

#include "account.h"
#include "result.h"

namespace hd {

class Store;

// Reads accounts, bills and payment history (一户一档) from the store.
class AccountRepository final
{
public:
    explicit AccountRepository(Store &store)
        : m_store(store)
    {}

    Result<Account> byNumber(const QString &accountNo) const;
    Result<Account> byId(qint64 id) const;
    QList<Bill> bills(qint64 accountId) const;             // newest period first
    QList<PaymentRecord> payments(qint64 accountId) const; // newest first
    Result<QString> revealPhone(qint64 accountId) const;   // decrypts; audit at the caller
    Result<QString> revealIdNumber(qint64 accountId) const;

private:
    Result<Account> load(const QString &where, const QVariant &key) const;
    Store &m_store;
};

} // namespace hd
