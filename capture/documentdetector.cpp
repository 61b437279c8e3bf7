#include "documentdetector.h"

#include "detector/choice.h"
#include "detector/edgefit.h"
#include "detector/finalsides.h"
#include "detector/prepare.h"
#include "detector/ranking.h"
#include "detector/search.h"
#include "detector/sidesweep.h"
#include "documentsegmenter.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <future>
#include <limits>
#include <numeric>
#include <opencv2/imgproc.hpp>
#include <optional>

namespace hd::capture {

using namespace detail;

namespace {

// Edge thresholds in Sobel units on the working image (a clean step of h levels gives 4h),
// for a well-lit frame; multiplied by Prepared::contrast.
constexpr double kEdgeThreshold = 28.0;
constexpr double kMinStep = 6.0;
// The network's outline: its line lies within about half a cell (4 working pixels) of the
// page's edge; the step searched within ±kMaskRange, the nearest preferred, fainter steps
// taken (paper on paper).
constexpr int kMaskRange = 8;
constexpr double kMaskNear = 4.0;
constexpr double kMaskMinStep = 3.0;
// The side sweep (sweepOutlines): lines whose mean step is below kSweepMinStep grey levels
// are not taken; each place's step is clipped at kSweepClip.
constexpr double kSweepMinStep = 1.0;
constexpr double kSweepClip = 24.0;

// Outlines refined and ranked: the best by their edge support, of the edges' cues and of the
// smooth regions apart.
constexpr int kEdgeOutlines = 16;
constexpr int kTextureOutlines = 4;
// And of the regions unlike the paper (DetectorOptions::paperRegions), and of the fainter
// edges (DetectorOptions::faintEdges).
constexpr int kPaperOutlines = 4;
constexpr int kFaintOutlines = 4;
// Of the edges fainter still (DetectorOptions::fainterEdges), the largest regions outlined.
constexpr size_t kFainterRegions = 8;
// And the best of the wider line pass's that its edges would take (DetectorOptions::moreLines).
constexpr int kMoreLineOutlines = 4;
// DetectorOptions::joinShadowParts: the two parts' least edge support, their least lightness
// step and largest colour step (stretched Lab levels; measured: a shadow's two parts 85-120 and
// 5-16 apart, a card and the sheet under it 20-28 and 7-10, a card and the page beside it 0-5
// and ~3).
constexpr double kJoinMinScore = 0.7;
constexpr double kJoinLightStep = 15.0;
constexpr double kJoinColourStep = 8.0;
// DetectorOptions::joinAlongSides: the least lightness step and largest colour step between a
// part and what the join along their shared side adds: a shadow's two parts, far apart in
// light, a shadow's tint allowed (86 and 17 on the ID card of other scenes 21's o21_00184),
// not a card and the sheet beside it (20-28 apart in light).
constexpr double kJoinSideLightStep = 40.0;
constexpr double kJoinSideColourStep = 20.0;

// The frame's own cues: the edges at two Canny levels (and two fainter ones when asked), the
// lines of the first, brightness regions, regions unlike the paper and smooth regions when
// asked. Each cue is read, and its regions' hulls or its lines' quadrilaterals made, as a job
// of its own on both threads at once (onBothThreads): none reads the Search, and each writes
// its own slot. Their outlines are then added in one fixed order (addCueOutlines), so that the
// answer is the same whichever thread read what.
struct Cues
{
    // The regions whose outlines are added, in their order: the edges at the lines' level, at
    // the stronger level, the fainter edges, those fainter still, the brightness regions and
    // their inverse, the regions unlike the paper at three distances, the smooth regions.
    enum Slot {
        LineEdges,
        StrongEdges,
        FaintEdges,
        FainterEdges,
        Bright,
        Dark,
        Unlike,
        Smooth = Unlike + 3,
        Slots
    };
    struct Regions
    {
        std::vector<std::vector<cv::Point>> hulls;
        Search::Source source = Search::Source::Edges;
    };
    std::array<Regions, Slots> regions;
    std::vector<cv::Vec4i> hough, pieces;
    Search::LineQuads lineQuads, widerLineQuads;
};

cv::Mat cannyEdges(const Prepared &prep, double lo, double hi)
{
    cv::Mat edges;
    cv::Canny(prep.g.dx, prep.g.dy, edges, lo * prep.contrast, hi * prep.contrast, true);
    return edges;
}

// Reads every cue of `prep` into `cues` (regions of at least `minArea`), on both threads: first
// the cues (the Hough transform, the longest, first), then the lines' quadrilaterals of both
// passes beside the brightness and smooth regions.
void readCues(Cues &cues, const Prepared &prep, const DetectorOptions &o, double minArea)
{
    const cv::Mat lineEdges = cannyEdges(prep, 24.0, 72.0);
    const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3));
    auto regionsOf = [&](Cues::Slot slot, const cv::Mat &binary, Search::Source source) {
        cues.regions[slot] = {Search::hullsOf(binary, minArea), source};
    };
    // The edges' regions, their gaps closed by dilating `closing` px; the `most` largest.
    auto edgesOf = [&](Cues::Slot slot, const cv::Mat &edges, Search::Source source,
                       int closing = 3, size_t most = 24) {
        cv::Mat d;
        cv::dilate(edges, d, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(closing, closing)));
        cues.regions[slot] = {Search::hullsOf(d, minArea, most), source};
    };
    const std::vector<std::function<void()>> first = {
        [&] { cues.hough = houghSegments(lineEdges); },
        [&] { cues.pieces = straightPieces(lineEdges); },
        [&] {
            // Regions unlike the paper: a card on a printed page, where the card's edge is a
            // faint step among the print's.
            if (!o.paperRegions)
                return;
            const std::vector<cv::Mat> unlike = unlikePaper(prep);
            for (size_t i = 0; i < unlike.size() && i < 3; ++i)
                regionsOf(Cues::Slot(Cues::Unlike + int(i)), unlike[i], Search::Source::Paper);
        },
        [&] { edgesOf(Cues::StrongEdges, cannyEdges(prep, 60.0, 160.0), Search::Source::Edges); },
        [&] {
            if (o.faintEdges)
                edgesOf(Cues::FaintEdges, cannyEdges(prep, 12.0, 36.0), Search::Source::Faint);
        },
        [&] { edgesOf(Cues::LineEdges, lineEdges, Search::Source::Edges); },
        [&] {
            // Fainter still, the gaps closed wider: a white card on a pale desk among sheets,
            // its edge a loop of a few grey levels broken at the rounded corners; the few
            // largest regions only (capture/README.md, "Fainter edges, wider closed").
            if (o.fainterEdges)
                edgesOf(Cues::FainterEdges, cannyEdges(prep, 8.0, 24.0), Search::Source::Faint, 5,
                        kFainterRegions);
        },
    };
    onBothThreads(first.size(), [&](size_t i) { first[i](); });
    std::vector<cv::Vec4i> segs = cues.hough;
    segs.insert(segs.end(), cues.pieces.begin(), cues.pieces.end());
    segs = Search::longestFirst(std::move(segs));
    const cv::Size size = prep.small.size();
    const std::vector<std::function<void()>> second = {
        [&] {
            if (o.moreLines)
                cues.widerLineQuads = Search::lineQuads(segs, size, Search::kWiderLinePass);
        },
        [&] {
            // Smooth regions: a page's blank margin or a card on a patterned desk (fabric, a
            // photograph, marble), where neither edges nor brightness set it apart from the
            // pattern around it.
            if (o.textureRegions)
                regionsOf(Cues::Smooth, smoothRegions(prep.small), Search::Source::Texture);
        },
        [&] { cues.lineQuads = Search::lineQuads(segs, size, Search::kLinePass); },
        [&] {
            // Brightness regions: a light page on a darker desk (or the reverse) as a blob.
            cv::Mat bin, inverse;
            cv::threshold(prep.lightness, bin, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
            cv::morphologyEx(bin, bin, cv::MORPH_OPEN, kernel);
            cv::bitwise_not(bin, inverse);
            regionsOf(Cues::Bright, bin, Search::Source::Edges);
            regionsOf(Cues::Dark, inverse, Search::Source::Edges);
        },
    };
    onBothThreads(second.size(), [&](size_t i) { second[i](); });
}

