#include "amountwords.h"

#include <array>

namespace hd {

namespace {
constexpr std::array<char16_t, 10> kDigits = {u'零', u'壹', u'贰', u'叁', u'肆',
                                              u'伍', u'陆', u'柒', u'捌', u'玖'};
constexpr std::array<char16_t, 4> kPlaces = {0, u'拾', u'佰', u'仟'}; // within a group
constexpr std::array<char16_t, 3> kGroups = {0, u'万', u'亿'};

// One four-digit group: a run of zeros between digits is one 零; trailing zeros unwritten;
// leading zeros are the caller's business (the 零 between groups).
QString groupWords(int group)
{
    QString out;
    bool pendingZero = false;
    bool started = false;
    for (int place = 3; place >= 0; --place) {
        int divisor = 1;
        for (int i = 0; i < place; ++i)
            divisor *= 10;
        const int digit = (group / divisor) % 10;
        if (digit == 0) {
            if (started)
                pendingZero = true;
            continue;
        }
        if (pendingZero)
            out += QChar(u'零');
        pendingZero = false;
        started = true;
        out += QChar(kDigits[digit]);
        if (kPlaces[place])
            out += QChar(kPlaces[place]);
    }
    return out;
}
} // namespace

QString amountInWords(Money amount, AmountWordsOptions options)
{
    std::int64_t fen = amount.fen();
    QString out;
    if (fen < 0) {
        out += QChar(u'负');
        fen = -fen;
    }
    const std::int64_t yuan = fen / 100;
    const int jiao = int(fen / 10 % 10);
    const int fenDigit = int(fen % 10);

    if (yuan == 0 && jiao == 0 && fenDigit == 0)
        return out + QStringLiteral("零元整");

    if (yuan > 0) {
        const std::array<int, 3> groups = {int(yuan % 10000), int(yuan / 10000 % 10000),
                                           int(yuan / 100000000 % 10000)};
        bool written = false;
        bool skippedZeroGroup = false;
        for (int g = 2; g >= 0; --g) {
            const int value = groups[std::size_t(g)];
            if (value == 0) {
                if (written)
                    skippedZeroGroup = true;
                continue;
            }
            // A lower group with leading zeros after a written higher group, or after a whole
            // zero group, takes one 零 (壹亿零壹元). Trailing zeros of the higher group alone
            // do not (壹拾万柒仟元).
            if (written && (value < 1000 || skippedZeroGroup))
                out += QChar(u'零');
            out += groupWords(value);
            if (kGroups[std::size_t(g)])
                out += QChar(kGroups[std::size_t(g)]);
            written = true;
            skippedZeroGroup = false;
        }
        out += QChar(u'元');
        if (jiao == 0 && fenDigit == 0)
            return out + QChar(u'整');
        // 元零: the 元 position is zero, or 角 is zero before a non-zero 分.
        if (yuan % 10 == 0 || jiao == 0)
            out += QChar(u'零');
    }
    if (jiao > 0)
        out += QChar(kDigits[std::size_t(jiao)]) + QChar(u'角');
    if (fenDigit > 0)
        out += QChar(kDigits[std::size_t(fenDigit)]) + QChar(u'分');
    else if (options.zhengAfterJiao)
        out += QChar(u'整');
    return out;
}

} // namespace hd
