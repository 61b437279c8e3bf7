#pragma once

#include "cornerrefiner.h"
#include "documentsegmenter.h"
#include "outlinerefiner.h"
#include "outlineverifier.h"
#include "quad.h"

#include <QString>
#include <QStringList>

#include <array>
#include <limits>
#include <numbers>
#include <opencv2/core.hpp>
#include <optional>
#include <vector>

namespace hd::capture {

// Documents' proportions, long side over short: ISO/IEC 7810 ID-1 (85.6 x 54 mm) and the A
// formats (√2: A4, the A3 licence).
inline constexpr double kIdCardProportions = 85.6 / 54.0;
inline constexpr double kSheetProportions = std::numbers::sqrt2;
// How near (log scale) an outline's proportions must be to a document's to be its: the two
// are 0.114 apart (matchShape).
inline constexpr double kShapeTolerance = 0.07;
// Outlines overlapping less than this (IoU) are of different objects (DocumentDetector::outlines).
inline constexpr double kOtherObjectIoU = 0.5;

struct DetectorOptions
{
    int workingSize = 512;          // longer side of the downscaled image the search runs on
    double minAreaFraction = 0.015; // smaller outlines are not documents (or too far away)
    double acceptScore = 0.78;      // below: "no document" (calibrated, see capture/README.md)
    double fallbackScore = 0.65;    // ... unless the ranking is this confident (paper on paper)
    double fallbackConfidence = 0.25;
    // ... and, with the network, the ranking with the network's figures at least this
    // confident (the fallback's outlines on empty desks, a mouse beside the page: 0.01-0.04;
    // pages on paper: 0.29-0.30).
    double fallbackNetworkConfidence = 0.1;
    // An outline the fallback would take (edges nearly clear) wins over the one whose edges
    // are all clear when the ranking gives it at least likelierRatio times the chance and at
    // least likelierFloor: an ID card with a thumb over one side beside a loose sheet whose
    // edges are all clear (capture/README.md, "A likelier outline over a clearer one"). 0: the
    // clear outline always wins.
    double likelierRatio = 1.5;
    double likelierFloor = 0.4;
    // An outline whose edges are less sure (edge support fallbackScore and up, not all clear)
    // that the ranking finds likelier than the pick and the outline network likelier by
    // likelierVouchedMargin (logits) is taken instead: an ID card over the print of the form
    // under it (capture/README.md, "An outline likelier to the ranking and the outline
    // network, its edges not all clear"). Infinite: off.
    double likelierVouchedMargin = 1.0;
    // ... and one whose edges are less sure still (support likelierWeakScore and up, below
    // fallbackScore) when the ranking gives it at least likelierWeakRatio times the pick's
    // chance too: the page beside the magazine on SmartDoc's background05, not the card on
    // stone whose outline a side off the network likes (capture/README.md, "The likelier
    // rule's floor graded by the ranking"). likelierWeakScore >= fallbackScore: off.
    double likelierWeakScore = 0.58;
    double likelierWeakRatio = 2.0;
    // With the network: an outline that could be taken too and holds the one taken wins when
    // its soft IoU with the network's document is higher by at least wholeDocumentIoU and the
    // ranking gives it at least wholeDocumentConfidence times the chance (the one taken was a
    // part of the document cut off by a shadow's edge across it; capture/README.md, "The whole
    // document rather than a part of it"). 0: off.
    double wholeDocumentIoU = 0.25;
    double wholeDocumentConfidence = 0.7;
    // ... unless the outline network finds the part in the frame likelier than it by this much
    // (logits; the card on the page the network sees as one document with it). Infinite: the
    // whole always.
    double wholeDocumentLogitMargin = 1.0;
    // Outlines of a document cut by a shadow's edge: two outlines side by side kept for their
    // edges (support ≥ 0.7), nothing between them, one material in two lights (mean lightness
    // ≥ 15 levels apart, colour ≤ 8), joined as one more outline (Search::addShadowJoins), which
    // the rule above may then take (capture/README.md, "A document cut by a shadow, its two
    // parts joined").
    bool joinShadowParts = true;
    // ... and such two joined along their shared side where the shaded part's outline runs on
    // past the document's corner (its hull too large), a shadow's tint allowed
    // (Search::sideJoin; capture/README.md, "A document cut by a shadow, joined along the
    // shared side").
    bool joinAlongSides = true;
    // The network's outline (its sides moved to the nearest steps) competes with edge support
    // this low when it matches the network's document this well (soft IoU): a page on sheets
    // of the same paper shows a step of a few grey levels, often lost in the JPEG. Never on
    // an empty desk the network sees as empty.
    double networkScore = 0.3;
    double networkIoU = 0.7;
    // With the network, an outline the ranking gives less than this chance is not taken
    // however clear its edges (wood grain, a shadow's edge on a bare desk).
    double minNetworkConfidence = 0.015;
    // With the network, an outline inside which it sees less than this chance of a document on
    // average is not taken (a window's reflection on a dark desk, a blank sheet, the magazine
    // beside the page: 0.000-0.036, 13 of the 25 outlines taken on the seed sets' empty desks;
    // the documents taken: 0.35 and up; see capture/README.md).
    double minNetworkInside = 0.1;
    // The segmentation network (DocumentSegmenter): its document's outline is one more
    // candidate, and how well an outline matches it two more figures in the ranking. Empty:
    // the edges alone (also what happens when the model cannot be read).
    QString segmenterModel = DocumentSegmenter::builtInModel();
    // Another ranking with the network's figures (and the outline network's logit, then
    // computed for every outline that could be taken): their weights and the bias last, as
    // `capture_eval --train-ranker` prints them (to try a refit, or a model retrained, without
    // building). Empty, or not kRankingWeightCount of them: the built-in one.
    std::vector<double> rankWeights;
    // With both networks, the built-in ranking that weighs the outline network's logit too
    // (asked first about every outline that could be taken); false: the one without it, the
    // outline network then asked only by the rules after the ranking (capture/README.md, "The
    // ranking with the outline network's logit, landed").
    bool verifiedRanking = true;
    // When no outline is taken, the likeliest of the ranking's first vouchedWhenNoneFirst in
    // the frame with edge support of networkScore at least, the segmentation network not
    // against it, that the outline network vouches for this surely (logit) is taken: a white
    // card on a white page, its edges faint (one seen in perspective was the ninth in the
    // ranking: capture/README.md, "Nothing taken: the outline network asked about twelve").
    // Infinity: never.
    double vouchedWhenNoneLogit = 3.0;
    size_t vouchedWhenNoneFirst = 12;
    // None of them vouched for so surely: the likeliest the ranking gives at least
    // vouchedWhenNoneLikely that the outline network finds a document's own edge (logit
    // vouchedWhenNoneLikelyLogit and up) is taken: an ID card on pale stone under a shadow,
    // its edges not all clear (capture/README.md, "Nothing taken: an outline the ranking and
    // the outline network both find likely"). Infinity: never.
    double vouchedWhenNoneLikelyLogit = 0.5;
    double vouchedWhenNoneLikely = 0.2;
    // With a ranking that weighs the logit, the outline taken in the end is refused ("no
    // document") when all three are against it: that ranking gives it less than
    // unlikelyConfidence, the outline network a logit below unlikelyLogit and the segmentation
    // network less than unlikelyInside inside it on average (things on empty desks, the wrong
    // object; capture/README.md, "The ranking with the outline network's logit, landed"). A
    // confidence of 0: never.
    double unlikelyConfidence = 0.3;
    double unlikelyLogit = -1.0;
    double unlikelyInside = 0.4;
    // The outline network (OutlineVerifier), with the segmentation network only: among the
    // outlines that could be taken and overlap the one the ranking picked by at least
    // sameDocumentIoU (the same document), one it finds the document's own edge (logit above
    // 0) and likelier by verifierMargin logits than the ranking's is taken; never for an
    // outline going on out of the frame. Empty model, or a margin of 0: the ranking's.
    QString verifierModel = OutlineVerifier::builtInModel();
    // The outline refiner (OutlineRefiner), with the segmentation network: the outline taken
    // with its corners moved where the refiner puts the document's, refinerPasses times over
    // (a card's outline a few pixels off its edge over the print of the page under it). In the
    // frame, with edge support of refinedScore or more, it is taken instead when the outline
    // network gives it a logit above refinedLogit and at least refinedMargin logits more than
    // the one taken (Choice::refined; capture/README.md, "The outline refiner"). The floor is
    // -1, not 0: a refined outline the outline network doubts a little is taken over one it
    // doubts more (a page's outline on the sheet under it; "The refiner's floor"). It competes
    // in no other rule. Empty model, or an infinite margin: none.
    QString refinerModel = OutlineRefiner::builtInModel();
    int refinerPasses = 2;
    double refinedMargin = 0.5;
    double refinedScore = 0.3;
    double refinedLogit = -1.0;
    // The refiner's outline taken is re-fitted at full resolution to the step nearest it (the
    // refiner put it on the document's edge), as the segmentation network's is, rather than to
    // the outermost clear step (which moved refined outlines back out onto a printed frame or
    // the desk's pattern). False: the outermost, as for the edges' outlines.
    bool refinedToNearestStep = true;
    double sameDocumentIoU = 0.6;
    double verifierMargin = 2.5;
    // An outline in the frame the outline network finds nothing like a document's own edge
    // (logit below this: a loose printed slip on a cluttered desk) is not taken: the likeliest
    // other that could be taken and that it sees as one (logit above 0), or "no document". The
    // lowest logit of a right outline on the sets measured was -5.4 (capture/README.md, "The
    // outline network says no"); with the network fine-tuned, -5.9 on other scenes 21 and -5.5
    // on own set 7 ("The outline network fine-tuned, landed"). Negative infinity: never.
    double rejectBelowLogit = -9.0;
    // Where the outline network doubts the outline picked (logit below doubtBelowLogit), an
    // outline of another object that could be taken, less than otherObjectInside of it inside
    // the one picked, that the network sees as a document's own edge (logit above 0) and
    // likelier by otherObjectMargin is taken instead. Negative infinity: never.
    double doubtBelowLogit = -1.0;
    double otherObjectMargin = 2.0;
    double otherObjectInside = 0.8;
    // In both, an outline with clear edges that only the segmentation network kept out (its
    // document barely inside: a certificate on a stone desk under a window's light) may be taken
    // too, when the outline network finds it a document's own edge at least this surely.
    // Infinity: never.
    double vouchedLogit = 2.0;
    // An outline going on out of the frame that was picked (an application form under an ID
    // card, mostly out of view) gives way to an outline in the frame inside it, of at most
    // insideOutOfFrameArea of its area, that could be taken and that the outline network finds
    // a document's own edge (logit above insideOutOfFrameLogit): the likeliest such. The area
    // bound keeps a document that really goes on out of the frame from giving way to the frame
    // printed on it (capture/README.md, "A card on a form going out of the frame"). Infinity:
    // never.
    double insideOutOfFrameLogit = 0.0;
    double insideOutOfFrameArea = 0.7;
    // ... and, none such, to an outline in the frame beside it (less than
    // besideOutOfFrameInside of it inside the one picked), its edges clear (acceptScore)
    // whatever the segmentation network sees, that the outline network finds a document's own
    // edge at least this surely (besideOutOfFrameLogit): the card next to a sheet the camera
    // cuts off (capture/README.md, "A document in view beside one going out of the frame").
    // Infinity: never.
    double besideOutOfFrameLogit = 1.0;
    double besideOutOfFrameInside = 0.5;
    // When the caller knows which kind of document is wanted (detect()'s expectedProportions:
    // the clerk is capturing the ID card) and the outline picked has the other kind's
    // proportions (the application form under the card), the likeliest outline of the kind
    // wanted that could be taken is taken instead: another object (IoU with the pick below
    // expectedKindIoU; a variant of the card's own outline of a sheet's proportions would let
    // the card pass for the certificate) and, in the frame, one the outline network finds a
    // document's own edge (logit above expectedKindLogit: not the form's photo box). None
    // such: the pick stands, and the quality gate says it is the other kind (capture/README.md,
    // "The kind of document the clerk is capturing, told to the detector"). Infinity: never.
    double expectedKindLogit = 0.0;
    double expectedKindIoU = 0.5;
    // A document going on out of the frame is taken (acceptScore, fallbackScore) by the edges
    // in view: each side's support on its part inside the frame, a side on the frame's edge
    // (or mostly outside it) counting as the other three on average. The quality gate then
    // says it is not entirely in the frame (capture/README.md, "A document going on out of
    // the frame").
    bool outOfFrameSides = true;
    // When nothing is taken at workingSize, the segmentation network seeing a document over at
    // least closerLookSeen of the frame and the outline network not having rejected the outline
    // picked (something there that is no document), the search runs again at each of
    // closerLookSizes in turn (those the frame is at least as large as) until an outline is taken:
    // a page on sheets of the same paper, its edge a step of a few grey levels the first
    // downscaling wipes out (SmartDoc's background05; capture/README.md, "A closer look when
    // nothing is taken"). Empty: never.
    std::vector<int> closerLookSizes{768, 1024};
    double closerLookSeen = 0.06;
    // ... and a closer look's outline is taken only where the network sees a document inside
    // it on average at least this surely (not a guess across a page and the desk beside it).
    double closerLookInside = 0.5;
    // A closer look reads the network's outlines (its region's, the sides moved to the
    // nearest steps at the closer size) and the outlines made from them, not the cues: what
    // the closer looks take on the real pages is the network's outline, and the cues at 768
    // and 1024 px were half of their time (capture/README.md, "The closer look without the
    // cues"). true: every cue at the closer sizes too.
    bool closerLookCues = false;
    // When the outline network doubts the outline taken (its logit on the frame's working
    // image below innerLookBelowLogit), the frame cropped to the outline's box (grown by
    // innerLookGrow of its size on each side) is searched again, every cue at innerLookSize
    // (without the cues, innerLookCues false: the network's outlines only): at the crop's
    // larger scale a card on the page taken, or the page on the sheet taken, has edges the
    // frame's working image blurred away. The crop's outline is taken instead when it is
    // smaller than the one taken (below innerLookArea of its area) and the outline network,
    // asked about both on the frame's working image, gives it a logit above innerLookLogit and
    // innerLookMargin above the other's (capture/README.md, "A second look inside a doubted
    // outline"). It costs a second search on those frames: on for an image file read on its
    // own (hallctl detect and rectify), off for the frames the capture engine reads, live or
    // from a file (forLiveFrames()). Negative infinity: never.
    double innerLookBelowLogit = -1.0;
    double innerLookGrow = 0.03;
    double innerLookArea = 0.95;
    double innerLookLogit = -1.0;
    double innerLookMargin = 1.5;
    bool innerLookCues = true;
    int innerLookSize = 512;
    // A look where the networks fine-tuned on documents lying on printed paper
    // (DocumentSegmenter::formModels()) see the document: where the outline taken is doubted
    // (its logit below formLookBelowLogit and its edge support below formLookSupport) or
    // nothing is taken, each network reads the frame's working image; where its document
    // overlaps the outline taken by at most formLookIou, the frame cropped to its document's
    // box (grown by formLookGrow of its size on each side) is searched at innerLookSize. The
    // networks' documents' outlines and the crops' outlines overlapping their document by
    // formLookOverlap or more are moved twice by the outline refiner, and the one the outline
    // network likes best (on the frame's working image) is taken when its logit is above
    // formLookLogit and formLookMargin above the outline taken's. An ID card on a printed page,
    // where the frame's cues and the first network see the page (capture/README.md, "A look where
    // the form network sees the document", "Three form networks"). Costs the networks' answers and
    // up to one search each on those frames: on for an image file read on its own, off for the
    // capture engine's frames (forLiveFrames()). Empty: never.
    QStringList formSegmenterModels = DocumentSegmenter::formModels();
    double formLookBelowLogit = -1.0;
    double formLookSupport = 0.95;
    double formLookIou = 0.5;
    double formLookGrow = 0.25;
    double formLookOverlap = 0.3;
    double formLookLogit = 0.0;
    double formLookMargin = 1.5;
    // The corner network (CornerRefiner) on the outline taken: each corner moved where the
    // network reading the frame round it at full resolution puts the document's (cornerPasses
    // times over), the sides then re-fitted to the nearest step within 3 pixels (cornerRefit), and
    // that outline taken when the outline network, asked about both on the frame's working image,
    // gives it a logit cornerLogitMargin above the other's (NaN: without asking). A corner a
    // few pixels off a blurred or faint side, the page on a stack (capture/README.md, "The
    // corner network"). Costs four patches through a small network and two outlines through
    // the outline network per frame: on for an image file read on its own, off for the
    // capture engine's frames (forLiveFrames()). Empty: never.
    QString cornerModel = CornerRefiner::builtInModel();
    int cornerPasses = 1;
    bool cornerRefit = true;
    double cornerLogitMargin = 0.5;
    bool refineAtFullResolution = true;
    // How far (working-image pixels, ± this and 2 full-resolution pixels more) the first
    // re-fit at full resolution looks for each side's outermost clear step: 2 (±10 px on a
    // 1920 x 1080 frame); farther, a desk's pattern parallel to the paper's edge (stone tiles,
    // a tablecloth's rows) is taken for it (capture/README.md, "The full-resolution re-fit,
    // desk by desk, and its reach").
    double fullResolutionReach = 2.0;
    // A side of the winner on a cable or a pen across the page moves out to the page's end
    // (where the page's proportions put it, then the nearest step); see capture/README.md.
    bool completeAcrossLines = true;
    // The winner's sides moved out to the document's edge when they lie on a line printed
    // near it (a licence's frame, a coloured band) with a strip of the document outside
    // (capture/README.md, "Outlines on a printed frame").
    bool extendToOuterEdges = true;
    // Where the places along a side disagree (a desk whose pattern changes from pixel to
    // pixel), the margin's edge read from their profiles averaged over each half of the side
    // (capture/README.md, "A printed frame on a patterned desk").
    bool outerEdgesFromMeanProfiles = true;
    // Then each side smeared into a ramp (motion blur) moved to the ramp's middle
    // (capture/README.md, "Smeared edges").
    bool centreSmearedEdges = true;
    // The side sweep (capture/README.md, "The side sweep on"; first tried and kept off in
    // "The side sweep"). When no outline with clear edges is likely (ranking <
    // sweepBelowConfidence), the sweepOutlines most likely outlines get their sides moved to
    // the long steps along them (each side read over its whole length: a page on sheets of
    // the same paper, a side cut by a cable), as more candidates. A side is not moved inwards
    // onto a clear line (sweepInwardFaintOnly): that is print inside the document (rows of
    // text, a printed frame) or a cable across it. Such an outline is taken where a fallback
    // outline would be, in the ranking's order: edge support ≥ fallbackScore, the weakest
    // side's mean step ≥ sweepAcceptStep grey levels, the ranking's edge figures at least
    // sweepConfidence (an empty clutter desk: 0.11; documents: 0.13 and up) and, with the network,
    // at least fallbackNetworkConfidence and minNetworkInside.
    bool sideSweep = true;
    int sweepOutlines = 4;
    double sweepBelowConfidence = 0.5;
    double sweepAcceptStep = 6.0;
    bool sweepInwardFaintOnly = true;
    double sweepConfidence = 0.12;
    // Outlines of the smooth regions too (a page's blank margin, a card's plain ground on a
    // patterned desk: fabric, a photograph, marble), beside the edges' and the brightness
    // regions' (capture/README.md, "Smooth regions on patterned desks").
    bool textureRegions = true;
    // A second, wider pass over the edges' line segments (more lines paired, more of their
    // quadrilaterals), its best few outlines kept beside the edges' own when their edges
    // would take them (edge support ≥ acceptScore): a card on a printed form or among papers,
    // whose short sides are outnumbered by the longer lines around it (capture/README.md,
    // "A card among longer lines").
    bool moreLines = true;
    // Outlines of the regions unlike the paper too (the median colour of the frame's lightest
    // part: a card on a printed page, the print opened away), the best few beside the edges'
    // own (capture/README.md, "A card on a printed page").
    bool paperRegions = true;
    // Outlines of the contours of fainter edges too (Canny at half the fainter pass's
    // thresholds), the best few beside the edges' own: a card's edge a step of a few levels
    // in one colour axis (a pale card on a pale desk, a card on a printed page) while a cable
    // or the print sets the frame's contrast, and so the thresholds, high (capture/README.md,
    // "Fainter edges").
    bool faintEdges = true;
    // And of edges fainter still (Canny at two thirds of those thresholds), their gaps closed
    // wider (5 px): a white card on a pale desk covered with sheets, its edge a loop of a few
    // grey levels the print and the sheets' edges join; the largest few regions only
    // (capture/README.md, "Fainter edges, wider closed").
    bool fainterEdges = true;

