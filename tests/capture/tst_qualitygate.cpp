#include "qualitygate.h"
#include "syntheticscene.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace hd::capture;

class TestQualityGate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void assess_sharpCentredDocument_passes();
    void assess_blurred_saysBlurry();
    void assess_glareSpotOnText_saysGlare();
    void assess_cornerOutsideFrame_saysNotInFrame();
    void assess_farAwayDocument_saysTooSmall();
    void assess_quadJumped_saysMoving();
    void assessLive_blurredAndMoving_saysMovingOnly_stillSaysBlurry();
    void reasons_areChineseSentences();

private:
    bool has(const QualityReport &r, QualityIssue i) const
    {
        return std::find(r.issues.begin(), r.issues.end(), i) != r.issues.end();
    }
    cv::Mat m_frame;
    Quad m_quad;
};

void TestQualityGate::initTestCase()
{
    // An A4 page, flat on a counter, filling a good part of a 1280x720 frame.
    m_frame = renderBackground(SceneBackground::Counter, {1280, 720}, 5);
    cv::Size2d model;
    const cv::Mat page = renderDocumentTemplate(SceneDocument::A4Certificate, 5, &model);
    m_quad = {cv::Point2d(460, 60), cv::Point2d(880, 80), cv::Point2d(860, 660),
              cv::Point2d(440, 640)};
    placeDocument(m_frame, page, m_quad);
}

void TestQualityGate::assess_sharpCentredDocument_passes()
{
    const QualityReport r = QualityGate().assess(m_frame, m_quad, m_quad);
    QVERIFY2(r.ok(), qPrintable(r.reasons().join(QLatin1Char(' '))));
}

void TestQualityGate::assess_blurred_saysBlurry()
{
    cv::Mat blurred;
    cv::GaussianBlur(m_frame, blurred, cv::Size(0, 0), 3.0);
    const QualityReport r = QualityGate().assess(blurred, m_quad);
    QVERIFY(has(r, QualityIssue::Blurry));
    QVERIFY(!has(r, QualityIssue::Glare));
}

void TestQualityGate::assess_glareSpotOnText_saysGlare()
{
    cv::Mat glare = m_frame.clone();
    cv::Mat spot = cv::Mat::zeros(glare.size(), CV_8UC3);
    cv::circle(spot, {660, 330}, 60, cv::Scalar::all(255), cv::FILLED);
    cv::GaussianBlur(spot, spot, cv::Size(0, 0), 20);
    cv::add(glare, spot, glare);
    const QualityReport r = QualityGate().assess(glare, m_quad);
    QVERIFY(has(r, QualityIssue::Glare));
}

void TestQualityGate::assess_cornerOutsideFrame_saysNotInFrame()
{
    Quad cut = m_quad;
    for (cv::Point2d &p : cut)
        p.y -= 90; // the top corners leave the frame
    const QualityReport r = QualityGate().assess(m_frame, cut);
    QVERIFY(has(r, QualityIssue::OutOfFrame));
}

void TestQualityGate::assess_farAwayDocument_saysTooSmall()
{
    cv::Mat frame = renderBackground(SceneBackground::Counter, {1280, 720}, 6);
    cv::Size2d model;
    const cv::Mat card = renderDocumentTemplate(SceneDocument::IdCard, 6, &model);
    const Quad small{cv::Point2d(600, 330), cv::Point2d(760, 330), cv::Point2d(760, 431),
                     cv::Point2d(600, 431)};
    placeDocument(frame, card, small);
    const QualityReport r = QualityGate().assess(frame, small);
    QVERIFY(has(r, QualityIssue::TooSmall));
}

void TestQualityGate::assess_quadJumped_saysMoving()
{
    Quad before = m_quad;
    for (cv::Point2d &p : before)
        p.x -= 25;
    const QualityReport r = QualityGate().assess(m_frame, m_quad, before);
    QVERIFY(has(r, QualityIssue::Moving));
    QCOMPARE(r.issues.size(), size_t(1));
}

void TestQualityGate::assessLive_blurredAndMoving_saysMovingOnly_stillSaysBlurry()
{
    cv::Mat blurred;
    cv::GaussianBlur(m_frame, blurred, cv::Size(0, 0), 3.0);
    Quad before = m_quad;
    for (cv::Point2d &p : before)
        p.x -= 25;
    const QualityGate gate;
    // Moving: refused as moving, sharpness and glare left for when it holds still.
    const QualityReport moving = gate.assessLive(blurred, m_quad, before);
    QVERIFY(!moving.figures.imageMeasured);
    QVERIFY(has(moving, QualityIssue::Moving));
    QVERIFY(!has(moving, QualityIssue::Blurry));
    QVERIFY(!moving.ok());
    QCOMPARE(moving.figures.areaShare, gate.assess(blurred, m_quad, before).figures.areaShare);
    // Still: the full verdict, the same as assess().
    const QualityReport still = gate.assessLive(blurred, m_quad, m_quad);
    const QualityReport full = gate.assess(blurred, m_quad, m_quad);
    QVERIFY(still.figures.imageMeasured);
    QVERIFY(has(still, QualityIssue::Blurry));
    QCOMPARE(still.issues, full.issues);
    QCOMPARE(still.figures.sharpness, full.figures.sharpness);
    QVERIFY(gate.assessLive(m_frame, m_quad, m_quad).ok());
}

void TestQualityGate::reasons_areChineseSentences()
{
    for (QualityIssue i : {QualityIssue::Blurry, QualityIssue::Glare, QualityIssue::TooSmall,
                           QualityIssue::OutOfFrame, QualityIssue::Moving}) {
        const QString text = describe(i);
        QVERIFY(!text.isEmpty());
        QVERIFY(text.at(0).unicode() >= 0x4E00);
    }
}

QTEST_GUILESS_MAIN(TestQualityGate)
#include "tst_qualitygate.moc"
