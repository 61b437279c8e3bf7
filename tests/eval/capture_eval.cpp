// capture_eval: scores the document detector and the classic recipe side by side with the
// mean SmartDoc Jaccard index and the share of frames with JI >= 0.9, on labelled frames (the
// real ones in shared/data/capture, or a synthetic set written to disk) and on the project's
// synthetic scenes rendered on the fly, per set, condition, background and document; counts
// the "no document" answers on frames without one; counts the ID cards, licences and A4 pages
// found that come out upright, as laid and after the layout's (the text's) turn (upright.h);
// times the detector per 1920x1080 frame.
// Prints tables; writes predictions CSVs for eval_quads.py.
//
//   capture_eval [--data DIR]... [--per-cell N] [--negatives N] [--seed S] [--out DIR]
//                [--only-real] [--no-real] [--dump-synthetic DIR] [--pinhole]
//   capture_eval [--seed S] [--per-cell N] --calibrate     blur and glare thresholds
//   capture_eval --train-ranker L2 DIR...                  fits the detector's ranking
//   capture_eval --dump-training DIR FIRST COUNT [W H]     the segmentation network's data
//   capture_eval --dump-training-from LABELLED_DIR DIR FIRST  the same from a labelled folder
//   capture_eval --dump-training-full DIR FIRST COUNT [W H]  the same for a network reading
//                                                          the whole working image
//   capture_eval --dump-verifier DIR LABELLED_DIR...      the outline network's data
//   capture_eval --scene SEED DOC BG COND                  one synthetic scene, with debug
//   capture_eval --image FILE [x1 y1 ... x4 y4]            one frame, with debug (with the
//                                                          truth: its support and outline
//                                                          network logit, every candidate's)
// (options are read in order: --seed and --per-cell before --calibrate)
//
// A labelled folder holds images/, gt.csv (file,x1,y1,...,x4,y4; empty fields: no document)
// and meta.csv (file,img_w,img_h,model_w,model_h,condition,doc_type,order_note[,background]).
// Environment: CAPTURE_EVAL_VERBOSE=1 lists the misses, CAPTURE_EVAL_DRAW=dir writes overlays,
// CAPTURE_EVAL_FILTER=text keeps the frames whose name or condition contains it (and writes
// pred_<set>.only-<text>.csv instead of pred_<set>.csv),
// CAPTURE_EVAL_CANDIDATES=file (with --train-ranker) writes every candidate's support,
// confidence, JI, whether it is the network's outline, its figures and its corners,
// CAPTURE_EVAL_TRAIN_NO_VERIFIER=1 (with --train-ranker) fits without the outline network's logit,
// CAPTURE_EVAL_THREADS=n sets OpenCV's threads, CAPTURE_EVAL_WORKING=n the working size
// (DetectorOptions::workingSize), CAPTURE_EVAL_NO_NET=1 runs the detector without its
// segmentation network, CAPTURE_EVAL_MODEL=file.onnx with another one, CAPTURE_EVAL_NO_OUTER=1
// without moving the winner's sides out to the document's edge
// (DetectorOptions::extendToOuterEdges), CAPTURE_EVAL_NO_MEAN_OUTER=1 without the edge read
// from the side's mean profiles (DetectorOptions::outerEdgesFromMeanProfiles),
// CAPTURE_EVAL_NO_SMEAR=1 without centring smeared sides
// (DetectorOptions::centreSmearedEdges), CAPTURE_EVAL_NO_OUT_OF_FRAME=1 without taking the sides
// out of the frame as unseen (DetectorOptions::outOfFrameSides), CAPTURE_EVAL_NO_ACROSS=1 without
// completing a side cut by a cable (DetectorOptions::completeAcrossLines),
// CAPTURE_EVAL_NO_LIKELIER=1 with the clear outline always winning over a likelier one
// (DetectorOptions::likelierRatio), CAPTURE_EVAL_NO_WHOLE=1 without the whole document taken over a
// part of it (DetectorOptions::wholeDocumentIoU), CAPTURE_EVAL_WHOLE_MARGIN=logits or "off" how
// much likelier to the outline network the part must be to stay (wholeDocumentLogitMargin),
// CAPTURE_EVAL_LIKELIER_VOUCHED=logits or "off" how much likelier to it an outline the ranking
// finds likelier than the pick, its edges not all clear, must be to be taken
// (likelierVouchedMargin), CAPTURE_EVAL_LIKELIER_WEAK=support,ratio or "off" down to which edge
// support and from how many times the pick's chance such an outline competes too
// (likelierWeakScore, likelierWeakRatio), CAPTURE_EVAL_NO_JOIN=1 without the lit and
// shaded parts of a document joined (joinShadowParts), CAPTURE_EVAL_NO_SIDE_JOIN=1 without
// their joins along a shared side (joinAlongSides), CAPTURE_EVAL_NO_FULLRES=1 without re-fitting
// the winner's sides at full resolution (DetectorOptions::refineAtFullResolution),
// CAPTURE_EVAL_REACH=x with its first re-fit reaching x working pixels
// (DetectorOptions::fullResolutionReach),
// CAPTURE_EVAL_NO_TEXTURE=1 without the smooth regions' outlines (DetectorOptions::textureRegions),
// CAPTURE_EVAL_NO_MORE_LINES=1 without the wider line pass (DetectorOptions::moreLines),
// CAPTURE_EVAL_NO_PAPER=1 without the regions unlike the paper (paperRegions),
// CAPTURE_EVAL_NO_FAINT=1 without the fainter edges' contours (faintEdges),
// CAPTURE_EVAL_NO_FAINTER=1 without those of the edges fainter still (fainterEdges),
// CAPTURE_EVAL_BESIDE=logit,share or "off" when an outline in view beside one going out of the
// frame is taken (besideOutOfFrameLogit, besideOutOfFrameInside),
// CAPTURE_EVAL_UNVERIFIED_RANKING=1 with the ranking without the outline network's logit
// (verifiedRanking), CAPTURE_EVAL_UNLIKELY=confidence,logit or "off" when the one with it
// refuses the outline taken (unlikelyConfidence, unlikelyLogit; CAPTURE_EVAL_UNLIKELY_INSIDE=share
// its unlikelyInside), CAPTURE_EVAL_NONE_VOUCHED=
// logit or "off" when, nothing taken, an outline the outline network vouches for is
// (vouchedWhenNoneLogit), CAPTURE_EVAL_NONE_FIRST=n among the ranking's first how many
// (vouchedWhenNoneFirst), CAPTURE_EVAL_NONE_LIKELY=logit,confidence or "off" when, none of
// those vouched for, one the ranking finds likely too is (vouchedWhenNoneLikelyLogit,
// vouchedWhenNoneLikely),
// CAPTURE_EVAL_OTHER_INSIDE=share how much of another object's outline may lie inside the doubted
// pick (otherObjectInside), CAPTURE_EVAL_EXPECTED=1 with the kind of document told (the truth's
// proportions), CAPTURE_EVAL_KIND=logit or "off" how sure the outline network must be of the kind
// told's outline (DetectorOptions::expectedKindLogit), CAPTURE_EVAL_CLOSER=off or
// "size,size,share" the closer looks when nothing is taken (closerLookSizes, closerLookSeen;
// a size of 0 for one look only), CAPTURE_EVAL_CLOSER_CUES=1 every cue in them too
// (closerLookCues), CAPTURE_EVAL_NO_VERIFIER=1 without the
// outline network, CAPTURE_EVAL_VERIFIER=file.onnx with another one, CAPTURE_EVAL_VERIFY=iou,margin
// sets when it picks (DetectorOptions::sameDocumentIoU, verifierMargin), CAPTURE_EVAL_REJECT=logit
// or "off" when it rejects an outline (DetectorOptions::rejectBelowLogit), CAPTURE_EVAL_DOUBT=
// logit,margin or "off" when it takes another object's (doubtBelowLogit, otherObjectMargin),
// CAPTURE_EVAL_VOUCH=logit or "off" when it takes an outline the segmentation network kept out
// (vouchedLogit), CAPTURE_EVAL_INSIDE=logit or "off" when an outline in the frame inside an
// outline going out of it is taken (insideOutOfFrameLogit) and CAPTURE_EVAL_INSIDE_AREA=share
// of how much of it (insideOutOfFrameArea),
// CAPTURE_EVAL_BACKGROUND=name with --dump-synthetic writes the scenes on that background only,
// CAPTURE_EVAL_NET_ACCEPT=score,iou sets when the network's outline competes
// (DetectorOptions::networkScore, networkIoU), CAPTURE_EVAL_WEIGHTS="w1, ..., bias" ranks with
// the weights --train-ranker printed (DetectorOptions::rankWeights), CAPTURE_EVAL_INNER=logit
// or "off" below which logit of the outline taken the frame is searched again inside it
// (innerLookBelowLogit; "off" with CAPTURE_EVAL_NO_FORM=1 scores what the live frames get,
// DetectorOptions::forLiveFrames), CAPTURE_EVAL_INNER_CUES=0 that search without the cues
// (innerLookCues), CAPTURE_EVAL_INNER_SIZE=px at that working size (innerLookSize),
// CAPTURE_EVAL_NO_FORM=1 without the look where the form networks see the document
// (formSegmenterModels; with CAPTURE_EVAL_INNER=off and CAPTURE_EVAL_NO_CORNERS=1: what the live
// frames get),
// CAPTURE_EVAL_FORM=a.onnx[,b.onnx...] with other models for it,
// CAPTURE_EVAL_FORM_LOOK=logit,margin,below,support its bounds (formLookLogit, formLookMargin,
// formLookBelowLogit, formLookSupport; the first one or more), CAPTURE_EVAL_NO_CORNERS=1
// without the corner network (cornerModel), CAPTURE_EVAL_CORNERS=model,passes,refit,margin
// with another model or other figures for it (cornerModel, cornerPasses, cornerRefit 0|1,
// cornerLogitMargin, "nan": without the outline network's say; empty fields: the default).

