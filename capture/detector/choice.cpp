#include "detector/choice.h"

#include "detector/prepare.h"
#include "outlineverifier.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <future>
#include <opencv2/imgproc.hpp>

namespace hd::capture::detail {

namespace {

// Outlines asked about at once from which half go to the helper thread.
constexpr size_t kVerifiedOnBothThreads = 4;

// The share of `inner`'s area inside `outer` (both convex).
double shareInside(const Quad &inner, const Quad &outer)
{
    std::vector<cv::Point2f> a, b, both;
    for (const cv::Point2d &p : outer)
        a.emplace_back(float(p.x), float(p.y));
    for (const cv::Point2d &p : inner)
        b.emplace_back(float(p.x), float(p.y));
    const double shared = cv::intersectConvexConvex(a, b, both, true);
    const double area = std::abs(cv::contourArea(b));
    return area > 0 ? shared / area : 0.0;
}

// Whether 95 % of `inner` lies inside `outer`: an outline sharing sides with another one is
// inside it only to a pixel or so.
bool mostlyInside(const Quad &inner, const Quad &outer)
{
    return shareInside(inner, outer) >= 0.95;
}

bool debugging()
{
    return std::getenv("CAPTURE_DEBUG") != nullptr;
}

} // namespace

Choice::Choice(const DetectorOptions &options, const Search &search,
               const OutlineVerifier &verifier, const cv::Mat &small, bool prior,
               std::vector<Scored> &scored, double expected)
    : m_options(options)
    , m_search(search)
    , m_verifier(verifier)
    , m_small(small)
    , m_prior(prior)
    , m_verifierRuns(prior && verifier.isLoaded())
    , m_rankedWithLogit(m_verifierRuns && rankingWeights(options, m_verifierRuns) != nullptr)
    , m_scored(scored)
    , m_expected(expected)
{}

void Choice::verify(const std::vector<size_t> &which)
{
    std::vector<Quad> quads;
    std::vector<size_t> slot;
    for (size_t i : which) {
        size_t at = 0;
        while (at < quads.size() && maxCornerError(quads[at], m_scored[i].c.quad) >= 1.0)
            ++at;
        if (at == quads.size())
            quads.push_back(m_scored[i].c.quad);
        slot.push_back(at);
    }
    // Half of them on the helper thread (its own network) when there are a few.
    std::vector<float> logits;
    if (quads.size() >= kVerifiedOnBothThreads) {
        const size_t half = quads.size() / 2;
        // By value: the job may outlive this call if the line below throws.
        std::future<std::vector<float>> other = HelperThread::instance().run(
            [&verifier = m_verifier, small = m_small,
             second = std::vector<Quad>(quads.begin() + long(half), quads.end())] {
                return verifier.logits(small, second);
            });
        logits = m_verifier.logits(m_small, {quads.begin(), quads.begin() + long(half)});
        const std::vector<float> rest = other.get();
        if (logits.size() != half || rest.size() != quads.size() - half)
            return;
        logits.insert(logits.end(), rest.begin(), rest.end());
    } else {
        logits = m_verifier.logits(m_small, quads);
    }
    if (quads.empty() || logits.size() != quads.size())
        return;
    for (size_t n = 0; n < which.size(); ++n) {
        m_scored[which[n]].f[FVerifier] = logits[slot[n]];
        m_scored[which[n]].verified = true;
    }
}

void Choice::verifyWhere(const std::function<bool(const Scored &)> &which)
{
    std::vector<size_t> unverified;
    for (size_t i = 0; i < m_scored.size(); ++i)
        if (!m_scored[i].verified && which(m_scored[i]))
            unverified.push_back(i);
    if (!unverified.empty())
        verify(unverified);
}

Choice::Outline Choice::firstVouched(const std::function<bool(const Scored &)> &candidate,
                                     double logit, bool strictly, Outline otherwise,
                                     const char *what)
{
    verifyWhere(candidate);
    const auto own = std::find_if(m_scored.begin(), m_scored.end(), [&](const Scored &sc) {
        return candidate(sc) && sc.verified &&
               (strictly ? sc.f[FVerifier] > logit : sc.f[FVerifier] >= logit);
    });
    if (own == m_scored.end())
        return otherwise;
    if (debugging())
        std::fprintf(stderr, "  %s: logit %.2f\n", what, own->f[FVerifier]);
    return own;
}

double Choice::support(const Candidate &c) const
{
    return m_options.outOfFrameSides ? m_search.takingScore(c) : c.score;
}

double Choice::taking(const Candidate &c) const
{
    return c.fromRefiner ? 0.0 : support(c);
}

bool Choice::clear(const Scored &sc) const
{
    if (m_prior && (sc.confidence < m_options.minNetworkConfidence ||
                    sc.f[FPriorInside] < m_options.minNetworkInside))
        return false;
    return taking(sc.c) >= m_options.acceptScore ||
           (sc.c.fromMask && sc.c.score >= m_options.networkScore &&
            sc.f[FPriorIoU] >= m_options.networkIoU);
}

// Paper on paper shows only part of its edges: an outline a little less sure of its edges is
// taken when the ranking is confident it is a document (thresholds chosen on the ranking's
// training scenes, with the edges' figures alone: no more outlines on the empty desks); with
// the network, only if the ranking with the network's figures gives it some chance too
// (fallbackNetworkConfidence: outlines on empty desks get 0.01-0.04). The side sweep's outlines
// compete here too, in the ranking's order, on their long steps (DetectorOptions::sideSweep):
// like the fallback's, their edges are not all clear.
bool Choice::fallback(const Scored &sc) const
{
    const bool edges = sc.c.fromSweep ? sc.c.sweep >= m_options.sweepAcceptStep &&
                                            sc.edgeConfidence >= m_options.sweepConfidence
                                      : sc.edgeConfidence >= m_options.fallbackConfidence;
    return taking(sc.c) >= m_options.fallbackScore && edges &&
           (!m_prior || (sc.confidence >= m_options.fallbackNetworkConfidence &&
                         sc.f[FPriorInside] >= m_options.minNetworkInside));
}

// Outlines going on out of the frame are left to the edges in view: the outline network was
// not trained on them.
bool Choice::inFrame(const Quad &q) const
{
    for (const cv::Point2d &p : q)
        if (p.x < -1 || p.y < -1 || p.x > m_small.cols || p.y > m_small.rows)
            return false;
    return true;
}

// Only outlines whose edges the detector is sure of compete (below the threshold on every
// one: "no document"); among them the ranking picks the document: a phone, a keyboard, a
// card's photo box, a certificate's printed frame and a sheet under the cup are well outlined
// rectangles too. An outline the ranking finds much likelier than the clear one, whose edges
// are nearly as clear (a thumb over the card's side, a loose sheet beside it), is taken
// instead (DetectorOptions::likelierRatio; capture/README.md, "A likelier outline over a
// clearer one"). Without a clear outline, the likeliest fallback.
Choice::Outline Choice::ranked()
{
    auto isClear = [this](const Scored &sc) { return clear(sc); };
    auto isFallback = [this](const Scored &sc) { return fallback(sc); };
    auto chosen = std::find_if(m_scored.begin(), m_scored.end(), isClear);
    if (chosen != m_scored.end() && m_options.likelierRatio > 0) {
        const auto likelier = std::find_if(m_scored.begin(), chosen, isFallback);
        if (likelier != chosen && likelier->confidence >= m_options.likelierFloor &&
            likelier->confidence >= m_options.likelierRatio * chosen->confidence)
            chosen = likelier;
    }
    if (chosen == m_scored.end())
        chosen = std::find_if(m_scored.begin(), m_scored.end(), isFallback);
    return chosen;
}

// The ranking's pick has clear edges (or is the fallback's); an outline the ranking finds
// likelier still, whose edges are less sure (edge support fallbackScore and up: a card's sides
// over the print of the form or page under it), is taken where the outline network sees it as
// a document's own edge more than the pick, by likelierVouchedMargin: the card on the form,
// not the form (capture/README.md, "An outline likelier to the ranking and the outline
// network, its edges not all clear"). One whose edges are less sure still (likelierWeakScore
// and up) only if the ranking finds it much likelier (likelierWeakRatio times): a page beside
// a clearly outlined magazine, not a card's outline a side off ("The likelier rule's floor
// graded by the ranking"). Never for a pick the last rule refuses (unlikely): that
// "no document" leads to a closer look, which finds more than a likelier part of the page.
Choice::Outline Choice::likelierVouched(Outline chosen)
{
    if (!m_verifierRuns || !std::isfinite(m_options.likelierVouchedMargin) ||
        chosen == m_scored.end())
        return chosen;
    if (!chosen->verified)
        verify({size_t(chosen - m_scored.begin())});
    if (!chosen->verified || unlikelyToAll(*chosen))
        return chosen;
    auto candidate = [&](const Scored &sc) {
        return &sc != &*chosen && sc.confidence > chosen->confidence && inFrame(sc.c.quad) &&
               !clear(sc) &&
               (taking(sc.c) >= m_options.fallbackScore ||
                (taking(sc.c) >= m_options.likelierWeakScore &&
                 sc.confidence >= m_options.likelierWeakRatio * chosen->confidence)) &&
               (!m_prior || sc.f[FPriorInside] >= m_options.minNetworkInside);
    };
    return firstVouched(candidate, chosen->f[FVerifier] + m_options.likelierVouchedMargin, false,
                        chosen, "likelier to the ranking, the outline network for it");
}

// The outline taken may be only part of the document: cut by a shadow's edge across it or a
// line printed on it, its other sides the document's. An outline that could be taken too,
// holding it, that the network sees as the document much better and the ranking finds nearly
// as likely, is taken instead (DetectorOptions::wholeDocumentIoU; capture/README.md, "The
// whole document rather than a part of it"), unless the outline network sees the one taken as
// a document's own edge more, by wholeDocumentLogitMargin: a card on the page the segmentation
// network sees as one document with it.
Choice::Outline Choice::wholeDocument(Outline chosen)
{
    if (!m_prior || m_options.wholeDocumentIoU <= 0 || chosen == m_scored.end())
        return chosen;
    auto whole = m_scored.end();
    for (auto it = m_scored.begin(); it != m_scored.end(); ++it) {
        if (it == chosen || !(clear(*it) || fallback(*it)) ||
            it->f[FPriorIoU] < chosen->f[FPriorIoU] + m_options.wholeDocumentIoU ||
            it->confidence < m_options.wholeDocumentConfidence * chosen->confidence ||
            !mostlyInside(chosen->c.quad, it->c.quad))
            continue;
        if (whole == m_scored.end() || it->confidence > whole->confidence)
            whole = it;
    }
    if (whole == m_scored.end())
        return chosen;
    if (m_verifierRuns && std::isfinite(m_options.wholeDocumentLogitMargin) &&
        inFrame(chosen->c.quad)) {
        verifyWhere([&](const Scored &sc) { return &sc == &*chosen || &sc == &*whole; });
        if (chosen->verified && whole->verified &&
            chosen->f[FVerifier] >= whole->f[FVerifier] + m_options.wholeDocumentLogitMargin)
            return chosen;
    }
    if (debugging())
        std::fprintf(stderr,
                     "  the whole document: confidence %.3f, network IoU %.3f (the part: "
                     "%.3f, %.3f)\n",
                     whole->confidence, whole->f[FPriorIoU], chosen->confidence,
                     chosen->f[FPriorIoU]);
    return whole;
}

// The ranking has picked the document; among the outlines of that same document (a licence's
// printed frame and its paper's edge, a card and the sheet under it, the page and its print),
// the outline network picks the document's own edge: another that could be taken too,
// overlapping the one taken by sameDocumentIoU, wins when the network sees it as the
// document's own edge (logit above 0) and its logit is higher by verifierMargin
// (capture/README.md, "The outline network").
Choice::Outline Choice::ownEdge(Outline chosen)
{
    if (!m_verifierRuns || chosen == m_scored.end() || m_options.verifierMargin <= 0 ||
        !inFrame(chosen->c.quad))
        return chosen;
    std::vector<size_t> same{size_t(chosen - m_scored.begin())};
    for (auto it = m_scored.begin(); it != m_scored.end(); ++it)
        if (it != chosen && inFrame(it->c.quad) && (clear(*it) || fallback(*it)) &&
            quadIou(it->c.quad, chosen->c.quad) >= m_options.sameDocumentIoU)
            same.push_back(size_t(it - m_scored.begin()));
    if (same.size() > 1 && !chosen->verified)
        verify(same);
    auto own = chosen;
    for (size_t i : same) {
        const auto it = m_scored.begin() + std::ptrdiff_t(i);
        if (it != chosen && it->verified && chosen->verified && it->f[FVerifier] > 0 &&
            it->f[FVerifier] >=
                own->f[FVerifier] + (own == chosen ? m_options.verifierMargin : 0.0))
            own = it;
    }
    if (own != chosen && debugging())
        std::fprintf(stderr, "  the outline network's: logit %.2f (the ranking's: %.2f)\n",
                     own->f[FVerifier], chosen->f[FVerifier]);
    return own;
}

// Where the outline network doubts the outline picked (logit below doubtBelowLogit) and sees
// another object's outline that could be taken as a document's own edge (logit above 0,
// higher by otherObjectMargin; not inside the one picked: a licence's printed frame), the
// likeliest such is taken: a page on a cluttered desk over the cup beside it the ranking
// picked. An outline it finds nothing like a document's own edge (below rejectBelowLogit: the
// slip on an empty desk) is not taken at all: the likeliest other it sees as a document's own
// edge, inside it or not, or none (capture/README.md, "The outline network says no"). In
// both, an outline with clear edges the segmentation network kept out competes last, when
// the outline network vouches for it (vouchedLogit; capture/README.md, "An outline the
// outline network vouches for").
Choice::Outline Choice::doubted(Outline chosen)
{
    const bool doubting =
        std::isfinite(m_options.doubtBelowLogit) || std::isfinite(m_options.rejectBelowLogit);
    if (!m_verifierRuns || !doubting || chosen == m_scored.end() || !inFrame(chosen->c.quad))
        return chosen;
    if (!chosen->verified)
        verify({size_t(chosen - m_scored.begin())});
    const double pick = chosen->f[FVerifier];
    const bool reject = pick < m_options.rejectBelowLogit;
    if (!chosen->verified || !(reject || pick < m_options.doubtBelowLogit))
        return chosen;
    const bool vouching = std::isfinite(m_options.vouchedLogit);
    auto clearEdges = [&](const Scored &sc) {
        return vouching && taking(sc.c) >= m_options.acceptScore;
    };
    verifyWhere([&](const Scored &sc) {
        return &sc != &*chosen && inFrame(sc.c.quad) &&
               (clear(sc) || fallback(sc) || clearEdges(sc));
    });
    auto acceptable = [&](const Scored &sc) {
        return &sc != &*chosen && sc.verified && inFrame(sc.c.quad) && sc.f[FVerifier] > 0 &&
               (reject || (sc.f[FVerifier] >= pick + m_options.otherObjectMargin &&
                           shareInside(sc.c.quad, chosen->c.quad) < m_options.otherObjectInside));
    };
    auto other = std::find_if(m_scored.begin(), m_scored.end(),
                              [&](const Scored &sc) { return acceptable(sc) && clear(sc); });
    if (other == m_scored.end())
        other = std::find_if(m_scored.begin(), m_scored.end(),
                             [&](const Scored &sc) { return acceptable(sc) && fallback(sc); });
    if (other == m_scored.end())
        other = std::find_if(m_scored.begin(), m_scored.end(), [&](const Scored &sc) {
            return acceptable(sc) && clearEdges(sc) && sc.f[FVerifier] >= m_options.vouchedLogit;
        });
    if (debugging() && (reject || other != m_scored.end()))
        std::fprintf(stderr, "  the outline network %s the pick (logit %.2f)%s\n",
                     reject ? "rejects" : "doubts", pick,
                     other == m_scored.end() ? ", none other" : ", another taken");
    m_rejected = reject && other == m_scored.end();
    return other != m_scored.end() || reject ? other : chosen;
}

// An outline going on out of the frame was picked (the outline network is not asked about
// those): where an outline in the frame inside it, a small part of it (insideOutOfFrameArea),
// could be taken too and the outline network sees it as a document's own edge (logit above
// insideOutOfFrameLogit), the likeliest such is taken: the ID card on the application form,
// the form mostly out of view (capture/README.md, "A card on a form going out of the
// frame").
Choice::Outline Choice::insideOutOfFrame(Outline chosen)
{
    if (!m_verifierRuns || !std::isfinite(m_options.insideOutOfFrameLogit) ||
        chosen == m_scored.end() || inFrame(chosen->c.quad))
        return chosen;
    auto candidate = [&](const Scored &sc) {
        return &sc != &*chosen && inFrame(sc.c.quad) && (clear(sc) || fallback(sc)) &&
               quadArea(sc.c.quad) <= m_options.insideOutOfFrameArea * quadArea(chosen->c.quad) &&
               mostlyInside(sc.c.quad, chosen->c.quad);
    };
    return firstVouched(candidate, m_options.insideOutOfFrameLogit, true, chosen,
                        "inside the outline going out of the frame");
}

// An outline going on out of the frame is still the pick: where a document lies wholly in view
// beside it (not inside it: insideOutOfFrame), its edges clear whatever the segmentation
// network sees (the network outlines the larger sheet) and the outline network sure it is a
// document's own edge (logit besideOutOfFrameLogit and up), the likeliest such is taken: the
// card laid on the desk next to a sheet the camera cuts off (capture/README.md, "A document in
// view beside one going out of the frame").
Choice::Outline Choice::besideOutOfFrame(Outline chosen)
{
    if (!m_verifierRuns || !std::isfinite(m_options.besideOutOfFrameLogit) ||
        chosen == m_scored.end() || inFrame(chosen->c.quad))
        return chosen;
    auto candidate = [&](const Scored &sc) {
        return &sc != &*chosen && inFrame(sc.c.quad) && taking(sc.c) >= m_options.acceptScore &&
               shareInside(sc.c.quad, chosen->c.quad) < m_options.besideOutOfFrameInside;
    };
    return firstVouched(candidate, m_options.besideOutOfFrameLogit, false, chosen,
                        "in view beside the outline going out of the frame");
}

// The caller knows the kind of document wanted (the clerk is capturing the ID card) and the
// outline picked has the other kind's proportions (the application form under the card, the
// card on the certificate): the likeliest outline of the kind wanted that could be taken is
// taken instead, one with clear edges before the fallback's. Only another object (IoU with
// the pick below expectedKindIoU: never a variant of the card's own outline that has a
// sheet's proportions) and, in the frame, one the outline network finds a document's own edge
// (above expectedKindLogit: not a box printed on the form). None: the pick stands, and the
// quality gate says it is the other kind (capture/README.md, "The kind of document the clerk
// is capturing, told to the detector").
Choice::Outline Choice::expectedKind(Outline chosen)
{
    if (m_expected <= 0 || !std::isfinite(m_options.expectedKindLogit) ||
        chosen == m_scored.end() ||
        matchShape(chosen->c.quad, m_small.size(), m_expected, kShapeTolerance) !=
            ShapeMatch::Other)
        return chosen;
    auto wanted = [&](const Scored &sc) {
        return &sc != &*chosen && (clear(sc) || fallback(sc)) &&
               quadIou(sc.c.quad, chosen->c.quad) < m_options.expectedKindIoU &&
               matchShape(sc.c.quad, m_small.size(), m_expected, kShapeTolerance) ==
                   ShapeMatch::Expected;
    };
    if (m_verifierRuns)
        verifyWhere([&](const Scored &sc) { return inFrame(sc.c.quad) && wanted(sc); });
    auto vouched = [&](const Scored &sc) {
        return !m_verifierRuns || !inFrame(sc.c.quad) ||
               (sc.verified && sc.f[FVerifier] > m_options.expectedKindLogit);
    };
    auto own = std::find_if(m_scored.begin(), m_scored.end(), [&](const Scored &sc) {
        return wanted(sc) && clear(sc) && vouched(sc);
    });
    if (own == m_scored.end())
        own = std::find_if(m_scored.begin(), m_scored.end(),
                           [&](const Scored &sc) { return wanted(sc) && vouched(sc); });
    if (own == m_scored.end())
        return chosen;
    if (debugging())
        std::fprintf(stderr, "  the kind wanted: confidence %.3f, logit %.2f\n", own->confidence,
                     own->f[FVerifier]);
    return own;
}

// Nothing taken: the likeliest of the ranking's first outlines (vouchedWhenNoneFirst) in the
// frame, with some edge support (networkScore) and the segmentation network not against it
// (minNetworkInside), that the outline network vouches for (logit vouchedWhenNoneLogit and up)
// is taken (a white card on a white page, its edges faint); failing that, the likeliest of
// them the ranking finds likely too (vouchedWhenNoneLikely) that the outline network sees as a
// document's own edge (vouchedWhenNoneLikelyLogit: an ID card on pale stone under a shadow).
Choice::Outline Choice::vouchedWhenNone(Outline chosen)
{
    const size_t first = m_options.vouchedWhenNoneFirst;
    if (!m_verifierRuns || chosen != m_scored.end())
        return chosen;
    auto candidate = [&](const Scored &sc) {
        return size_t(&sc - m_scored.data()) < first && !sc.c.fromRefiner && inFrame(sc.c.quad) &&
               sc.c.score >= m_options.networkScore &&
               sc.f[FPriorInside] >= m_options.minNetworkInside;
    };
    if (std::isfinite(m_options.vouchedWhenNoneLogit))
        chosen = firstVouched(candidate, m_options.vouchedWhenNoneLogit, false, chosen,
                              "none taken; the outline network vouches for one");
    if (chosen != m_scored.end() || !std::isfinite(m_options.vouchedWhenNoneLikelyLogit))
        return chosen;
    auto likely = [&](const Scored &sc) {
        return candidate(sc) && sc.confidence >= m_options.vouchedWhenNoneLikely;
    };
    return firstVouched(likely, m_options.vouchedWhenNoneLikelyLogit, false, chosen,
                        "none taken; likely to the ranking, the outline network for it");
}

// An outline of the outline refiner's (DetectorOptions::refinerModel) of the document taken
// (IoU at least sameDocumentIoU), in the frame, with edge support of refinedScore or more,
// that the outline network gives a logit above refinedLogit and likelier than the one taken by
// refinedMargin logits: the likeliest such is taken (a card's outline a few pixels off its edge
// over the page's print, moved onto it; a page's outline on the sheet under it, both doubted;
// capture/README.md, "The outline refiner", "The refiner's floor").
Choice::Outline Choice::refined(Outline chosen)
{
    if (!m_verifierRuns || chosen == m_scored.end() || !std::isfinite(m_options.refinedMargin) ||
        !inFrame(chosen->c.quad))
        return chosen;
    // The outline taken through the refiner too, whatever its place in the ranking (the
    // vector grows: the pick kept by its index).
    const size_t at = size_t(chosen - m_scored.begin());
    if (m_refine && !chosen->c.fromRefiner)
        if (std::optional<Scored> sc = m_refine(chosen->c.quad, m_scored))
            m_scored.push_back(std::move(*sc));
    chosen = m_scored.begin() + std::ptrdiff_t(at);
    std::vector<size_t> which{at};
    for (auto it = m_scored.begin(); it != m_scored.end(); ++it)
        if (it->c.fromRefiner && it != chosen && inFrame(it->c.quad) &&
            support(it->c) >= m_options.refinedScore &&
            quadIou(it->c.quad, chosen->c.quad) >= m_options.sameDocumentIoU)
            which.push_back(size_t(it - m_scored.begin()));
    if (which.size() < 2)
        return chosen;
    verify(which);
    auto own = chosen;
    for (size_t i : which) {
        const auto it = m_scored.begin() + std::ptrdiff_t(i);
        if (it != chosen && it->verified && chosen->verified &&
            it->f[FVerifier] > m_options.refinedLogit &&
            it->f[FVerifier] >= chosen->f[FVerifier] + m_options.refinedMargin &&
            (own == chosen || it->f[FVerifier] > own->f[FVerifier]))
            own = it;
    }
    if (own != chosen && debugging())
        std::fprintf(stderr, "  the outline refiner's: logit %.2f (the one taken: %.2f)\n",
                     own->f[FVerifier], chosen->f[FVerifier]);
    return own;
}

bool Choice::unlikelyToAll(const Scored &sc) const
{
    return m_rankedWithLogit && sc.verified && sc.confidence < m_options.unlikelyConfidence &&
           sc.f[FVerifier] < m_options.unlikelyLogit &&
           sc.f[FPriorInside] < m_options.unlikelyInside;
}

// The outline taken in the end is one the ranking with the outline network's logit finds
// unlikely (below unlikelyConfidence), the outline network nothing like a document's own edge
// (below unlikelyLogit) and the segmentation network mostly not the document (below
// unlikelyInside): "no document" rather than a guess (a thing on the empty office desk, the
// wrong part of a page; capture/README.md, "The ranking with the outline network's logit,
// landed").
Choice::Outline Choice::unlikely(Outline chosen)
{
    if (!m_rankedWithLogit || chosen == m_scored.end())
        return chosen;
    if (!chosen->verified)
        verify({size_t(chosen - m_scored.begin())});
    if (!unlikelyToAll(*chosen))
        return chosen;
    if (debugging())
        std::fprintf(stderr, "  unlikely: confidence %.3f, logit %.2f, inside %.2f\n",
                     chosen->confidence, chosen->f[FVerifier], chosen->f[FPriorInside]);
    return m_scored.end();
}

} // namespace hd::capture::detail
