#include "detector/choice.h"
#include "detector/edgefit.h"
#include "outlineverifier.h"

#include <QTest>

#include <limits>
#include <opencv2/core.hpp>

using namespace hd::capture;
using namespace hd::capture::detail;

// The rules that take an outline after the ranking (capture/detector/choice.*), each on a few
// outlines made up for it: which one it takes, and when it leaves the choice as it was. The
// detector's own tests show the rules on frames; these pin down each rule's conditions.
class TestDetectorChoice : public QObject
{
    Q_OBJECT

private slots:
    void ranked_likeliestClearOutline_taken();
    void ranked_noClearOutline_likeliestFallback_orNone();
    void ranked_likelierOutlineNearlyAsClear_takenOverTheClearOne();
    void ranked_likelierNotLikelyEnough_clearOneKept();
    void ranked_networkSeesNoDocumentInside_notTaken();
    void wholeDocument_partInsideAWholeTheNetworkSeesBetter_wholeTaken();
    void wholeDocument_wholeFarLessLikely_orNotHoldingThePart_partKept();
    void verifierRules_withoutTheOutlineNetwork_choiceUnchanged();
    void expectedKind_cardWantedFormPicked_cardTaken();
    void expectedKind_pickOfTheKindWanted_orNoneOfItThatCouldBeTaken_pickKept();
    void unlikely_allThreeAgainst_noDocument_anyOneFor_taken();
    void vouchedWhenNone_nothingTaken_ranksFirstFewVouchedFor_taken();

private:
    // A 512 x 288 working image with nothing on it: the rules read only the outlines' figures
    // (with outOfFrameSides off, the support taken is the outline's own score).
    const cv::Mat m_small = cv::Mat(288, 512, CV_8UC3, cv::Scalar::all(128));
    const Gradient m_gradient = colourGradient(m_small);
    const Search m_search{m_small, m_gradient, 100.0, 28.0f};
    const OutlineVerifier m_noVerifier{QString()};
    // The built-in outline network: the rules that ask it run (the outlines below come with
    // their logits already, so it is not asked about this empty image).
    const OutlineVerifier m_verifier{OutlineVerifier::builtInModel()};

    static DetectorOptions options()
    {
        DetectorOptions o;
        o.outOfFrameSides = false;
        return o;
    }

    static Quad rect(double x, double y, double w, double h)
    {
        return {cv::Point2d(x, y), cv::Point2d(x + w, y), cv::Point2d(x + w, y + h),
                cv::Point2d(x, y + h)};
    }

    // An outline of edge support `score`, the ranking's chance `confidence` (with the
    // network's figures) and `edgeConfidence` (the edges' alone), the network's soft IoU and
    // chance inside.
    static Scored outline(const Quad &q, double score, double confidence, double edgeConfidence,
                          double priorIoU = 0.8, double priorInside = 0.8)
    {
        Scored sc;
        sc.c.quad = q;
        sc.c.score = score;
        sc.confidence = confidence;
        sc.edgeConfidence = edgeConfidence;
        sc.f[FPriorIoU] = priorIoU;
        sc.f[FPriorInside] = priorInside;
        return sc;
    }

    static long indexOf(const std::vector<Scored> &scored, Choice::Outline it)
    {
        return it == scored.end() ? -1 : long(it - scored.begin());
    }

    // The outline the rules take from `scored` (all of them, or the ranking's alone): its
    // index, -1 for none.
    long picked(const DetectorOptions &o, std::vector<Scored> &scored, bool prior) const
    {
        Choice choice(o, m_search, m_noVerifier, m_small, prior, scored);
        return indexOf(scored, choice.pick());
    }
    // The same with the kind of document wanted (`expected` proportions, 0: any).
    long pickedWanting(double expected, const DetectorOptions &o, std::vector<Scored> &scored) const
    {
        Choice choice(o, m_search, m_noVerifier, m_small, true, scored, expected);
        return indexOf(scored, choice.pick());
    }
    // The outline the rules take with the outline network running.
    long pickedVerified(const DetectorOptions &o, std::vector<Scored> &scored) const
    {
        Choice choice(o, m_search, m_verifier, m_small, true, scored);
        return indexOf(scored, choice.pick());
    }
    // An outline the outline network gave `logit`.
    static Scored verified(Scored sc, double logit)
    {
        sc.f[FVerifier] = logit;
        sc.verified = true;
        return sc;
    }
    long rankedBy(const DetectorOptions &o, std::vector<Scored> &scored, bool prior) const
    {
        Choice choice(o, m_search, m_noVerifier, m_small, prior, scored);
        return indexOf(scored, choice.ranked());
    }
};

