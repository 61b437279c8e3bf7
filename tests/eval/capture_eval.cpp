// capture_eval: scores the document detector and the classic recipe side by side with the
// mean SmartDoc Jaccard index and the share of frames with JI >= 0.9, on the real labelled
// frames in shared/data/capture and on the project's synthetic set, per condition; and times
// the detector per frame. Prints tables; writes predictions CSVs for eval_quads.py.
//
//   capture_eval [--data DIR] [--per-cell N] [--negatives N] [--seed S] [--out DIR]
//                [--only-real] [--dump-synthetic DIR]

#include "documentdetector.h"
#include "qualitygate.h"
#include "syntheticscene.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
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

std::map<std::string, std::vector<std::string>> readCsv(const fs::path &p)
{
    std::map<std::string, std::vector<std::string>> rows;
    std::ifstream in(p);
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        std::vector<std::string> cells;
        std::stringstream ss(line);
        std::string cell;
        while (std::getline(ss, cell, ','))
            cells.push_back(cell);
        if (!cells.empty())
            rows[cells[0]] = cells;
    }
    return rows;
}

std::vector<double> times;
double lastScore = 0;
std::vector<double> positiveScores, negativeScores;

double jiOf(const std::optional<Quad> &pred, const Quad &truth, double mw, double mh)
{
    return pred ? smartDocJaccard(*pred, truth, mw, mh) : 0.0;
}

void printRow(const std::string &name, const Tally &t)
{
    if (t.n == 0)
        return;
    std::printf("%-28s %5d   %6.4f  %5.1f%%  %3d    %6.4f  %5.1f%%  %3d\n", name.c_str(), t.n,
                t.ji / t.n, 100.0 * t.ok / t.n, t.missed, t.jiClassic / t.n,
                100.0 * t.okClassic / t.n, t.missedClassic);
}

