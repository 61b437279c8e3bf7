#include "imagecompare.h"
#include "rectifier.h"
#include "syntheticscene.h"
#include "textpage.h"
#include "upright.h"

#include <QFontInfo>
#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace hd::capture;
using hd::testing::meanAbsDiff;
using hd::testing::photographed;
using hd::testing::renderTextPage;
using hd::testing::TextPage;

class TestUpright : public QObject
{
    Q_OBJECT

private slots:
    void scenesCards_upright_andTurned_toldApartNeverWrong_sideTold();
    void cardLaidUpsideDown_straightenedThenTurned_data();
    void cardLaidUpsideDown_straightenedThenTurned();
    void cardLaidUpright_leftAsItIs_data();
    void cardLaidUpright_leftAsItIs();
    void noLayout_unsure_nothingTurned();
    void scenesLicences_upright_andTurned_toldApartNeverWrong();
    void licenceLaidUpsideDown_straightenedThenTurned();
    void a4TextPages_upright_andTurned_toldApart_data();
    void a4TextPages_upright_andTurned_toldApart();
    void a4PageLaidUpsideDown_straightenedThenTurned();
    void a4TextUnreadable_orNoText_unsure();
    void scenesA4_neverTurnedWrong();
};

namespace {
cv::Mat turned(const cv::Mat &m)
{
    cv::Mat out;
    cv::rotate(m, out, cv::ROTATE_180);
    return out;
}

// The counter with an ID card (design 1: the portrait side, 2: the emblem side) lying on it,
// upside down or not, slightly turned; the quad of its corners in the frame.
cv::Mat cardOnCounter(int design, bool upsideDown, std::uint64_t seed, Quad *quad)
{
    cv::Mat frame = renderBackground(SceneBackground::Counter, {1280, 720}, seed);
    cv::Size2d model;
    cv::Mat card = renderDocumentTemplate(SceneDocument::IdCard, seed, &model, design);
    if (upsideDown)
        card = turned(card);
    *quad = {cv::Point2d(420, 190), cv::Point2d(890, 215), cv::Point2d(875, 510),
             cv::Point2d(405, 488)};
    placeDocument(frame, card, *quad);
    return frame;
}

// Scene `i` of a document kind in the test seeds (every background and condition, designs 1
// and 2 in turn), straightened by its truth, whose first corner is the document's own top
// left, to `size`.
cv::Mat sceneStraightenedByTruth(SceneDocument document, std::uint64_t firstSeed, int i,
                                 cv::Size size)
{
    SceneSpec spec;
    spec.seed = firstSeed + std::uint64_t(i);
    spec.document = document;
    spec.background = SceneBackground(i % kSecondSceneBackgrounds);
    spec.condition = SceneCondition(i % kSceneConditions);
    spec.design = 1 + i % 2;
    spec.size = {1280, 720};
    const Scene scene = renderScene(spec);
    if (!scene.truth)
        return {};
    std::vector<cv::Point2f> from;
    for (const cv::Point2d &p : *scene.truth)
        from.emplace_back(float(p.x), float(p.y));
    const float w = float(size.width), h = float(size.height);
    const std::vector<cv::Point2f> to = {{0, 0}, {w, 0}, {w, h}, {0, h}};
    cv::Mat out;
    cv::warpPerspective(scene.image, out, cv::getPerspectiveTransform(from, to), size);
    return out;
}
// A straightened document read as it lies (upright) and turned a half turn.
struct BothWays
{
    UprightVerdict up, down;
    // Its upright side seen upside down, or its half turn seen upright.
    bool wrong() const
    {
        return up.verdict == Upright::UpsideDown || down.verdict == Upright::AsIs;
    }
    // How many of the two readings are decided (and right).
    int decided() const
    {
        return int(up.verdict == Upright::AsIs) + int(down.verdict == Upright::UpsideDown);
    }
};

BothWays readBothWays(const cv::Mat &page, DocumentType type)
{
    return {uprightOf(page, type), uprightOf(turned(page), type)};
}
} // namespace

