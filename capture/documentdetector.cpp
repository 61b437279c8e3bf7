#include "documentdetector.h"

#include "detector/edgefit.h"
#include "detector/finalsides.h"
#include "detector/prepare.h"
#include "detector/ranking.h"
#include "detector/search.h"
#include "detector/sidesweep.h"
#include "documentsegmenter.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <future>
#include <numeric>
#include <opencv2/imgproc.hpp>

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

// Whether 95 % of `inner` lies inside `outer` (both convex): an outline sharing sides with
// another one is inside it only to a pixel or so.
bool mostlyInside(const Quad &inner, const Quad &outer)
{
    std::vector<cv::Point2f> a, b, both;
    for (const cv::Point2d &p : outer)
        a.emplace_back(float(p.x), float(p.y));
    for (const cv::Point2d &p : inner)
        b.emplace_back(float(p.x), float(p.y));
    const float shared = cv::intersectConvexConvex(a, b, both, true);
    return shared >= 0.95f * float(std::abs(cv::contourArea(b)));
}

} // namespace

DocumentDetector::DocumentDetector(DetectorOptions options)
    : m_options(std::move(options))
    , m_segmenter(m_options.segmenterModel)
    , m_verifier(m_options.verifierModel)
{}

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

double DocumentDetector::supportOf(const cv::Mat &input, const Quad &quad) const
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
}

std::optional<Detection> DocumentDetector::detect(const cv::Mat &input) const
{
    return run(input, nullptr);
}

std::vector<DetectorCandidate> DocumentDetector::candidates(const cv::Mat &input) const
{
    std::vector<DetectorCandidate> out;
    (void)run(input, &out);
    return out;
}

