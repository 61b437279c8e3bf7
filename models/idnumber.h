#pragma once

#include "result.h"

#include <QDate>
#include <QString>

namespace hd {

enum class Sex { Female, Male };

// A resident identity card number (居民身份证号码, GB 11643-1999) that passed every check.
struct ResidentId
{
    QString number; // always the 18-character form, upper-case X
    QDate birthDate;
    Sex sex = Sex::Female;
    QString province; // e.g. 广东省
    bool convertedFromLegacy = false;
};

// Validates an 18-character number (check character, real birth date between 1880-01-01
// and `today`, known province code) or converts a 15-digit legacy number. Lower-case x is
// accepted. Surrounding spaces are ignored; anything else is an error naming the problem.
Result<ResidentId> parseResidentId(QStringView text, QDate today = QDate::currentDate());

// The ISO 7064 MOD 11-2 check character for the first 17 digits.
QChar residentIdCheckCharacter(QStringView first17);

// 440***********1234: the first three and last four characters, the rest masked.
QString maskResidentId(QStringView number);

// The province for a two-digit code ("44" → 广东省), empty when unknown.
QString provinceName(int code);

} // namespace hd
