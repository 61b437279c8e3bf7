#pragma once

#include <QString>
#include <QStringList>

#include <opencv2/core.hpp>

namespace hd::capture {

// A small fully convolutional network that tells, for each cell of a 256-pixel view of the
// frame, the chance that the cell lies on the document (the whole document, also where a
// thumb or a cable covers it). Trained on the project's synthetic scenes only
// (tools/detector-training); the detector uses it to propose and rank outlines, the edges
// still give the corners. The model (capture/models/docseg.onnx) is built into the library
// as a Qt resource and run with OpenCV's DNN module on the calling thread (one network per
// thread, read on first use).
class DocumentSegmenter final
{
public:
    // Working-image pixels (DocumentDetector's 512-pixel view) per output cell: 8 for a
    // network whose output is 1/4 of its input, 4 for one whose output is 1/2.
    static constexpr int kCell = 8;
    static constexpr int kFineCell = 4;
    // What a model reads: the working image halved (256 x 144 for a 16:9 frame; the model in
    // the repository) or whole (512 x 288: a page's thin shadow line on paper survives there).
    // A model tells which by its answer: 1/8 of its input for a whole-image model, 1/4 or 1/2
    // for a halved one (checked once, when the model is read).
    enum class Input { Half, Full };

    // The model built into the library.
    static QString builtInModel();
    // The same network fine-tuned on documents lying on printed paper (an ID card on a form, a
    // certificate on a printed sheet), built in too: it marks the card where the other marks
    // the page under it (DetectorOptions::formSegmenterModels). Three fine-tunes: the first;
    // the first fine-tuned again on more of those scenes; the first fine-tuned on them with
    // scenes of another generator's training desks (tools/detector-training/README.md, "The
    // form networks"). Each marks some cards the others miss.
    static QStringList formModels();

    // `modelPath`: an ONNX file or a Qt resource; empty for none.
    explicit DocumentSegmenter(QString modelPath = builtInModel());

    // False when the model could not be read; error() tells why (the detector then works
    // without it, and the first failure per model is logged as a warning).
    bool isLoaded() const;
    QString error() const;
    const QString &modelPath() const { return m_modelPath; }
    // What the model reads (Half when it could not be read).
    Input input() const;

    // `working`: the detector's working image (detectorWorkingImage(frame, 512), BGR 8-bit).
    // CV_32F, ceil(rows / cell) x ceil(cols / cell) (padded to whole cells; cell is kCell or
    // kFineCell, as the model gives: cellOf() tells), values 0..1; empty without a model.
    cv::Mat probabilities(const cv::Mat &working) const;

    // Working pixels per cell of `probabilities`' answer for `working`.
    static int cellOf(const cv::Mat &working, const cv::Mat &probabilities);

    // What the network sees: the working image halved (INTER_AREA), its sides padded (edge
    // pixels repeated) to multiples of 16; or, for Input::Full, the working image itself padded
    // to multiples of 32. The training data goes through the same function.
    static cv::Mat inputFor(const cv::Mat &working, Input input = Input::Half);

private:
    QString m_modelPath;
};

} // namespace hd::capture
