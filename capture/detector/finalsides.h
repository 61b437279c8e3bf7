// The detector's last corrections to the winner's sides, at full resolution (internal to
// capture/): a side on a cable across the page moved out to the page's end, sides on a line
// printed near the edge moved out to the paper's edge, smeared sides moved to the middle of
// the smear.
#pragma once

#include "quad.h"

#include <opencv2/core.hpp>

namespace hd::capture::detail::finalSides {

// A side found on a line printed near the document's edge (a licence's ornamental frame, a
// form's coloured band along one side) instead of on the edge itself: outside such a side
// lies a strip of the document (its margin, the band) before the desk begins.
// See capture/README.md, "Outlines on a printed frame".
// Each side of q (full resolution) moved out to the document's edge where most places along
// it agree on one straight line parallel to it and the strip between is one colour (a
// margin or a band keeps its width and colour; the desk's pattern does not). `meanProfiles`:
// where the places disagree, the edge read from their profiles averaged over each half of the
// side (a desk whose pattern changes from pixel to pixel; "A printed frame on a patterned desk").
Quad extendToOuterEdges(const cv::Mat &img, const Quad &q, double contrast, bool meanProfiles);

// A smeared edge (the camera or the hand moving during the exposure): the step is a ramp as
// wide as the streak, and the outermost clear step the fit takes lies at its outer end, while
// the document's edge (where it was halfway through the exposure) is the ramp's middle. Per
// side (full resolution), at places along it, the run of strong gradient across the side that
// holds the side, and the run's centre of mass; the side moves to the line through those
// centres when the runs are wide (a sharp edge, even blurred by a defocus of a pixel or two,
// stays where it is). See capture/README.md, "Smeared edges".
Quad centreSmearedEdges(const cv::Mat &img, const Quad &q, double contrast);

// The camera's focal length as a share of the frame's longer side (a field of view of about
// 60° across it), principal point at its centre: SmartDoc's phone frames give 0.87 (each of
// their 18 pages then measures A4 within 1.6 %; the proportions alone, without the camera,
// are up to 23 % off). A frame held upright is the same camera turned.
inline constexpr double kFocalOfLongerSide = 0.87;

// Document proportions seen through a pinhole camera (focal length f, principal point at the
// origin): the ratio of the sides q[1]-q[2] (and q[3]-q[0]) to q[0]-q[1] (and q[2]-q[3]) of
// the rectangle whose picture q is (Zhang & He, "Whiteboard scanning and image enhancement").
double projectiveRatio(const Quad &q, double f);

// A side of the outline on a cable (or a pen) lying across the page: a thin dark line with
// the same paper on both sides of it, where a page's edge is a step, and running on past the
// outline's corners. Such a side cuts the page short; it moves out along the other two sides
// to where the page's proportions (seen through the camera: an ID-1 card or an A-format sheet)
// put the page's end, and then to the step nearest there. Only when that one side is such a
// line (a frame printed on the page is a valley with paper on both sides on all four).
// See capture/README.md, "A side on a cable across the page".
Quad completeAcrossLines(const cv::Mat &img, const Quad &q, double contrast, double minStep);

} // namespace hd::capture::detail::finalSides