    // The options for the camera's live frames (CaptureEngine): without the second look inside
    // a doubted outline and the look where the form network sees the document, which would
    // take a frame in twenty past the frame budget (30 ms median, 60 ms at the 95th
    // percentile: docs/benchmarks.md), and without the corner network, whose few milliseconds
    // a frame the live median has no room for.
    static DetectorOptions forLiveFrames()
    {
        DetectorOptions o;
        o.innerLookBelowLogit = -std::numeric_limits<double>::infinity();
        o.formSegmenterModels.clear();
        o.cornerModel.clear();
        return o;
    }
};

struct Detection
{
    Quad quad;                       // full-resolution pixels, TL, TR, BR, BL
    std::array<double, 4> support{}; // share of each side (top, right, bottom, left) on an edge
    // 0..1, the edge support by which it was taken (the weakest side a quarter; a side out of
    // the frame judged by its part in it: DetectorOptions::outOfFrameSides)
    double score = 0;
};

// Where DetectorCandidate::features holds how far the outline's proportions are from a
// document's (ID-1 or A-format, log scale; by its side lengths or through the camera).
inline constexpr size_t kProportionsFeature = 9;
// How many figures DetectorCandidate::features holds, and so DetectorOptions::rankWeights
// with the bias.
inline constexpr size_t kRankingFeatureCount = 21;
inline constexpr size_t kRankingWeightCount = kRankingFeatureCount + 1;

// One outline the detector weighed (diagnostics, and the ranking's training data).
struct DetectorCandidate
{
    Quad quad;                    // full-resolution pixels
    double score = 0;             // edge support
    std::vector<double> features; // what the ranking weighs (detector/ranking.h, Feature)
    double confidence = 0;        // the ranking's chance that this is the document
    bool fromNetwork = false;     // the network's outline, sides moved to the nearest steps
};

// Finds the four corners of a document lying on a desk: several edge cues (colour Canny on
// Lab, brightness regions) on a downscaled frame give contour candidates, each reduced to a
// quadrilateral and scored by how much of its four sides lie on a real edge (one side may be
// partly hidden by a thumb); a logistic ranking (with the segmentation network's view of
// where the document lies, when the model is loaded) picks among the well-supported
// outlines, and each side of the winner is re-fitted, robustly, to the strongest edge along
// it at full resolution. The Hough transform of the edges and the network run on a helper
// thread, one per process, while the calling thread reads the other cues (frames from several
// threads take their turn on it). See capture/README.md.
class DocumentDetector final
{
public:
    explicit DocumentDetector(DetectorOptions options = {});

