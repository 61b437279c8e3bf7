#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

namespace hd::qrcode {

// The QR code of `text` (error correction M) as an image of one pixel per module, without a
// quiet zone: the painter scales it to whole device pixels per module and leaves the margin.
QImage encode(const QString &text);
// Every QR code ZXing finds in the image, as text.
QStringList decode(const QImage &image);

} // namespace hd::qrcode
