#include "outlineverifier.h"

#include "onnxnet.h"

#include <algorithm>
#include <cmath>
#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

namespace hd::capture {

namespace {

ThreadNet &verifierNet(const QString &path)
{
    return threadNet(path, "outline model", "the detector ranks without it");
}

} // namespace

QString OutlineVerifier::builtInModel()
{
    return QStringLiteral(":/capture/models/outline.onnx");
}

OutlineVerifier::OutlineVerifier(QString modelPath)
    : m_modelPath(std::move(modelPath))
{}

bool OutlineVerifier::isLoaded() const
{
    return verifierNet(m_modelPath).net.has_value();
}

QString OutlineVerifier::error() const
{
    return verifierNet(m_modelPath).error;
}

std::vector<cv::Mat> OutlineVerifier::patchesFor(const cv::Mat &working,
                                                 const std::vector<Quad> &outlines)
{
    std::vector<cv::Mat> out;
    if (working.empty())
        return out;
    std::vector<cv::Mat> pyramid{working};
    constexpr double inner = kPatch - 2 * kMargin;
    const cv::Point2f to[4] = {{float(kMargin), float(kMargin)},
                               {float(kPatch - kMargin), float(kMargin)},
                               {float(kPatch - kMargin), float(kPatch - kMargin)},
                               {float(kMargin), float(kPatch - kMargin)}};
    for (const Quad &q : outlines) {
        double side = 0;
        for (size_t i = 0; i < 4; ++i)
            side = std::max(side, cv::norm(q[i] - q[(i + 1) % 4]));
        // The level at which the outline's longest side is at most twice the patch's: the
        // warp below then samples without skipping pixels.
        size_t level = 0;
        while (side / double(1 << level) > 2 * inner && level < 5)
            ++level;
        while (pyramid.size() <= level) {
            cv::Mat down;
            cv::pyrDown(pyramid.back(), down);
            pyramid.push_back(down);
        }
        const double f = 1.0 / double(1 << level);
        cv::Point2f from[4];
        for (size_t i = 0; i < 4; ++i)
            from[i] = cv::Point2f(float((q[i].x + 0.5) * f - 0.5), float((q[i].y + 0.5) * f - 0.5));
        cv::Mat patch;
        cv::warpPerspective(pyramid[level], patch, cv::getPerspectiveTransform(from, to),
                            cv::Size(kPatch, kPatch), cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                            cv::Scalar::all(0));
        out.push_back(patch);
    }
    return out;
}

cv::Mat OutlineVerifier::inputFor(const std::vector<cv::Mat> &patches)
{
    // Each patch standardised on its own (tools/detector-training/verifier.py): the channels'
    // means taken away, divided by the patch's spread (at least 8 levels), so a faint step on
    // white paper reads like a clear one and the noise of a flat patch is not blown up.
    // Written straight into the network's planes in one pass per patch, with the arithmetic
    // of the OpenCV calls it replaces (convertTo, meanStdDev, -=, /=, blobFromImages), so the
    // values are the same to the bit: the sums of 8-bit values are exact in integers.
    const int n = int(patches.size());
    const int dims[4] = {n, 3, kPatch, kPatch};
    cv::Mat blob(4, dims, CV_32F);
    constexpr int area = kPatch * kPatch;
    cv::Mat channels[3];
    for (int i = 0; i < n; ++i) {
        const cv::Mat &p = patches[size_t(i)];
        CV_Assert(p.type() == CV_8UC3 && p.rows == kPatch && p.cols == kPatch);
        cv::split(p, channels);
        const double scale = 1.0 / area;
        double mean[3], variance = 0;
        for (int c = 0; c < 3; ++c) {
            const uchar *v = channels[c].ptr<uchar>();
            int sum = 0, squares = 0; // at most 96 x 96 x 255^2 < 2^31
            for (int k = 0; k < area; ++k) {
                sum += v[k];
                squares += v[k] * v[k];
            }
            mean[c] = double(sum) * scale;
            const double sd = std::sqrt(std::max(double(squares) * scale - mean[c] * mean[c], 0.0));
            variance += sd * sd;
        }
        const float by = float(1.0 / std::max(8.0, std::sqrt(variance / 3.0)));
        for (int c = 0; c < 3; ++c) {
            const uchar *v = channels[c].ptr<uchar>();
            const float m = float(mean[c]);
            float *plane = blob.ptr<float>(i) + c * area;
            for (int k = 0; k < area; ++k)
                plane[k] = (float(v[k]) - m) * by;
        }
    }
    return blob;
}

std::vector<float> OutlineVerifier::logits(const cv::Mat &working,
                                           const std::vector<Quad> &outlines) const
{
    ThreadNet &t = verifierNet(m_modelPath);
    if (!t.net || outlines.empty() || working.type() != CV_8UC3)
        return {};
    try {
        t.net->setInput(inputFor(patchesFor(working, outlines)));
        const cv::Mat out = t.net->forward();
        if (out.total() != outlines.size())
            return {};
        return std::vector<float>(out.ptr<float>(), out.ptr<float>() + out.total());
    } catch (const cv::Exception &) {
        return {};
    }
}

} // namespace hd::capture
