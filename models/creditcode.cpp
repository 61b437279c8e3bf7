#include "creditcode.h"

#include <QCoreApplication>

#include <array>

namespace hd {

namespace {
constexpr QLatin1StringView kAlphabet("0123456789ABCDEFGHJKLMNPQRTUWXY");
constexpr std::array<int, 17> kWeights = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                          29, 25, 13, 8,  24, 10, 30, 28};
} // namespace

Result<CreditCode> parseCreditCode(QStringView text)
{
    const QString s = text.trimmed().toString().toUpper();
    if (s.size() != 18)
        return Error{QStringLiteral("uscc.invalid"),
                     QCoreApplication::translate("hd::CreditCode",
                                                 "统一社会信用代码应为 18 位，当前为 %1 位。")
                         .arg(s.size())};
    int sum = 0;
    for (qsizetype i = 0; i < 18; ++i) {
        const qsizetype value = kAlphabet.indexOf(s.at(i));
        if (value < 0)
            return Error{QStringLiteral("uscc.invalid"),
                         QCoreApplication::translate(
                             "hd::CreditCode",
                             "统一社会信用代码第 %1 位“%2”不是允许的字符（不含 I、O、S、V、Z）。")
                             .arg(i + 1)
                             .arg(s.at(i))};
        if (i < 17)
            sum += int(value) * kWeights[std::size_t(i)];
    }
    const int check = (31 - sum % 31) % 31;
    CreditCode code;
    code.code = s;
    code.expectedCheck = kAlphabet.at(check);
    code.check = code.expectedCheck == s.at(17) ? CreditCode::Check::Passed
                                                : CreditCode::Check::FailedNeedsSupervisor;
    return code;
}

} // namespace hd