#include "documentdetector.h"
#include "documentsegmenter.h"
#include "outlineverifier.h"
#include "qualitygate.h"
#include "rectifier.h"
#include "syntheticscene.h"
#include "upright.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <sstream>
#include <string>
#include <vector>

using namespace hd::capture;
namespace fs = std::filesystem;

namespace {

struct Tally
{
    int n = 0;
    double ji = 0, jiClassic = 0;
    int ok = 0, okClassic = 0; // JI >= 0.9
    int missed = 0, missedClassic = 0;

    void add(double mine, double classic, bool mineFound, bool classicFound)
    {
        ++n;
        ji += mine;
        jiClassic += classic;
        ok += mine >= 0.9;
        okClassic += classic >= 0.9;
        missed += !mineFound;
        missedClassic += !classicFound;
    }
};

// Frames without a document: how often each detector still answers with an outline.
struct NegativeTally
{
    int n = 0, falseMine = 0, falseClassic = 0;
};

std::vector<std::vector<std::string>> readCsv(const fs::path &p)
{
    std::vector<std::vector<std::string>> rows;
    std::ifstream in(p);
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        std::vector<std::string> cells;
        std::string cell;
        for (char ch : line) {
            if (ch == ',') {
                cells.push_back(cell);
                cell.clear();
            } else {
                cell += ch;
            }
        }
        cells.push_back(cell);
        if (!cells.empty() && !cells[0].empty())
            rows.push_back(cells);
    }
    return rows;
}

// A document's own width or height from meta.csv; a frame without a document may leave it
// empty (it is only read with a truth).
double modelSide(const std::string &cell)
{
    return cell.empty() ? 0.0 : std::stod(cell);
}

// A network's model from the environment: none when `without` is set, else the file `file`
// names, else `model` as it is.
void modelFromEnvironment(const char *without, const char *file, QString &model)
{
    if (std::getenv(without))
        model.clear();
    else if (const char *path = std::getenv(file))
        model = QString::fromLocal8Bit(path);
}

// Thresholds from the environment: "off" sets the first to `off` (the value at which its rule
// never applies: negative infinity unless told), otherwise "a" or "a,b" sets them in order;
// unset leaves them.
void thresholdsFromEnvironment(const char *name, double &a, double *b = nullptr,
                               double off = -std::numeric_limits<double>::infinity())
{
    const char *v = std::getenv(name);
    if (!v)
        return;
    if (std::strcmp(v, "off") == 0)
        a = off;
    else if (b)
        std::sscanf(v, "%lf,%lf", &a, b);
    else
        std::sscanf(v, "%lf", &a);
}

// CAPTURE_EVAL_NO_NET=1: the detector without its segmentation network (the classical
// detector as it was before it, for comparison).
DetectorOptions evalOptions()
{
    DetectorOptions o;
    if (const char *working = std::getenv("CAPTURE_EVAL_WORKING")) {
        o.workingSize = std::atoi(working);
        if (o.workingSize < 64) {
            std::fprintf(stderr,
                         "CAPTURE_EVAL_WORKING: \"%s\" is no working size (64 px or more)\n",
                         working);
            std::exit(2);
        }
    }
    // "off", or the closer looks' sizes and the share the network must see: "768,1024,0.06".
    if (const char *closer = std::getenv("CAPTURE_EVAL_CLOSER")) {
        o.closerLookSizes.clear();
        int a = 0, b = 0;
        if (std::strcmp(closer, "off") != 0 &&
            std::sscanf(closer, "%d,%d,%lf", &a, &b, &o.closerLookSeen) == 3)
            for (const int size : {a, b})
                if (size > 0)
                    o.closerLookSizes.push_back(size);
    }
    if (std::getenv("CAPTURE_EVAL_NO_CORNERS"))
        o.cornerModel.clear();
    // "model.onnx,passes,refit 0|1,logit margin" (empty fields: the default)
    else if (const char *v = std::getenv("CAPTURE_EVAL_CORNERS")) {
        const QStringList parts = QString::fromUtf8(v).split(u',');
        if (!parts.value(0).isEmpty())
            o.cornerModel = parts.value(0);
        if (!parts.value(1).isEmpty())
            o.cornerPasses = parts[1].toInt();
        if (!parts.value(2).isEmpty())
            o.cornerRefit = parts[2].toInt() != 0;
        if (!parts.value(3).isEmpty())
            o.cornerLogitMargin = parts[3].toDouble();
    }
    if (std::getenv("CAPTURE_EVAL_CLOSER_CUES"))
        o.closerLookCues = true;
    modelFromEnvironment("CAPTURE_EVAL_NO_NET", "CAPTURE_EVAL_MODEL", o.segmenterModel);
    if (std::getenv("CAPTURE_EVAL_NO_FORM"))
        o.formSegmenterModels.clear();
    else if (const char *paths = std::getenv("CAPTURE_EVAL_FORM")) // "a.onnx,b.onnx,..."
        o.formSegmenterModels = QString::fromLocal8Bit(paths).split(u',', Qt::SkipEmptyParts);
    if (const char *v = std::getenv("CAPTURE_EVAL_FORM_LOOK")) // "logit,margin,below,support"
        std::sscanf(v, "%lf,%lf,%lf,%lf", &o.formLookLogit, &o.formLookMargin,
                    &o.formLookBelowLogit, &o.formLookSupport);
    if (const char *accept = std::getenv("CAPTURE_EVAL_NET_ACCEPT")) // "score,iou"
        std::sscanf(accept, "%lf,%lf", &o.networkScore, &o.networkIoU);
    if (const char *weights = std::getenv("CAPTURE_EVAL_WEIGHTS")) { // "w1, w2, ..., bias"
        std::stringstream in(weights);
        for (std::string cell; std::getline(in, cell, ',');)
            if (cell.find_first_not_of(" \t\n") != std::string::npos)
                o.rankWeights.push_back(std::stod(cell));
        if (o.rankWeights.size() != kRankingWeightCount) {
            std::fprintf(stderr, "CAPTURE_EVAL_WEIGHTS: %zu weights, the ranking takes %zu\n",
                         o.rankWeights.size(), kRankingWeightCount);
            std::exit(2);
        }
    }
    modelFromEnvironment("CAPTURE_EVAL_NO_VERIFIER", "CAPTURE_EVAL_VERIFIER", o.verifierModel);
    modelFromEnvironment("CAPTURE_EVAL_NO_REFINER", "CAPTURE_EVAL_REFINER", o.refinerModel);
    if (const char *r = std::getenv("CAPTURE_EVAL_REFINER_PASSES"))
        o.refinerPasses = std::atoi(r);
    thresholdsFromEnvironment("CAPTURE_EVAL_REFINED", o.refinedMargin, &o.refinedScore,
                              std::numeric_limits<double>::infinity()); // "margin,score" or "off"
    thresholdsFromEnvironment("CAPTURE_EVAL_REFINED_LOGIT", o.refinedLogit);
    thresholdsFromEnvironment("CAPTURE_EVAL_INNER", o.innerLookBelowLogit); // "below" or "off"
    if (const char *v = std::getenv("CAPTURE_EVAL_INNER_CUES"))
        o.innerLookCues = std::atoi(v) != 0;
    if (const char *v = std::getenv("CAPTURE_EVAL_INNER_SIZE"))
        o.innerLookSize = std::atoi(v);
    if (std::getenv("CAPTURE_EVAL_REFINED_OUTERMOST"))
        o.refinedToNearestStep = false;
    if (const char *v = std::getenv("CAPTURE_EVAL_VERIFY")) // "iou,margin"
        std::sscanf(v, "%lf,%lf", &o.sameDocumentIoU, &o.verifierMargin);
    thresholdsFromEnvironment("CAPTURE_EVAL_REJECT", o.rejectBelowLogit); // "logit" or "off"
    thresholdsFromEnvironment("CAPTURE_EVAL_DOUBT", o.doubtBelowLogit,
                              &o.otherObjectMargin); // "logit,margin" or "off"
    thresholdsFromEnvironment("CAPTURE_EVAL_VOUCH", o.vouchedLogit, nullptr,
                              std::numeric_limits<double>::infinity()); // "logit" or "off"
    if (const char *area = std::getenv("CAPTURE_EVAL_INSIDE_AREA"))
        o.insideOutOfFrameArea = std::atof(area);
    thresholdsFromEnvironment("CAPTURE_EVAL_INSIDE", o.insideOutOfFrameLogit, nullptr,
                              std::numeric_limits<double>::infinity()); // "logit" or "off"
    thresholdsFromEnvironment("CAPTURE_EVAL_BESIDE", o.besideOutOfFrameLogit,
                              &o.besideOutOfFrameInside,
                              std::numeric_limits<double>::infinity()); // "logit" or "off"
    o.sideSweep = std::getenv("CAPTURE_EVAL_NO_SWEEP") == nullptr;
    o.textureRegions = std::getenv("CAPTURE_EVAL_NO_TEXTURE") == nullptr;
    o.moreLines = std::getenv("CAPTURE_EVAL_NO_MORE_LINES") == nullptr;
    o.paperRegions = std::getenv("CAPTURE_EVAL_NO_PAPER") == nullptr;
    o.faintEdges = std::getenv("CAPTURE_EVAL_NO_FAINT") == nullptr;
    o.fainterEdges = std::getenv("CAPTURE_EVAL_NO_FAINTER") == nullptr;
    o.verifiedRanking = std::getenv("CAPTURE_EVAL_UNVERIFIED_RANKING") == nullptr;
    thresholdsFromEnvironment("CAPTURE_EVAL_UNLIKELY", o.unlikelyConfidence, &o.unlikelyLogit,
                              0.0); // "confidence,logit" or "off"
    if (const char *inside = std::getenv("CAPTURE_EVAL_UNLIKELY_INSIDE"))
        o.unlikelyInside = std::atof(inside);
    thresholdsFromEnvironment("CAPTURE_EVAL_NONE_VOUCHED", o.vouchedWhenNoneLogit, nullptr,
                              std::numeric_limits<double>::infinity()); // "logit" or "off"
    if (const char *first = std::getenv("CAPTURE_EVAL_NONE_FIRST"))
        o.vouchedWhenNoneFirst = size_t(std::atoi(first));
    thresholdsFromEnvironment("CAPTURE_EVAL_NONE_LIKELY", o.vouchedWhenNoneLikelyLogit,
                              &o.vouchedWhenNoneLikely,
                              std::numeric_limits<double>::infinity()); // "logit,confidence"
    thresholdsFromEnvironment("CAPTURE_EVAL_LIKELIER_VOUCHED", o.likelierVouchedMargin, nullptr,
                              std::numeric_limits<double>::infinity()); // "margin" or "off"
    thresholdsFromEnvironment("CAPTURE_EVAL_LIKELIER_WEAK", o.likelierWeakScore,
                              &o.likelierWeakRatio, 1.0); // "support,ratio" or "off"
    if (const char *inside = std::getenv("CAPTURE_EVAL_OTHER_INSIDE"))
        o.otherObjectInside = std::atof(inside);
    thresholdsFromEnvironment("CAPTURE_EVAL_KIND", o.expectedKindLogit, nullptr,
                              std::numeric_limits<double>::infinity()); // "logit" or "off"
    o.extendToOuterEdges = std::getenv("CAPTURE_EVAL_NO_OUTER") == nullptr;
    o.outerEdgesFromMeanProfiles = std::getenv("CAPTURE_EVAL_NO_MEAN_OUTER") == nullptr;
    o.centreSmearedEdges = std::getenv("CAPTURE_EVAL_NO_SMEAR") == nullptr;
    o.completeAcrossLines = std::getenv("CAPTURE_EVAL_NO_ACROSS") == nullptr;
    if (std::getenv("CAPTURE_EVAL_NO_LIKELIER"))
        o.likelierRatio = 0;
    thresholdsFromEnvironment("CAPTURE_EVAL_WHOLE_MARGIN", o.wholeDocumentLogitMargin, nullptr,
                              std::numeric_limits<double>::infinity()); // "margin" or "off"
    if (std::getenv("CAPTURE_EVAL_NO_WHOLE"))
        o.wholeDocumentIoU = 0;
    o.joinShadowParts = std::getenv("CAPTURE_EVAL_NO_JOIN") == nullptr;
    o.joinAlongSides = std::getenv("CAPTURE_EVAL_NO_SIDE_JOIN") == nullptr;
    o.outOfFrameSides = std::getenv("CAPTURE_EVAL_NO_OUT_OF_FRAME") == nullptr;
    o.refineAtFullResolution = std::getenv("CAPTURE_EVAL_NO_FULLRES") == nullptr;
    if (const char *reach = std::getenv("CAPTURE_EVAL_REACH"))
        o.fullResolutionReach = std::atof(reach);
    return o;
}