    // Returns no value when there is no document it is sure of. `expectedProportions`: the
    // kind of document wanted (kIdCardProportions or kSheetProportions; 0: any), preferred
    // over the other kind when both could be taken (DetectorOptions::expectedKindLogit).
    std::optional<Detection> detect(const cv::Mat &image, double expectedProportions = 0) const;
    // The edge-support score (0..1) the detector gives a given outline (for a corner the
    // clerk dragged, and for diagnostics); each side's share of it in `sides` when given.
    double supportOf(const cv::Mat &image, const Quad &quad,
                     std::array<double, 4> *sides = nullptr) const;
    // Follows an outline found in an earlier frame (the live preview): each side of `near`
    // re-fitted at full resolution to the edge within ±range pixels, as detect() does last,
    // and scored like detect()'s outlines. Much cheaper than detect(); the caller decides from
    // the score (and the move) whether it still holds the document.
    std::optional<Detection> follow(const cv::Mat &image, const Quad &near, int range) const;
    // Every outline weighed for `image` at the working size (never the closer looks'), for
    // diagnostics and for fitting the ranking.
    std::vector<DetectorCandidate> candidates(const cv::Mat &image) const;
    // The outlines the clerk may choose from when the one taken is not the document wanted
    // (the magazine beside the page, the form under the card): detect()'s first when it takes
    // one; then what detect() takes with that one painted over (a second page beside the
    // first); then the other outlines the working size's search weighed, most likely first;
    // each of another object (IoU below kOtherObjectIoU with every one before it), re-fitted
    // at full resolution as detect()'s is; at most `max`. Two searches' time.
    std::vector<Quad> outlines(const cv::Mat &image, size_t max,
                               double expectedProportions = 0) const;
    // Prepares the calling thread for frames of `frameSize` by detecting once on a drawn
    // sheet: the first detection in a process, or on a thread, or at a new frame size,
    // otherwise takes 150-250 ms more (OpenCV's colour tables built, the network read and laid
    // out for the size). Call it on the thread that will detect, before the first frame (the
    // capture worker when a source opens); detect() works without it.
    void warmUp(cv::Size frameSize) const;
    // The network the detector uses (isLoaded() false: the edges alone; error() says why).
    // detect() runs it on the helper thread, one per process, beside the calling thread.
    const DocumentSegmenter &segmenter() const { return m_segmenter; }
    // The outline network (isLoaded() false: the ranking's pick stands).
    const OutlineVerifier &verifier() const { return m_verifier; }
    const DetectorOptions &options() const { return m_options; }

private:
    struct Look;
    // detect(), with a closer look when the working size finds nothing; `look` (when given)
    // says what the working size's search saw.
    std::optional<Detection> run(const cv::Mat &image, std::vector<DetectorCandidate> *report,
                                 double expectedProportions = 0, Look *look = nullptr) const;
    // What run() finds before the corner network (cornerLook) has its say.
    std::optional<Detection> looked(const cv::Mat &image, std::vector<DetectorCandidate> *report,
                                    double expectedProportions, Look &look) const;
    // The search again inside the box of `taken` when the outline network doubts it
    // (DetectorOptions::innerLookBelowLogit): the crop's outline when it is taken instead.
    std::optional<Detection> innerLook(const cv::Mat &image, const Detection &taken,
                                       const Look &look, double expectedProportions) const;
    // The search again where the form networks see the document when the outline taken is
    // doubted or nothing is taken (DetectorOptions::formSegmenterModels): its outline when it
    // is taken instead.
    std::optional<Detection> formLook(const cv::Mat &image, const std::optional<Detection> &taken,
                                      const Look &look, double expectedProportions) const;
    // `taken` with the corner network's outline when the outline network finds it likelier
    // (DetectorOptions::cornerModel).
    void cornerLook(const cv::Mat &image, Detection &taken, const Look &look) const;
    // What one search saw besides its answer: the share of the working image the segmentation
    // network sees as document (0 without it), whether the outline network rejected the
    // outline picked (Choice::rejected), and how surely the network sees the document inside
    // the outline taken.
    struct Look
    {
        double seen = 0;
        bool rejected = false;
        double inside = 0; // the network's mean chance inside the outline taken
        cv::Mat working;   // the working image searched, and its scale to the frame
        double scale = 1;
        double contrast = 1; // the frame's (Prepared::contrast)
        // Asked for (outlines()): up to this many outlines of other objects than the one
        // taken, most likely first, re-fitted.
        size_t othersWanted = 0;
        std::vector<Quad> others;
    };
    // One search at `workingSize` (without the cues' outlines when not `cues`).
    std::optional<Detection> runAt(const cv::Mat &image, int workingSize,
                                   std::vector<DetectorCandidate> *report,
                                   double expectedProportions, Look &look, bool cues = true) const;

