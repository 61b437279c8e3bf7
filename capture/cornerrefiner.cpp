#include "cornerrefiner.h"

#include "onnxnet.h"

#include <cmath>
#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

namespace hd::capture {

namespace {

ThreadNet &cornerNet(const QString &path)
{
    return threadNet(path, "corner network model", "the outline's corners stay where found");
}

// The patch's half-extent: this share of the outline's mean side, at least kMinReach pixels
// (tools/detector-training/corners.py).
constexpr double kReach = 0.08;
constexpr double kMinReach = 40.0;

double meanSide(const Quad &q)
{
    double sum = 0;
    for (size_t k = 0; k < 4; ++k)
        sum += cv::norm(q[(k + 1) % 4] - q[k]);
    return sum / 4;
}

} // namespace

QString CornerRefiner::builtInModel()
{
    return QStringLiteral(":/capture/models/corners.onnx");
}

CornerRefiner::CornerRefiner(QString modelPath)
    : m_modelPath(std::move(modelPath))
{}

bool CornerRefiner::isLoaded() const
{
    return !m_modelPath.isEmpty() && cornerNet(m_modelPath).net.has_value();
}

QString CornerRefiner::error() const
{
    return cornerNet(m_modelPath).error;
}

cv::Mat CornerRefiner::patchFor(const cv::Mat &image, const Quad &outline, size_t k,
                                cv::Matx23d *map)
{
    const cv::Point2d c = outline[k];
    cv::Point2d u = outline[(k + 1) % 4] - c;
    cv::Point2d v = outline[(k + 3) % 4] - c;
    u /= std::max(1e-6, cv::norm(u));
    v /= std::max(1e-6, cv::norm(v));
    const double half = kPatch / 2.0;
    const double s = std::max(kReach * meanSide(outline), kMinReach) / half;
    // Patch (x, y) -> image c + s * (u * (x - half) + v * (y - half)).
    const cv::Matx23d m(u.x * s, v.x * s, c.x - s * half * (u.x + v.x), //
                        u.y * s, v.y * s, c.y - s * half * (u.y + v.y));
    if (map)
        *map = m;
    cv::Mat patch;
    cv::warpAffine(image, patch, cv::Mat(m), cv::Size(kPatch, kPatch),
                   cv::INTER_LINEAR | cv::WARP_INVERSE_MAP, cv::BORDER_CONSTANT,
                   cv::Scalar::all(0));
    if (patch.channels() == 3)
        cv::cvtColor(patch, patch, cv::COLOR_BGR2GRAY);
    return patch;
}

std::optional<Quad> CornerRefiner::refined(const cv::Mat &image, const Quad &outline,
                                           int passes) const
{
    if (m_modelPath.isEmpty())
        return std::nullopt;
    ThreadNet &t = cornerNet(m_modelPath);
    if (!t.net || image.empty() || (image.type() != CV_8UC1 && image.type() != CV_8UC3) ||
        meanSide(outline) < 8)
        return std::nullopt;
    Quad q = outline;
    for (int pass = 0; pass < passes; ++pass) {
        std::vector<cv::Mat> patches(4);
        std::array<cv::Matx23d, 4> maps;
        for (size_t k = 0; k < 4; ++k)
            patches[k] = patchFor(image, q, k, &maps[k]);
        // N x 2 x 96 x 96: each patch's grey levels / 255 - 0.5, and the same patch less its
        // mean over its standard deviation (unbiased) + 2 levels.
        const int dims[4] = {4, 2, kPatch, kPatch};
        cv::Mat blob(4, dims, CV_32F);
        for (size_t k = 0; k < 4; ++k) {
            cv::Scalar mean, sd;
            cv::meanStdDev(patches[k], mean, sd);
            const double n = double(kPatch) * kPatch;
            const double spread = sd[0] * std::sqrt(n / (n - 1)) + 2.0;
            cv::Mat raw(kPatch, kPatch, CV_32F, blob.ptr<float>(int(k), 0));
            cv::Mat normalised(kPatch, kPatch, CV_32F, blob.ptr<float>(int(k), 1));
            patches[k].convertTo(raw, CV_32F, 1.0 / 255, -0.5);
            patches[k].convertTo(normalised, CV_32F, 1.0 / spread, -mean[0] / spread);
        }
        cv::Mat out;
        try {
            t.net->setInput(blob);
            out = t.net->forward();
        } catch (const cv::Exception &) {
            return std::nullopt;
        }
        if (out.total() != 8)
            return std::nullopt;
        const float *o = out.ptr<float>();
        const double half = kPatch / 2.0;
        Quad moved;
        for (size_t k = 0; k < 4; ++k) {
            // The answer: the corner in patch pixels, (x - half) / half.
            const cv::Vec3d p(half + half * o[2 * k], half + half * o[2 * k + 1], 1.0);
            const cv::Vec2d at = maps[k] * p;
            if (!std::isfinite(at[0]) || !std::isfinite(at[1]))
                return std::nullopt;
            moved[k] = cv::Point2d(at[0], at[1]);
        }
        q = moved;
    }
    return q;
}

} // namespace hd::capture