// The cues' outlines, in their fixed order: the lines (both passes), the regions slot by slot.
void addCueOutlines(Search &search, Cues &cues)
{
    search.addLineQuads(cues.lineQuads, Search::kLinePass);
    search.addLineQuads(cues.widerLineQuads, Search::kWiderLinePass);
    for (const Cues::Regions &r : cues.regions)
        search.addHulls(r.hulls, r.source);
}

// The network's document as a region: its outline, whatever the edges show; and that outline
// with each side moved to the step nearest it (a faint page edge on a sheet of the same paper,
// the sheet's own edge a few pixels outside).
void addNetworkOutlines(Search &search, const Prepared &prep)
{
    const double k = prep.contrast;
    cv::Mat up;
    cv::resize(prep.prob, up, prep.small.size(), 0, 0, cv::INTER_LINEAR);
    const cv::Mat region = up > 0.5;
    search.addContours(region);
    if (std::optional<Quad> mq = largestRegionQuad(region)) {
        Quad q = refineQuad(prep.smooth, orderCorners(*mq), kMaskRange, 4.0, kMaskMinStep * k,
                            kMaskNear);
        q = refineQuad(prep.smooth, q, 2, 1.5, kMaskMinStep * k, 1.5);
        search.addQuad(q, true);
    }
}

// The best 16 by their edges (and the best 4 of the smooth regions, of the regions unlike the
// paper, of the fainter edges, and of the wider line pass's those of edge support ≥
// acceptScore, which would otherwise push out some of the edges' own), and the network's
// refined outline whatever its edges.
void keepBest(std::vector<Candidate> &cands, double acceptScore)
{
    std::sort(cands.begin(), cands.end(), [](const Candidate &a, const Candidate &b) {
        return a.fromMask != b.fromMask ? a.fromMask : a.score > b.score;
    });
    const auto edgeBegin =
        std::find_if(cands.begin(), cands.end(), [](const Candidate &c) { return !c.fromMask; });
    std::vector<Candidate> kept(cands.begin(), edgeBegin);
    int edges = 0, textures = 0, moreLines = 0, papers = 0, faint = 0;
    for (auto it = edgeBegin; it != cands.end(); ++it) {
        const bool keep = it->fromFaint     ? faint++ < kFaintOutlines
                          : it->fromPaper   ? papers++ < kPaperOutlines
                          : it->fromTexture ? textures++ < kTextureOutlines
                          : it->fromMoreLines
                              ? it->score >= acceptScore && moreLines++ < kMoreLineOutlines
                              : edges++ < kEdgeOutlines;
        if (keep)
            kept.push_back(*it);
    }
    cands = std::move(kept);
}

