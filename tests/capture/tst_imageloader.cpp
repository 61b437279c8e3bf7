#include "imageloader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace hd::capture;

class TestImageLoader : public QObject
{
    Q_OBJECT

private slots:
    void load_garbage_refusedWithMessage_data();
    void load_garbage_refusedWithMessage();
    void load_validImages_decode_data();
    void load_validImages_decode();
    void load_otherPixelFormats_decodedAsEightBitColour_data();
    void load_otherPixelFormats_decodedAsEightBitColour();
    void load_exifOrientation_turnedAsDisplayed();
    void load_missingFile_refused();
};

namespace {
QByteArray encode(const cv::Mat &img, const char *ext, const std::vector<int> &params = {})
{
    std::vector<uchar> buf;
    cv::imencode(ext, img, buf, params);
    return QByteArray(reinterpret_cast<const char *>(buf.data()), qsizetype(buf.size()));
}

cv::Mat sampleImage()
{
    cv::Mat img(480, 640, CV_8UC3, cv::Scalar(200, 180, 160));
    cv::circle(img, {320, 240}, 100, cv::Scalar(20, 40, 200), cv::FILLED);
    return img;
}

// A PNG that claims 20000 x 20000 pixels: signature, IHDR (CRC not checked by the header
// reader) and IEND, nothing in between.
QByteArray pngBomb()
{
    QByteArray b("\x89PNG\r\n\x1a\n", 8);
    b += QByteArray("\0\0\0\x0dIHDR", 8);
    const quint32 side = 20000;
    for (int k = 0; k < 2; ++k)
        for (int s = 24; s >= 0; s -= 8)
            b += char((side >> s) & 0xFF);
    b += QByteArray("\x08\x02\0\0\0", 5);
    b += QByteArray(4, '\0');
    b += QByteArray("\0\0\0\0IEND\xae\x42\x60\x82", 12);
    return b;
}

// A JPEG whose frame header says 20000 x 20000 (baseline SOF0), ending properly.
QByteArray jpegBomb()
{
    QByteArray b = encode(sampleImage(), ".jpg");
    const qsizetype sof = b.indexOf(QByteArray("\xFF\xC0", 2));
    b[sof + 5] = char(20000 >> 8);
    b[sof + 6] = char(20000 & 0xFF);
    b[sof + 7] = char(20000 >> 8);
    b[sof + 8] = char(20000 & 0xFF);
    return b;
}
// An extended WebP (VP8X) whose canvas is 20000 x 20000, its one chunk of pixels empty.
QByteArray webpBomb()
{
    QByteArray vp8x("VP8X\x0a\0\0\0\0\0\0\0", 12);
    for (int k = 0; k < 2; ++k) {
        const quint32 sideMinusOne = 20000 - 1;
        vp8x += char(sideMinusOne & 0xFF);
        vp8x += char((sideMinusOne >> 8) & 0xFF);
        vp8x += char((sideMinusOne >> 16) & 0xFF);
    }
    QByteArray b("RIFF", 4);
    const quint32 size = quint32(4 + vp8x.size());
    for (int s = 0; s < 32; s += 8)
        b += char((size >> s) & 0xFF);
    return b + QByteArray("WEBP", 4) + vp8x;
}
// A JPEG of img with an EXIF block (APP1, big-endian TIFF) holding one tag, Orientation
// (0x0112) = orientation, put after the JFIF block as cameras write it.
QByteArray jpegWithOrientation(const cv::Mat &img, quint16 orientation)
{
    QByteArray b = encode(img, ".jpg");
    QByteArray tiff("MM\0*\0\0\0\x08", 8);             // header, the first directory at 8
    tiff += QByteArray("\0\x01", 2);                   // one entry
    tiff += QByteArray("\x01\x12\0\x03\0\0\0\x01", 8); // Orientation, SHORT, one value
    tiff += char(orientation >> 8);
    tiff += char(orientation & 0xFF);
    tiff += QByteArray(2, '\0');
    tiff += QByteArray(4, '\0'); // no next directory
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    const int length = int(payload.size()) + 2;
    QByteArray app1("\xFF\xE1", 2);
    app1 += char(length >> 8);
    app1 += char(length & 0xFF);
    app1 += payload;
    qsizetype at = 2; // after SOI, and after the JFIF block when there is one
    if (b.size() > 6 && uchar(b[2]) == 0xFF && uchar(b[3]) == 0xE0)
        at = 4 + ((uchar(b[4]) << 8) | uchar(b[5]));
    b.insert(at, app1);
    return b;
}
} // namespace

