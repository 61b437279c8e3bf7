// The document detector's side geometry: line intersections, the colour gradient, edge points
// along a side and the robust fit of a side to them.
#include "detector/edgefit.h"

#include "detector/prepare.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace hd::capture::detail {

std::optional<cv::Point2d> intersect(const Line &a, const Line &b)
{
    const double den = a.dir.x * b.dir.y - a.dir.y * b.dir.x;
    if (std::abs(den) < 1e-9)
        return std::nullopt;
    const cv::Point2d d = b.point - a.point;
    const double t = (d.x * b.dir.y - d.y * b.dir.x) / den;
    return a.point + t * a.dir;
}

double triangleArea(cv::Point2d a, cv::Point2d b, cv::Point2d c)
{
    return std::abs((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)) / 2.0;
}

Gradient colourGradient(const cv::Mat &image)
{
    Gradient g;
    cv::Mat dx3, dy3;
    cv::Sobel(image, dx3, CV_16S, 1, 0, 3);
    cv::Sobel(image, dy3, CV_16S, 0, 1, 3);
    g.dx.create(image.size(), CV_16S);
    g.dy.create(image.size(), CV_16S);
    g.gx.create(image.size(), CV_32F);
    g.gy.create(image.size(), CV_32F);
    g.mag.create(image.size(), CV_32F);
    for (int y = 0; y < image.rows; ++y) {
        const short *px = dx3.ptr<short>(y);
        const short *py = dy3.ptr<short>(y);
        short *sx = g.dx.ptr<short>(y);
        short *sy = g.dy.ptr<short>(y);
        float *ox = g.gx.ptr<float>(y);
        float *oy = g.gy.ptr<float>(y);
        float *om = g.mag.ptr<float>(y);
        for (int x = 0; x < image.cols; ++x) {
            // The first channel of the largest magnitude, as cv::Canny takes it.
            int best = 0;
            int bestM = -1;
            for (int c = 0; c < 3; ++c) {
                const int m = px[3 * x + c] * px[3 * x + c] + py[3 * x + c] * py[3 * x + c];
                if (m > bestM) {
                    bestM = m;
                    best = c;
                }
            }
            sx[x] = px[3 * x + best];
            sy[x] = py[3 * x + best];
            ox[x] = sx[x];
            oy[x] = sy[x];
            om[x] = std::sqrt(float(bestM));
        }
    }
    return g;
}

cv::Vec3f sample(const cv::Mat &img, double x, double y)
{
    x = std::clamp(x, 0.0, double(img.cols - 1) - 1e-3);
    y = std::clamp(y, 0.0, double(img.rows - 1) - 1e-3);
    const int x0 = int(x);
    const int y0 = int(y);
    const int x1 = std::min(x0 + 1, img.cols - 1);
    const int y1 = std::min(y0 + 1, img.rows - 1);
    const float fx = float(x - x0);
    const float fy = float(y - y0);
    const cv::Vec3b &a = img.at<cv::Vec3b>(y0, x0);
    const cv::Vec3b &b = img.at<cv::Vec3b>(y0, x1);
    const cv::Vec3b &c = img.at<cv::Vec3b>(y1, x0);
    const cv::Vec3b &d = img.at<cv::Vec3b>(y1, x1);
    cv::Vec3f out;
    for (int k = 0; k < 3; ++k)
        out[k] = (1 - fy) * ((1 - fx) * a[k] + fx * b[k]) + fy * ((1 - fx) * c[k] + fx * d[k]);
    return out;
}

std::vector<EdgePoint> edgePointsAlong(const cv::Mat &img, cv::Point2d a, cv::Point2d b, int range,
                                       int samples, double minStep, double near)
{
    std::vector<EdgePoint> out;
    const cv::Point2d d = b - a;
    const double len = cv::norm(d);
    if (len < 4)
        return out;
    const cv::Point2d t = d / len;
    const cv::Point2d n(-t.y, t.x);
    const int m = 2 * range + 3;
    std::vector<cv::Vec3f> prof(static_cast<size_t>(m));
    std::vector<double> strength(size_t(m), 0.0);
    for (int s = 0; s < samples; ++s) {
        const double f = 0.06 + 0.88 * (s + 0.5) / samples;
        const cv::Point2d c = a + f * d;
        for (int k = 0; k < m; ++k) {
            const double off = k - (range + 1);
            const cv::Point2d q = c + off * n;
            prof[size_t(k)] =
                (sample(img, q.x - 1.5 * t.x, q.y - 1.5 * t.y) + sample(img, q.x, q.y) +
                 sample(img, q.x + 1.5 * t.x, q.y + 1.5 * t.y)) /
                3.0f;
        }
        int best = -1;
        double bestS = 0, bestW = 0;
        for (int k = 1; k < m - 1; ++k) {
            const cv::Vec3f diff = prof[size_t(k + 1)] - prof[size_t(k - 1)];
            strength[size_t(k)] = std::sqrt(double(diff.dot(diff)));
        }
        for (int k = 1; k < m - 1; ++k) {
            const double off = (k - (range + 1)) / std::max(near, 1e-9);
            const double w =
                near > 0 ? strength[size_t(k)] * std::exp(-off * off) : strength[size_t(k)];
            if (w > bestW && (near <= 0 || (strength[size_t(k)] >= strength[size_t(k - 1)] &&
                                            strength[size_t(k)] >= strength[size_t(k + 1)]))) {
                bestW = w;
                bestS = strength[size_t(k)];
                best = k;
            }
        }
        if (best < 0 || bestS < minStep)
            continue;
        // The page's edge is the outermost clear step: a printed frame or text lies inside
        // it, a soft shadow outside it is weaker. The normal points inwards (clockwise quad),
        // so outermost is the lowest k.
        for (int k = 2; near <= 0 && k < best; ++k) {
            const double sk = strength[size_t(k)];
            if (sk >= 0.5 * bestS && sk >= minStep && sk >= strength[size_t(k - 1)] &&
                sk >= strength[size_t(k + 1)]) {
                best = k;
                bestS = sk;
                break;
            }
        }
        double sub = 0;
        if (best > 1 && best < m - 2) {
            const double l = strength[size_t(best - 1)];
            const double r = strength[size_t(best + 1)];
            const double den = l - 2 * bestS + r;
            if (den < -1e-9)
                sub = std::clamp(0.5 * (l - r) / den, -0.5, 0.5);
        }
        out.push_back({c + (best - (range + 1) + sub) * n, bestS});
    }
    return out;
}

