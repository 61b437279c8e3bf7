#include "quadtracker.h"

#include <algorithm>
#include <cmath>

namespace hd::capture {

QuadTracker::QuadTracker(const DocumentDetector &detector, TrackerOptions options)
    : m_detector(detector)
    , m_options(options)
{}

void QuadTracker::reset()
{
    m_last.reset();
    m_before.reset();
    m_sinceDetection = 0;
    m_lastFollowed = false;
}

void QuadTracker::remember(const std::optional<Detection> &d, qint64 timestampMs)
{
    if (!d) {
        reset();
        return;
    }
    m_before = m_last;
    m_beforeMs = m_lastMs;
    m_last = d->quad;
    m_lastMs = timestampMs;
}

std::optional<Detection> QuadTracker::detect(const cv::Mat &frame, qint64 timestampMs,
                                             double expectedProportions)
{
    std::optional<Detection> d = m_detector.detect(frame, expectedProportions);
    m_detectedMs = timestampMs;
    m_sinceDetection = 0;
    m_lastFollowed = false;
    if (d && m_last && maxCornerError(d->quad, *m_last) > 0.25 * std::hypot(frame.cols, frame.rows))
        m_last.reset(); // another document, or the same one put back elsewhere: no speed yet
    remember(d, timestampMs);
    return d;
}

std::optional<Detection> QuadTracker::next(const cv::Mat &frame, qint64 timestampMs,
                                           double expectedProportions)
{
    const bool due = m_sinceDetection + 1 >= m_options.detectEvery ||
                     timestampMs - m_detectedMs >= m_options.detectEveryMs ||
                     timestampMs < m_lastMs;
    if (!m_last || due)
        return detect(frame, timestampMs, expectedProportions);

    // Where the outline should be now: its last place, moved on at the speed it had between
    // the last two frames (a document slid across the desk).
    Quad expected = *m_last;
    if (m_before && m_lastMs > m_beforeMs) {
        const double f =
            std::min(2.0, double(timestampMs - m_lastMs) / double(m_lastMs - m_beforeMs));
        for (size_t i = 0; i < 4; ++i)
            expected[i] += f * ((*m_last)[i] - (*m_before)[i]);
    }
    const double diagonal = std::hypot(frame.cols, frame.rows);
    const int range = std::max(6, int(std::lround(m_options.range * diagonal)));
    const std::optional<Detection> d = m_detector.follow(frame, expected, range);
    const double area = d ? quadArea(d->quad) : 0;
    const double lastArea = quadArea(*m_last);
    const bool held = d && d->score >= m_detector.options().acceptScore && isConvex(d->quad) &&
                      area > 0 && area <= lastArea * m_options.maxAreaChange &&
                      area * m_options.maxAreaChange >= lastArea;
    if (!held)
        return detect(frame, timestampMs,
                      expectedProportions); // lost: search the whole frame at once
    ++m_sinceDetection;
    m_lastFollowed = true;
    remember(d, timestampMs);
    return d;
}

} // namespace hd::capture