void header(const std::string &title)
{
    std::printf("\n== %s\n%-28s %5s   %-6s  %-6s %4s    %-6s  %-6s %4s\n", title.c_str(),
                "set / condition", "n", "JI", ">=0.9", "miss", "JIcls", ">=0.9", "miss");
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

// With CAPTURE_EVAL_DRAW=dir, writes each frame with the truth (green) and the detection (red).
void drawOverlay(const std::string &file, const cv::Mat &img, const Quad &truth,
                 const std::optional<Quad> &pred)
{
    const char *dir = std::getenv("CAPTURE_EVAL_DRAW");
    if (!dir)
        return;
    cv::Mat out = img.clone();
    auto poly = [&](const Quad &q, cv::Scalar c) {
        for (int i = 0; i < 4; ++i)
            cv::line(out, q[size_t(i)], q[size_t((i + 1) % 4)], c, 2, cv::LINE_AA);
    };
    poly(truth, {0, 255, 0});
    if (pred)
        poly(*pred, {0, 0, 255});
    cv::resize(out, out, cv::Size(), 0.5, 0.5, cv::INTER_AREA);
    cv::imwrite((fs::path(dir) / (file + ".png")).string(), out);
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

} // namespace

int main(int argc, char **argv)
{
    std::string data = HALLDESK_SHARED_DIR "/data/capture";
    std::string outDir = ".";
    std::string dump;
    int perCell = 6, negatives = 24;
    std::uint64_t seed = 2026;
    bool onlyReal = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
        if (a == "--data")
            data = next();
        else if (a == "--per-cell")
            perCell = std::atoi(next().c_str());
        else if (a == "--negatives")
            negatives = std::atoi(next().c_str());
        else if (a == "--seed")
            seed = std::strtoull(next().c_str(), nullptr, 10);
        else if (a == "--out")
            outDir = next();
        else if (a == "--only-real")
            onlyReal = true;
        else if (a == "--scene") { // --scene SEED DOC BG COND: one scene, drawn, with debug
            SceneSpec spec;
            spec.seed = std::strtoull(next().c_str(), nullptr, 10);
            spec.document = SceneDocument(std::atoi(next().c_str()));
            spec.background = SceneBackground(std::atoi(next().c_str()));
            spec.condition = SceneCondition(std::atoi(next().c_str()));
            const Scene scene = renderScene(spec);
            const std::optional<Detection> d = DocumentDetector().detect(scene.image);
            std::optional<Quad> q;
            if (d)
                q = d->quad;
            drawOverlay("scene.jpg", scene.image, *scene.truth, q);
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
        } else if (a == "--calibrate")
            return runCalibration(seed, perCell);
        else if (a == "--dump-synthetic")
            dump = next();
        else {
            std::fprintf(stderr, "unknown option %s\n", a.c_str());
            return 2;
        }
    }
    const DocumentDetector detector;
    auto timedDetect = [&](const cv::Mat &img) {
        const auto t0 = std::chrono::steady_clock::now();
        std::optional<Detection> d = detector.detect(img);
        const auto t1 = std::chrono::steady_clock::now();
        if (img.cols * img.rows == 1920 * 1080)
            times.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        lastScore = d ? d->score : 0.0;
        return d ? std::optional<Quad>(d->quad) : std::nullopt;
    };

    header("real frames (" + data + ")");
    Tally realAll;
    for (const auto &entry : fs::directory_iterator(data)) {
        if (!fs::exists(entry.path() / "gt.csv"))
            continue;
        const auto gt = readCsv(entry.path() / "gt.csv");
        const auto meta = readCsv(entry.path() / "meta.csv");
        std::ofstream pred(fs::path(outDir) /
                           ("pred_" + entry.path().filename().string() + ".csv"));
        pred << "file,x1,y1,x2,y2,x3,y3,x4,y4\n";
        std::map<std::string, Tally> byCondition;
        for (const auto &[file, row] : gt) {
            Quad truth;
            for (int k = 0; k < 4; ++k)
                truth[size_t(k)] = cv::Point2d(std::stod(row[size_t(1 + 2 * k)]),
                                               std::stod(row[size_t(2 + 2 * k)]));
            const auto &m = meta.at(file);
            const double mw = std::stod(m[3]), mh = std::stod(m[4]);
            const cv::Mat img = cv::imread((entry.path() / "images" / file).string());
            const std::optional<Quad> mine = timedDetect(img);
            const std::optional<Quad> classic = detectClassic(img);
            writeQuad(pred, file, mine);
            drawOverlay(file, img, truth, mine);
            const double j = jiOf(mine, truth, mw, mh), jc = jiOf(classic, truth, mw, mh);
            byCondition[entry.path().filename().string() + "/" + m[5].substr(0, 12)].add(
                j, jc, bool(mine), bool(classic));
            realAll.add(j, jc, bool(mine), bool(classic));
            if (std::getenv("CAPTURE_EVAL_VERBOSE"))
                std::printf("  %-45s JI %.4f  classic %.4f  truth support %.3f\n", file.c_str(), j,
                            jc, detector.supportOf(img, truth));
        }
        for (const auto &[name, t] : byCondition)
            printRow(name, t);
    }
    printRow("ALL real", realAll);

    if (!onlyReal) {
        const std::vector<SceneSpec> specs = standardSceneSet(seed, perCell, negatives);
        std::map<std::string, Tally> byCond, byBg, byDoc;
        Tally all;
        int negN = 0, negFalse = 0, negFalseClassic = 0;
        if (!dump.empty())
            fs::create_directories(fs::path(dump) / "images");
        std::ofstream gtOut, metaOut;
        if (!dump.empty()) {
            gtOut.open(fs::path(dump) / "gt.csv");
            metaOut.open(fs::path(dump) / "meta.csv");
            gtOut << "file,x1,y1,x2,y2,x3,y3,x4,y4\n";
            metaOut << "file,img_w,img_h,model_w,model_h,condition,doc_type,order_note\n";
        }
        std::ofstream pred(fs::path(outDir) / "pred_synthetic.csv");
        pred << "file,x1,y1,x2,y2,x3,y3,x4,y4\n";
        const char *onlySeed = std::getenv("CAPTURE_EVAL_SEED");
        for (const SceneSpec &spec : specs) {
            if (onlySeed && std::to_string(spec.seed) != onlySeed)
                continue;
            if (const char *cond = std::getenv("CAPTURE_EVAL_CONDITION");
                cond && toString(spec.condition) != cond)
                continue;
            if (const char *doc = std::getenv("CAPTURE_EVAL_DOC");
                doc && toString(spec.document) != doc)
                continue;
            const Scene scene = renderScene(spec);
            const std::optional<Quad> mine = timedDetect(scene.image);
            const std::optional<Quad> classic = detectClassic(scene.image);
            const std::string file = "s" + std::to_string(spec.seed) + ".jpg";
            writeQuad(pred, file, mine);
            if (scene.truth)
                drawOverlay(file, scene.image, *scene.truth, mine);
            if (!scene.truth) {
                if (mine)
                    negativeScores.push_back(lastScore);
                if (mine && std::getenv("CAPTURE_EVAL_VERBOSE"))
                    std::printf("  false: seed %llu %s score %.3f\n",
                                static_cast<unsigned long long>(spec.seed),
                                toString(spec.background).c_str(), lastScore);
                ++negN;
                negFalse += bool(mine);
                negFalseClassic += bool(classic);
                continue;
            }
            if (!dump.empty()) {
                cv::imwrite((fs::path(dump) / "images" / file).string(), scene.image,
                            {cv::IMWRITE_JPEG_QUALITY, 97});
                writeQuad(gtOut, file, scene.truth);
                metaOut << file << ',' << spec.size.width << ',' << spec.size.height << ','
                        << scene.modelWidth << ',' << scene.modelHeight << ','
                        << toString(spec.condition) << ',' << toString(spec.document) << ",\n";
            }
            const double j = jiOf(mine, *scene.truth, scene.modelWidth, scene.modelHeight);
            if (mine && j >= 0.9)
                positiveScores.push_back(lastScore);
            const double jc = jiOf(classic, *scene.truth, scene.modelWidth, scene.modelHeight);
            byCond[toString(spec.condition)].add(j, jc, bool(mine), bool(classic));
            byBg[toString(spec.background)].add(j, jc, bool(mine), bool(classic));
            byDoc[toString(spec.document)].add(j, jc, bool(mine), bool(classic));
            all.add(j, jc, bool(mine), bool(classic));
            if (std::getenv("CAPTURE_EVAL_VERBOSE") && j < 0.9)
                std::printf("  low: seed %llu %s/%s/%s JI %.4f\n",
                            static_cast<unsigned long long>(spec.seed),
                            toString(spec.document).c_str(), toString(spec.background).c_str(),
                            toString(spec.condition).c_str(), j);
        }
        header("synthetic, seed " + std::to_string(seed) + ", by condition");
        for (const auto &[name, t] : byCond)
            printRow(name, t);
        header("synthetic, by background");
        for (const auto &[name, t] : byBg)
            printRow(name, t);
        header("synthetic, by document");
        for (const auto &[name, t] : byDoc)
            printRow(name, t);
        printRow("ALL synthetic", all);
        std::sort(positiveScores.begin(), positiveScores.end());
        std::sort(negativeScores.begin(), negativeScores.end());
        std::printf(
            "\nscores of correct detections: min %.3f, 5th pct %.3f; of false detections on "
            "empty desks: max %.3f (n=%zu)\n",
            positiveScores.empty() ? 0.0 : positiveScores.front(),
            positiveScores.empty() ? 0.0 : positiveScores[positiveScores.size() / 20],
            negativeScores.empty() ? 0.0 : negativeScores.back(), negativeScores.size());
        std::printf("\nno-document scenes: %d, false detections: detector %d, classic %d\n", negN,
                    negFalse, negFalseClassic);
    }
    if (!times.empty()) {
        std::sort(times.begin(), times.end());
        const double median = times[times.size() / 2];
        const double p95 = times[std::min(times.size() - 1, size_t(times.size() * 0.95))];
        std::printf("\ndetection time per 1920x1080 frame: median %.1f ms, p95 %.1f ms, max %.1f "
                    "ms (n=%zu)\n",
                    median, p95, times.back(), times.size());
    }
    return 0;
}
