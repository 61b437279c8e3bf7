// What a camera's frame becomes for the pipeline (no camera needed): frames in the pixel
// formats cameras deliver, built by hand, turned into BGR pixels of their own in one pass,
// with the same values as the two conversions used before (to 24-bit RGB, then swapped).

#include "camerasource.h"

#include <QImage>
#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

using namespace hd;

namespace {
const QSize kSize(66, 34); // an odd row length: rows padded differently in every format

// The pixel at (x, y) of a small test card: a colour gradient and a few saturated patches.
cv::Vec3b colourAt(int x, int y)
{
    if (x < 8)
        return {20, 40, 230}; // red, as BGR
    if (y < 6)
        return {240, 30, 10}; // blue
    return {uchar(x * 3), uchar(y * 7), uchar(255 - x * 2)};
}

// A frame of `format` showing the test card. Packed RGB formats carry it exactly; for YUV
// ones it is converted with BT.601 (limited range), as a camera would send it.
QVideoFrame makeFrame(QVideoFrameFormat::PixelFormat format)
{
    QVideoFrame frame{QVideoFrameFormat(kSize, format)};
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    auto yuv = [](cv::Vec3b c) {
        const double b = c[0], g = c[1], r = c[2];
        return cv::Vec3d(16 + 0.257 * r + 0.504 * g + 0.098 * b,
                         128 - 0.148 * r - 0.291 * g + 0.439 * b,
                         128 + 0.439 * r - 0.368 * g - 0.071 * b);
    };
    auto sat = [](double v) { return uchar(std::clamp(v + 0.5, 0.0, 255.0)); };
    for (int y = 0; y < kSize.height(); ++y) {
        for (int x = 0; x < kSize.width(); ++x) {
            const cv::Vec3b c = colourAt(x, y);
            uchar *p = frame.bits(0) + y * frame.bytesPerLine(0);
            const uchar b = c[0], g = c[1], r = c[2];
            switch (format) {
            case QVideoFrameFormat::Format_BGRA8888:
                std::copy_n(std::array<uchar, 4>{b, g, r, 255}.data(), 4, p + 4 * x);
                break;
            case QVideoFrameFormat::Format_RGBA8888:
                std::copy_n(std::array<uchar, 4>{r, g, b, 255}.data(), 4, p + 4 * x);
                break;
            case QVideoFrameFormat::Format_XRGB8888: // the X byte is noise: ignored
                std::copy_n(std::array<uchar, 4>{uchar(x), r, g, b}.data(), 4, p + 4 * x);
                break;
            case QVideoFrameFormat::Format_BGRX8888:
                std::copy_n(std::array<uchar, 4>{b, g, r, uchar(y)}.data(), 4, p + 4 * x);
                break;
            case QVideoFrameFormat::Format_YUYV: {
                const cv::Vec3d v = yuv(c);
                p[2 * x] = sat(v[0]);
                p[2 * x + 1] = sat(x % 2 ? v[2] : v[1]); // U on even pixels, V on odd ones
                break;
            }
            case QVideoFrameFormat::Format_NV12: {
                const cv::Vec3d v = yuv(c);
                p[x] = sat(v[0]);
                if (x % 2 == 0 && y % 2 == 0) {
                    uchar *uv = frame.bits(1) + (y / 2) * frame.bytesPerLine(1);
                    uv[x] = sat(v[1]);
                    uv[x + 1] = sat(v[2]);
                }
                break;
            }
            default:
                frame.unmap();
                return {};
            }
        }
    }
    frame.unmap();
    return frame;
}

// What the camera source did before: Qt's image, converted to 24-bit RGB, then swapped.
cv::Mat twoConversions(const QVideoFrame &frame)
{
    const QImage img = frame.toImage().convertToFormat(QImage::Format_RGB888);
    const cv::Mat rgb(img.height(), img.width(), CV_8UC3, const_cast<uchar *>(img.constBits()),
                      size_t(img.bytesPerLine()));
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    return bgr;
}
} // namespace