void TestImageLoader::load_garbage_refusedWithMessage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    const QByteArray jpeg = encode(sampleImage(), ".jpg");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("image.empty");
    QTest::newRow("truncated jpeg")
        << jpeg.left(jpeg.size() / 2) << QStringLiteral("image.truncated");
    QTest::newRow("1x1 png") << encode(cv::Mat(1, 1, CV_8UC3, cv::Scalar(1, 2, 3)), ".png")
                             << QStringLiteral("image.too-small");
    QTest::newRow("1x1 jpeg") << encode(cv::Mat(1, 1, CV_8UC3, cv::Scalar(1, 2, 3)), ".jpg")
                              << QStringLiteral("image.too-small");
    QTest::newRow("20000x20000 png header") << pngBomb() << QStringLiteral("image.too-large");
    QTest::newRow("20000x20000 jpeg header") << jpegBomb() << QStringLiteral("image.too-large");
    QTest::newRow("20000x20000 webp header") << webpBomb() << QStringLiteral("image.too-large");
    const QByteArray webp = encode(sampleImage(), ".webp");
    QTest::newRow("truncated webp")
        << webp.left(webp.size() / 2) << QStringLiteral("image.truncated");
    QTest::newRow("text file") << QByteArray("not an image at all\n")
                               << QStringLiteral("image.format");
    QTest::newRow("jpeg signature only")
        << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF\xFF\xD9", 12) << QStringLiteral("image.corrupt");
}

void TestImageLoader::load_garbage_refusedWithMessage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.img"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    const hd::Result<cv::Mat> r = ImageLoader::load(path);
    QVERIFY(!r);
    QCOMPARE(r.error().code, code);
    QVERIFY(!r.error().message.isEmpty());
}

void TestImageLoader::load_validImages_decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("jpeg") << encode(sampleImage(), ".jpg");
    QTest::newRow("png") << encode(sampleImage(), ".png");
    QTest::newRow("tiff") << encode(sampleImage(), ".tif");
    QTest::newRow("bmp") << encode(sampleImage(), ".bmp");
    QTest::newRow("webp") << encode(sampleImage(), ".webp");
    QTest::newRow("webp lossless")
        << encode(sampleImage(), ".webp", {cv::IMWRITE_WEBP_QUALITY, 101});
}

void TestImageLoader::load_validImages_decode()
{
    QFETCH(QByteArray, bytes);
    const hd::Result<cv::Mat> r = ImageLoader::decode(bytes);
    QVERIFY2(r, qPrintable(r.error().message));
    QCOMPARE(r->cols, 640);
    QCOMPARE(r->rows, 480);
    QCOMPARE(r->type(), CV_8UC3);
}

