#pragma once

#include "printdocument.h"
#include "result.h"

#include <QByteArray>
#include <QFont>
#include <QImage>
#include <QPageLayout>

class QPagedPaintDevice;
class QPainter;

namespace hd {

enum class PaperKind { Roll80, Roll58, A4 };
QString paperKey(PaperKind paper); // "80" | "58" | "a4"
std::optional<PaperKind> paperFromKey(QStringView key);

// Draws a document with QPainter: on roll paper (80 or 58 mm wide, as long as the content)
// in the same character columns as the thermal printer, in the monospaced Noto Sans Mono CJK
// SC face; on A4 in proportional Noto Sans CJK SC with real tables and page breaks. The CJK
// families are named explicitly: under the C locale Qt would otherwise fall back to a
// Japanese face, whose glyphs for some Chinese characters differ.
class PageRenderer final
{
public:
    static QPageLayout pageLayout(const PrintDocument &document, PaperKind paper);
    // Paints on a device whose page layout is already pageLayout() (a QPrinter or QPdfWriter);
    // begins and ends the painter itself.
    static Status paint(const PrintDocument &document, PaperKind paper, QPagedPaintDevice &device);
    static Result<QByteArray> pdf(const PrintDocument &document, PaperKind paper);
    // The first page as an image, white background, for previews and the docs' PNGs.
    static QImage image(const PrintDocument &document, PaperKind paper, int dpi);

    static QString monoFamily();         // Noto Sans Mono CJK SC
    static QString proportionalFamily(); // Noto Sans CJK SC
    // False when the CJK fonts are not installed (fonts-noto-cjk); printing still works with
    // whatever face Qt picks, but Chinese may look wrong.
    static bool cjkFontsAvailable();
};

} // namespace hd
