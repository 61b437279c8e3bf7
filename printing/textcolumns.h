#pragma once

#include <QString>
#include <QStringList>

namespace hd::textcolumns {

// Width in printer columns: a thermal printer in Chinese mode prints every multi-byte
// (GB18030) character at double width, so anything outside ASCII takes two columns.
int width(QStringView text);
// Lines of at most `columns` columns. Breaks at spaces between Latin words when it can,
// anywhere between CJK characters, and never starts a line with closing punctuation.
QStringList wrap(QStringView text, int columns);
// The longest prefix of text that fits in `columns` columns.
qsizetype fitting(QStringView text, int columns);
QString padRight(const QString &text, int columns);
QString padLeft(const QString &text, int columns);
QString center(const QString &text, int columns);
// label on the left, value on the right, `columns` wide (the caller checked that they fit).
QString spread(const QString &left, const QString &right, int columns);

} // namespace hd::textcolumns
