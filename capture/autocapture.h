#pragma once

#include "quad.h"

#include <QtGlobal>

#include <opencv2/core.hpp>
#include <optional>

namespace hd::capture {

struct AutoCaptureOptions
{
    qint64 holdMs = 600;           // good and still for this long → capture
    double driftTolerance = 0.006; // corner drift allowed while holding, share of the diagonal
    double rearmMove = 0.08;       // after a capture, the document must leave or move this much
    qint64 goneMs = 200;           // ... leaving means gone for two analysed frames and this long
};

// Decides when to take the picture: when the outline has been found, passed the quality
// gates and stayed put for a short moment. After a capture it waits until the document is
// taken away or moved before it captures again, so one document gives one picture. A manual
// capture never needs it.
class AutoCapture final
{
public:
    explicit AutoCapture(AutoCaptureOptions options = {});

    // Feeds one analysed frame; returns true when this frame should be captured.
    bool update(qint64 timestampMs, cv::Size frameSize, const std::optional<Quad> &quad, bool good);
    // Progress of the current hold, 0..1 (for the preview's ring).
    double progress() const { return m_progress; }
    // Arms again at once (after a retake).
    void reset();

private:
    AutoCaptureOptions m_options;
    qint64 m_stableSince = -1;
    std::optional<Quad> m_anchor;
    std::optional<Quad> m_captured;
    int m_absentFrames = 0;
    qint64 m_absentSince = 0;
    double m_progress = 0;
};

} // namespace hd::capture
