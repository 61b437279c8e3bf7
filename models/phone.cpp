#include "phone.h"

#include <QCoreApplication>

namespace hd {

Result<QString> parseMobileNumber(QStringView text)
{
    QString digits;
    for (const QChar c : text.trimmed()) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-'))
            continue;
        if (c == QLatin1Char('+') && digits.isEmpty())
            continue;
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return Error{
                QStringLiteral("phone.invalid"),
                QCoreApplication::translate("hd::Phone", "手机号码只能包含数字：%1").arg(text)};
        digits += c;
    }
    if (digits.size() == 13 && digits.startsWith(QStringLiteral("86")))
        digits.remove(0, 2);
    else if (digits.size() == 15 && digits.startsWith(QStringLiteral("0086")))
        digits.remove(0, 4);
    if (digits.size() != 11 || digits.at(0) != QLatin1Char('1') || digits.at(1) < QLatin1Char('3'))
        return Error{QStringLiteral("phone.invalid"),
                     QCoreApplication::translate(
                         "hd::Phone", "手机号码应为 1 开头的 11 位数字（第二位 3–9）：%1")
                         .arg(text)};
    return digits;
}

QString maskMobileNumber(QStringView number)
{
    if (number.size() != 11)
        return number.toString();
    return number.left(3).toString() + QStringLiteral("****") + number.right(4).toString();
}

} // namespace hd
