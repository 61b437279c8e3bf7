#include "cornerrefiner.h"
#include "detector/prepare.h"
#include "detector/search.h"
#include "documentdetector.h"
#include "documentsegmenter.h"
#include "outlinerefiner.h"
#include "outlineverifier.h"
#include "qualitygate.h"
#include "syntheticscene.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <future>
#include <limits>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <set>
#include <thread>

using namespace hd::capture;

class TestDocumentDetector : public QObject
{
    Q_OBJECT

private slots:
    void detect_realFrame_withinBound_data();
    void detect_realFrame_withinBound();
    void detect_realFrameResizedCroppedOrTurned_sameCorners_data();
    void detect_realFrameResizedCroppedOrTurned_sameCorners();
    void candidates_tiltedPage_proportionsOfA4_data();
    void candidates_tiltedPage_proportionsOfA4();
    void detect_syntheticScene_findsCorners_data();
    void detect_syntheticScene_findsCorners();
    void detect_rankWeightsGiven_rankedByThem();
    void detect_documentGoingOutOfTheFrame_outlinedAndToldSo_data();
    void detect_documentGoingOutOfTheFrame_outlinedAndToldSo();
    void detect_sideSweep_pageOnWhiteSheets_findsThePage_data();
    void detect_sideSweep_pageOnWhiteSheets_findsThePage();
    void detect_sideOnPrintedFrame_movedOutToTheEdge_data();
    void detect_sideOnPrintedFrame_movedOutToTheEdge();
    void detect_printedFrameOnPatternedDesk_edgeFromMeanProfiles_data();
    void detect_printedFrameOnPatternedDesk_edgeFromMeanProfiles();
    void detect_patternedDesk_fullResolutionRefitKeepsToThePaper_data();
    void detect_patternedDesk_fullResolutionRefitKeepsToThePaper();
    void detect_likelierOutlineNearlyClear_takenOverAClearOne_data();
    void detect_likelierOutlineNearlyClear_takenOverAClearOne();
    void detect_partCutOffByAShadowsEdge_wholeDocumentTaken_data();
    void detect_partCutOffByAShadowsEdge_wholeDocumentTaken();
    void detect_litAndShadedPartsOnly_joinedAndTaken_data();
    void detect_litAndShadedPartsOnly_joinedAndTaken();
    void detect_shadedPartRunningOn_joinedAlongTheSharedSide_data();
    void detect_shadedPartRunningOn_joinedAlongTheSharedSide();
    void sideJoin_partsOnOneLine_farSideTakenOnlyForOneMaterial();
    void detect_nothingTakenAtFirst_closerLookFindsIt_data();
    void detect_nothingTakenAtFirst_closerLookFindsIt();
    void detect_realPageOnSheets_closerLookFindsIt_data();
    void detect_realPageOnSheets_closerLookFindsIt();
    void detect_emptyDeskTheNetworkBarelySees_noCloserLook_data();
    void detect_emptyDeskTheNetworkBarelySees_noCloserLook();
    void detect_deskPatternBesideTheEdge_sideStays_data();
    void detect_deskPatternBesideTheEdge_sideStays();
    void detect_documentOnPatternedDesk_smoothRegionOutlined_data();
    void detect_documentOnPatternedDesk_smoothRegionOutlined();
    void detect_plainDesk_noSmoothRegionOutlines_data();
    void detect_plainDesk_noSmoothRegionOutlines();
    void detect_smearedEdges_sidesInTheMiddle_data();
    void detect_smearedEdges_sidesInTheMiddle();
    void detect_sharpEdges_notMovedAsSmeared_data();
    void detect_sharpEdges_notMovedAsSmeared();
    void detect_shadowEdgeAcrossTheDocument_notASide_data();
    void detect_shadowEdgeAcrossTheDocument_notASide();
    void detect_cableAcrossPageOnSheets_pageCompleted_data();
    void detect_cableAcrossPageOnSheets_pageCompleted();
    void detect_lineAlongASideNotAcrossThePage_sideStays_data();
    void detect_lineAlongASideNotAcrossThePage_sideStays();
    void detect_sideSweep_rowsOfTextInside_sideNotMovedOntoThem();
    void detect_sideSweep_emptyClutterDesk_saysNoDocument_data();
    void detect_sideSweep_emptyClutterDesk_saysNoDocument();
    void detect_emptyDeskUnlikelyToTheNetwork_noFallbackOutline_data();
    void detect_emptyDeskUnlikelyToTheNetwork_noFallbackOutline();
    void detect_outlineTheNetworkSeesNothingIn_notTaken_data();
    void detect_outlineTheNetworkSeesNothingIn_notTaken();
    void detect_bareDesk_saysNoDocument_data();
    void detect_bareDesk_saysNoDocument();
    void detect_garbageFrames_noCrash();
    void outlines_twoPages_takenFirstThenTheOther();
    void segmenter_builtInModel_marksTheDocument();
    void segmenter_inputFor_halvedOrWholePadded_data();
    void segmenter_inputFor_halvedOrWholePadded();
    void verifier_patchesFor_outlineOnTheInnerSquare();
    void verifier_inputFor_standardisedLikeTheTraining();
    void verifier_builtInModel_prefersTheDocumentsOwnOutline_data();
    void verifier_builtInModel_prefersTheDocumentsOwnOutline();
    void detect_verifierUnreadable_rankedWithoutIt();
    void refiner_builtInModel_movesOutlinesOntoTheDocument_data();
    void refiner_builtInModel_movesOutlinesOntoTheDocument();
    void detect_refinerUnreadable_detectedWithoutIt();
    void corners_patchFor_cornerAtTheCentreSidesAlongTheAxes();
    void corners_builtInModel_movesCornersOntoTheDocument_data();
    void corners_builtInModel_movesCornersOntoTheDocument();
    void detect_cornerNetworksOutlineLikelier_taken_data();
    void detect_cornerNetworksOutlineLikelier_taken();
    void detect_cornerModelUnreadable_detectedWithoutIt();
    void detect_outlineNotOnTheEdge_refinersOutlineTaken_data();
    void detect_outlineNotOnTheEdge_refinersOutlineTaken();
    void detect_refinersOutline_refittedToTheNearestStep_data();
    void detect_refinersOutline_refittedToTheNearestStep();
    void detect_refinersOutlineDoubtedLess_takenAboveTheFloor_data();
    void detect_refinersOutlineDoubtedLess_takenAboveTheFloor();
    void detect_doubtedOutline_secondLookInsideTakesTheDocument_data();
    void detect_doubtedOutline_secondLookInsideTakesTheDocument();
    void detect_doubtedOrNothingTaken_formNetworksLookTakesTheDocument_data();
    void detect_doubtedOrNothingTaken_formNetworksLookTakesTheDocument();
    void detect_documentOnlyOneFormNetworkSees_takenWithAllThree_data();
    void detect_documentOnlyOneFormNetworkSees_takenWithAllThree();
    void detect_sheetUnderTheCard_outlineNetworkPicksTheCard_data();
    void detect_sheetUnderTheCard_outlineNetworkPicksTheCard();
    void detect_cardOnFormGoingOutOfFrame_cardTaken_data();
    void detect_cardOnFormGoingOutOfFrame_cardTaken();
    void detect_emptyDeskOutlineNetworkRejects_noDocument_data();
    void detect_emptyDeskOutlineNetworkRejects_noDocument();
    void detect_pickTheOutlineNetworkDoubts_otherDocumentTaken_data();
    void detect_pickTheOutlineNetworkDoubts_otherDocumentTaken();
    void detect_partOfThePickTheOutlineNetworkDoubts_notTakenForAnotherObject_data();
    void detect_partOfThePickTheOutlineNetworkDoubts_notTakenForAnotherObject();
    void detect_cardAmongLongerLines_outlinedFromMoreLines_data();
    void detect_cardAmongLongerLines_outlinedFromMoreLines();
    void detect_cardOnAPrintedPage_outlinedFromRegionsUnlikeThePaper_data();
    void detect_cardOnAPrintedPage_outlinedFromRegionsUnlikeThePaper();
    void detect_faintCardEdge_outlinedFromFainterEdges_data();
    void detect_faintCardEdge_outlinedFromFainterEdges();
    void detect_pickTheOutlineNetworkRejects_cardTakenInstead_data();
    void detect_pickTheOutlineNetworkRejects_cardTakenInstead();
    void detect_rankingWithTheLogit_takesTheDocumentItself_data();
    void detect_rankingWithTheLogit_takesTheDocumentItself();
    void detect_outlineNetworkFineTuned_takesTheDocument_data();
    void detect_outlineNetworkFineTuned_takesTheDocument();
    void detect_likelierOutlineVouchedFor_takesTheCard_data();
    void detect_likelierOutlineVouchedFor_takesTheCard();
    void detect_likelierOutlineWeakerEdges_takenOnlyWhenMuchLikelier_data();
    void detect_likelierOutlineWeakerEdges_takenOnlyWhenMuchLikelier();
    void detect_outlineUnlikelyToAllThree_noDocument_data();
    void detect_outlineUnlikelyToAllThree_noDocument();
    void detect_cardTheSegmenterMissed_outlineNetworkVouchesForIt();
    void detect_nothingTaken_outlineNetworkVouchesForTheCard();
    void detect_nothingTaken_likelyToRankingAndOutlineNetwork_cardTaken();
    void detect_cardBesidePageGoingOutOfFrame_cardTaken();
    void detect_nothingTaken_ninthOutlineVouchedFor_cardTaken();
    void detect_cardOnPageWhiteDesk_outlinedFromEdgesFainterStill();
    void detect_segmenterUnreadable_edgesAloneAndWarned_data();
    void detect_segmenterUnreadable_edgesAloneAndWarned();
    void smartDocJaccard_shiftedSquare_matchesReference();
    void renderScene_sameSpec_sameImageWhateverCameBefore();
    void renderScene_pinhole_outlineIsAPhotographedRectangle();
    void renderScene_form_cardOnAPageMuchLargerThanIt();
    void standardSceneSet_formScenesLast_earlierScenesKeepTheirSeeds();
    void placeDocument_edgeBetweenPaperAndDesk_noDarkRim_data();
    void placeDocument_edgeBetweenPaperAndDesk_noDarkRim();
    void warmUp_onAFreshThread_sameCornersAsWithout();
    void detect_fromSeveralThreadsAtOnce_sameAsOneAfterAnother();
    void helperThread_jobsInTurnOnItsOwnThread_resultOrErrorReturned();
    void lineQuads_takenInAnyOrder_bestCoveredFirst();
    void onBothThreads_eachJobOnceOnEitherThread_errorThrownAfterAllDone();
};

namespace {
const QString dataDir = QStringLiteral(HALLDESK_SHARED_DIR "/data/capture");

const QString smartDocImages = dataDir + QStringLiteral("/smartdoc15_ch1_subset18/images/");

// SmartDoc's labelled frames: gt.csv's rows; none when shared/data/capture is not there.
QList<QStringList> smartDocFrames()
{
    QList<QStringList> rows;
    QFile gt(dataDir + QStringLiteral("/smartdoc15_ch1_subset18/gt.csv"));
    if (!gt.open(QIODevice::ReadOnly))
        return rows;
    QTextStream in(&gt);
    in.readLine();
    while (!in.atEnd()) {
        const QStringList cells = in.readLine().split(QLatin1Char(','));
        if (cells.size() == 9)
            rows.append(cells);
    }
    return rows;
}

// Those on backgrounds 01 and 03, the pages the detector outlines right (JI 0.99).
QList<QStringList> outlinedSmartDocFrames()
{
    QList<QStringList> rows = smartDocFrames();
    rows.removeIf([](const QStringList &cells) {
        return cells[0].startsWith(QLatin1String("background05"));
    });
    return rows;
}

Quad quadFromCsv(const QStringList &cells)
{
    Quad q;
    for (int k = 0; k < 4; ++k)
        q[size_t(k)] = cv::Point2d(cells[1 + 2 * k].toDouble(), cells[2 + 2 * k].toDouble());
    return q;
}
} // namespace

void TestDocumentDetector::detect_realFrame_withinBound_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("truth");
    QTest::addColumn<double>("modelW");
    QTest::addColumn<double>("modelH");
    QTest::addColumn<double>("minJi");
    for (const char *set : {"smartdoc15_ch1_subset18", "midv500_tur_id_sample1"}) {
        const QString dir = dataDir + QLatin1Char('/') + QLatin1String(set);
        QFile gt(dir + QStringLiteral("/gt.csv"));
        if (!gt.open(QIODevice::ReadOnly))
            QSKIP("shared/data/capture is not there");
        QTextStream in(&gt);
        in.readLine();
        const bool id = QLatin1String(set).startsWith(QLatin1String("midv"));
        while (!in.atEnd()) {
            const QStringList cells = in.readLine().split(QLatin1Char(','));
            if (cells.size() != 9)
                continue;
            // Background 05 (white pages stacked on a white, cluttered desk, a cable across)
            // is not solved. The letter's page is outlined down to the cable and completed to
            // A4 beyond it (0.87; 0.59 without the completion: the bound guards it); the
            // magazine's page from the fainter edges (0.85; 0.52 without them); the
            // datasheet's upper part, down to the cable, not completed (0.50; it was
            // completed, 0.79, before the fainter edges gave an outline of the part with
            // clearer edges); the tax form and the patent, nothing at 512 px, are outlined by
            // the closer looks (0.97 at 768, 0.77 at 1024: DetectorOptions::closerLookSizes);
            // the paper, the magazine beside it clearly outlined, gets the page's upper
            // part, down to the cable: its edges are weaker than the magazine's, but the
            // ranking finds it 3.3 times likelier (0.70; 0, the magazine, without the
            // likelier rule's lower floor, DetectorOptions::likelierWeakScore).
            double bound = 0.965;
            if (cells[0].startsWith(QLatin1String("background05"))) {
                if (cells[0].contains(QLatin1String("letter")))
                    bound = 0.75;
                else if (cells[0].contains(QLatin1String("magazine")))
                    bound = 0.8;
                else if (cells[0].contains(QLatin1String("datasheet")))
                    bound = 0.45;
                else if (cells[0].contains(QLatin1String("tax")))
                    bound = 0.95;
                else if (cells[0].contains(QLatin1String("patent")))
                    bound = 0.7;
                else
                    bound = 0.65;
            }
            QTest::newRow(qPrintable(cells[0]))
                << dir + QStringLiteral("/images/") + cells[0] << cells << (id ? 856.0 : 2100.0)
                << (id ? 540.0 : 2970.0) << bound;
        }
    }
}

void TestDocumentDetector::detect_realFrame_withinBound()
{
    QFETCH(QString, path);
    QFETCH(QStringList, truth);
    QFETCH(double, modelW);
    QFETCH(double, modelH);
    QFETCH(double, minJi);
    const cv::Mat img = cv::imread(path.toStdString());
    QVERIFY(!img.empty());
    const std::optional<Detection> d = DocumentDetector().detect(img);
    const double ji = d ? smartDocJaccard(d->quad, quadFromCsv(truth), modelW, modelH) : 0.0;
    QVERIFY2(ji >= minJi, qPrintable(QStringLiteral("JI %1 < %2").arg(ji).arg(minJi)));
}

void TestDocumentDetector::detect_realFrameResizedCroppedOrTurned_sameCorners_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("truth");
    QTest::addColumn<QString>("variant");
    const QList<QStringList> frames = outlinedSmartDocFrames();
    if (frames.isEmpty())
        QSKIP("shared/data/capture is not there");
    for (const QStringList &cells : frames)
        for (const char *variant : {"1280x720", "960x540", "640x360", "portrait", "4:3"})
            QTest::newRow(qPrintable(cells[0] + QLatin1Char(' ') + QLatin1String(variant)))
                << smartDocImages + cells[0] << cells << QString::fromLatin1(variant);
}

// The same page found in the frame at the live preview's size and smaller (a webcam's
// 640x360), in a phone held upright (the frame turned 90°) and in a 4:3 camera's frame
// (cropped): nothing in the detector assumes a 1920x1080 landscape frame (backgrounds 01 and
// 03: mean JI 0.99 as they are and over the variants; the lowest 0.957, background03's
// magazine turned upright, one side of the outline on the print a little inside the page's
// edge, which the ranking puts first there by a hair (confidence 0.75 against 0.71); the next
// lowest 0.985). With the working image's scale taken from a 1920-pixel frame whatever the
// frame, the 960x540 variant of background03's datasheet gets "no document".
void TestDocumentDetector::detect_realFrameResizedCroppedOrTurned_sameCorners()
{
    QFETCH(QString, path);
    QFETCH(QStringList, truth);
    QFETCH(QString, variant);
    const cv::Mat frame = cv::imread(path.toStdString());
    QVERIFY(!frame.empty());
    Quad page = quadFromCsv(truth);
    double modelW = 2100, modelH = 2970;
    cv::Mat img;
    if (variant == QLatin1String("portrait")) {
        cv::rotate(frame, img, cv::ROTATE_90_CLOCKWISE);
        Quad turned;
        for (size_t i = 0; i < 4; ++i) // (x, y) -> (rows - 1 - y, x); BL becomes TL
            turned[(i + 1) % 4] = cv::Point2d(frame.rows - 1 - page[i].y, page[i].x);
        page = turned;
        std::swap(modelW, modelH);
    } else if (variant == QLatin1String("4:3")) {
        const int w = frame.rows * 4 / 3;
        const double centre = (page[0].x + page[1].x + page[2].x + page[3].x) / 4;
        const int x0 = std::clamp(int(centre) - w / 2, 0, frame.cols - w);
        img = frame(cv::Rect(x0, 0, w, frame.rows)).clone();
        for (cv::Point2d &q : page)
            q.x -= x0;
    } else {
        const int w = variant.section(QLatin1Char('x'), 0, 0).toInt();
        const double f = double(w) / frame.cols;
        cv::resize(frame, img, cv::Size(w, int(std::lround(frame.rows * f))), 0, 0, cv::INTER_AREA);
        page = scaled(page, f);
    }
    const std::optional<Detection> d = DocumentDetector().detect(img);
    QVERIFY2(d, "no document");
    const double ji = smartDocJaccard(d->quad, page, modelW, modelH);
    QVERIFY2(ji >= 0.95, qPrintable(QStringLiteral("JI %1").arg(ji)));
}

void TestDocumentDetector::candidates_tiltedPage_proportionsOfA4_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("truth");
    // The pages photographed at an angle (their side lengths up to 23 % off A4's proportions).
    const QList<QStringList> frames = outlinedSmartDocFrames();
    if (frames.isEmpty())
        QSKIP("shared/data/capture is not there");
    for (const QStringList &cells : frames)
        QTest::newRow(qPrintable(cells[0])) << smartDocImages + cells[0] << cells;
}