struct Timing
{
    std::vector<double> wall, cpu;
};
Timing timing;

// --pinhole: the synthetic scenes with SceneSpec::pinhole (every outline the image of a
// rectangle through a pinhole camera), for comparison with the sets measured so far.
bool pinholeScenes = false;

// CAPTURE_EVAL_BACKGROUND=name keeps the scenes on that background only (toString's name:
// "form", "office", ...), for training data weighted towards one desk; it applies to the sets
// made on the fly as well as to --dump-synthetic.
std::vector<SceneSpec> evaluationScenes(std::uint64_t seed, int perCell, int negatives)
{
    std::vector<SceneSpec> specs = standardSceneSet(seed, perCell, negatives);
    if (const char *background = std::getenv("CAPTURE_EVAL_BACKGROUND")) {
        std::erase_if(specs,
                      [&](const SceneSpec &s) { return toString(s.background) != background; });
        if (specs.empty()) {
            std::string names;
            for (int b = 0; b <= int(SceneBackground::Form); ++b)
                names += (b ? ", " : "") + toString(SceneBackground(b));
            std::fprintf(stderr,
                         "CAPTURE_EVAL_BACKGROUND=%s: no scene on that background (the desks: "
                         "%s)\n",
                         background, names.c_str());
        }
    }
    for (SceneSpec &s : specs)
        s.pinhole = pinholeScenes;
    return specs;
}
double lastScore = 0;
std::vector<double> positiveScores, negativeScores;

// Every thread's: the detector runs its Hough transform and network on a helper thread
// beside the calling one, and OpenCV spreads some steps over its workers.
double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

std::optional<Quad> timedDetect(const DocumentDetector &detector, const cv::Mat &img,
                                double expectedProportions = 0)
{
    const double c0 = processCpuMs();
    const auto t0 = std::chrono::steady_clock::now();
    std::optional<Detection> d = detector.detect(img, expectedProportions);
    const auto t1 = std::chrono::steady_clock::now();
    const double c1 = processCpuMs();
    if (img.cols * img.rows == 1920 * 1080) {
        timing.wall.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        timing.cpu.push_back(c1 - c0);
    }
    lastScore = d ? d->score : 0.0;
    return d ? std::optional<Quad>(d->quad) : std::nullopt;
}

double jiOf(const std::optional<Quad> &pred, const Quad &truth, double mw, double mh)
{
    return pred ? smartDocJaccard(*pred, truth, mw, mh) : 0.0;
}

void printRow(const std::string &name, const Tally &t)
{
    if (t.n == 0)
        return;
    std::printf("%-34s %5d   %6.4f  %5.1f%%  %3d    %6.4f  %5.1f%%  %3d\n", name.c_str(), t.n,
                t.ji / t.n, 100.0 * t.ok / t.n, t.missed, t.jiClassic / t.n,
                100.0 * t.okClassic / t.n, t.missedClassic);
}

void header(const std::string &title)
{
    std::printf("\n== %s\n%-34s %5s   %-6s  %-6s %4s    %-6s  %-6s %4s\n", title.c_str(),
                "set / condition", "n", "JI", ">=0.9", "miss", "JIcls", ">=0.9", "miss");
}

void printNegatives(const std::string &name, const NegativeTally &t)
{
    if (t.n)
        std::printf("%-34s %5d   outline on an empty desk: detector %d, classic %d\n", name.c_str(),
                    t.n, t.falseMine, t.falseClassic);
}

void writeQuad(std::ofstream &out, const std::string &file, const std::optional<Quad> &q)
{
    out << file;
    if (q) {
        for (const cv::Point2d &p : *q)
            out << ',' << p.x << ',' << p.y;
    } else {
        out << ",,,,,,,,";
    }
    out << '\n';
}

