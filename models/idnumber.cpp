#include "idnumber.h"

#include <QCoreApplication>

#include <array>

namespace hd {

namespace {
Error idError(const QString &message)
{
    return Error{QStringLiteral("id.invalid"), message};
}

struct Province
{
    int code;
    const char16_t *name;
};

// GB/T 2260 first-level divisions.
constexpr std::array<Province, 34> kProvinces = {{
    {11, u"北京市"},           {12, u"天津市"},         {13, u"河北省"},
    {14, u"山西省"},           {15, u"内蒙古自治区"},   {21, u"辽宁省"},
    {22, u"吉林省"},           {23, u"黑龙江省"},       {31, u"上海市"},
    {32, u"江苏省"},           {33, u"浙江省"},         {34, u"安徽省"},
    {35, u"福建省"},           {36, u"江西省"},         {37, u"山东省"},
    {41, u"河南省"},           {42, u"湖北省"},         {43, u"湖南省"},
    {44, u"广东省"},           {45, u"广西壮族自治区"}, {46, u"海南省"},
    {50, u"重庆市"},           {51, u"四川省"},         {52, u"贵州省"},
    {53, u"云南省"},           {54, u"西藏自治区"},     {61, u"陕西省"},
    {62, u"甘肃省"},           {63, u"青海省"},         {64, u"宁夏回族自治区"},
    {65, u"新疆维吾尔自治区"}, {71, u"台湾省"},         {81, u"香港特别行政区"},
    {82, u"澳门特别行政区"},
}};

constexpr std::array<int, 17> kWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr std::array<char, 11> kCheck = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

bool allDigits(QStringView s)
{
    for (const QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}
} // namespace

QString provinceName(int code)
{
    for (const auto &p : kProvinces)
        if (p.code == code)
            return QString::fromUtf16(p.name);
    return {};
}

QChar residentIdCheckCharacter(QStringView first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - '0') * kWeights[std::size_t(i)];
    return QLatin1Char(kCheck[std::size_t(sum % 11)]);
}

QString maskResidentId(QStringView number)
{
    if (number.size() <= 7)
        return QString(number.size(), QLatin1Char('*'));
    return number.left(3).toString() + QString(number.size() - 7, QLatin1Char('*')) +
           number.right(4).toString();
}

Result<ResidentId> parseResidentId(QStringView text, QDate today)
{
    QString s = text.trimmed().toString().toUpper();
    if (s.isEmpty())
        return idError(QCoreApplication::translate("hd::ResidentId", "请输入身份证号码。"));
    ResidentId id;
    if (s.size() == 15) {
        if (!allDigits(s))
            return idError(
                QCoreApplication::translate("hd::ResidentId", "15 位身份证号码只能由数字组成：%1")
                    .arg(s));
        s = s.left(6) + QStringLiteral("19") + s.mid(6);
        s += residentIdCheckCharacter(s);
        id.convertedFromLegacy = true;
    } else if (s.size() != 18) {
        return idError(QCoreApplication::translate(
                           "hd::ResidentId", "身份证号码应为 18 位（或旧版 15 位），当前为 %1 位。")
                           .arg(s.size()));
    }
    if (!allDigits(QStringView(s).left(17)))
        return idError(
            QCoreApplication::translate("hd::ResidentId", "身份证号码前 17 位只能是数字：%1")
                .arg(s));
    const QChar last = s.at(17);
    if (!(last.isDigit() && last.unicode() < 128) && last != QLatin1Char('X'))
        return idError(
            QCoreApplication::translate("hd::ResidentId", "身份证号码最后一位只能是数字或 X：%1")
                .arg(s));

    const int provinceCode = s.left(2).toInt();
    id.province = provinceName(provinceCode);
    if (id.province.isEmpty())
        return idError(
            QCoreApplication::translate("hd::ResidentId", "身份证号码的地区代码 %1 不存在。")
                .arg(s.left(2)));

    id.birthDate = QDate::fromString(s.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!id.birthDate.isValid())
        return idError(QCoreApplication::translate("hd::ResidentId",
                                                   "身份证号码中的出生日期 %1 不是有效日期。")
                           .arg(s.mid(6, 8)));
    if (id.birthDate < QDate(1880, 1, 1) || id.birthDate > today)
        return idError(
            QCoreApplication::translate("hd::ResidentId", "身份证号码中的出生日期 %1 不合理。")
                .arg(id.birthDate.toString(QStringLiteral("yyyy-MM-dd"))));

    const QChar expected = residentIdCheckCharacter(s);
    if (expected != last)
        return idError(QCoreApplication::translate(
                           "hd::ResidentId", "身份证号码校验位错误：最后一位应为 %1，请核对号码。")
                           .arg(expected));

    id.sex = (s.at(16).unicode() - '0') % 2 == 1 ? Sex::Male : Sex::Female;
    id.number = s;
    return id;
}

} // namespace hd
