// The winner's sides, last, at full resolution: moved out to the page's end from a cable
// across it, out to the paper's edge from a line printed near it, and to the middle of an
// edge smeared by motion.
#include "detector/finalsides.h"

#include "detector/edgefit.h"
#include "detector/prepare.h"
#include "documentdetector.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <opencv2/imgproc.hpp>
#include <optional>
#include <vector>

namespace hd::capture::detail::finalSides {

namespace {

// The colour across a side at one place along it, o pixels outwards (negative: inwards), each
// the mean of three samples along the side; read only where asked (most places need a few
// pixels of it).
class Profile
{
public:
    Profile(const cv::Mat &img, cv::Point2d at, cv::Point2d along, cv::Point2d out, int lo, int hi)
        : m_img(img)
        , m_at(at)
        , m_along(along)
        , m_out(out)
        , m_lo(lo)
        , m_values(size_t(hi - lo + 1))
        , m_read(size_t(hi - lo + 1), false)
    {}

    cv::Vec3f operator()(int o)
    {
        const size_t i = size_t(o - m_lo);
        if (!m_read[i]) {
            const cv::Point2d p = m_at + double(o) * m_out;
            m_values[i] = (sample(m_img, p.x - 1.5 * m_along.x, p.y - 1.5 * m_along.y) +
                           sample(m_img, p.x, p.y) +
                           sample(m_img, p.x + 1.5 * m_along.x, p.y + 1.5 * m_along.y)) /
                          3.0f;
            m_read[i] = true;
        }
        return m_values[i];
    }

private:
    const cv::Mat &m_img;
    cv::Point2d m_at, m_along, m_out;
    int m_lo;
    std::vector<cv::Vec3f> m_values;
    std::vector<bool> m_read;
};

double distance(const cv::Vec3f &x, const cv::Vec3f &y)
{
    const cv::Vec3f e = x - y;
    return double(std::sqrt(e.dot(e)));
}

cv::Vec3f labOf(const cv::Vec3f &bgr)
{
    cv::Mat m(1, 1, CV_32FC3, cv::Scalar(bgr[0] / 255.0, bgr[1] / 255.0, bgr[2] / 255.0));
    cv::cvtColor(m, m, cv::COLOR_BGR2Lab);
    return m.at<cv::Vec3f>(0, 0);
}

// Whether a strip beside an outline is part of the document rather than the desk darkened
// by the document's shadow or the desk's own pattern: a paper margin is lighter than the
// desk, a printed band of another colour (a darker strip of about the desk's hue is shadow,
// wood grain or a stripe of cloth).
bool documentStrip(const cv::Vec3f &strip, const cv::Vec3f &desk, double contrast)
{
    const cv::Vec3f ls = labOf(strip), ld = labOf(desk);
    if (ls[0] >= ld[0] + 8.0 * contrast)
        return true;
    if (std::hypot(ls[1] - ld[1], ls[2] - ld[2]) >= 30.0)
        return true;
    double tint = 0; // the shares of blue, green and red compared
    const float sumStrip = std::max(1.0f, strip[0] + strip[1] + strip[2]);
    const float sumDesk = std::max(1.0f, desk[0] + desk[1] + desk[2]);
    for (int ch = 0; ch < 3; ++ch)
        tint += std::abs(strip[ch] / sumStrip - desk[ch] / sumDesk);
    return tint >= 0.03 && ls[0] >= ld[0] - 5.0;
}

// One place along a side, its colour profile outwards (`at`). The desk is the colour a little
// beyond `range`; the strip outside the side runs until the first pixel that looks like it,
// and the document's edge is the outermost clear step there (a soft shadow beyond the paper's
// edge is a ramp, weaker than the step). Returns the step's offset and the strip's mean
// colour, or -1.
template <typename Colours> int stepAt(Colours &at, int range, double contrast, cv::Vec3f &strip)
{
    const double minStep = 12.0 * contrast, notDesk = 14.0 * contrast;
    cv::Vec3f desk(0, 0, 0);
    for (int o = range + 4; o < range + 10; ++o)
        desk += at(o);
    desk /= 6.0f;
    int firstDesk = 2;
    while (firstDesk <= range && distance(at(firstDesk), desk) >= notDesk)
        ++firstDesk;
    if (firstDesk <= 6)
        return -1; // the desk begins at the side: it is the edge
    const int last = std::min(firstDesk + 2, range);
    std::vector<double> st(size_t(last + 2), 0.0);
    double strongest = 0;
    for (int o = 4; o <= last + 1; ++o) {
        st[size_t(o)] = distance(at(o + 2), at(o - 2));
        if (o >= 5 && o <= last)
            strongest = std::max(strongest, st[size_t(o)]);
    }
    for (int o = last; o >= 5; --o) {
        if (st[size_t(o)] < std::max(minStep, 0.5 * strongest) ||
            st[size_t(o)] < st[size_t(o - 1)] || st[size_t(o)] < st[size_t(o + 1)] ||
            distance(at(o - 3), desk) < notDesk)
            continue;
        strip = cv::Vec3f(0, 0, 0);
        int n = 0;
        for (int k = 3; k <= std::max(3, o - 3); ++k, ++n)
            strip += at(k);
        strip /= float(n);
        return documentStrip(strip, desk, contrast) ? o : -1;
    }
    return -1;
}

// One side of an outline as the last steps read it: from corner a along d, its unit
// direction t, the outward normal (clockwise quad) and the places read along it.
struct SideFrame
{
    cv::Point2d a, d, t, out;
    double len = 0;
    Line line;
    int samples = 0;
};

// The frame's pixel scale against 1920 x 1080 (at least 1): distances in pixels grow with it.
double pixelScale(const cv::Mat &img)
{
    return std::max(1.0, std::hypot(img.cols, img.rows) / 2203.0);
}

// q with each side replaced by the line `move(i, side)` gives for it (none: the side stays),
// its corners where the new lines meet. `moved` says whether any side moved (false also when
// two lines do not meet: q is returned). The sides are looked at on both threads
// (onBothThreads): `move` must only read what it shares.
template <typename MoveSide> Quad withSidesMoved(const Quad &q, MoveSide move, bool &moved)
{
    std::array<Line, 4> lines;
    std::array<bool, 4> sideMoved{};
    onBothThreads(4, [&](size_t i) {
        SideFrame f;
        f.a = q[i];
        f.d = q[(i + 1) % 4] - q[i];
        f.len = cv::norm(f.d);
        lines[i] = {f.a, f.len > 0 ? f.d / f.len : cv::Point2d(1, 0)};
        if (f.len < 16)
            return;
        f.t = f.d / f.len;
        f.out = cv::Point2d(f.t.y, -f.t.x);
        f.line = lines[i];
        f.samples = std::clamp(int(f.len / 8), 12, 48);
        if (const std::optional<Line> l = move(int(i), f)) {
            lines[i] = *l;
            sideMoved[i] = true;
        }
    });
    moved = std::find(sideMoved.begin(), sideMoved.end(), true) != sideMoved.end();
    if (!moved)
        return q;
    Quad r;
    for (int i = 0; i < 4; ++i) {
        const std::optional<cv::Point2d> c =
            intersect(lines[size_t((i + 3) % 4)], lines[size_t(i)]);
        if (!c) {
            moved = false;
            return q;
        }
        r[size_t(i)] = *c;
    }
    return orderCorners(r);
}

// Whether a thin dark line runs across the profile at `at` (t along the line, out across it)
// within ±reach pixels, with the same colour on both sides of it (a cable over paper or over
// the desk); a page's edge is a step, not a valley. `darkest` gets the line's offset.
bool valleyAt(const cv::Mat &img, cv::Point2d at, cv::Point2d t, cv::Point2d out, int reach,
              double contrast, int &darkest)
{
    const double px = pixelScale(img);
    const int side = int(24 * px);
    Profile prof(img, at, t, out, -reach - side, reach + side);
    auto grey = [&](int o) {
        const cv::Vec3f v = prof(o);
        return double(v[0] + v[1] + v[2]) / 3.0;
    };
    darkest = -reach;
    for (int o = -reach; o <= reach; ++o)
        if (grey(o) < grey(darkest))
            darkest = o;
    // Each side's colour: the lighter half of the pixels 4..24 from the darkest (print and the
    // cable's shadow are the darker half).
    auto lighterHalf = [&](int step) {
        std::vector<cv::Vec3f> v;
        for (int k = int(4 * px); k <= side; ++k)
            v.push_back(prof(darkest + step * k));
        std::sort(v.begin(), v.end(), [](const cv::Vec3f &x, const cv::Vec3f &y) {
            return x[0] + x[1] + x[2] > y[0] + y[1] + y[2];
        });
        cv::Vec3f m(0, 0, 0);
        for (size_t k = 0; k < v.size() / 2; ++k)
            m += v[k];
        return m / float(v.size() / 2);
    };
    const cv::Vec3f in = lighterHalf(-1), beyond = lighterHalf(1);
    const double dip =
        std::min(in[0] + in[1] + in[2], beyond[0] + beyond[1] + beyond[2]) / 3.0 - grey(darkest);
    return dip >= 30.0 * contrast && distance(in, beyond) <= 0.4 * dip;
}

// The share of 24 places along a → b with a valley within ±12 px.
double valleyShare(const cv::Mat &img, cv::Point2d a, cv::Point2d b, double contrast)
{
    const double len = cv::norm(b - a);
    const cv::Point2d t = (b - a) / len, out(t.y, -t.x);
    const int samples = 24;
    int valleys = 0, darkest = 0;
    for (int s = 0; s < samples; ++s)
        valleys += valleyAt(img, a + (b - a) * ((s + 0.5) / samples), t, out,
                            int(12 * pixelScale(img)), contrast, darkest);
    return double(valleys) / samples;
}

// The share of steps on which a valley line followed from `from` in direction `dir` for
// `length` pixels goes on (a cable bends; each step looks ±5 px across and turns with it).
double lineRunsOn(const cv::Mat &img, cv::Point2d from, cv::Point2d dir, double length,
                  double contrast)
{
    const double px = pixelScale(img);
    const double step = 6 * px;
    const int steps = std::max(4, int(length / step));
    cv::Point2d p = from, t = dir / cv::norm(dir);
    int on = 0;
    for (int s = 0; s < steps; ++s) {
        const cv::Point2d next = p + step * t;
        if (next.x < 2 || next.y < 2 || next.x > img.cols - 3 || next.y > img.rows - 3)
            break;
        const cv::Point2d out(t.y, -t.x);
        int darkest = 0;
        // Wide until the line is found (the side may lie on either rim of it), then narrow.
        if (!valleyAt(img, next, t, out, int((on > 0 ? 5 : 12) * px), contrast, darkest)) {
            p = next;
            continue;
        }
        ++on;
        const cv::Point2d found = next + double(darkest) * out;
        const cv::Point2d d = found - p;
        t = 0.5 * t + 0.5 * d / cv::norm(d);
        t /= cv::norm(t);
        p = found;
    }
    return double(on) / steps;
}

// The mean colour across a side over several places along it, o from -4 outwards (as stepAt
// reads a Profile).
struct MeanProfile
{
    std::vector<cv::Vec3f> sum;
    int n = 0;
    cv::Vec3f operator()(int o) const { return sum[size_t(o + 4)] / float(std::max(1, n)); }
};

// The mean grey level's deviation across the strip [3, end - 3] of one place's profile: a
// paper margin is flat, a desk's pattern is not.
double roughness(Profile &prof, int end)
{
    std::vector<double> grey;
    for (int o = 3; o <= end - 3; ++o) {
        const cv::Vec3f x = prof(o);
        grey.push_back(double(x[0] + x[1] + x[2]) / 3.0);
    }
    if (grey.empty())
        return 0;
    const double mean = std::accumulate(grey.begin(), grey.end(), 0.0) / double(grey.size());
    double deviation = 0;
    for (const double g : grey)
        deviation += std::abs(g - mean);
    return deviation / double(grey.size());
}

// A margin beside a desk whose pattern changes from pixel to pixel (cloth, stone, a busy
// desk): at each place the desk's colour a little beyond the side is the pattern's, so the
// steps stepAt finds lie anywhere in the strip and the side stays on the printed frame. The
// colours across the side averaged over the places of each half of the side smooth the
// pattern while the margin and the paper's edge, parallel to the side, stay: the edge is
// stepAt's step on both mean profiles, at least 12 px out (a narrower strip of desk is flat by
// chance), the two within 2 px or a tenth of each other (a printed frame runs parallel to the
// paper's edge), the strips alike. The strip must be flat at the places (their mean deviation
// across it at most a twentieth of the step from the strip to what lies beyond: a margin's is a few
// hundredths, a desk's pattern's a tenth or more), and half of the places have a step within 2 px
// of the line between the two; the side is the line fitted to those steps. See capture/README.md,
// "A printed frame on a patterned desk".
std::optional<Line> outerEdgeOfMeanProfiles(const cv::Mat &img, const SideFrame &f, int range,
                                            double contrast)
{
    const double px = pixelScale(img);
    const int m = range + 12;
    std::array<MeanProfile, 2> halves;
    for (MeanProfile &h : halves)
        h.sum.assign(size_t(m + 5), cv::Vec3f(0, 0, 0));
    std::vector<cv::Point2d> places;
    for (int s = 0; s < f.samples; ++s) {
        const cv::Point2d c = f.a + f.d * (0.1 + 0.8 * (s + 0.5) / f.samples);
        const cv::Point2d far = c + double(m + 2) * f.out;
        if (far.x < 0 || far.y < 0 || far.x > img.cols - 1 || far.y > img.rows - 1)
            continue; // the desk beyond is out of the frame
        // One pixel a place and offset: the mean over the places smooths along the side.
        MeanProfile &h = halves[2 * s < f.samples ? 0 : 1];
        for (int o = -4; o <= m; ++o) {
            const cv::Point2d p = c + double(o) * f.out;
            h.sum[size_t(o + 4)] += sample(img, p.x, p.y);
        }
        ++h.n;
        places.push_back(c);
    }
    if (halves[0].n < f.samples / 4 || halves[1].n < f.samples / 4)
        return std::nullopt;
    std::array<int, 2> at{};
    std::array<cv::Vec3f, 2> strips;
    for (size_t h = 0; h < 2; ++h)
        if ((at[h] = stepAt(halves[h], range, contrast, strips[h])) < 0)
            return std::nullopt;
    if (std::min(at[0], at[1]) < 12 * px ||
        std::abs(at[0] - at[1]) > std::max(2 * px, 0.05 * (at[0] + at[1])) ||
        distance(strips[0], strips[1]) >= 20.0 * contrast)
        return std::nullopt;
    double height = 0; // from the strip to the 6 px beyond the step, the halves' mean
    for (size_t h = 0; h < 2; ++h) {
        cv::Vec3f beyond(0, 0, 0);
        for (int o = at[h] + 3; o <= at[h] + 8; ++o)
            beyond += halves[h](o);
        height += 0.5 * distance(strips[h], beyond / 6.0f);
    }
    std::vector<EdgePoint> pts;
    double rough = 0;
    for (const cv::Point2d &c : places) {
        // 0 and 1 at the middles of the halves.
        const double u = ((c - f.a).dot(f.t) / f.len - 0.3) / 0.4;
        const int expected = int(std::lround(at[0] + u * (at[1] - at[0])));
        Profile prof(img, c, f.t, f.out, -4, m);
        rough += roughness(prof, expected);
        auto step = [&](int o) { return distance(prof(o + 2), prof(o - 2)); };
        int best = -1;
        for (int o = std::max(3, expected - 2); o <= std::min(m - 3, expected + 2); ++o)
            if (step(o) >= 12.0 * contrast && (best < 0 || step(o) > step(best)))
                best = o;
        if (best >= 0)
            pts.push_back({c + double(best) * f.out, 1.0});
    }
    rough /= double(places.size());
    if (std::getenv("CAPTURE_DEBUG"))
        std::fprintf(
            stderr,
            "  side from (%.0f,%.0f): mean profiles' step %d / %d, flat %.3f, %zu of %d places\n",
            f.a.x, f.a.y, at[0], at[1], rough / std::max(1e-9, height), pts.size(), f.samples);
    if (rough > 0.05 * height || pts.size() < size_t(0.5 * f.samples))
        return std::nullopt;
    const std::optional<Line> fitted = fitSide(pts, f.line, 3.0);
    if (!fitted || std::abs(fitted->dir.dot(f.line.dir)) < std::cos(4.0 * CV_PI / 180))
        return std::nullopt;
    return fitted;
}

} // namespace

Quad extendToOuterEdges(const cv::Mat &img, const Quad &q, double contrast, bool meanProfiles)
{
    double shortest = 1e300;
    for (int i = 0; i < 4; ++i)
        shortest = std::min(shortest, cv::norm(q[(i + 1) % 4] - q[i]));
    // A band is up to about a tenth of the document's width.
    const int range = std::max(6, int(0.12 * shortest));
    const double px = pixelScale(img);
    auto perPlace = [&](int i, const SideFrame &f) -> std::optional<Line> {
        const cv::Point2d &a = f.a, &d = f.d, &t = f.t, &out = f.out;
        const Line &side = f.line;
        const int samples = f.samples;
        const int m = range + 12;
        std::vector<EdgePoint> pts;
        std::vector<cv::Vec3f> strips;
        for (int s = 0; s < samples; ++s) {
            // Not enough places left to reach 60 %: the side stays.
            if (pts.size() + size_t(samples - s) < size_t(0.6 * samples))
                break;
            const cv::Point2d c = a + d * (0.1 + 0.8 * (s + 0.5) / samples);
            const cv::Point2d far = c + double(m + 2) * out;
            if (far.x < 0 || far.y < 0 || far.x > img.cols - 1 || far.y > img.rows - 1)
                continue; // the desk beyond is out of the frame
            Profile prof(img, c, t, out, -4, m);
            cv::Vec3f strip;
            if (const int o = stepAt(prof, range, contrast, strip); o > 0) {
                pts.push_back({c + double(o) * out, 1.0});
                strips.push_back(strip);
            }
        }
        if (pts.size() < size_t(0.6 * samples))
            return std::nullopt;
        cv::Vec3f median;
        for (int ch = 0; ch < 3; ++ch) {
            std::vector<float> v;
            for (const cv::Vec3f &x : strips)
                v.push_back(x[ch]);
            std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(v.size() / 2), v.end());
            median[ch] = v[v.size() / 2];
        }
        const auto alike = std::count_if(strips.begin(), strips.end(), [&](const cv::Vec3f &x) {
            return distance(x, median) < 20.0 * contrast;
        });
        if (alike < std::ptrdiff_t(0.6 * samples))
            return std::nullopt;
        const std::optional<Line> fitted = fitSide(pts, side, 3.0);
        if (!fitted || std::abs(fitted->dir.dot(side.dir)) < std::cos(4.0 * CV_PI / 180))
            return std::nullopt;
        const cv::Point2d fn(-fitted->dir.y, fitted->dir.x);
        std::vector<double> offsets;
        int on = 0;
        for (const EdgePoint &e : pts) {
            on += std::abs((e.p - fitted->point).dot(fn)) < 2.5 * px;
            offsets.push_back((e.p - a).dot(out));
        }
        std::sort(offsets.begin(), offsets.end());
        const double spread = offsets[offsets.size() * 3 / 4] - offsets[offsets.size() / 4];
        if (on < int(0.5 * samples) || spread > 5.0 * px)
            return std::nullopt;
        if (std::getenv("CAPTURE_DEBUG"))
            std::fprintf(stderr, "  side %d moved out %.1f px (spread %.1f)\n", i,
                         offsets[offsets.size() / 2], spread);
        return fitted;
    };
    auto move = [&](int i, const SideFrame &f) -> std::optional<Line> {
        if (std::optional<Line> l = perPlace(i, f))
            return l;
        return meanProfiles ? outerEdgeOfMeanProfiles(img, f, range, contrast) : std::nullopt;
    };
    bool moved = false;
    const Quad r = withSidesMoved(q, move, moved);
    if (!moved || !isConvex(r) || quadArea(r) > 1.4 * quadArea(q) || quadArea(r) < quadArea(q))
        return q;
    return r;
}