void TestDetectorChoice::ranked_likeliestClearOutline_taken()
{
    const DetectorOptions o = options();
    // In the ranking's order: too faint to be taken, then two clear ones.
    std::vector<Scored> scored{outline(rect(10, 10, 100, 60), 0.5, 0.6, 0.6),
                               outline(rect(200, 10, 100, 60), 0.9, 0.3, 0.3),
                               outline(rect(200, 100, 100, 60), 0.95, 0.2, 0.2)};
    Choice choice(o, m_search, m_noVerifier, m_small, true, scored);
    QCOMPARE(indexOf(scored, choice.ranked()), 1L);
    QVERIFY(choice.clear(scored[1]));
    QVERIFY(!choice.clear(scored[0]));
    QVERIFY(!choice.fallback(scored[0]));
}

void TestDetectorChoice::ranked_noClearOutline_likeliestFallback_orNone()
{
    const DetectorOptions o = options();
    // Edge support 0.7: below acceptScore, at least fallbackScore. The first one's edges give
    // the ranking too little (edgeConfidence below fallbackConfidence).
    std::vector<Scored> scored{outline(rect(10, 10, 100, 60), 0.7, 0.5, 0.1),
                               outline(rect(200, 10, 100, 60), 0.7, 0.4, 0.3)};
    QCOMPARE(picked(o, scored, true), 1L);
    // With the network, the ranking's chance must be fallbackNetworkConfidence at least.
    scored[1].confidence = 0.05;
    QCOMPARE(picked(o, scored, true), -1L);
    // Without the network, the edges' figures alone decide.
    QCOMPARE(picked(o, scored, false), 1L);
}

void TestDetectorChoice::ranked_likelierOutlineNearlyAsClear_takenOverTheClearOne()
{
    const DetectorOptions o = options();
    // A card with a thumb over one side (a fallback, likelier by 2x) beside a loose sheet with
    // clear edges.
    std::vector<Scored> scored{outline(rect(10, 10, 100, 60), 0.7, 0.6, 0.5),
                               outline(rect(200, 10, 100, 60), 0.9, 0.3, 0.3)};
    QCOMPARE(rankedBy(o, scored, true), 0L);
}

void TestDetectorChoice::ranked_likelierNotLikelyEnough_clearOneKept()
{
    DetectorOptions o = options();
    // 0.42 is under likelierRatio (1.5) x 0.3.
    std::vector<Scored> scored{outline(rect(10, 10, 100, 60), 0.7, 0.42, 0.5),
                               outline(rect(200, 10, 100, 60), 0.9, 0.3, 0.3)};
    QCOMPARE(rankedBy(o, scored, true), 1L);
    // Likelier by 2x, but below likelierFloor.
    scored[0].confidence = 0.3;
    scored[1].confidence = 0.15;
    QCOMPARE(rankedBy(o, scored, true), 1L);
    // The rule off.
    scored[0].confidence = 0.6;
    o.likelierRatio = 0;
    QCOMPARE(rankedBy(o, scored, true), 1L);
}

void TestDetectorChoice::ranked_networkSeesNoDocumentInside_notTaken()
{
    const DetectorOptions o = options();
    // A window's reflection on a dark desk: clear edges, the network sees nothing inside.
    std::vector<Scored> scored{outline(rect(10, 10, 100, 60), 0.95, 0.5, 0.5, 0.0, 0.02)};
    QCOMPARE(picked(o, scored, true), -1L);
    // The ranking's chance with the network below minNetworkConfidence.
    scored[0].f[FPriorInside] = 0.8;
    scored[0].confidence = 0.01;
    QCOMPARE(picked(o, scored, true), -1L);
    // Without the network, the edges decide.
    QCOMPARE(picked(o, scored, false), 0L);
}

void TestDetectorChoice::wholeDocument_partInsideAWholeTheNetworkSeesBetter_wholeTaken()
{
    const DetectorOptions o = options();
    // The page's upper part down to a line printed across it, and the whole page.
    std::vector<Scored> scored{outline(rect(100, 40, 200, 100), 0.9, 0.5, 0.5, 0.4),
                               outline(rect(100, 40, 200, 220), 0.85, 0.4, 0.4, 0.7)};
    Choice choice(o, m_search, m_noVerifier, m_small, true, scored);
    const Choice::Outline part = choice.ranked();
    QCOMPARE(indexOf(scored, part), 0L);
    QCOMPARE(indexOf(scored, choice.wholeDocument(part)), 1L);
    QCOMPARE(indexOf(scored, choice.pick()), 1L);
}

