#include "documentsegmenter.h"

#include "onnxnet.h"

#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>
#include <optional>

namespace hd::capture {

namespace {

// The model's answer for a 64 x 64 input tells what it reads: 8 x 8 (1/8) for a whole-image
// model, 16 x 16 or 32 x 32 for one reading the working image halved; anything else is
// refused.
std::optional<int> probeInput(cv::dnn::Net &net, QString &error)
{
    const int blobSize[] = {1, 3, 64, 64};
    net.setInput(cv::Mat(4, blobSize, CV_32F, cv::Scalar(0)));
    const cv::Mat out = net.forward();
    if (out.dims == 4 && out.size[2] == 8 && out.size[3] == 8)
        return int(DocumentSegmenter::Input::Full);
    if (out.dims == 4 &&
        ((out.size[2] == 16 && out.size[3] == 16) || (out.size[2] == 32 && out.size[3] == 32)))
        return int(DocumentSegmenter::Input::Half);
    error = QStringLiteral("an answer of an unknown size");
    return std::nullopt;
}

ThreadNet &segmenterNet(const QString &path)
{
    return threadNet(path, "document segmentation model",
                     "the detector works without it (edges only)", probeInput);
}

} // namespace

QString DocumentSegmenter::builtInModel()
{
    return QStringLiteral(":/capture/models/docseg.onnx");
}

QStringList DocumentSegmenter::formModels()
{
    return {QStringLiteral(":/capture/models/docseg-form.onnx"),
            QStringLiteral(":/capture/models/docseg-form2.onnx"),
            QStringLiteral(":/capture/models/docseg-form3.onnx")};
}

DocumentSegmenter::DocumentSegmenter(QString modelPath)
    : m_modelPath(std::move(modelPath))
{}

bool DocumentSegmenter::isLoaded() const
{
    return segmenterNet(m_modelPath).net.has_value();
}

QString DocumentSegmenter::error() const
{
    return segmenterNet(m_modelPath).error;
}

DocumentSegmenter::Input DocumentSegmenter::input() const
{
    return Input(segmenterNet(m_modelPath).kind);
}

cv::Mat DocumentSegmenter::inputFor(const cv::Mat &working, Input input)
{
    cv::Mat in;
    int multiple = 32;
    if (input == Input::Half) {
        cv::resize(working, in, cv::Size((working.cols + 1) / 2, (working.rows + 1) / 2), 0, 0,
                   cv::INTER_AREA);
        multiple = 16;
    } else {
        in = working;
    }
    const int padRows = (multiple - in.rows % multiple) % multiple;
    const int padCols = (multiple - in.cols % multiple) % multiple;
    if (padRows || padCols)
        cv::copyMakeBorder(in, in, 0, padRows, 0, padCols, cv::BORDER_REPLICATE);
    return in;
}

int DocumentSegmenter::cellOf(const cv::Mat &working, const cv::Mat &probabilities)
{
    if (probabilities.empty())
        return kCell;
    // The input is padded by less than one cell's worth of rows on either kind of model, so
    // the ratio is 8 (or a little less) or 4 (or a little less).
    return double(working.rows) / probabilities.rows > 6 ? kCell : kFineCell;
}

cv::Mat DocumentSegmenter::probabilities(const cv::Mat &working) const
{
    ThreadNet &t = segmenterNet(m_modelPath);
    if (!t.net || working.empty() || working.type() != CV_8UC3)
        return {};
    const cv::Mat input = inputFor(working, Input(t.kind));
    // (pixel - 127.5) / 127.5, BGR, as in tools/detector-training/train.py.
    const cv::Mat blob = cv::dnn::blobFromImage(input, 1.0 / 127.5, cv::Size(),
                                                cv::Scalar::all(127.5), false, false, CV_32F);
    try {
        t.net->setInput(blob);
        // 1 x 1 x rows/s x cols/s, probabilities; s = 4 or 2 (kCell or kFineCell / 2) on the
        // working image halved, 8 (kCell) on the whole one.
        const cv::Mat out = t.net->forward();
        if (out.dims != 4 || out.size[2] <= 0 || input.rows % out.size[2] != 0)
            return {};
        const int s = input.rows / out.size[2];
        const bool known =
            Input(t.kind) == Input::Full ? s == kCell : (s == kCell / 2 || s == kFineCell / 2);
        if (!known || out.size[3] * s != input.cols)
            return {};
        return cv::Mat(out.size[2], out.size[3], CV_32F, const_cast<float *>(out.ptr<float>()))
            .clone();
    } catch (const cv::Exception &) {
        return {}; // a model of another shape: the edges alone
    }
}

} // namespace hd::capture
