#include "latefee.h"

#include <algorithm>

namespace hd {

LateFee LateFee::compute(Money unpaid, QDate dueDate, QDate from, QDate on,
                         CustomerClass customerClass, const LateFeeRules &rules)
{
    LateFee f;
    const QDate start = std::max(from, dueDate); // the first charged day is start + 1
    if (unpaid.fen() <= 0 || !on.isValid() || !start.isValid() || on <= start)
        return f;
    f.days = static_cast<int>(start.daysTo(on));
    if (customerClass == CustomerClass::Residential) {
        f.currentPerMille = rules.residentialPerMille;
        f.daysAtCurrentRate = f.days;
    } else {
        f.currentPerMille = rules.currentYearPerMille;
        f.earlierPerMille = rules.earlierYearPerMille;
        // Days dated in the due date's year count at the current-year rate, the rest at the
        // earlier-year rate. Day d is charged when start < d <= on.
        const QDate yearEnd(dueDate.year(), 12, 31);
        const int inDueYear =
            on <= yearEnd ? f.days : std::max<int>(0, static_cast<int>(start.daysTo(yearEnd)));
        f.daysAtCurrentRate = inDueYear;
        f.daysAtEarlierRate = f.days - inDueYear;
        if (rules.allDaysAtEarlierRateAfterYearEnd && f.daysAtEarlierRate > 0) {
            f.daysAtEarlierRate = f.days;
            f.daysAtCurrentRate = 0;
        }
    }
    f.milliFen =
        unpaid.fen() * (static_cast<std::int64_t>(f.daysAtCurrentRate) * f.currentPerMille +
                        static_cast<std::int64_t>(f.daysAtEarlierRate) * f.earlierPerMille);
    f.fee = Money::fromFen((f.milliFen + 500) / 1000); // half-up, amounts are never negative
    return f;
}

Money LateFee::charged(Money total, const LateFeeRules &rules)
{
    if (total.fen() <= 0)
        return Money();
    return std::max(total, rules.minimumPerPayment);
}

} // namespace hd
