// The frame made ready for the search: the working image, its median and stretched Lab, the
// colour gradient and the frame's contrast; the segmentation network's view of it, run on the
// detector's helper thread; the smooth regions and the network's region as outlines.
#include "detector/prepare.h"

#include "detector/search.h"
#include "documentdetector.h"
#include "documentsegmenter.h"
#include "imagestats.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <exception>
#include <opencv2/imgproc.hpp>
#include <utility>
#include <vector>

namespace hd::capture::detail {

namespace {

// Where the working image is smooth: the standard deviation of grey over 5 x 5 pixels (a
// little blurred) below twice its 5th percentile and a grey level, at least 2 levels. On a
// patterned desk that is the document's blank paper: a page's margin as a ring around its
// print, a card's plain ground. A frame smooth in more than kPlainDesk of its area is a plain
// desk, whose document the edges outline: nothing (an empty Mat) there; the smooth regions'
// outlines would only compete with theirs (a smeared side's inner end, the print's block).
constexpr double kPlainDesk = 0.7;
} // namespace

HelperThread &HelperThread::instance()
{
    static HelperThread t;
    return t;
}

void HelperThread::enqueue(std::function<void()> job)
{
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(job));
    }
    m_wake.notify_one();
}

HelperThread::HelperThread()
    : m_thread([this] { loop(); })
{}

HelperThread::~HelperThread()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void HelperThread::loop()
{
    for (;;) {
        std::function<void()> job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_queue.empty())
                return;
            job = std::move(m_queue.front());
            m_queue.pop_front();
        }
        job();
    }
}

void onBothThreads(size_t n, const std::function<void(size_t)> &job)
{
    if (n < 2) {
        for (size_t i = 0; i < n; ++i)
            job(i);
        return;
    }
    // Shared with the helper's job, which may start after every job is done and the caller
    // gone: it then takes nothing and never touches `job`.
    struct Shared
    {
        std::atomic<size_t> next{0};
        std::mutex mutex;
        std::condition_variable allDone;
        size_t done = 0;
        std::exception_ptr error;
    };
    const auto shared = std::make_shared<Shared>();
    const auto work = [n](Shared &s, const std::function<void(size_t)> &run) {
        for (size_t i; (i = s.next.fetch_add(1)) < n;) {
            std::exception_ptr error;
            try {
                run(i);
            } catch (...) {
                error = std::current_exception();
            }
            const std::lock_guard lock(s.mutex);
            if (error && !s.error)
                s.error = error;
            if (++s.done == n)
                s.allDone.notify_all();
        }
    };
    (void)HelperThread::instance().run([shared, work, &job] { work(*shared, job); });
    work(*shared, job);
    std::unique_lock lock(shared->mutex);
    shared->allDone.wait(lock, [&] { return shared->done == n; });
    if (shared->error)
        std::rethrow_exception(shared->error);
}

void preparePrior(Prepared &p, const DocumentSegmenter &segmenter)
{
    const cv::Mat cells = segmenter.probabilities(p.small);
    if (cells.empty())
        return;
    const int k = DocumentSegmenter::cellOf(p.small, cells) / 2;
    cv::Mat up;
    cv::resize(cells, up, cv::Size(cells.cols * k, cells.rows * k), 0, 0, cv::INTER_LINEAR);
    p.prob = up(cv::Rect(0, 0, std::min(up.cols, (p.small.cols + 1) / 2),
                         std::min(up.rows, (p.small.rows + 1) / 2)))
                 .clone();
    p.probTotal = cv::sum(p.prob)[0];
}

PriorMatch priorMatch(const Prepared &p, const Quad &q)
{
    PriorMatch m;
    if (p.prob.empty())
        return m;
    std::vector<cv::Point> poly;
    for (const cv::Point2d &c : q)
        poly.emplace_back(int(std::lround(c.x * 2)), int(std::lround(c.y * 2))); // 1/4 px
    const cv::Rect box = cv::boundingRect(poly);
    const cv::Rect r(cv::Point(box.x >> 2, box.y >> 2),
                     cv::Point((box.br().x >> 2) + 2, (box.br().y >> 2) + 2));
    const cv::Rect roi = r & cv::Rect(0, 0, p.prob.cols, p.prob.rows);
    if (roi.area() <= 0)
        return m;
    cv::Mat mask = cv::Mat::zeros(roi.size(), CV_8U);
    for (cv::Point &pt : poly)
        pt -= cv::Point(roi.x * 4, roi.y * 4);
    cv::fillConvexPoly(mask, poly, cv::Scalar(255), cv::LINE_8, 2);
    const double area = cv::countNonZero(mask);
    if (area <= 0)
        return m;
    const double in = cv::mean(p.prob(roi), mask)[0] * area;
    m.inside = in / area;
    // The outline's whole area (also the part outside the frame) counts.
    const double quadArea4 = quadArea(q) / 4.0;
    m.iou = in / std::max(1e-9, std::max(area, quadArea4) + p.probTotal - in);
    return m;
}

