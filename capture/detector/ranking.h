// The detector's ranking (internal to capture/): the figures it weighs for each outline, and
// the logistic ranking's chance that the outline is the document.
#pragma once

#include "detector/search.h"
#include "documentdetector.h"

#include <array>
#include <vector>

namespace hd::capture::detail {

struct Prepared;

// The figures the ranking weighs for each outline, all independent of the frame's size.
enum Feature {
    FMinSide,     // edge support of the weakest side
    FSecondSide,  // of the second weakest
    FStrongSides, // mean of the two strongest
    FArea,        // sqrt of the share of the frame
    FLight,       // mean lightness inside, 0..1
    FLightStep,   // inside minus a ring just outside, lightness / 100
    FColourStep,  // Lab distance inside ↔ ring / 100
    FInk,         // share of the inside with print on it (strong small-scale edges)
    FRingTexture, // share of the ring with strong edges (clutter round it)
    FAspect,      // distance of the proportions to ID-1 or √2 (A4, A3), log scale
                  // (by the mean side lengths, or through the camera: the smaller)
    FSquareness,  // largest |cos| of a corner angle
    FCentre,      // distance of the centre from the frame's, share of the half diagonal
    FInsideOther, // another outline of score ≥ 0.6 holds this one
    FHoldsOther,  // this one holds another outline of score ≥ 0.8
    FBorder,      // nearest corner to the frame's edge, share of the shorter side x 10 (≤ 1)
    FFlatness,    // spread of lightness inside / 64 (paper is flat apart from the print)
    FFalseSide,   // worst side whose inner band looks like the outside, not like the inside
    kClassicFeatureCount,
    // With the segmentation network:
    FPriorIoU = kClassicFeatureCount, // soft IoU of the outline with the network's document
    FPriorInside,                     // mean probability inside the outline
    FShadowSide, // a side on a shadow's edge across the document (Search::shadowSide)
    kPriorFeatureCount,
    // With the outline network too:
    FVerifier = kPriorFeatureCount, // its logit (OutlineVerifier)
    kFeatureCount
};
static_assert(FAspect == kProportionsFeature);
static_assert(kFeatureCount == kRankingFeatureCount);

struct Scored
{
    Candidate c;
    std::array<double, kFeatureCount> f{};
    double confidence = 0;     // the ranking's, with the network's figures when it ran
    double edgeConfidence = 0; // the ranking's on the edges' figures alone
    bool verified = false;     // f[FVerifier] is the outline network's answer
};

// An outline's proportions (long side over short, ≥ 1) by its mean side lengths and through the
// camera (finalSides::projectiveRatio, the principal point at the centre of an image of
// `size`; not a number when the outline is no picture of a rectangle).
std::array<double, 2> proportionsOf(const Quad &q, cv::Size size);

// The figures of outline `c` among `all`, the outlines ranked with it.
std::array<double, kFeatureCount> featuresOf(const Prepared &p, const Search &search,
                                             const Candidate &c, const std::vector<Candidate> &all);

// The logistic ranking's chance that an outline is the document: on the edges' figures alone,
// or with the network's too (`prior`). `weights`: a ranking with every figure (the built-in
// one with the outline network's logit, verifiedRankWeights(), or another one:
// DetectorOptions::rankWeights), or null for the built-in ones without it (ranking.cpp).
double confidenceOf(const std::array<double, kFeatureCount> &f, bool prior,
                    const std::vector<double> *weights = nullptr);

// The weights of the ranking in use: the options' own (DetectorOptions::rankWeights), the
// built-in one with the outline network's logit when that network runs
// (DetectorOptions::verifiedRanking), or null: the built-in ones without it.
const std::vector<double> *rankingWeights(const DetectorOptions &options, bool verifierRuns);

// The built-in ranking with every figure, the outline network's logit too (kRankingWeightCount
// weights): for a detector with both networks, which then asks the outline network about
// every outline that could be taken before ranking them.
const std::vector<double> &verifiedRankWeights();

} // namespace hd::capture::detail
