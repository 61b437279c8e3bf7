// The side sweep: for every line near each side of an outline, the step across it summed over
// the side's length; the strongest lines combined into outlines.
#include "detector/sidesweep.h"

#include "detector/edgefit.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numbers>
#include <optional>

namespace hd::capture::detail {

namespace {

struct SweepLine
{
    double offset = 0, tilt = 0, strength = 0;
};
} // namespace

std::vector<SweepOutline> sweepOutlines(const cv::Mat &grey, const Quad &q, double minStep,
                                        float clip, bool inwardFaintOnly)
{
    constexpr double kSweepClear = 0.8;
    constexpr int kSweepSamples = 24;
    constexpr int kBand = 2;
    // Search: outwards up to half the distance to the opposite side, inwards up to 0.35 of
    // it, at most 64 working pixels; tilts up to 12 % of the side's length.
    constexpr double kOutward = 0.5, kInward = 0.35;
    constexpr int kMaxRange = 64;
    // Combinations: each side's strongest line and one more, the proportions' weight.
    constexpr int kKeep = 1;
    constexpr double kAspectWeight = 5.0;
    std::array<std::vector<SweepLine>, 4> peaks; // per side
    std::array<Line, 4> base;
    for (int i = 0; i < 4; ++i) {
        const cv::Point2d a = q[i];
        const cv::Point2d b = q[(i + 1) % 4];
        const cv::Point2d d = b - a;
        const double len = cv::norm(d);
        if (len < 12)
            return {};
        const cv::Point2d t = d / len;
        const cv::Point2d n(-t.y, t.x); // inwards (clockwise quad)
        base[i] = {a, t};
        // Distance to the opposite side (its midpoint) bounds the inward search.
        const cv::Point2d oppMid = 0.5 * (q[(i + 2) % 4] + q[(i + 3) % 4]);
        const double across = std::abs((oppMid - a).dot(n));
        const int rin = std::clamp(int(kInward * across), 2, kMaxRange);
        const int rout = std::clamp(int(kOutward * across), 2, kMaxRange);
        const int tiltMax = int(std::ceil(0.12 * len));
        const int m = rout + rin + 2 * tiltMax + 2 * kBand + 3;
        const int zero = rout + tiltMax + kBand + 1; // index of offset 0
        // prefix sums of each profile
        std::vector<float> prefix(size_t(kSweepSamples) * size_t(m + 1));
        std::array<double, kSweepSamples> fpos{};
        for (int s = 0; s < kSweepSamples; ++s) {
            const double f = 0.08 + 0.84 * (s + 0.5) / kSweepSamples;
            fpos[size_t(s)] = f;
            const cv::Point2d c = a + f * d;
            float *pre = &prefix[size_t(s) * size_t(m + 1)];
            pre[0] = 0;
            for (int k = 0; k < m; ++k) {
                const cv::Point2d p = c + double(k - zero) * n;
                const double x = std::clamp(p.x, 0.0, grey.cols - 1.001);
                const double y = std::clamp(p.y, 0.0, grey.rows - 1.001);
                const int x0 = int(x), y0 = int(y);
                const float fx = float(x - x0), fy = float(y - y0);
                const uchar *r0 = grey.ptr<uchar>(y0);
                const uchar *r1 = grey.ptr<uchar>(y0 + 1);
                const float v = (1 - fy) * ((1 - fx) * r0[x0] + fx * r0[x0 + 1]) +
                                fy * ((1 - fx) * r1[x0] + fx * r1[x0 + 1]);
                pre[k + 1] = pre[k] + v;
            }
        }
        // Score of every line: offset o (inwards positive), tilt tl (offset change end to end).
        std::vector<double> best(size_t(rout + rin + 1), 0.0);
        std::vector<double> bestTilt(best.size(), 0.0);
        const int tiltStep = std::max(1, tiltMax / 4);
        for (int o = -rout; o <= rin; ++o) {
            for (int tl = -tiltMax; tl <= tiltMax; tl += tiltStep) {
                float sum = 0, raw = 0;
                for (int s = 0; s < kSweepSamples; ++s) {
                    const int k = zero + o + int(std::lround((fpos[size_t(s)] - 0.5) * tl));
                    const float *pre = &prefix[size_t(s) * size_t(m + 1)];
                    // inside band (k+1..k+kBand) minus outside band (k-kBand..k-1), clipped:
                    // a cable or a pen across the side counts no more than a strong edge.
                    const float in = pre[k + kBand + 1] - pre[k + 1];
                    const float out = pre[k] - pre[k - kBand];
                    sum += std::clamp((in - out) / kBand, -clip, clip);
                    raw += (in - out) / kBand;
                }
                // The unclipped sum only tells apart lines on a strong edge (all clipped).
                const double mean =
                    (std::abs(double(sum)) + 1e-3 * std::abs(double(raw))) / kSweepSamples;
                double &top = best[size_t(o + rout)];
                if (mean > top) {
                    top = mean;
                    bestTilt[size_t(o + rout)] = tl;
                }
            }
        }
        for (int j = 0; j < int(best.size()); ++j) {
            const double v = best[size_t(j)];
            if (v < minStep || (inwardFaintOnly && j - rout > 1 && v >= kSweepClear * clip))
                continue;
            bool peak = true;
            for (int dj = -3; dj <= 3 && peak; ++dj)
                if (dj != 0 && j + dj >= 0 && j + dj < int(best.size()) &&
                    (best[size_t(j + dj)] > v || (best[size_t(j + dj)] == v && dj < 0)))
                    peak = false;
            if (peak)
                peaks[i].push_back({double(j - rout), bestTilt[size_t(j)], v});
        }
        if (peaks[i].empty())
            return {};
    }
    if (std::getenv("CAPTURE_DEBUG")) {
        std::fprintf(stderr, "  sweep of (%.0f,%.0f) (%.0f,%.0f) (%.0f,%.0f) (%.0f,%.0f):\n",
                     q[0].x, q[0].y, q[1].x, q[1].y, q[2].x, q[2].y, q[3].x, q[3].y);
        for (int i = 0; i < 4; ++i) {
            std::fprintf(stderr, "    side %d:", i);
            for (const SweepLine &l : peaks[i])
                std::fprintf(stderr, " %+.0f/%+.0f:%.1f", l.offset, l.tilt, l.strength);
            std::fprintf(stderr, "\n");
        }
    }
    // Each side's strongest few lines; every combination is scored by its sides' strengths
    // and by how near its proportions are to a document's (ID-1 or √2), and the best few of
    // them, with the outline of every side's strongest line, are returned.
    std::array<std::array<Line, 4>, 4> lines{};
    std::array<std::array<double, 4>, 4> strength{};
    std::array<int, 4> count{};
    for (int i = 0; i < 4; ++i) {
        std::vector<SweepLine> &p = peaks[i];
        std::sort(p.begin(), p.end(),
                  [](const SweepLine &x, const SweepLine &y) { return x.strength > y.strength; });
        count[i] = std::min<int>(int(p.size()), 4);
        const cv::Point2d a = base[i].point;
        const cv::Point2d t = base[i].dir;
        const cv::Point2d n(-t.y, t.x);
        const double len = cv::norm(q[(i + 1) % 4] - a);
        for (int j = 0; j < count[i]; ++j) {
            const SweepLine &l = p[size_t(j)];
            const cv::Point2d pa = a + (l.offset - 0.5 * l.tilt) * n;
            const cv::Point2d pb = a + len * t + (l.offset + 0.5 * l.tilt) * n;
            lines[i][j] = {pa, (pb - pa) / cv::norm(pb - pa)};
            strength[i][j] = l.strength;
        }
    }
    struct Combo
    {
        Quad quad;
        double value, weakest;
    };
    std::vector<Combo> combos;
    for (int j0 = 0; j0 < count[0]; ++j0)
        for (int j1 = 0; j1 < count[1]; ++j1)
            for (int j2 = 0; j2 < count[2]; ++j2)
                for (int j3 = 0; j3 < count[3]; ++j3) {
                    const std::array<int, 4> j{j0, j1, j2, j3};
                    Quad r;
                    bool ok = true;
                    for (int i = 0; i < 4 && ok; ++i) {
                        const std::optional<cv::Point2d> c =
                            intersect(lines[(i + 3) % 4][j[(i + 3) % 4]], lines[i][j[i]]);
                        ok = c.has_value();
                        if (ok)
                            r[i] = *c;
                    }
                    if (!ok || !isConvex(r))
                        continue;
                    const double w = 0.5 * (cv::norm(r[1] - r[0]) + cv::norm(r[2] - r[3]));
                    const double h = 0.5 * (cv::norm(r[3] - r[0]) + cv::norm(r[2] - r[1]));
                    const double ratio = std::max(w, h) / std::max(1e-9, std::min(w, h));
                    const double aspect = std::min(std::abs(std::log(ratio / std::numbers::sqrt2)),
                                                   std::abs(std::log(ratio / (85.6 / 54.0))));
                    double value = -kAspectWeight * aspect, weakest = 1e300;
                    for (int i = 0; i < 4; ++i) {
                        value += std::log(strength[i][j[i]]);
                        weakest = std::min(weakest, strength[i][j[i]]);
                    }
                    combos.push_back({r, j0 + j1 + j2 + j3 == 0 ? 1e300 : value, weakest});
                }
    std::sort(combos.begin(), combos.end(),
              [](const Combo &x, const Combo &y) { return x.value > y.value; });
    std::vector<SweepOutline> out;
    for (const Combo &c : combos) {
        if (int(out.size()) > kKeep)
            break;
        bool dup = false;
        for (const SweepOutline &o : out)
            dup = dup || maxCornerError(o.quad, c.quad) < 1.0;
        if (!dup)
            out.push_back({c.quad, c.weakest});
    }
    return out;
}

} // namespace hd::capture::detail