cv::Mat smoothRegions(const cv::Mat &small)
{
    cv::Mat grey, mean, meanSq, sd;
    cv::cvtColor(small, grey, cv::COLOR_BGR2GRAY);
    grey.convertTo(grey, CV_32F);
    cv::blur(grey, mean, cv::Size(5, 5));
    cv::blur(grey.mul(grey), meanSq, cv::Size(5, 5));
    cv::sqrt(cv::max(meanSq - mean.mul(mean), 0), sd);
    cv::GaussianBlur(sd, sd, cv::Size(), 1.0);
    const double threshold = std::max(2.0, 2.0 * percentile(sd, 0.05, 0.125, 255.0) + 1.0);
    cv::Mat smooth = sd < threshold;
    cv::morphologyEx(smooth, smooth, cv::MORPH_OPEN,
                     cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
    if (cv::countNonZero(smooth) > kPlainDesk * double(smooth.total()))
        return {};
    return smooth;
}

std::vector<cv::Mat> unlikePaper(const Prepared &p)
{
    // The paper's colour: per channel of the stretched Lab, the median over the lightest 40 %.
    const cv::Mat light = p.lightness > percentile(p.lightness, 0.6);
    const int n = cv::countNonZero(light);
    if (n == 0)
        return {};
    std::array<std::array<int, 256>, 3> hist{};
    for (int y = 0; y < p.lab.rows; ++y) {
        const cv::Vec3b *v = p.lab.ptr<cv::Vec3b>(y);
        const uchar *m = light.ptr<uchar>(y);
        for (int x = 0; x < p.lab.cols; ++x)
            if (m[x])
                for (size_t c = 0; c < 3; ++c)
                    ++hist[c][v[x][int(c)]];
    }
    cv::Vec3f paper;
    for (size_t c = 0; c < 3; ++c) {
        int level = 0;
        for (int acc = hist[c][0]; level < 255 && acc < n / 2;)
            acc += hist[c][size_t(++level)];
        paper[int(c)] = float(level);
    }
    // The distance from it in Lab units: lightness counts a third (uneven light darkens the
    // paper itself), the colour axes halved back from the stretch.
    cv::Mat distance(p.lab.size(), CV_32F);
    for (int y = 0; y < p.lab.rows; ++y) {
        const cv::Vec3b *v = p.lab.ptr<cv::Vec3b>(y);
        float *d = distance.ptr<float>(y);
        for (int x = 0; x < p.lab.cols; ++x) {
            const float l = (v[x][0] - paper[0]) / 3, a = (v[x][1] - paper[1]) / 2,
                        b = (v[x][2] - paper[2]) / 2;
            d[x] = std::sqrt(l * l + a * a + b * b);
        }
    }
    // Print is strokes a few pixels wide: opened away, a card (or anything wider) stays.
    const cv::Mat print = cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(7, 7));
    std::vector<cv::Mat> out;
    for (const double t : {3.0, 5.0, 8.0}) {
        cv::Mat unlike = distance > t;
        cv::morphologyEx(unlike, unlike, cv::MORPH_OPEN, print);
        out.push_back(unlike);
    }
    return out;
}

std::optional<Quad> largestRegionQuad(const cv::Mat &region)
{
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(region, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    if (contours.empty())
        return std::nullopt;
    const auto largest =
        std::max_element(contours.begin(), contours.end(), [](const auto &a, const auto &b) {
            return cv::contourArea(a) < cv::contourArea(b);
        });
    std::vector<cv::Point> hull;
    cv::convexHull(*largest, hull);
    std::vector<cv::Point> fine;
    cv::approxPolyDP(hull, fine, std::max(1.0, 0.004 * cv::arcLength(hull, true)), true);
    if (fine.size() < 4)
        return std::nullopt;
    return reduceToQuad(std::vector<cv::Point2d>(fine.begin(), fine.end()));
}

bool prepareWorking(const cv::Mat &input, int workingSize, Prepared &p)
{
    if (input.empty() || input.cols < 16 || input.rows < 16)
        return false;
    cv::Mat &image = p.image;
    if (input.channels() == 1)
        cv::cvtColor(input, image, cv::COLOR_GRAY2BGR);
    else if (input.channels() == 4)
        cv::cvtColor(input, image, cv::COLOR_BGRA2BGR);
    else
        image = input;
    if (image.depth() != CV_8U)
        return false;
    p.small = detectorWorkingImage(image, workingSize, &p.scale);
    return true;
}

void prepareRest(Prepared &p)
{
    cv::medianBlur(p.small, p.smooth, 5);
    // Lab with the colour axes stretched: a page and a desk often differ in colour more than
    // in brightness.
    cv::Mat lab;
    cv::cvtColor(p.smooth, lab, cv::COLOR_BGR2Lab);
    cv::extractChannel(lab, p.lightness, 0);
    {
        int hist[256] = {};
        for (int y = 0; y < p.lightness.rows; ++y) {
            const uchar *row = p.lightness.ptr<uchar>(y);
            for (int x = 0; x < p.lightness.cols; ++x)
                ++hist[row[x]];
        }
        const int total = p.lightness.rows * p.lightness.cols;
        int lo = 0, hi = 255;
        for (int acc = 0; lo < 255 && (acc += hist[lo]) < total / 50;)
            ++lo;
        for (int acc = 0; hi > 0 && (acc += hist[hi]) < total / 50;)
            --hi;
        p.contrast = std::clamp((hi - lo) / 150.0, 0.35, 1.0);
    }
    static const cv::Mat stretch = [] {
        cv::Mat t(1, 256, CV_8UC3);
        for (int v = 0; v < 256; ++v)
            t.at<cv::Vec3b>(v) = cv::Vec3b(uchar(v), cv::saturate_cast<uchar>(2 * v - 128),
                                           cv::saturate_cast<uchar>(2 * v - 128));
        return t;
    }();
    cv::LUT(lab, stretch, p.lab);
    p.g = colourGradient(p.lab);
}

bool prepare(const cv::Mat &input, int workingSize, Prepared &p)
{
    if (!prepareWorking(input, workingSize, p))
        return false;
    prepareRest(p);
    return true;
}

} // namespace hd::capture::detail
