// The detector's candidate search (internal to capture/): the outlines the edge cues, the
// brightness and smooth regions and the network's region give, each reduced to four sides and
// scored by the edges along them.
#pragma once

#include "detector/edgefit.h"
#include "quad.h"

#include <array>
#include <opencv2/core.hpp>
#include <optional>
#include <vector>

namespace hd::capture::detail {

// Reduces a convex polygon to four sides, greedily taking whichever step changes the area
// least: dropping a vertex (cuts off a bump such as a thumb) or extending the two sides next
// to a short side until they meet (restores a rounded or clipped corner).
std::optional<Quad> reduceToQuad(std::vector<cv::Point2d> poly);

// One outline the search found (working-image pixels) and its edge support.
struct Candidate
{
    Quad quad;
    double score = 0;
    std::array<double, 4> support{};
    double area = 0;
    // The network's outline with its sides moved to the nearest steps (refined already).
    bool fromMask = false;
    // An outline whose sides were moved to long faint steps (sweepOutlines): its weakest
    // side's median step, grey levels.
    bool fromSweep = false;
    double sweep = 0;
    // An outline of a smooth region (smoothRegions): outside the edges' budget of outlines.
    bool fromTexture = false;
    // An outline of the wider line pass only (Search::addLineQuads): outside the edges'
    // budget, and kept only when its edges would take it.
    bool fromMoreLines = false;
    // An outline of a region unlike the paper (a card on a printed page): outside the edges'
    // budget too.
    bool fromPaper = false;
    // An outline of the fainter edges only (DetectorOptions::faintEdges): outside the edges'
    // budget too.
    bool fromFaint = false;
    // An outline with its corners moved where the outline refiner puts the document's
    // (DetectorOptions::refinerModel).
    bool fromRefiner = false;
    // `score` and `support` are measured (Search::scoreCandidate): the search adds outlines
    // first and scores them all at once (Search::candidates).
    bool scored = false;
};

// The candidates of one working image: outlines from the cues added one by one, those too
// unlike a document dropped, repeats merged, each scored by the gradient across its sides.
class Search
{
public:
    Search(const cv::Mat &small, const Gradient &g, double minArea, float edgeThreshold)
        : m_small(small)
        , m_g(g)
        , m_minArea(minArea)
        , m_edgeThreshold(edgeThreshold)
    {}

    enum class Source { Edges, Texture, MoreLines, Paper, Faint };

    // The convex hulls of `binary`'s regions whose box and hull are at least `minArea`, the
    // `most` largest, largest first: the regions addHulls makes outlines of. It reads no Search, so
    // the cues' regions are found on both threads at once (DocumentDetector::runAt).
    static std::vector<std::vector<cv::Point>> hullsOf(const cv::Mat &binary, double minArea,
                                                       size_t most = 24);

    // Each hull's outlines (addHull), marked as of `source`.
    void addHulls(const std::vector<std::vector<cv::Point>> &hulls, Source source = Source::Edges);

    // Both steps above for one binary image.
    void addContours(const cv::Mat &binary, Source source = Source::Edges)
    {
        addHulls(hullsOf(binary, m_minArea), source);
    }

    void addHull(const std::vector<cv::Point> &hull);

    void addQuad(const Quad &raw, bool fromMask = false);

    bool plausible(const Quad &q) const;

    // Share of points along a→b with a strong gradient across it (within ±2 px). Hits are
    // counted by polarity: a real side keeps one sign (page lighter than the desk, or
    // darker), a chance alignment of texture flips it. `inFrame` receives the share of the
    // points inside the image, `sign` the majority's sign.
    double lineSupport(cv::Point2d a, cv::Point2d b, double *inFrame = nullptr,
                       int *sign = nullptr) const;

    // Share of points along each side with a strong gradient across it.
    void scoreCandidate(Candidate &c) const;

    // The edge support by which an outline may be taken (DetectorOptions::outOfFrameSides):
    // a document going on out of the frame has no edge where the frame cuts it, and only part
    // of the sides that run out of it are in view. Each side's support is measured on its part
    // in the frame; a side on the frame's edge, or mostly outside it, counts as the others on
    // average (one such side at most). Never less than the score.
    double takingScore(const Candidate &c) const;

    // A side on a shadow's edge across the document: the edge runs on, straight and with
    // the same polarity, past both corners (a quarter of the side beyond each), and the two
    // sides of it are one material in two lights (the same colour axes, another lightness).
    // The largest over the sides of the weaker end's support; 0 when no side is such.
    double shadowSide(const Candidate &c) const;

