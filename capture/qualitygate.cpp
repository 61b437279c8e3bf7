#include "qualitygate.h"

#include "documentdetector.h"
#include "imagestats.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace hd::capture {

namespace {
// The document seen at a fixed size (800 px on its longer side), whatever its distance.
cv::Mat normalisedView(const cv::Mat &frame, const Quad &q)
{
    const double w = (cv::norm(q[1] - q[0]) + cv::norm(q[2] - q[3])) / 2;
    const double h = (cv::norm(q[3] - q[0]) + cv::norm(q[2] - q[1])) / 2;
    const double s = 800.0 / std::max(1.0, std::max(w, h));
    const cv::Size out(std::max(8, int(w * s)), std::max(8, int(h * s)));
    std::vector<cv::Point2f> src, dst = {{0, 0},
                                         {float(out.width), 0},
                                         {float(out.width), float(out.height)},
                                         {0, float(out.height)}};
    for (const cv::Point2d &p : q)
        src.emplace_back(float(p.x), float(p.y));
    cv::Mat view;
    cv::warpPerspective(frame, view, cv::getPerspectiveTransform(src, dst), out, cv::INTER_LINEAR,
                        cv::BORDER_REPLICATE);
    return view;
}

// Share of the pixels burnt out in all three channels.
double burntOut(const cv::Mat &bgr)
{
    CV_Assert(bgr.type() == CV_8UC3);
    size_t burnt = 0;
    for (int y = 0; y < bgr.rows; ++y) {
        const uchar *row = bgr.ptr<uchar>(y);
        for (int x = 0; x < 3 * bgr.cols; x += 3)
            burnt += row[x] >= 250 && row[x + 1] >= 250 && row[x + 2] >= 250;
    }
    return double(burnt) / double(bgr.total());
}
} // namespace

QString describe(QualityIssue issue)
{
    switch (issue) {
    case QualityIssue::Blurry:
        return QCoreApplication::translate("hd::capture::QualityGate",
                                           "图像模糊：请稳住证件，等待对焦");
    case QualityIssue::Glare:
        return QCoreApplication::translate("hd::capture::QualityGate",
                                           "反光遮挡文字：请调整证件角度或灯光");
    case QualityIssue::TooSmall:
        return QCoreApplication::translate("hd::capture::QualityGate",
                                           "证件太小或太远：请靠近镜头");
    case QualityIssue::OutOfFrame:
        return QCoreApplication::translate("hd::capture::QualityGate",
                                           "证件未完整入镜：请移到画面中间");
    case QualityIssue::Moving:
        return QCoreApplication::translate("hd::capture::QualityGate", "证件在移动：请放稳");
    case QualityIssue::WrongShape:
        return QCoreApplication::translate(
            "hd::capture::QualityGate",
            "框出的形状与所选证件不符：请确认所选证件，把证件单独放好，或手动调整四角");
    }
    return {};
}

QStringList QualityReport::reasons() const
{
    QStringList out;
    for (QualityIssue i : issues)
        out << describe(i);
    return out;
}

QualityGate::QualityGate(QualityThresholds thresholds)
    : m_t(thresholds)
{}

namespace {
// The figures of the outline alone (size, place, move): no pixel read.
QualityFigures outlineFigures(const cv::Mat &frame, const Quad &q,
                              const std::optional<Quad> &previous, double expectedProportions)
{
    QualityFigures f;
    f.areaShare = quadArea(q) / (double(frame.cols) * frame.rows);
    double margin = 1e9;
    for (const cv::Point2d &p : q)
        margin = std::min({margin, p.x, p.y, frame.cols - 1 - p.x, frame.rows - 1 - p.y});
    f.borderMargin = margin / std::min(frame.cols, frame.rows);
    if (previous)
        f.motion = maxCornerError(q, *previous) / std::hypot(frame.cols, frame.rows);
    if (expectedProportions > 0)
        f.otherShape =
            matchShape(q, frame.size(), expectedProportions, kShapeTolerance) == ShapeMatch::Other;
    return f;
}
} // namespace

QualityReport QualityGate::assessLive(const cv::Mat &frame, const Quad &quad,
                                      const std::optional<Quad> &previous,
                                      double expectedProportions) const
{
    if (frame.empty())
        return judge(QualityFigures{});
    QualityFigures f = outlineFigures(frame, orderCorners(quad), previous, expectedProportions);
    if (f.motion <= m_t.maxMotion)
        return judge(measure(frame, quad, previous, expectedProportions));
    f.imageMeasured = false;
    return judge(f);
}

QualityFigures QualityGate::measure(const cv::Mat &frame, const Quad &rawQuad,
                                    const std::optional<Quad> &previous, double expectedProportions)
{
    QualityFigures f;
    if (frame.empty())
        return f;
    const Quad q = orderCorners(rawQuad);
    f = outlineFigures(frame, q, previous, expectedProportions);

    cv::Mat view = normalisedView(frame, q);
    if (view.channels() == 1)
        cv::cvtColor(view, view, cv::COLOR_GRAY2BGR);
    // Glare: pixels burnt out in all three channels.
    f.glare = burntOut(view);
    // Sharpness: the strongest edges relative to the document's own contrast, so that it does
    // not depend on the light or on how much print the page holds.
    cv::Mat gray, gx, gy, mag;
    cv::cvtColor(view, gray, cv::COLOR_BGR2GRAY);
    const cv::Rect inner(view.cols / 20, view.rows / 20, view.cols * 9 / 10, view.rows * 9 / 10);
    gray = gray(inner);
    cv::Sobel(gray, gx, CV_32F, 1, 0, 3, 0.25);
    cv::Sobel(gray, gy, CV_32F, 0, 1, 3, 0.25);
    cv::magnitude(gx, gy, mag);
    const double contrast = percentile(gray, 0.99) - percentile(gray, 0.01);
    // |Sobel| x 0.25 ≤ 255 per axis, so the magnitude ≤ 255 √2.
    f.sharpness =
        contrast > 8 ? percentile(mag, 0.998, 0.25, 255 * std::sqrt(2.0)) / contrast : 0.0;
    return f;
}

QualityReport QualityGate::judge(const QualityFigures &f) const
{
    QualityReport r;
    r.figures = f;
    if (f.borderMargin < m_t.minBorderMargin)
        r.issues.push_back(QualityIssue::OutOfFrame);
    if (f.areaShare < m_t.minAreaShare)
        r.issues.push_back(QualityIssue::TooSmall);
    if (f.motion > m_t.maxMotion)
        r.issues.push_back(QualityIssue::Moving);
    if (f.otherShape)
        r.issues.push_back(QualityIssue::WrongShape);
    if (f.imageMeasured && f.sharpness < m_t.minSharpness)
        r.issues.push_back(QualityIssue::Blurry);
    if (f.imageMeasured && f.glare > m_t.maxGlare)
        r.issues.push_back(QualityIssue::Glare);
    return r;
}

} // namespace hd::capture