// With CAPTURE_EVAL_DRAW=dir, writes each frame with the truth (green) and the detection (red),
// the network's chance of "document" tinted blue over it.
void drawOverlay(const std::string &file, const cv::Mat &img, const std::optional<Quad> &truth,
                 const std::optional<Quad> &pred)
{
    const char *dir = std::getenv("CAPTURE_EVAL_DRAW");
    if (!dir)
        return;
    cv::Mat out = img.clone();
    const DocumentSegmenter segmenter(evalOptions().segmenterModel);
    const cv::Mat working = detectorWorkingImage(img, 512);
    const cv::Mat cells = segmenter.probabilities(working);
    if (!cells.empty()) {
        const int cell = DocumentSegmenter::cellOf(working, cells);
        cv::Mat chance;
        cv::resize(cells, chance, cells.size() * cell, 0, 0, cv::INTER_LINEAR);
        chance = chance(cv::Rect(0, 0, working.cols, working.rows));
        cv::resize(chance, chance, out.size(), 0, 0, cv::INTER_LINEAR);
        cv::Mat tinted(out.size(), out.type(), cv::Scalar(255, 64, 0));
        cv::Mat alpha;
        cv::merge(std::vector<cv::Mat>(3, chance * 0.5), alpha);
        cv::Mat outF, tintF;
        out.convertTo(outF, CV_32FC3);
        tinted.convertTo(tintF, CV_32FC3);
        const cv::Mat keep = cv::Scalar::all(1.0) - alpha;
        outF = outF.mul(keep) + tintF.mul(alpha);
        outF.convertTo(out, CV_8UC3);
    }
    auto poly = [&](const Quad &q, cv::Scalar c) {
        for (int i = 0; i < 4; ++i)
            cv::line(out, q[size_t(i)], q[size_t((i + 1) % 4)], c, 2, cv::LINE_AA);
    };
    if (truth)
        poly(*truth, {0, 255, 0});
    if (pred)
        poly(*pred, {0, 0, 255});
    cv::resize(out, out, cv::Size(), 0.5, 0.5, cv::INTER_AREA);
    cv::imwrite((fs::path(dir) / (file + ".png")).string(), out);
}

bool filteredOut(const std::string &name)
{
    const char *f = std::getenv("CAPTURE_EVAL_FILTER");
    return f && name.find(f) == std::string::npos;
}

// pred_<set>.csv, or pred_<set>.only-<filter>.csv when CAPTURE_EVAL_FILTER keeps a part of
// the set: a look at a few frames does not overwrite the whole set's predictions.
fs::path predictionsFile(const fs::path &outDir, const std::string &set)
{
    std::string name = "pred_" + set;
    if (const char *f = std::getenv("CAPTURE_EVAL_FILTER")) {
        name += ".only-";
        for (const char *c = f; *c; ++c)
            name += std::isalnum(static_cast<unsigned char>(*c)) || *c == '-' ? *c : '_';
    }
    return outDir / (name + ".csv");
}

// The tallies of one labelled set, by condition, background and document kind.
struct SetReport
{
    Tally all;
    // The conditions and backgrounds of the first generator (before cloth, dark desks, papers,
    // strong perspective, shadows, low light and the document camera's top-down view).
    Tally original;
    // Every desk but the two white ones (office, papers): the issue's own scenes (a plain
    // counter, wood grain, a cluttered desk) and cloth and dark desks, apart from the
    // white-on-white ceiling.
    Tally notWhite;
    std::map<std::string, Tally> byCondition, byBackground, byDocument;
    std::map<std::string, NegativeTally> negatives;
    // ID cards and licences found (JI >= 0.9), straightened: how many come out upright as
    // laid, and after the layout's turn (upright.h); the truth's first corner is the
    // document's own top left.
    struct UprightTally
    {
        int found = 0, asLaid = 0, turned = 0, wronglyTurned = 0;
    };
    std::map<std::string, UprightTally> upright;

    void print(const std::string &title) const
    {
        header(title + ", by condition");
        for (const auto &[name, t] : byCondition)
            printRow(name, t);
        if (byBackground.size() > 1) {
            header(title + ", by background");
            for (const auto &[name, t] : byBackground)
                printRow(name, t);
        }
        if (byDocument.size() > 1) {
            header(title + ", by document");
            for (const auto &[name, t] : byDocument)
                printRow(name, t);
        }
        printRow("ALL " + title, all);
        printRow("first generator's conditions", original);
        if (notWhite.n > 0 && notWhite.n < all.n)
            printRow("desks other than office, papers", notWhite);
        for (const auto &[name, t] : negatives)
            printNegatives("no document, " + name, t);
        for (const auto &[kind, u] : upright)
            std::printf("%s found (JI >= 0.9) straightened upright: %d of %d as laid, %d after "
                        "the layout's turn (%d turned the wrong way)\n",
                        kind.c_str(), u.asLaid, u.found, u.turned, u.wronglyTurned);
    }
};

// Whether `page`, straightened from `img` with a detected outline, is upright: nearer the
// document straightened by the truth (whose first corner is its own top left) than to its half
// turn.
bool uprightByTruth(const cv::Mat &img, const Quad &truth, const cv::Mat &page)
{
    const cv::Size size(page.cols / 4, page.rows / 4);
    std::vector<cv::Point2f> from;
    for (const cv::Point2d &p : truth)
        from.emplace_back(float(p.x), float(p.y));
    const float w = float(size.width), h = float(size.height);
    const std::vector<cv::Point2f> to = {{0, 0}, {w, 0}, {w, h}, {0, h}};
    cv::Mat ref, small, turned;
    cv::warpPerspective(img, ref, cv::getPerspectiveTransform(from, to), size);
    cv::resize(page, small, size, 0, 0, cv::INTER_AREA);
    cv::rotate(ref, turned, cv::ROTATE_180);
    return cv::norm(small, ref, cv::NORM_L1) < cv::norm(small, turned, cv::NORM_L1);
}

void scoreUpright(SetReport &report, const cv::Mat &img, const Quad &truth, const Quad &found,
                  DocumentType type)
{
    hd::Result<cv::Mat> page = rectify(img, found, type);
    if (!page || page->channels() != 3)
        return;
    const bool asLaid = uprightByTruth(img, truth, *page);
    const bool turned = turnUpright(page.value(), type);
    SetReport::UprightTally &u = report.upright[type == DocumentType::IdCard ? "ID cards"
                                                : type == DocumentType::A4   ? "A4 pages"
                                                                             : "licences"];
    ++u.found;
    u.asLaid += asLaid;
    u.turned += asLaid != turned;
    u.wronglyTurned += asLaid && turned;
}

// One frame: detect with both, score against the truth (none: a frame without a document).
void scoreFrame(const DocumentDetector &detector, SetReport &report, std::ofstream &pred,
                const std::string &file, const cv::Mat &img, const std::optional<Quad> &truth,
                double mw, double mh, const std::string &condition, const std::string &background,
                const std::string &document)
{
    const size_t timed = timing.wall.size();
    // With CAPTURE_EVAL_EXPECTED=1 the detector is told the kind of document, as the capture
    // screen tells it the checklist's: the truth's model size gives it (ID-1 or an A format).
    double expected = 0;
    if (std::getenv("CAPTURE_EVAL_EXPECTED") && mw > 0 && mh > 0) {
        const double r = std::max(mw, mh) / std::min(mw, mh);
        expected =
            std::abs(std::log(r / kIdCardProportions)) < std::abs(std::log(r / kSheetProportions))
                ? kIdCardProportions
                : kSheetProportions;
    }
    const std::optional<Quad> mine = timedDetect(detector, img, expected);
    const std::optional<Quad> classic = detectClassic(img);
    writeQuad(pred, file, mine);
    drawOverlay(file, img, truth, mine);
    const bool verbose = std::getenv("CAPTURE_EVAL_VERBOSE") != nullptr;
    if (std::getenv("CAPTURE_EVAL_TIMES") && timing.wall.size() > timed)
        std::printf("  time: %s wall %.1f ms, CPU %.1f ms\n", file.c_str(), timing.wall.back(),
                    timing.cpu.back());
    if (!truth) {
        NegativeTally &n = report.negatives[background.empty() ? condition : background];
        ++n.n;
        n.falseMine += bool(mine);
        n.falseClassic += bool(classic);
        if (mine)
            negativeScores.push_back(lastScore);
        if (mine && verbose)
            std::printf("  false: %s %s score %.3f\n", file.c_str(), background.c_str(), lastScore);
        return;
    }
    const double j = jiOf(mine, *truth, mw, mh), jc = jiOf(classic, *truth, mw, mh);
    if (mine && j >= 0.9)
        positiveScores.push_back(lastScore);
    if (mine && j >= 0.9 && img.channels() == 3)
        if (const hd::Result<DocumentType> type =
                parseDocumentType(QString::fromStdString(document)))
            scoreUpright(report, img, *truth, *mine, *type);
    report.all.add(j, jc, bool(mine), bool(classic));
    static const std::vector<std::string> firstConditions = {"clean", "blur",  "uneven-light",
                                                             "glare", "thumb", "noise-jpeg"};
    static const std::vector<std::string> firstBackgrounds = {"counter", "wood", "clutter"};
    if (std::find(firstConditions.begin(), firstConditions.end(), condition) !=
            firstConditions.end() &&
        std::find(firstBackgrounds.begin(), firstBackgrounds.end(), background) !=
            firstBackgrounds.end())
        report.original.add(j, jc, bool(mine), bool(classic));
    if (!background.empty() && background != "office" && background != "papers")
        report.notWhite.add(j, jc, bool(mine), bool(classic));
    report.byCondition[condition].add(j, jc, bool(mine), bool(classic));
    if (!background.empty())
        report.byBackground[background].add(j, jc, bool(mine), bool(classic));
    if (!document.empty())
        report.byDocument[document].add(j, jc, bool(mine), bool(classic));
    if (verbose && j < 0.95)
        std::printf("  low: %s %s/%s/%s JI %.4f (classic %.4f) score %.3f\n", file.c_str(),
                    document.c_str(), background.c_str(), condition.c_str(), j, jc, lastScore);
}

