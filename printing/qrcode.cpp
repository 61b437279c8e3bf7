#include "qrcode.h"

#define ZX_USE_UTF8 1
#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

namespace hd::qrcode {

QImage encode(const QString &text)
{
    // zxing-cpp maps levels 0–8 onto L/M/Q/H; 4 is M (15 % of the code may be damaged).
    const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                        .setMargin(0)
                                        .setEccLevel(4)
                                        .encode(text.toStdString(), 0, 0);
    QImage image(matrix.width(), matrix.height(), QImage::Format_Grayscale8);
    for (int y = 0; y < matrix.height(); ++y) {
        uchar *row = image.scanLine(y);
        for (int x = 0; x < matrix.width(); ++x)
            row[x] = matrix.get(x, y) ? 0 : 255;
    }
    return image;
}

QStringList decode(const QImage &input)
{
    const QImage image = input.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(image.constBits(), image.width(), image.height(),
                                ZXing::ImageFormat::Lum, int(image.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    QStringList found;
    for (const ZXing::Result &r : ZXing::ReadBarcodes(view, hints))
        if (r.isValid())
            found << QString::fromStdString(r.text());
    return found;
}

} // namespace hd::qrcode