std::optional<Detection> DocumentDetector::run(const cv::Mat &input,
                                               std::vector<DetectorCandidate> *report) const
{
    Prepared prep;
    if (!prepare(input, m_options.workingSize, prep))
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
    if (!m_options.segmenterModel.isEmpty())
        priorDone = NetworkThread::instance().run([&] { preparePrior(prep, m_segmenter); });
    const cv::Mat &image = prep.image;
    const cv::Mat &small = prep.small;
    const cv::Mat &smooth = prep.smooth;
    const cv::Mat &lab = prep.lab;
    const Gradient &g = prep.g;
    const double scale = prep.scale;
    const double minArea = m_options.minAreaFraction * small.cols * small.rows;
    const double k = prep.contrast;
    const float edgeThreshold = float(kEdgeThreshold * k);
    Search search(lab, g, minArea, edgeThreshold);
    prep.strong = g.mag > edgeThreshold;

    const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3));
    for (const auto &[lo, hi] : {std::pair{24.0, 72.0}, std::pair{60.0, 160.0}}) {
        cv::Mat edges;
        cv::Canny(g.dx, g.dy, edges, lo * k, hi * k, true);
        if (lo < 30)
            search.addLineQuads(edges);
        cv::dilate(edges, edges, kernel);
        search.addContours(edges);
    }
    // Brightness regions: a light page on a darker desk (or the reverse) as a blob.
    {
        cv::Mat bin;
        cv::threshold(prep.lightness, bin, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
        cv::morphologyEx(bin, bin, cv::MORPH_OPEN, kernel);
        search.addContours(bin);
        cv::bitwise_not(bin, bin);
        search.addContours(bin);
    }
    // Smooth regions: a page's blank margin or a card on a patterned desk (fabric, a photograph,
    // marble), where neither edges nor brightness set it apart from the pattern around it.
    if (m_options.textureRegions)
        if (const cv::Mat smoothMask = smoothRegions(small); !smoothMask.empty())
            search.addContours(smoothMask, Search::Source::Texture);
    if (priorDone.valid())
        priorDone.get();
    const bool prior = !prep.prob.empty();
    // The network's document as a region: its outline, whatever the edges show; and that
    // outline with each side moved to the step nearest it (a faint page edge on a sheet of
    // the same paper, the sheet's own edge a few pixels outside).
    if (prior) {
        cv::Mat up;
        cv::resize(prep.prob, up, small.size(), 0, 0, cv::INTER_LINEAR);
        const cv::Mat region = up > 0.5;
        search.addContours(region);
        if (std::optional<Quad> mq = largestRegionQuad(region)) {
            Quad q =
                refineQuad(smooth, orderCorners(*mq), kMaskRange, 4.0, kMaskMinStep * k, kMaskNear);
            q = refineQuad(smooth, q, 2, 1.5, kMaskMinStep * k, 1.5);
            search.addQuad(q, true);
        }
    }

    std::vector<Candidate> &cands = search.candidates();
    if (cands.empty())
        return std::nullopt;
    // The best 16 by their edges (and the best 4 of the smooth regions, which would otherwise
    // push out some of the edges' own), and the network's refined outline whatever its edges.
    std::sort(cands.begin(), cands.end(), [](const Candidate &a, const Candidate &b) {
        return a.fromMask != b.fromMask ? a.fromMask : a.score > b.score;
    });
    const auto edgeBegin =
        std::find_if(cands.begin(), cands.end(), [](const Candidate &c) { return !c.fromMask; });
    {
        std::vector<Candidate> kept(cands.begin(), edgeBegin);
        int edges = 0, textures = 0;
        for (auto it = edgeBegin; it != cands.end(); ++it)
            if (it->fromTexture ? textures++ < kTextureOutlines : edges++ < kEdgeOutlines)
                kept.push_back(*it);
        cands = std::move(kept);
    }
    const int kSmallRange = 9;
    // Refine the best few on the small image and score them again.
    std::vector<Candidate> refined;
    for (const Candidate &c : cands) {
        if (c.fromMask) {
            refined.push_back(c);
            continue;
        }
        if (c.score < 0.3)
            continue;
        Quad q = refineQuad(smooth, c.quad, kSmallRange, kSmallRange, kMinStep * k);
        q = refineQuad(smooth, q, 2, 1.5, kMinStep * k);
        Candidate r;
        r.quad = orderCorners(q);
        if (!search.plausible(r.quad))
            r = c;
        r.area = quadArea(r.quad);
        search.scoreCandidate(r);
        if (r.score < c.score - 0.05)
            r = c;
        refined.push_back(r);
    }
    if (refined.empty())
        return std::nullopt;
    std::vector<Scored> scored;
    const std::vector<double> *rankWeights =
        m_options.rankWeights.size() == kRankingWeightCount ? &m_options.rankWeights : nullptr;
    for (const Candidate &c : refined) {
        Scored sc{c, featuresOf(prep, search, c, refined), 0, 0};
        sc.edgeConfidence = confidenceOf(sc.f, false);
        sc.confidence = prior ? confidenceOf(sc.f, true, rankWeights) : sc.edgeConfidence;
        scored.push_back(sc);
    }
    // Outlines of the most likely few with their sides on the long faint steps along them,
    // when no outline with clear edges is likely (DetectorOptions::sideSweep).
    double topConfidence = 0;
    for (const Scored &sc : scored)
        if (sc.c.score >= m_options.acceptScore)
            topConfidence = std::max(topConfidence, sc.confidence);
    if (m_options.sideSweep && topConfidence < m_options.sweepBelowConfidence) {
        std::vector<size_t> order(scored.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::sort(order.begin(), order.end(),
                  [&](size_t a, size_t b) { return scored[a].confidence > scored[b].confidence; });
        cv::Mat grey;
        cv::cvtColor(small, grey, cv::COLOR_BGR2GRAY);
        std::vector<Scored> extra;
        for (size_t j = 0; j < std::min<size_t>(order.size(), size_t(m_options.sweepOutlines));
             ++j) {
            const Candidate &base = scored[order[j]].c;
            bool seen = false;
            for (size_t i = 0; i < j; ++i)
                seen = seen || maxCornerError(scored[order[i]].c.quad, base.quad) < 3.0;
            if (seen)
                continue;
            for (const SweepOutline &so :
                 sweepOutlines(grey, base.quad, kSweepMinStep * k, float(kSweepClip * k),
                               m_options.sweepInwardFaintOnly)) {
                Candidate c;
                c.quad = orderCorners(so.quad);
                if (!search.plausible(c.quad))
                    continue;
                bool dup = false;
                for (const Scored &o : scored)
                    dup = dup || maxCornerError(o.c.quad, c.quad) < 2.0;
                for (const Scored &o : extra)
                    dup = dup || maxCornerError(o.c.quad, c.quad) < 2.0;
                if (dup)
                    continue;
                c.area = quadArea(c.quad);
                search.scoreCandidate(c);
                c.fromSweep = true;
                c.sweep = so.weakest / k;
                // Its figures against the other outlines (theirs stay as they were).
                Scored sc{c, featuresOf(prep, search, c, refined), 0, 0};
                sc.edgeConfidence = confidenceOf(sc.f, false);
                sc.confidence = prior ? confidenceOf(sc.f, true, rankWeights) : sc.edgeConfidence;
                extra.push_back(sc);
            }
        }
        scored.insert(scored.end(), extra.begin(), extra.end());
    }
    // The outline network's view of the outlines in `which` (indices into `scored`), once per
    // outline: several cues often give the same one.
    auto verify = [&](const std::vector<size_t> &which) {
        std::vector<Quad> quads;
        std::vector<size_t> slot;
        for (size_t i : which) {
            size_t at = 0;
            while (at < quads.size() && maxCornerError(quads[at], scored[i].c.quad) >= 1.0)
                ++at;
            if (at == quads.size())
                quads.push_back(scored[i].c.quad);
            slot.push_back(at);
        }
        const std::vector<float> logits = m_verifier.logits(small, quads);
        if (quads.empty() || logits.size() != quads.size())
            return;
        for (size_t n = 0; n < which.size(); ++n) {
            scored[which[n]].f[FVerifier] = logits[slot[n]];
            scored[which[n]].verified = true;
        }
    };
    const bool verifier = prior && m_verifier.isLoaded();
    // For the diagnostics and another ranking's figures: every outline that could be taken
    // (fallbackScore and up, or the network's own). Otherwise only the outlines of the
    // document the ranking picks, below.
    if (verifier && (report || rankWeights)) {
        std::vector<size_t> which;
        for (size_t i = 0; i < scored.size(); ++i) {
            const Candidate &c = scored[i].c;
            if (c.fromMask || c.score >= m_options.fallbackScore ||
                (m_options.outOfFrameSides && search.takingScore(c) >= m_options.fallbackScore))
                which.push_back(i);
        }
        verify(which);
        if (rankWeights)
            for (Scored &sc : scored)
                sc.confidence = confidenceOf(sc.f, true, rankWeights);
    }
    if (report)
        for (const Scored &sc : scored)
            report->push_back({scaled(sc.c.quad, 1.0 / scale), sc.c.score,
                               std::vector<double>(sc.f.begin(), sc.f.end()), sc.confidence,
                               sc.c.fromMask});
    // Only outlines whose edges the detector is sure of compete (below the threshold on every
    // one: "no document"); among them the ranking picks the document: a phone, a keyboard, a
    // card's photo box, a certificate's printed frame and a sheet under the cup are well
    // outlined rectangles too.
    std::sort(scored.begin(), scored.end(),
              [](const Scored &a, const Scored &b) { return a.confidence > b.confidence; });
    if (std::getenv("CAPTURE_DEBUG"))
        for (size_t i = 0; i < std::min<size_t>(scored.size(), 10); ++i) {
            const Scored &sc = scored[i];
            std::fprintf(stderr,
                         "  cand %zu%s%s conf %.3f score %.3f sweep %.2f prior %.3f/%.3f area %.0f "
                         "(%.0f,%.0f)\n",
                         i, sc.c.fromMask ? " (net)" : "", sc.c.fromSweep ? " (sweep)" : "",
                         sc.confidence, sc.c.score, sc.c.sweep, sc.f[FPriorIoU], sc.f[FPriorInside],
                         sc.c.area, sc.c.quad[0].x / scale, sc.c.quad[0].y / scale);
        }
    auto taking = [&](const Candidate &c) {
        return m_options.outOfFrameSides ? search.takingScore(c) : c.score;
    };
    auto clear = [&](const Scored &sc) {
        if (prior && (sc.confidence < m_options.minNetworkConfidence ||
                      sc.f[FPriorInside] < m_options.minNetworkInside))
            return false;
        return taking(sc.c) >= m_options.acceptScore ||
               (sc.c.fromMask && sc.c.score >= m_options.networkScore &&
                sc.f[FPriorIoU] >= m_options.networkIoU);
    };
    auto chosen = std::find_if(scored.begin(), scored.end(), clear);
    // Paper on paper shows only part of its edges: an outline a little less sure of its
    // edges is taken when the ranking is confident it is a document (thresholds chosen on
    // the ranking's training scenes, with the edges' figures alone: no more outlines on the
    // empty desks); with the network, only if the ranking with the network's figures gives it
    // some chance too (fallbackNetworkConfidence: outlines on empty desks get 0.01-0.04).
    // The side sweep's outlines compete here too, in the ranking's order, on their long steps
    // (DetectorOptions::sideSweep): like the fallback's, their edges are not all clear.
    auto fallback = [&](const Scored &sc) {
        const bool edges = sc.c.fromSweep ? sc.c.sweep >= m_options.sweepAcceptStep &&
                                                sc.edgeConfidence >= m_options.sweepConfidence
                                          : sc.edgeConfidence >= m_options.fallbackConfidence;
        return taking(sc.c) >= m_options.fallbackScore && edges &&
               (!prior || (sc.confidence >= m_options.fallbackNetworkConfidence &&
                           sc.f[FPriorInside] >= m_options.minNetworkInside));
    };
    // An outline the ranking finds much likelier than the clear one, whose edges are nearly as
    // clear (a thumb over the card's side, a loose sheet beside it), is taken instead
    // (DetectorOptions::likelierRatio; capture/README.md, "A likelier outline over a clearer
    // one").
    if (chosen != scored.end() && m_options.likelierRatio > 0) {
        const auto likelier = std::find_if(scored.begin(), chosen, fallback);
        if (likelier != chosen && likelier->confidence >= m_options.likelierFloor &&
            likelier->confidence >= m_options.likelierRatio * chosen->confidence)
            chosen = likelier;
    }
    if (chosen == scored.end())
        chosen = std::find_if(scored.begin(), scored.end(), fallback);
    // The outline taken may be only part of the document: cut by a shadow's edge across it or
    // a line printed on it, its other sides the document's. An outline that could be taken
    // too, holding it, that the network sees as the document much better and the ranking
    // finds nearly as likely, is taken instead (DetectorOptions::wholeDocumentIoU;
    // capture/README.md, "The whole document rather than a part of it").
    if (prior && m_options.wholeDocumentIoU > 0 && chosen != scored.end()) {
        auto whole = scored.end();
        for (auto it = scored.begin(); it != scored.end(); ++it) {
            if (it == chosen || !(clear(*it) || fallback(*it)) ||
                it->f[FPriorIoU] < chosen->f[FPriorIoU] + m_options.wholeDocumentIoU ||
                it->confidence < m_options.wholeDocumentConfidence * chosen->confidence ||
                !mostlyInside(chosen->c.quad, it->c.quad))
                continue;
            if (whole == scored.end() || it->confidence > whole->confidence)
                whole = it;
        }
        if (whole != scored.end()) {
            if (std::getenv("CAPTURE_DEBUG"))
                std::fprintf(stderr,
                             "  the whole document: confidence %.3f, network IoU %.3f (the part: "
                             "%.3f, %.3f)\n",
                             whole->confidence, whole->f[FPriorIoU], chosen->confidence,
                             chosen->f[FPriorIoU]);
            chosen = whole;
        }
    }
    // The ranking has picked the document; among the outlines of that same document (a
    // licence's printed frame and its paper's edge, a card and the sheet under it, the page
    // and its print), the outline network picks the document's own edge: another that could
    // be taken too, overlapping the one taken by sameDocumentIoU, wins when the network sees
    // it as the document's own edge (logit above 0) and its logit is higher by verifierMargin
    // (capture/README.md, "The outline network").
    // Outlines going on out of the frame are left to the edges in view: the network was not
    // trained on them.
    auto inFrame = [&](const Quad &q) {
        for (const cv::Point2d &p : q)
            if (p.x < -1 || p.y < -1 || p.x > small.cols || p.y > small.rows)
                return false;
        return true;
    };
    if (verifier && chosen != scored.end() && m_options.verifierMargin > 0 &&
        inFrame(chosen->c.quad)) {
        std::vector<size_t> same{size_t(chosen - scored.begin())};
        for (auto it = scored.begin(); it != scored.end(); ++it)
            if (it != chosen && inFrame(it->c.quad) && (clear(*it) || fallback(*it)) &&
                quadIou(it->c.quad, chosen->c.quad) >= m_options.sameDocumentIoU)
                same.push_back(size_t(it - scored.begin()));
        if (same.size() > 1 && !chosen->verified)
            verify(same);
        auto own = chosen;
        for (size_t i : same) {
            const auto it = scored.begin() + std::ptrdiff_t(i);
            if (it != chosen && it->verified && chosen->verified && it->f[FVerifier] > 0 &&
                it->f[FVerifier] >=
                    own->f[FVerifier] + (own == chosen ? m_options.verifierMargin : 0.0))
                own = it;
        }
        if (own != chosen && std::getenv("CAPTURE_DEBUG"))
            std::fprintf(stderr, "  the outline network's: logit %.2f (the ranking's: %.2f)\n",
                         own->f[FVerifier], chosen->f[FVerifier]);
        chosen = own;
    }
    // Where the outline network doubts the outline picked (logit below doubtBelowLogit) and
    // sees another object's outline that could be taken as a document's own edge (logit above
    // 0, higher by otherObjectMargin; not inside the one picked: a licence's printed frame), the
    // likeliest such is taken: a page on a cluttered desk over the cup beside it the ranking
    // picked. An outline it finds nothing like a document's own edge (below rejectBelowLogit:
    // the slip on an empty desk) is not taken at all: the likeliest other it sees as a
    // document's own edge, inside it or not, or none (capture/README.md, "The outline network
    // says no"). In both, an outline with clear edges the segmentation network kept out
    // competes last, when the outline network vouches for it (vouchedLogit; capture/README.md,
    // "An outline the outline network vouches for").
    const bool doubting =
        std::isfinite(m_options.doubtBelowLogit) || std::isfinite(m_options.rejectBelowLogit);
    if (verifier && doubting && chosen != scored.end() && inFrame(chosen->c.quad)) {
        if (!chosen->verified)
            verify({size_t(chosen - scored.begin())});
        const double pick = chosen->f[FVerifier];
        const bool reject = pick < m_options.rejectBelowLogit;
        if (chosen->verified && (reject || pick < m_options.doubtBelowLogit)) {
            const bool vouching = std::isfinite(m_options.vouchedLogit);
            auto clearEdges = [&](const Scored &sc) {
                return vouching && taking(sc.c) >= m_options.acceptScore;
            };
            std::vector<size_t> others;
            for (auto it = scored.begin(); it != scored.end(); ++it)
                if (it != chosen && !it->verified && inFrame(it->c.quad) &&
                    (clear(*it) || fallback(*it) || clearEdges(*it)))
                    others.push_back(size_t(it - scored.begin()));
            verify(others);
            auto acceptable = [&](const Scored &sc) {
                return &sc != &*chosen && sc.verified && inFrame(sc.c.quad) &&
                       sc.f[FVerifier] > 0 &&
                       (reject || (sc.f[FVerifier] >= pick + m_options.otherObjectMargin &&
                                   !mostlyInside(sc.c.quad, chosen->c.quad)));
            };
            auto other = std::find_if(scored.begin(), scored.end(), [&](const Scored &sc) {
                return acceptable(sc) && clear(sc);
            });
            if (other == scored.end())
                other = std::find_if(scored.begin(), scored.end(), [&](const Scored &sc) {
                    return acceptable(sc) && fallback(sc);
                });
            if (other == scored.end())
                other = std::find_if(scored.begin(), scored.end(), [&](const Scored &sc) {
                    return acceptable(sc) && clearEdges(sc) &&
                           sc.f[FVerifier] >= m_options.vouchedLogit;
                });
            if (std::getenv("CAPTURE_DEBUG") && (reject || other != scored.end()))
                std::fprintf(stderr, "  the outline network %s the pick (logit %.2f)%s\n",
                             reject ? "rejects" : "doubts", pick,
                             other == scored.end() ? ", none other" : ", another taken");
            if (other != scored.end() || reject)
                chosen = other;
        }
    }
    if (chosen == scored.end())
        return std::nullopt;
    const Candidate &best = chosen->c;

    Quad q = scaled(best.quad, 1.0 / scale);
    if (m_options.refineAtFullResolution && scale < 1.0) {
        const int range = int(std::ceil(3.5 / scale)) + 2;
        if (best.fromMask || best.fromSweep) {
            q = refineQuad(image, q, range, std::max(3.0, 1.0 / scale), kMaskMinStep * k,
                           1.5 / scale);
            q = refineQuad(image, q, 3, 1.5, kMaskMinStep * k, 1.5);
        } else {
            q = refineQuad(image, q, range, std::max(3.0, 1.0 / scale), kMinStep * k);
            q = refineQuad(image, q, 3, 1.5, kMinStep * k);
        }
    }
    if (m_options.completeAcrossLines)
        q = finalSides::completeAcrossLines(image, q, k, kMaskMinStep * k);
    if (m_options.extendToOuterEdges)
        q = finalSides::extendToOuterEdges(image, q, k);
    if (m_options.centreSmearedEdges)
        q = finalSides::centreSmearedEdges(image, q, k);
    Detection det;
    det.quad = orderCorners(q);
    det.score = taking(best);
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