// The ranking's proportions figure sees the page's outline through the camera: an A4 page
// however it is tilted (by its side lengths alone, 0.07-0.26 on these frames).
void TestDocumentDetector::candidates_tiltedPage_proportionsOfA4()
{
    QFETCH(QString, path);
    QFETCH(QStringList, truth);
    const cv::Mat img = cv::imread(path.toStdString());
    QVERIFY(!img.empty());
    const Quad page = quadFromCsv(truth);
    double bestJi = 0, figure = 1;
    for (const DetectorCandidate &c : DocumentDetector().candidates(img)) {
        const double ji = smartDocJaccard(c.quad, page, 2100, 2970);
        if (ji > bestJi) {
            bestJi = ji;
            figure = c.features.at(kProportionsFeature);
        }
    }
    QVERIFY2(bestJi >= 0.95, qPrintable(QString::number(bestJi)));
    QVERIFY2(figure < 0.04, qPrintable(QString::number(figure)));
}

namespace {
// Data columns for a synthetic scene (SceneSpec's document, background, condition and seed).
void addSceneColumns()
{
    QTest::addColumn<int>("document");
    QTest::addColumn<int>("background");
    QTest::addColumn<int>("condition");
    QTest::addColumn<quint64>("seed");
}

// `o` without the two looks an image file gets after its search (the second look inside a
// doubted outline, the look where the form network sees the document): a check's control,
// where either would take the document the rule checked stands for.
DetectorOptions withoutTheLooks(DetectorOptions o = {})
{
    o.innerLookBelowLogit = -std::numeric_limits<double>::infinity();
    o.formSegmenterModels.clear();
    return o;
}

// `o` without the corner network (DetectorOptions::cornerModel), the last step for an image
// file: a check's two sides, where the corner network would polish the control's corners as
// well and the rule the check stands for is what it checks.
DetectorOptions withoutTheCornerNetwork(DetectorOptions o = {})
{
    o.cornerModel.clear();
    return o;
}

// A file at `path` that no network reader can read (a model file gone bad).
bool writeNotANetwork(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write("not a network") > 0;
}

// `image` detected with the model option `model` pointing at `path`, a file no reader can
// read (`warning` logged once): the same outline as with no such model, and another than with
// the built-in one (so the image is one the model has a say on).
void verifyUnreadableModelLikeNone(const cv::Mat &image, QString DetectorOptions::*model,
                                   const QString &path, const char *warning)
{
    QVERIFY(writeNotANetwork(path));
    DetectorOptions broken, none;
    broken.*model = path;
    (none.*model).clear();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QString::fromUtf8(warning)));
    const std::optional<Detection> a = DocumentDetector(broken).detect(image);
    const std::optional<Detection> b = DocumentDetector(none).detect(image);
    const std::optional<Detection> c = DocumentDetector().detect(image);
    QVERIFY(a && b && c);
    QCOMPARE(maxCornerError(a->quad, b->quad), 0.0);
    QVERIFY(maxCornerError(b->quad, c->quad) > 5.0);
}

// Three of the outline network's test scenes, none of them in any network's training data:
// a licence on the office desk, an A4 certificate on wood in a shadow, an ID card on cloth
// under a glare spot (addSceneColumns()'s columns).
void addUnseenTestScenes()
{
    addSceneColumns();
    QTest::newRow("licence, office desk")
        << int(SceneDocument::Licence) << int(SceneBackground::Office) << int(SceneCondition::Clean)
        << quint64(900031);
    QTest::newRow("A4 certificate, wood")
        << int(SceneDocument::A4Certificate) << int(SceneBackground::Wood)
        << int(SceneCondition::Shadow) << quint64(900033);
    QTest::newRow("ID card, cloth") << int(SceneDocument::IdCard) << int(SceneBackground::Cloth)
                                    << int(SceneCondition::Glare) << quint64(900034);
}

// The scene of the current data row (addSceneColumns()).
Scene sceneOfRow()
{
    QFETCH(int, document);
    QFETCH(int, background);
    QFETCH(int, condition);
    QFETCH(quint64, seed);
    SceneSpec spec;
    spec.seed = seed;
    spec.document = SceneDocument(document);
    spec.background = SceneBackground(background);
    spec.condition = SceneCondition(condition);
    return renderScene(spec);
}

// The scene's truth in the detector's working image's pixels (a working size of 512).
Quad truthOnWorking(const Scene &scene)
{
    double scale = 1;
    detectorWorkingImage(scene.image, 512, &scale);
    return scaled(*scene.truth, scale);
}

cv::Point2d quadCentre(const Quad &q)
{
    return (q[0] + q[1] + q[2] + q[3]) / 4.0;
}

// `q` grown (or shrunk) by `f` about its centre.
Quad grown(const Quad &q, double f)
{
    const cv::Point2d centre = quadCentre(q);
    Quad out;
    for (size_t i = 0; i < 4; ++i)
        out[i] = centre + (q[i] - centre) * f;
    return out;
}

} // namespace

void TestDocumentDetector::detect_syntheticScene_findsCorners_data()
{
    addSceneColumns();
    QTest::addColumn<double>("minJi");
    // Seeds outside the evaluation set's range, one scene per kind of difficulty; the bound
    // is 0.95 on a clean scene, 0.90 under a hard condition (about 93 % of such scenes reach
    // it in capture_eval).
    QTest::newRow("id-card counter clean") << 0 << 0 << 0 << quint64(900001) << 0.95;
    QTest::newRow("a4 counter clean") << 1 << 0 << 0 << quint64(900002) << 0.95;
    QTest::newRow("licence counter clean") << 2 << 0 << 0 << quint64(900003) << 0.95;
    QTest::newRow("id-card wood clean") << 0 << 1 << 0 << quint64(900004) << 0.95;
    QTest::newRow("a4 wood uneven light") << 1 << 1 << 2 << quint64(900005) << 0.90;
    QTest::newRow("id-card counter glare") << 0 << 0 << 3 << quint64(900006) << 0.90;
    QTest::newRow("a4 counter thumb") << 1 << 0 << 4 << quint64(900007) << 0.90;
    QTest::newRow("licence counter blur") << 2 << 0 << 1 << quint64(900008) << 0.90;
    // The harder backgrounds and conditions (cloth, dark desk, papers; strong perspective,
    // shadow, low light, the document camera's small top-down view).
    QTest::newRow("id-card cloth clean") << 0 << 3 << 0 << quint64(900009) << 0.90;
    QTest::newRow("a4 dark-desk low light") << 1 << 4 << 8 << quint64(900010) << 0.90;
    QTest::newRow("licence papers clean") << 2 << 5 << 0 << quint64(900011) << 0.90;
    QTest::newRow("a4 wood perspective") << 1 << 1 << 6 << quint64(900012) << 0.90;
    QTest::newRow("licence counter shadow") << 2 << 0 << 7 << quint64(900013) << 0.90;
    QTest::newRow("id-card counter small top-down") << 0 << 0 << 9 << quint64(900014) << 0.90;
}

void TestDocumentDetector::detect_syntheticScene_findsCorners()
{
    QFETCH(double, minJi);
    const Scene scene = sceneOfRow();
    QVERIFY(scene.truth);
    const std::optional<Detection> d = DocumentDetector().detect(scene.image);
    QVERIFY2(d, "no document found");
    const double ji = smartDocJaccard(d->quad, *scene.truth, scene.modelWidth, scene.modelHeight);
    QVERIFY2(ji >= minJi, qPrintable(QStringLiteral("JI %1").arg(ji)));
}

// DetectorOptions::rankWeights replaces the ranking with the network's figures (a refit tried
// without building): every outline gets the chance those weights give it, and the built-in
// ranking stays when the count is not the ranking's.
void TestDocumentDetector::detect_rankWeightsGiven_rankedByThem()
{
    SceneSpec spec;
    spec.seed = 900002;
    spec.document = SceneDocument::A4Certificate;
    const Scene scene = renderScene(spec);
    QVERIFY(DocumentDetector().detect(scene.image));

    DetectorOptions flat = withoutTheLooks();
    flat.rankWeights.assign(kRankingWeightCount, 0.0);
    flat.rankWeights.back() = -10.0; // every outline: 1 / (1 + e^10), below minNetworkConfidence
    flat.closerLookSizes.clear();    // one search (a closer one may take what a rule vouches for)
    const std::vector<DetectorCandidate> ranked = DocumentDetector(flat).candidates(scene.image);
    QVERIFY(!ranked.empty());
    for (const DetectorCandidate &c : ranked)
        QCOMPARE(c.confidence, 1.0 / (1.0 + std::exp(10.0)));
    QVERIFY(!DocumentDetector(flat).detect(scene.image));

    DetectorOptions wrongCount;
    wrongCount.rankWeights.assign(kRankingWeightCount - 1, 0.0);
    QVERIFY(DocumentDetector(wrongCount).detect(scene.image));
}

void TestDocumentDetector::detect_documentGoingOutOfTheFrame_outlinedAndToldSo_data()
{
    QTest::addColumn<int>("document");
    QTest::addColumn<int>("background");
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<double>("minJi");
    // Scenes whose document's left quarter (of its width in the frame) is cut off by a 4:3
    // frame's edge; without DetectorOptions::outOfFrameSides: JI 0.80, "no document", 0.83.
    QTest::newRow("a4 wood") << 1 << 1 << quint64(900101) << 0.95;
    QTest::newRow("a4 wood 2") << 1 << 1 << quint64(900111) << 0.95;
    // The licence's part out of view is where its sides and proportions lead: 0.97 with the
    // ranking without the outline network's logit, 0.88 with it (another outline of the part in
    // view).
    QTest::newRow("licence cloth") << 2 << 3 << quint64(900103) << 0.85;
}

// A document going on out of the frame is outlined whole, its corners outside the frame
// where its sides lead (a side on the frame's edge or mostly out of it does not count
// against it), and the quality gate tells the clerk it is not entirely in the frame.
void TestDocumentDetector::detect_documentGoingOutOfTheFrame_outlinedAndToldSo()
{
    QFETCH(int, document);
    QFETCH(int, background);
    QFETCH(quint64, seed);
    QFETCH(double, minJi);
    SceneSpec spec;
    spec.seed = seed;
    spec.document = SceneDocument(document);
    spec.background = SceneBackground(background);
    const Scene scene = renderScene(spec);
    QVERIFY(scene.truth);
    Quad page = *scene.truth;
    double left = 1e9, right = -1e9;
    for (const cv::Point2d &q : page) {
        left = std::min(left, q.x);
        right = std::max(right, q.x);
    }
    const int x0 = int(left + 0.25 * (right - left));
    const int w = std::min(scene.image.cols - x0, scene.image.rows * 4 / 3);
    QVERIFY(x0 > 0 && w >= 400);
    const cv::Mat frame = scene.image(cv::Rect(x0, 0, w, scene.image.rows)).clone();
    for (cv::Point2d &q : page)
        q.x -= x0;
    const std::optional<Detection> d = DocumentDetector().detect(frame);
    QVERIFY2(d, "no document");
    const double ji = smartDocJaccard(d->quad, page, scene.modelWidth, scene.modelHeight);
    QVERIFY2(ji >= minJi, qPrintable(QStringLiteral("JI %1").arg(ji)));
    const QualityReport r = QualityGate().assess(frame, d->quad);
    QVERIFY(std::find(r.issues.begin(), r.issues.end(), QualityIssue::OutOfFrame) !=
            r.issues.end());
    // Without it the part in view wins (the whole outline, taken as the likelier one where
    // DetectorOptions::likelierRatio lets it, is not what this checks).
    // The wider line pass (DetectorOptions::moreLines) finds the whole outline on "a4 wood"
    // by its sides in view: off too.
    DetectorOptions off = withoutTheLooks();
    off.outOfFrameSides = false;
    off.likelierRatio = 0;
    off.moreLines = false;
    // The closer looks (DetectorOptions::closerLookSizes), nothing taken at 512 px, find the
    // whole outline on "a4 wood 2": off too.
    off.closerLookSizes.clear();
    const std::optional<Detection> o = DocumentDetector(off).detect(frame);
    const double without =
        o ? smartDocJaccard(o->quad, page, scene.modelWidth, scene.modelHeight) : 0.0;
    QVERIFY2(without < 0.85, qPrintable(QStringLiteral("JI without %1").arg(without)));
}

void TestDocumentDetector::detect_sideSweep_pageOnWhiteSheets_findsThePage_data()
{
    QTest::addColumn<int>("document");
    QTest::addColumn<int>("condition");
    QTest::addColumn<quint64>("seed");
    // A scene of seed 1000's set (where the sweep was chosen) on the pale desk with white
    // sheets: an ID card the detector without the sweep outlines at JI 0.64 (with the sheet
    // beside it).
    QTest::newRow("id card papers clean") << 0 << 0 << quint64(1000003016);
}

// DetectorOptions::sideSweep (on by default) finds the page whose sides are faint steps on
// the sheets under it; without it the detector takes the sheets.
void TestDocumentDetector::detect_sideSweep_pageOnWhiteSheets_findsThePage()
{
    QFETCH(int, document);
    QFETCH(int, condition);
    QFETCH(quint64, seed);
    SceneSpec spec;
    spec.seed = seed;
    spec.document = SceneDocument(document);
    spec.background = SceneBackground::Papers;
    spec.condition = SceneCondition(condition);
    const Scene scene = renderScene(spec);
    QVERIFY(scene.truth);
    const std::optional<Detection> d = DocumentDetector().detect(scene.image);
    QVERIFY2(d, "no document found");
    const double ji = smartDocJaccard(d->quad, *scene.truth, scene.modelWidth, scene.modelHeight);
    QVERIFY2(ji >= 0.9, qPrintable(QStringLiteral("JI %1").arg(ji)));
    // The wider line pass (DetectorOptions::moreLines) outlines this card too: off as well.
    DetectorOptions without;
    without.sideSweep = false;
    without.moreLines = false;
    const std::optional<Detection> e = DocumentDetector(without).detect(scene.image);
    const double jiWithout =
        e ? smartDocJaccard(e->quad, *scene.truth, scene.modelWidth, scene.modelHeight) : 0.0;
    QVERIFY2(jiWithout < 0.85, qPrintable(QStringLiteral("JI %1 without").arg(jiWithout)));
}

namespace {
// How far the outline the detector gives `image` moves when it runs with `other` options
// instead of its defaults: the largest corner move (-1: one of them says "no document").
double cornerMoveWith(const DetectorOptions &other, const cv::Mat &image)
{
    const std::optional<Detection> a = DocumentDetector().detect(image);
    const std::optional<Detection> b = DocumentDetector(other).detect(image);
    return a && b ? maxCornerError(a->quad, b->quad) : -1.0;
}

// The scene as capture_eval --dump-synthetic writes it (JPEG, quality 97).
cv::Mat asDumped(const cv::Mat &image)
{
    std::vector<uchar> bytes;
    cv::imencode(".jpg", image, bytes, {cv::IMWRITE_JPEG_QUALITY, 97});
    return cv::imdecode(bytes, cv::IMREAD_COLOR);
}

// The JI of the detector's outline on the current row's scene (0: no document); `jpeg`: the
// scene as dumped (asDumped).
double detectedJi(bool jpeg = false)
{
    const Scene scene = sceneOfRow();
    if (!scene.truth)
        return -1;
    const cv::Mat image = jpeg ? asDumped(scene.image) : scene.image;
    const std::optional<Detection> d = DocumentDetector().detect(image);
    return d ? smartDocJaccard(d->quad, *scene.truth, scene.modelWidth, scene.modelHeight) : 0.0;
}

// The JI of the detector's outline on the current row's scene as dumped (asDumped), with
// `options` and with `other` (0: no document).
std::pair<double, double> dumpedJisWith(const DetectorOptions &options,
                                        const DetectorOptions &other)
{
    const Scene scene = sceneOfRow();
    if (!scene.truth)
        return {-1, -1};
    const cv::Mat image = asDumped(scene.image);
    auto jiWith = [&](const DetectorOptions &o) {
        const std::optional<Detection> d = DocumentDetector(o).detect(image);
        return d ? smartDocJaccard(d->quad, *scene.truth, scene.modelWidth, scene.modelHeight)
                 : 0.0;
    };
    return {jiWith(options), jiWith(other)};
}

// The outline on the current row's scene as dumped: with `options` of JI `minJi` at least, with
// `other` (which `otherName` says what it does) below `otherBelow`.
void verifyJisWith(const DetectorOptions &options, const DetectorOptions &other, double minJi,
                   double otherBelow, const char *otherName)
{
    const auto [ji, otherJi] = dumpedJisWith(options, other);
    QVERIFY2(ji >= minJi, qPrintable(QStringLiteral("JI %1").arg(ji)));
    QVERIFY2(
        otherJi < otherBelow,
        qPrintable(QStringLiteral("%1: JI %2").arg(QString::fromUtf8(otherName)).arg(otherJi)));
}
} // namespace

void TestDocumentDetector::detect_sideOnPrintedFrame_movedOutToTheEdge_data()
{
    addSceneColumns();
    // Scenes of seed 1000's set (where the rule was chosen) whose outline, without
    // DetectorOptions::extendToOuterEdges, lies on the licence's printed frame (JI 0.92) or
    // on the inner side of the page's coloured band (0.94, 0.94).
    QTest::newRow("licence counter clean: frame") << 2 << 0 << 0 << quint64(1000003002);
    QTest::newRow("a4 wood clean: band") << 1 << 1 << 0 << quint64(1000003003);
    QTest::newRow("a4 counter glare: band") << 1 << 0 << 3 << quint64(1000003055);
}

// The outline's sides go out to the paper's edge across the strip of the document outside
// them (the licence's margin, the band).
void TestDocumentDetector::detect_sideOnPrintedFrame_movedOutToTheEdge()
{
    const double ji = detectedJi();
    QVERIFY2(ji >= 0.97, qPrintable(QStringLiteral("JI %1").arg(ji)));
}

void TestDocumentDetector::detect_printedFrameOnPatternedDesk_edgeFromMeanProfiles_data()
{
    addSceneColumns();
    // Scenes of seed 7's set (as dumped) whose outline, without
    // DetectorOptions::outerEdgesFromMeanProfiles, has sides on the licence's printed frame
    // (JI 0.96, 0.97): the tablecloth's pattern beyond the margin differs from place to place.
    QTest::newRow("licence cloth glare") << 2 << 3 << 3 << quint64(7000152);
    QTest::newRow("licence cloth small-top-down") << 2 << 3 << 9 << quint64(7000365);
}

