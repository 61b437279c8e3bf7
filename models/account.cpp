#include "account.h"

#include <QCoreApplication>

namespace hd {

namespace {} // namespace

QString customerClassKey(CustomerClass c)
{
    switch (c) {
    case CustomerClass::Residential:
        return QStringLiteral("residential");
    case CustomerClass::NonResidential:
        return QStringLiteral("non_residential");
    case CustomerClass::Agricultural:
        return QStringLiteral("agricultural");
    }
    return {};
}

std::optional<CustomerClass> customerClassFromKey(QStringView key)
{
    for (auto c :
         {CustomerClass::Residential, CustomerClass::NonResidential, CustomerClass::Agricultural})
        if (customerClassKey(c) == key)
            return c;
    return std::nullopt;
}

QString customerClassLabel(CustomerClass c)
{
    switch (c) {
    case CustomerClass::Residential:
        return QCoreApplication::translate("hd::Account", "居民");
    case CustomerClass::NonResidential:
        return QCoreApplication::translate("hd::Account", "非居民");
    case CustomerClass::Agricultural:
        return QCoreApplication::translate("hd::Account", "农业");
    }
    return {};
}

QString accountStatusKey(AccountStatus s)
{
    switch (s) {
    case AccountStatus::Active:
        return QStringLiteral("active");
    case AccountStatus::Suspended:
        return QStringLiteral("suspended");
    case AccountStatus::CutOff:
        return QStringLiteral("cut_off");
    case AccountStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

std::optional<AccountStatus> accountStatusFromKey(QStringView key)
{
    for (auto s : {AccountStatus::Active, AccountStatus::Suspended, AccountStatus::CutOff,
                   AccountStatus::Closed})
        if (accountStatusKey(s) == key)
            return s;
    return std::nullopt;
}

QString accountStatusLabel(AccountStatus s)
{
    switch (s) {
    case AccountStatus::Active:
        return QCoreApplication::translate("hd::Account", "正常用电");
    case AccountStatus::Suspended:
        return QCoreApplication::translate("hd::Account", "暂停");
    case AccountStatus::CutOff:
        return QCoreApplication::translate("hd::Account", "欠费停电");
    case AccountStatus::Closed:
        return QCoreApplication::translate("hd::Account", "已销户");
    }
    return {};
}

QString Bill::periodLabel() const
{
    return QStringLiteral("%1-%2").arg(period / 100).arg(period % 100, 2, 10, QLatin1Char('0'));
}

} // namespace hd
