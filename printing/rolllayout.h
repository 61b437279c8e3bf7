#pragma once

#include "printdocument.h"

#include <QList>
#include <QString>

namespace hd {

// A document laid out for roll paper in character columns: 48 at 80 mm, 32 at 58 mm (font A,
// 12 dots a column; a CJK character takes two). The ESC/POS encoder sends these lines as they
// are and the roll-paper page renderer draws them in a monospaced CJK face, so both show the
// same receipt and neither cuts text off.
struct RollLine
{
    enum class Kind { Text, Qr };
    Kind kind = Kind::Text;
    QString text; // already placed: leading spaces centre or right-align it
    bool bold = false;
    bool big = false; // double width and height: `text` counts half the columns
    bool inverse = false;
};

class RollLayout final
{
public:
    static QList<RollLine> layout(const PrintDocument &document, int columns);
};

} // namespace hd
