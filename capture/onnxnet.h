#pragma once

#include <QString>

#include <functional>
#include <opencv2/dnn.hpp>
#include <optional>

namespace hd::capture {

// An ONNX network as one thread uses it: cv::dnn::Net is not safe to share between threads,
// so each thread reads its own on first use (the capture worker, hallctl's main thread, the
// detector's network thread).
struct ThreadNet
{
    std::optional<cv::dnn::Net> net;
    QString error; // why `net` is empty
    int kind = 0;  // what the model's check found (DocumentSegmenter: what the model reads)
};

// `check` looks at a freshly read network: it returns the kind, or no value to refuse the
// model (setting the error it gives).
using NetCheck = std::function<std::optional<int>(cv::dnn::Net &, QString &error)>;

// The calling thread's network for `path` (an ONNX file or a Qt resource), read on the first
// call; a model that cannot be read is logged once per process as a warning naming `what` and
// `fallback` (what the detector does without it).
ThreadNet &threadNet(const QString &path, const char *what, const char *fallback,
                     const NetCheck &check = {});

} // namespace hd::capture