// The kept outlines refined on the working image and scored again (the network's as it is;
// those of edge support below 0.3 dropped).
std::vector<Candidate> refineOutlines(const Search &search, const std::vector<Candidate> &cands,
                                      const Prepared &prep)
{
    const double k = prep.contrast;
    const int kSmallRange = 9;
    std::vector<std::optional<Candidate>> out(cands.size());
    onBothThreads(cands.size(), [&](size_t i) {
        const Candidate &c = cands[i];
        if (c.fromMask) {
            out[i] = c;
            return;
        }
        if (c.score < 0.3)
            return;
        Quad q = refineQuad(prep.smooth, c.quad, kSmallRange, kSmallRange, kMinStep * k);
        q = refineQuad(prep.smooth, q, 2, 1.5, kMinStep * k);
        Candidate r;
        r.quad = orderCorners(q);
        if (!search.plausible(r.quad))
            r = c;
        r.area = quadArea(r.quad);
        search.scoreCandidate(r);
        if (r.score < c.score - 0.05)
            r = c;
        out[i] = r;
    });
    std::vector<Candidate> refined;
    for (std::optional<Candidate> &r : out)
        if (r)
            refined.push_back(std::move(*r));
    return refined;
}

// Outline `c`'s figures among `refined` and the ranking's chance, with the network's figures
// when it answered (and another ranking's weights when given).
Scored scoredOutline(const Prepared &prep, const Search &search, const Candidate &c,
                     const std::vector<Candidate> &refined, bool prior,
                     const std::vector<double> *rankWeights)
{
    Scored sc{c, featuresOf(prep, search, c, refined), 0, 0};
    sc.edgeConfidence = confidenceOf(sc.f, false);
    sc.confidence = prior ? confidenceOf(sc.f, true, rankWeights) : sc.edgeConfidence;
    return sc;
}

// Whether `q` differs from every outline of `scored` and `extra` by `tolerance` working pixels
// or more at some corner.
bool isNew(const Quad &q, const std::vector<Scored> &scored, const std::vector<Scored> &extra,
           double tolerance)
{
    auto near = [&](const Scored &other) { return maxCornerError(other.c.quad, q) < tolerance; };
    return std::none_of(scored.begin(), scored.end(), near) &&
           std::none_of(extra.begin(), extra.end(), near);
}

// Outlines of the most likely few with their sides on the long faint steps along them, when
// no outline with clear edges is likely (DetectorOptions::sideSweep). Their figures are
// against the refined outlines (theirs stay as they were).
void addSweptOutlines(std::vector<Scored> &scored, const Prepared &prep, const Search &search,
                      const std::vector<Candidate> &refined, const DetectorOptions &o, bool prior,
                      const std::vector<double> *rankWeights)
{
    double topConfidence = 0;
    for (const Scored &sc : scored)
        if (sc.c.score >= o.acceptScore)
            topConfidence = std::max(topConfidence, sc.confidence);
    if (!o.sideSweep || topConfidence >= o.sweepBelowConfidence)
        return;
    const double k = prep.contrast;
    std::vector<size_t> order(scored.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return scored[a].confidence > scored[b].confidence; });
    cv::Mat grey;
    cv::cvtColor(prep.small, grey, cv::COLOR_BGR2GRAY);
    std::vector<Scored> extra;
    for (size_t j = 0; j < std::min<size_t>(order.size(), size_t(o.sweepOutlines)); ++j) {
        const Candidate &base = scored[order[j]].c;
        bool seen = false;
        for (size_t i = 0; i < j; ++i)
            seen = seen || maxCornerError(scored[order[i]].c.quad, base.quad) < 3.0;
        if (seen)
            continue;
        for (const SweepOutline &so :
             sweepOutlines(grey, base.quad, kSweepMinStep * k, float(kSweepClip * k),
                           o.sweepInwardFaintOnly)) {
            Candidate c;
            c.quad = orderCorners(so.quad);
            if (!search.plausible(c.quad) || !isNew(c.quad, scored, extra, 2.0))
                continue;
            c.area = quadArea(c.quad);
            search.scoreCandidate(c);
            c.fromSweep = true;
            c.sweep = so.weakest / k;
            extra.push_back(scoredOutline(prep, search, c, refined, prior, rankWeights));
        }
    }
    scored.insert(scored.end(), extra.begin(), extra.end());
}

// `q` with its corners moved where the outline refiner puts the document's, refinerPasses
// times over (DetectorOptions::refinerModel), with its figures against the refined outlines;
// none when implausible or not new among `scored`.
std::optional<Scored> refinerOutline(const Quad &q, const std::vector<Scored> &scored,
                                     const Prepared &prep, const Search &search,
                                     const std::vector<Candidate> &refined,
                                     const DetectorOptions &o, const OutlineRefiner &refiner,
                                     const std::vector<double> *rankWeights)
{
    std::vector<Quad> quads{q};
    for (int pass = 0; pass < o.refinerPasses && !quads.empty(); ++pass)
        quads = refiner.refined(prep.small, quads);
    if (quads.empty())
        return std::nullopt;
    Candidate c;
    c.quad = orderCorners(quads.front());
    if (!search.plausible(c.quad) || !isNew(c.quad, scored, {}, 1.0))
        return std::nullopt;
    c.area = quadArea(c.quad);
    search.scoreCandidate(c);
    c.fromRefiner = true;
    return scoredOutline(prep, search, c, refined, true, rankWeights);
}

// CAPTURE_DEBUG: the ten likeliest outlines, their figures and first corner in the frame's
// pixels.
void printRanked(const std::vector<Scored> &scored, double scale)
{
    for (size_t i = 0; i < std::min<size_t>(scored.size(), 10); ++i) {
        const Scored &sc = scored[i];
        std::fprintf(stderr,
                     "  cand %zu%s%s%s conf %.3f score %.3f sweep %.2f prior %.3f/%.3f logit %s "
                     "area %.0f (%.0f,%.0f)\n",
                     i, sc.c.fromMask ? " (net)" : "", sc.c.fromSweep ? " (sweep)" : "",
                     sc.c.fromRefiner ? " (refiner)" : "", sc.confidence, sc.c.score, sc.c.sweep,
                     sc.f[FPriorIoU], sc.f[FPriorInside],
                     sc.verified ? std::to_string(sc.f[FVerifier]).c_str() : "-", sc.c.area,
                     sc.c.quad[0].x / scale, sc.c.quad[0].y / scale);
    }
}

