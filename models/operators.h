#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace hd {

class Store;

enum class Role { Clerk, Supervisor, Admin };
QString roleKey(Role role); // clerk | supervisor | admin
std::optional<Role> roleFromKey(QStringView key);
QString roleLabel(Role role); // 收费员 / 值班长 / 管理员

struct Operator
{
    qint64 id = 0;
    QString login;
    QString name;
    Role role = Role::Clerk;
    bool disabled = false;
};

// Operators and their passwords (libsodium Argon2id). Logging in works offline against the
// hashes in the store; repeated failures lock the operator out for a while. Every login,
// failure and lock-out is written to the audit log in the same transaction.
class OperatorDirectory final
{
public:
    static constexpr int kMaxFailedAttempts = 5;
    static constexpr int kLockoutMinutes = 15;

    explicit OperatorDirectory(Store &store);

    // A seam for tests: the clock used for lock-outs.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    static QString hashPassword(const QString &password);
    static bool verifyPassword(const QString &hash, const QString &password);

    Result<Operator> create(const QString &login, const QString &name, Role role,
                            const QString &password);
    // The same with the password already hashed (hashPassword), as where it was set elsewhere.
    Result<Operator> createHashed(const QString &login, const QString &name, Role role,
                                  const QString &passwordHash);
    Result<Operator> authenticate(const QString &login, const QString &password);
    // A supervisor's (or admin's) approval for one step; audited by the caller's operation.
    Result<Operator> authorizeSupervisor(const QString &login, const QString &password);
    Result<Operator> find(const QString &login) const;

private:
    Store &m_store;
    std::function<QDateTime()> m_clock;
};

} // namespace hd