// A labelled folder (gt.csv, meta.csv, images/).
void evaluateFolder(const DocumentDetector &detector, const fs::path &dir, const fs::path &outDir,
                    SetReport &report)
{
    const auto gt = readCsv(dir / "gt.csv");
    std::map<std::string, std::vector<std::string>> meta;
    for (auto &row : readCsv(dir / "meta.csv"))
        meta[row[0]] = row;
    std::ofstream pred(predictionsFile(outDir, dir.filename().string()));
    pred << "file,x1,y1,x2,y2,x3,y3,x4,y4\n";
    // CAPTURE_EVAL_OUTLINES=k: how near the clerk is to the document by picking among the
    // first k outlines offered, the best of them scored.
    const size_t choices =
        std::getenv("CAPTURE_EVAL_OUTLINES")
            ? size_t(std::max(0, std::atoi(std::getenv("CAPTURE_EVAL_OUTLINES"))))
            : 0;
    std::vector<double> bestOfFirst(choices, 0.0);
    std::vector<double> outlinesMs;
    int withTruth = 0;
    for (const auto &row : gt) {
        const std::string &file = row[0];
        const auto m = meta.find(file);
        if (row.size() < 9 || m == meta.end() || m->second.size() < 7)
            continue;
        const std::string condition = m->second[5];
        if (filteredOut(file + " " + condition))
            continue;
        std::optional<Quad> truth;
        if (!row[1].empty()) {
            Quad q;
            for (int k = 0; k < 4; ++k)
                q[size_t(k)] = cv::Point2d(std::stod(row[size_t(1 + 2 * k)]),
                                           std::stod(row[size_t(2 + 2 * k)]));
            truth = q;
        }
        const double mw = modelSide(m->second[3]), mh = modelSide(m->second[4]);
        const std::string background = m->second.size() > 8 ? m->second[8] : std::string();
        const cv::Mat img = cv::imread((dir / "images" / file).string(), cv::IMREAD_COLOR);
        if (img.empty()) {
            std::printf("  cannot read %s\n", file.c_str());
            continue;
        }
        scoreFrame(detector, report, pred, file, img, truth, mw, mh, condition, background,
                   m->second[6]);
        if (choices > 0 && truth) {
            const auto t0 = std::chrono::steady_clock::now();
            const std::vector<Quad> outlines = detector.outlines(img, choices);
            outlinesMs.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                    .count());
            double best = 0;
            for (size_t k = 0; k < choices; ++k) {
                if (k < outlines.size())
                    best = std::max(best, smartDocJaccard(outlines[k], *truth, mw, mh));
                bestOfFirst[k] += best;
            }
            ++withTruth;
        }
    }
    if (withTruth > 0) {
        std::printf("%s, the best of the first k outlines offered (DocumentDetector::outlines):",
                    dir.filename().string().c_str());
        for (size_t k = 0; k < choices; ++k)
            std::printf(" k=%zu %.4f", k + 1, bestOfFirst[k] / withTruth);
        std::sort(outlinesMs.begin(), outlinesMs.end());
        std::printf(" (n=%d; %.1f ms median a frame)\n", withTruth,
                    outlinesMs[outlinesMs.size() / 2]);
    }
}

// Picks the threshold on `value` that best separates the labelled scenes (balanced accuracy:
// the mean of the rates of bad frames caught and good frames passed).
void calibrate(const char *name, std::vector<std::pair<double, bool>> v, bool badIsBelow)
{
    std::sort(v.begin(), v.end());
    int bad = 0;
    for (const auto &e : v)
        bad += e.second;
    const int good = int(v.size()) - bad;
    double bestAcc = 0, bestT = 0;
    for (size_t i = 0; i + 1 < v.size(); ++i) {
        const double t = (v[i].first + v[i + 1].first) / 2;
        int caught = 0, passed = 0;
        for (const auto &e : v) {
            const bool flagged = badIsBelow ? e.first < t : e.first > t;
            caught += flagged && e.second;
            passed += !flagged && !e.second;
        }
        const double acc =
            0.5 * (bad ? double(caught) / bad : 1) + 0.5 * (good ? double(passed) / good : 1);
        if (acc > bestAcc) {
            bestAcc = acc;
            bestT = t;
        }
    }
    std::printf("%-10s threshold %.4f  balanced accuracy %.3f  (bad %d, good %d)\n", name, bestT,
                bestAcc, bad, good);
}

int runCalibration(std::uint64_t seed, int perCell)
{
    // Labels: a frame is too blurry when the blur, seen at the gate's 800 px document view,
    // has sigma >= 1.5 px (5-point print at that view is ~6 px high: strokes merge); glare is
    // "over text" when the spot adds >= 160 grey levels (the paper burns out under it).
    std::vector<std::pair<double, bool>> blur, glare;
    for (const SceneSpec &spec : standardSceneSet(seed, perCell, 0)) {
        const Scene scene = renderScene(spec);
        if (!scene.truth)
            continue;
        const Quad &q = *scene.truth;
        const QualityFigures f = QualityGate::measure(scene.image, q);
        const double longSide = std::max((cv::norm(q[1] - q[0]) + cv::norm(q[2] - q[3])) / 2,
                                         (cv::norm(q[3] - q[0]) + cv::norm(q[2] - q[1])) / 2);
        const double effSigma = scene.blurSigma * 800.0 / longSide;
        blur.emplace_back(f.sharpness, effSigma >= 1.5);
        glare.emplace_back(f.glare, scene.glarePeak >= 160);
        if (std::getenv("CAPTURE_EVAL_VERBOSE"))
            std::printf("  %s sigma %.2f eff %.2f sharp %.3f | glare %.0f frac %.4f\n",
                        toString(spec.condition).c_str(), scene.blurSigma, effSigma, f.sharpness,
                        scene.glarePeak, f.glare);
    }
    calibrate("sharpness", blur, true);
    calibrate("glare", glare, false);
    return 0;
}

// Reads a labelled folder and returns its frames (image path, truth or none, model size).
struct LabelledFrame
{
    fs::path image;
    std::optional<Quad> truth;
    double mw = 1, mh = 1;
    std::string condition;
};

std::vector<LabelledFrame> readFolder(const fs::path &dir)
{
    std::vector<LabelledFrame> out;
    std::map<std::string, std::vector<std::string>> meta;
    for (auto &row : readCsv(dir / "meta.csv"))
        meta[row[0]] = row;
    for (const auto &row : readCsv(dir / "gt.csv")) {
        const auto m = meta.find(row[0]);
        if (row.size() < 9 || m == meta.end() || m->second.size() < 7)
            continue;
        LabelledFrame f;
        f.image = dir / "images" / row[0];
        if (!row[1].empty()) {
            Quad q;
            for (int k = 0; k < 4; ++k)
                q[size_t(k)] = cv::Point2d(std::stod(row[size_t(1 + 2 * k)]),
                                           std::stod(row[size_t(2 + 2 * k)]));
            f.truth = q;
        }
        f.mw = modelSide(m->second[3]);
        f.mh = modelSide(m->second[4]);
        f.condition = m->second[5] + (m->second.size() > 8 ? "/" + m->second[8] : "");
        out.push_back(f);
    }
    return out;
}