// Each side goes out to the paper's edge, read from the places' profiles averaged over each
// half of the side where the places themselves disagree.
void TestDocumentDetector::detect_printedFrameOnPatternedDesk_edgeFromMeanProfiles()
{
    // The first re-fit at full resolution reaching as far as it did when these scenes were
    // chosen (3.5 working pixels): it takes the printed frame, and the last step must move the
    // sides out. (With the shorter reach the sides stay on the paper's edge on these two.)
    DetectorOptions with = withoutTheCornerNetwork();
    with.fullResolutionReach = 3.5;
    DetectorOptions without = with;
    without.outerEdgesFromMeanProfiles = false;
    verifyJisWith(with, without, 0.99, 0.98, "without the mean profiles");
}

void TestDocumentDetector::detect_patternedDesk_fullResolutionRefitKeepsToThePaper_data()
{
    addSceneColumns();
    // A scene of seed 7's set (as dumped) whose outline, re-fitted at full resolution as far
    // as 3.5 working pixels (±16 px), took a step of the tablecloth's pattern beside the card
    // (JI 0.96).
    QTest::newRow("id-card cloth glare") << 0 << 3 << 3 << quint64(7000150);
}

// The first re-fit at full resolution looks for each side's outermost clear step only as far
// as DetectorOptions::fullResolutionReach: the card's own edge, not the desk's pattern beyond.
void TestDocumentDetector::detect_patternedDesk_fullResolutionRefitKeepsToThePaper()
{
    // Without the outline refiner on both sides: the refiner's outline is taken on this card
    // and goes to the step nearest it, whatever the reach.
    DetectorOptions edges = withoutTheCornerNetwork();
    edges.refinerModel.clear();
    DetectorOptions fartherReach = edges;
    fartherReach.fullResolutionReach = 3.5;
    verifyJisWith(edges, fartherReach, 0.99, 0.98, "reaching 3.5 working pixels");
}

void TestDocumentDetector::detect_likelierOutlineNearlyClear_takenOverAClearOne_data()
{
    addSceneColumns();
    // Scenes (as dumped) of held-out seeds where, with the clear outline always winning, a
    // loose sheet or the sheet under the card was taken (JI 0.00, 0.82, 0.64, 0.62).
    QTest::newRow("id-card clutter thumb") << 0 << 2 << 4 << quint64(999003075);
    QTest::newRow("id-card cloth thumb") << 0 << 3 << 4 << quint64(999003080);
    QTest::newRow("id-card papers clean") << 0 << 5 << 0 << quint64(2026006094);
    QTest::newRow("id-card papers blur") << 0 << 5 << 1 << quint64(7000054);
}

// The card whose side is under a thumb (or on paper) is the likelier outline by far; a sheet
// beside or under it has all its edges clear. The likelier one is taken
// (DetectorOptions::likelierRatio); with the clear one always winning, the sheet is.
void TestDocumentDetector::detect_likelierOutlineNearlyClear_takenOverAClearOne()
{
    // The outline network picks the card over the sheet under it too
    // (detect_sheetUnderTheCard_outlineNetworkPicksTheCard): off on both sides here.
    DetectorOptions likelier;
    likelier.verifierModel.clear();
    // Without the outline network, the blurred card and the sheet under it, joined as a
    // shadow's two parts would be (DetectorOptions::joinShadowParts), are likelier than the
    // card (JI 0.45): off too.
    likelier.joinShadowParts = false;
    DetectorOptions clearWins = likelier;
    clearWins.likelierRatio = 0;
    // The edges fainter still outline the thumbed card by themselves: off on that side.
    clearWins.fainterEdges = false;
    verifyJisWith(likelier, clearWins, 0.95, 0.9, "clear outline always first");
}

void TestDocumentDetector::detect_partCutOffByAShadowsEdge_wholeDocumentTaken_data()
{
    addSceneColumns();
    // Scenes (as dumped) whose outline, without DetectorOptions::wholeDocumentIoU, had a side
    // on the edge of a shadow across the document (JI 0.45 and 0.59).
    QTest::newRow("id-card clutter shadow") << 0 << 2 << 7 << quint64(1000003132);
    QTest::newRow("licence cloth shadow") << 2 << 3 << 7 << quint64(1000003136);
}

// The part of the document on one side of a shadow's edge is the clearest outline; the whole
// document, which the network sees as the document, is taken instead.
void TestDocumentDetector::detect_partCutOffByAShadowsEdge_wholeDocumentTaken()
{
    // The wider line pass (DetectorOptions::moreLines) gives the card on the clutter desk an
    // outline likelier than the part: off where the part is to win.
    DetectorOptions partWins;
    partWins.wholeDocumentIoU = 0;
    partWins.moreLines = false;
    // The licence's lit and shaded parts joined (DetectorOptions::joinShadowParts) are the
    // whole licence too: off where the part is to win.
    partWins.joinShadowParts = false;
    verifyJisWith({}, partWins, 0.8, 0.7, "the part");
}

void TestDocumentDetector::detect_litAndShadedPartsOnly_joinedAndTaken_data()
{
    addSceneColumns();
    // Seed 7's scenes (as dumped) where no outline held the whole document, only its lit part
    // and its shaded part, each with clear edges (without DetectorOptions::joinShadowParts:
    // JI 0.71 and 0.86, a part of each).
    QTest::newRow("licence cloth shadow") << 2 << 3 << 7 << quint64(7000295);
    QTest::newRow("a4 cloth shadow") << 1 << 3 << 7 << quint64(7000294);
}

// The two parts joined are one more outline, and the whole document is taken.
void TestDocumentDetector::detect_litAndShadedPartsOnly_joinedAndTaken()
{
    DetectorOptions unjoined;
    unjoined.joinShadowParts = false;
    // The outline refiner moves a part's outline onto the whole page as well (a4: 0.86 →
    // 0.9998 without the joins): off on that side.
    unjoined.refinerModel.clear();
    verifyJisWith({}, unjoined, 0.95, 0.9, "the parts not joined");
}

void TestDocumentDetector::detect_shadedPartRunningOn_joinedAlongTheSharedSide_data()
{
    addSceneColumns();
    QTest::addColumn<double>("minJi");
    QTest::addColumn<double>("otherBelow");
    // Scenes (as dumped) where the card's two parts were outlined, but the second part's
    // outline runs on past the card's corner, so that their hull is too large to join
    // (capture/README.md, "A document cut by a shadow, joined along the shared side"): JI
    // 0.31 -> 0.89 (held-out seed 3033, a card on the form in a shadow).
    QTest::newRow("id-card form shadow") << 0 << 7 << 7 << quint64(3033009681) << 0.85 << 0.5;
}

// The parts joined along their shared side are one more outline, and the card is taken.
void TestDocumentDetector::detect_shadedPartRunningOn_joinedAlongTheSharedSide()
{
    QFETCH(double, minJi);
    QFETCH(double, otherBelow);
    DetectorOptions hullOnly;
    hullOnly.joinAlongSides = false;
    verifyJisWith({}, hullOnly, minJi, otherBelow, "joined by their hull only");
}

// Search::sideJoin on a made-up working image (stretched Lab): a card's lit half and its
// shaded half, whose outline runs on down past the card's corner onto the desk.
void TestDocumentDetector::sideJoin_partsOnOneLine_farSideTakenOnlyForOneMaterial()
{
    using hd::capture::detail::Search;
    auto lab = [](const cv::Scalar &shade) {
        cv::Mat img(288, 512, CV_8UC3, cv::Scalar(60, 128, 128)); // a dark grey desk
        cv::rectangle(img, cv::Rect(100, 80, 100, 120), cv::Scalar(230, 128, 128), cv::FILLED);
        cv::rectangle(img, cv::Rect(200, 80, 100, 120), shade, cv::FILLED);
        return img;
    };
    const Quad lit{cv::Point2d(100, 80), cv::Point2d(200, 80), cv::Point2d(200, 200),
                   cv::Point2d(100, 200)};
    const Quad shaded{cv::Point2d(200, 80), cv::Point2d(300, 80), cv::Point2d(300, 200),
                      cv::Point2d(200, 230)};
    auto joined = [&](const cv::Mat &img, const Quad &a, const Quad &b, double colour) {
        const hd::capture::detail::Gradient g = hd::capture::detail::colourGradient(img);
        return Search(img, g, 100.0, 28.0f).sideJoin(a, b, 15.0, colour);
    };
    const cv::Mat grey = lab(cv::Scalar(150, 128, 132));
    const std::optional<Quad> q = joined(grey, lit, shaded, 20.0);
    QVERIFY(q);
    const Quad card{cv::Point2d(100, 80), cv::Point2d(300, 80), cv::Point2d(300, 200),
                    cv::Point2d(100, 200)};
    QVERIFY2(maxCornerError(*q, card) < 0.5,
             qPrintable(QStringLiteral("corner off by %1").arg(maxCornerError(*q, card))));
    // Not another colour (a red sheet beside the card), nor the same light (another card), nor
    // a side tilted away from the lit part's, nor with the colour step allowed too small.
    QVERIFY(!joined(lab(cv::Scalar(150, 190, 160)), lit, shaded, 20.0));
    QVERIFY(!joined(lab(cv::Scalar(225, 128, 132)), lit, shaded, 20.0));
    Quad tilted = shaded;
    tilted[3] = cv::Point2d(215, 230);
    QVERIFY(!joined(grey, lit, tilted, 20.0));
    QVERIFY(!joined(lab(cv::Scalar(150, 128, 150)), lit, shaded, 8.0));
    QVERIFY(joined(lab(cv::Scalar(150, 128, 150)), lit, shaded, 20.0));
}

void TestDocumentDetector::detect_nothingTakenAtFirst_closerLookFindsIt_data()
{
    addSceneColumns();
    // Scenes (as dumped) where nothing is taken at the working size, the segmentation network
    // seeing a document over 6 % of the frame or more: a licence on the papers desk in a
    // shadow (seed 2026) and, held out, an ID card on the office desk in uneven light (seed
    // 6060); at 768 px each is outlined (JI 0.84, 0.85).
    QTest::newRow("licence papers shadow") << 2 << 5 << 7 << quint64(2026006362);
    QTest::newRow("id-card office uneven light") << 0 << 6 << 2 << quint64(6060018333);
}

// Nothing taken at first, the network seeing a document: the search runs once more on a
// larger working image, and the document is found.
void TestDocumentDetector::detect_nothingTakenAtFirst_closerLookFindsIt()
{
    DetectorOptions once = withoutTheLooks();
    once.closerLookSizes.clear();
    verifyJisWith({}, once, 0.8, 0.1, "without the closer look");
}

void TestDocumentDetector::detect_realPageOnSheets_closerLookFindsIt_data()
{
    QTest::addColumn<QString>("frame");
    QTest::addColumn<QList<int>>("fewerSizes");
    QTest::addColumn<double>("minJi");
    // SmartDoc's background 05 (white pages stacked under the page, a cable across): no
    // outline at 512 px; the tax form's own at 768 (JI 0.97), the patent's at 1024 only (0.77:
    // its lower part, under the cable, cut a little short).
    QTest::newRow("tax form, 768") << QStringLiteral("background05_tax") << QList<int>{} << 0.95;
    QTest::newRow("patent, 1024") << QStringLiteral("background05_patent") << QList<int>{768}
                                  << 0.7;
}

// Nothing at the working size, nothing with fewer closer looks; the page with them all.
void TestDocumentDetector::detect_realPageOnSheets_closerLookFindsIt()
{
    QFETCH(QString, frame);
    QFETCH(QList<int>, fewerSizes);
    QFETCH(double, minJi);
    const QList<QStringList> frames = smartDocFrames();
    if (frames.isEmpty())
        QSKIP("shared/data/capture is not there");
    const auto row = std::find_if(frames.begin(), frames.end(), [&](const QStringList &cells) {
        return cells[0].startsWith(frame);
    });
    QVERIFY(row != frames.end());
    const QStringList &cells = *row;
    const cv::Mat img = cv::imread(QString(smartDocImages + cells[0]).toStdString());
    QVERIFY(!img.empty());
    DetectorOptions fewer;
    fewer.closerLookSizes.assign(fewerSizes.begin(), fewerSizes.end());
    QVERIFY(!DocumentDetector(fewer).detect(img));
    // A closer look's outline only where the network sees the document inside it (0.84 and
    // 0.81 on average here): never when that must be certain.
    DetectorOptions certain;
    certain.closerLookInside = 1.0;
    QVERIFY(!DocumentDetector(certain).detect(img));
    const std::optional<Detection> d = DocumentDetector().detect(img);
    QVERIFY(d);
    const double ji = smartDocJaccard(d->quad, quadFromCsv(cells), 2100, 2970);
    QVERIFY2(ji >= minJi, qPrintable(QStringLiteral("JI %1").arg(ji)));
}

void TestDocumentDetector::detect_deskPatternBesideTheEdge_sideStays_data()
{
    addSceneColumns();
    // Seed 1000 scenes outlined right (JI 0.998-0.999) where the desk beside a side is a
    // strip of its own: a stripe of the cloth, the dark desk before the floor, wood grain.
    QTest::newRow("a4 cloth low light: stripe") << 1 << 3 << 8 << quint64(1000003155);
    QTest::newRow("licence dark desk handheld: desk's edge") << 2 << 4 << 11 << quint64(1000003269);
    QTest::newRow("id-card clutter clean: grain") << 0 << 2 << 0 << quint64(1000003007);
}

// A strip of the desk beside the document (darker, about the desk's hue, or not one colour
// along the side) is not taken for a margin.
void TestDocumentDetector::detect_deskPatternBesideTheEdge_sideStays()
{
    const double ji = detectedJi();
    QVERIFY2(ji >= 0.98, qPrintable(QStringLiteral("JI %1").arg(ji)));
}

void TestDocumentDetector::detect_documentOnPatternedDesk_smoothRegionOutlined_data()
{
    addSceneColumns();
    // Scenes (as dumped) of held-out seeds whose document, without
    // DetectorOptions::textureRegions, was outlined short of its edge or not at all (JI 0.55,
    // 0.92): a card on a cluttered desk's wood grain, a licence on a checked cloth.
    QTest::newRow("id-card clutter noise") << 0 << 2 << 5 << quint64(4242012824);
    QTest::newRow("licence cloth uneven light") << 2 << 3 << 2 << quint64(31337094056);
}

// A document's blank paper on a patterned desk is a smooth region the pattern is not: its
// outline is the document's.
void TestDocumentDetector::detect_documentOnPatternedDesk_smoothRegionOutlined()
{
    DetectorOptions edgesOnly = withoutTheCornerNetwork();
    edgesOnly.textureRegions = false;
    edgesOnly.fainterEdges = false; // which outline the noisy card and the licence too
    // The licence's outline on its printed frame is moved out to the paper's edge from the
    // sides' mean profiles too (detect_printedFrameOnPatternedDesk_edgeFromMeanProfiles).
    edgesOnly.outerEdgesFromMeanProfiles = false;
    // The outline refiner moves the outline on the licence's printed frame out to the paper's
    // edge as well: off on that side.
    edgesOnly.refinerModel.clear();
    // So does the second look inside the doubted outline: off on that side too.
    edgesOnly.innerLookBelowLogit = -std::numeric_limits<double>::infinity();
    verifyJisWith(withoutTheCornerNetwork(), edgesOnly, 0.97, 0.95, "without the smooth regions");
}

void TestDocumentDetector::detect_plainDesk_noSmoothRegionOutlines_data()
{
    addSceneColumns();
    // A motion-blurred licence on the counter (held-out seed 999), where the smooth region
    // inside the smear, were it an outline, would be taken (JI 0.998 -> 0.925).
    QTest::newRow("licence counter motion blur") << 2 << 0 << 10 << quint64(999003232);
    QTest::newRow("a4 counter clean") << 1 << 0 << 0 << quint64(900002);
}

// On a plain desk (most of the frame smooth) the smooth regions add no outline: the edges
// outline the document as they did.
void TestDocumentDetector::detect_plainDesk_noSmoothRegionOutlines()
{
    const Scene scene = sceneOfRow();
    DetectorOptions edgesOnly;
    edgesOnly.textureRegions = false;
    QCOMPARE(cornerMoveWith(edgesOnly, asDumped(scene.image)), 0.0);
}

void TestDocumentDetector::detect_smearedEdges_sidesInTheMiddle_data()
{
    addSceneColumns();
    // Motion-blurred scenes of seed 1000's set, outlined at the outer end of the streak
    // without DetectorOptions::centreSmearedEdges (JI 0.95-0.97).
    QTest::newRow("a4 counter") << 1 << 0 << 10 << quint64(1000003234);
    QTest::newRow("licence wood") << 2 << 1 << 10 << quint64(1000003237);
    QTest::newRow("id-card clutter") << 0 << 2 << 10 << quint64(1000003240);
}

void TestDocumentDetector::detect_smearedEdges_sidesInTheMiddle()
{
    const double ji = detectedJi();
    QVERIFY2(ji >= 0.985, qPrintable(QStringLiteral("JI %1").arg(ji)));
}

void TestDocumentDetector::detect_sharpEdges_notMovedAsSmeared_data()
{
    addSceneColumns();
    QTest::newRow("id-card counter clean") << 0 << 0 << 0 << quint64(900001);
    QTest::newRow("a4 counter clean") << 1 << 0 << 0 << quint64(900002);
    QTest::newRow("licence wood clean") << 2 << 1 << 0 << quint64(900003);
}

// A sharp edge is one step, not a ramp: its side stays where the fit put it.
void TestDocumentDetector::detect_sharpEdges_notMovedAsSmeared()
{
    const Scene scene = sceneOfRow();
    DetectorOptions without;
    without.centreSmearedEdges = false;
    QCOMPARE(cornerMoveWith(without, scene.image), 0.0);
}

void TestDocumentDetector::detect_shadowEdgeAcrossTheDocument_notASide_data()
{
    addSceneColumns();
    // A seed 1000 scene (as dumped, JPEG) whose outline, before the ranking weighed a side on
    // a shadow's edge (Feature FShadowSide), was the part of the licence on one side of the
    // glare's edge (JI 0.56).
    QTest::newRow("licence papers glare") << 2 << 5 << 3 << quint64(1000003069);
}

// A side whose edge runs on past the outline's corners with the same material on both sides
// of it, in two lights, is a shadow's (or a glare's) edge across the document: the outline
// of the whole document ranks above it.
void TestDocumentDetector::detect_shadowEdgeAcrossTheDocument_notASide()
{
    const double ji = detectedJi(true);
    QVERIFY2(ji >= 0.8, qPrintable(QStringLiteral("JI %1").arg(ji)));
}

