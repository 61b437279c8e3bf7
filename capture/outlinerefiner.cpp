#include "outlinerefiner.h"

#include "onnxnet.h"
#include "outlineverifier.h"

#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

namespace hd::capture {

namespace {

ThreadNet &refinerNet(const QString &path)
{
    return threadNet(path, "outline refiner model", "the detector goes without its outlines");
}

// The network's answer is each corner's offset in patch pixels, divided by this
// (tools/detector-training/refiner.py).
constexpr double kOffsetScale = 4.0;

} // namespace

QString OutlineRefiner::builtInModel()
{
    return QStringLiteral(":/capture/models/refiner.onnx");
}

OutlineRefiner::OutlineRefiner(QString modelPath)
    : m_modelPath(std::move(modelPath))
{}

bool OutlineRefiner::isLoaded() const
{
    return refinerNet(m_modelPath).net.has_value();
}

QString OutlineRefiner::error() const
{
    return refinerNet(m_modelPath).error;
}

std::vector<Quad> OutlineRefiner::refined(const cv::Mat &working,
                                          const std::vector<Quad> &outlines) const
{
    ThreadNet &t = refinerNet(m_modelPath);
    if (!t.net || outlines.empty() || working.type() != CV_8UC3)
        return {};
    cv::Mat out;
    try {
        t.net->setInput(OutlineVerifier::inputFor(OutlineVerifier::patchesFor(working, outlines)));
        out = t.net->forward();
    } catch (const cv::Exception &) {
        return {};
    }
    if (out.total() != outlines.size() * 8)
        return {};
    // The patch's square and the outline: the same warp as patchesFor's, at the working
    // image's scale (the pyramid level scales both alike), inverted.
    constexpr float lo = float(OutlineVerifier::kMargin);
    constexpr float hi = float(OutlineVerifier::kPatch - OutlineVerifier::kMargin);
    const cv::Point2f square[4] = {{lo, lo}, {hi, lo}, {hi, hi}, {lo, hi}};
    std::vector<Quad> result;
    const float *o = out.ptr<float>();
    for (size_t i = 0; i < outlines.size(); ++i, o += 8) {
        cv::Point2f from[4];
        for (size_t k = 0; k < 4; ++k)
            from[k] = cv::Point2f(float(outlines[i][k].x), float(outlines[i][k].y));
        const cv::Mat back = cv::getPerspectiveTransform(square, from);
        std::vector<cv::Point2d> moved(4), mapped;
        for (size_t k = 0; k < 4; ++k)
            moved[k] = cv::Point2d(square[k].x + kOffsetScale * o[2 * k],
                                   square[k].y + kOffsetScale * o[2 * k + 1]);
        cv::perspectiveTransform(moved, mapped, back);
        result.push_back({mapped[0], mapped[1], mapped[2], mapped[3]});
    }
    return result;
}

} // namespace hd::capture