// Fits the detector's ranking (logistic regression on the candidates' features; label: the
// candidate is within JI 0.85 of the truth) on labelled folders that are never used for
// evaluation, and prints the weights to paste into detector/ranking.cpp. Also prints how
// often the right outline is among the candidates at all (the ranking's ceiling).
int trainRanker(const std::vector<std::string> &dirs, double l2)
{
    const DocumentDetector detector(evalOptions());
    std::vector<std::vector<double>> x;
    std::vector<int> y;
    std::vector<int> group; // which frame
    int frames = 0, reachable = 0, positives = 0;
    double oracle = 0;
    for (const std::string &d : dirs)
        for (const LabelledFrame &f : readFolder(d)) {
            const cv::Mat img = cv::imread(f.image.string(), cv::IMREAD_COLOR);
            if (img.empty())
                continue;
            double best = 0;
            static std::ofstream rows(std::getenv("CAPTURE_EVAL_CANDIDATES")
                                          ? std::getenv("CAPTURE_EVAL_CANDIDATES")
                                          : "/dev/null");
            for (const DetectorCandidate &c : detector.candidates(img)) {
                const double j = f.truth ? smartDocJaccard(c.quad, *f.truth, f.mw, f.mh) : 0.0;
                rows << f.image.filename().string() << ',' << bool(f.truth) << ',' << c.score << ','
                     << c.confidence << ',' << j << ',' << c.fromNetwork;
                for (double v : c.features)
                    rows << ',' << v;
                for (const cv::Point2d &p : c.quad)
                    rows << ',' << p.x << ',' << p.y;
                rows << '\n';
                best = std::max(best, j);
                x.push_back(c.features);
                y.push_back(j >= 0.85);
                group.push_back(frames);
            }
            if (f.truth && best < 0.85 && std::getenv("CAPTURE_EVAL_VERBOSE"))
                std::printf("  unreachable: %s %s best candidate JI %.3f\n",
                            f.image.filename().string().c_str(), f.condition.c_str(), best);
            if (f.truth) {
                ++positives;
                oracle += best;
                reachable += best >= 0.85;
            }
            ++frames;
        }
    if (x.empty())
        return 1;
    std::printf("%d frames (%d with a document), %zu candidates; the right outline among them "
                "in %d (%.1f%%), oracle mean JI %.4f\n",
                frames, positives, x.size(), reachable, 100.0 * reachable / std::max(1, positives),
                oracle / std::max(1, positives));
    // CAPTURE_EVAL_TRAIN_NO_VERIFIER=1: without the outline network's logit (the built-in
    // ranking's figures; its weight printed as 0).
    const bool noVerifier = std::getenv("CAPTURE_EVAL_TRAIN_NO_VERIFIER") != nullptr;
    if (noVerifier)
        for (auto &row : x)
            row[kRankingFeatureCount - 1] = 0; // the last figure is the logit
    const size_t n = x.size(), m = x[0].size();
    std::vector<double> mean(m, 0), sd(m, 0);
    for (const auto &row : x)
        for (size_t j = 0; j < m; ++j)
            mean[j] += row[j] / double(n);
    for (const auto &row : x)
        for (size_t j = 0; j < m; ++j)
            sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / double(n);
    for (double &v : sd)
        v = std::max(1e-6, std::sqrt(v));
    // Gradient descent on the standardised features (L2 on the weights, not the bias); the
    // positives weighted up to balance the classes.
    int pos = 0;
    for (int v : y)
        pos += v;
    const double wPos = double(n - size_t(pos)) / std::max(1, pos);
    std::vector<double> w(m + 1, 0);
    for (int iter = 0; iter < 4000; ++iter) {
        std::vector<double> grad(m + 1, 0);
        double wsum = 0;
        for (size_t i = 0; i < n; ++i) {
            double z = w[m];
            for (size_t j = 0; j < m; ++j)
                z += w[j] * (x[i][j] - mean[j]) / sd[j];
            const double p = 1 / (1 + std::exp(-z));
            const double weight = y[i] ? wPos : 1.0;
            const double e = (p - y[i]) * weight;
            for (size_t j = 0; j < m; ++j)
                grad[j] += e * (x[i][j] - mean[j]) / sd[j];
            grad[m] += e;
            wsum += weight;
        }
        for (size_t j = 0; j <= m; ++j)
            w[j] -= 0.5 * (grad[j] / wsum + (j < m ? l2 * w[j] : 0.0));
    }
    // Back to raw features.
    std::vector<double> raw(m + 1, 0);
    raw[m] = w[m];
    for (size_t j = 0; j < m; ++j) {
        raw[j] = w[j] / sd[j];
        raw[m] -= w[j] * mean[j] / sd[j];
    }
    // How the fitted ranking does on its own training frames: the top candidate right?
    int top = 0;
    for (int gi = 0, i = 0; gi < frames; ++gi) {
        double bestZ = -1e300;
        int bestY = 0;
        for (; i < int(n) && group[size_t(i)] == gi; ++i) {
            double z = raw[m];
            for (size_t j = 0; j < m; ++j)
                z += raw[j] * x[size_t(i)][j];
            if (z > bestZ) {
                bestZ = z;
                bestY = y[size_t(i)];
            }
        }
        top += bestY;
    }
    std::printf("top-ranked outline right on %d of %d frames with a document\n", top, positives);
    std::printf("weights:\n   ");
    for (size_t j = 0; j <= m; ++j)
        std::printf(" %.3f,", raw[j]);
    std::printf("\n");
    return 0;
}

// Training data for the outline network (tools/detector-training/verifier.py): every outline
// the detector weighs on the frames of labelled folders (never the evaluation sets), as the
// network reads it (OutlineVerifier::patchesFor, raw BGR, one after the other), and a CSV
// with the frame, its Jaccard index against the truth and the ranking's figures.
int dumpVerifier(const fs::path &dir, const std::vector<std::string> &from)
{
    const DocumentDetector detector(evalOptions());
    fs::create_directories(dir);
    std::ofstream raw(dir / "patches.u8", std::ios::binary);
    std::ofstream csv(dir / "patches.csv");
    csv << "patch,frame,file,condition,has,ji,score,confidence,network";
    for (size_t k = 0; k < kRankingFeatureCount; ++k)
        csv << ",f" << k;
    // The outline's corners and the truth's (in its own order), in the working image's pixels:
    // the outline refiner's targets (tools/detector-training/refiner.py).
    for (const char *who : {"q", "t"})
        for (int k = 1; k <= 4; ++k)
            csv << ',' << who << 'x' << k << ',' << who << 'y' << k;
    csv << '\n';
    int frame = 0, patch = 0;
    for (const std::string &d : from)
        for (const LabelledFrame &f : readFolder(d)) {
            const cv::Mat img = cv::imread(f.image.string(), cv::IMREAD_COLOR);
            if (img.empty())
                continue;
            double scale = 1;
            const cv::Mat working =
                detectorWorkingImage(img, detector.options().workingSize, &scale);
            const std::vector<DetectorCandidate> cands = detector.candidates(img);
            std::vector<Quad> quads;
            for (const DetectorCandidate &c : cands)
                quads.push_back(scaled(c.quad, scale));
            const std::vector<cv::Mat> patches = OutlineVerifier::patchesFor(working, quads);
            for (size_t i = 0; i < cands.size(); ++i) {
                const DetectorCandidate &c = cands[i];
                const double j = f.truth ? smartDocJaccard(c.quad, *f.truth, f.mw, f.mh) : 0.0;
                raw.write(reinterpret_cast<const char *>(patches[i].data),
                          std::streamsize(patches[i].total() * patches[i].elemSize()));
                csv << patch++ << ',' << frame << ',' << d << '/' << f.image.filename().string()
                    << ',' << f.condition << ',' << bool(f.truth) << ',' << j << ',' << c.score
                    << ',' << c.confidence << ',' << c.fromNetwork;
                for (double v : c.features)
                    csv << ',' << v;
                for (const cv::Point2d &p : quads[i])
                    csv << ',' << p.x << ',' << p.y;
                for (int k = 0; k < 4; ++k)
                    if (f.truth) {
                        const cv::Point2d p = (*f.truth)[size_t(k)] * scale;
                        csv << ',' << p.x << ',' << p.y;
                    } else {
                        csv << ",,";
                    }
                csv << '\n';
            }
            ++frame;
            if (frame % 100 == 0) {
                std::printf("%d frames, %d outlines\n", frame, patch);
                std::fflush(stdout);
            }
        }
    std::printf("%d frames, %d outlines\n", frame, patch);
    return 0;
}

// Writes the synthetic set as a labelled folder (all scenes, the empty desks too).
int dumpSynthetic(const fs::path &dir, std::uint64_t seed, int perCell, int negatives)
{
    fs::create_directories(dir / "images");
    std::ofstream gt(dir / "gt.csv"), meta(dir / "meta.csv");
    gt << "file,x1,y1,x2,y2,x3,y3,x4,y4\n";
    meta << "file,img_w,img_h,model_w,model_h,condition,doc_type,order_note,background\n";
    int n = 0;
    for (const SceneSpec &spec : evaluationScenes(seed, perCell, negatives)) {
        const Scene scene = renderScene(spec);
        const std::string file = "s" + std::to_string(spec.seed) + ".jpg";
        cv::imwrite((dir / "images" / file).string(), scene.image, {cv::IMWRITE_JPEG_QUALITY, 97});
        writeQuad(gt, file, scene.truth);
        meta << file << ',' << spec.size.width << ',' << spec.size.height << ','
             << (scene.truth ? scene.modelWidth : 1) << ',' << (scene.truth ? scene.modelHeight : 1)
             << ',' << toString(spec.condition) << ',' << toString(spec.document) << ",,"
             << toString(spec.background) << '\n';
        ++n;
    }
    std::printf("wrote %d scenes to %s\n", n, dir.string().c_str());
    return 0;
}

