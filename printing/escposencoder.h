#pragma once

#include "printdocument.h"

#include <QByteArray>

namespace hd {

// Turns a document into the bytes an ESC/POS thermal printer understands: initialise
// (ESC @) once, Chinese mode (FS &) with GB18030 text, bold (ESC E) and double size (GS ! and
// FS !) for the total, inverse (GS B) for the reprint banner, the printer's own QR command
// (GS ( k) after that single initialise, the cash-drawer kick (ESC p) for cash payments, and
// a feed-and-cut (GS V). The same document always gives the same bytes.
class EscPosEncoder final
{
public:
    enum class Paper { Roll80, Roll58 };
    struct Options
    {
        Paper paper = Paper::Roll80;
        bool cut = true;
    };

    static int columns(Paper paper) { return paper == Paper::Roll58 ? 32 : 48; }
    // QR module size in dots: a version-8 code (49 modules) is about 300 dots wide at 80 mm
    // and 250 at 58 mm, large enough for a phone or a hand scanner.
    static int qrModuleDots(Paper paper) { return paper == Paper::Roll58 ? 5 : 6; }

    static QByteArray encode(const PrintDocument &document, const Options &options);
    static QByteArray encode(const PrintDocument &document) { return encode(document, Options{}); }
    // Text in the printer's encoding. Characters GB18030 cannot carry become '?'.
    static QByteArray gb18030(const QString &text);
};

// The bytes of the ESC/POS commands used above, for the encoder and for tests that decode.
namespace escpos {
inline constexpr char ESC = 0x1b;
inline constexpr char GS = 0x1d;
inline constexpr char FS = 0x1c;
inline constexpr char DLE = 0x10;
inline constexpr char EOT = 0x04;
QByteArray qrStore(const QByteArray &data); // GS ( k … 1 P 0 data
} // namespace escpos

} // namespace hd
