#pragma once

#include "documentdetector.h"
#include "quad.h"

#include <QtGlobal>

#include <opencv2/core.hpp>
#include <optional>

namespace hd::capture {

struct TrackerOptions
{
    // A full detection at least this often (analysed frames, and time): it finds a document
    // laid down beside the one followed, and corrects a track that slid onto another edge.
    int detectEvery = 6;
    qint64 detectEveryMs = 300;
    // The sides are searched for within this share of the frame's diagonal of where the
    // outline is expected (its last place moved on at its last speed).
    double range = 0.012;
    // The followed outline must keep the edge support the detector itself accepts
    // (DetectorOptions::acceptScore) and its size within this factor; otherwise the track is
    // lost.
    double maxAreaChange = 1.25;
};

// Follows the document from one analysed frame to the next for the live preview: each side
// re-fitted near where it is expected (DocumentDetector::follow, a few milliseconds) instead
// of the full search (DocumentDetector::detect, ~30 ms on 1280x720). The full detection still
// runs every few frames, whenever the track is lost (support gone, size jumped) and when
// nothing is being followed, and it has the last word: when it finds no document, there is
// none. So the outline keeps up with a moving document while the detector's accuracy holds.
class QuadTracker final
{
public:
    explicit QuadTracker(const DocumentDetector &detector, TrackerOptions options = {});

    // `expectedProportions`: the kind of document wanted (DocumentDetector::detect).
    std::optional<Detection> next(const cv::Mat &frame, qint64 timestampMs,
                                  double expectedProportions = 0);
    // Whether the last next() followed the outline (true) or ran the full detection.
    bool lastFollowed() const { return m_lastFollowed; }
    // Forget the document followed (a new source): the next frame is searched afresh.
    void reset();

private:
    std::optional<Detection> detect(const cv::Mat &frame, qint64 timestampMs,
                                    double expectedProportions);
    void remember(const std::optional<Detection> &d, qint64 timestampMs);

    const DocumentDetector &m_detector;
    TrackerOptions m_options;
    std::optional<Quad> m_last, m_before;
    qint64 m_lastMs = 0, m_beforeMs = 0;
    qint64 m_detectedMs = 0;
    int m_sinceDetection = 0;
    bool m_lastFollowed = false;
};

} // namespace hd::capture