namespace {
// A page on a sheet of the same paper with a cable across it, as on SmartDoc's background 05:
// above the cable the page stands out from the desk; below it the sheet under the page goes
// on past its sides and end, so nothing shows where the page ends. The page (A4, 297 x 420 px
// at `scale`, turned by `angle`° about the frame's centre) faces the camera, so its picture has
// A4's proportions. Returns the frame and the page's corners.
std::pair<cv::Mat, Quad> pageOnSheetUnderCable(double angle, double scale, bool cable)
{
    cv::Mat frame(1080, 1920, CV_8UC3, cv::Scalar(196, 200, 214));
    cv::RNG rng(7);
    cv::Mat noise(frame.size(), CV_8UC3);
    rng.fill(noise, cv::RNG::NORMAL, 0, 3);
    const cv::Point2d centre(960, 540);
    const double a = angle * CV_PI / 180, ca = std::cos(a), sa = std::sin(a);
    auto place = [&](double x, double y) {
        return centre + scale * cv::Point2d(ca * x - sa * y, sa * x + ca * y);
    };
    auto fill = [&](const std::array<cv::Point2d, 4> &corners, cv::Scalar colour) {
        std::vector<cv::Point> poly;
        for (const cv::Point2d &p : corners)
            poly.emplace_back(int(std::lround(p.x * 16)), int(std::lround(p.y * 16)));
        cv::fillConvexPoly(frame, poly, colour, cv::LINE_AA, 4);
    };
    const double w = 148.5, h = 210;
    const cv::Scalar paper(238, 240, 242);
    // A large sheet under the page (a blotter): from the page's middle down past the frame's
    // edge, much wider, and turned against it.
    const double b = 6 * CV_PI / 180, cb = std::cos(b), sb = std::sin(b);
    auto turned = [&](double x, double y) { return place(cb * x - sb * y, sb * x + cb * y + 10); };
    fill({turned(-w - 260, 0.05 * h), turned(w + 220, 0.05 * h), turned(w + 220, h + 400),
          turned(-w - 260, h + 400)},
         paper);
    const Quad page{place(-w, -h), place(w, -h), place(w, h), place(-w, h)};
    fill(page, paper);
    // Print on the page: lines of text, a heading.
    for (int row = 0; row < 26; ++row) {
        const double y = -h + 40 + row * 14;
        const double x1 = row == 0 ? -w + 40 : -w + 24, x2 = row % 5 == 4 ? 20 : w - 24;
        cv::line(frame, place(x1, y), place(x2, y), cv::Scalar(70, 70, 70), row == 0 ? 4 : 2,
                 cv::LINE_AA);
    }
    if (cable) {
        // A black cable from the desk on the left, across the page a little below its middle,
        // to the desk on the right, bending on the way.
        std::vector<cv::Point> path;
        for (int k = 0; k <= 60; ++k) {
            const double x = -w - 320 + k * (2 * w + 640) / 60.0;
            path.push_back(place(x, 0.12 * h + 0.08 * x + 18 * std::sin(x / 160)));
        }
        cv::polylines(frame, path, false, cv::Scalar(24, 24, 28), int(8 * scale), cv::LINE_AA);
    }
    cv::GaussianBlur(frame, frame, {3, 3}, 0);
    frame += noise;
    return {frame, page};
}

// The detector (with `with`) says "no document" on `image`, and takes an outline with
// `without` (a rule switched off): the rule is what refuses it.
void verifyOnlyTheRuleRefuses(const cv::Mat &image, const DetectorOptions &without,
                              const DetectorOptions &with = {})
{
    QVERIFY(!DocumentDetector(with).detect(image));
    QVERIFY(DocumentDetector(without).detect(image));
}

// Options for a rule's scenes chosen when the ranking did not weigh the outline network's
// logit: that ranking, on both sides (the one with the logit takes the right outline on
// several of them by itself: detect_rankingWithTheLogit_takesTheDocumentItself).
DetectorOptions unverifiedRanking()
{
    DetectorOptions o;
    o.verifiedRanking = false;
    return o;
}

// The JI the detector with `options` gets on the page cut by the cable (no outline: 0).
double cablePageJi(const cv::Mat &frame, const Quad &page, const DetectorOptions &options)
{
    const std::optional<Detection> d = DocumentDetector(options).detect(frame);
    return d ? smartDocJaccard(d->quad, page, 2100, 2970) : 0.0;
}
} // namespace

void TestDocumentDetector::detect_emptyDeskTheNetworkBarelySees_noCloserLook_data()
{
    addSceneColumns();
    // Empty cluttered desks (as dumped) where the network sees a document over about 1 % of the
    // frame, nothing taken at 512 px and nothing there rejected by the outline network: the
    // closer look, were it to run, would outline something on them.
    QTest::newRow("clutter, seed 8181") << 3 << 2 << 0 << quint64(8181024923);
    QTest::newRow("clutter, seed 1000") << 3 << 2 << 0 << quint64(1000003362);
}

// The closer look runs only where the network sees a document over closerLookSeen of the
// frame: on an empty desk, "no document" stays. (Where the outline network rejected the pick,
// it does not run either: detect_emptyDeskOutlineNetworkRejects_noDocument's seed 4444 desk,
// which the network sees over 7.8 % of the frame as rendered, fails without that.)
void TestDocumentDetector::detect_emptyDeskTheNetworkBarelySees_noCloserLook()
{
    DetectorOptions always;
    always.closerLookSeen = 0;
    verifyOnlyTheRuleRefuses(asDumped(sceneOfRow().image), always);
}

void TestDocumentDetector::detect_cableAcrossPageOnSheets_pageCompleted_data()
{
    QTest::addColumn<double>("angle");
    QTest::addColumn<double>("scale");
    QTest::newRow("straight") << 0.0 << 1.3;
    QTest::newRow("turned 4 degrees") << 4.0 << 1.3;
    QTest::newRow("turned -7 degrees, smaller") << -7.0 << 1.1;
}

// The outline the edges give is the page down to the cable; its side on the cable moves out to
// where the page's proportions put its end (nothing else shows it). Without the cable, or with
// DetectorOptions::completeAcrossLines off, no side moves.
void TestDocumentDetector::detect_cableAcrossPageOnSheets_pageCompleted()
{
    QFETCH(double, angle);
    QFETCH(double, scale);
    const auto [frame, page] = pageOnSheetUnderCable(angle, scale, true);
    const double ji = cablePageJi(frame, page, {});
    QVERIFY2(ji >= 0.93, qPrintable(QStringLiteral("JI %1").arg(ji)));

    DetectorOptions without;
    without.completeAcrossLines = false;
    const double cutJi = cablePageJi(frame, page, without);
    QVERIFY2(cutJi < 0.8, qPrintable(QStringLiteral("without: JI %1").arg(cutJi)));

    // No cable: the outline the edges give stays as it is.
    const auto [clear, samePage] = pageOnSheetUnderCable(angle, scale, false);
    QCOMPARE(cornerMoveWith(without, clear), 0.0);
}

void TestDocumentDetector::detect_lineAlongASideNotAcrossThePage_sideStays_data()
{
    addSceneColumns();
    // Scenes (as dumped) whose right outline has a side on a dark line with the same colour
    // on both sides; without one of DetectorOptions::completeAcrossLines' checks that side
    // moved. A page's edge with its shadow on a desk of the paper's colour (seed 1000; the
    // line stops at the corners):
    QTest::newRow("licence papers motion-blur") << 2 << 5 << 10 << quint64(1000003251);
    QTest::newRow("licence office motion-blur") << 2 << 6 << 10 << quint64(1000003253);
    QTest::newRow("licence counter handheld") << 2 << 0 << 11 << quint64(1000003255);
    QTest::newRow("licence papers handheld") << 2 << 5 << 11 << quint64(1000003271);
    // Seed 7: the licence's printed frame line, the desk just beyond the margin (the paper
    // check), and an outline with a cable for a side whose "completion" went inwards (the
    // corners must move out).
    QTest::newRow("licence clutter handheld") << 2 << 2 << 11 << quint64(7000283);
    QTest::newRow("id-card office low-light") << 0 << 6 << 8 << quint64(7000250);
}

// A side on a line that is not a cable across the page stays where the edges put it.
void TestDocumentDetector::detect_lineAlongASideNotAcrossThePage_sideStays()
{
    const cv::Mat image = asDumped(sceneOfRow().image);
    DetectorOptions without;
    without.completeAcrossLines = false;
    QCOMPARE(cornerMoveWith(without, image), 0.0);
}

// The page cut by the cable (turned -7 degrees, smaller) is outlined down to the cable with no
// clear outline likely, so the side sweep runs; its rows of text are clear lines parallel to
// the page's top. The top stays on the page's edge (DetectorOptions::sweepInwardFaintOnly) and
// the cable step completes the page (detect_cableAcrossPageOnSheets_pageCompleted); moved onto
// a row of text, the outline is half the page.
void TestDocumentDetector::detect_sideSweep_rowsOfTextInside_sideNotMovedOntoThem()
{
    const auto [frame, page] = pageOnSheetUnderCable(-7.0, 1.1, true);
    DetectorOptions without = withoutTheLooks(unverifiedRanking());
    without.sweepInwardFaintOnly = false;
    const double ji = cablePageJi(frame, page, without);
    QVERIFY2(ji < 0.8, qPrintable(QStringLiteral("without: JI %1").arg(ji)));
}

void TestDocumentDetector::detect_sideSweep_emptyClutterDesk_saysNoDocument_data()
{
    addSceneColumns();
    // Seed 7's empty clutter desk (as dumped): the sweep's outline round the objects there has
    // steps of 9 grey levels and edge support 0.73, but the ranking's edge figures give it
    // 0.11 (the documents the sweep outlines on the seed sets and the real frames: 0.13 and
    // up).
    QTest::newRow("clutter") << 3 << 2 << 0 << quint64(7000203);
}

void TestDocumentDetector::detect_sideSweep_emptyClutterDesk_saysNoDocument()
{
    // The outline network would refuse the sweep's outline too (rejectBelowLogit): off here.
    DetectorOptions without;
    without.sweepConfidence = 0;
    without.rejectBelowLogit = -std::numeric_limits<double>::infinity();
    verifyOnlyTheRuleRefuses(asDumped(sceneOfRow().image), without);
}

void TestDocumentDetector::detect_emptyDeskUnlikelyToTheNetwork_noFallbackOutline_data()
{
    addSceneColumns();
    // Seed 1000's empty desks (as dumped) where an outline with fair edges and an edge-only
    // ranking of 0.26-0.37 was taken although the ranking with the network gave it 0.01-0.02.
    QTest::newRow("cloth") << 3 << 3 << 0 << quint64(1000003195);
    QTest::newRow("wood") << 3 << 1 << 0 << quint64(1000003199);
    QTest::newRow("dark desk") << 3 << 4 << 0 << quint64(1000003202);
}

void TestDocumentDetector::detect_emptyDeskUnlikelyToTheNetwork_noFallbackOutline()
{
    const cv::Mat image = asDumped(sceneOfRow().image);
    QVERIFY(!DocumentDetector().detect(image));
    // The network sees nothing inside these outlines either (minNetworkInside says "no
    // document" too) and the outline network rejects the wood's (rejectBelowLogit): this rule
    // alone must refuse them, and without all three they are taken.
    // The wider line pass (DetectorOptions::moreLines) finds an outline with clear edges on
    // the cloth's stripes, which minNetworkInside refuses: off, the fallback rule is the one
    // checked here.
    DetectorOptions fallbackRuleAlone = unverifiedRanking();
    fallbackRuleAlone.minNetworkInside = 0;
    fallbackRuleAlone.rejectBelowLogit = -std::numeric_limits<double>::infinity();
    fallbackRuleAlone.moreLines = false;
    QVERIFY(!DocumentDetector(fallbackRuleAlone).detect(image));
    DetectorOptions without = fallbackRuleAlone;
    without.fallbackNetworkConfidence = 0;
    QVERIFY(DocumentDetector(without).detect(image));
}

void TestDocumentDetector::detect_emptyDeskOutlineNetworkRejects_noDocument_data()
{
    addSceneColumns();
    // Empty desks (as dumped; seed 4444 held out) where the ranking took an outline of
    // something on the desk that the outline network gives a logit of -10.9 and -11.3.
    QTest::newRow("clutter, seed 1000") << 3 << 2 << 0 << quint64(1000003368);
    QTest::newRow("clutter, seed 4444") << 3 << 2 << 0 << quint64(4444013520);
}

void TestDocumentDetector::detect_emptyDeskOutlineNetworkRejects_noDocument()
{
    DetectorOptions without = unverifiedRanking();
    without.rejectBelowLogit = -std::numeric_limits<double>::infinity();
    verifyOnlyTheRuleRefuses(asDumped(sceneOfRow().image), without, unverifiedRanking());
}

void TestDocumentDetector::detect_pickTheOutlineNetworkDoubts_otherDocumentTaken_data()
{
    addSceneColumns();
    // Held-out pages (as dumped) where the ranking picked another outline (a cup at the page's
    // corner on the cluttered desk: JI 0.03; on the office desk, one round the page's print
    // and the sheet under it: 0.56).
    QTest::newRow("a4 clutter uneven light") << 1 << 2 << 2 << quint64(4444013374);
    QTest::newRow("a4 office low light") << 1 << 6 << 8 << quint64(2026006308);
}

// The outline network doubts the ranking's pick and sees the page's outline as a document's
// own edge: the page is taken instead (DetectorOptions::doubtBelowLogit).
void TestDocumentDetector::detect_pickTheOutlineNetworkDoubts_otherDocumentTaken()
{
    DetectorOptions without = unverifiedRanking();
    without.doubtBelowLogit = -std::numeric_limits<double>::infinity();
    // The likelier outline the outline network vouches for is the page too: off on that side.
    without.likelierVouchedMargin = std::numeric_limits<double>::infinity();
    // The outline refiner moves the office page's outline round its print and the sheet under
    // it nearer the page as well (0.56 → 0.79): off on that side.
    without.refinerModel.clear();
    verifyJisWith(unverifiedRanking(), without, 0.9, 0.6, "the ranking's pick");
}

void TestDocumentDetector::
    detect_partOfThePickTheOutlineNetworkDoubts_notTakenForAnotherObject_data()
{
    addSceneColumns();
    // A scene of seed 1000's set (as dumped): a licence on the cloth under a shadow's edge,
    // outlined from the wider line pass (JI 0.92) with a logit of -4.1; the part of it beyond
    // the shadow's edge, 0.8-0.95 of it inside that outline, has a positive logit and was taken
    // as another object (JI 0.40).
    QTest::newRow("licence cloth shadow") << 2 << 3 << 7 << quint64(1000003136);
}

// Where the outline network doubts the pick, an outline mostly inside it (otherObjectInside)
// is a part of the same document, not another object: the pick stays.
void TestDocumentDetector::detect_partOfThePickTheOutlineNetworkDoubts_notTakenForAnotherObject()
{
    DetectorOptions partTaken;
    partTaken.otherObjectInside = 0.95;
    // The licence's two parts joined would be taken over both (DetectorOptions::joinShadowParts):
    // off where the part is to be taken.
    partTaken.joinShadowParts = false;
    verifyJisWith({}, partTaken, 0.9, 0.6, "the part taken");
}

void TestDocumentDetector::detect_cardAmongLongerLines_outlinedFromMoreLines_data()
{
    addSceneColumns();
    // Scenes of seed 1000's set (as dumped): an ID card among the cluttered desk's lines under
    // a glare spot, and one on the white desk's papers photographed at an angle; without the
    // wider line pass no outline of the card is a candidate.
    QTest::newRow("id-card clutter glare") << 0 << 2 << 3 << quint64(1000003121);
    QTest::newRow("id-card papers perspective") << 0 << 5 << 6 << quint64(1000003250);
}

// The card's short sides are outnumbered by the longer lines around it (the desk's, the
// papers' print): the wider line pass (DetectorOptions::moreLines) outlines it.
void TestDocumentDetector::detect_cardAmongLongerLines_outlinedFromMoreLines()
{
    // Without the closer looks on the other side: nothing taken at 512 px, the one at 768 px
    // finds the card among the clutter's lines by itself.
    DetectorOptions fewerLines = withoutTheLooks();
    fewerLines.moreLines = false;
    fewerLines.closerLookSizes.clear();
    fewerLines.fainterEdges = false; // which outline the glared card too
    verifyJisWith({}, fewerLines, 0.95, 0.9, "without the pass");
}

void TestDocumentDetector::detect_cardOnAPrintedPage_outlinedFromRegionsUnlikeThePaper_data()
{
    addSceneColumns();
    // ID cards on the application form (SceneBackground::Form) of seeds 7, 1000 and 8181's
    // sets (as dumped), held in the hand, under a glare spot, in a dim hall: without the
    // regions unlike the paper no outline of the card is taken (JI 0.00, 0.31, 0.00, 0.00; the
    // fainter edges off on both sides).
    QTest::newRow("id-card form handheld") << 0 << 7 << 11 << quint64(7000619);
    QTest::newRow("id-card form glare") << 0 << 7 << 3 << quint64(1000003552);
    QTest::newRow("id-card form handheld 1000") << 0 << 7 << 11 << quint64(1000003598);
    QTest::newRow("id-card form low-light") << 0 << 7 << 8 << quint64(8181025123);
}

// The card's edge against the page is a faint step among the print's; the card as a whole is
// unlike the page's paper (DetectorOptions::paperRegions).
void TestDocumentDetector::detect_cardOnAPrintedPage_outlinedFromRegionsUnlikeThePaper()
{
    // Both without the fainter edges (either level), which outline the handheld cards too.
    DetectorOptions regions;
    regions.faintEdges = false;
    regions.fainterEdges = false;
    DetectorOptions edgesAlone = withoutTheLooks(regions);
    edgesAlone.paperRegions = false;
    edgesAlone.closerLookSizes.clear(); // which find the card on the dim form (JI 0.94)
    verifyJisWith(regions, edgesAlone, 0.85, 0.5, "without the regions");
}

void TestDocumentDetector::detect_faintCardEdge_outlinedFromFainterEdges_data()
{
    addSceneColumns();
    // ID cards of seeds 8181 and 2026's sets (as dumped) on the application form, in plain
    // light and under the sensor's noise, and on the cluttered desk out of focus: without the
    // fainter edges' contours no outline of the card is taken (JI 0.00, 0.00, 0.00).
    QTest::newRow("id-card form clean") << 0 << 7 << 0 << quint64(8181025080);
    QTest::newRow("id-card form noise-jpeg") << 0 << 7 << 5 << quint64(2026006640);
    QTest::newRow("id-card clutter blur") << 0 << 2 << 1 << quint64(2026006129);
}

