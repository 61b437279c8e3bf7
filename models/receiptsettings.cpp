#include "receiptsettings.h"

#include "store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace hd {

namespace {
const QString kMaskName = QStringLiteral("receipt.mask_name");
}

QStringList ReceiptSettings::keys()
{
    return {kMaskName};
}

ReceiptSettings ReceiptSettings::load(Store &store)
{
    ReceiptSettings s;
    QSqlQuery q(store.db());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(kMaskName);
    if (q.exec() && q.next())
        s.maskAccountName = q.value(0).toString() == QLatin1String("1");
    return s;
}

Status ReceiptSettings::set(Store &store, const QString &key, const QString &value)
{
    if (!keys().contains(key))
        return Error{
            QStringLiteral("settings.unknown"),
            QCoreApplication::translate("hd::ReceiptSettings", "未知的设置项：%1").arg(key)};
    if (value != QLatin1String("0") && value != QLatin1String("1"))
        return Error{
            QStringLiteral("settings.value"),
            QCoreApplication::translate("hd::ReceiptSettings", "设置项 %1 的值应为 0 或 1：%2")
                .arg(key, value)};
    QSqlQuery q(store.db());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return Error{QStringLiteral("store.sql"),
                     QCoreApplication::translate("hd::ReceiptSettings", "无法保存设置 %1：%2")
                         .arg(key, q.lastError().text())};
    return {};
}

} // namespace hd