// The outline taken, in the frame's pixels: refined on the frame itself, then its final
// sides (DetectorOptions::completeAcrossLines, extendToOuterEdges, centreSmearedEdges).
Quad finalOutline(const Candidate &best, const Prepared &prep, const DetectorOptions &o)
{
    const cv::Mat &image = prep.image;
    const double scale = prep.scale;
    const double k = prep.contrast;
    Quad q = scaled(best.quad, 1.0 / scale);
    if (o.refineAtFullResolution && scale < 1.0) {
        const int range = int(std::ceil(o.fullResolutionReach / scale)) + 2;
        // Outlines not placed on the edges' outermost clear step (the segmentation network's
        // region, the side sweep's, the refiner's) go to the step nearest them
        // (capture/README.md, "The outline refiner").
        if (best.fromMask || best.fromSweep || (best.fromRefiner && o.refinedToNearestStep)) {
            q = refineQuadOnBothThreads(image, q, range, std::max(3.0, 1.0 / scale),
                                        kMaskMinStep * k, 1.5 / scale);
            q = refineQuadOnBothThreads(image, q, 3, 1.5, kMaskMinStep * k, 1.5);
        } else {
            q = refineQuadOnBothThreads(image, q, range, std::max(3.0, 1.0 / scale), kMinStep * k);
            q = refineQuadOnBothThreads(image, q, 3, 1.5, kMinStep * k);
        }
    }
    if (o.completeAcrossLines)
        q = finalSides::completeAcrossLines(image, q, k, kMaskMinStep * k);
    if (o.extendToOuterEdges)
        q = finalSides::extendToOuterEdges(image, q, k, o.outerEdgesFromMeanProfiles);
    if (o.centreSmearedEdges)
        q = finalSides::centreSmearedEdges(image, q, k);
    return q;
}

// DocumentDetector::outlines: besides the one taken (`taken`, working image), up to `wanted`
// outlines of other objects, the ranking's most likely first, in the frame's pixels.
std::vector<Quad> otherOutlines(const std::vector<Scored> &scored, const Quad *taken,
                                const Prepared &prep, const DetectorOptions &o, size_t wanted)
{
    std::vector<Quad> objects;
    if (taken)
        objects.push_back(*taken);
    std::vector<Quad> out;
    for (const Scored &sc : scored) {
        if (out.size() >= wanted)
            break;
        if (std::all_of(objects.begin(), objects.end(),
                        [&](const Quad &q) { return quadIou(sc.c.quad, q) < kOtherObjectIoU; })) {
            objects.push_back(sc.c.quad);
            out.push_back(orderCorners(finalOutline(sc.c, prep, o)));
        }
    }
    return out;
}

// Paints `q` (a little enlarged) over in the mean colour of a ring round it: the object gone,
// for DocumentDetector::outlines to look for the next.
void paintOver(cv::Mat &image, const Quad &q)
{
    const cv::Point2d centre = (q[0] + q[1] + q[2] + q[3]) / 4.0;
    std::vector<cv::Point> grown;
    for (const cv::Point2d &p : q)
        grown.emplace_back(cv::Point(centre + (p - centre) * 1.04));
    cv::Mat mask = cv::Mat::zeros(image.size(), CV_8U);
    cv::fillConvexPoly(mask, grown, cv::Scalar(255));
    const int ring = std::max(3, int(0.012 * std::max(image.cols, image.rows))) | 1;
    cv::Mat around;
    cv::dilate(mask, around, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(ring, ring)));
    around.setTo(0, mask);
    if (cv::countNonZero(around) == 0)
        return;
    image.setTo(cv::mean(image, around), mask);
}

} // namespace

DocumentDetector::DocumentDetector(DetectorOptions options)
    : m_options(std::move(options))
    , m_segmenter(m_options.segmenterModel)
    , m_formSegmenters(m_options.formSegmenterModels.cbegin(), m_options.formSegmenterModels.cend())
    , m_verifier(m_options.verifierModel)
    , m_refiner(m_options.refinerModel)
    , m_corners(m_options.cornerModel)
{}

ShapeMatch matchShape(const Quad &q, cv::Size size, double expected, double tolerance)
{
    const double other = expected > (kIdCardProportions + kSheetProportions) / 2
                             ? kSheetProportions
                             : kIdCardProportions;
    bool otherByAll = true;
    for (const double r : detail::proportionsOf(q, size)) {
        if (!std::isfinite(r))
            continue;
        if (std::abs(std::log(r / expected)) <= tolerance)
            return ShapeMatch::Expected;
        otherByAll = otherByAll && std::abs(std::log(r / other)) <= tolerance;
    }
    return otherByAll ? ShapeMatch::Other : ShapeMatch::Neither;
}

namespace {

// The box round `q` grown by `grow` of its size on each side, within a frame of `size`.
cv::Rect boxRound(const Quad &q, double grow, cv::Size size)
{
    cv::Point2d lo = q[0], hi = q[0];
    for (const cv::Point2d &p : q) {
        lo = {std::min(lo.x, p.x), std::min(lo.y, p.y)};
        hi = {std::max(hi.x, p.x), std::max(hi.y, p.y)};
    }
    const cv::Point2d by = grow * (hi - lo);
    return cv::Rect(cv::Point(int(std::floor(lo.x - by.x)), int(std::floor(lo.y - by.y))),
                    cv::Point(int(std::ceil(hi.x + by.x)), int(std::ceil(hi.y + by.y)))) &
           cv::Rect(cv::Point(0, 0), size);
}

} // namespace

