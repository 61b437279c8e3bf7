// The detector's candidate search: contours and lines made into outlines, each reduced to four
// sides and scored by the share of its sides on a strong gradient across them.
#include "detector/search.h"

#include "detector/prepare.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <optional>
#include <utility>

namespace hd::capture::detail {

namespace {

// Search::sideJoin: how nearly one line two parts' sides must lie on (degrees, working pixels),
// and how much of what the join adds must be the other part (IoU).
constexpr double kSideJoinDegrees = 4.0;
constexpr double kSideJoinPixels = 4.0;
constexpr double kSideJoinOnOther = 0.6;

// maxCornerError of two quads both in orderCorners' order.
double maxOrderedCornerError(const Quad &a, const Quad &b)
{
    double m = 0;
    for (size_t i = 0; i < 4; ++i)
        m = std::max(m, cv::norm(a[i] - b[i]));
    return m;
}

// The mean of `lab` inside `q` (eroded by two pixels: not its edges). The mask covers the
// outline's box only, a few pixels more on each side, cut at the image's edges: where the
// image's edge cuts the outline, erode sees past it as the whole image's mask would.
cv::Scalar meanInside(const cv::Mat &lab, const Quad &q)
{
    constexpr int kErosion = 2;
    std::vector<cv::Point> corners;
    for (const cv::Point2d &p : q)
        corners.emplace_back(int(std::lround(p.x)), int(std::lround(p.y)));
    const cv::Rect box = (cv::boundingRect(corners) + cv::Size(2 * kErosion + 2, 2 * kErosion + 2) -
                          cv::Point(kErosion + 1, kErosion + 1)) &
                         cv::Rect(0, 0, lab.cols, lab.rows);
    if (box.empty())
        return cv::Scalar::all(0);
    for (cv::Point &p : corners)
        p -= box.tl();
    cv::Mat mask = cv::Mat::zeros(box.size(), CV_8U);
    cv::fillConvexPoly(mask, corners, cv::Scalar(255));
    cv::erode(mask, mask, cv::Mat(), cv::Point(-1, -1), kErosion);
    return cv::mean(lab(box), mask);
}

} // namespace

std::optional<Quad> reduceToQuad(std::vector<cv::Point2d> poly)
{
    while (poly.size() > 4) {
        const size_t n = poly.size();
        double bestCost = 1e300;
        size_t bestI = 0;
        bool bestExtend = false;
        cv::Point2d bestX;
        for (size_t i = 0; i < n; ++i) {
            const cv::Point2d &prev = poly[(i + n - 1) % n];
            const cv::Point2d &cur = poly[i];
            const cv::Point2d &next = poly[(i + 1) % n];
            const double del = triangleArea(prev, cur, next);
            if (del < bestCost) {
                bestCost = del;
                bestI = i;
                bestExtend = false;
            }
            // Extend sides (prev→cur) and (next→next2) to replace the side cur→next.
            const cv::Point2d &next2 = poly[(i + 2) % n];
            const Line a{prev, cur - prev};
            const Line b{next2, next - next2};
            const std::optional<cv::Point2d> x = intersect(a, b);
            if (!x)
                continue;
            // The meeting point must lie ahead of both sides, outside the polygon.
            if ((*x - cur).dot(cur - prev) <= 0 || (*x - next).dot(next - next2) <= 0)
                continue;
            const double add = triangleArea(cur, *x, next);
            if (add < bestCost) {
                bestCost = add;
                bestI = i;
                bestExtend = true;
                bestX = *x;
            }
        }
        if (bestExtend) {
            const size_t j = (bestI + 1) % n;
            poly[bestI] = bestX;
            poly.erase(poly.begin() + std::ptrdiff_t(j));
        } else {
            poly.erase(poly.begin() + std::ptrdiff_t(bestI));
        }
    }
    if (poly.size() != 4)
        return std::nullopt;
    return Quad{poly[0], poly[1], poly[2], poly[3]};
}

std::vector<std::vector<cv::Point>> Search::hullsOf(const cv::Mat &binary, double minArea,
                                                    size_t most)
{
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(binary, contours, cv::RETR_LIST, cv::CHAIN_APPROX_SIMPLE);
    std::vector<std::pair<double, std::vector<cv::Point>>> hulls;
    for (const auto &c : contours) {
        const cv::Rect r = cv::boundingRect(c);
        if (double(r.area()) < minArea)
            continue;
        std::vector<cv::Point> hull;
        cv::convexHull(c, hull);
        const double a = cv::contourArea(hull);
        if (a < minArea)
            continue;
        hulls.emplace_back(a, std::move(hull));
    }
    std::sort(hulls.begin(), hulls.end(),
              [](const auto &x, const auto &y) { return x.first > y.first; });
    if (hulls.size() > most)
        hulls.resize(most);
    std::vector<std::vector<cv::Point>> out;
    out.reserve(hulls.size());
    for (auto &h : hulls)
        out.push_back(std::move(h.second));
    return out;
}

void Search::addHulls(const std::vector<std::vector<cv::Point>> &hulls, Source source)
{
    m_source = source;
    for (const std::vector<cv::Point> &hull : hulls)
        addHull(hull);
    m_source = Source::Edges;
}

void Search::addShadowJoins(double minScore, double minLightStep, double maxColourStep,
                            double sideLightStep, double sideColourStep)
{
    scorePending();
    const std::vector<Candidate> parts = m_candidates;
    std::vector<std::optional<cv::Scalar>> means(parts.size());
    auto meanOf = [&](size_t i) {
        if (!means[i])
            means[i] = meanInside(m_small, parts[i].quad);
        return *means[i];
    };
    for (size_t i = 0; i < parts.size(); ++i) {
        if (parts[i].fromMask || parts[i].score < minScore)
            continue;
        for (size_t j = i + 1; j < parts.size(); ++j) {
            if (parts[j].fromMask || parts[j].score < minScore)
                continue;
            const Quad &a = parts[i].quad, &b = parts[j].quad;
            if (quadIou(a, b) > 0.05)
                continue;
            std::vector<cv::Point2f> corners, hull;
            for (const Quad *q : {&a, &b})
                for (const cv::Point2d &p : *q)
                    corners.emplace_back(p);
            cv::convexHull(corners, hull);
            if (hull.size() < 4 || cv::contourArea(hull) > 1.15 * (parts[i].area + parts[j].area))
                continue;
            // The stretched Lab: lightness as it is, the colour axes doubled.
            const cv::Scalar ma = meanOf(i), mb = meanOf(j);
            if (std::abs(ma[0] - mb[0]) < minLightStep ||
                std::hypot(ma[1] - mb[1], ma[2] - mb[2]) / 2 > maxColourStep)
                continue;
            if (std::optional<Quad> q = reduceToQuad({hull.begin(), hull.end()}))
                addQuad(*q);
        }
    }
    // Along their shared side: the shaded part's outline may run on past the document's corner
    // (onto a desk as dark as the shade), so that the hull of both is too large.
    if (sideColourStep > 0)
        for (size_t i = 0; i < parts.size(); ++i) {
            if (parts[i].fromMask || parts[i].score < minScore)
                continue;
            for (size_t j = 0; j < parts.size(); ++j)
                if (j != i && !parts[j].fromMask && parts[j].score >= minScore)
                    if (std::optional<Quad> q =
                            sideJoin(parts[i].quad, parts[j].quad, sideLightStep, sideColourStep))
                        addQuad(*q);
        }
    scorePending();
}

std::optional<Quad> Search::sideJoin(const Quad &a, const Quad &b, double minLightStep,
                                     double maxColourStep) const
{
    auto lineOf = [](cv::Point2d p, cv::Point2d q) {
        const cv::Point2d d = q - p;
        return Line{p, d / std::max(1e-9, cv::norm(d))};
    };
    auto distance = [](const Line &l, cv::Point2d p) {
        const cv::Point2d v = p - l.point;
        return std::abs(v.x * l.dir.y - v.y * l.dir.x);
    };
    for (size_t k = 0; k < 4; ++k) {
        const Line shared = lineOf(a[k], a[(k + 1) % 4]);
        const double length = cv::norm(a[(k + 1) % 4] - a[k]);
        for (size_t m = 0; m < 4; ++m) {
            const cv::Point2d p = b[m], q = b[(m + 1) % 4];
            const Line other = lineOf(p, q);
            if (std::abs(shared.dir.dot(other.dir)) < std::cos(kSideJoinDegrees * CV_PI / 180.0) ||
                distance(shared, p) > kSideJoinPixels || distance(shared, q) > kSideJoinPixels)
                continue;
            const double tp = (p - shared.point).dot(shared.dir),
                         tq = (q - shared.point).dot(shared.dir);
            if (std::max(tp, tq) < 0.5 * length || std::min(tp, tq) > 0.5 * length)
                continue; // b's side does not reach the middle of a's
            // The sides' test first: it is cheap and few pairs pass it.
            if (quadIou(a, b) > 0.05)
                return std::nullopt;
            const Line far = lineOf(b[(m + 2) % 4], b[(m + 3) % 4]);
            const std::optional<cv::Point2d> x1 =
                intersect(lineOf(a[(k + 1) % 4], a[(k + 2) % 4]), far);
            const std::optional<cv::Point2d> x0 = intersect(lineOf(a[(k + 3) % 4], a[k]), far);
            if (!x0 || !x1)
                return std::nullopt;
            Quad joined = a;
            const Quad added{a[k], a[(k + 1) % 4], *x1, *x0};
            joined[k] = *x0;
            joined[(k + 1) % 4] = *x1;
            // What is added lies beyond a's side and is mostly b.
            if (quadArea(added) < 0.1 * quadArea(a) || quadIou(added, b) < kSideJoinOnOther)
                return std::nullopt;
            const cv::Scalar ma = meanInside(m_small, a), mb = meanInside(m_small, added);
            if (std::abs(ma[0] - mb[0]) < minLightStep ||
                std::hypot(ma[1] - mb[1], ma[2] - mb[2]) / 2 > maxColourStep)
                return std::nullopt;
            return joined;
        }
    }
    return std::nullopt;
}

void Search::addHull(const std::vector<cv::Point> &hull)
{
    const double peri = cv::arcLength(hull, true);
    for (double eps : {0.02, 0.05}) {
        std::vector<cv::Point> approx;
        cv::approxPolyDP(hull, approx, eps * peri, true);
        if (approx.size() == 4)
            addQuad({cv::Point2d(approx[0]), cv::Point2d(approx[1]), cv::Point2d(approx[2]),
                     cv::Point2d(approx[3])});
    }
    std::vector<cv::Point> fine;
    cv::approxPolyDP(hull, fine, std::max(1.0, 0.004 * peri), true);
    std::vector<cv::Point2d> poly(fine.begin(), fine.end());
    if (poly.size() >= 4)
        if (std::optional<Quad> q = reduceToQuad(poly))
            addQuad(*q);
    const cv::RotatedRect rr = cv::minAreaRect(hull);
    cv::Point2f pts[4];
    rr.points(pts);
    addQuad({cv::Point2d(pts[0]), cv::Point2d(pts[1]), cv::Point2d(pts[2]), cv::Point2d(pts[3])});
}

void Search::addQuad(const Quad &raw, bool fromMask)
{
    const Quad q = orderCorners(raw);
    if (!plausible(q))
        return;
    // Both in orderCorners' order already (it keeps an ordered quad as it is).
    const double near = fromMask ? 1.0 : 2.0;
    for (Candidate &c : m_candidates)
        if (std::abs(c.quad[0].x - q[0].x) < near && maxOrderedCornerError(c.quad, q) < near) {
            c.fromMask = c.fromMask || fromMask;
            c.fromTexture = c.fromTexture && m_source == Source::Texture;
            c.fromMoreLines = c.fromMoreLines && m_source == Source::MoreLines;
            c.fromPaper = c.fromPaper && m_source == Source::Paper;
            c.fromFaint = c.fromFaint && m_source == Source::Faint;
            return;
        }
    Candidate c;
    c.fromMask = fromMask;
    c.fromTexture = m_source == Source::Texture;
    c.fromMoreLines = m_source == Source::MoreLines;
    c.fromPaper = m_source == Source::Paper;
    c.fromFaint = m_source == Source::Faint;
    c.quad = q;
    c.area = quadArea(q);
    m_candidates.push_back(c);
}

void Search::scorePending()
{
    std::vector<size_t> pending;
    for (size_t i = 0; i < m_candidates.size(); ++i)
        if (!m_candidates[i].scored)
            pending.push_back(i);
    onBothThreads(pending.size(), [&](size_t i) { scoreCandidate(m_candidates[pending[i]]); });
}

bool Search::plausible(const Quad &q) const
{
    if (!isConvex(q))
        return false;
    const double a = quadArea(q);
    if (a < m_minArea || a > 0.97 * m_small.cols * m_small.rows)
        return false;
    double shortest = 1e300, longest = 0;
    std::array<double, 4> len{};
    for (int i = 0; i < 4; ++i) {
        len[i] = cv::norm(q[(i + 1) % 4] - q[i]);
        shortest = std::min(shortest, len[i]);
        longest = std::max(longest, len[i]);
        const cv::Point2d u = q[(i + 3) % 4] - q[i];
        const cv::Point2d v = q[(i + 1) % 4] - q[i];
        const double cosA = u.dot(v) / (cv::norm(u) * cv::norm(v));
        if (std::abs(cosA) > std::cos(35.0 * CV_PI / 180))
            return false;
    }
    if (shortest < 0.18 * longest)
        return false;
    if (std::min(len[0], len[2]) < 0.45 * std::max(len[0], len[2]) ||
        std::min(len[1], len[3]) < 0.45 * std::max(len[1], len[3]))
        return false;
    return true;
}

double Search::lineSupport(cv::Point2d a, cv::Point2d b, double *inFrame, int *sign) const
{
    const cv::Point2d d = b - a;
    const double len = cv::norm(d);
    if (len < 1e-9)
        return 0;
    const cv::Point2d n(-d.y / len, d.x / len);
    const int samples = std::max(10, int(len / 2.5));
    int hits = 0, pos = 0, inside = 0;
    for (int s = 0; s < samples; ++s) {
        const cv::Point2d p = a + d * (0.04 + 0.92 * (s + 0.5) / samples);
        inside += p.x >= 1 && p.y >= 1 && p.x < m_small.cols - 1 && p.y < m_small.rows - 1;
        for (int k = -2; k <= 2; ++k) {
            const int x = int(std::lround(p.x + k * n.x));
            const int y = int(std::lround(p.y + k * n.y));
            if (x < 1 || y < 1 || x >= m_small.cols - 1 || y >= m_small.rows - 1)
                continue;
            const float m = m_g.mag.at<float>(y, x);
            if (m < m_edgeThreshold)
                continue;
            const double along = (m_g.gx.at<float>(y, x) * n.x + m_g.gy.at<float>(y, x) * n.y) / m;
            if (std::abs(along) > 0.85) {
                ++hits;
                pos += along > 0;
                break;
            }
        }
    }
    if (inFrame)
        *inFrame = double(inside) / samples;
    if (sign)
        *sign = pos > hits - pos ? 1 : -1;
    const int major = std::max(pos, hits - pos);
    return (major + 0.5 * (hits - major)) / samples;
}

void Search::scoreCandidate(Candidate &c) const
{
    for (int i = 0; i < 4; ++i)
        c.support[size_t(i)] = lineSupport(c.quad[i], c.quad[(i + 1) % 4]);
    std::array<double, 4> s = c.support;
    std::sort(s.begin(), s.end());
    c.score = 0.25 * s[0] + 0.75 * (s[1] + s[2] + s[3]) / 3.0;
    c.scored = true;
}

double Search::takingScore(const Candidate &c) const
{
    const double tol = 1.5, right = m_small.cols - 1 - tol, bottom = m_small.rows - 1 - tol;
    std::array<double, 4> s{};
    std::array<bool, 4> unseen{};
    int unknown = 0;
    bool partly = false;
    for (int i = 0; i < 4; ++i) {
        const cv::Point2d p = c.quad[size_t(i)], q = c.quad[size_t((i + 1) % 4)];
        double inFrame = 1;
        s[size_t(i)] = lineSupport(p, q, &inFrame);
        const bool onEdge = (p.x <= tol && q.x <= tol) || (p.y <= tol && q.y <= tol) ||
                            (p.x >= right && q.x >= right) || (p.y >= bottom && q.y >= bottom);
        if (onEdge || inFrame < 0.3) {
            unseen[size_t(i)] = true;
            ++unknown;
        } else if (inFrame < 1) {
            s[size_t(i)] = std::min(1.0, s[size_t(i)] / inFrame);
            partly = true;
        }
    }
    if ((unknown == 0 && !partly) || unknown > 1)
        return c.score;
    double seen = 0;
    for (int i = 0; i < 4; ++i)
        if (!unseen[size_t(i)])
            seen += s[size_t(i)] / (4 - unknown);
    for (int i = 0; i < 4; ++i)
        if (unseen[size_t(i)])
            s[size_t(i)] = seen;
    std::sort(s.begin(), s.end());
    return std::max(c.score, 0.25 * s[0] + 0.75 * (s[1] + s[2] + s[3]) / 3.0);
}

double Search::shadowSide(const Candidate &c) const
{
    double worst = 0;
    for (int i = 0; i < 4; ++i) {
        const cv::Point2d a = c.quad[i], b = c.quad[(i + 1) % 4];
        const cv::Point2d d = (b - a) * 0.25;
        double inA = 0, inB = 0;
        int sa = 0, sb = 0, side = 0;
        lineSupport(a, b, nullptr, &side);
        const double beyondB = lineSupport(b + d * 0.1, b + d * 1.1, &inB, &sb);
        const double beyondA = lineSupport(a - d * 1.1, a - d * 0.1, &inA, &sa);
        if (inA < 0.5 || inB < 0.5 || sa != side || sb != side)
            continue;
        const cv::Point2d n = cv::Point2d(-d.y, d.x) / cv::norm(d); // inwards
        cv::Vec3d in(0, 0, 0), out(0, 0, 0);
        int k = 0;
        for (int s = 1; s < 12; ++s) {
            const cv::Point2d p = a + (b - a) * (s / 12.0);
            const cv::Point2d pi = p + 4.0 * n, po = p - 4.0 * n;
            if (pi.x < 0 || pi.y < 0 || po.x < 0 || po.y < 0 || pi.x >= m_small.cols ||
                po.x >= m_small.cols || pi.y >= m_small.rows || po.y >= m_small.rows)
                continue;
            const cv::Vec3b vi = m_small.at<cv::Vec3b>(int(pi.y), int(pi.x));
            const cv::Vec3b vo = m_small.at<cv::Vec3b>(int(po.y), int(po.x));
            in += cv::Vec3d(vi[0], vi[1], vi[2]);
            out += cv::Vec3d(vo[0], vo[1], vo[2]);
            ++k;
        }
        if (k < 6)
            continue;
        in /= k;
        out /= k;
        // Lab with the colour axes stretched x2 (prepare()).
        if (std::abs(in[0] - out[0]) < 12 || std::hypot(in[1] - out[1], in[2] - out[2]) > 12)
            continue;
        worst = std::max(worst, std::min(beyondA / inA, beyondB / inB));
    }
    return worst;
}

std::vector<cv::Vec4i> houghSegments(const cv::Mat &edges)
{
    std::vector<cv::Vec4i> segs;
    const double minDim = std::min(edges.cols, edges.rows);
    cv::HoughLinesP(edges, segs, 1, CV_PI / 180, 25, minDim * 0.06, 3);
    return segs;
}

std::vector<cv::Vec4i> straightPieces(const cv::Mat &edges)
{
    std::vector<cv::Vec4i> segs;
    const double minDim = std::min(edges.cols, edges.rows);
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(edges, contours, cv::RETR_LIST, cv::CHAIN_APPROX_NONE);
    for (const auto &c : contours) {
        if (c.size() < minDim * 0.12)
            continue;
        std::vector<cv::Point> approx;
        cv::approxPolyDP(c, approx, 2.5, false);
        for (size_t i = 0; i + 1 < approx.size(); ++i) {
            const cv::Point a = approx[i], b = approx[i + 1];
            if (cv::norm(b - a) >= minDim * 0.1)
                segs.emplace_back(a.x, a.y, b.x, b.y);
        }
    }
    return segs;
}

std::vector<cv::Vec4i> Search::longestFirst(std::vector<cv::Vec4i> segs)
{
    std::sort(segs.begin(), segs.end(), [](const cv::Vec4i &a, const cv::Vec4i &b) {
        return std::hypot(a[2] - a[0], a[3] - a[1]) > std::hypot(b[2] - b[0], b[3] - b[1]);
    });
    return segs;
}

const Quad &Search::LineQuads::at(size_t i)
{
    if (i >= m_sorted)
        sortTo(i + 1);
    return m_ranked[i].q;
}

double Search::LineQuads::coverAt(size_t i)
{
    if (i >= m_sorted)
        sortTo(i + 1);
    return m_ranked[i].cover;
}

void Search::LineQuads::sortTo(size_t end)
{
    // The chunk: most frames take fewer than this many of a pass, so one partial sort does.
    constexpr size_t kChunk = 128;
    end = std::min(m_ranked.size(), std::max(end, m_sorted + kChunk));
    if (end <= m_sorted)
        return;
    // A strict order (cover, then the order made), so the front is what a stable sort of the
    // whole by cover would give, whichever elements the partial sort moves.
    std::partial_sort(m_ranked.begin() + long(m_sorted), m_ranked.begin() + long(end),
                      m_ranked.end(), [](const Ranked &x, const Ranked &y) {
                          return x.cover != y.cover ? x.cover > y.cover : x.made < y.made;
                      });
    m_sorted = end;
}

void Search::addLineQuads(LineQuads &quads, const LinePass &pass)
{
    m_source = pass.source;
    int added = 0;
    for (size_t i = 0; i < quads.size() && added < pass.maxQuads; ++i) {
        const size_t before = m_candidates.size();
        addQuad(quads.at(i));
        added += m_candidates.size() > before;
    }
    m_source = Source::Edges;
}

Search::LineQuads Search::lineQuads(const std::vector<cv::Vec4i> &segs, cv::Size size,
                                    const LinePass &pass)
{
    const size_t maxLines = pass.maxLines, keepLines = pass.keepLines;
    const double minDim = std::min(size.width, size.height);
    struct Merged
    {
        cv::Point2d point, dir;
        double length = 0;
        std::vector<std::pair<double, double>> spans; // along dir, from point
    };
    std::vector<Merged> lines;
    for (const cv::Vec4i &sg : segs) {
        const cv::Point2d a(sg[0], sg[1]), b(sg[2], sg[3]);
        const double len = cv::norm(b - a);
        const cv::Point2d dir = (b - a) / len;
        Merged *home = nullptr;
        for (Merged &m : lines) {
            if (std::abs(m.dir.dot(dir)) < std::cos(2.5 * CV_PI / 180))
                continue;
            const cv::Point2d n(-m.dir.y, m.dir.x);
            if (std::abs((a - m.point).dot(n)) < 2.5 && std::abs((b - m.point).dot(n)) < 2.5) {
                home = &m;
                break;
            }
        }
        if (!home) {
            if (lines.size() >= maxLines)
                continue;
            lines.push_back({a, dir, 0, {}});
            home = &lines.back();
        }
        double t0 = (a - home->point).dot(home->dir), t1 = (b - home->point).dot(home->dir);
        if (t0 > t1)
            std::swap(t0, t1);
        home->spans.emplace_back(t0, t1);
        home->length += len;
    }
    std::sort(lines.begin(), lines.end(),
              [](const Merged &a, const Merged &b) { return a.length > b.length; });
    if (lines.size() > keepLines)
        lines.resize(keepLines);
    auto covered = [](const Merged &m, cv::Point2d p, cv::Point2d q) {
        double t0 = (p - m.point).dot(m.dir), t1 = (q - m.point).dot(m.dir);
        if (t0 > t1)
            std::swap(t0, t1);
        double c = 0;
        for (const auto &[s0, s1] : m.spans)
            c += std::max(0.0, std::min(s1, t1) - std::max(s0, t0));
        return std::min(c, t1 - t0);
    };
    // Opposite pairs: nearly parallel (perspective allows some convergence), apart.
    std::vector<std::pair<int, int>> pairs;
    for (int i = 0; i < int(lines.size()); ++i)
        for (int j = i + 1; j < int(lines.size()); ++j) {
            const Merged &a = lines[size_t(i)], &b = lines[size_t(j)];
            if (std::abs(a.dir.dot(b.dir)) < std::cos(25.0 * CV_PI / 180))
                continue;
            const cv::Point2d n(-a.dir.y, a.dir.x);
            if (std::abs((b.point - a.point).dot(n)) < 0.08 * minDim)
                continue;
            pairs.emplace_back(i, j);
        }
    // Where each two lines meet, when that is in the frame (a little outside allowed): once per
    // pair of lines rather than once per quadrilateral of the pairs (the wider pass weighs
    // about a hundred thousand, most of them with a corner out of the frame).
    const size_t n = lines.size();
    std::vector<cv::Point2d> meet(n * n);
    std::vector<uchar> meets(n * n, 0);
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < n; ++j) {
            if (i == j)
                continue;
            const std::optional<cv::Point2d> pt =
                intersect(Line{lines[i].point, lines[i].dir}, Line{lines[j].point, lines[j].dir});
            if (pt && pt->x >= -2 && pt->y >= -2 && pt->x <= size.width + 1 &&
                pt->y <= size.height + 1) {
                meet[i * n + j] = *pt;
                meets[i * n + j] = 1;
            }
        }
    // A side's cover depends on its line and the two lines across it only, so each is worked
    // out once per pair of lines across and kept: side x of pair p's lines i and j, walked
    // from i's meeting point to j's (from the first) or back (from the second), with the
    // meeting points in the order the quadrilateral below walks its sides.
    const size_t np = pairs.size();
    std::vector<double> firstMemo(np * n, -1.0), secondMemo(np * n, -1.0);
    auto sideCover = [&](size_t p, size_t x, bool fromFirst) {
        double &v = (fromFirst ? firstMemo : secondMemo)[p * n + x];
        if (v < 0) {
            size_t i = size_t(pairs[p].first), j = size_t(pairs[p].second);
            if (!fromFirst)
                std::swap(i, j);
            v = covered(lines[x], meet[i * n + x], meet[x * n + j]);
        }
        return v;
    };
    LineQuads out;
    for (size_t p = 0; p < pairs.size(); ++p) {
        const size_t ia = size_t(pairs[p].first), ib = size_t(pairs[p].second);
        const Merged &a = lines[ia];
        for (size_t r = p + 1; r < pairs.size(); ++r) {
            const size_t ic = size_t(pairs[r].first), id = size_t(pairs[r].second);
            if (!(meets[ia * n + ic] & meets[ic * n + ib] & meets[ib * n + id] &
                  meets[id * n + ia]))
                continue;
            const Merged &c = lines[ic];
            if (std::abs(a.dir.dot(c.dir)) > std::cos(40.0 * CV_PI / 180))
                continue;
            const cv::Point2d p0 = meet[ia * n + ic], p1 = meet[ic * n + ib],
                              p2 = meet[ib * n + id], p3 = meet[id * n + ia];
            const Quad q{p0, p1, p2, p3};
            if (!isConvex(q))
                continue;
            const double peri =
                cv::norm(p1 - p0) + cv::norm(p2 - p1) + cv::norm(p3 - p2) + cv::norm(p0 - p3);
            // c from p0 to p1, b from p1 to p2, d from p2 to p3, a from p3 to p0.
            const double cov = sideCover(p, ic, true) + sideCover(r, ib, true) +
                               sideCover(p, id, false) + sideCover(r, ia, false);
            // Below a third covered: never added (most of them; not kept, not sorted).
            if (cov >= 0.3 * peri)
                out.m_ranked.push_back({q, cov / peri, out.m_ranked.size()});
        }
    }
    // The first chunk here, on the thread that made them.
    out.sortTo(0);
    return out;
}

} // namespace hd::capture::detail
