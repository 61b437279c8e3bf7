#include "documentsegmenter.h"

#include <QFile>

#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>
#include <optional>
#include <string>

namespace hd::capture {

namespace {

// The model's bytes, read once from the resource (an empty string when it is missing).
const std::string &modelBytes()
{
    static const std::string bytes = [] {
        QFile f(QStringLiteral(":/capture/models/docseg.onnx"));
        if (!f.open(QIODevice::ReadOnly))
            return std::string();
        const QByteArray data = f.readAll();
        return std::string(data.constData(), size_t(data.size()));
    }();
    return bytes;
}

// cv::dnn::Net is not safe to share between threads: one per thread that detects (the
// capture worker, hallctl's main thread), read on first use.
cv::dnn::Net *threadNet()
{
    thread_local std::optional<cv::dnn::Net> net;
    thread_local bool tried = false;
    if (!tried) {
        tried = true;
        const std::string &bytes = modelBytes();
        if (!bytes.empty()) {
            try {
                net = cv::dnn::readNetFromONNX(bytes.data(), bytes.size());
                net->setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
                net->setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
            } catch (const cv::Exception &) {
                net.reset();
            }
        }
    }
    return net ? &*net : nullptr;
}

} // namespace

DocumentSegmenter::DocumentSegmenter() = default;

bool DocumentSegmenter::isLoaded() const
{
    return threadNet() != nullptr;
}

cv::Mat DocumentSegmenter::inputFor(const cv::Mat &working)
{
    cv::Mat half;
    cv::resize(working, half, cv::Size((working.cols + 1) / 2, (working.rows + 1) / 2), 0, 0,
               cv::INTER_AREA);
    const int padRows = (16 - half.rows % 16) % 16;
    const int padCols = (16 - half.cols % 16) % 16;
    if (padRows || padCols)
        cv::copyMakeBorder(half, half, 0, padRows, 0, padCols, cv::BORDER_REPLICATE);
    return half;
}

cv::Mat DocumentSegmenter::probabilities(const cv::Mat &working) const
{
    cv::dnn::Net *net = threadNet();
    if (!net || working.empty() || working.type() != CV_8UC3)
        return {};
    const cv::Mat input = inputFor(working);
    // (pixel - 127.5) / 127.5, BGR, as in tools/detector-training/train.py.
    const cv::Mat blob = cv::dnn::blobFromImage(input, 1.0 / 127.5, cv::Size(),
                                                cv::Scalar::all(127.5), false, false, CV_32F);
    net->setInput(blob);
    const cv::Mat out = net->forward(); // 1 x 1 x rows/4 x cols/4, probabilities (sigmoid)
    if (out.dims != 4 || out.size[2] * 4 != input.rows || out.size[3] * 4 != input.cols)
        return {};
    return cv::Mat(out.size[2], out.size[3], CV_32F, const_cast<float *>(out.ptr<float>())).clone();
}

} // namespace hd::capture