// What scanners, phones and screenshot tools write besides 8-bit colour: grey, 16 bits a
// channel, an alpha channel. The detector reads 8-bit BGR: each is decoded to it, the picture
// kept (the disc's colour at the centre, the background at a corner).
void TestImageLoader::load_otherPixelFormats_decodedAsEightBitColour_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("grey");
    const cv::Mat colour = sampleImage();
    cv::Mat grey, colour16, grey16, alpha;
    cv::cvtColor(colour, grey, cv::COLOR_BGR2GRAY);
    colour.convertTo(colour16, CV_16UC3, 257.0);
    grey.convertTo(grey16, CV_16U, 257.0);
    cv::cvtColor(colour, alpha, cv::COLOR_BGR2BGRA);
    QTest::newRow("grey png") << encode(grey, ".png") << true;
    QTest::newRow("grey jpeg") << encode(grey, ".jpg") << true;
    QTest::newRow("16-bit colour png") << encode(colour16, ".png") << false;
    QTest::newRow("16-bit grey tiff") << encode(grey16, ".tif") << true;
    QTest::newRow("png with alpha") << encode(alpha, ".png") << false;
    QTest::newRow("tiff with alpha") << encode(alpha, ".tif") << false;
}

void TestImageLoader::load_otherPixelFormats_decodedAsEightBitColour()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, grey);
    const hd::Result<cv::Mat> r = ImageLoader::decode(bytes);
    QVERIFY2(r, qPrintable(r.error().message));
    QCOMPARE(r->cols, 640);
    QCOMPARE(r->rows, 480);
    QCOMPARE(r->type(), CV_8UC3);
    cv::Mat expected = sampleImage();
    if (grey) {
        cv::cvtColor(expected, expected, cv::COLOR_BGR2GRAY);
        cv::cvtColor(expected, expected, cv::COLOR_GRAY2BGR);
    }
    for (const cv::Point at : {cv::Point(320, 240), cv::Point(10, 10)}) {
        const cv::Vec3b got = r->at<cv::Vec3b>(at);
        const cv::Vec3b want = expected.at<cv::Vec3b>(at);
        for (int c = 0; c < 3; ++c)
            QVERIFY2(std::abs(int(got[c]) - int(want[c])) <= 3,
                     qPrintable(QStringLiteral("(%1, %2) channel %3: %4, expected %5")
                                    .arg(at.x)
                                    .arg(at.y)
                                    .arg(c)
                                    .arg(got[c])
                                    .arg(want[c])));
    }
}

// A phone photo stored sideways with EXIF Orientation 6 (turn 90° clockwise to show): decoded
// as it is shown, so the corners found are those of the picture the clerk sees.
void TestImageLoader::load_exifOrientation_turnedAsDisplayed()
{
    cv::Mat stored(480, 640, CV_8UC3, cv::Scalar(200, 200, 200));
    cv::rectangle(stored, cv::Rect(0, 0, 80, 60), cv::Scalar(0, 0, 255), cv::FILLED);
    const hd::Result<cv::Mat> r = ImageLoader::decode(jpegWithOrientation(stored, 6));
    QVERIFY2(r, qPrintable(r.error().message));
    QCOMPARE(r->cols, 480);
    QCOMPARE(r->rows, 640);
    // Turned clockwise, the stored top-left corner is shown at the top right.
    const cv::Vec3b topRight = r->at<cv::Vec3b>(20, 480 - 20);
    const cv::Vec3b topLeft = r->at<cv::Vec3b>(20, 20);
    QVERIFY2(topRight[2] > 200 && topRight[1] < 60, "the red corner is not at the top right");
    QVERIFY2(topLeft[2] < 230 && topLeft[1] > 150, "the top left is not the grey background");
    // Orientation 1 (as stored) leaves it as it is.
    const hd::Result<cv::Mat> same = ImageLoader::decode(jpegWithOrientation(stored, 1));
    QVERIFY2(same, qPrintable(same.error().message));
    QCOMPARE(same->cols, 640);
    QCOMPARE(same->rows, 480);
}

void TestImageLoader::load_missingFile_refused()
{
    QTemporaryDir dir;
    const hd::Result<cv::Mat> r = ImageLoader::load(dir.filePath(QStringLiteral("nope.jpg")));
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("image.open"));
}

QTEST_GUILESS_MAIN(TestImageLoader)
#include "tst_imageloader.moc"
