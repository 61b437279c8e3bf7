#pragma once

#include <opencv2/core.hpp>

namespace hd::testing {

// The mean absolute difference of two images of one size, over every channel (0: the same).
inline double meanAbsDiff(const cv::Mat &a, const cv::Mat &b)
{
    cv::Mat d;
    cv::absdiff(a, b, d);
    const cv::Scalar m = cv::mean(d);
    double sum = 0;
    for (int c = 0; c < d.channels(); ++c)
        sum += m[c];
    return sum / d.channels();
}

} // namespace hd::testing