Quad centreSmearedEdges(const cv::Mat &img, const Quad &q, double contrast)
{
    const double px = pixelScale(img);
    const int range = int(std::lround(24 * px));
    const double minRun = 6.0 * px;
    auto move = [&](int i, const SideFrame &f) -> std::optional<Line> {
        const cv::Point2d &a = f.a, &d = f.d, &t = f.t, &out = f.out;
        const Line &side = f.line;
        const int samples = f.samples;
        std::vector<EdgePoint> pts;
        std::vector<double> widths;
        int narrow = 0;
        for (int s = 0; s < samples; ++s) {
            // Too few places left, or most runs narrow already: the side stays.
            if (pts.size() + size_t(samples - s) < size_t(0.6 * samples) || 2 * narrow > samples)
                break;
            const cv::Point2d c = a + d * (0.1 + 0.8 * (s + 0.5) / samples);
            Profile prof(img, c, t, out, -range - 1, range + 1);
            auto strength = [&](int o) { return distance(prof(o + 1), prof(o - 1)) / 2; };
            int top = 0;
            for (int o = -3; o <= 3; ++o)
                if (strength(o) > strength(top))
                    top = o;
            const double peak = strength(top);
            if (peak < 4.0 * contrast)
                continue;
            int lo = top, hi = top;
            while (lo > -range && strength(lo - 1) >= 0.35 * peak)
                --lo;
            while (hi < range && strength(hi + 1) >= 0.35 * peak)
                ++hi;
            if (lo == -range || hi == range)
                continue; // no end to the run: texture, not one edge
            double sw = 0, so = 0;
            for (int o = lo; o <= hi; ++o) {
                sw += strength(o);
                so += o * strength(o);
            }
            widths.push_back(hi - lo);
            narrow += hi - lo < minRun;
            pts.push_back({c + (so / sw) * out, 1.0});
        }
        if (pts.size() < size_t(0.6 * samples) || 2 * narrow > samples)
            return std::nullopt;
        std::nth_element(widths.begin(), widths.begin() + std::ptrdiff_t(widths.size() / 2),
                         widths.end());
        if (widths[widths.size() / 2] < minRun)
            return std::nullopt;
        const std::optional<Line> fitted = fitSide(pts, side, 3.0);
        if (!fitted || std::abs(fitted->dir.dot(side.dir)) < std::cos(3.0 * CV_PI / 180))
            return std::nullopt;
        if (std::getenv("CAPTURE_DEBUG"))
            std::fprintf(stderr, "  side %d smeared over %.0f px, moved %.1f px\n", i,
                         widths[widths.size() / 2], (fitted->point - a).dot(out));
        return fitted;
    };
    bool moved = false;
    const Quad r = withSidesMoved(q, move, moved);
    return moved && isConvex(r) && maxCornerError(r, q) <= 2.0 * range ? r : q;
}

