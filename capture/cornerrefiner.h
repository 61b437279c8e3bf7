#pragma once

#include "quad.h"

#include <QString>

#include <opencv2/core.hpp>
#include <optional>

namespace hd::capture {

// A small network that looks at each corner of an outline in the frame itself, at full
// resolution, and says where the document's own corner is: the corner of a page on top of
// a stack of sheets a few pixels inside the stack's, a corner a few pixels off a faint side.
// The outline refiner (OutlineRefiner) sees the whole outline in one 96-pixel patch, too
// coarse for such steps; this one sees a square of ±8 % of the outline's mean side round one
// corner in 96 x 96 pixels, turned so that the corner's two sides run along the patch's
// axes. Trained on synthetic scenes only (tools/detector-training, corners.py); the model
// (capture/models/corners.onnx) is built into the library as a Qt resource and run with
// OpenCV's DNN module on the calling thread (DetectorOptions::cornerModel; capture/README.md,
// "The corner network").
class CornerRefiner final
{
public:
    static QString builtInModel();

    // `modelPath`: an ONNX file or a Qt resource; empty for none.
    explicit CornerRefiner(QString modelPath = builtInModel());

    bool isLoaded() const;
    QString error() const;

    // The patch round corner `k` of `outline` (clockwise in the image: TL, TR, BR, BL), grey,
    // and the affine map from patch pixels to the image's: image = map * (x, y, 1).
    static constexpr int kPatch = 96;
    static cv::Mat patchFor(const cv::Mat &image, const Quad &outline, size_t k,
                            cv::Matx23d *map = nullptr);

    // `image`: the frame, 8-bit grey or BGR; `outline` in its pixels, TL, TR, BR, BL. The outline
    // with each corner moved where the network puts the document's, `passes` times over (each
    // pass reads patches round the corners the last one gave); none without a model or for
    // a degenerate outline.
    std::optional<Quad> refined(const cv::Mat &image, const Quad &outline, int passes = 1) const;

private:
    QString m_modelPath;
};

} // namespace hd::capture
