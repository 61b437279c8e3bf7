#pragma once

#include "quad.h"

#include <QString>

#include <opencv2/core.hpp>
#include <vector>

namespace hd::capture {

// A small network that looks at one outline in its surroundings, as the outline network does
// (OutlineVerifier::patchesFor), and says where the document's own corners are: an outline a
// few pixels off a card's edge over the print of the page under it moved onto the card's.
// Trained on synthetic scenes only (tools/detector-training, refiner.py); the model
// (capture/models/refiner.onnx) is built into the library as a Qt resource and run with
// OpenCV's DNN module on the calling thread. The detector adds the outlines it gives to the
// candidates (DetectorOptions::refinerModel; capture/README.md, "The outline refiner").
class OutlineRefiner final
{
public:
    static QString builtInModel();

    // `modelPath`: an ONNX file or a Qt resource; empty for none.
    explicit OutlineRefiner(QString modelPath = builtInModel());

    bool isLoaded() const;
    QString error() const;

    // `working`: the detector's working image (BGR 8-bit); `outlines` in its pixels, corners
    // in TL, TR, BR, BL order. Each outline with its corners moved where the network puts the
    // document's (in the same order); empty without a model.
    std::vector<Quad> refined(const cv::Mat &working, const std::vector<Quad> &outlines) const;

private:
    QString m_modelPath;
};

} // namespace hd::capture