double projectiveRatio(const Quad &q, double f)
{
    const cv::Vec3d m1(q[0].x, q[0].y, 1), m2(q[1].x, q[1].y, 1), m4(q[2].x, q[2].y, 1),
        m3(q[3].x, q[3].y, 1);
    const double k2 = m1.cross(m4).dot(m3) / m2.cross(m4).dot(m3);
    const double k3 = m1.cross(m4).dot(m2) / m3.cross(m4).dot(m2);
    const cv::Vec3d n2 = k2 * m2 - m1, n3 = k3 * m3 - m1;
    const double w2 = (n2[0] * n2[0] + n2[1] * n2[1]) / (f * f) + n2[2] * n2[2];
    const double h2 = (n3[0] * n3[0] + n3[1] * n3[1]) / (f * f) + n3[2] * n3[2];
    return std::sqrt(h2 / w2);
}

Quad completeAcrossLines(const cv::Mat &img, const Quad &q, double contrast, double minStep)
{
    const double px = pixelScale(img);
    const double f = kFocalOfLongerSide * std::max(img.cols, img.rows);
    const cv::Point2d c(img.cols / 2.0, img.rows / 2.0);
    Quad local;
    for (int i = 0; i < 4; ++i)
        local[size_t(i)] = q[size_t(i)] - c;
    std::array<double, 4> share{};
    onBothThreads(4, [&](size_t i) {
        const cv::Point2d a = q[i], b = q[(i + 1) % 4];
        if (cv::norm(b - a) >= 40 * px)
            share[i] = valleyShare(img, a + 0.12 * (b - a), b - 0.12 * (b - a), contrast);
    });
    // One side on a line, the other three not even partly.
    const auto onLines =
        std::count_if(share.begin(), share.end(), [](double v) { return v >= 0.6; });
    const auto partly =
        std::count_if(share.begin(), share.end(), [](double v) { return v >= 0.3; });
    for (int i = 0; i < 4; ++i) {
        if (share[size_t(i)] < 0.6 || onLines != 1 || partly != 1)
            continue;
        // The line runs on past a corner (over the desk or the sheets under the page).
        const cv::Point2d a = q[size_t(i)], b = q[size_t((i + 1) % 4)];
        const double onBefore = lineRunsOn(img, a, a - b, 0.25 * cv::norm(b - a), contrast);
        const double onAfter = lineRunsOn(img, b, b - a, 0.25 * cv::norm(b - a), contrast);
        if (std::getenv("CAPTURE_DEBUG"))
            std::fprintf(stderr, "  side %d on a line (%.2f), on past its corners %.2f / %.2f\n", i,
                         share[size_t(i)], onBefore, onAfter);
        if (std::max(onBefore, onAfter) < 0.5)
            continue;
        // The proportions now.
        const bool across = i % 2 == 1; // side i runs along the page's height
        auto ratio = [&](const Quad &l) {
            const double r = projectiveRatio(l, f);
            return across ? 1.0 / r : r; // the moving sides' length over side i's
        };
        const double now = ratio(local);
        // Move side i out: its corners slide along the sides beside it, the new side through
        // the vanishing point of the opposite side's direction (the one at right angles,
        // through the camera, to the sides beside it).
        auto homog = [](cv::Point2d p) { return cv::Vec3d(p.x, p.y, 1); };
        const int ia = i, ib = (i + 1) % 4, jb = (i + 2) % 4, ja = (i + 3) % 4;
        const cv::Vec3d sideA = homog(local[size_t(ja)]).cross(homog(local[size_t(ia)]));
        const cv::Vec3d sideB = homog(local[size_t(jb)]).cross(homog(local[size_t(ib)]));
        const cv::Vec3d opposite = homog(local[size_t(jb)]).cross(homog(local[size_t(ja)]));
        const cv::Vec3d vAlong = sideA.cross(sideB);
        const cv::Vec3d vAcross =
            opposite.cross(cv::Vec3d(vAlong[0] / (f * f), vAlong[1] / (f * f), vAlong[2]));
        auto moved = [&](double s, Quad &r) {
            const cv::Point2d pa = local[size_t(ja)] + s * (local[size_t(ia)] - local[size_t(ja)]);
            const cv::Vec3d side = homog(pa).cross(vAcross);
            const cv::Vec3d pb = side.cross(sideB);
            if (std::abs(pb[2]) < 1e-12)
                return false;
            r = local;
            r[size_t(ia)] = pa;
            r[size_t(ib)] = cv::Point2d(pb[0] / pb[2], pb[1] / pb[2]);
            return isConvex(r);
        };
        // Paper beyond the line: the lighter colours (the page's paper rather than its print or
        // the cable) of the outline's part near the line and of the first 70 % of the part
        // added alike (a printed frame's line has the desk a little beyond it; where the page
        // ends is for the proportions and the step to say).
        auto paperAt = [&](const Quad &o, double from, double to) {
            std::vector<cv::Vec3f> v;
            for (int row = 0; row < 5; ++row) {
                const double depth = from + (to - from) * row / 4.0;
                const cv::Point2d pa = o[size_t(ja)] + depth * (o[size_t(ia)] - o[size_t(ja)]);
                const cv::Point2d pb = o[size_t(jb)] + depth * (o[size_t(ib)] - o[size_t(jb)]);
                for (int s = 0; s < 24; ++s) {
                    const cv::Point2d p = pa + (pb - pa) * (0.1 + 0.8 * s / 23.0);
                    v.push_back(sample(img, p.x, p.y));
                }
            }
            std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(v.size() * 3 / 4), v.end(),
                             [](const cv::Vec3f &x, const cv::Vec3f &y) {
                                 return x[0] + x[1] + x[2] < y[0] + y[1] + y[2];
                             });
            return v[v.size() * 3 / 4];
        };
        const cv::Vec3f paper = paperAt(q, 0.6, 0.9);
        // The documents' proportions beyond the cut, nearest first: the first whose part added
        // passes the checks below (a page cut a little short of a sheet turned on its side may
        // be an upright one cut shorter). Up to 2.3 times the part in view: about half of the
        // page, the side on either rim of a thick cable.
        for (const double target : {1.0 / kIdCardProportions, 1.0 / kSheetProportions,
                                    kSheetProportions, kIdCardProportions}) {
            if (target <= now * 1.1 || target >= now * 2.3)
                continue;
            double lo = 1.0, hi = 3.0;
            Quad r;
            if (!moved(hi, r) || ratio(r) < target)
                continue;
            for (int it = 0; it < 40; ++it) {
                const double mid = (lo + hi) / 2;
                if (moved(mid, r) && ratio(r) < target)
                    lo = mid;
                else
                    hi = mid;
            }
            if (!moved(hi, r))
                continue;
            Quad full;
            for (int k = 0; k < 4; ++k)
                full[size_t(k)] = r[size_t(k)] + c;
            // Both corners move out, the new side about as the opposite one runs.
            const cv::Point2d na0 = full[size_t(ia)], nb0 = full[size_t(ib)];
            const cv::Point2d oppDir = q[size_t(ja)] - q[size_t(jb)];
            if ((na0 - q[size_t(ia)]).dot(q[size_t(ia)] - q[size_t(ja)]) <= 0 ||
                (nb0 - q[size_t(ib)]).dot(q[size_t(ib)] - q[size_t(jb)]) <= 0 ||
                std::abs((nb0 - na0).dot(oppDir)) <
                    std::cos(20.0 * CV_PI / 180) * cv::norm(nb0 - na0) * cv::norm(oppDir))
                continue;
            bool inside = true;
            for (const cv::Point2d &p : full)
                inside =
                    inside && p.x >= 0 && p.y >= 0 && p.x <= img.cols - 1 && p.y <= img.rows - 1;
            if (!inside)
                continue;
            Quad added = full;
            added[size_t(ja)] = q[size_t(ia)];
            added[size_t(jb)] = q[size_t(ib)];
            double unlike = 0;
            for (const auto &[from, to] : {std::pair{0.1, 0.4}, std::pair{0.4, 0.7}})
                unlike = std::max(unlike, distance(paperAt(added, from, to), paper));
            if (std::getenv("CAPTURE_DEBUG"))
                std::fprintf(stderr, "  side %d: the part added unlike the page by %.1f\n", i,
                             unlike);
            if (unlike > 20.0 * contrast)
                continue;
            // The page's end: the step nearest the proportions' place, if there is one.
            const cv::Point2d na = full[size_t(ia)], nb = full[size_t(ib)];
            const double reach = cv::norm(na - full[size_t(ja)]);
            const int range = std::max(4, int(0.04 * reach));
            const std::vector<EdgePoint> pts =
                edgePointsAlong(img, na, nb, range, 32, minStep, range / 2.0);
            const cv::Point2d nd = nb - na;
            const Line guess{na, nd / cv::norm(nd)};
            std::optional<Line> fitted;
            if (pts.size() >= 12)
                fitted = fitSide(pts, guess, 3.0);
            bool onStep = false;
            if (fitted && std::abs(fitted->dir.dot(guess.dir)) > std::cos(4.0 * CV_PI / 180)) {
                const Line la{full[size_t(ja)], full[size_t(ia)] - full[size_t(ja)]};
                const Line lb{full[size_t(jb)], full[size_t(ib)] - full[size_t(jb)]};
                const std::optional<cv::Point2d> ca = intersect(la, *fitted);
                const std::optional<cv::Point2d> cb = intersect(lb, *fitted);
                onStep = ca && cb && cv::norm(*ca - na) < 2.0 * range &&
                         cv::norm(*cb - nb) < 2.0 * range;
                if (onStep) {
                    full[size_t(ia)] = *ca;
                    full[size_t(ib)] = *cb;
                }
            }
            if (std::getenv("CAPTURE_DEBUG"))
                std::fprintf(stderr,
                             "  side %d on a line across the page: ratio %.3f -> %.3f, %s\n", i,
                             now, target, onStep ? "end on a step" : "end by the proportions");
            return orderCorners(full);
        }
    }
    return q;
}

} // namespace hd::capture::detail::finalSides
