#pragma once

#include "quad.h"

#include <QString>

#include <opencv2/core.hpp>
#include <vector>

namespace hd::capture {

// A small network that looks at one outline in its surroundings and tells whether it is the
// document's own outline: not a frame printed on the page, not the sheet the card lies on,
// not the page's printed part. The detector asks it which of the outlines of the document its
// ranking picked is the document's own edge (DetectorOptions::verifierModel). Trained on the
// project's synthetic scenes only (tools/detector-training, verifier.py); the model
// (capture/models/outline.onnx) is built into the library as a Qt resource and run with
// OpenCV's DNN module on the calling thread (one network per thread, read on first use).
class OutlineVerifier final
{
public:
    // The patch the network reads: the outline mapped onto the square from kMargin to
    // kPatch - kMargin of a kPatch x kPatch image, so that a third of the outline's size
    // round it is seen too.
    static constexpr int kPatch = 96;
    static constexpr int kMargin = 20;

    static QString builtInModel();

    // `modelPath`: an ONNX file or a Qt resource; empty for none.
    explicit OutlineVerifier(QString modelPath = builtInModel());

    bool isLoaded() const;
    QString error() const;

    // `working`: the detector's working image (BGR 8-bit); `outlines` in its pixels, corners
    // in TL, TR, BR, BL order. One logit per outline (higher: likelier the document's own);
    // empty without a model.
    std::vector<float> logits(const cv::Mat &working, const std::vector<Quad> &outlines) const;

    // What the network reads for each outline (kPatch x kPatch, BGR 8-bit; outside the frame
    // black), taken from the level of the working image's pyramid nearest the patch's
    // scale. The training data goes through the same function.
    static std::vector<cv::Mat> patchesFor(const cv::Mat &working,
                                           const std::vector<Quad> &outlines);

    // The patches standardised as the network reads them (N x 3 x kPatch x kPatch, float):
    // each on its own, the channels' means taken away, divided by its spread. The outline
    // refiner reads them the same way.
    static cv::Mat inputFor(const std::vector<cv::Mat> &patches);

private:
    QString m_modelPath;
};

} // namespace hd::capture