class TestCameraSource : public QObject
{
    Q_OBJECT

private slots:
    void toBgr_cameraFormats_sameAsTwoConversions_data();
    void toBgr_cameraFormats_sameAsTwoConversions();
    void toBgr_frameNotConvertible_empty();
    void reconnect_noCamera_toldAgainEachTime();
};

void TestCameraSource::toBgr_cameraFormats_sameAsTwoConversions_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("tolerance"); // from the card's colours: YUV rounds (seen: 4, 7)
    QTest::newRow("BGRA8888") << int(QVideoFrameFormat::Format_BGRA8888) << 0;
    QTest::newRow("RGBA8888") << int(QVideoFrameFormat::Format_RGBA8888) << 0;
    QTest::newRow("XRGB8888") << int(QVideoFrameFormat::Format_XRGB8888) << 0;
    QTest::newRow("BGRX8888") << int(QVideoFrameFormat::Format_BGRX8888) << 0;
    QTest::newRow("YUYV (UVC webcams)") << int(QVideoFrameFormat::Format_YUYV) << 10;
    QTest::newRow("NV12") << int(QVideoFrameFormat::Format_NV12) << 10;
}

void TestCameraSource::toBgr_cameraFormats_sameAsTwoConversions()
{
    QFETCH(int, format);
    QFETCH(int, tolerance);
    const QVideoFrame frame = makeFrame(QVideoFrameFormat::PixelFormat(format));
    QVERIFY(frame.isValid());
    const cv::Mat bgr = capture::CameraSource::toBgr(frame);
    QCOMPARE(bgr.type(), CV_8UC3);
    QCOMPARE(bgr.cols, kSize.width());
    QCOMPARE(bgr.rows, kSize.height());
    QVERIFY(bgr.isContinuous()); // pixels of its own, not a view into Qt's image

    // The same values as before, to the last bit.
    const cv::Mat before = twoConversions(frame);
    QCOMPARE(cv::norm(bgr, before, cv::NORM_INF), 0.0);

    // And the card's colours, in BGR order (away from the edges of the patches for YUV, whose
    // colour is shared by two or four pixels).
    double worst = 0;
    for (int y = 8; y < kSize.height(); y += 3)
        for (int x = 12; x < kSize.width(); x += 3)
            worst = std::max(
                worst, cv::norm(cv::Vec3d(bgr.at<cv::Vec3b>(y, x)) - cv::Vec3d(colourAt(x, y)),
                                cv::NORM_INF));
    QVERIFY2(worst <= tolerance, qPrintable(QString::number(worst)));
    const cv::Vec3b red = bgr.at<cv::Vec3b>(kSize.height() / 2, 3);
    QVERIFY2(red[2] > 200 && red[1] < 80 && red[0] < 80,
             qPrintable(QStringLiteral("%1 %2 %3").arg(red[0]).arg(red[1]).arg(red[2])));
}

void TestCameraSource::toBgr_frameNotConvertible_empty()
{
    QVERIFY(capture::CameraSource::toBgr(QVideoFrame()).empty());
}

// The capture screen starts a silent camera again every few seconds: with no camera there,
// each try says so (the USB cable), nothing is left half built, and no frame comes.
void TestCameraSource::reconnect_noCamera_toldAgainEachTime()
{
    if (!capture::listCameras().isEmpty())
        QSKIP("this machine has a camera");
    capture::CameraSource camera(QStringLiteral("/dev/video-unplugged"));
    QVERIFY(camera.isLive());
    QCOMPARE(camera.open().error().code, QStringLiteral("camera.none"));
    for (int i = 0; i < 3; ++i) {
        const Status s = camera.reconnect();
        QVERIFY(!s);
        QCOMPARE(s.error().code, QStringLiteral("camera.none"));
        QVERIFY(s.error().message.contains(QStringLiteral("USB")));
        QVERIFY(!camera.next());
    }
}

QTEST_MAIN(TestCameraSource)
#include "tst_camerasource.moc"