cv::Mat detectorWorkingImage(const cv::Mat &image, int workingSize, double *scaleOut)
{
    const double scale = std::min(1.0, double(workingSize) / std::max(image.cols, image.rows));
    if (scaleOut)
        *scaleOut = scale;
    cv::Mat small;
    if (scale < 0.5) {
        // Halve first (INTER_AREA's fast integer path, every pixel averaged), then bilinear
        // the rest of the way: a fifth of the time of one uneven INTER_AREA step.
        cv::Mat half;
        cv::resize(image, half, cv::Size((image.cols + 1) / 2, (image.rows + 1) / 2), 0, 0,
                   cv::INTER_AREA);
        const cv::Size target(int(std::lround(image.cols * scale)),
                              int(std::lround(image.rows * scale)));
        cv::resize(half, small, target, 0, 0, cv::INTER_LINEAR);
    } else if (scale < 1.0) {
        cv::resize(image, small, cv::Size(), scale, scale, cv::INTER_AREA);
    } else
        small = image.clone();
    return small;
}

double DocumentDetector::supportOf(const cv::Mat &input, const Quad &quad,
                                   std::array<double, 4> *sides) const
{
    Prepared p;
    if (!prepare(input, m_options.workingSize, p))
        return 0;
    Search search(p.lab, p.g, 0, float(kEdgeThreshold * p.contrast));
    Candidate c;
    c.quad = orderCorners(scaled(quad, p.scale));
    search.scoreCandidate(c);
    if (std::getenv("CAPTURE_DEBUG"))
        std::fprintf(stderr, "  support %.3f [%.2f %.2f %.2f %.2f]\n", c.score, c.support[0],
                     c.support[1], c.support[2], c.support[3]);
    if (sides)
        *sides = c.support;
    return c.score;
}

std::optional<Detection> DocumentDetector::follow(const cv::Mat &input, const Quad &near,
                                                  int range) const
{
    Prepared p;
    if (!prepare(input, m_options.workingSize, p))
        return std::nullopt;
    // The step nearest the expected side (not the outermost one, as for a new outline): the
    // outline stays on the edge it was found on, say a page's rather than the sheet's under it.
    const double k = p.contrast;
    Quad q = refineQuad(p.image, orderCorners(near), range, 3.0, kMinStep * k,
                        std::max(2.0, range / 3.0));
    q = refineQuad(p.image, q, 3, 1.5, kMinStep * k, 1.5);
    Search search(p.lab, p.g, 0, float(kEdgeThreshold * k));
    Candidate c;
    c.quad = orderCorners(scaled(q, p.scale));
    search.scoreCandidate(c);
    Detection det;
    det.quad = orderCorners(q);
    // Its plain support: a document going out of the frame is not followed there but searched
    // for again (the followed side would stay behind where the frame cut it).
    det.score = c.score;
    det.support = c.support;
    return det;
}

void DocumentDetector::warmUp(cv::Size frameSize) const
{
    if (frameSize.width < 16 || frameSize.height < 16)
        return;
    // A light sheet on a dark desk: every step of the search runs once. What the first call
    // pays: OpenCV's colour tables (the 8-bit Lab conversion builds them on first use, ~150
    // ms of CPU), the network read and laid out for this input size (~20-150 ms).
    cv::Mat frame(frameSize, CV_8UC3, cv::Scalar(60, 70, 80));
    const cv::Point2d c(frameSize.width / 2.0, frameSize.height / 2.0);
    const double h = frameSize.height * 0.3, w = h * 1.414;
    const std::vector<cv::Point> sheet = {
        cv::Point(int(c.x - w), int(c.y - h)), cv::Point(int(c.x + w), int(c.y - h * 0.9)),
        cv::Point(int(c.x + w * 0.95), int(c.y + h)), cv::Point(int(c.x - w), int(c.y + h))};
    cv::fillConvexPoly(frame, sheet, cv::Scalar(235, 235, 235), cv::LINE_AA);
    (void)run(frame, nullptr);
    // The outline network on the helper thread as well, which answers for half of the outlines
    // when it is asked about a few at once (Choice::verify).
    if (m_verifier.isLoaded()) {
        double scale = 1;
        const cv::Mat small = detectorWorkingImage(frame, m_options.workingSize, &scale);
        Quad q;
        for (size_t i = 0; i < 4; ++i)
            q[i] = cv::Point2d(sheet[i]) * scale;
        HelperThread::instance()
            .run([this, small, q] { return m_verifier.logits(small, {q}); })
            .wait();
    }
    // The closer looks' sizes too (the network laid out for each).
    Look look;
    for (const int closer : m_options.closerLookSizes)
        if (closer > m_options.workingSize && std::max(frameSize.width, frameSize.height) >= closer)
            (void)runAt(frame, closer, nullptr, 0, look, m_options.closerLookCues);
}

std::optional<Detection> DocumentDetector::detect(const cv::Mat &input,
                                                  double expectedProportions) const
{
    return run(input, nullptr, expectedProportions);
}

std::vector<DetectorCandidate> DocumentDetector::candidates(const cv::Mat &input) const
{
    std::vector<DetectorCandidate> out;
    (void)run(input, &out);
    return out;
}

