#pragma once

#include <array>
#include <opencv2/core.hpp>
#include <vector>

namespace hd::capture {

// A document outline: four corners in pixels, in the order top-left, top-right,
// bottom-right, bottom-left (clockwise in image space, y down).
using Quad = std::array<cv::Point2d, 4>;

// Puts four corners into TL, TR, BR, BL order (clockwise from the corner nearest the
// image's top-left), whatever order they came in.
Quad orderCorners(const Quad &q);
Quad orderCorners(const std::vector<cv::Point2f> &points);

double quadArea(const Quad &q);
bool isConvex(const Quad &q);
Quad scaled(const Quad &q, double factor);

// Intersection over union of two quads in image space.
double quadIou(const Quad &a, const Quad &b);

// The SmartDoc 2015 Jaccard index: both quads warped into the document's own frame (the
// ground truth mapped onto a modelWidth x modelHeight rectangle), then their IoU there.
double smartDocJaccard(const Quad &predicted, const Quad &truth, double modelWidth,
                       double modelHeight);

// Largest distance between corresponding corners (after ordering both), in pixels.
double maxCornerError(const Quad &a, const Quad &b);

} // namespace hd::capture
