#include "qualitygate.h"

#include <QCoreApplication>

#include <algorithm>
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

// The p-quantile of a non-negative CV_32F image, exact to `step` (a histogram instead of a
// sort: the gates run on every analysed frame).
double percentile(const cv::Mat &values, double p, double step)
{
    CV_Assert(values.type() == CV_32F);
    double maxValue = 0;
    cv::minMaxLoc(values, nullptr, &maxValue);
    const int bins = std::max(1, int(maxValue / step) + 2);
    std::vector<int> hist(size_t(bins), 0);
    for (int y = 0; y < values.rows; ++y) {
        const float *row = values.ptr<float>(y);
        for (int x = 0; x < values.cols; ++x)
            ++hist[size_t(std::clamp(int(row[x] / step + 0.5), 0, bins - 1))];
    }
    const double target = p * double(values.total() - 1);
    double seen = 0;
    for (int b = 0; b < bins; ++b) {
        seen += hist[size_t(b)];
        if (seen > target)
            return b * step;
    }
    return maxValue;
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

QualityFigures QualityGate::measure(const cv::Mat &frame, const Quad &rawQuad,
                                    const std::optional<Quad> &previous)
{
    QualityFigures f;
    if (frame.empty())
        return f;
    const Quad q = orderCorners(rawQuad);
    f.areaShare = quadArea(q) / (double(frame.cols) * frame.rows);
    double margin = 1e9;
    for (const cv::Point2d &p : q)
        margin = std::min({margin, p.x, p.y, frame.cols - 1 - p.x, frame.rows - 1 - p.y});
    f.borderMargin = margin / std::min(frame.cols, frame.rows);
    if (previous)
        f.motion = maxCornerError(q, *previous) / std::hypot(frame.cols, frame.rows);

    cv::Mat view = normalisedView(frame, q);
    if (view.channels() == 1)
        cv::cvtColor(view, view, cv::COLOR_GRAY2BGR);
    // Glare: pixels burnt out in all three channels.
    cv::Mat minCh;
    std::vector<cv::Mat> ch;
    cv::split(view, ch);
    cv::min(ch[0], ch[1], minCh);
    cv::min(minCh, ch[2], minCh);
    f.glare = double(cv::countNonZero(minCh >= 250)) / double(minCh.total());
    // Sharpness: the strongest edges relative to the document's own contrast, so that it does
    // not depend on the light or on how much print the page holds.
    cv::Mat gray, gx, gy, mag;
    cv::cvtColor(view, gray, cv::COLOR_BGR2GRAY);
    const cv::Rect inner(view.cols / 20, view.rows / 20, view.cols * 9 / 10, view.rows * 9 / 10);
    gray = gray(inner);
    cv::Sobel(gray, gx, CV_32F, 1, 0, 3, 0.25);
    cv::Sobel(gray, gy, CV_32F, 0, 1, 3, 0.25);
    cv::magnitude(gx, gy, mag);
    cv::Mat g32;
    gray.convertTo(g32, CV_32F);
    const double contrast = percentile(g32, 0.99, 1.0) - percentile(g32, 0.01, 1.0);
    f.sharpness = contrast > 8 ? percentile(mag, 0.998, 0.25) / contrast : 0.0;
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
    if (f.sharpness < m_t.minSharpness)
        r.issues.push_back(QualityIssue::Blurry);
    if (f.glare > m_t.maxGlare)
        r.issues.push_back(QualityIssue::Glare);
    return r;
}

} // namespace hd::capture
