// The document detector's side geometry (internal to capture/): a side as a line, the colour
// gradient the edge cues read, and sides re-fitted to the step nearest them.
#pragma once

#include "quad.h"

#include <opencv2/core.hpp>
#include <optional>
#include <vector>

namespace hd::capture::detail {

// A side of a candidate as an infinite line: a point on it and its unit direction.
struct Line
{
    cv::Point2d point;
    cv::Point2d dir;
};

std::optional<cv::Point2d> intersect(const Line &a, const Line &b);

double triangleArea(cv::Point2d a, cv::Point2d b, cv::Point2d c);

// The per-pixel colour gradient of a 3-channel image: for each pixel, the Sobel response of
// the channel where it is strongest (a document edge may show in brightness or in colour
// alone: a white page on a pale yellow desk).
struct Gradient
{
    cv::Mat dx, dy; // CV_16S, strongest channel, for Canny (as it picks the channel itself)
    cv::Mat gx, gy; // CV_32F, strongest channel
    cv::Mat mag;    // CV_32F, Sobel units (a clean step of h grey levels gives 4h)
};

Gradient colourGradient(const cv::Mat &image);

// Bilinear sample of a CV_8UC3 image (clamped at the border).
cv::Vec3f sample(const cv::Mat &img, double x, double y);

struct EdgePoint
{
    cv::Point2d p;
    double strength;
};

// Along the side a→b, finds at each sample the strongest colour step across the side within
// ±range pixels (sub-pixel), each profile averaged over three parallel lines against noise.
// near = 0: the outermost clear step (the edges' own outline); near > 0: the step nearest the
// side, a step's strength weighed down by exp(-(offset / near)²) (the network's outline, where
// the sheet under the page shows a step just outside it).
std::vector<EdgePoint> edgePointsAlong(const cv::Mat &img, cv::Point2d a, cv::Point2d b, int range,
                                       int samples, double minStep, double near = 0);

// Robust line through edge points: iteratively reweighted least squares (Tukey), starting
// from the candidate side, so that a thumb or a printed line near the edge does not pull it.
std::optional<Line> fitSide(const std::vector<EdgePoint> &pts, const Line &initial, double scale);

// Re-fits each side of q to the strongest edge within ±range pixels; sides that cannot be
// fitted (hidden, no edge) keep their position.
Quad refineQuad(const cv::Mat &img, const Quad &q, int range, double tolerance, double minStep,
                double near = 0);
// The same, the sides shared between the calling thread and the helper (onBothThreads): for
// the one outline re-fitted at full resolution, while the helper has nothing else to do.
Quad refineQuadOnBothThreads(const cv::Mat &img, const Quad &q, int range, double tolerance,
                             double minStep, double near = 0);

} // namespace hd::capture::detail