void TestDetectorChoice::wholeDocument_wholeFarLessLikely_orNotHoldingThePart_partKept()
{
    DetectorOptions o = options();
    std::vector<Scored> scored{outline(rect(100, 40, 200, 100), 0.9, 0.5, 0.5, 0.4),
                               outline(rect(100, 40, 200, 220), 0.85, 0.3, 0.4, 0.7)};
    // 0.3 is under wholeDocumentConfidence (0.7) x 0.5.
    QCOMPARE(picked(o, scored, true), 0L);
    // Likely enough, but beside the part, not holding it.
    scored[1].confidence = 0.4;
    scored[1].c.quad = rect(310, 40, 190, 220);
    QCOMPARE(picked(o, scored, true), 0L);
    // Holding it, but the network sees it no better by wholeDocumentIoU.
    scored[1].c.quad = rect(100, 40, 200, 220);
    scored[1].f[FPriorIoU] = 0.6;
    QCOMPARE(picked(o, scored, true), 0L);
    // Without the network there is no figure to tell the whole document by.
    scored[1].f[FPriorIoU] = 0.7;
    QCOMPARE(picked(o, scored, false), 0L);
}

void TestDetectorChoice::verifierRules_withoutTheOutlineNetwork_choiceUnchanged()
{
    const DetectorOptions o = options();
    std::vector<Scored> scored{outline(rect(10, 10, 100, 60), 0.9, 0.5, 0.5),
                               outline(rect(12, 12, 96, 56), 0.9, 0.4, 0.4)};
    Choice choice(o, m_search, m_noVerifier, m_small, true, scored);
    QVERIFY(!choice.verifierRuns());
    const Choice::Outline picked = choice.ranked();
    QCOMPARE(indexOf(scored, choice.ownEdge(picked)), 0L);
    QCOMPARE(indexOf(scored, choice.doubted(picked)), 0L);
    QVERIFY(!scored[0].verified && !scored[1].verified);
    QVERIFY(choice.inFrame(scored[0].c.quad));
    QVERIFY(!choice.inFrame(rect(-20, 10, 100, 60)));
    // A form going on out of the frame with a card inside it: kept, nobody vouching for the
    // card.
    std::vector<Scored> onForm{outline(rect(-40, 10, 300, 200), 0.9, 0.5, 0.5),
                               outline(rect(20, 40, 80, 50), 0.9, 0.4, 0.4)};
    Choice form(o, m_search, m_noVerifier, m_small, true, onForm);
    QCOMPARE(indexOf(onForm, form.insideOutOfFrame(onForm.begin())), 0L);
    QVERIFY(!onForm[1].verified);
    // Nor for a card beside it.
    std::vector<Scored> beside{outline(rect(-40, 10, 300, 200), 0.9, 0.5, 0.5),
                               outline(rect(320, 40, 80, 50), 0.9, 0.4, 0.4)};
    Choice besideForm(o, m_search, m_noVerifier, m_small, true, beside);
    QCOMPARE(indexOf(beside, besideForm.besideOutOfFrame(beside.begin())), 0L);
    QVERIFY(!beside[1].verified);
}

// An application form (A4: √2) the ranking finds likelier, an ID card (85.6 x 54) lying on it.
void TestDetectorChoice::expectedKind_cardWantedFormPicked_cardTaken()
{
    const DetectorOptions o = options();
    std::vector<Scored> scored{outline(rect(100, 40, 283, 200), 0.9, 0.6, 0.6),
                               outline(rect(180, 90, 95, 60), 0.9, 0.3, 0.3)};
    QCOMPARE(pickedWanting(0, o, scored), 0L);
    QCOMPARE(pickedWanting(kSheetProportions, o, scored), 0L);
    QCOMPARE(pickedWanting(kIdCardProportions, o, scored), 1L);
    // A card whose edges are only nearly clear (the fallback's) is taken too.
    scored[1].c.score = 0.7;
    QCOMPARE(pickedWanting(kIdCardProportions, o, scored), 1L);
    // And the reverse: the certificate wanted, the card on it picked (first in the ranking's
    // order).
    std::vector<Scored> cardFirst{outline(rect(180, 90, 95, 60), 0.9, 0.6, 0.6),
                                  outline(rect(100, 40, 283, 200), 0.9, 0.3, 0.3)};
    QCOMPARE(pickedWanting(0, o, cardFirst), 0L);
    QCOMPARE(pickedWanting(kSheetProportions, o, cardFirst), 1L);
    // Not a variant of the card's own outline of a sheet's proportions (the card and a strip
    // of the desk): the card lying there is not taken for the certificate.
    cardFirst[1].c.quad = rect(180, 90, 95, 67);
    QCOMPARE(pickedWanting(kSheetProportions, o, cardFirst), 0L);
}