// The card's edge is a step of a few levels while the print (or the clutter) sets the frame's
// contrast, and so the edge thresholds, high: the contours of the fainter edges outline it
// (DetectorOptions::faintEdges).
void TestDocumentDetector::detect_faintCardEdge_outlinedFromFainterEdges()
{
    // Without the closer looks on the other side: nothing taken at 512 px, they find the card
    // on the form.
    DetectorOptions withoutFaint = withoutTheLooks();
    withoutFaint.faintEdges = false;
    withoutFaint.fainterEdges = false; // which outline the card on the clean form too
    withoutFaint.closerLookSizes.clear();
    verifyJisWith({}, withoutFaint, 0.95, 0.5, "without the fainter edges");
}

void TestDocumentDetector::detect_pickTheOutlineNetworkRejects_cardTakenInstead_data()
{
    addSceneColumns();
    // A held-out card in the shadow on a cluttered desk (as dumped) where the ranking picked
    // something else on the desk.
    QTest::newRow("id-card clutter shadow") << 0 << 2 << 7 << quint64(31337094143);
}

// The outline network rejects the ranking's pick; the card, which it sees as a document's own
// edge, is taken instead. (It doubts the pick as well: DetectorOptions::doubtBelowLogit would
// take the card too, so it is off on both sides.)
void TestDocumentDetector::detect_pickTheOutlineNetworkRejects_cardTakenInstead()
{
    DetectorOptions rejecting = unverifiedRanking();
    rejecting.doubtBelowLogit = -std::numeric_limits<double>::infinity();
    DetectorOptions without = rejecting;
    without.rejectBelowLogit = -std::numeric_limits<double>::infinity();
    verifyJisWith(rejecting, without, 0.95, 0.5, "the ranking's pick");
}

void TestDocumentDetector::detect_rankingWithTheLogit_takesTheDocumentItself_data()
{
    addSceneColumns();
    // The scenes of three rules (as dumped) where the ranking without the outline network's
    // logit took the wrong outline: the form under the card going out of the frame
    // (insideOutOfFrameLogit), a cup at the page's corner (doubtBelowLogit), something else
    // on the cluttered desk (rejectBelowLogit).
    QTest::newRow("id-card form handheld") << 0 << 7 << 11 << quint64(8181025144);
    QTest::newRow("id-card form blur") << 0 << 7 << 1 << quint64(1000003542);
    QTest::newRow("id-card form perspective") << 0 << 7 << 6 << quint64(7000594);
    QTest::newRow("a4 clutter uneven light") << 1 << 2 << 2 << quint64(4444013374);
    QTest::newRow("id-card clutter shadow") << 0 << 2 << 7 << quint64(31337094143);
}

// With both networks the ranking weighs the outline network's logit of every outline that
// could be taken (DetectorOptions::verifiedRanking): with the rules after the ranking off, it
// takes the document where the ranking without it took the wrong outline.
void TestDocumentDetector::detect_rankingWithTheLogit_takesTheDocumentItself()
{
    DetectorOptions rulesOff;
    rulesOff.insideOutOfFrameLogit = std::numeric_limits<double>::infinity();
    rulesOff.doubtBelowLogit = -std::numeric_limits<double>::infinity();
    rulesOff.rejectBelowLogit = -std::numeric_limits<double>::infinity();
    rulesOff.likelierVouchedMargin = std::numeric_limits<double>::infinity();
    DetectorOptions without = withoutTheLooks(rulesOff);
    without.verifiedRanking = false;
    // The edges fainter still give the ranking without the logit the card on the form in
    // perspective too: off on that side.
    without.fainterEdges = false;
    verifyJisWith(rulesOff, without, 0.85, 0.7, "without the logit");
}

void TestDocumentDetector::detect_outlineNetworkFineTuned_takesTheDocument_data()
{
    addSceneColumns();
    QTest::addColumn<double>("minJi");
    // Seed 7's scenes (as dumped) on the form that the outline network as first trained lost
    // and the one fine-tuned on the other generator's desks takes (capture/README.md, "The
    // outline network fine-tuned, landed"): JI 0.00 -> 0.88, 0.62 -> 0.94, 0.85 -> 0.97,
    // 0.86 -> 0.97. The card in perspective: 0.94 -> 0.87 since the likelier outline the
    // outline network vouches for is taken (likelierVouchedMargin; logit 2.2 against 1.0).
    QTest::newRow("id-card form noise") << 0 << 7 << 5 << quint64(7000590) << 0.85;
    QTest::newRow("id-card form perspective") << 0 << 7 << 6 << quint64(7000598) << 0.85;
    QTest::newRow("licence form perspective") << 2 << 7 << 6 << quint64(7000597) << 0.95;
    QTest::newRow("licence form uneven light") << 2 << 7 << 2 << quint64(7000574) << 0.95;
}

// The detector as shipped, outline network and all, takes the document.
void TestDocumentDetector::detect_outlineNetworkFineTuned_takesTheDocument()
{
    QFETCH(double, minJi);
    const double ji = detectedJi(true);
    QVERIFY2(ji >= minJi, qPrintable(QStringLiteral("JI %1").arg(ji)));
}

void TestDocumentDetector::detect_likelierOutlineVouchedFor_takesTheCard_data()
{
    addSceneColumns();
    QTest::addColumn<double>("minJi");
    // Seed 7's ID cards on the form (as dumped) whose own outline the ranking finds likelier
    // than the form's and the outline network likelier by more than a logit, but whose edges
    // are not all clear over the form's print: the form was taken (capture/README.md, "An
    // outline likelier to the ranking and the outline network, its edges not all clear"): JI
    // 0.18 -> 0.96, 0.15 -> 0.93, 0.45 -> 1.00.
    QTest::newRow("id-card form handheld") << 0 << 7 << 11 << quint64(7000623) << 0.9;
    QTest::newRow("id-card form perspective") << 0 << 7 << 6 << quint64(7000595) << 0.9;
    QTest::newRow("id-card form thumb") << 0 << 7 << 4 << quint64(7000585) << 0.95;
}

// The detector as shipped takes the card; without the rule it takes the form or a part of it.
void TestDocumentDetector::detect_likelierOutlineVouchedFor_takesTheCard()
{
    QFETCH(double, minJi);
    DetectorOptions without = withoutTheLooks();
    without.likelierVouchedMargin = std::numeric_limits<double>::infinity();
    verifyJisWith(DetectorOptions(), without, minJi, 0.5, "without the rule");
}

void TestDocumentDetector::detect_likelierOutlineWeakerEdges_takenOnlyWhenMuchLikelier_data()
{
    addSceneColumns();
    QTest::addColumn<double>("minJi");
    QTest::addColumn<double>("otherBelow");
    QTest::addColumn<bool>("ungraded");
    // Seed 7's scenes (as dumped) with an outline likelier to the ranking and the outline
    // network than the pick, its edge support between likelierWeakScore and fallbackScore
    // (capture/README.md, "The likelier rule's floor graded by the ranking"). The card under a
    // thumb on the papers, 3.7 times the pick's chance: taken (0.62 -> 0.84; without the lower
    // floor it is not). The card on the form in a dim hall, 1.3 times: not taken, the outline
    // it would be is worse (0.40; ungraded, every outline above the lower floor competing, 0.15).
    QTest::newRow("id-card papers thumb: taken")
        << 0 << 5 << 4 << quint64(7000195) << 0.8 << 0.7 << false;
    QTest::newRow("id-card form low-light: not taken")
        << 0 << 7 << 8 << quint64(7000605) << 0.35 << 0.3 << true;
}

// Compared with the floor at fallbackScore (a rescued card: lower without) or with every
// outline above the lower floor competing whatever the ranking says (ungraded: a worse
// outline taken).
void TestDocumentDetector::detect_likelierOutlineWeakerEdges_takenOnlyWhenMuchLikelier()
{
    QFETCH(double, minJi);
    QFETCH(double, otherBelow);
    QFETCH(bool, ungraded);
    DetectorOptions other = withoutTheLooks();
    if (ungraded)
        other.likelierWeakRatio = 0;
    else
        other.likelierWeakScore = other.fallbackScore;
    verifyJisWith(DetectorOptions(), other, minJi, otherBelow,
                  ungraded ? "ungraded" : "floor at fallbackScore");
}

void TestDocumentDetector::detect_outlineUnlikelyToAllThree_noDocument_data()
{
    addSceneColumns();
    // A held-out empty office desk (as dumped) where the ranking with the logit took an
    // outline round a thing on it: chance 0.21, logit -2.4, the segmentation network 0.24
    // inside it.
    QTest::newRow("office, seed 5151") << 3 << 6 << 0 << quint64(5151015732);
}

// The outline the ranking with the logit would take is unlikely to it, to the outline network
// and to the segmentation network alike (DetectorOptions::unlikelyConfidence, unlikelyLogit,
// unlikelyInside): "no document".
void TestDocumentDetector::detect_outlineUnlikelyToAllThree_noDocument()
{
    DetectorOptions without;
    without.unlikelyConfidence = 0;
    verifyOnlyTheRuleRefuses(asDumped(sceneOfRow().image), without);
}

// A pale ID card on a white desk beside a printed page going out of the frame (a scene of
// tools/other-scenes, tests/data/capture): the segmentation network marks the page's print and
// barely the card, so the card's clear outline is not one the detector would take; the outline
// network doubts the ranking's pick and finds the card a document's own edge
// (DetectorOptions::vouchedLogit), which is taken. Without that: the page (JI 0).
void TestDocumentDetector::detect_cardTheSegmenterMissed_outlineNetworkVouchesForIt()
{
    const cv::Mat frame =
        cv::imread(HALLDESK_SOURCE_DIR "/tests/data/capture/id-card-white-desk-beside-page.jpg");
    QVERIFY(!frame.empty());
    const Quad card{cv::Point2d(1577.02, 467.31), cv::Point2d(1286.17, 564.48),
                    cv::Point2d(1222.63, 381.64), cv::Point2d(1511.42, 285.74)};
    const auto taken = DocumentDetector().detect(frame);
    QVERIFY(taken);
    const double ji = smartDocJaccard(taken->quad, card, 856, 540);
    QVERIFY2(ji >= 0.9, qPrintable(QStringLiteral("JI %1").arg(ji)));

    DetectorOptions without = withoutTheLooks();
    without.vouchedLogit = std::numeric_limits<double>::infinity();
    const auto before = DocumentDetector(without).detect(frame);
    const double jiBefore = before ? smartDocJaccard(before->quad, card, 856, 540) : 0.0;
    QVERIFY2(jiBefore < 0.5, qPrintable(QStringLiteral("without: JI %1").arg(jiBefore)));
}

// A white ID card on a printed page on the white desk (a scene of tools/other-scenes,
// tests/data/capture): its edges against the page are faint (edge support 0.49), so no outline
// could be taken; the side sweep's outline of the card is the ranking's first and the outline
// network vouches for it (logit 3.7; the others' -2.6 and below): it is taken
// (DetectorOptions::vouchedWhenNoneLogit). Without that: "no document".
void TestDocumentDetector::detect_nothingTaken_outlineNetworkVouchesForTheCard()
{
    const cv::Mat frame =
        cv::imread(HALLDESK_SOURCE_DIR "/tests/data/capture/id-card-on-page-white-desk.jpg");
    QVERIFY(!frame.empty());
    const Quad card{cv::Point2d(605.08, 370.90), cv::Point2d(1073.11, 605.87),
                    cv::Point2d(894.92, 930.74), cv::Point2d(434.02, 653.88)};
    const auto taken = DocumentDetector().detect(frame);
    QVERIFY2(taken, "no document");
    const double ji = smartDocJaccard(taken->quad, card, 856, 540);
    QVERIFY2(ji >= 0.95, qPrintable(QStringLiteral("JI %1").arg(ji)));

    DetectorOptions without = withoutTheLooks();
    without.vouchedWhenNoneLogit = std::numeric_limits<double>::infinity();
    without.vouchedWhenNoneLikelyLogit = std::numeric_limits<double>::infinity();
    QVERIFY(!DocumentDetector(without).detect(frame));
}

namespace {
// The ID card of tests/data/capture's `file` (its corners `card`): the detector as shipped
// outlines it at JI `minJi` at least, with `without` below 0.5.
void verifyCardTakenOnlyWith(const char *file, const Quad &card, double minJi,
                             const DetectorOptions &without)
{
    const cv::Mat frame = cv::imread(QStringLiteral(HALLDESK_SOURCE_DIR "/tests/data/capture/%1")
                                         .arg(QString::fromUtf8(file))
                                         .toStdString());
    QVERIFY2(!frame.empty(), file);
    auto jiWith = [&](const DetectorOptions &o) {
        const auto taken = DocumentDetector(o).detect(frame);
        return taken ? smartDocJaccard(taken->quad, card, 856, 540) : 0.0;
    };
    const double ji = jiWith({});
    QVERIFY2(ji >= minJi, qPrintable(QStringLiteral("JI %1").arg(ji)));
    const double jiWithout = jiWith(without);
    QVERIFY2(jiWithout < 0.5, qPrintable(QStringLiteral("without: JI %1").arg(jiWithout)));
}
} // namespace

// An ID card on pale stone, a shadow's edge across it (a scene of tools/other-scenes,
// tests/data/capture): its outline is the ranking's first (confidence 0.32), but its edges are
// not all clear (support 0.71) and the outline network is only fairly sure of it (logit 0.6):
// nothing is taken by the other rules. Likely to both, it is taken
// (DetectorOptions::vouchedWhenNoneLikelyLogit); without that: "no document".
void TestDocumentDetector::detect_nothingTaken_likelyToRankingAndOutlineNetwork_cardTaken()
{
    DetectorOptions without = withoutTheLooks();
    without.vouchedWhenNoneLikelyLogit = std::numeric_limits<double>::infinity();
    // Lying turned a quarter: its own top-left corner is the frame's bottom-left one.
    verifyCardTakenOnlyWith("id-card-stone-shadow.jpg",
                            {cv::Point2d(536.03, 628.56), cv::Point2d(575.44, 98.47),
                             cv::Point2d(903.59, 129.26), cv::Point2d(852.40, 675.10)},
                            0.95, without);
}

// The same scene as detect_cardTheSegmenterMissed_outlineNetworkVouchesForIt's, as the
// generator draws it on this machine (tests/data/capture/README.md): here the ranking picks the
// printed page, which goes on out of the frame; the card lies beside it in view, its edges
// clear and the outline network sure of it (logit 3.4): it is taken
// (DetectorOptions::besideOutOfFrameLogit). Without that: the page (JI 0).
void TestDocumentDetector::detect_cardBesidePageGoingOutOfFrame_cardTaken()
{
    DetectorOptions without = withoutTheLooks();
    without.besideOutOfFrameLogit = std::numeric_limits<double>::infinity();
    verifyCardTakenOnlyWith("id-card-beside-page-going-out.jpg",
                            {cv::Point2d(1577.02, 467.31), cv::Point2d(1286.17, 564.48),
                             cv::Point2d(1222.63, 381.64), cv::Point2d(1511.42, 285.74)},
                            0.9, without);
}

// A white ID card on a printed page on the white desk, seen in perspective (a scene of
// tools/other-scenes, tests/data/capture): no outline can be taken, its edges faint over the
// print (support 0.64); its outline is only the ninth in the ranking (confidence 0.07), and
// the outline network is sure of it (logit above vouchedWhenNoneLogit): taken. Asking only
// the first six, as before (capture/README.md, "Nothing taken: the outline network asked
// about twelve"), and without the looks after the search (a form network's look finds it
// too): "no document".
void TestDocumentDetector::detect_nothingTaken_ninthOutlineVouchedFor_cardTaken()
{
    DetectorOptions without = withoutTheLooks();
    without.vouchedWhenNoneFirst = 6;
    verifyCardTakenOnlyWith("id-card-on-page-white-desk-perspective.jpg",
                            {cv::Point2d(503.21, 537.69), cv::Point2d(1105.85, 739.46),
                             cv::Point2d(925.02, 967.42), cv::Point2d(369.34, 814.39)},
                            0.9, without);
}

// A white ID card on a printed page on the white desk, blurred (tests/data/capture): its edge is
// a loop of a few grey levels, broken where the print and the page's edge come near; the
// edges fainter still, their gaps closed wider, outline it (DetectorOptions::fainterEdges).
// Without them: the page's block of print (JI 0.16).
void TestDocumentDetector::detect_cardOnPageWhiteDesk_outlinedFromEdgesFainterStill()
{
    DetectorOptions without;
    without.fainterEdges = false;
    verifyCardTakenOnlyWith("id-card-on-page-white-desk-blurred.jpg",
                            {cv::Point2d(174.41, 467.96), cv::Point2d(417.95, 521.52),
                             cv::Point2d(384.41, 674.33), cv::Point2d(140.43, 620.92)},
                            0.85, without);
}

void TestDocumentDetector::detect_outlineTheNetworkSeesNothingIn_notTaken_data()
{
    addSceneColumns();
    // Seed 1000's empty desks (as dumped) where a well-outlined rectangle the network sees no
    // document in (mean chance inside 0.000) was taken: a window's reflection on the dark desk,
    // a blank sheet on the pale desk, the magazine on the office desk (SmartDoc's document is
    // the page, never the magazine beside it).
    QTest::newRow("dark desk: reflection") << 3 << 4 << 0 << quint64(1000003184);
    QTest::newRow("dark desk: another reflection") << 3 << 4 << 0 << quint64(1000003196);
    QTest::newRow("papers: a blank sheet") << 3 << 5 << 0 << quint64(1000003203);
    QTest::newRow("office: the magazine") << 3 << 6 << 0 << quint64(1000003278);
}

void TestDocumentDetector::detect_outlineTheNetworkSeesNothingIn_notTaken()
{
    // The three would refuse these outlines too (detect_outlineUnlikelyToAllThree_noDocument):
    // off as well.
    DetectorOptions without;
    without.minNetworkInside = 0;
    without.unlikelyConfidence = 0;
    verifyOnlyTheRuleRefuses(asDumped(sceneOfRow().image), without);
}

void TestDocumentDetector::detect_bareDesk_saysNoDocument_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("plain counter 1") << quint64(1);
    QTest::newRow("plain counter 2") << quint64(2);
    QTest::newRow("plain counter 3") << quint64(3);
}

void TestDocumentDetector::detect_bareDesk_saysNoDocument()
{
    QFETCH(quint64, seed);
    const cv::Mat desk = renderBackground(SceneBackground::Counter, {1280, 720}, seed);
    QVERIFY(!DocumentDetector().detect(desk));
}