// Training data for the segmentation network (tools/detector-training): `count` scenes of
// seeds first, first+1, ... (keep them apart from the evaluation seeds: standardSceneSet uses
// seed x 1000003 + n), every background before the form, condition and document kind drawn
// at random, 8 % without a document; from seed 6 x 10^12 mostly white-on-white desks. Writes what
// the network sees (DocumentSegmenter::inputFor of the detector's working image) of W x H scenes
// (1920 x 1080 unless given) as raw BGR bytes, one scene after the other, and a CSV with the
// corners in the network's pixels.
constexpr std::uint64_t kHardTrainingSeeds = 6'000'000'000'000ULL;
// Seeds from 7 x 10^12: the form mix, half of the scenes on the form (SceneBackground::Form),
// two in three of those an ID card laid on it.
constexpr std::uint64_t kFormTrainingSeeds = 7'000'000'000'000ULL;

int dumpTraining(const fs::path &dir, std::uint64_t first, int count, cv::Size size,
                 DocumentSegmenter::Input kind)
{
    const double toInput = kind == DocumentSegmenter::Input::Full ? 1.0 : 0.5;
    fs::create_directories(dir);
    const std::string stem = "scenes_" + std::to_string(first) + "_" + std::to_string(count);
    std::ofstream raw(dir / (stem + ".u8"), std::ios::binary);
    std::ofstream csv(dir / (stem + ".csv"));
    csv << "index,seed,rows,cols,document,background,condition,has,x1,y1,x2,y2,x3,y3,x4,y4\n";
    for (int i = 0; i < count; ++i) {
        const std::uint64_t seed = first + std::uint64_t(i);
        std::uint64_t h = seed * 0x9E3779B97F4A7C15ULL;
        auto pick = [&](int n) {
            h ^= h >> 29;
            h *= 0xBF58476D1CE4E5B9ULL;
            h ^= h >> 32;
            return int(h % std::uint64_t(n));
        };
        SceneSpec spec;
        spec.seed = seed;
        spec.size = size;
        spec.design = -2;
        spec.document = pick(100) < 8 ? SceneDocument::None : SceneDocument(pick(3));
        spec.background = SceneBackground(pick(kSecondSceneBackgrounds));
        spec.condition = SceneCondition(pick(kSceneConditions));
        // Seeds from 6 x 10^12: the hard mix, seven scenes in ten on the white-on-white desks
        // (the page on sheets of the same paper) and a third of those with a thumb or glare.
        if (seed >= kFormTrainingSeeds) {
            if (pick(2) == 0) {
                spec.background = SceneBackground::Form;
                if (spec.document != SceneDocument::None && pick(3) != 0)
                    spec.document = SceneDocument::IdCard;
            }
        } else if (seed >= kHardTrainingSeeds && pick(10) < 7) {
            spec.background = pick(10) < 6 ? SceneBackground::Office : SceneBackground::Papers;
            if (pick(3) == 0)
                spec.condition = pick(2) ? SceneCondition::Thumb : SceneCondition::Glare;
        }
        const Scene scene = renderScene(spec);
        double scale = 1;
        const cv::Mat input =
            DocumentSegmenter::inputFor(detectorWorkingImage(scene.image, 512, &scale), kind);
        raw.write(reinterpret_cast<const char *>(input.data),
                  std::streamsize(input.total() * input.elemSize()));
        csv << i << ',' << seed << ',' << input.rows << ',' << input.cols << ','
            << toString(spec.document) << ',' << toString(spec.background) << ','
            << toString(spec.condition) << ',' << (scene.truth ? 1 : 0);
        for (int k = 0; k < 4; ++k)
            if (scene.truth)
                csv << ',' << (*scene.truth)[size_t(k)].x * scale * toInput << ','
                    << (*scene.truth)[size_t(k)].y * scale * toInput;
            else
                csv << ",0,0";
        csv << '\n';
        if ((i + 1) % 200 == 0) {
            raw.flush();
            csv.flush();
            std::printf("%d scenes\n", i + 1);
            std::fflush(stdout);
        }
    }
    return 0;
}

// The network's data from a labelled folder (gt.csv, meta.csv, images/: the scenes of
// tools/other-scenes, say), in the format of dumpTraining; the frames must all give the
// network the same input size (one aspect ratio). Seeds FIRST, FIRST + 1, ... in the folder's
// order.
int dumpTrainingFrom(const fs::path &from, const fs::path &dir, std::uint64_t first)
{
    const auto gt = readCsv(from / "gt.csv");
    if (gt.empty()) {
        std::fprintf(stderr, "%s: no labelled frames (gt.csv)\n", from.string().c_str());
        return 1;
    }
    std::map<std::string, std::vector<std::string>> meta;
    for (auto &row : readCsv(from / "meta.csv"))
        meta[row[0]] = row;
    fs::create_directories(dir);
    const std::string stem = "scenes_" + std::to_string(first) + "_" + std::to_string(gt.size());
    std::ofstream raw(dir / (stem + ".u8"), std::ios::binary);
    std::ofstream csv(dir / (stem + ".csv"));
    csv << "index,seed,rows,cols,document,background,condition,has,x1,y1,x2,y2,x3,y3,x4,y4\n";
    cv::Size inputSize;
    int written = 0;
    for (const auto &row : gt) {
        const auto m = meta.find(row[0]);
        if (row.size() < 9 || m == meta.end() || m->second.size() < 9)
            continue;
        const cv::Mat img = cv::imread((from / "images" / row[0]).string(), cv::IMREAD_COLOR);
        if (img.empty()) {
            std::fprintf(stderr, "cannot read %s\n", row[0].c_str());
            return 1;
        }
        double scale = 1;
        const cv::Mat input = DocumentSegmenter::inputFor(detectorWorkingImage(img, 512, &scale),
                                                          DocumentSegmenter::Input::Half);
        if (inputSize.empty())
            inputSize = input.size();
        if (input.size() != inputSize) {
            std::fprintf(stderr, "%s: the network's input is %dx%d, the others' %dx%d\n",
                         row[0].c_str(), input.cols, input.rows, inputSize.width, inputSize.height);
            return 1;
        }
        raw.write(reinterpret_cast<const char *>(input.data),
                  std::streamsize(input.total() * input.elemSize()));
        const bool has = !row[1].empty();
        csv << written << ',' << first + std::uint64_t(written) << ',' << input.rows << ','
            << input.cols << ',' << m->second[6] << ',' << m->second[8] << ',' << m->second[5]
            << ',' << (has ? 1 : 0);
        for (size_t k = 1; k < 9; ++k)
            csv << ',' << (has ? std::stod(row[k]) * scale * 0.5 : 0.0);
        csv << '\n';
        ++written;
    }
    std::printf("%d scenes\n", written);
    return 0;
}

void printTiming()
{
    if (timing.wall.empty())
        return;
    auto stats = [](std::vector<double> v, const char *what) {
        std::sort(v.begin(), v.end());
        std::printf("detection %s per 1920x1080 frame: median %.1f ms, p95 %.1f ms, max %.1f ms "
                    "(n=%zu)\n",
                    what, v[v.size() / 2], v[std::min(v.size() - 1, size_t(v.size() * 0.95))],
                    v.back(), v.size());
    };
    std::printf("\n");
    stats(timing.wall, "wall time");
    stats(timing.cpu, "CPU time (every thread)");
}

} // namespace

