#pragma once

#include "result.h"

#include <QString>

namespace hd {

// A unified social credit code (统一社会信用代码, GB 32100-2015).
struct CreditCode
{
    enum class Check {
        Passed,
        // Well formed but the check character disagrees. Some early pilot codes are legal
        // and fail the check: the clerk is warned and a supervisor may accept it (audited).
        FailedNeedsSupervisor,
    };
    QString code;
    Check check = Check::Passed;
    QChar expectedCheck;
};

// Errors for a wrong length or a character outside 0-9, A-Z without I, O, S, V, Z.
Result<CreditCode> parseCreditCode(QStringView text);

} // namespace hd
