#include "imagestats.h"

#include <algorithm>
#include <vector>

namespace hd::capture {

namespace {
// The p-quantile of a histogram of `total` values, bin b holding the values that round to
// b * step.
double quantile(const std::vector<int> &hist, size_t total, double p, double step)
{
    const double target = p * double(total - 1);
    double seen = 0;
    for (size_t b = 0; b < hist.size(); ++b) {
        seen += hist[b];
        if (seen > target)
            return double(b) * step;
    }
    return double(hist.size() - 1) * step;
}

} // namespace

double percentile(const cv::Mat &values, double p, double step, double maxValue)
{
    CV_Assert(values.type() == CV_32F);
    const int bins = int(maxValue / step) + 2;
    const double perStep = 1.0 / step; // exact: step is a power of two
    std::vector<int> hist(size_t(bins), 0);
    for (int y = 0; y < values.rows; ++y) {
        const float *row = values.ptr<float>(y);
        for (int x = 0; x < values.cols; ++x)
            ++hist[size_t(std::clamp(int(double(row[x]) * perStep + 0.5), 0, bins - 1))];
    }
    return quantile(hist, values.total(), p, step);
}

double percentile(const cv::Mat &values, double p)
{
    CV_Assert(values.type() == CV_8U);
    std::vector<int> hist(256, 0);
    for (int y = 0; y < values.rows; ++y) {
        const uchar *row = values.ptr<uchar>(y);
        for (int x = 0; x < values.cols; ++x)
            ++hist[row[x]];
    }
    return quantile(hist, values.total(), p, 1.0);
}

} // namespace hd::capture
