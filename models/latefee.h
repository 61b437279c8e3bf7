#pragma once

#include "account.h"
#include "money.h"

#include <QDate>

#include <cstdint>

namespace hd {

// The rules of the late-payment penalty (电费违约金), ../shared/DOMAIN.md. Rates are daily, in
// per-mille (‰) of the unpaid amount; every value is configuration (PaymentSettings).
struct LateFeeRules
{
    int residentialPerMille = 1;
    int currentYearPerMille = 2; // other customers, days in the year of the due date
    int earlierYearPerMille = 3; // other customers, days in later years
    // The configurable alternative: once arrears cross a year end, every day costs the
    // earlier-year rate.
    bool allDaysAtEarlierRateAfterYearEnd = false;
    Money minimumPerPayment = Money::fromFen(100); // 0: no minimum
};

// The penalty of one unpaid amount over one period. Exact: the daily amounts are accumulated
// in thousandths of a fen (fen × days × ‰) and rounded half-up to the fen once, at the end.
struct LateFee
{
    int days = 0;              // days charged (after `from`, up to and including `on`)
    int daysAtCurrentRate = 0; // residential: all days
    int daysAtEarlierRate = 0;
    int currentPerMille = 0;   // the rate of the first part
    int earlierPerMille = 0;   // the rate of the days in later years (non-residential)
    std::int64_t milliFen = 0; // exact sum, in 1/1000 fen
    Money fee;                 // milliFen rounded half-up

    // Computes the penalty on `unpaid` for the days after `from` up to and including `on`.
    // `dueDate` decides which days count at the current-year rate (those in its year);
    // `from` is the due date for a bill never partly paid, else the day of the last payment.
    // Paying on the due date (or before) costs nothing.
    static LateFee compute(Money unpaid, QDate dueDate, QDate from, QDate on,
                           CustomerClass customerClass, const LateFeeRules &rules);
    static LateFee compute(Money unpaid, QDate dueDate, QDate on, CustomerClass customerClass,
                           const LateFeeRules &rules)
    {
        return compute(unpaid, dueDate, dueDate, on, customerClass, rules);
    }

    // The penalty actually charged for a payment whose bills' penalties sum to `total`:
    // at least the minimum when any penalty is due.
    static Money charged(Money total, const LateFeeRules &rules);
};

} // namespace hd