std::optional<Line> fitSide(const std::vector<EdgePoint> &pts, const Line &initial, double scale)
{
    if (pts.size() < 6)
        return std::nullopt;
    // Start from the initial side moved to the median offset of the edge points (robust to
    // a thumb covering less than half the side), then tighten.
    Line line = initial;
    {
        const cv::Point2d n(-line.dir.y, line.dir.x);
        std::vector<double> offsets;
        offsets.reserve(pts.size());
        for (const EdgePoint &e : pts)
            offsets.push_back((e.p - line.point).dot(n));
        std::nth_element(offsets.begin(), offsets.begin() + std::ptrdiff_t(offsets.size() / 2),
                         offsets.end());
        line.point += offsets[offsets.size() / 2] * n;
    }
    double c = scale;
    for (int iter = 0; iter < 6; ++iter) {
        const cv::Point2d n(-line.dir.y, line.dir.x);
        double sw = 0;
        cv::Point2d mean(0, 0);
        std::vector<double> w(pts.size());
        for (size_t i = 0; i < pts.size(); ++i) {
            const double r = (pts[i].p - line.point).dot(n) / c;
            const double u = r * r < 1 ? (1 - r * r) * (1 - r * r) : 0.0;
            w[i] = u * pts[i].strength;
            sw += w[i];
            mean += w[i] * pts[i].p;
        }
        int used = 0;
        for (double wi : w)
            used += wi > 0;
        if (sw <= 0 || used < 5)
            return std::nullopt;
        mean /= sw;
        double sxx = 0, sxy = 0, syy = 0;
        for (size_t i = 0; i < pts.size(); ++i) {
            const cv::Point2d d = pts[i].p - mean;
            sxx += w[i] * d.x * d.x;
            sxy += w[i] * d.x * d.y;
            syy += w[i] * d.y * d.y;
        }
        const double angle = 0.5 * std::atan2(2 * sxy, sxx - syy);
        cv::Point2d dir(std::cos(angle), std::sin(angle));
        if (dir.dot(initial.dir) < 0)
            dir = -dir;
        line = {mean, dir};
        c = std::max(1.5, c * 0.6);
    }
    return line;
}

namespace {

// Side i of q (from q[i] to q[i + 1]) re-fitted to the strongest edge within ±range pixels, or
// as it is.
Line refittedSide(const cv::Mat &img, const Quad &q, size_t i, int range, double tolerance,
                  double minStep, double near)
{
    const cv::Point2d a = q[i];
    const cv::Point2d b = q[(i + 1) % 4];
    const cv::Point2d d = b - a;
    const double len = cv::norm(d);
    const Line side{a, len > 0 ? d / len : cv::Point2d(1, 0)};
    const int samples = std::clamp(int(len / 6), 12, 64);
    const std::vector<EdgePoint> pts = edgePointsAlong(img, a, b, range, samples, minStep, near);
    const std::optional<Line> fitted = fitSide(pts, side, tolerance);
    if (fitted && std::abs(fitted->dir.dot(side.dir)) > std::cos(6.0 * CV_PI / 180))
        return *fitted;
    return side;
}

// The corners where the sides meet; q itself when one lies more than 3 * range from q's.
Quad cornersOf(const std::array<Line, 4> &lines, const Quad &q, int range)
{
    Quad out;
    for (size_t i = 0; i < 4; ++i) {
        const std::optional<cv::Point2d> c = intersect(lines[(i + 3) % 4], lines[i]);
        if (!c || cv::norm(*c - q[i]) > 3.0 * range)
            return q;
        out[i] = *c;
    }
    return out;
}

} // namespace

Quad refineQuad(const cv::Mat &img, const Quad &q, int range, double tolerance, double minStep,
                double near)
{
    std::array<Line, 4> lines;
    for (size_t i = 0; i < 4; ++i)
        lines[i] = refittedSide(img, q, i, range, tolerance, minStep, near);
    return cornersOf(lines, q, range);
}

Quad refineQuadOnBothThreads(const cv::Mat &img, const Quad &q, int range, double tolerance,
                             double minStep, double near)
{
    std::array<Line, 4> lines;
    onBothThreads(
        4, [&](size_t i) { lines[i] = refittedSide(img, q, i, range, tolerance, minStep, near); });
    return cornersOf(lines, q, range);
}

} // namespace hd::capture::detail
