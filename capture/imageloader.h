#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <opencv2/core.hpp>

namespace hd::capture {

struct ImageHeader
{
    QString format; // "jpeg", "png", "tiff", "bmp", "webp"
    int width = 0;
    int height = 0;
};

// Image files come from scanners, cameras and USB sticks: before anything is decoded, the
// header is read and checked (known format, sane size, not truncated), so that an empty or
// cut-off file, a 1x1 pixel or a 20000x20000 "bomb" is refused with a reason instead of
// crashing or allocating gigabytes.
class ImageLoader final
{
public:
    static constexpr qint64 kMaxFileBytes = 200LL * 1024 * 1024;
    static constexpr qint64 kMaxPixels = 60'000'000; // 60 MP: a 8K camera frame or an A3 scan
    static constexpr int kMinSide = 32;

    static Result<ImageHeader> readHeader(const QByteArray &bytes);
    static Result<cv::Mat> decode(const QByteArray &bytes); // BGR, 8 bit
    static Result<cv::Mat> load(const QString &path);

    // The file name patterns of the formats read ("*.jpg", ...; QDir matches them whatever
    // the case), for folders of scans and the file dialogs.
    static QStringList nameFilters();
};

} // namespace hd::capture
