#include "autocapture.h"
#include "documentdetector.h"
#include "framesource.h"
#include "qualitygate.h"
#include "syntheticscene.h"

#include <QTemporaryDir>
#include <QTest>

#include <opencv2/videoio.hpp>

using namespace hd::capture;

class TestAutoCapture : public QObject
{
    Q_OBJECT

private slots:
    void video_documentSlidesInAndHolds_capturesExactlyOnce();
    void update_documentTakenAwayAndBack_capturesAgain();
    void update_neverStill_neverCaptures();
    void update_oneMissedFrame_noSecondCapture_twoSlowOnes_captureAgain();
};

void TestAutoCapture::video_documentSlidesInAndHolds_capturesExactlyOnce()
{
    // A 1280x720 MJPG video at 10 fps: an ID card slides in from the left over 1.2 s, then
    // lies still for 2.5 s.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("counter.avi"));
    const cv::Size size(1280, 720);
    const cv::Mat desk = renderBackground(SceneBackground::Counter, size, 21);
    cv::Size2d model;
    const cv::Mat card = renderDocumentTemplate(SceneDocument::IdCard, 21, &model);
    const Quad rest{cv::Point2d(420, 190), cv::Point2d(900, 205), cv::Point2d(890, 510),
                    cv::Point2d(410, 495)};
    cv::VideoWriter writer(path.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 10,
                           size);
    QVERIFY(writer.isOpened());
    const int slideFrames = 12, holdFrames = 25;
    for (int i = 0; i < slideFrames + holdFrames; ++i) {
        const double shift = i < slideFrames ? -900.0 * (slideFrames - i) / slideFrames : 0.0;
        Quad q = rest;
        for (cv::Point2d &p : q)
            p.x += shift;
        cv::Mat frame = desk.clone();
        placeDocument(frame, card, q);
        writer.write(frame);
    }
    writer.release();

    VideoFileSource source(path);
    QVERIFY(source.open());
    const DocumentDetector detector;
    const QualityGate gate;
    AutoCapture autoCapture;
    std::optional<Quad> previous;
    std::vector<qint64> captures;
    std::optional<Quad> captured;
    int frames = 0;
    while (std::optional<Frame> frame = source.next()) {
        ++frames;
        const std::optional<Detection> d = detector.detect(frame->image);
        std::optional<Quad> quad;
        bool good = false;
        if (d) {
            quad = d->quad;
            good = gate.assess(frame->image, d->quad, previous).ok();
        }
        if (autoCapture.update(frame->timestampMs, frame->image.size(), quad, good)) {
            captures.push_back(frame->timestampMs);
            captured = quad;
        }
        previous = quad;
    }
    QCOMPARE(frames, slideFrames + holdFrames);
    QCOMPARE(captures.size(), size_t(1));
    // Not before the card has come to rest and been held for the hold time.
    QVERIFY(captures.front() >= slideFrames * 100 + 600 - 100);
    QVERIFY(captured);
    QVERIFY2(maxCornerError(*captured, rest) < 4.0,
             qPrintable(QString::number(maxCornerError(*captured, rest))));
}

void TestAutoCapture::update_documentTakenAwayAndBack_capturesAgain()
{
    AutoCapture ac;
    const cv::Size size(1280, 720);
    const Quad q{cv::Point2d(400, 200), cv::Point2d(900, 200), cv::Point2d(900, 500),
                 cv::Point2d(400, 500)};
    int captures = 0;
    qint64 t = 0;
    for (int i = 0; i < 20; ++i, t += 100)
        captures += ac.update(t, size, q, true);
    QCOMPARE(captures, 1);
    for (int i = 0; i < 5; ++i, t += 100)
        captures += ac.update(t, size, std::nullopt, false);
    for (int i = 0; i < 20; ++i, t += 100)
        captures += ac.update(t, size, q, true);
    QCOMPARE(captures, 2);
}

void TestAutoCapture::update_neverStill_neverCaptures()
{
    AutoCapture ac;
    const cv::Size size(1280, 720);
    int captures = 0;
    for (int i = 0; i < 50; ++i) {
        const double x = 300 + 15 * i;
        const Quad q{cv::Point2d(x, 200), cv::Point2d(x + 400, 200), cv::Point2d(x + 400, 500),
                     cv::Point2d(x, 500)};
        captures += ac.update(i * 40, size, q, true);
    }
    QCOMPARE(captures, 0);
    // Good and still, but the gates say no (blurred, glare): no capture either.
    const Quad q{cv::Point2d(400, 200), cv::Point2d(900, 200), cv::Point2d(900, 500),
                 cv::Point2d(400, 500)};
    for (int i = 0; i < 50; ++i)
        captures += ac.update(3000 + i * 40, size, q, false);
    QCOMPARE(captures, 0);
}

void TestAutoCapture::update_oneMissedFrame_noSecondCapture_twoSlowOnes_captureAgain()
{
    AutoCapture ac;
    const cv::Size size(1280, 720);
    const Quad q{cv::Point2d(400, 200), cv::Point2d(900, 200), cv::Point2d(900, 500),
                 cv::Point2d(400, 500)};
    int captures = 0;
    qint64 t = 0;
    for (int i = 0; i < 20; ++i, t += 100)
        captures += ac.update(t, size, q, true);
    QCOMPARE(captures, 1);
    // The detector misses the card held still on one frame: not a new document.
    captures += ac.update(t, size, std::nullopt, false);
    t += 100;
    for (int i = 0; i < 20; ++i, t += 100)
        captures += ac.update(t, size, q, true);
    QCOMPARE(captures, 1);
    // A slow machine sees the desk empty on two frames 300 ms apart: the card was taken away.
    captures += ac.update(t, size, std::nullopt, false);
    captures += ac.update(t + 300, size, std::nullopt, false);
    t += 600;
    for (int i = 0; i < 20; ++i, t += 300)
        captures += ac.update(t, size, q, true);
    QCOMPARE(captures, 2);
}

QTEST_GUILESS_MAIN(TestAutoCapture)
#include "tst_autocapture.moc"