void TestDocumentDetector::detect_garbageFrames_noCrash()
{
    const DocumentDetector detector;
    QVERIFY(!detector.detect(cv::Mat()));
    QVERIFY(!detector.detect(cv::Mat(1, 1, CV_8UC3, cv::Scalar(0, 0, 0))));
    QVERIFY(!detector.detect(cv::Mat(720, 1280, CV_8UC3, cv::Scalar(128, 128, 128))));
    QVERIFY(!detector.detect(cv::Mat(720, 1280, CV_32FC3, cv::Scalar(0.5, 0.5, 0.5))));
    cv::Mat gray(720, 1280, CV_8UC1, cv::Scalar(40));
    cv::rectangle(gray, cv::Rect(400, 200, 500, 320), cv::Scalar(230), cv::FILLED);
    const std::optional<Detection> d = detector.detect(gray);
    QVERIFY(d);
    QVERIFY(maxCornerError(d->quad, Quad{cv::Point2d(399.5, 199.5), cv::Point2d(899.5, 199.5),
                                         cv::Point2d(899.5, 519.5), cv::Point2d(399.5, 519.5)}) <
            2.0);
}

void TestDocumentDetector::outlines_twoPages_takenFirstThenTheOther()
{
    // A certificate and a letter side by side: the outlines the clerk may choose among are the
    // one detect() takes, then the other page (the next object), each object once; at most
    // `max`; a bad frame offers none.
    const Quad left{cv::Point2d(90, 110), cv::Point2d(400, 95), cv::Point2d(415, 530),
                    cv::Point2d(100, 545)};
    const Quad right{cv::Point2d(760, 140), cv::Point2d(1060, 150), cv::Point2d(1050, 575),
                     cv::Point2d(745, 565)};
    cv::Mat frame = renderBackground(SceneBackground::Wood, {1280, 720}, 41);
    cv::Size2d model;
    placeDocument(frame, renderDocumentTemplate(SceneDocument::A4Certificate, 41, &model, 0), left);
    placeDocument(frame, renderDocumentTemplate(SceneDocument::A4Certificate, 42, &model, 7),
                  right);
    const DocumentDetector detector;
    const std::optional<Detection> taken = detector.detect(frame);
    QVERIFY(taken);
    const std::vector<Quad> offered = detector.outlines(frame, 5);
    QVERIFY(offered.size() >= 2 && offered.size() <= 5);
    QVERIFY(maxCornerError(offered[0], taken->quad) < 1.0);
    const bool leftTaken = maxCornerError(taken->quad, left) < 8.0;
    QVERIFY(leftTaken || maxCornerError(taken->quad, right) < 8.0);
    QVERIFY2(maxCornerError(offered[1], leftTaken ? right : left) < 8.0, "the other page next");
    for (size_t i = 0; i < offered.size(); ++i)
        for (size_t j = i + 1; j < offered.size(); ++j)
            QVERIFY(quadIou(offered[i], offered[j]) < kOtherObjectIoU);
    QCOMPARE(detector.outlines(frame, 1).size(), size_t(1));
    QVERIFY(detector.outlines(frame, 0).empty());
    QVERIFY(detector.outlines(cv::Mat(), 5).empty());
    QVERIFY(detector.outlines(cv::Mat(1, 1, CV_8UC3, cv::Scalar(0, 0, 0)), 5).empty());
}

void TestDocumentDetector::segmenter_builtInModel_marksTheDocument()
{
    // The network built into the library reads, and on a scene it was not trained on (seeds
    // below 5 * 10^12) marks the document's cells and leaves the desk's.
    const DocumentSegmenter segmenter;
    QVERIFY2(segmenter.isLoaded(), qPrintable(segmenter.error()));
    QVERIFY(segmenter.error().isEmpty());
    SceneSpec spec;
    spec.seed = 900021;
    spec.document = SceneDocument::A4Certificate;
    spec.background = SceneBackground::Wood;
    const Scene scene = renderScene(spec);
    double scale = 1;
    const cv::Mat working = detectorWorkingImage(scene.image, 512, &scale);
    const cv::Mat prob = segmenter.probabilities(working);
    QCOMPARE(prob.type(), CV_32F);
    const int cell = DocumentSegmenter::cellOf(working, prob);
    QVERIFY(cell == DocumentSegmenter::kCell || cell == DocumentSegmenter::kFineCell);
    QCOMPARE(prob.rows, (working.rows + 15) / 16 * 16 / cell);
    QCOMPARE(prob.cols, (working.cols + 15) / 16 * 16 / cell);
    // Cells well inside and well outside the document (its outline shrunk / grown by 3 cells).
    cv::Mat inside = cv::Mat::zeros(prob.size(), CV_8U), outside = inside.clone();
    std::vector<cv::Point> poly;
    for (const cv::Point2d &c : *scene.truth)
        poly.emplace_back(int(c.x * scale / cell), int(c.y * scale / cell));
    cv::fillConvexPoly(inside, poly, cv::Scalar(255));
    const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_RECT, {7, 7});
    cv::dilate(inside, outside, kernel);
    cv::bitwise_not(outside, outside);
    cv::erode(inside, inside, kernel);
    QVERIFY(cv::countNonZero(inside) > 20 && cv::countNonZero(outside) > 20);
    const double in = cv::mean(prob, inside)[0], out = cv::mean(prob, outside)[0];
    QVERIFY2(in > 0.8 && out < 0.2, qPrintable(QStringLiteral("in %1 out %2").arg(in).arg(out)));
}

void TestDocumentDetector::segmenter_inputFor_halvedOrWholePadded_data()
{
    QTest::addColumn<int>("cols");
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("whole");
    QTest::addColumn<int>("inCols");
    QTest::addColumn<int>("inRows");
    QTest::newRow("16:9 halved") << 512 << 288 << false << 256 << 144;
    QTest::newRow("16:9 whole") << 512 << 288 << true << 512 << 288;
    QTest::newRow("3:2 halved, padded to 16") << 512 << 341 << false << 256 << 176;
    QTest::newRow("3:2 whole, padded to 32") << 512 << 341 << true << 512 << 352;
}

void TestDocumentDetector::segmenter_inputFor_halvedOrWholePadded()
{
    QFETCH(int, cols);
    QFETCH(int, rows);
    QFETCH(bool, whole);
    QFETCH(int, inCols);
    QFETCH(int, inRows);
    // A left half dark, a right half light: what the network reads keeps the edge in place
    // and repeats the last row and column into the padding.
    cv::Mat working(rows, cols, CV_8UC3, cv::Scalar(200, 200, 200));
    working(cv::Rect(0, 0, cols / 2, rows)).setTo(cv::Scalar(40, 40, 40));
    const cv::Mat in = DocumentSegmenter::inputFor(working, whole ? DocumentSegmenter::Input::Full
                                                                  : DocumentSegmenter::Input::Half);
    QCOMPARE(in.cols, inCols);
    QCOMPARE(in.rows, inRows);
    QCOMPARE(in.type(), CV_8UC3);
    const int k = whole ? 1 : 2;
    QCOMPARE(int(in.at<cv::Vec3b>(in.rows - 1, cols / k / 2 - 2)[0]), 40);
    QCOMPARE(int(in.at<cv::Vec3b>(in.rows - 1, cols / k / 2 + 2)[0]), 200);
    QCOMPARE(int(in.at<cv::Vec3b>(0, in.cols - 1)[0]), 200);
}

void TestDocumentDetector::verifier_patchesFor_outlineOnTheInnerSquare()
{
    // A light tilted card on a grey desk, half of a second one out of the frame.
    cv::Mat working(288, 512, CV_8UC3, cv::Scalar::all(90));
    const Quad card = {cv::Point2d(120, 60), cv::Point2d(330, 80), cv::Point2d(315, 215),
                       cv::Point2d(105, 195)};
    std::vector<cv::Point> poly;
    for (const cv::Point2d &c : card)
        poly.emplace_back(int(std::lround(c.x)), int(std::lround(c.y)));
    cv::fillConvexPoly(working, poly, cv::Scalar::all(230), cv::LINE_AA);
    const Quad cut = {cv::Point2d(440, 150), cv::Point2d(560, 150), cv::Point2d(560, 250),
                      cv::Point2d(440, 250)};
    const std::vector<cv::Mat> patches = OutlineVerifier::patchesFor(working, {card, cut});
    QCOMPARE(patches.size(), size_t(2));
    constexpr int n = OutlineVerifier::kPatch, m = OutlineVerifier::kMargin;
    for (const cv::Mat &p : patches) {
        QCOMPARE(p.type(), CV_8UC3);
        QCOMPARE(p.size(), cv::Size(n, n));
    }
    auto grey = [](const cv::Mat &p, int x, int y) { return int(p.at<cv::Vec3b>(y, x)[1]); };
    const cv::Mat &a = patches[0];
    // The card fills the inner square (its corners 3 px in), the desk is round it.
    for (const auto &[x, y] : {std::pair{m + 3, m + 3},
                               {n - m - 4, m + 3},
                               {n - m - 4, n - m - 4},
                               {m + 3, n - m - 4},
                               {n / 2, n / 2}})
        QVERIFY2(grey(a, x, y) > 220, qPrintable(QStringLiteral("(%1, %2)").arg(x).arg(y)));
    for (const auto &[x, y] :
         {std::pair{m - 4, m - 4}, {n - m + 3, n / 2}, {n / 2, n - m + 3}, {4, 4}})
        QVERIFY2(std::abs(grey(a, x, y) - 90) < 10,
                 qPrintable(QStringLiteral("(%1, %2)").arg(x).arg(y)));
    // Beyond the frame's right edge (x 512 of the outline's 440-560): black.
    const cv::Mat &b = patches[1];
    QVERIFY(std::abs(grey(b, m + 5, n / 2) - 90) < 10);
    QCOMPARE(grey(b, n - m - 5, n / 2), 0);
    QCOMPARE(grey(b, n - 3, n / 2), 0);
}

// The patches as the network reads them: each channel less its mean, divided by the patch's
// spread (the channels' standard deviations' root mean square, at least 8 levels), in N x 3 x
// 96 x 96 planes: to the bit what the OpenCV calls of verifier.py's standardise give, for a
// patch of noise, a flat one (the floor of 8) and one of two colours.
void TestDocumentDetector::verifier_inputFor_standardisedLikeTheTraining()
{
    constexpr int n = OutlineVerifier::kPatch;
    cv::Mat noise(n, n, CV_8UC3), flat(n, n, CV_8UC3, cv::Scalar(200, 201, 203)),
        halves(n, n, CV_8UC3, cv::Scalar(30, 40, 50));
    cv::RNG rng(7);
    rng.fill(noise, cv::RNG::UNIFORM, 0, 256);
    flat.at<cv::Vec3b>(5, 5) = cv::Vec3b(210, 190, 203);
    halves(cv::Rect(n / 2, 0, n / 2, n)).setTo(cv::Scalar(220, 230, 240));
    const std::vector<cv::Mat> patches = {noise, flat, halves};
    const cv::Mat in = OutlineVerifier::inputFor(patches);
    QCOMPARE(in.dims, 4);
    QCOMPARE(in.size[0], 3);
    QCOMPARE(in.size[1], 3);
    QCOMPARE(in.size[2], n);
    QCOMPARE(in.size[3], n);
    for (int i = 0; i < 3; ++i) {
        cv::Mat f;
        patches[size_t(i)].convertTo(f, CV_32F);
        cv::Scalar mean, sd;
        cv::meanStdDev(f, mean, sd);
        const double spread =
            std::max(8.0, std::sqrt((sd[0] * sd[0] + sd[1] * sd[1] + sd[2] * sd[2]) / 3.0));
        f -= mean;
        f /= spread;
        std::vector<cv::Mat> planes;
        cv::split(f, planes);
        for (int c = 0; c < 3; ++c) {
            const cv::Mat got(n, n, CV_32F, const_cast<float *>(in.ptr<float>(i, c)));
            QVERIFY2(cv::norm(got, planes[size_t(c)], cv::NORM_INF) == 0.0,
                     qPrintable(QStringLiteral("patch %1, channel %2").arg(i).arg(c)));
        }
    }
    // The halves: means 125 / 135 / 145, each channel's spread 95, so -1 and +1.
    QCOMPARE(in.ptr<float>(2, 0)[0], -1.0f);
    QCOMPARE(in.ptr<float>(2, 2)[n - 1], 1.0f);
}

void TestDocumentDetector::verifier_builtInModel_prefersTheDocumentsOwnOutline_data()
{
    addSceneColumns();
    // Scenes it was not trained on (evaluation seeds); a licence's printed frame, a card on
    // white sheets, a page on wood.
    QTest::newRow("licence, office desk")
        << int(SceneDocument::Licence) << int(SceneBackground::Office) << int(SceneCondition::Clean)
        << quint64(900031);
    QTest::newRow("ID card, papers") << int(SceneDocument::IdCard) << int(SceneBackground::Papers)
                                     << int(SceneCondition::UnevenLight) << quint64(900032);
    QTest::newRow("A4 certificate, wood")
        << int(SceneDocument::A4Certificate) << int(SceneBackground::Wood)
        << int(SceneCondition::Shadow) << quint64(900033);
    QTest::newRow("ID card, cloth") << int(SceneDocument::IdCard) << int(SceneBackground::Cloth)
                                    << int(SceneCondition::Glare) << quint64(900034);
}

void TestDocumentDetector::verifier_builtInModel_prefersTheDocumentsOwnOutline()
{
    const OutlineVerifier verifier;
    QVERIFY2(verifier.isLoaded(), qPrintable(verifier.error()));
    const Scene scene = sceneOfRow();
    QVERIFY(scene.truth);
    const cv::Mat working = detectorWorkingImage(scene.image, 512, nullptr);
    const Quad truth = truthOnWorking(scene);
    // The document's own outline, one just inside it (a printed frame, the page's print) and
    // one just outside (a sheet under it).
    const std::vector<float> z =
        verifier.logits(working, {truth, grown(truth, 0.9), grown(truth, 1.1)});
    QCOMPARE(z.size(), size_t(3));
    // ... and does not doubt it (the rules' threshold: DetectorOptions::doubtBelowLogit).
    QVERIFY2(
        z[0] > DetectorOptions().doubtBelowLogit && z[0] > z[1] + 0.5 && z[0] > z[2] + 0.5,
        qPrintable(QStringLiteral("own %1, inside %2, outside %3").arg(z[0]).arg(z[1]).arg(z[2])));
}

void TestDocumentDetector::detect_verifierUnreadable_rankedWithoutIt()
{
    SceneSpec spec;
    spec.seed = 900033;
    spec.document = SceneDocument::A4Certificate;
    spec.background = SceneBackground::Wood;
    const Scene scene = renderScene(spec);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString model = dir.filePath(QStringLiteral("outline.onnx"));
    QVERIFY(writeNotANetwork(model));
    DetectorOptions broken, none;
    broken.verifierModel = model;
    none.verifierModel.clear();
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("outline model .* could not be read")));
    const std::optional<Detection> a = DocumentDetector(broken).detect(scene.image);
    const std::optional<Detection> b = DocumentDetector(none).detect(scene.image);
    QVERIFY(a && b);
    QCOMPARE(maxCornerError(a->quad, b->quad), 0.0);
    QVERIFY(smartDocJaccard(a->quad, *scene.truth, scene.modelWidth, scene.modelHeight) > 0.95);
}

void TestDocumentDetector::refiner_builtInModel_movesOutlinesOntoTheDocument_data()
{
    // Scenes it was not trained on (the outline network's test scenes above). Not the ID card
    // on white sheets in uneven light (seed 900032): there the outlines come out worse (IoU
    // 0.82-0.89 from 0.87-0.95), and only the outline network keeps the detector from taking
    // them (Choice::refined; capture/README.md, "The outline refiner").
    addUnseenTestScenes();
}

// Outlines a little off the document (grown, shrunk, one side moved out onto the desk or in
// onto the print) are moved onto it.
void TestDocumentDetector::refiner_builtInModel_movesOutlinesOntoTheDocument()
{
    const OutlineRefiner refiner;
    QVERIFY2(refiner.isLoaded(), qPrintable(refiner.error()));
    const Scene scene = sceneOfRow();
    QVERIFY(scene.truth);
    const cv::Mat working = detectorWorkingImage(scene.image, 512, nullptr);
    const Quad truth = truthOnWorking(scene);
    const cv::Point2d centre = quadCentre(truth);
    // The side from corner k to the next moved along the line from the centre by `f` of it.
    auto sideMoved = [&](size_t k, double f) {
        Quad q = truth;
        const cv::Point2d mid = (truth[k] + truth[(k + 1) % 4]) / 2.0;
        const cv::Point2d shift = (mid - centre) * f;
        q[k] += shift;
        q[(k + 1) % 4] += shift;
        return q;
    };
    const std::vector<Quad> off{grown(truth, 1.07), grown(truth, 0.93), sideMoved(0, 0.1),
                                sideMoved(1, -0.1)};
    // The detector's passes (DetectorOptions::refinerPasses).
    std::vector<Quad> moved = off;
    for (int pass = 0; pass < DetectorOptions().refinerPasses; ++pass)
        moved = refiner.refined(working, moved);
    QCOMPARE(moved.size(), off.size());
    QString figures;
    bool all = true;
    for (size_t i = 0; i < off.size(); ++i) {
        const double before = quadIou(off[i], truth), after = quadIou(moved[i], truth);
        figures += QStringLiteral(" %1 -> %2").arg(before, 0, 'f', 3).arg(after, 0, 'f', 3);
        all = all && after >= 0.94 && after > before + 0.02;
    }
    QVERIFY2(all, qPrintable(QStringLiteral("IoU:") + figures));
    QVERIFY(refiner.refined(cv::Mat(), off).empty());
}

void TestDocumentDetector::detect_refinerUnreadable_detectedWithoutIt()
{
    // A scene whose outline the refiner moves (detect_outlineNotOnTheEdge_refinersOutlineTaken).
    SceneSpec spec;
    spec.seed = 7000558;
    spec.document = SceneDocument::Licence;
    spec.background = SceneBackground::Form;
    const cv::Mat image = asDumped(renderScene(spec).image);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString model = dir.filePath(QStringLiteral("refiner.onnx"));
    verifyUnreadableModelLikeNone(image, &DetectorOptions::refinerModel, model,
                                  "outline refiner model .* could not be read");
    QVERIFY(!OutlineRefiner(model).isLoaded());
}