std::vector<Quad> DocumentDetector::outlines(const cv::Mat &input, size_t max,
                                             double expectedProportions) const
{
    std::vector<Quad> out;
    if (max == 0)
        return out;
    Look first;
    first.othersWanted = max;
    if (const std::optional<Detection> taken = run(input, nullptr, expectedProportions, &first))
        out.push_back(taken->quad);
    auto another = [&](const Quad &q) {
        return std::all_of(out.begin(), out.end(),
                           [&](const Quad &o) { return quadIou(q, o) < kOtherObjectIoU; });
    };
    // The next object: the detector again with the one taken painted over in the colour
    // round it (a second page beside the first, whose outline the first search did not make:
    // the segmentation network outlines the largest region only).
    if (out.size() == 1 && max > 1) {
        cv::Mat rest = input.clone();
        paintOver(rest, out.front());
        if (const std::optional<Detection> next = run(rest, nullptr, expectedProportions);
            next && another(next->quad))
            out.push_back(next->quad);
    }
    for (const Quad &q : first.others)
        if (out.size() < max && another(q))
            out.push_back(q);
    return out;
}

std::optional<Detection> DocumentDetector::run(const cv::Mat &input,
                                               std::vector<DetectorCandidate> *report,
                                               double expectedProportions, Look *look) const
{
    Look own;
    Look &first = look ? *look : own;
    std::optional<Detection> det = looked(input, report, expectedProportions, first);
    if (det && !report)
        cornerLook(input, *det, first);
    return det;
}

void DocumentDetector::cornerLook(const cv::Mat &input, Detection &taken, const Look &first) const
{
    const DetectorOptions &o = m_options;
    // A BGR frame only: the sides' re-fit reads colour steps (a grey or BGRA frame keeps the
    // outline as it is).
    if (o.cornerModel.isEmpty() || o.cornerPasses <= 0 || input.type() != CV_8UC3)
        return;
    std::optional<Quad> moved = m_corners.refined(input, taken.quad, o.cornerPasses);
    if (!moved)
        return;
    Quad q = *moved;
    if (o.cornerRefit)
        q = refineQuadOnBothThreads(input, q, 3, 1.5, kMaskMinStep * first.contrast, 1.5);
    q = orderCorners(q);
    if (std::isfinite(o.cornerLogitMargin)) {
        if (!m_verifier.isLoaded() || first.working.empty())
            return;
        const std::vector<float> l = m_verifier.logits(
            first.working, {scaled(taken.quad, first.scale), scaled(q, first.scale)});
        if (std::getenv("CAPTURE_DEBUG") && l.size() == 2)
            std::fprintf(stderr,
                         "  the corner network's outline: logit %.2f (the one taken: %.2f)\n",
                         double(l[1]), double(l[0]));
        if (l.size() != 2 || !(l[1] >= l[0] + o.cornerLogitMargin))
            return;
    }
    taken.quad = q;
    taken.score = supportOf(input, taken.quad, &taken.support);
}

std::optional<Detection> DocumentDetector::looked(const cv::Mat &input,
                                                  std::vector<DetectorCandidate> *report,
                                                  double expectedProportions, Look &first) const
{
    std::optional<Detection> found =
        runAt(input, m_options.workingSize, report, expectedProportions, first);
    if (std::getenv("CAPTURE_DEBUG"))
        std::fprintf(stderr, "  the network sees a document over %.3f of the frame\n", first.seen);
    if (!report)
        if (std::optional<Detection> form = formLook(input, found, first, expectedProportions))
            return form;
    if (found && !report)
        if (std::optional<Detection> inner = innerLook(input, *found, first, expectedProportions))
            return inner;
    if (found || report || first.seen < m_options.closerLookSeen || first.rejected)
        return found;
    for (const int closer : m_options.closerLookSizes) {
        if (closer <= m_options.workingSize || std::max(input.cols, input.rows) < closer)
            continue;
        if (std::getenv("CAPTURE_DEBUG"))
            std::fprintf(stderr, "  a closer look at %d px\n", closer);
        Look closerLook;
        found = runAt(input, closer, nullptr, expectedProportions, closerLook,
                      m_options.closerLookCues);
        if (found && closerLook.inside < m_options.closerLookInside)
            found.reset();
        if (found)
            break;
    }
    return found;
}