    // Line-based candidates, robust to a side broken by a cable or a thumb: the segments of an
    // edge map (houghSegments, then straightPieces), longest first, merged into at most
    // `maxLines` long lines, opposite pairs of the `keepLines` longest lines combined into
    // quadrilaterals, the `maxQuads` whose sides are best covered by segments added (scored
    // like the contour candidates). Two passes over the same segments: kLinePass, and the
    // wider kWiderLinePass (DetectorOptions::moreLines): a card's short sides among the longer
    // lines of the print under it or of the desk; its outlines are Source::MoreLines.
    struct LinePass
    {
        size_t maxLines, keepLines;
        int maxQuads;
        Source source;
    };
    static constexpr LinePass kLinePass{40, 24, 40, Source::Edges};
    static constexpr LinePass kWiderLinePass{100, 64, 100, Source::MoreLines};

    // `segs` longest first (equal lengths in no set order, but the same for the same `segs`).
    static std::vector<cv::Vec4i> longestFirst(std::vector<cv::Vec4i> segs);

    // A pass's quadrilaterals, handed out best covered first (ties in the order they were
    // made), sorted only as far as they are taken: the wider pass makes ten to twenty thousand
    // on a patterned desk, and addLineQuads takes a few dozen (at most ~1 700 on the sets).
    class LineQuads
    {
    public:
        size_t size() const { return m_ranked.size(); }
        // The i-th best covered, i < size(), and the share of its perimeter on the segments.
        const Quad &at(size_t i);
        double coverAt(size_t i);

    private:
        friend class Search;
        struct Ranked
        {
            Quad q;
            double cover; // the share of the perimeter on the lines' segments
            size_t made;  // the order it was made in: ties keep it
        };
        // Sorted from the front up to `end` (a chunk more than asked, at least).
        void sortTo(size_t end);

        std::vector<Ranked> m_ranked;
        size_t m_sorted = 0; // [0, m_sorted) in their final order
    };

    // A pass's quadrilaterals of `segs` (longest first) in a working image of `size` (the
    // first chunk sorted). It reads no Search: both passes are made on both threads at once.
    static LineQuads lineQuads(const std::vector<cv::Vec4i> &segs, cv::Size size,
                               const LinePass &pass);

    // The first pass.maxQuads of `quads` that are new outlines added (best covered first).
    void addLineQuads(LineQuads &quads, const LinePass &pass);

    // A document cut by a shadow's edge across it shows as two outlines side by side, the lit
    // part and the shaded one, each with clear edges: the outline of both together (their
    // corners' hull reduced to four sides) is added for every such pair among the candidates
    // there are now of edge support ≥ minScore: overlapping by IoU ≤ 0.05, their hull at most
    // 1.15 times their areas together (nothing between them), one material in two lights (the
    // mean lightness inside them ≥ minLightStep apart, the colour axes ≤ maxColourStep); and,
    // with sideColourStep above 0, every pair's sideJoin with sideLightStep and sideColourStep
    // (a shadow's two parts: far apart in light, a shadow's tint allowed).
    void addShadowJoins(double minScore, double minLightStep, double maxColourStep,
                        double sideLightStep, double sideColourStep);
    // `a` and `b` side by side on one line (a side of each within kSideJoinPixels and
    // kSideJoinDegrees, b's reaching the middle of a's), not overlapping: `a` with that side
    // moved out to b's opposite side, along a's two sides beside it, when what that adds is
    // mostly b and one material with `a` in another light (mean lightness at least
    // minLightStep apart, colour at most maxColourStep); none otherwise. A card cut by a
    // shadow's edge whose shaded part's outline runs on past the card's corner.
    std::optional<Quad> sideJoin(const Quad &a, const Quad &b, double minLightStep,
                                 double maxColourStep) const;

    // Every outline added so far, scored.
    std::vector<Candidate> &candidates()
    {
        scorePending();
        return m_candidates;
    }

private:
    // The outlines not scored yet (added since) scored, on both threads (onBothThreads).
    void scorePending();

    const cv::Mat &m_small;
    const Gradient &m_g;
    double m_minArea;
    float m_edgeThreshold;
    Source m_source = Source::Edges;
    std::vector<Candidate> m_candidates;
};

// The segments of an edge map (working image) for Search::addLineQuads: the probabilistic
// Hough transform's (deterministic: it draws its points from a fixed seed) ...
std::vector<cv::Vec4i> houghSegments(const cv::Mat &edges);

// ... and the straight pieces of the edge contours: a faint page edge wobbles by a pixel or
// two at this scale (paper on paper, JPEG blocks), too much for the Hough transform's
// one-degree bins but not for a polygon approximation of the contour.
std::vector<cv::Vec4i> straightPieces(const cv::Mat &edges);

} // namespace hd::capture::detail