void TestUpright::scenesCards_upright_andTurned_toldApartNeverWrong_sideTold()
{
    // The ID cards of labelled scenes (seeds the model was not fitted on: every background and
    // condition, both sides), straightened by their truth, whose first corner is the card's
    // own top left: upright, each must be seen upright or left unsure, never turned; turned a
    // half turn, the reverse. Most must be decided.
    int cards = 0, decided = 0, sides = 0;
    QStringList wrong;
    for (int i = 0; i < 28; ++i) {
        const std::uint64_t seed = 900'400 + std::uint64_t(i);
        const int design = 1 + i % 2;
        const cv::Mat card =
            sceneStraightenedByTruth(SceneDocument::IdCard, 900'400, i, cv::Size(1012, 638));
        QVERIFY(!card.empty());
        ++cards;
        const BothWays read = readBothWays(card, DocumentType::IdCard);
        if (read.wrong())
            wrong << QStringLiteral("%1 (%2 / %3)")
                         .arg(seed)
                         .arg(read.up.score, 0, 'f', 2)
                         .arg(read.down.score, 0, 'f', 2);
        decided += read.decided();
        // Which side it shows: the portrait side (design 1) or the emblem side (2), or unsure.
        const IdCardSide side = idCardSide(card);
        const IdCardSide right = design == 1 ? IdCardSide::Portrait : IdCardSide::Emblem;
        if (side != IdCardSide::Unsure && side != right)
            wrong << QStringLiteral("%1: the other side").arg(seed);
        sides += side == right;
        if (idCardSide(turned(card)) != IdCardSide::Unsure)
            wrong << QStringLiteral("%1: a side told upside down").arg(seed);
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral(", "))));
    qInfo("%d of %d decided", decided, 2 * cards);
    QVERIFY2(decided >= 2 * cards * 85 / 100,
             qPrintable(QStringLiteral("%1 of %2 decided").arg(decided).arg(2 * cards)));
    qInfo("sides: %d of %d told", sides, cards);
    QVERIFY2(sides >= cards * 75 / 100,
             qPrintable(QStringLiteral("sides: %1 of %2 told").arg(sides).arg(cards)));
}

void TestUpright::cardLaidUpsideDown_straightenedThenTurned_data()
{
    QTest::addColumn<int>("design");
    QTest::newRow("portrait side (人像面)") << 1;
    QTest::newRow("emblem side (国徽面)") << 2;
}

void TestUpright::cardLaidUpsideDown_straightenedThenTurned()
{
    // The customer laid the card upside down: the corners give it upside down; its layout
    // turns it the right way up, to the card as printed.
    QFETCH(int, design);
    Quad quad;
    const cv::Mat frame = cardOnCounter(design, true, 41, &quad);
    hd::Result<cv::Mat> flat = rectify(frame, quad, DocumentType::IdCard);
    QVERIFY(flat);
    cv::Size2d model;
    cv::Mat printed;
    cv::resize(renderDocumentTemplate(SceneDocument::IdCard, 41, &model, design), printed,
               flat->size(), 0, 0, cv::INTER_AREA);
    QVERIFY(meanAbsDiff(*flat, turned(printed)) < meanAbsDiff(*flat, printed));
    QCOMPARE(uprightOf(*flat, DocumentType::IdCard).verdict, Upright::UpsideDown);
    QCOMPARE(idCardSide(*flat), IdCardSide::Unsure); // not while upside down
    QVERIFY(turnUpright(flat.value(), DocumentType::IdCard));
    QCOMPARE(idCardSide(*flat), design == 1 ? IdCardSide::Portrait : IdCardSide::Emblem);
    QVERIFY2(meanAbsDiff(*flat, printed) < 20,
             qPrintable(QString::number(meanAbsDiff(*flat, printed))));
    // Once upright it stays so.
    QVERIFY(!turnUpright(flat.value(), DocumentType::IdCard));
}

void TestUpright::cardLaidUpright_leftAsItIs_data()
{
    cardLaidUpsideDown_straightenedThenTurned_data();
}

void TestUpright::cardLaidUpright_leftAsItIs()
{
    QFETCH(int, design);
    Quad quad;
    const cv::Mat frame = cardOnCounter(design, false, 42, &quad);
    hd::Result<cv::Mat> flat = rectify(frame, quad, DocumentType::IdCard);
    QVERIFY(flat);
    const cv::Mat before = flat->clone();
    QCOMPARE(uprightOf(*flat, DocumentType::IdCard).verdict, Upright::AsIs);
    QCOMPARE(idCardSide(*flat), design == 1 ? IdCardSide::Portrait : IdCardSide::Emblem);
    QVERIFY(!turnUpright(flat.value(), DocumentType::IdCard));
    QCOMPARE(cv::norm(*flat, before, cv::NORM_INF), 0.0);
}