std::optional<Detection> DocumentDetector::formLook(const cv::Mat &input,
                                                    const std::optional<Detection> &taken,
                                                    const Look &first,
                                                    double expectedProportions) const
{
    const DetectorOptions &o = m_options;
    if (m_formSegmenters.empty() || !m_verifier.isLoaded() || first.working.empty())
        return std::nullopt;
    const cv::Mat &working = first.working;
    const double scale = first.scale;
    double pick = -std::numeric_limits<double>::infinity();
    if (taken) {
        if (!(taken->score < o.formLookSupport))
            return std::nullopt;
        const std::vector<float> l = m_verifier.logits(working, {scaled(taken->quad, scale)});
        if (l.size() != 1 || !(l[0] < o.formLookBelowLogit))
            return std::nullopt;
        pick = l[0];
    }
    // Each form network's document (its largest region, as the first network's is read): its
    // outline, and the crop round it searched. Every network's crop is searched, even where two
    // networks' documents nearly agree: crops a few pixels apart give other candidates
    // (capture/README.md, "Three form networks").
    std::vector<Quad> outlines;
    for (const DocumentSegmenter &segmenter : m_formSegmenters) {
        const cv::Mat cells = segmenter.probabilities(working);
        if (cells.empty())
            continue;
        const int cell = DocumentSegmenter::cellOf(working, cells);
        cv::Mat up;
        cv::resize(cells, up, cv::Size(cells.cols * cell, cells.rows * cell), 0, 0,
                   cv::INTER_LINEAR);
        const std::optional<Quad> seen =
            largestRegionQuad(up(cv::Rect(0, 0, working.cols, working.rows)) > 0.5);
        if (!seen)
            continue;
        const Quad region = scaled(orderCorners(*seen), 1.0 / scale);
        const double overlap = taken ? quadIou(taken->quad, region) : 0.0;
        if (std::getenv("CAPTURE_DEBUG"))
            std::fprintf(stderr,
                         "  form network %zu: its document overlaps the outline taken by %.2f\n",
                         size_t(&segmenter - m_formSegmenters.data()), overlap);
        if (overlap > o.formLookIou)
            continue;
        const cv::Rect crop = boxRound(region, o.formLookGrow, input.size());
        if (crop.width < 64 || crop.height < 64)
            continue;
        outlines.push_back(scaled(region, scale));
        // The crop's outlines over it.
        std::vector<DetectorCandidate> cands;
        Look look;
        runAt(input(crop), o.innerLookSize, &cands, expectedProportions, look);
        const size_t before = outlines.size();
        for (DetectorCandidate &c : cands) {
            for (cv::Point2d &p : c.quad)
                p += cv::Point2d(crop.tl());
            if (quadIou(c.quad, region) >= o.formLookOverlap)
                outlines.push_back(scaled(c.quad, scale));
        }
        if (std::getenv("CAPTURE_DEBUG"))
            std::fprintf(
                stderr,
                "  the crop round it (%d x %d at %d, %d): %zu outlines, %zu over its document\n",
                crop.width, crop.height, crop.x, crop.y, cands.size(), outlines.size() - before);
    }
    if (outlines.empty())
        return std::nullopt;
    // Each moved twice by the refiner on the frame's working image, then asked of the outline
    // network there.
    if (m_refiner.isLoaded())
        for (int pass = 0; pass < 2; ++pass)
            if (std::vector<Quad> moved = m_refiner.refined(working, outlines);
                moved.size() == outlines.size())
                outlines = std::move(moved);
    const std::vector<float> logits = m_verifier.logits(working, outlines);
    if (logits.size() != outlines.size())
        return std::nullopt;
    const size_t best = size_t(std::max_element(logits.begin(), logits.end()) - logits.begin());
    if (std::getenv("CAPTURE_DEBUG"))
        std::fprintf(stderr,
                     "  a look where the form network sees the document: %zu outlines, the "
                     "likeliest's logit %.2f (the outline taken: %.2f)\n",
                     outlines.size(), double(logits[best]), pick);
    if (!(logits[best] > o.formLookLogit) || !(logits[best] >= pick + o.formLookMargin))
        return std::nullopt;
    Detection det;
    det.quad = orderCorners(scaled(outlines[best], 1.0 / scale));
    det.score = supportOf(input, det.quad, &det.support);
    return det;
}

std::optional<Detection> DocumentDetector::innerLook(const cv::Mat &input, const Detection &taken,
                                                     const Look &first,
                                                     double expectedProportions) const
{
    const DetectorOptions &o = m_options;
    if (!std::isfinite(o.innerLookBelowLogit) || !m_verifier.isLoaded() || first.working.empty())
        return std::nullopt;
    const cv::Mat &working = first.working;
    const double scale = first.scale;
    const std::vector<float> pick = m_verifier.logits(working, {scaled(taken.quad, scale)});
    if (pick.size() != 1 || !(pick[0] < o.innerLookBelowLogit))
        return std::nullopt;
    const cv::Rect crop = boxRound(taken.quad, o.innerLookGrow, input.size());
    if (crop.width < 64 || crop.height < 64)
        return std::nullopt;
    Look look;
    std::optional<Detection> inner =
        runAt(input(crop), o.innerLookSize, nullptr, expectedProportions, look, o.innerLookCues);
    if (!inner)
        return std::nullopt;
    for (cv::Point2d &p : inner->quad)
        p += cv::Point2d(crop.tl());
    const std::vector<float> logit = m_verifier.logits(working, {scaled(inner->quad, scale)});
    const double area =
        std::abs(quadArea(inner->quad)) / std::max(1e-9, std::abs(quadArea(taken.quad)));
    if (std::getenv("CAPTURE_DEBUG"))
        std::fprintf(
            stderr,
            "  a second look inside the outline taken (logit %.2f): logit %.2f, area %.2f\n",
            pick[0], logit.empty() ? std::nan("") : logit[0], area);
    if (logit.size() != 1 || !(logit[0] > o.innerLookLogit) ||
        !(logit[0] >= pick[0] + o.innerLookMargin) || !(area < o.innerLookArea))
        return std::nullopt;
    return inner;
}