    DetectorOptions m_options;
    DocumentSegmenter m_segmenter;
    std::vector<DocumentSegmenter> m_formSegmenters;
    OutlineVerifier m_verifier;
    OutlineRefiner m_refiner;
    CornerRefiner m_corners;
};

// Whether an outline in an image of `size` has the proportions of the document expected
// (kIdCardProportions or kSheetProportions), by its side lengths or through the camera
// (within `tolerance` on a log scale; a page photographed at an angle: SmartDoc's pages are up
// to 23 % off A4 by their side lengths, within 1.6 % through the camera); or those of the
// other kind by both (the form under the ID card); or neither (a card seen at a steep angle,
// its corners a pixel off, may measure anything).
enum class ShapeMatch { Expected, Other, Neither };
ShapeMatch matchShape(const Quad &q, cv::Size size, double expected, double tolerance);

// The frame as the detector's search sees it (BGR, the longer side `workingSize`: halved with
// INTER_AREA, then bilinear); `scale` receives the factor from the frame to it.
cv::Mat detectorWorkingImage(const cv::Mat &image, int workingSize, double *scale = nullptr);

// The classic recipe most open-source scanners copy (grey, blur, Canny 75/200, the largest
// contour whose approxPolyDP has four points). Kept as the floor in the evaluation.
std::optional<Quad> detectClassic(const cv::Mat &image);

} // namespace hd::capture
