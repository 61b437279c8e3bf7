#include "documentsegmenter.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>

#include <map>
#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>
#include <optional>
#include <string>

namespace hd::capture {

namespace {

Q_LOGGING_CATEGORY(lcSegmenter, "halldesk.capture.segmenter")

struct ThreadNet
{
    std::optional<cv::dnn::Net> net;
    QString error;
};

ThreadNet readNet(const QString &path)
{
    ThreadNet t;
    if (path.isEmpty()) {
        t.error = QStringLiteral("no model");
        return t;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        t.error = f.errorString();
        return t;
    }
    const QByteArray data = f.readAll();
    if (data.isEmpty()) {
        t.error = QStringLiteral("empty file");
        return t;
    }
    try {
        cv::dnn::Net net = cv::dnn::readNetFromONNX(data.constData(), size_t(data.size()));
        if (net.empty()) {
            t.error = QStringLiteral("not a network");
            return t;
        }
        net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
        net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
        t.net = std::move(net);
    } catch (const cv::Exception &e) {
        t.error = QString::fromStdString(e.msg).simplified();
    }
    return t;
}

// cv::dnn::Net is not safe to share between threads: one per thread and model (the capture
// worker, hallctl's main thread), read on first use.
ThreadNet &threadNet(const QString &path)
{
    thread_local std::map<QString, ThreadNet> nets;
    auto it = nets.find(path);
    if (it == nets.end()) {
        it = nets.emplace(path, readNet(path)).first;
        if (!it->second.net && !path.isEmpty()) {
            // Once per model and process: the detector carries on without the network.
            static QMutex mutex;
            static QSet<QString> reported;
            const QMutexLocker lock(&mutex);
            if (!reported.contains(path)) {
                reported.insert(path);
                qCWarning(lcSegmenter).noquote() << "document segmentation model" << path
                                                 << "could not be read:" << it->second.error
                                                 << "- the detector works without it (edges only)";
            }
        }
    }
    return it->second;
}

} // namespace

QString DocumentSegmenter::builtInModel()
{
    return QStringLiteral(":/capture/models/docseg.onnx");
}

DocumentSegmenter::DocumentSegmenter(QString modelPath)
    : m_modelPath(std::move(modelPath))
{}

bool DocumentSegmenter::isLoaded() const
{
    return threadNet(m_modelPath).net.has_value();
}

QString DocumentSegmenter::error() const
{
    return threadNet(m_modelPath).error;
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

int DocumentSegmenter::cellOf(const cv::Mat &working, const cv::Mat &probabilities)
{
    if (probabilities.empty())
        return kCell;
    const int paddedRows = ((working.rows + 1) / 2 + 15) / 16 * 16 * 2;
    return paddedRows / probabilities.rows;
}

cv::Mat DocumentSegmenter::probabilities(const cv::Mat &working) const
{
    ThreadNet &t = threadNet(m_modelPath);
    if (!t.net || working.empty() || working.type() != CV_8UC3)
        return {};
    const cv::Mat input = inputFor(working);
    // (pixel - 127.5) / 127.5, BGR, as in tools/detector-training/train.py.
    const cv::Mat blob = cv::dnn::blobFromImage(input, 1.0 / 127.5, cv::Size(),
                                                cv::Scalar::all(127.5), false, false, CV_32F);
    try {
        t.net->setInput(blob);
        // 1 x 1 x rows/s x cols/s, probabilities; s = 4 or 2 (kCell or kFineCell / 2)
        const cv::Mat out = t.net->forward();
        if (out.dims != 4 || out.size[2] <= 0 || input.rows % out.size[2] != 0)
            return {};
        const int s = input.rows / out.size[2];
        if ((s != kCell / 2 && s != kFineCell / 2) || out.size[3] * s != input.cols)
            return {};
        return cv::Mat(out.size[2], out.size[3], CV_32F, const_cast<float *>(out.ptr<float>()))
            .clone();
    } catch (const cv::Exception &) {
        return {}; // a model of another shape: the edges alone
    }
}

} // namespace hd::capture
