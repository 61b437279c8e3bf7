#include "accountrepository.h"

#include "store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace hd {

Result<Account> AccountRepository::byNumber(const QString &accountNo) const
{
    const QString number = accountNo.trimmed();
    if (number.isEmpty())
        return Error{QStringLiteral("account.empty"),
                     QCoreApplication::translate("hd::AccountRepository", "请输入户号。")};
    return load(QStringLiteral("a.account_no = ?"), number);
}

Result<Account> AccountRepository::byId(qint64 id) const
{
    return load(QStringLiteral("a.id = ?"), id);
}

Result<Account> AccountRepository::load(const QString &where, const QVariant &key) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral(
                  "SELECT a.id, a.account_no, a.name, a.customer_class, a.address, "
                  "a.phone_masked, a.id_kind, a.id_masked, a.tariff_code, t.name, a.meter_no, "
                  "a.prepaid, a.balance_fen, a.status, a.blocked, a.blocked_reason, a.opened_on "
                  "FROM accounts a LEFT JOIN tariffs t ON t.code = a.tariff_code WHERE ") +
              where);
    q.addBindValue(key);
    if (!q.exec())
        return Error{QStringLiteral("store.sql"),
                     QCoreApplication::translate("hd::AccountRepository", "查询户号失败：%1")
                         .arg(q.lastError().text())};
    if (!q.next())
        return Error{QStringLiteral("account.unknown"),
                     QCoreApplication::translate("hd::AccountRepository",
                                                 "户号 %1 不存在，请核对后重新输入。")
                         .arg(key.toString())};
    Account a;
    a.id = q.value(0).toLongLong();
    a.accountNo = q.value(1).toString();
    a.name = q.value(2).toString();
    a.customerClass =
        customerClassFromKey(q.value(3).toString()).value_or(CustomerClass::Residential);
    a.address = q.value(4).toString();
    a.phoneMasked = q.value(5).toString();
    a.idKind = q.value(6).toString();
    a.idMasked = q.value(7).toString();
    a.tariffCode = q.value(8).toString();
    a.tariffName = q.value(9).toString();
    a.meterNo = q.value(10).toString();
    a.prepaid = q.value(11).toBool();
    a.balance = Money::fromFen(q.value(12).toLongLong());
    a.status = accountStatusFromKey(q.value(13).toString()).value_or(AccountStatus::Active);
    a.blocked = q.value(14).toBool();
    a.blockedReason = q.value(15).toString();
    a.openedOn = QDate::fromString(q.value(16).toString(), Qt::ISODate);
    return a;
}

QList<Bill> AccountRepository::bills(qint64 accountId) const
{
    QList<Bill> out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT period, kwh_tier1, kwh_tier2, kwh_tier3, amount_fen, "
                             "due_date, paid_fen, status FROM bills WHERE account_id = ? "
                             "ORDER BY period DESC"));
    q.addBindValue(accountId);
    if (!q.exec())
        return out;
    while (q.next()) {
        Bill b;
        b.accountId = accountId;
        b.period = q.value(0).toInt();
        b.kwhTier1 = q.value(1).toInt();
        b.kwhTier2 = q.value(2).toInt();
        b.kwhTier3 = q.value(3).toInt();
        b.amount = Money::fromFen(q.value(4).toLongLong());
        b.dueDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        b.paid = Money::fromFen(q.value(6).toLongLong());
        b.status = q.value(7).toInt();
        out.append(b);
    }
    return out;
}

QList<PaymentRecord> AccountRepository::payments(qint64 accountId) const
{
    QList<PaymentRecord> out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT uuid, receipt_no, kind, amount_fen, method, channel, "
                             "operator_login, created_at, reverses_uuid FROM payments "
                             "WHERE account_id = ? ORDER BY created_at DESC, id DESC"));
    q.addBindValue(accountId);
    if (!q.exec())
        return out;
    while (q.next()) {
        PaymentRecord p;
        p.uuid = q.value(0).toString();
        p.receiptNo = q.value(1).toString();
        p.kind = q.value(2).toString();
        p.amount = Money::fromFen(q.value(3).toLongLong());
        p.method = q.value(4).toString();
        p.channel = q.value(5).toString();
        p.operatorLogin = q.value(6).toString();
        p.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        p.reversesUuid = q.value(8).toString();
        out.append(p);
    }
    return out;
}

namespace {
Result<QString> revealColumn(Store &store, qint64 accountId, const QString &column)
{
    QSqlQuery q(store.db());
    q.prepare(QStringLiteral("SELECT ") + column + QStringLiteral(" FROM accounts WHERE id = ?"));
    q.addBindValue(accountId);
    if (!q.exec() || !q.next())
        return Error{QStringLiteral("account.unknown"),
                     QCoreApplication::translate("hd::AccountRepository", "找不到该户。")};
    if (q.value(0).isNull())
        return QString();
    return store.cipher().decryptText(q.value(0).toByteArray());
}
} // namespace

Result<QString> AccountRepository::revealPhone(qint64 accountId) const
{
    return revealColumn(m_store, accountId, QStringLiteral("phone_cipher"));
}

Result<QString> AccountRepository::revealIdNumber(qint64 accountId) const
{
    return revealColumn(m_store, accountId, QStringLiteral("id_cipher"));
}

} // namespace hd