// The patch round each corner: the corner at its centre, the side to the next corner along
// its x axis and the side to the one before along its y axis, so the document fills its
// lower right quarter whatever the outline's turn.
void TestDocumentDetector::corners_patchFor_cornerAtTheCentreSidesAlongTheAxes()
{
    cv::Mat image(600, 800, CV_8UC3, cv::Scalar::all(30));
    const Quad page{cv::Point2d(250, 80), cv::Point2d(640, 170), cv::Point2d(560, 520),
                    cv::Point2d(170, 430)};
    std::vector<cv::Point> poly;
    for (const cv::Point2d &p : page)
        poly.emplace_back(cvRound(p.x), cvRound(p.y));
    cv::fillConvexPoly(image, poly, cv::Scalar::all(220), cv::LINE_AA);
    constexpr int n = CornerRefiner::kPatch, h = n / 2;
    for (size_t k = 0; k < 4; ++k) {
        cv::Matx23d map;
        const cv::Mat patch = CornerRefiner::patchFor(image, page, k, &map);
        QCOMPARE(patch.type(), CV_8UC1);
        QCOMPARE(patch.size(), cv::Size(n, n));
        const cv::Vec2d centre = map * cv::Vec3d(h, h, 1);
        QVERIFY(cv::norm(cv::Point2d(centre[0], centre[1]) - page[k]) < 1e-6);
        const double inside = cv::mean(patch(cv::Rect(h + 4, h + 4, h - 8, h - 8)))[0];
        for (const cv::Rect other : {cv::Rect(4, 4, h - 8, h - 8), cv::Rect(h + 4, 4, h - 8, h - 8),
                                     cv::Rect(4, h + 4, h - 8, h - 8)})
            QVERIFY2(cv::mean(patch(other))[0] < 40 && inside > 200,
                     qPrintable(QStringLiteral("corner %1: inside %2").arg(k).arg(inside)));
    }
}

void TestDocumentDetector::corners_builtInModel_movesCornersOntoTheDocument_data()
{
    // Scenes it was not trained on (the outline network's test scenes above).
    addUnseenTestScenes();
}

// Outlines a few per cent off the document (grown as round a stack under it, shrunk, each
// corner pushed its own way) are moved nearer it, corner by corner: the mean corner error to
// at most 0.65 of what it was (the built-in model: 0.31-0.60 on the licence, 0.06-0.21 on the
// others).
void TestDocumentDetector::corners_builtInModel_movesCornersOntoTheDocument()
{
    const CornerRefiner corners;
    QVERIFY2(corners.isLoaded(), qPrintable(corners.error()));
    const Scene scene = sceneOfRow();
    QVERIFY(scene.truth);
    const Quad truth = *scene.truth;
    double side = 0;
    for (size_t k = 0; k < 4; ++k)
        side += cv::norm(truth[(k + 1) % 4] - truth[k]) / 4;
    Quad pushed = truth;
    const double d = 0.025 * side;
    const cv::Point2d ways[4] = {{d, -d}, {d, d}, {-d, d}, {-d, -d}};
    for (size_t k = 0; k < 4; ++k)
        pushed[k] += ways[k] * (k % 2 ? 1.0 : -0.6);
    auto meanError = [&](const Quad &q) {
        double sum = 0;
        for (size_t k = 0; k < 4; ++k)
            sum += cv::norm(q[k] - truth[k]) / 4;
        return sum;
    };
    QString figures;
    bool all = true;
    for (const Quad &off : {grown(truth, 1.05), grown(truth, 0.96), pushed}) {
        const std::optional<Quad> moved = corners.refined(scene.image, off);
        QVERIFY(moved);
        const double before = meanError(off), after = meanError(*moved);
        figures += QStringLiteral(" %1 -> %2").arg(before, 0, 'f', 1).arg(after, 0, 'f', 1);
        all = all && after < 0.65 * before;
    }
    QVERIFY2(all, qPrintable(QStringLiteral("mean corner error (px):") + figures));
    QVERIFY(!corners.refined(cv::Mat(), truth));
}

void TestDocumentDetector::detect_cornerNetworksOutlineLikelier_taken_data()
{
    addSceneColumns();
    // Scenes of seed 7's set (as dumped) whose outline has a corner or two a few pixels off
    // the document: a blurred licence, an A4 page on the papers desk in motion blur, a small
    // ID card (JI 0.92, 0.93, 0.95 without the corner network).
    QTest::newRow("licence counter blur") << 2 << 0 << 1 << quint64(7000040);
    QTest::newRow("a4 papers motion-blur") << 1 << 5 << 10 << quint64(7000271);
    QTest::newRow("id-card cloth small-top-down") << 0 << 3 << 9 << quint64(7000192);
}

// The corner network's outline is taken where the outline network finds it likelier; without
// the network the outline stays a few pixels off.
void TestDocumentDetector::detect_cornerNetworksOutlineLikelier_taken()
{
    DetectorOptions without;
    without.cornerModel.clear();
    verifyJisWith({}, without, 0.97, 0.96, "without the corner network");
    // Nor would it be taken where the outline network does not prefer it.
    DetectorOptions unlikely;
    unlikely.cornerLogitMargin = 100;
    verifyJisWith({}, unlikely, 0.97, 0.96, "with a margin no outline reaches");
}

void TestDocumentDetector::detect_cornerModelUnreadable_detectedWithoutIt()
{
    // A scene whose outline the corner network moves (the first row above).
    SceneSpec spec;
    spec.seed = 7000040;
    spec.document = SceneDocument::Licence;
    spec.background = SceneBackground::Counter;
    spec.condition = SceneCondition::Blur;
    const cv::Mat image = asDumped(renderScene(spec).image);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString model = dir.filePath(QStringLiteral("corners.onnx"));
    verifyUnreadableModelLikeNone(image, &DetectorOptions::cornerModel, model,
                                  "corner network model .* could not be read");
    QVERIFY(!CornerRefiner(model).isLoaded());
    QVERIFY(DetectorOptions::forLiveFrames().cornerModel.isEmpty());
}

void TestDocumentDetector::detect_outlineNotOnTheEdge_refinersOutlineTaken_data()
{
    addSceneColumns();
    // Seed 7's scenes (as dumped) where the outline taken was off the document's edge (JI
    // 0.84, 0.87 and 0.88 without the refiner): licences on the form and on the office desk,
    // an A4 page on noisy cloth with a side on the cloth's pattern, 30 px outside the page.
    QTest::newRow("licence form clean") << 2 << 7 << 0 << quint64(7000558);
    QTest::newRow("licence office clean") << 2 << 6 << 0 << quint64(7000411);
    QTest::newRow("a4 cloth noise") << 1 << 3 << 5 << quint64(7000221);
}

// The outline taken through the outline refiner: its outline, which the outline network finds
// likelier, is taken (DetectorOptions::refinerModel, refinedMargin).
void TestDocumentDetector::detect_outlineNotOnTheEdge_refinersOutlineTaken()
{
    DetectorOptions without = withoutTheCornerNetwork();
    without.refinerModel.clear();
    verifyJisWith(withoutTheCornerNetwork(), without, 0.97, 0.9, "without the outline refiner");
}

void TestDocumentDetector::detect_refinersOutline_refittedToTheNearestStep_data()
{
    addSceneColumns();
    // Seed 7's scenes (as dumped) whose refined outline, re-fitted at full resolution to the
    // outermost clear step, left the paper's edge (JI 0.999 / 0.994 / 0.982 -> 0.945 / 0.950 /
    // 0.946): a licence on the cluttered desk seen at an angle (its sides in on the printed
    // frame), an ID card on the form and a licence on the white sheets, both blurred (sides out
    // on the blur's outer rim).
    QTest::newRow("licence clutter perspective") << 2 << 2 << 6 << quint64(7000252);
    QTest::newRow("id-card form blur") << 0 << 7 << 1 << quint64(7000564);
    QTest::newRow("licence papers blur") << 2 << 5 << 1 << quint64(7000092);
}

// The refiner's outline taken is re-fitted to the step nearest it, not to the outermost one
// (DetectorOptions::refinedToNearestStep).
void TestDocumentDetector::detect_refinersOutline_refittedToTheNearestStep()
{
    DetectorOptions outermost = withoutTheCornerNetwork();
    outermost.refinedToNearestStep = false;
    verifyJisWith(withoutTheCornerNetwork(), outermost, 0.97, 0.96,
                  "re-fitted to the outermost step");
}

void TestDocumentDetector::detect_refinersOutlineDoubtedLess_takenAboveTheFloor_data()
{
    addSceneColumns();
    // Seed 7's scenes (as dumped) in uneven light where the outline network doubts both the
    // outline taken and the refiner's of it, the refiner's less (logit between -1 and 0): JI
    // 0.869 / 0.920 / 0.931 with the floor at 0.
    QTest::newRow("id-card counter uneven-light") << 0 << 0 << 2 << quint64(7000094);
    QTest::newRow("a4 papers uneven-light") << 1 << 5 << 2 << quint64(7000123);
    QTest::newRow("id-card office uneven-light") << 0 << 6 << 2 << quint64(7000422);
}

// The refiner's outline is taken with a logit above DetectorOptions::refinedLogit (-1), below
// 0, when it is refinedMargin likelier than the one taken.
void TestDocumentDetector::detect_refinersOutlineDoubtedLess_takenAboveTheFloor()
{
    // Without the corner network: it takes another outline of the office card (JI 0.913), the
    // outline network liking it 0.5 more (capture/README.md, "The corner network").
    DetectorOptions floorAtZero = withoutTheCornerNetwork();
    floorAtZero.refinedLogit = 0;
    verifyJisWith(withoutTheCornerNetwork(), floorAtZero, 0.945, 0.935, "the floor at 0");
}

void TestDocumentDetector::detect_doubtedOutline_secondLookInsideTakesTheDocument_data()
{
    addSceneColumns();
    // Seed 7's scenes (as dumped) where the outline taken at the frame's scale is doubted
    // (logit below -1) and wrong: the form under a motion-blurred card (JI 0.28 without the
    // second look), a licence on the office desk whose outline runs out onto the desk (0.78).
    QTest::newRow("id-card form motion-blur") << 0 << 7 << 10 << quint64(7000618);
    QTest::newRow("licence office noise-jpeg") << 2 << 6 << 5 << quint64(7000442);
}

// The frame cropped to the doubted outline's box is searched again, and the crop's outline,
// smaller and likelier to the outline network by innerLookMargin, is taken.
void TestDocumentDetector::detect_doubtedOutline_secondLookInsideTakesTheDocument()
{
    DetectorOptions never = withoutTheLooks();
    verifyJisWith({}, never, 0.88, 0.8, "without the second look");
}

void TestDocumentDetector::detect_doubtedOrNothingTaken_formNetworksLookTakesTheDocument_data()
{
    addSceneColumns();
    // Seed 1000's scenes (as dumped) where nothing is taken at the frame's scale, or the
    // outline taken is doubted: an A4 page on the papers desk in uneven light (no document
    // without the look), an ID card on the form in a dim hall (JI 0.87 without it).
    QTest::newRow("a4 papers uneven-light") << 1 << 5 << 2 << quint64(1000003102);
    QTest::newRow("id-card form low-light") << 0 << 7 << 8 << quint64(1000003584);
}

// The form network (DetectorOptions::formSegmenterModels) sees the document elsewhere than the
// outline taken; the frame cropped round what it sees is searched again, and the crop's
// outline the outline network likes best is taken.
void TestDocumentDetector::detect_doubtedOrNothingTaken_formNetworksLookTakesTheDocument()
{
    DetectorOptions without;
    without.formSegmenterModels.clear();
    verifyJisWith({}, without, 0.9, 0.9, "without the form network's look");
}

void TestDocumentDetector::detect_documentOnlyOneFormNetworkSees_takenWithAllThree_data()
{
    addSceneColumns();
    QTest::addColumn<int>("network");
    // Scenes of seeds 7, 2026 and 3033 (as dumped) where the document is found only with the
    // second form network (ID cards on the form: JI 0.16 and 0.09 with the first alone) or only
    // with the third (a licence on the office desk in a shadow).
    QTest::newRow("id-card form uneven-light") << 0 << 7 << 2 << quint64(7000569) << 1;
    QTest::newRow("id-card form small-top-down") << 0 << 7 << 9 << quint64(3033009694) << 1;
    QTest::newRow("licence office shadow") << 2 << 6 << 7 << quint64(2026006509) << 2;
}

// Each form network (DocumentSegmenter::formModels()) sees some documents the others miss:
// without the one the row names, the document is not taken.
void TestDocumentDetector::detect_documentOnlyOneFormNetworkSees_takenWithAllThree()
{
    QFETCH(int, network);
    DetectorOptions without;
    QCOMPARE(without.formSegmenterModels.size(), 3);
    without.formSegmenterModels.removeAt(network);
    verifyJisWith({}, without, 0.9, 0.9, "without that form network");
}

void TestDocumentDetector::detect_sheetUnderTheCard_outlineNetworkPicksTheCard_data()
{
    addSceneColumns();
    // The scenes of detect_likelierOutlineNearlyClear_takenOverAClearOne where, with the
    // clear outline always first, the sheet under or beside the card was taken.
    QTest::newRow("id-card cloth thumb") << 0 << 3 << 4 << quint64(999003080);
    QTest::newRow("id-card papers clean") << 0 << 5 << 0 << quint64(2026006094);
    QTest::newRow("id-card papers blur") << 0 << 5 << 1 << quint64(7000054);
}

// The ranking (with the clear outline always first) picks the sheet; the card's outline and
// the sheet's overlap, and the outline network sees the card's as the document's own edge
// (DetectorOptions::verifierModel): the card is taken.
void TestDocumentDetector::detect_sheetUnderTheCard_outlineNetworkPicksTheCard()
{
    DetectorOptions clearWins;
    clearWins.likelierRatio = 0;
    DetectorOptions withoutNetwork = clearWins;
    withoutNetwork.verifierModel.clear();
    verifyJisWith(clearWins, withoutNetwork, 0.95, 0.9, "without");
}

void TestDocumentDetector::detect_cardOnFormGoingOutOfFrame_cardTaken_data()
{
    addSceneColumns();
    // ID cards on the application form (SceneBackground::Form) of the standard sets where,
    // without DetectorOptions::insideOutOfFrameLogit, the form going on out of the frame was
    // taken.
    QTest::newRow("id-card form handheld") << 0 << 7 << 11 << quint64(8181025144);
    QTest::newRow("id-card form blur") << 0 << 7 << 1 << quint64(1000003542);
    QTest::newRow("id-card form perspective") << 0 << 7 << 6 << quint64(7000594);
}

// The ranking picks the form under the card, going on out of the frame; the card's outline
// inside it is one the outline network sees as a document's own edge: the card is taken.
void TestDocumentDetector::detect_cardOnFormGoingOutOfFrame_cardTaken()
{
    DetectorOptions formWins = withoutTheLooks(unverifiedRanking());
    formWins.insideOutOfFrameLogit = std::numeric_limits<double>::infinity();
    formWins.fainterEdges = false; // which make the card likelier than the form in perspective
    verifyJisWith(unverifiedRanking(), formWins, 0.85, 0.7, "the form");
}

void TestDocumentDetector::detect_segmenterUnreadable_edgesAloneAndWarned_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: no file at all
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("garbage") << QByteArray("this is not an ONNX model");
}

void TestDocumentDetector::detect_segmenterUnreadable_edgesAloneAndWarned()
{
    QFETCH(QByteArray, content);
    const QString frame =
        dataDir +
        QStringLiteral("/smartdoc15_ch1_subset18/images/background01_letter001_frame_0098.jpeg");
    const cv::Mat img = cv::imread(frame.toStdString());
    if (img.empty())
        QSKIP("shared/data/capture is not there");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString model = dir.filePath(QStringLiteral("docseg.onnx"));
    if (!content.isEmpty()) {
        QFile f(model);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    DetectorOptions options;
    options.segmenterModel = model;
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("document segmentation model .*"
                                                           "docseg.onnx could not be read.*")));
    const DocumentDetector detector(options);
    QVERIFY(!detector.segmenter().isLoaded());
    QVERIFY(!detector.segmenter().error().isEmpty());
    // The frame is still found, exactly as by the edges alone.
    DetectorOptions edgesOnly;
    edgesOnly.segmenterModel.clear();
    const std::optional<Detection> d = detector.detect(img);
    const std::optional<Detection> e = DocumentDetector(edgesOnly).detect(img);
    QVERIFY(d && e);
    QCOMPARE(maxCornerError(d->quad, e->quad), 0.0);
}

void TestDocumentDetector::smartDocJaccard_shiftedSquare_matchesReference()
{
    // The same cases as shared/data/capture/tools/quadlib.py's self-test.
    const Quad sq{cv::Point2d(0, 0), cv::Point2d(10, 0), cv::Point2d(10, 10), cv::Point2d(0, 10)};
    const Quad sh{cv::Point2d(5, 0), cv::Point2d(15, 0), cv::Point2d(15, 10), cv::Point2d(5, 10)};
    QCOMPARE_LE(std::abs(quadIou(sq, sh) - 50.0 / 150.0), 1e-6);
    // Apart, boxes and all; the boxes overlapping at a corner, the squares not; one inside.
    const Quad apart{cv::Point2d(20, 0), cv::Point2d(30, 0), cv::Point2d(30, 10),
                     cv::Point2d(20, 10)};
    const Quad diamond{cv::Point2d(16, 9), cv::Point2d(23, 16), cv::Point2d(16, 23),
                       cv::Point2d(9, 16)};
    const Quad inner{cv::Point2d(2, 2), cv::Point2d(6, 2), cv::Point2d(6, 6), cv::Point2d(2, 6)};
    QCOMPARE(quadIou(sq, apart), 0.0);
    QCOMPARE(quadIou(apart, sq), 0.0);
    QCOMPARE_LE(quadIou(sq, diamond), 1e-9);
    QCOMPARE_LE(std::abs(quadIou(inner, sq) - 16.0 / 100.0), 1e-6);
    QCOMPARE_LE(std::abs(smartDocJaccard(sh, sq, 10, 10) - 50.0 / 150.0), 1e-6);
    const Quad gt{cv::Point2d(873.337, 187.504), cv::Point2d(1318.93, 157.786),
                  cv::Point2d(1485.79, 778.216), cv::Point2d(973.83, 841.992)};
    QCOMPARE_LE(std::abs(smartDocJaccard(gt, gt, 2100, 2970) - 1.0), 1e-6);
}

void TestDocumentDetector::placeDocument_edgeBetweenPaperAndDesk_noDarkRim_data()
{
    QTest::addColumn<int>("desk");
    QTest::newRow("white sheet on the same white paper") << 240;
    QTest::newRow("white sheet on a grey desk") << 120;
}