void TestUpright::noLayout_unsure_nothingTurned()
{
    // A blank card, a plain sheet, an image that is not a straightened card: nothing says which
    // way up, so nothing is turned.
    cv::Mat blank(638, 1012, CV_8UC3, cv::Scalar(225, 230, 232));
    QCOMPARE(uprightOf(blank, DocumentType::IdCard).verdict, Upright::Unsure);
    QCOMPARE(idCardSide(blank), IdCardSide::Unsure);
    QVERIFY(!turnUpright(blank, DocumentType::IdCard));
    cv::Mat dim(638, 1012, CV_8UC3, cv::Scalar(40, 42, 45));
    QCOMPARE(uprightOf(dim, DocumentType::IdCard).verdict, Upright::Unsure);
    cv::Size2d model;
    const cv::Mat page = renderDocumentTemplate(SceneDocument::A4Certificate, 5, &model);
    QCOMPARE(uprightOf(page, DocumentType::IdCard).verdict,
             Upright::Unsure); // portrait: not a card
    QCOMPARE(uprightOf(cv::Mat(), DocumentType::IdCard).verdict, Upright::Unsure);
    cv::Mat grey(638, 1012, CV_8UC1, cv::Scalar(128));
    QCOMPARE(uprightOf(grey, DocumentType::IdCard).verdict, Upright::Unsure);
}

void TestUpright::scenesLicences_upright_andTurned_toldApartNeverWrong()
{
    // The licences (营业执照) of labelled scenes, straightened by their truth: upright, seen
    // upright or left unsure, never turned; turned, the reverse. Most decided.
    int pages = 0, decided = 0;
    QStringList wrong;
    for (int i = 0; i < 16; ++i) {
        const cv::Mat page =
            sceneStraightenedByTruth(SceneDocument::Licence, 900'500, i, cv::Size(840, 594));
        QVERIFY(!page.empty());
        ++pages;
        const BothWays read = readBothWays(page, DocumentType::Licence);
        if (read.wrong())
            wrong << QString::number(900'500 + i);
        decided += read.decided();
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral(", "))));
    qInfo("licences: %d of %d decided", decided, 2 * pages);
    QVERIFY2(decided >= 2 * pages * 85 / 100,
             qPrintable(QStringLiteral("%1 of %2 decided").arg(decided).arg(2 * pages)));
}

void TestUpright::licenceLaidUpsideDown_straightenedThenTurned()
{
    cv::Mat frame = renderBackground(SceneBackground::Wood, {1920, 1080}, 44);
    cv::Size2d model;
    const cv::Mat printed = renderDocumentTemplate(SceneDocument::Licence, 44, &model, 1);
    const Quad quad{cv::Point2d(420, 190), cv::Point2d(1500, 215), cv::Point2d(1480, 950),
                    cv::Point2d(400, 930)};
    placeDocument(frame, turned(printed), quad);
    hd::Result<cv::Mat> flat = rectify(frame, quad, DocumentType::Licence);
    QVERIFY(flat);
    cv::Mat asPrinted;
    cv::resize(printed, asPrinted, flat->size(), 0, 0, cv::INTER_AREA);
    QVERIFY(meanAbsDiff(*flat, turned(asPrinted)) < meanAbsDiff(*flat, asPrinted));
    QVERIFY(turnUpright(flat.value(), DocumentType::Licence));
    QVERIFY2(meanAbsDiff(*flat, asPrinted) < 25,
             qPrintable(QString::number(meanAbsDiff(*flat, asPrinted))));
    QVERIFY(!turnUpright(flat.value(), DocumentType::Licence));
}

void TestUpright::a4TextPages_upright_andTurned_toldApart_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("pixelsHigh");
    QTest::addColumn<double>("blur");
    QTest::addColumn<int>("quality");
    QTest::addColumn<bool>("decided"); // else: never wrong
    for (const auto &[kind, name] :
         {std::pair{TextPage::Letter, "letter"}, std::pair{TextPage::Form, "form"}}) {
        QTest::addRow("%s as printed", name) << int(kind) << 2339 << 0.0 << 95 << true;
        QTest::addRow("%s, 1080p document camera", name) << int(kind) << 1040 << 0.7 << 80 << true;
        QTest::addRow("%s, smaller and softer", name) << int(kind) << 920 << 0.9 << 70 << false;
    }
}

void TestUpright::a4TextPages_upright_andTurned_toldApart()
{
    // A 证明 and a filled-in form, as printed and as the camera sees them: the punctuation at
    // the bottom of its cell and the short lines at the left margin say upright; the page
    // turned a half turn says upside down, and turnUpright() turns it back.
    QFETCH(int, kind);
    QFETCH(int, pixelsHigh);
    QFETCH(double, blur);
    QFETCH(int, quality);
    QFETCH(bool, decided);
    QVERIFY2(QFontInfo(hd::testing::textPageFont(40)).family().contains(QStringLiteral("Noto")),
             "fonts-noto-cjk is not installed (scripts/install-deps.sh)");
    const cv::Mat page = photographed(renderTextPage(TextPage(kind)), pixelsHigh, blur, quality);
    const BothWays read = readBothWays(page, DocumentType::A4);
    const QString scores = QStringLiteral("%1 / %2").arg(read.up.score).arg(read.down.score);
    QVERIFY2(!read.wrong(), qPrintable(scores));
    if (!decided)
        return;
    QVERIFY2(read.decided() == 2, qPrintable(scores));
    cv::Mat flat = turned(page);
    QVERIFY(turnUpright(flat, DocumentType::A4));
    QCOMPARE(meanAbsDiff(flat, page), 0.0);
    QVERIFY(!turnUpright(flat, DocumentType::A4));
}

