#pragma once

#include "language.h"

#include <QString>

class QApplication;

namespace hd {

// Installs HallDesk's and Qt's own translations for `language`, the Chinese UI font chosen
// explicitly (under the C locale Qt would pick a Japanese CJK face) and the counter style.
void setUpApplication(QApplication &app, const QString &language);

} // namespace hd
