#pragma once

#include <QString>

class QApplication;

namespace hd {

// The language the counter shows: "zh_CN" (the default and the source language) or "en".
// `requested` is "system", "zh_CN" or "en"; "system" picks en for an English system locale
// and zh_CN otherwise.
QString resolveLanguage(const QString &requested);

// Installs HallDesk's and Qt's own translations for `language`, the Chinese UI font chosen
// explicitly (under the C locale Qt would pick a Japanese CJK face) and the counter style.
void setUpApplication(QApplication &app, const QString &language);

} // namespace hd
