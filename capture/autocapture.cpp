#include "autocapture.h"

#include <cmath>

namespace hd::capture {

AutoCapture::AutoCapture(AutoCaptureOptions options)
    : m_options(options)
{}

void AutoCapture::reset()
{
    m_stableSince = -1;
    m_anchor.reset();
    m_captured.reset();
    m_absentFrames = 0;
    m_progress = 0;
}

bool AutoCapture::update(qint64 t, cv::Size frameSize, const std::optional<Quad> &quad, bool good)
{
    const double diagonal = std::hypot(frameSize.width, frameSize.height);
    if (m_captured) {
        // Re-arm once the captured document has gone (a few frames without one) or moved well
        // away (the next page laid down in its place moves the outline).
        if (!quad) {
            // Gone for two analysed frames and a moment (one missed frame is a flicker):
            // the time counts too, since a slow machine analyses few frames.
            if (m_absentFrames++ == 0)
                m_absentSince = t;
            if (m_absentFrames >= 2 && t - m_absentSince >= m_options.goneMs)
                m_captured.reset();
        } else {
            m_absentFrames = 0;
            if (maxCornerError(*quad, *m_captured) > m_options.rearmMove * diagonal)
                m_captured.reset();
        }
        if (m_captured) {
            m_progress = 0;
            return false;
        }
        m_stableSince = -1;
    }
    if (!quad || !good) {
        m_stableSince = -1;
        m_anchor.reset();
        m_progress = 0;
        return false;
    }
    if (m_stableSince < 0 || !m_anchor ||
        maxCornerError(*quad, *m_anchor) > m_options.driftTolerance * diagonal) {
        m_stableSince = t;
        m_anchor = quad;
    }
    const qint64 held = t - m_stableSince;
    m_progress = std::min(1.0, double(held) / double(std::max<qint64>(1, m_options.holdMs)));
    if (held >= m_options.holdMs) {
        m_captured = quad;
        m_absentFrames = 0;
        m_progress = 0;
        return true;
    }
    return false;
}

} // namespace hd::capture
