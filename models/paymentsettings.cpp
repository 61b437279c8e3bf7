#include "paymentsettings.h"

#include "store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace hd {

namespace {
const QString kResidential = QStringLiteral("latefee.residential_permille");
const QString kCurrentYear = QStringLiteral("latefee.current_year_permille");
const QString kEarlierYear = QStringLiteral("latefee.earlier_year_permille");
const QString kAllDaysEarlier = QStringLiteral("latefee.all_days_earlier_after_year_end");
const QString kMinimum = QStringLiteral("latefee.minimum_fen");
const QString kShiftLimit = QStringLiteral("shift.difference_limit_fen");
} // namespace

QStringList PaymentSettings::keys()
{
    return {kResidential, kCurrentYear, kEarlierYear, kAllDaysEarlier, kMinimum, kShiftLimit};
}

PaymentSettings PaymentSettings::load(const Store &store)
{
    PaymentSettings s;
    QSqlQuery q(const_cast<Store &>(store).db());
    if (!q.exec(QStringLiteral("SELECT key, value FROM settings")))
        return s;
    while (q.next()) {
        const QString key = q.value(0).toString();
        bool ok = false;
        const qint64 v = q.value(1).toString().toLongLong(&ok);
        if (!ok || v < 0)
            continue; // a damaged value falls back to the default
        if (key == kResidential)
            s.lateFee.residentialPerMille = static_cast<int>(v);
        else if (key == kCurrentYear)
            s.lateFee.currentYearPerMille = static_cast<int>(v);
        else if (key == kEarlierYear)
            s.lateFee.earlierYearPerMille = static_cast<int>(v);
        else if (key == kAllDaysEarlier)
            s.lateFee.allDaysAtEarlierRateAfterYearEnd = v != 0;
        else if (key == kMinimum)
            s.lateFee.minimumPerPayment = Money::fromFen(v);
        else if (key == kShiftLimit)
            s.shiftDifferenceLimit = Money::fromFen(v);
    }
    return s;
}

Status PaymentSettings::set(Store &store, const QString &key, const QString &value)
{
    if (!keys().contains(key))
        return Error{
            QStringLiteral("settings.unknown"),
            QCoreApplication::translate("hd::PaymentSettings", "未知的设置项：%1").arg(key)};
    bool ok = false;
    const qint64 v = value.toLongLong(&ok);
    if (!ok || v < 0 || v > Money::kMaxFen)
        return Error{
            QStringLiteral("settings.value"),
            QCoreApplication::translate("hd::PaymentSettings", "设置项 %1 的值应为非负整数：%2")
                .arg(key, value)};
    QSqlQuery q(store.db());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(QString::number(v));
    if (!q.exec())
        return Error{QStringLiteral("store.sql"),
                     QCoreApplication::translate("hd::PaymentSettings", "无法保存设置 %1：%2")
                         .arg(key, q.lastError().text())};
    return {};
}

} // namespace hd
