#include "imageloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstring>
#include <opencv2/imgcodecs.hpp>

namespace hd::capture {

namespace {
Error fail(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

quint32 be16(const uchar *p)
{
    return quint32(p[0]) << 8 | p[1];
}
quint32 be32(const uchar *p)
{
    return be16(p) << 16 | be16(p + 2);
}
quint32 le16(const uchar *p)
{
    return quint32(p[1]) << 8 | p[0];
}
quint32 le32(const uchar *p)
{
    return le16(p + 2) << 16 | le16(p);
}

Result<ImageHeader> jpegHeader(const QByteArray &b)
{
    const auto *d = reinterpret_cast<const uchar *>(b.constData());
    const qsizetype n = b.size();
    // The end-of-image marker must be there (trailing padding allowed): a cut-off transfer
    // would otherwise decode to a half-grey picture without a word.
    qsizetype end = n;
    while (end > 2 && d[end - 1] == 0)
        --end;
    if (end < 4 || d[end - 2] != 0xFF || d[end - 1] != 0xD9)
        return fail("image.truncated", QCoreApplication::translate(
                                           "hd::capture::ImageLoader",
                                           "JPEG 文件不完整（可能传输中断），请重新拍摄或复制。"));
    qsizetype i = 2;
    while (i + 9 < n) {
        if (d[i] != 0xFF) {
            ++i;
            continue;
        }
        const uchar m = d[i + 1];
        if (m == 0xFF) {
            ++i;
            continue;
        }
        if (m == 0xD8 || (m >= 0xD0 && m <= 0xD7) || m == 0x01) {
            i += 2;
            continue;
        }
        const quint32 len = be16(d + i + 2);
        if (m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC)
            return ImageHeader{QStringLiteral("jpeg"), int(be16(d + i + 7)), int(be16(d + i + 5))};
        if (len < 2)
            break;
        i += 2 + qsizetype(len);
    }
    return fail("image.corrupt",
                QCoreApplication::translate("hd::capture::ImageLoader",
                                            "JPEG 文件头损坏，无法读取图像尺寸。"));
}

Result<ImageHeader> pngHeader(const QByteArray &b)
{
    const auto *d = reinterpret_cast<const uchar *>(b.constData());
    if (b.size() < 33 || std::memcmp(d + 12, "IHDR", 4) != 0)
        return fail("image.corrupt",
                    QCoreApplication::translate("hd::capture::ImageLoader", "PNG 文件头损坏。"));
    if (!b.right(16).contains("IEND"))
        return fail("image.truncated", QCoreApplication::translate(
                                           "hd::capture::ImageLoader",
                                           "PNG 文件不完整（可能传输中断），请重新拍摄或复制。"));
    const quint32 w = be32(d + 16), h = be32(d + 20);
    if (w > 1u << 30 || h > 1u << 30)
        return fail("image.too-large",
                    QCoreApplication::translate("hd::capture::ImageLoader", "图像尺寸过大。"));
    return ImageHeader{QStringLiteral("png"), int(w), int(h)};
}

Result<ImageHeader> tiffHeader(const QByteArray &b)
{
    const auto *d = reinterpret_cast<const uchar *>(b.constData());
    const bool le = d[0] == 'I';
    auto u16 = [&](qsizetype o) { return le ? le16(d + o) : be16(d + o); };
    auto u32 = [&](qsizetype o) { return le ? le32(d + o) : be32(d + o); };
    const qsizetype ifd = u32(4);
    if (ifd + 2 > b.size())
        return fail("image.corrupt",
                    QCoreApplication::translate("hd::capture::ImageLoader", "TIFF 文件头损坏。"));
    const int entries = int(u16(ifd));
    if (ifd + 2 + entries * 12 > b.size())
        return fail("image.truncated",
                    QCoreApplication::translate("hd::capture::ImageLoader", "TIFF 文件不完整。"));
    quint32 w = 0, h = 0;
    for (int k = 0; k < entries; ++k) {
        const qsizetype e = ifd + 2 + k * 12;
        const quint32 tag = u16(e), type = u16(e + 2);
        const quint32 v = type == 3 ? u16(e + 8) : u32(e + 8);
        if (tag == 256)
            w = v;
        else if (tag == 257)
            h = v;
    }
    if (w == 0 || h == 0)
        return fail("image.corrupt", QCoreApplication::translate("hd::capture::ImageLoader",
                                                                 "TIFF 文件缺少图像尺寸。"));
    if (w > 1u << 30 || h > 1u << 30)
        return fail("image.too-large",
                    QCoreApplication::translate("hd::capture::ImageLoader", "图像尺寸过大。"));
    return ImageHeader{QStringLiteral("tiff"), int(w), int(h)};
}

Result<ImageHeader> bmpHeader(const QByteArray &b)
{
    const auto *d = reinterpret_cast<const uchar *>(b.constData());
    if (b.size() < 26)
        return fail("image.corrupt",
                    QCoreApplication::translate("hd::capture::ImageLoader", "BMP 文件头损坏。"));
    const qint64 w = qint32(le32(d + 18)), h = qint32(le32(d + 22));
    return ImageHeader{QStringLiteral("bmp"), int(std::min<qint64>(std::abs(w), 1 << 30)),
                       int(std::min<qint64>(std::abs(h), 1 << 30))};
}

// RIFF "WEBP" with its first chunk: VP8 (lossy: the key frame's 14-bit sizes), VP8L (lossless:
// sizes minus one, 14 bits each, packed) or VP8X (extended: the canvas, 24 bits each).
Result<ImageHeader> webpHeader(const QByteArray &b)
{
    const auto *d = reinterpret_cast<const uchar *>(b.constData());
    if (b.size() < 30)
        return fail("image.corrupt",
                    QCoreApplication::translate("hd::capture::ImageLoader", "WebP 文件头损坏。"));
    if (qint64(le32(d + 4)) + 8 > b.size())
        return fail("image.truncated", QCoreApplication::translate(
                                           "hd::capture::ImageLoader",
                                           "WebP 文件不完整（可能传输中断），请重新拍摄或复制。"));
    quint32 w = 0, h = 0;
    if (std::memcmp(d + 12, "VP8 ", 4) == 0 && d[23] == 0x9D && d[24] == 0x01 && d[25] == 0x2A) {
        w = le16(d + 26) & 0x3FFF;
        h = le16(d + 28) & 0x3FFF;
    } else if (std::memcmp(d + 12, "VP8L", 4) == 0 && d[20] == 0x2F) {
        const quint32 bits = le32(d + 21);
        w = (bits & 0x3FFF) + 1;
        h = ((bits >> 14) & 0x3FFF) + 1;
    } else if (std::memcmp(d + 12, "VP8X", 4) == 0) {
        w = (quint32(d[24]) | quint32(d[25]) << 8 | quint32(d[26]) << 16) + 1;
        h = (quint32(d[27]) | quint32(d[28]) << 8 | quint32(d[29]) << 16) + 1;
    } else {
        return fail("image.corrupt",
                    QCoreApplication::translate("hd::capture::ImageLoader", "WebP 文件头损坏。"));
    }
    return ImageHeader{QStringLiteral("webp"), int(w), int(h)};
}
} // namespace

Result<ImageHeader> ImageLoader::readHeader(const QByteArray &b)
{
    if (b.isEmpty())
        return fail("image.empty", QCoreApplication::translate("hd::capture::ImageLoader",
                                                               "文件是空的（0 字节），不是图像。"));
    const auto *d = reinterpret_cast<const uchar *>(b.constData());
    Result<ImageHeader> h =
        fail("image.format",
             QCoreApplication::translate("hd::capture::ImageLoader",
                                         "不支持的图像格式（支持 JPEG、PNG、TIFF、BMP、WebP）。"));
    if (b.size() >= 4 && d[0] == 0xFF && d[1] == 0xD8 && d[2] == 0xFF)
        h = jpegHeader(b);
    else if (b.size() >= 8 && std::memcmp(d, "\x89PNG\r\n\x1a\n", 8) == 0)
        h = pngHeader(b);
    else if (b.size() >= 8 && (std::memcmp(d, "II*\0", 4) == 0 || std::memcmp(d, "MM\0*", 4) == 0))
        h = tiffHeader(b);
    else if (b.size() >= 2 && d[0] == 'B' && d[1] == 'M')
        h = bmpHeader(b);
    else if (b.size() >= 12 && std::memcmp(d, "RIFF", 4) == 0 && std::memcmp(d + 8, "WEBP", 4) == 0)
        h = webpHeader(b);
    if (!h)
        return h;
    if (h->width < kMinSide || h->height < kMinSide)
        return fail("image.too-small",
                    QCoreApplication::translate("hd::capture::ImageLoader",
                                                "图像只有 %1×%2 像素，太小，无法识别证件。")
                        .arg(h->width)
                        .arg(h->height));
    if (qint64(h->width) * h->height > kMaxPixels)
        return fail("image.too-large",
                    QCoreApplication::translate("hd::capture::ImageLoader",
                                                "图像尺寸 %1×%2 过大（上限 %3 百万像素），已拒绝。")
                        .arg(h->width)
                        .arg(h->height)
                        .arg(kMaxPixels / 1'000'000));
    return h;
}

Result<cv::Mat> ImageLoader::decode(const QByteArray &bytes)
{
    const Result<ImageHeader> header = readHeader(bytes);
    if (!header)
        return header.error();
    const cv::Mat raw(1, int(bytes.size()), CV_8U, const_cast<char *>(bytes.constData()));
    cv::Mat img;
    try {
        img = cv::imdecode(raw, cv::IMREAD_COLOR);
    } catch (const cv::Exception &) {
        img.release();
    }
    if (img.empty())
        return fail("image.corrupt", QCoreApplication::translate("hd::capture::ImageLoader",
                                                                 "图像数据损坏，无法解码。"));
    if (img.cols != header->width || img.rows != header->height) {
        // EXIF rotation swaps the sides; anything else means the header lied.
        if (img.cols != header->height || img.rows != header->width)
            return fail("image.corrupt",
                        QCoreApplication::translate("hd::capture::ImageLoader",
                                                    "图像数据与文件头不符，无法使用。"));
    }
    return img;
}

Result<cv::Mat> ImageLoader::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail("image.open",
                    QCoreApplication::translate("hd::capture::ImageLoader", "无法打开文件：%1")
                        .arg(QFileInfo(path).fileName()));
    if (file.size() > kMaxFileBytes)
        return fail("image.too-large",
                    QCoreApplication::translate("hd::capture::ImageLoader",
                                                "文件过大（超过 200 MB），已拒绝。"));
    return decode(file.readAll());
}

QStringList ImageLoader::nameFilters()
{
    return {QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.png"),
            QStringLiteral("*.tif"), QStringLiteral("*.tiff"), QStringLiteral("*.bmp"),
            QStringLiteral("*.webp")};
}

} // namespace hd::capture