std::optional<Detection> DocumentDetector::runAt(const cv::Mat &input, int workingSize,
                                                 std::vector<DetectorCandidate> *report,
                                                 double expectedProportions, Look &look,
                                                 bool cues) const
{
    Prepared prep;
    if (!prepareWorking(input, workingSize, prep))
        return std::nullopt;
    std::future<void> priorDone;
    // The network reads `prep` until it is done, also when the search below throws.
    const struct WaitForNetwork
    {
        std::future<void> &done;
        ~WaitForNetwork()
        {
            if (done.valid())
                done.wait();
        }
    } waitForNetwork{priorDone};
    // The network reads the working image on the helper thread while the rest is made from it.
    if (!m_options.segmenterModel.isEmpty())
        priorDone = HelperThread::instance().run([&] { preparePrior(prep, m_segmenter); });
    prepareRest(prep);
    const cv::Mat &small = prep.small;
    const double scale = prep.scale;
    look.working = small;
    look.scale = scale;
    look.contrast = prep.contrast;
    const double minArea = m_options.minAreaFraction * small.cols * small.rows;
    const float edgeThreshold = float(kEdgeThreshold * prep.contrast);
    Search search(prep.lab, prep.g, minArea, edgeThreshold);
    prep.strong = prep.g.mag > edgeThreshold;

    if (cues) {
        Cues read;
        readCues(read, prep, m_options, minArea);
        addCueOutlines(search, read);
    }
    if (priorDone.valid())
        priorDone.get();
    const bool prior = !prep.prob.empty();
    if (prior) {
        addNetworkOutlines(search, prep);
        look.seen = prep.probTotal / double(prep.prob.total());
    }

    std::vector<Candidate> &cands = search.candidates();
    if (cands.empty())
        return std::nullopt;
    keepBest(cands, m_options.acceptScore);
    if (m_options.joinShadowParts)
        search.addShadowJoins(kJoinMinScore, kJoinLightStep, kJoinColourStep, kJoinSideLightStep,
                              m_options.joinAlongSides ? kJoinSideColourStep : 0.0);
    const std::vector<Candidate> refined = refineOutlines(search, cands, prep);
    if (refined.empty())
        return std::nullopt;
    // With both networks, the ranking that weighs the outline network's logit too (asked below
    // about every outline that could be taken); another one when given.
    const std::vector<double> *rankWeights =
        rankingWeights(m_options, prior && m_verifier.isLoaded());
    std::vector<Scored> scored(refined.size());
    onBothThreads(refined.size(), [&](size_t i) {
        scored[i] = scoredOutline(prep, search, refined[i], refined, prior, rankWeights);
    });
    addSweptOutlines(scored, prep, search, refined, m_options, prior, rankWeights);

    Choice choice(m_options, search, m_verifier, small, prior, scored, expectedProportions);
    if (prior && m_options.refinerPasses > 0 && m_refiner.isLoaded())
        choice.setRefiner([&](const Quad &q, const std::vector<Scored> &now) {
            return refinerOutline(q, now, prep, search, refined, m_options, m_refiner, rankWeights);
        });
    // For the diagnostics and a ranking with the outline network's logit: every outline that
    // could be taken (fallbackScore and up, or the network's own). Otherwise only the outlines
    // of the document the ranking picks (Choice).
    if (choice.verifierRuns() && (report || rankWeights)) {
        std::vector<size_t> which;
        for (size_t i = 0; i < scored.size(); ++i) {
            const Candidate &c = scored[i].c;
            if (c.fromMask || c.score >= m_options.fallbackScore ||
                (m_options.outOfFrameSides && search.takingScore(c) >= m_options.fallbackScore))
                which.push_back(i);
        }
        choice.verify(which);
        if (rankWeights)
            for (Scored &sc : scored)
                sc.confidence = confidenceOf(sc.f, true, rankWeights);
    }
    if (report)
        for (const Scored &sc : scored)
            report->push_back({scaled(sc.c.quad, 1.0 / scale), sc.c.score,
                               std::vector<double>(sc.f.begin(), sc.f.end()), sc.confidence,
                               sc.c.fromMask});
    std::sort(scored.begin(), scored.end(),
              [](const Scored &a, const Scored &b) { return a.confidence > b.confidence; });
    if (std::getenv("CAPTURE_DEBUG"))
        printRanked(scored, scale);
    const auto chosen = choice.pick();
    look.rejected = choice.rejected();
    if (look.othersWanted > 0)
        look.others = otherOutlines(scored, chosen != scored.end() ? &chosen->c.quad : nullptr,
                                    prep, m_options, look.othersWanted);
    if (chosen == scored.end())
        return std::nullopt;
    look.inside = chosen->f[FPriorInside];
    const Candidate &best = chosen->c;
    if (std::getenv("CAPTURE_DEBUG"))
        std::fprintf(stderr, "  taken at %d px: confidence %.3f, logit %.2f%s, inside %.2f\n",
                     workingSize, chosen->confidence, chosen->f[FVerifier],
                     chosen->verified ? "" : " (not asked)", chosen->f[FPriorInside]);
    Detection det;
    det.quad = orderCorners(finalOutline(best, prep, m_options));
    det.score = choice.support(best);
    det.support = best.support;
    return det;
}

std::optional<Quad> detectClassic(const cv::Mat &image)
{
    if (image.empty())
        return std::nullopt;
    const double scale = 500.0 / image.rows;
    cv::Mat small, gray;
    cv::resize(image, small, cv::Size(), scale, scale, cv::INTER_AREA);
    if (small.channels() == 3)
        cv::cvtColor(small, gray, cv::COLOR_BGR2GRAY);
    else
        gray = small;
    cv::GaussianBlur(gray, gray, cv::Size(5, 5), 0);
    cv::Mat edges;
    cv::Canny(gray, edges, 75, 200);
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(edges, contours, cv::RETR_LIST, cv::CHAIN_APPROX_SIMPLE);
    std::sort(contours.begin(), contours.end(),
              [](const auto &a, const auto &b) { return cv::contourArea(a) > cv::contourArea(b); });
    if (contours.size() > 5)
        contours.resize(5);
    for (const auto &c : contours) {
        std::vector<cv::Point> approx;
        cv::approxPolyDP(c, approx, 0.02 * cv::arcLength(c, true), true);
        if (approx.size() == 4) {
            Quad q;
            for (int i = 0; i < 4; ++i)
                q[size_t(i)] = cv::Point2d(approx[size_t(i)]) / scale;
            return orderCorners(q);
        }
    }
    return std::nullopt;
}

} // namespace hd::capture
