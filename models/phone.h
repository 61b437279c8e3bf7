#pragma once

#include "result.h"

#include <QString>

namespace hd {

// A mainland mobile number, normalised to 11 digits: "+86 138-0013-8000" → 13800138000.
Result<QString> parseMobileNumber(QStringView text);

// 138****8000
QString maskMobileNumber(QStringView number);

} // namespace hd