void TestDetectorChoice::expectedKind_pickOfTheKindWanted_orNoneOfItThatCouldBeTaken_pickKept()
{
    DetectorOptions o = options();
    // The form picked; the card's edges too faint to be taken, the other clear outline a
    // square (neither kind).
    std::vector<Scored> scored{outline(rect(100, 40, 283, 200), 0.9, 0.6, 0.6),
                               outline(rect(180, 90, 95, 60), 0.5, 0.3, 0.3),
                               outline(rect(300, 60, 80, 80), 0.9, 0.2, 0.2)};
    QCOMPARE(pickedWanting(kIdCardProportions, o, scored), 0L);
    // The square picked: neither kind, nothing to prefer, though the card could be taken.
    std::vector<Scored> squareFirst{scored[2], scored[0], scored[1]};
    squareFirst[2].c.score = 0.9;
    QCOMPARE(pickedWanting(kIdCardProportions, o, squareFirst), 0L);
    // The card could be taken: with the rule off, the form stays.
    scored[1].c.score = 0.9;
    QCOMPARE(pickedWanting(kIdCardProportions, o, scored), 1L);
    o.expectedKindLogit = std::numeric_limits<double>::infinity();
    QCOMPARE(pickedWanting(kIdCardProportions, o, scored), 0L);
}

// With the ranking that weighs the logit, an outline with clear edges that the ranking gives
// 0.2, the outline network -3 and the segmentation network 0.3 inside (all three against it) is
// refused; any one of them for it, and it is taken.
void TestDetectorChoice::unlikely_allThreeAgainst_noDocument_anyOneFor_taken()
{
    QVERIFY(m_verifier.isLoaded());
    const DetectorOptions o = options();
    const Scored against = verified(outline(rect(100, 60, 200, 130), 0.9, 0.2, 0.2, 0.3, 0.3), -3);
    std::vector<Scored> scored{against};
    QCOMPARE(pickedVerified(o, scored), -1L);

    scored = {against};
    scored[0].confidence = 0.35;
    QCOMPARE(pickedVerified(o, scored), 0L);
    scored = {against};
    scored[0].f[FVerifier] = -0.5;
    QCOMPARE(pickedVerified(o, scored), 0L);
    scored = {against};
    scored[0].f[FPriorInside] = 0.5;
    QCOMPARE(pickedVerified(o, scored), 0L);
    // Not with the ranking without the logit, nor with the rule off.
    DetectorOptions unverified = o;
    unverified.verifiedRanking = false;
    scored = {against};
    QCOMPARE(pickedVerified(unverified, scored), 0L);
    DetectorOptions off = o;
    off.unlikelyConfidence = 0;
    scored = {against};
    QCOMPARE(pickedVerified(off, scored), 0L);
}

// Nothing could be taken (edge support 0.45); the ranking's first outline is one the outline
// network vouches for (logit 4.3): taken. Not when its logit is below vouchedWhenNoneLogit, its
// edge support below networkScore, or it is not among the ranking's first twelve
// (vouchedWhenNoneFirst).
void TestDetectorChoice::vouchedWhenNone_nothingTaken_ranksFirstFewVouchedFor_taken()
{
    QVERIFY(m_verifier.isLoaded());
    const DetectorOptions o = options();
    const Scored card = verified(outline(rect(150, 80, 95, 60), 0.45, 0.13, 0.1, 0.3, 0.95), 4.3);
    const Scored page = verified(outline(rect(60, 20, 300, 220), 0.4, 0.1, 0.1, 0.7, 0.7), -2.6);
    std::vector<Scored> scored{card, page};
    QCOMPARE(pickedVerified(o, scored), 0L);

    scored = {card, page};
    scored[0].f[FVerifier] = 2.5;
    QCOMPARE(pickedVerified(o, scored), -1L);
    scored = {card, page};
    scored[0].c.score = 0.25;
    QCOMPARE(pickedVerified(o, scored), -1L);
    std::vector<Scored> pages(o.vouchedWhenNoneFirst, page);
    scored = pages;
    scored.push_back(card);
    QCOMPARE(pickedVerified(o, scored), -1L);
    scored = pages;
    scored.back() = card;
    QCOMPARE(pickedVerified(o, scored), long(o.vouchedWhenNoneFirst) - 1);
    QCOMPARE(o.vouchedWhenNoneFirst, size_t(12));
    DetectorOptions off = o;
    off.vouchedWhenNoneLogit = std::numeric_limits<double>::infinity();
    scored = {card, page};
    QCOMPARE(pickedVerified(off, scored), -1L);
}

QTEST_GUILESS_MAIN(TestDetectorChoice)

#include "tst_detectorchoice.moc"
