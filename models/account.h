#pragma once

#include "money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace hd {

enum class CustomerClass { Residential, NonResidential, Agricultural };
enum class AccountStatus { Active, Suspended, CutOff, Closed };

QString customerClassKey(CustomerClass c); // "residential", as stored
std::optional<CustomerClass> customerClassFromKey(QStringView key);
QString customerClassLabel(CustomerClass c); // 居民 / 非居民 / 农业, translated
QString accountStatusKey(AccountStatus s);
std::optional<AccountStatus> accountStatusFromKey(QStringView key);
QString accountStatusLabel(AccountStatus s);

// One account (户) as the counter shows it. Personal data arrives masked; the full values
// are decrypted on demand only (AccountRepository::revealPhone / revealIdNumber).
struct Account
{
    qint64 id = 0;
    QString accountNo; // 户号
    QString name;      // 户名
    CustomerClass customerClass = CustomerClass::Residential;
    QString address;
    QString phoneMasked;
    QString idKind; // resident_id | credit_code
    QString idMasked;
    QString tariffCode;
    QString tariffName;
    QString meterNo;
    bool prepaid = false;
    Money balance; // positive: credit (预存); negative: owed
    AccountStatus status = AccountStatus::Active;
    bool blocked = false;
    QString blockedReason;
    QDate openedOn;
};

struct Bill
{
    qint64 accountId = 0;
    int period = 0; // yyyymm
    int kwhTier1 = 0;
    int kwhTier2 = 0;
    int kwhTier3 = 0;
    Money amount;
    QDate dueDate;
    Money paid;
    int status = 0; // 0 open, 1 settled, 2 cancelled

    int kwh() const { return kwhTier1 + kwhTier2 + kwhTier3; }
    Money outstanding() const { return status == 2 ? Money() : amount - paid; }
    QString periodLabel() const; // 2024-03
};

struct PaymentRecord
{
    QString uuid;
    QString receiptNo;
    QString kind; // bill | topup | reversal
    Money amount;
    QString method;
    QString channel;
    QString operatorLogin;
    QDateTime createdAt; // UTC
    QString reversesUuid;
};

} // namespace hd
