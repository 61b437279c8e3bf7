#include "documentdetector.h"
#include "framesource.h"
#include "quadtracker.h"
#include "syntheticscene.h"

#include <QTemporaryDir>
#include <QTest>

#include <opencv2/videoio.hpp>

using namespace hd::capture;

// The live preview's tracking on a 1280x720 MJPG video at 30 fps on a wood desk: an ID card
// slides in from the left (15 px a frame), rests, is taken away, and is laid down elsewhere.
class TestQuadTracker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void video_cardSlidesAndRests_followedAsAccuratelyAsDetected();
    void video_cardTakenAway_trackLost_noDocument();
    void video_cardLaidDownElsewhere_foundAtOnceByDetection();

private:
    static constexpr int kSlide = 20, kRest = 12, kGone = 5, kElsewhere = 6;
    QTemporaryDir m_dir;
    std::vector<std::optional<Quad>> m_truth;
    std::vector<std::optional<Detection>> m_tracked;
    std::vector<bool> m_followed;
};

void TestQuadTracker::initTestCase()
{
    const QString path = m_dir.filePath(QStringLiteral("counter.avi"));
    const cv::Size size(1280, 720);
    const cv::Mat desk = renderBackground(SceneBackground::Wood, size, 31);
    cv::Size2d model;
    const cv::Mat card = renderDocumentTemplate(SceneDocument::IdCard, 31, &model);
    const Quad rest{cv::Point2d(500, 190), cv::Point2d(940, 210), cv::Point2d(925, 490),
                    cv::Point2d(490, 470)};
    const Quad elsewhere{cv::Point2d(150, 330), cv::Point2d(560, 300), cv::Point2d(580, 560),
                         cv::Point2d(170, 590)};
    cv::VideoWriter writer(path.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 30,
                           size);
    QVERIFY(writer.isOpened());
    for (int i = 0; i < kSlide + kRest + kGone + kElsewhere; ++i) {
        std::optional<Quad> q;
        if (i < kSlide + kRest) {
            q = rest;
            for (cv::Point2d &p : *q)
                p.x -= 15.0 * std::max(0, kSlide - i);
        } else if (i >= kSlide + kRest + kGone) {
            q = elsewhere;
        }
        cv::Mat frame = desk.clone();
        if (q)
            placeDocument(frame, card, *q);
        writer.write(frame);
        m_truth.push_back(q);
    }
    writer.release();

    VideoFileSource source(path);
    QVERIFY(source.open());
    const DocumentDetector detector;
    QuadTracker tracker(detector);
    while (std::optional<Frame> frame = source.next()) {
        m_tracked.push_back(tracker.next(frame->image, frame->timestampMs));
        m_followed.push_back(tracker.lastFollowed());
    }
    QCOMPARE(m_tracked.size(), m_truth.size());
}

void TestQuadTracker::video_cardSlidesAndRests_followedAsAccuratelyAsDetected()
{
    int followed = 0, followedWhileMoving = 0, run = 0, longestRun = 0;
    double worst = 0;
    for (int i = 0; i < kSlide + kRest; ++i) {
        QVERIFY2(m_tracked[size_t(i)], qPrintable(QStringLiteral("frame %1: lost").arg(i)));
        const double err = maxCornerError(m_tracked[size_t(i)]->quad, *m_truth[size_t(i)]);
        worst = std::max(worst, err);
        QVERIFY2(err < 3.0, qPrintable(QStringLiteral("frame %1: %2 px").arg(i).arg(err)));
        followed += m_followed[size_t(i)];
        followedWhileMoving += m_followed[size_t(i)] && i < kSlide;
        run = m_followed[size_t(i)] ? run + 1 : 0;
        longestRun = std::max(longestRun, run);
    }
    // Most frames followed, also while the card moves; the full detection still comes round
    // at least every TrackerOptions::detectEvery frames.
    QVERIFY2(followed >= (kSlide + kRest) / 2, qPrintable(QString::number(followed)));
    QVERIFY2(followedWhileMoving >= kSlide / 2, qPrintable(QString::number(followedWhileMoving)));
    QVERIFY(longestRun < TrackerOptions().detectEvery);
    qInfo("followed %d of %d frames (%d while moving), worst corner %.2f px", followed,
          kSlide + kRest, followedWhileMoving, worst);
}

void TestQuadTracker::video_cardTakenAway_trackLost_noDocument()
{
    for (int i = kSlide + kRest; i < kSlide + kRest + kGone; ++i) {
        QVERIFY2(!m_tracked[size_t(i)], qPrintable(QStringLiteral("frame %1").arg(i)));
        QVERIFY(!m_followed[size_t(i)]);
    }
}

void TestQuadTracker::video_cardLaidDownElsewhere_foundAtOnceByDetection()
{
    const size_t first = size_t(kSlide + kRest + kGone);
    QVERIFY(m_tracked[first]);
    QVERIFY(!m_followed[first]);
    for (size_t i = first; i < m_truth.size(); ++i) {
        QVERIFY(m_tracked[i]);
        QVERIFY2(maxCornerError(m_tracked[i]->quad, *m_truth[i]) < 3.0,
                 qPrintable(QString::number(maxCornerError(m_tracked[i]->quad, *m_truth[i]))));
    }
    QVERIFY(std::count(m_followed.begin() + std::ptrdiff_t(first), m_followed.end(), true) > 0);
}

QTEST_GUILESS_MAIN(TestQuadTracker)
#include "tst_quadtracker.moc"
