#include "quad.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <utility>

namespace hd::capture {

namespace {
std::vector<cv::Point2f> toFloat(const Quad &q)
{
    std::vector<cv::Point2f> v;
    v.reserve(4);
    for (const cv::Point2d &p : q)
        v.emplace_back(float(p.x), float(p.y));
    return v;
}

double cross(cv::Point2d o, cv::Point2d a, cv::Point2d b)
{
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}
} // namespace

Quad orderCorners(const Quad &q)
{
    cv::Point2d c(0, 0);
    for (const cv::Point2d &p : q)
        c += p;
    c *= 0.25;
    // Clockwise in image space (y down) is increasing atan2(y, x).
    std::array<std::pair<double, cv::Point2d>, 4> byAngle;
    for (size_t i = 0; i < 4; ++i)
        byAngle[i] = {std::atan2(q[i].y - c.y, q[i].x - c.x), q[i]};
    std::stable_sort(byAngle.begin(), byAngle.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    Quad sorted;
    for (size_t i = 0; i < 4; ++i)
        sorted[i] = byAngle[i].second;
    // Start at the corner with the smallest x + y.
    int first = 0;
    for (int i = 1; i < 4; ++i)
        if (sorted[i].x + sorted[i].y < sorted[first].x + sorted[first].y)
            first = i;
    Quad out;
    for (int i = 0; i < 4; ++i)
        out[i] = sorted[(first + i) % 4];
    return out;
}

Quad orderCorners(const std::vector<cv::Point2f> &points)
{
    Quad q;
    for (int i = 0; i < 4; ++i)
        q[i] = cv::Point2d(points.at(i).x, points.at(i).y);
    return orderCorners(q);
}

double quadArea(const Quad &q)
{
    double s = 0;
    for (int i = 0; i < 4; ++i) {
        const cv::Point2d &a = q[i];
        const cv::Point2d &b = q[(i + 1) % 4];
        s += a.x * b.y - b.x * a.y;
    }
    return std::abs(s) / 2.0;
}

bool isConvex(const Quad &q)
{
    int sign = 0;
    for (int i = 0; i < 4; ++i) {
        const double c = cross(q[i], q[(i + 1) % 4], q[(i + 2) % 4]);
        if (std::abs(c) < 1e-9)
            return false;
        const int s = c > 0 ? 1 : -1;
        if (sign == 0)
            sign = s;
        else if (s != sign)
            return false;
    }
    return true;
}

Quad scaled(const Quad &q, double factor)
{
    Quad out;
    for (int i = 0; i < 4; ++i)
        out[i] = q[i] * factor;
    return out;
}

double quadIou(const Quad &a, const Quad &b)
{
    // Apart by their boxes: nothing shared (most pairs of a frame's outlines that are not of
    // one document), without the polygons' intersection.
    auto box = [](const Quad &q) {
        std::array<double, 4> r{q[0].x, q[0].y, q[0].x, q[0].y}; // left, top, right, bottom
        for (const cv::Point2d &p : q)
            r = {std::min(r[0], p.x), std::min(r[1], p.y), std::max(r[2], p.x),
                 std::max(r[3], p.y)};
        return r;
    };
    const std::array<double, 4> boxA = box(a), boxB = box(b);
    if (boxA[0] > boxB[2] || boxB[0] > boxA[2] || boxA[1] > boxB[3] || boxB[1] > boxA[3])
        return 0.0;
    const Quad oa = orderCorners(a);
    const Quad ob = orderCorners(b);
    if (!isConvex(oa) || !isConvex(ob))
        return 0.0;
    std::vector<cv::Point2f> inter;
    const float ai = cv::intersectConvexConvex(toFloat(oa), toFloat(ob), inter, true);
    const double union_ = quadArea(oa) + quadArea(ob) - double(ai);
    return union_ > 0 ? std::max(0.0, double(ai)) / union_ : 0.0;
}

double smartDocJaccard(const Quad &predicted, const Quad &truth, double modelWidth,
                       double modelHeight)
{
    const std::vector<cv::Point2f> rect = {{0.f, 0.f},
                                           {float(modelWidth), 0.f},
                                           {float(modelWidth), float(modelHeight)},
                                           {0.f, float(modelHeight)}};
    const cv::Mat h = cv::getPerspectiveTransform(toFloat(truth), rect);
    std::vector<cv::Point2f> warped;
    cv::perspectiveTransform(toFloat(predicted), warped, h);
    Quad p;
    for (int i = 0; i < 4; ++i)
        p[i] = cv::Point2d(warped[i].x, warped[i].y);
    Quad r;
    for (int i = 0; i < 4; ++i)
        r[i] = cv::Point2d(rect[i].x, rect[i].y);
    return quadIou(p, r);
}

double maxCornerError(const Quad &a, const Quad &b)
{
    const Quad oa = orderCorners(a);
    const Quad ob = orderCorners(b);
    double m = 0;
    for (int i = 0; i < 4; ++i)
        m = std::max(m, cv::norm(oa[i] - ob[i]));
    return m;
}

} // namespace hd::capture