void TestUpright::a4PageLaidUpsideDown_straightenedThenTurned()
{
    // The customer lays the 证明 upside down under the camera: straightened (with the clean white
    // background the capture screen gives certificates) it comes out upside down, and its text
    // turns it as printed.
    cv::Mat frame = renderBackground(SceneBackground::Counter, {1920, 1080}, 46);
    const cv::Mat printed = renderTextPage(TextPage::Letter);
    const Quad quad{cv::Point2d(640, 50), cv::Point2d(1330, 65), cv::Point2d(1320, 1040),
                    cv::Point2d(628, 1030)};
    placeDocument(frame, turned(printed), quad);
    RectifyOptions options;
    options.enhance = true;
    hd::Result<cv::Mat> flat = rectify(frame, quad, DocumentType::A4, options);
    QVERIFY(flat);
    cv::Mat asPrinted;
    cv::resize(printed, asPrinted, flat->size(), 0, 0, cv::INTER_AREA);
    QVERIFY(meanAbsDiff(*flat, turned(asPrinted)) < meanAbsDiff(*flat, asPrinted));
    QVERIFY(turnUpright(flat.value(), DocumentType::A4));
    QVERIFY(meanAbsDiff(*flat, asPrinted) < meanAbsDiff(*flat, turned(asPrinted)));
    QVERIFY(!turnUpright(flat.value(), DocumentType::A4));
}

void TestUpright::a4TextUnreadable_orNoText_unsure()
{
    // Nothing is turned on what the text cannot be read from: a blank sheet, a page too small
    // and blurred to read, a page in landscape, a greyscale one.
    const cv::Mat blank(2339, 1654, CV_8UC3, cv::Scalar(245, 247, 248));
    QCOMPARE(uprightOf(blank, DocumentType::A4).verdict, Upright::Unsure);
    const cv::Mat letter = renderTextPage(TextPage::Letter);
    const cv::Mat unreadable = photographed(letter, 420, 2.0, 60);
    QCOMPARE(uprightOf(unreadable, DocumentType::A4).verdict, Upright::Unsure);
    QCOMPARE(uprightOf(turned(unreadable), DocumentType::A4).verdict, Upright::Unsure);
    cv::Mat landscape;
    cv::rotate(letter, landscape, cv::ROTATE_90_CLOCKWISE);
    QCOMPARE(uprightOf(landscape, DocumentType::A4).verdict, Upright::Unsure);
    cv::Mat grey;
    cv::cvtColor(letter, grey, cv::COLOR_BGR2GRAY);
    QCOMPARE(uprightOf(grey, DocumentType::A4).verdict, Upright::Unsure);
    // Glare over the page's top left washes out the lines' first characters: the lines then
    // seem to start anywhere and end at the right margin, as an upside-down page's do. Their
    // faded starts do not count.
    cv::Mat glare = photographed(renderTextPage(TextPage::Notice), 920, 0.9, 70);
    glare.convertTo(glare, CV_32FC3);
    for (int y = 0; y < glare.rows; ++y)
        for (int x = 0; x < glare.cols; ++x) {
            const double a = std::clamp(1.0 - x / (0.6 * glare.cols), 0.0, 1.0) *
                             std::clamp(1.3 - double(y) / glare.rows, 0.0, 1.0);
            cv::Vec3f &px = glare.at<cv::Vec3f>(y, x);
            px = px * float(1 - a) + cv::Vec3f::all(float(255 * a));
        }
    glare.convertTo(glare, CV_8UC3);
    QVERIFY(!readBothWays(glare, DocumentType::A4).wrong());
}

void TestUpright::scenesA4_neverTurnedWrong()
{
    // The A4 pages of labelled scenes (their print drawn as strokes, no punctuation), straightened
    // by their truth: never turned the wrong way; most left as they are.
    QStringList wrong;
    for (int i = 0; i < 16; ++i) {
        const cv::Mat page = sceneStraightenedByTruth(SceneDocument::A4Certificate, 900'700, i,
                                                      cv::Size(1654 / 2, 2339 / 2));
        QVERIFY(!page.empty());
        if (readBothWays(page, DocumentType::A4).wrong())
            wrong << QString::number(900'700 + i);
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestUpright)
#include "tst_upright.moc"
