#include "operators.h"

#include "auditlog.h"
#include "store.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>
#include <sodium.h>

namespace hd {

namespace {
Error loginError(const QString &message)
{
    return Error{QStringLiteral("login.failed"), message};
}

std::optional<Error> invalidLogin(const QString &login)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9_.-]{2,32}$"));
    if (loginPattern.match(login).hasMatch())
        return std::nullopt;
    return Error{
        QStringLiteral("operator.invalid"),
        QCoreApplication::translate("hd::OperatorDirectory",
                                    "工号只能由 2–32 位字母、数字、下划线、点或连字符组成：%1")
            .arg(login)};
}
} // namespace

QString roleKey(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromKey(QStringView key)
{
    for (auto r : {Role::Clerk, Role::Supervisor, Role::Admin})
        if (roleKey(r) == key)
            return r;
    return std::nullopt;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QCoreApplication::translate("hd::OperatorDirectory", "收费员");
    case Role::Supervisor:
        return QCoreApplication::translate("hd::OperatorDirectory", "值班长");
    case Role::Admin:
        return QCoreApplication::translate("hd::OperatorDirectory", "管理员");
    }
    return {};
}

OperatorDirectory::OperatorDirectory(Store &store)
    : m_store(store)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
}

QString OperatorDirectory::hashPassword(const QString &password)
{
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(
            out, utf8.constData(), std::size_t(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool OperatorDirectory::verifyPassword(const QString &hash, const QString &password)
{
    const QByteArray h = hash.toLatin1();
    const QByteArray p = password.toUtf8();
    return !h.isEmpty() &&
           crypto_pwhash_str_verify(h.constData(), p.constData(), std::size_t(p.size())) == 0;
}

Result<Operator> OperatorDirectory::find(const QString &login) const
{
    QSqlQuery q(m_store.db());
    q.prepare(
        QStringLiteral("SELECT id, login, name, role, disabled FROM operators WHERE login = ?"));
    q.addBindValue(login);
    if (!q.exec() || !q.next())
        return loginError(
            QCoreApplication::translate("hd::OperatorDirectory", "工号 %1 不存在。").arg(login));
    Operator op;
    op.id = q.value(0).toLongLong();
    op.login = q.value(1).toString();
    op.name = q.value(2).toString();
    op.role = roleFromKey(q.value(3).toString()).value_or(Role::Clerk);
    op.disabled = q.value(4).toBool();
    return op;
}

Result<Operator> OperatorDirectory::create(const QString &login, const QString &name, Role role,
                                           const QString &password)
{
    if (std::optional<Error> e = invalidLogin(login))
        return *e;
    if (password.size() < 6)
        return Error{QStringLiteral("operator.invalid"),
                     QCoreApplication::translate("hd::OperatorDirectory", "密码至少 6 位。")};
    return createHashed(login, name, role, hashPassword(password));
}

Result<Operator> OperatorDirectory::createHashed(const QString &login, const QString &name,
                                                 Role role, const QString &passwordHash)
{
    if (std::optional<Error> e = invalidLogin(login))
        return *e;
    Transaction tx(m_store.db());
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral(
        "INSERT INTO operators (login, name, role, password_hash) VALUES (?, ?, ?, ?)"));
    q.addBindValue(login);
    q.addBindValue(name);
    q.addBindValue(roleKey(role));
    q.addBindValue(passwordHash);
    if (!q.exec())
        return Error{QStringLiteral("operator.exists"),
                     QCoreApplication::translate("hd::OperatorDirectory", "无法添加工号 %1：%2")
                         .arg(login, q.lastError().text())};
    if (Status s = AuditLog(m_store).append(
            QString(), QStringLiteral("operator.create"),
            {{QStringLiteral("login"), login}, {QStringLiteral("role"), roleKey(role)}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return find(login);
}

Result<Operator> OperatorDirectory::authenticate(const QString &login, const QString &password)
{
    Transaction tx(m_store.db());
    if (!tx.isActive())
        return tx.beginError();
    AuditLog audit(m_store);
    const QDateTime now = m_clock();

    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT id, password_hash, disabled, failed_attempts, locked_until "
                             "FROM operators WHERE login = ?"));
    q.addBindValue(login);
    if (!q.exec())
        return Error{QStringLiteral("store.sql"), q.lastError().text()};
    if (!q.next()) {
        // Unknown logins are audited too, and get the same answer as a wrong password.
        (void)audit.append(login, QStringLiteral("login.failed"),
                           {{QStringLiteral("reason"), QStringLiteral("unknown_login")}});
        (void)tx.commit();
        return loginError(
            QCoreApplication::translate("hd::OperatorDirectory", "工号或密码不正确。"));
    }
    const qint64 id = q.value(0).toLongLong();
    const QString hash = q.value(1).toString();
    const bool disabled = q.value(2).toBool();
    const int failed = q.value(3).toInt();
    const QDateTime lockedUntil = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);

    if (disabled) {
        (void)audit.append(login, QStringLiteral("login.failed"),
                           {{QStringLiteral("reason"), QStringLiteral("disabled")}});
        (void)tx.commit();
        return loginError(
            QCoreApplication::translate("hd::OperatorDirectory", "工号 %1 已停用，请联系值班长。")
                .arg(login));
    }
    if (lockedUntil.isValid() && lockedUntil > now) {
        (void)audit.append(login, QStringLiteral("login.failed"),
                           {{QStringLiteral("reason"), QStringLiteral("locked")}});
        (void)tx.commit();
        const qint64 minutes = (now.secsTo(lockedUntil) + 59) / 60;
        return Error{QStringLiteral("login.locked"),
                     QCoreApplication::translate(
                         "hd::OperatorDirectory",
                         "密码错误次数过多，工号已锁定，请 %1 分钟后再试或联系值班长解锁。")
                         .arg(minutes)};
    }

    QSqlQuery update(m_store.db());
    if (!verifyPassword(hash, password)) {
        const int attempts = failed + 1;
        const bool lock = attempts >= kMaxFailedAttempts;
        update.prepare(QStringLiteral(
            "UPDATE operators SET failed_attempts = ?, locked_until = ? WHERE id = ?"));
        update.addBindValue(lock ? 0 : attempts);
        update.addBindValue(lock ? now.addSecs(kLockoutMinutes * 60).toString(Qt::ISODate)
                                 : QVariant(QMetaType::fromType<QString>()));
        update.addBindValue(id);
        (void)update.exec();
        (void)audit.append(login,
                           lock ? QStringLiteral("login.locked") : QStringLiteral("login.failed"),
                           {{QStringLiteral("reason"), QStringLiteral("wrong_password")},
                            {QStringLiteral("attempts"), attempts}});
        (void)tx.commit();
        if (lock)
            return Error{QStringLiteral("login.locked"),
                         QCoreApplication::translate("hd::OperatorDirectory",
                                                     "密码连续错误 %1 次，工号已锁定 %2 分钟。")
                             .arg(kMaxFailedAttempts)
                             .arg(kLockoutMinutes)};
        return loginError(QCoreApplication::translate("hd::OperatorDirectory",
                                                      "工号或密码不正确（还可尝试 %1 次）。")
                              .arg(kMaxFailedAttempts - attempts));
    }
    update.prepare(QStringLiteral(
        "UPDATE operators SET failed_attempts = 0, locked_until = NULL WHERE id = ?"));
    update.addBindValue(id);
    if (!update.exec())
        return Error{QStringLiteral("store.sql"), update.lastError().text()};
    if (Status s = audit.append(login, QStringLiteral("login.success")); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return find(login);
}

Result<Operator> OperatorDirectory::authorizeSupervisor(const QString &login,
                                                        const QString &password)
{
    auto op = authenticate(login, password);
    if (!op)
        return op;
    if (op->role == Role::Clerk)
        return Error{
            QStringLiteral("auth.not-supervisor"),
            QCoreApplication::translate("hd::OperatorDirectory", "%1 不是值班长，无权授权此操作。")
                .arg(op->name)};
    return op;
}

} // namespace hd
