#include "imagecompare.h"
#include "rectifier.h"
#include "syntheticscene.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace hd::capture;
using hd::testing::meanAbsDiff;

class TestRectifier : public QObject
{
    Q_OBJECT

private slots:
    void rectify_tiltedPage_matchesTemplate();
    void rectify_cardTurnedUpright_comesOutLandscapeAt300dpi();
    void rectify_enhance_whitensShadowedPaper();
    void rectify_degenerateQuad_refused();
    void rectify_documentPartlyOutOfTheFrame_thatPartFlatGrey();
    void parseDocumentType_names();
};

void TestRectifier::rectify_tiltedPage_matchesTemplate()
{
    cv::Mat frame = renderBackground(SceneBackground::Wood, {1920, 1080}, 11);
    cv::Size2d model;
    const cv::Mat page = renderDocumentTemplate(SceneDocument::A4Certificate, 11, &model);
    const Quad q{cv::Point2d(700, 90), cv::Point2d(1300, 140), cv::Point2d(1250, 1000),
                 cv::Point2d(640, 960)};
    placeDocument(frame, page, q);
    const hd::Result<cv::Mat> flat = rectify(frame, q, DocumentType::A4);
    QVERIFY(flat);
    QCOMPARE(flat->cols, 1654);
    QCOMPARE(flat->rows, 2339);
    cv::Mat expected;
    cv::resize(page, expected, flat->size(), 0, 0, cv::INTER_AREA);
    QVERIFY2(meanAbsDiff(*flat, expected) < 12,
             qPrintable(QString::number(meanAbsDiff(*flat, expected))));
}

void TestRectifier::rectify_cardTurnedUpright_comesOutLandscapeAt300dpi()
{
    cv::Mat frame = renderBackground(SceneBackground::Counter, {1280, 720}, 12);
    cv::Size2d model;
    const cv::Mat card = renderDocumentTemplate(SceneDocument::IdCard, 12, &model);
    // The card lies a quarter turn round: its top edge runs down the right of the quad.
    const Quad q{cv::Point2d(800, 100), cv::Point2d(800, 620), cv::Point2d(472, 620),
                 cv::Point2d(472, 100)};
    placeDocument(frame, card, q);
    const hd::Result<cv::Mat> flat = rectify(frame, q, DocumentType::IdCard);
    QVERIFY(flat);
    QCOMPARE(flat->cols, 1012);
    QCOMPARE(flat->rows, 638);
    cv::Mat expected, turned;
    cv::resize(card, expected, flat->size(), 0, 0, cv::INTER_AREA);
    cv::rotate(expected, turned, cv::ROTATE_180);
    // Which way up is not decided by geometry: either upright or upside down is right here.
    const double diff = std::min(meanAbsDiff(*flat, expected), meanAbsDiff(*flat, turned));
    QVERIFY2(diff < 15, qPrintable(QString::number(diff)));
}

void TestRectifier::rectify_enhance_whitensShadowedPaper()
{
    cv::Mat page(1400, 1000, CV_8UC3, cv::Scalar(235, 240, 240));
    cv::putText(page, "TEXT", {300, 700}, cv::FONT_HERSHEY_SIMPLEX, 5, cv::Scalar(20, 20, 20), 12);
    // A shadow falling across the right half.
    cv::Mat shade(page.size(), CV_32FC3, cv::Scalar::all(1.0));
    shade(cv::Rect(500, 0, 500, 1400)).setTo(cv::Scalar::all(0.6));
    cv::GaussianBlur(shade, shade, cv::Size(0, 0), 30);
    cv::Mat f;
    page.convertTo(f, CV_32FC3);
    f = f.mul(shade);
    f.convertTo(page, CV_8UC3);
    const Quad q{cv::Point2d(0, 0), cv::Point2d(999, 0), cv::Point2d(999, 1399),
                 cv::Point2d(0, 1399)};
    RectifyOptions options;
    options.enhance = true;
    const hd::Result<cv::Mat> plain = rectify(page, q, DocumentType::A4);
    const hd::Result<cv::Mat> clean = rectify(page, q, DocumentType::A4, options);
    QVERIFY(plain && clean);
    cv::Mat g;
    cv::cvtColor(*clean, g, cv::COLOR_BGR2GRAY);
    const cv::Rect shadowed(g.cols * 3 / 4, g.rows / 10, g.cols / 5, g.rows / 10);
    QVERIFY(cv::mean(g(shadowed))[0] > 235);
    cv::cvtColor(*plain, g, cv::COLOR_BGR2GRAY);
    QVERIFY(cv::mean(g(shadowed))[0] < 160);
}

void TestRectifier::rectify_degenerateQuad_refused()
{
    const cv::Mat img(100, 100, CV_8UC3, cv::Scalar::all(128));
    const Quad line{cv::Point2d(0, 0), cv::Point2d(50, 50), cv::Point2d(99, 99),
                    cv::Point2d(20, 20)};
    QVERIFY(!rectify(img, line, DocumentType::IdCard));
    QVERIFY(!rectify(cv::Mat(), line, DocumentType::IdCard));
}

// A document going on out of the frame: the part outside comes out one flat grey, not the
// frame's edge pixels smeared across it; the part inside is the frame's.
void TestRectifier::rectify_documentPartlyOutOfTheFrame_thatPartFlatGrey()
{
    cv::Mat img(300, 400, CV_8UC3);
    cv::randu(img, cv::Scalar::all(0), cv::Scalar::all(255));
    // The left third of the card is beyond the frame's left edge.
    const Quad card{cv::Point2d(-200, 0), cv::Point2d(399, 0), cv::Point2d(399, 299),
                    cv::Point2d(-200, 299)};
    const auto r = rectify(img, card, DocumentType::IdCard);
    QVERIFY(r);
    const cv::Mat &out = *r;
    const int edge = int(out.cols * 200.0 / 600.0); // where the frame's edge falls
    cv::Scalar mean, sd;
    cv::meanStdDev(out(cv::Rect(0, 0, edge - 12, out.rows)), mean, sd);
    for (int c = 0; c < 3; ++c) {
        QCOMPARE(mean[c], kUnseen[c]);
        QCOMPARE(sd[c], 0.0);
    }
    cv::meanStdDev(out(cv::Rect(edge + 4, 0, out.cols - edge - 4, out.rows)), mean, sd);
    QVERIFY2(sd[0] > 40, qPrintable(QString::number(sd[0]))); // the frame's noise, not grey
}

void TestRectifier::parseDocumentType_names()
{
    QCOMPARE(*parseDocumentType(QStringLiteral("id-card")), DocumentType::IdCard);
    QCOMPARE(*parseDocumentType(QStringLiteral("a4")), DocumentType::A4);
    QCOMPARE(*parseDocumentType(QStringLiteral("licence")), DocumentType::Licence);
    QVERIFY(!parseDocumentType(QStringLiteral("passport")));
    QCOMPARE(outputSize(DocumentType::Licence), cv::Size(3307, 2339));
}

QTEST_GUILESS_MAIN(TestRectifier)
#include "tst_rectifier.moc"
