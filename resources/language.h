#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace hd {

// The language HallDesk speaks: "zh_CN" (the default and the source language of every
// message) or "en". `requested` is "zh_CN", "en" or anything else ("system"): then en for an
// English system locale (LC_ALL, LC_MESSAGES, LANG = en_*) and zh_CN otherwise.
QString resolveLanguage(const QString &requested);

// The value of `--lang X` or `--lang=X` in a program's arguments, "system" when absent; read
// before the command line is parsed so that its own help is already in that language.
QString requestedLanguage(const QStringList &arguments);

// Installs HallDesk's messages (embedded under :/i18n) and Qt's own for `language`, replacing
// those of an earlier call; zh_CN needs only Qt's, the sources being Chinese. Works for
// QCoreApplication programs (no widgets).
void installTranslations(QCoreApplication &app, const QString &language);

} // namespace hd
