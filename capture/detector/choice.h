// Which outline the detector takes (internal to capture/): the rules that follow the ranking,
// in the order DocumentDetector::run applies them. Each takes the outline chosen so far (end()
// for none) and answers the one taken after it; capture/README.md tells what each is for and
// what it was measured to do.
#pragma once

#include "detector/ranking.h"
#include "detector/search.h"
#include "documentdetector.h"

#include <functional>
#include <opencv2/core.hpp>
#include <optional>
#include <vector>

namespace hd::capture {
class OutlineVerifier;
}

namespace hd::capture::detail {

class Choice
{
public:
    using Outline = std::vector<Scored>::iterator;

    // `scored`: the ranked outlines (they may still be reordered before the rules apply: the
    // choice keeps the vector, not positions); `small`: the working image; `prior`: whether
    // the segmentation network answered; `expected`: the proportions of the kind of document
    // wanted (0: any).
    Choice(const DetectorOptions &options, const Search &search, const OutlineVerifier &verifier,
           const cv::Mat &small, bool prior, std::vector<Scored> &scored, double expected = 0);

    // The outline refiner for the outline taken (refined): its outline, unless implausible or
    // not new among those given.
    using Refiner = std::function<std::optional<Scored>(const Quad &, const std::vector<Scored> &)>;
    void setRefiner(Refiner refiner) { m_refine = std::move(refiner); }
    // Whether the outline network runs (with the segmentation network only).
    bool verifierRuns() const { return m_verifierRuns; }
    // The outline network's view of the outlines in `which` (indices into `scored`), once per
    // outline: several cues often give the same one.
    void verify(const std::vector<size_t> &which);
    // The same for the outlines not asked yet for which `which` holds.
    void verifyWhere(const std::function<bool(const Scored &)> &which);

    // The edge support by which an outline is judged (DetectorOptions::outOfFrameSides).
    double support(const Candidate &c) const;
    // The same for the rules that take an outline by its edges: 0 for the outline refiner's
    // outlines, which compete in their own rule only (refined).
    double taking(const Candidate &c) const;
    // An outline whose edges the detector is sure of, the network not against it.
    bool clear(const Scored &sc) const;
    // An outline a little less sure of its edges the ranking finds likely.
    bool fallback(const Scored &sc) const;
    // Whether the outline lies within the working image (to a pixel).
    bool inFrame(const Quad &q) const;
    // Whether the ranking with the logit, the outline network (asked) and the segmentation
    // network all find the outline unlikely a document (the last rule refuses it).
    bool unlikelyToAll(const Scored &sc) const;

    // The rules, in order; the outlines sorted by the ranking's confidence, most likely first.
    Outline ranked();
    Outline likelierVouched(Outline chosen);
    Outline wholeDocument(Outline chosen);
    Outline ownEdge(Outline chosen);
    Outline doubted(Outline chosen);
    Outline insideOutOfFrame(Outline chosen);
    Outline besideOutOfFrame(Outline chosen);
    Outline expectedKind(Outline chosen);
    Outline vouchedWhenNone(Outline chosen);
    Outline refined(Outline chosen);
    Outline unlikely(Outline chosen);
    // Whether the outline network rejected the outline picked, none other taken instead
    // (doubted): something is there, and it is no document.
    bool rejected() const { return m_rejected; }
    // All eleven.
    Outline pick()
    {
        return unlikely(refined(vouchedWhenNone(expectedKind(besideOutOfFrame(
            insideOutOfFrame(doubted(ownEdge(wholeDocument(likelierVouched(ranked()))))))))));
    }

private:
    // The first (likeliest) outline for which `candidate` holds that the outline network, asked
    // about them all, finds a document's own edge at `logit` or above (`strictly`: above);
    // none: `otherwise`. `what` names the rule in the diagnostics.
    Outline firstVouched(const std::function<bool(const Scored &)> &candidate, double logit,
                         bool strictly, Outline otherwise, const char *what);

    const DetectorOptions &m_options;
    const Search &m_search;
    const OutlineVerifier &m_verifier;
    const cv::Mat &m_small;
    const bool m_prior;
    const bool m_verifierRuns;
    const bool m_rankedWithLogit; // the ranking weighs the outline network's logit
    std::vector<Scored> &m_scored;
    const double m_expected;
    bool m_rejected = false;
    Refiner m_refine;
};

} // namespace hd::capture::detail