void TestDocumentDetector::placeDocument_edgeBetweenPaperAndDesk_noDarkRim()
{
    // A plain white sheet drawn tilted, without a shadow: every pixel on its edge mixes the
    // paper and the desk, none is darker than both (the template's black border used to
    // darken the edge twice, a thin dark line round every document).
    QFETCH(int, desk);
    cv::Mat frame(360, 640, CV_8UC3, cv::Scalar::all(desk));
    const cv::Mat sheet(297, 210, CV_8UC3, cv::Scalar::all(240));
    const Quad q{cv::Point2d(200.3, 60.7), cv::Point2d(390.6, 81.2), cv::Point2d(371.9, 300.4),
                 cv::Point2d(181.5, 280.1)};
    placeDocument(frame, sheet, q, 0.0);
    double lo = 0, hi = 0;
    cv::minMaxLoc(frame.reshape(1), &lo, &hi);
    QCOMPARE_GE(lo, double(std::min(desk, 240)) - 1.0);
    QCOMPARE_LE(hi, 241.0);
    // The sheet is there: its middle is the paper's white.
    const cv::Vec3b mid = frame.at<cv::Vec3b>(180, 285);
    QCOMPARE(int(mid[0]), 240);
}

void TestDocumentDetector::renderScene_sameSpec_sameImageWhateverCameBefore()
{
    SceneSpec spec;
    spec.seed = 77;
    spec.document = SceneDocument::A4Certificate;
    spec.background = SceneBackground::Wood;
    spec.size = {640, 360};
    const Scene first = renderScene(spec);
    SceneSpec other = spec;
    other.seed = 78;
    (void)renderScene(other); // must not change what seed 77 gives
    const Scene again = renderScene(spec);
    QCOMPARE(cv::norm(first.image, again.image, cv::NORM_INF), 0.0);
    QCOMPARE(maxCornerError(*first.truth, *again.truth), 0.0);
}

void TestDocumentDetector::renderScene_form_cardOnAPageMuchLargerThanIt()
{
    // The same scene on the bare counter and on the form: the form is drawn from a generator
    // of its own, so only the page under the card differs.
    SceneSpec spec;
    spec.seed = 4201;
    spec.document = SceneDocument::IdCard;
    spec.background = SceneBackground::Counter;
    spec.condition = SceneCondition::Clean;
    const Scene counter = renderScene(spec);
    spec.background = SceneBackground::Form;
    const Scene form = renderScene(spec);
    QVERIFY(counter.truth && form.truth);
    QCOMPARE(maxCornerError(*counter.truth, *form.truth), 0.0);
    cv::Mat card = cv::Mat::zeros(form.image.size(), CV_8U);
    std::vector<cv::Point> poly;
    for (const cv::Point2d &c : *form.truth)
        poly.emplace_back(cv::Point(int(std::lround(c.x)), int(std::lround(c.y))));
    cv::fillConvexPoly(card, poly, 255);
    cv::dilate(card, card, cv::Mat(), cv::Point(-1, -1), 3);
    cv::Mat diff;
    cv::absdiff(counter.image, form.image, diff);
    cv::cvtColor(diff, diff, cv::COLOR_BGR2GRAY);
    const cv::Mat page = (diff > 8) & ~card;
    // An A4 page is 6.8 times an ID card; part of it may run out of the frame or lie on a
    // counter as light as itself.
    const double cardArea = quadArea(*form.truth);
    QVERIFY2(
        cv::countNonZero(page) > 2.5 * cardArea,
        qPrintable(
            QStringLiteral("page %1 px, card %2 px").arg(cv::countNonZero(page)).arg(cardArea)));
    // The card itself is drawn the same on both.
    cv::Mat inner;
    cv::erode(card, inner, cv::Mat(), cv::Point(-1, -1), 12);
    QVERIFY(cv::mean(diff, inner)[0] < 1.0);
}

void TestDocumentDetector::standardSceneSet_formScenesLast_earlierScenesKeepTheirSeeds()
{
    const int perCell = 3, negatives = 28;
    const std::vector<SceneSpec> set = standardSceneSet(5, perCell, negatives);
    const int form = kSceneConditions * perCell;
    QCOMPARE(int(set.size()), kSceneConditions * kSecondSceneBackgrounds * perCell + negatives +
                                  negatives / kFirstSceneBackgrounds + form);
    for (size_t i = 0; i < set.size(); ++i) {
        QCOMPARE(set[i].seed, 5 * 1000003ULL + i);
        QCOMPARE(set[i].background == SceneBackground::Form, i >= set.size() - size_t(form));
    }
    // Every condition on the form, the document kinds taking turns.
    std::set<int> conditions, documents;
    for (size_t i = set.size() - size_t(form); i < set.size(); ++i) {
        conditions.insert(int(set[i].condition));
        documents.insert(int(set[i].document));
    }
    QCOMPARE(int(conditions.size()), kSceneConditions);
    QCOMPARE(int(documents.size()), 3);
}

// How far an outline is from the image of a rectangle of w x h through a pinhole camera whose
// axis meets the frame at `centre` (SceneSpec::pinhole's camera: the frame's centre): the
// homography from the rectangle, seen from that point, must be a focal
// length times a rotation's first two columns; the relative difference of those columns'
// lengths, at the focal length that makes them orthogonal.
double pinholeMismatch(const Quad &q, double w, double h, cv::Point2d centre)
{
    const std::vector<cv::Point2f> model = {
        {0, 0}, {float(w), 0}, {float(w), float(h)}, {0, float(h)}};
    std::vector<cv::Point2f> image;
    for (const cv::Point2d &p : q)
        image.emplace_back(float(p.x - centre.x), float(p.y - centre.y));
    cv::Mat H = cv::getPerspectiveTransform(model, image);
    H.convertTo(H, CV_64F);
    const cv::Vec3d h1(H.at<double>(0, 0), H.at<double>(1, 0), H.at<double>(2, 0));
    const cv::Vec3d h2(H.at<double>(0, 1), H.at<double>(1, 1), H.at<double>(2, 1));
    const double xy = h1[0] * h2[0] + h1[1] * h2[1], zz = h1[2] * h2[2];
    // Seen square on, any focal length will do: take one the size of the frame.
    const double f2 = std::abs(zz) > 1e-15 && -xy / zz > 0 ? -xy / zz : 1920.0 * 1920.0;
    const double n1 = (h1[0] * h1[0] + h1[1] * h1[1]) / f2 + h1[2] * h1[2];
    const double n2 = (h2[0] * h2[0] + h2[1] * h2[1]) / f2 + h2[2] * h2[2];
    const double orthogonal = std::abs(xy / f2 + zz) / std::sqrt(n1 * n2);
    return std::max(std::abs(std::sqrt(n1 / n2) - 1.0), orthogonal);
}

void TestDocumentDetector::renderScene_pinhole_outlineIsAPhotographedRectangle()
{
    // SceneSpec::pinhole: every outline is a photographed rectangle of the document's own
    // proportions; the sets measured before (corners moved one by one) are often not.
    int jitteredOff = 0, n = 0;
    for (const SceneCondition condition :
         {SceneCondition::Clean, SceneCondition::SmallTopDown, SceneCondition::Perspective,
          SceneCondition::Handheld, SceneCondition::Glare})
        for (const SceneDocument document :
             {SceneDocument::IdCard, SceneDocument::A4Certificate, SceneDocument::Licence}) {
            SceneSpec spec;
            spec.seed = 9100 + std::uint64_t(n++);
            spec.document = document;
            spec.condition = condition;
            spec.size = {960, 540};
            spec.pinhole = true;
            const Scene pin = renderScene(spec);
            QVERIFY(pin.truth);
            const cv::Point2d frameCentre(spec.size.width / 2.0, spec.size.height / 2.0);
            const double m =
                pinholeMismatch(*pin.truth, pin.modelWidth, pin.modelHeight, frameCentre);
            QVERIFY2(m < 0.005, qPrintable(QStringLiteral("scene %1: %2").arg(spec.seed).arg(m)));
            spec.pinhole = false;
            const Scene jittered = renderScene(spec);
            QVERIFY(jittered.truth);
            jitteredOff += pinholeMismatch(*jittered.truth, jittered.modelWidth,
                                           jittered.modelHeight, frameCentre) > 0.02;
        }
    QVERIFY2(jitteredOff >= 5, qPrintable(QString::number(jitteredOff)));
}

void TestDocumentDetector::warmUp_onAFreshThread_sameCornersAsWithout()
{
    SceneSpec spec;
    spec.seed = 5;
    spec.document = SceneDocument::IdCard;
    spec.background = SceneBackground::Wood;
    const Scene scene = renderScene(spec);
    QVERIFY(scene.truth);
    // Each on a thread of its own: the network is read per thread, on first use.
    std::optional<Detection> cold, warm;
    std::thread([&] { cold = DocumentDetector().detect(scene.image); }).join();
    std::thread([&] {
        const DocumentDetector detector;
        detector.warmUp(cv::Size(scene.image.cols, scene.image.rows));
        detector.warmUp(cv::Size(1, 1)); // too small: nothing to do, no crash
        warm = detector.detect(scene.image);
    }).join();
    QVERIFY(cold && warm);
    QCOMPARE(maxCornerError(cold->quad, warm->quad), 0.0);
    QCOMPARE(cold->score, warm->score);
    QVERIFY(smartDocJaccard(warm->quad, *scene.truth, scene.modelWidth, scene.modelHeight) > 0.9);
}

void TestDocumentDetector::detect_fromSeveralThreadsAtOnce_sameAsOneAfterAnother()
{
    // The network and the cues (the Hough transform, the edges' regions, the lines'
    // quadrilaterals) run on the helper thread beside each detecting thread; frames from
    // several threads at once must each get their own answers, waited for, and their outlines
    // added in the same order.
    std::vector<cv::Mat> frames;
    for (const auto &[background, document] :
         {std::pair{SceneBackground::Papers, SceneDocument::A4Certificate},
          std::pair{SceneBackground::Office, SceneDocument::A4Certificate},
          std::pair{SceneBackground::Wood, SceneDocument::IdCard},
          std::pair{SceneBackground::Clutter, SceneDocument::Licence}}) {
        SceneSpec spec;
        spec.seed = 4100 + std::uint64_t(frames.size());
        spec.document = document;
        spec.background = background;
        frames.push_back(renderScene(spec).image);
    }
    const DocumentDetector detector;
    std::vector<std::optional<Detection>> serial;
    std::vector<std::vector<DetectorCandidate>> serialCandidates;
    for (const cv::Mat &f : frames) {
        serial.push_back(detector.detect(f));
        serialCandidates.push_back(detector.candidates(f));
    }
    QVERIFY(std::count_if(serial.begin(), serial.end(), [](const auto &d) { return d; }) >= 3);
    constexpr int kThreads = 3;
    std::vector<std::vector<std::optional<Detection>>> got(kThreads);
    std::vector<std::vector<std::vector<DetectorCandidate>>> gotCandidates(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            got[size_t(t)].resize(frames.size());
            gotCandidates[size_t(t)].resize(frames.size());
            for (size_t k = 0; k < 2 * frames.size(); ++k) {
                const size_t i = (k + size_t(t)) % frames.size(); // each in its own order
                got[size_t(t)][i] = detector.detect(frames[i]);
                gotCandidates[size_t(t)][i] = detector.candidates(frames[i]);
            }
        });
    for (std::thread &t : threads)
        t.join();
    for (int t = 0; t < kThreads; ++t)
        for (size_t i = 0; i < frames.size(); ++i) {
            const std::optional<Detection> &a = serial[i], &b = got[size_t(t)][i];
            QCOMPARE(bool(a), bool(b));
            if (a)
                QCOMPARE(maxCornerError(a->quad, b->quad), 0.0);
            // The network's figures of every outline too (FPriorIoU, FPriorInside, ...).
            const auto &ca = serialCandidates[i], &cb = gotCandidates[size_t(t)][i];
            QCOMPARE(ca.size(), cb.size());
            for (size_t c = 0; c < ca.size(); ++c) {
                QCOMPARE(ca[c].features, cb[c].features);
                QCOMPARE(ca[c].confidence, cb[c].confidence);
            }
        }
}

void TestDocumentDetector::helperThread_jobsInTurnOnItsOwnThread_resultOrErrorReturned()
{
    using hd::capture::detail::HelperThread;
    HelperThread &helper = HelperThread::instance();
    QCOMPARE(&helper, &HelperThread::instance());
    // One thread, not the caller's, for every job; jobs in the order they were given.
    std::vector<int> order;
    std::vector<std::future<std::thread::id>> ids;
    for (int i = 0; i < 5; ++i)
        ids.push_back(helper.run([&order, i] {
            order.push_back(i);
            return std::this_thread::get_id();
        }));
    std::set<std::thread::id> threads;
    for (auto &id : ids)
        threads.insert(id.get());
    QCOMPARE(threads.size(), size_t(1));
    QVERIFY(*threads.begin() != std::this_thread::get_id());
    QCOMPARE(order, std::vector<int>({0, 1, 2, 3, 4}));
    // What a job computes comes back; what it throws is thrown at the caller, and the thread
    // goes on with the next job.
    auto failed = helper.run([]() -> std::vector<cv::Vec4i> { throw cv::Exception(); });
    auto segs = helper.run([] {
        cv::Mat edges(100, 200, CV_8U, cv::Scalar(0));
        cv::line(edges, cv::Point(20, 50), cv::Point(180, 50), cv::Scalar(255));
        return hd::capture::detail::houghSegments(edges);
    });
    QVERIFY_THROWS_EXCEPTION(cv::Exception, failed.get());
    const std::vector<cv::Vec4i> lines = segs.get();
    QVERIFY(!lines.empty());
    for (const cv::Vec4i &l : lines) {
        QCOMPARE(l[1], 50);
        QCOMPARE(l[3], 50);
    }
}

void TestDocumentDetector::lineQuads_takenInAnyOrder_bestCoveredFirst()
{
    using hd::capture::detail::Search;
    // A rectangle whose sides are whole segments, among lines that cover only part of what
    // they would bound: over a thousand quadrilaterals, many of the same cover, sorted a chunk
    // at a time as they are taken.
    std::vector<cv::Vec4i> segs = {
        {50, 40, 450, 40}, {50, 240, 450, 240}, {50, 40, 50, 240}, {450, 40, 450, 240}};
    for (int y = 70; y <= 210; y += 28)
        segs.push_back({50, y, 250, y});
    for (int x = 90; x <= 410; x += 40)
        segs.push_back({x, 40, x, 140});
    segs = Search::longestFirst(segs);
    const cv::Size size(512, 288);
    Search::LineQuads inTurn = Search::lineQuads(segs, size, Search::kWiderLinePass);
    Search::LineQuads scattered = Search::lineQuads(segs, size, Search::kWiderLinePass);
    const size_t n = inTurn.size();
    QVERIFY2(n > 600, qPrintable(QString::number(n)));
    QCOMPARE(scattered.size(), n);
    // The whole rectangle first, all of it covered.
    QCOMPARE(inTurn.coverAt(0), 1.0);
    std::vector<cv::Point2d> first(inTurn.at(0).begin(), inTurn.at(0).end());
    for (const cv::Point2d corner :
         {cv::Point2d(50, 40), cv::Point2d(450, 40), cv::Point2d(450, 240), cv::Point2d(50, 240)})
        QVERIFY(std::any_of(first.begin(), first.end(),
                            [&](const cv::Point2d &p) { return cv::norm(p - corner) < 1e-6; }));
    // Best covered first, and the same order whichever is taken first.
    (void)scattered.at(n - 1);
    (void)scattered.at(n / 2);
    for (size_t i = 0; i < n; ++i) {
        if (i > 0)
            QVERIFY(inTurn.coverAt(i) <= inTurn.coverAt(i - 1));
        QVERIFY(inTurn.coverAt(i) >= 0.3);
        QCOMPARE(scattered.coverAt(i), inTurn.coverAt(i));
        for (size_t k = 0; k < 4; ++k)
            QCOMPARE(scattered.at(i)[k], inTurn.at(i)[k]);
    }
}

void TestDocumentDetector::onBothThreads_eachJobOnceOnEitherThread_errorThrownAfterAllDone()
{
    using hd::capture::detail::HelperThread;
    using hd::capture::detail::onBothThreads;
    const std::thread::id caller = std::this_thread::get_id();
    const std::thread::id helper =
        HelperThread::instance().run([] { return std::this_thread::get_id(); }).get();
    // Every job once, its result in its own place; both threads take some (the helper is
    // free: the first job waits, up to 5 s, until a second one has started).
    {
        constexpr size_t n = 40;
        std::vector<std::atomic<int>> runs(n);
        std::vector<std::thread::id> by(n);
        std::atomic<int> started{0};
        onBothThreads(n, [&](size_t i) {
            ++runs[i];
            by[i] = std::this_thread::get_id();
            ++started;
            const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
            while (i == 0 && started < 2 && std::chrono::steady_clock::now() < until)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
        });
        for (size_t i = 0; i < n; ++i) {
            QCOMPARE(runs[i].load(), 1);
            QVERIFY(by[i] == caller || by[i] == helper);
        }
        QVERIFY(std::count(by.begin(), by.end(), caller) > 0);
        QVERIFY(std::count(by.begin(), by.end(), helper) > 0);
    }
    // The helper busy with another job the whole time: the caller does them all and does not
    // wait for it.
    {
        std::promise<void> release;
        std::shared_future<void> released = release.get_future().share();
        std::future<void> busy = HelperThread::instance().run([released] { released.wait(); });
        std::vector<std::thread::id> by(6);
        onBothThreads(by.size(), [&](size_t i) { by[i] = std::this_thread::get_id(); });
        QCOMPARE(std::count(by.begin(), by.end(), caller), 6L);
        release.set_value();
        busy.get();
    }
    // A job that throws: the others still run, and the error comes out once all are done.
    {
        std::vector<std::atomic<int>> runs(10);
        QVERIFY_THROWS_EXCEPTION(cv::Exception, onBothThreads(runs.size(), [&](size_t i) {
                                     ++runs[i];
                                     if (i == 3)
                                         throw cv::Exception();
                                 }));
        for (const std::atomic<int> &r : runs)
            QCOMPARE(r.load(), 1);
    }
    // None and one: on the caller.
    onBothThreads(0, [](size_t) { QFAIL("no job"); });
    std::thread::id one;
    onBothThreads(1, [&](size_t) { one = std::this_thread::get_id(); });
    QVERIFY(one == caller);
}

QTEST_GUILESS_MAIN(TestDocumentDetector)
#include "tst_documentdetector.moc"
