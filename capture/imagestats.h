#pragma once

#include <opencv2/core.hpp>

// Quantiles of an image's values, for the quality gates and the detector (internal to
// capture/).
namespace hd::capture {

// The p-quantile of a non-negative CV_32F image no larger than maxValue, exact to `step`, a
// power of two (a histogram instead of a sort: they run on every analysed frame).
double percentile(const cv::Mat &values, double p, double step, double maxValue);

// The p-quantile of a CV_8U image.
double percentile(const cv::Mat &values, double p);

} // namespace hd::capture