int main(int argc, char **argv)
{
    if (const char *t = std::getenv("CAPTURE_EVAL_THREADS"))
        cv::setNumThreads(std::atoi(t));
    std::vector<std::string> dataDirs;
    std::string outDir = ".";
    std::string dump;
    int perCell = 6, negatives = 24;
    std::uint64_t seed = 2026;
    bool onlyReal = false, noReal = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
        if (a == "--data")
            dataDirs.push_back(next());
        else if (a == "--per-cell")
            perCell = std::atoi(next().c_str());
        else if (a == "--negatives")
            negatives = std::atoi(next().c_str());
        else if (a == "--pinhole")
            pinholeScenes = true;
        else if (a == "--seed")
            seed = std::strtoull(next().c_str(), nullptr, 10);
        else if (a == "--out")
            outDir = next();
        else if (a == "--only-real")
            onlyReal = true;
        else if (a == "--no-real")
            noReal = true;
        else if (a == "--scene") { // --scene SEED DOC BG COND: one scene, drawn, with debug
            SceneSpec spec;
            spec.seed = std::strtoull(next().c_str(), nullptr, 10);
            spec.document = SceneDocument(std::atoi(next().c_str()));
            spec.background = SceneBackground(std::atoi(next().c_str()));
            spec.condition = SceneCondition(std::atoi(next().c_str()));
            const Scene scene = renderScene(spec);
            const std::optional<Detection> d = DocumentDetector(evalOptions()).detect(scene.image);
            std::optional<Quad> q;
            if (d)
                q = d->quad;
            drawOverlay("scene.jpg", scene.image, scene.truth, q);
            if (!scene.truth) {
                std::printf("no document in the scene; detector: %s\n", q ? "outline" : "none");
                return 0;
            }
            std::printf("JI %.4f truth support %.3f\n",
                        q ? smartDocJaccard(*q, *scene.truth, scene.modelWidth, scene.modelHeight)
                          : 0.0,
                        DocumentDetector().supportOf(scene.image, *scene.truth));
            if (q)
                for (int k = 0; k < 4; ++k)
                    std::printf("  corner %d pred (%.1f,%.1f) truth (%.1f,%.1f)\n", k,
                                (*q)[size_t(k)].x, (*q)[size_t(k)].y, (*scene.truth)[size_t(k)].x,
                                (*scene.truth)[size_t(k)].y);
            return 0;
        } else if (a == "--image") { // --image FILE [x1 y1 ... x4 y4]: one frame, with debug
            const cv::Mat img = cv::imread(next(), cv::IMREAD_COLOR);
            const std::optional<Detection> d = DocumentDetector(evalOptions()).detect(img);
            if (d)
                std::printf("detected score %.3f: %.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\n",
                            d->score, d->quad[0].x, d->quad[0].y, d->quad[1].x, d->quad[1].y,
                            d->quad[2].x, d->quad[2].y, d->quad[3].x, d->quad[3].y);
            else
                std::printf("no document\n");
            if (i + 8 < argc) {
                Quad truth;
                for (int k = 0; k < 4; ++k) {
                    truth[size_t(k)].x = std::atof(argv[++i]);
                    truth[size_t(k)].y = std::atof(argv[++i]);
                }
                std::printf("truth support %.3f", DocumentDetector().supportOf(img, truth));
                double scale = 1;
                const cv::Mat working =
                    detectorWorkingImage(img, evalOptions().workingSize, &scale);
                const std::vector<float> logit =
                    OutlineVerifier().logits(working, {scaled(truth, scale)});
                if (!logit.empty())
                    std::printf(", logit %.2f", double(logit[0]));
                if (d)
                    std::printf(", JI %.4f", smartDocJaccard(d->quad, truth, 2100, 2970));
                std::printf("\n");
                int n = 0;
                const std::vector<DetectorCandidate> cands =
                    DocumentDetector(evalOptions()).candidates(img);
                std::vector<Quad> quads;
                for (const DetectorCandidate &c : cands)
                    quads.push_back(scaled(c.quad, scale));
                const std::vector<float> all = OutlineVerifier().logits(working, quads);
                for (const DetectorCandidate &c : cands) {
                    const double asked = size_t(n) < all.size() ? double(all[size_t(n)]) : 0.0;
                    std::printf("  candidate %d: confidence %.3f support %.3f logit %.2f JI %.4f "
                                "IoU %.4f (%.0f,%.0f %.0f,%.0f %.0f,%.0f %.0f,%.0f) asked %.2f\n",
                                n, c.confidence, c.score,
                                // The last feature: the outline network's logit (0 for an
                                // outline it was not asked about).
                                c.features.size() == kRankingFeatureCount ? c.features.back()
                                                                          : std::nan(""),
                                smartDocJaccard(c.quad, truth, 2100, 2970), quadIou(c.quad, truth),
                                c.quad[0].x, c.quad[0].y, c.quad[1].x, c.quad[1].y, c.quad[2].x,
                                c.quad[2].y, c.quad[3].x, c.quad[3].y, asked);
                    ++n;
                }
            }
            return 0;
        } else if (a == "--train-ranker") { // --train-ranker L2 DIR...
            const double l2 = std::atof(next().c_str());
            std::vector<std::string> dirs;
            while (i + 1 < argc)
                dirs.push_back(next());
            return trainRanker(dirs, l2);
        } else if (a == "--calibrate")
            return runCalibration(seed, perCell);
        else if (a == "--dump-training" || a == "--dump-training-full") {
            // --dump-training[-full] DIR FIRST COUNT [W H]
            const std::string dir = next();
            const std::uint64_t first = std::strtoull(next().c_str(), nullptr, 10);
            const int count = std::atoi(next().c_str());
            cv::Size size(1920, 1080);
            if (i + 2 < argc) {
                size.width = std::atoi(next().c_str());
                size.height = std::atoi(next().c_str());
            }
            return dumpTraining(dir, first, count, size,
                                a == "--dump-training" ? DocumentSegmenter::Input::Half
                                                       : DocumentSegmenter::Input::Full);
        } else if (a == "--dump-training-from") {
            // --dump-training-from LABELLED_DIR DIR FIRST
            const std::string from = next();
            const std::string dir = next();
            return dumpTrainingFrom(from, dir, std::strtoull(next().c_str(), nullptr, 10));
        } else if (a == "--dump-verifier") { // --dump-verifier DIR LABELLED_DIR...
            const std::string dir = next();
            std::vector<std::string> from;
            while (i + 1 < argc)
                from.push_back(next());
            return dumpVerifier(dir, from);
        } else if (a == "--dump-synthetic")
            dump = next();
        else {
            std::fprintf(stderr, "unknown option %s\n", a.c_str());
            return 2;
        }
    }
    if (!dump.empty())
        return dumpSynthetic(dump, seed, perCell, negatives);
    if (dataDirs.empty())
        dataDirs.push_back(HALLDESK_SHARED_DIR "/data/capture");
    for (const std::string &data : dataDirs)
        if (!noReal && !fs::is_directory(data)) {
            std::fprintf(stderr, "--data %s: no such folder\n", data.c_str());
            return 2;
        }
    // The predictions go to --out (made if missing: a missing folder lost them silently).
    std::error_code made;
    fs::create_directories(outDir, made);
    if (!fs::is_directory(outDir)) {
        std::fprintf(stderr, "--out %s: cannot make the folder (%s)\n", outDir.c_str(),
                     made.message().c_str());
        return 2;
    }
    const DocumentDetector detector(evalOptions());
    {
        // What the first detection in a process and on a thread pays (OpenCV's Lab tables, the
        // network read and laid out) is paid before the first frame, as a capture worker
        // should; reported apart.
        const auto t0 = std::chrono::steady_clock::now();
        detector.warmUp(cv::Size(1920, 1080));
        const auto t1 = std::chrono::steady_clock::now();
        std::printf(
            "detector warm-up (once per process and thread, before the first frame): %.1f ms\n",
            std::chrono::duration<double, std::milli>(t1 - t0).count());
    }

    // Labelled folders: each given folder, or each folder inside it that holds a gt.csv.
    if (!noReal) {
        for (const std::string &data : dataDirs) {
            std::vector<fs::path> sets;
            if (fs::exists(fs::path(data) / "gt.csv"))
                sets.push_back(data);
            else
                for (const auto &entry : fs::directory_iterator(data))
                    if (fs::exists(entry.path() / "gt.csv"))
                        sets.push_back(entry.path());
            std::sort(sets.begin(), sets.end());
            SetReport all;
            for (const fs::path &set : sets) {
                SetReport one;
                evaluateFolder(detector, set, outDir, one);
                one.print(set.filename().string());
                for (const auto &[k, t] : one.byCondition)
                    all.byCondition[set.filename().string() + "/" + k.substr(0, 14)] = t;
                for (const auto &[k, t] : one.negatives)
                    all.negatives[set.filename().string() + "/" + k] = t;
                all.all.n += one.all.n;
                all.all.ji += one.all.ji;
                all.all.jiClassic += one.all.jiClassic;
                all.all.ok += one.all.ok;
                all.all.okClassic += one.all.okClassic;
                all.all.missed += one.all.missed;
                all.all.missedClassic += one.all.missedClassic;
            }
            if (sets.size() > 1) {
                header("all labelled frames in " + data);
                printRow("ALL", all.all);
            }
        }
    }

    if (!onlyReal) {
        SetReport synth;
        std::ofstream pred(predictionsFile(outDir, "synthetic"));
        pred << "file,x1,y1,x2,y2,x3,y3,x4,y4\n";
        for (const SceneSpec &spec : evaluationScenes(seed, perCell, negatives)) {
            const std::string file = "s" + std::to_string(spec.seed) + ".jpg";
            const std::string condition = toString(spec.condition);
            const std::string background = toString(spec.background);
            const std::string document = toString(spec.document);
            if (filteredOut(file + " " + condition + " " + background + " " + document))
                continue;
            const Scene scene = renderScene(spec);
            scoreFrame(detector, synth, pred, file, scene.image, scene.truth, scene.modelWidth,
                       scene.modelHeight, condition, background, document);
        }
        synth.print("synthetic seed " + std::to_string(seed));
    }
    std::sort(positiveScores.begin(), positiveScores.end());
    std::sort(negativeScores.begin(), negativeScores.end());
    if (!positiveScores.empty())
        std::printf("\nscores of correct detections: min %.3f, 5th pct %.3f; of outlines on "
                    "empty desks: max %.3f (n=%zu)\n",
                    positiveScores.front(), positiveScores[positiveScores.size() / 20],
                    negativeScores.empty() ? 0.0 : negativeScores.back(), negativeScores.size());
    printTiming();
    return 0;
}
