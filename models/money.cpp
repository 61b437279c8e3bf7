#include "money.h"

#include <QCoreApplication>

namespace hd {

namespace {
Error formatError(const QString &message)
{
    return Error{QStringLiteral("money.format"), message};
}

QString groupThousands(const QString &digits)
{
    QString out;
    const qsizetype n = digits.size();
    out.reserve(n + n / 3);
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += QLatin1Char(',');
        out += digits.at(i);
    }
    return out;
}

QString format(std::int64_t fen, bool grouped)
{
    const bool negative = fen < 0;
    // Money is bounded by kMaxFen in parse(); arithmetic results stay far from INT64_MIN.
    const std::uint64_t magnitude = negative ? std::uint64_t(-(fen + 1)) + 1 : std::uint64_t(fen);
    QString yuan = QString::number(magnitude / 100);
    if (grouped)
        yuan = groupThousands(yuan);
    const auto cents = int(magnitude % 100);
    return (negative ? QStringLiteral("-") : QString()) + yuan + QLatin1Char('.') +
           QString::number(cents).rightJustified(2, QLatin1Char('0'));
}
} // namespace

Result<Money> Money::parse(QStringView text)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return formatError(QCoreApplication::translate("hd::Money", "请输入金额。"));
    if (s.startsWith(QLatin1Char('-')))
        return formatError(QCoreApplication::translate("hd::Money", "金额不能为负数：%1").arg(s));

    std::int64_t yuan = 0;
    int decimals = -1; // -1: no decimal point seen yet
    std::int64_t fraction = 0;
    int digitsInGroup = 0;
    bool sawComma = false;
    bool sawDigit = false;
    for (const QChar c : s) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            const int d = c.unicode() - '0';
            sawDigit = true;
            if (decimals < 0) {
                if (yuan > (kMaxFen / 100))
                    return formatError(
                        QCoreApplication::translate("hd::Money", "金额过大：%1（最多 %2 元）")
                            .arg(s, Money(kMaxFen).toDisplayString()));
                yuan = yuan * 10 + d;
                ++digitsInGroup;
            } else {
                if (++decimals > 2)
                    return formatError(
                        QCoreApplication::translate("hd::Money", "金额最多两位小数（精确到分）：%1")
                            .arg(s));
                fraction = fraction * 10 + d;
            }
        } else if (c == QLatin1Char('.') && decimals < 0) {
            if (sawComma && digitsInGroup != 3)
                return formatError(
                    QCoreApplication::translate("hd::Money", "千位分隔符位置不对：%1").arg(s));
            decimals = 0;
        } else if (c == QLatin1Char(',') && decimals < 0 && sawDigit) {
            if (sawComma ? digitsInGroup != 3 : digitsInGroup > 3)
                return formatError(
                    QCoreApplication::translate("hd::Money", "千位分隔符位置不对：%1").arg(s));
            sawComma = true;
            digitsInGroup = 0;
        } else if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19) {
            return formatError(
                QCoreApplication::translate("hd::Money", "请使用半角数字输入金额：%1").arg(s));
        } else {
            return formatError(
                QCoreApplication::translate("hd::Money", "金额格式不正确：%1（示例：128.50）")
                    .arg(s));
        }
    }
    if (!sawDigit)
        return formatError(
            QCoreApplication::translate("hd::Money", "金额格式不正确：%1（示例：128.50）").arg(s));
    if (sawComma && decimals < 0 && digitsInGroup != 3)
        return formatError(
            QCoreApplication::translate("hd::Money", "千位分隔符位置不对：%1").arg(s));
    if (decimals == 1)
        fraction *= 10;
    const std::int64_t total = yuan * 100 + fraction;
    if (total > kMaxFen)
        return formatError(QCoreApplication::translate("hd::Money", "金额过大：%1（最多 %2 元）")
                               .arg(s, Money(kMaxFen).toDisplayString()));
    return Money(total);
}

QString Money::toPlainString() const
{
    return format(m_fen, false);
}

QString Money::toDisplayString() const
{
    return format(m_fen, true);
}

QString Money::toYuanString() const
{
    return QStringLiteral("¥") + format(m_fen, true);
}

} // namespace hd
