// The side sweep (internal to capture/): each side of an outline read over its whole length,
// its sides moved to the long faint steps along it (capture/README.md, "The side sweep on").
#pragma once

#include "quad.h"

#include <opencv2/core.hpp>
#include <vector>

namespace hd::capture::detail {

struct SweepOutline
{
    Quad quad;
    double weakest = 0; // the weakest side's mean step, grey levels
};

// A side's whole length read at once: a faint paper-on-paper step (a page on sheets of the
// same paper, 2-5 grey levels) is too weak at any one place along the side, and a cable or a
// pen across it breaks every contour, but the step summed over the side's length stands out.
// Per side of q, the lightness profile across the side at kSweepSamples places along it; for
// every line near the side (offset and tilt), the mean over those places of the step across
// the line, each place's step clipped (a cable or a pen across the side counts no more than
// a clear edge). The peaks per side make outlines: every side on its strongest line, and the
// best combination of each side's strongest four lines by their strengths and by how near
// its proportions are to a document's (ID-1 or √2).
// inwardFaintOnly: a side does not move inwards onto a line whose step is clipped at most
// places (kSweepClear of the clip or more).
std::vector<SweepOutline> sweepOutlines(const cv::Mat &grey, const Quad &q, double minStep,
                                        float clip, bool inwardFaintOnly);

} // namespace hd::capture::detail
