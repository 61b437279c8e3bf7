#include "onnxnet.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>

#include <map>

namespace hd::capture {

namespace {

Q_LOGGING_CATEGORY(lcNetworks, "halldesk.capture.networks")

ThreadNet readNet(const QString &path, const NetCheck &check)
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
        if (check) {
            const std::optional<int> kind = check(net, t.error);
            if (!kind)
                return t;
            t.kind = *kind;
        }
        t.net = std::move(net);
    } catch (const cv::Exception &e) {
        t.error = QString::fromStdString(e.msg).simplified();
    }
    return t;
}

} // namespace

ThreadNet &threadNet(const QString &path, const char *what, const char *fallback,
                     const NetCheck &check)
{
    thread_local std::map<QString, ThreadNet> nets;
    auto it = nets.find(path);
    if (it == nets.end()) {
        it = nets.emplace(path, readNet(path, check)).first;
        if (!it->second.net && !path.isEmpty()) {
            // Once per model and process: the detector carries on without the network.
            static QMutex mutex;
            static QSet<QString> reported;
            const QMutexLocker lock(&mutex);
            if (!reported.contains(path)) {
                reported.insert(path);
                qCWarning(lcNetworks).noquote()
                    << what << path << "could not be read:" << it->second.error << "-" << fallback;
            }
        }
    }
    return it->second;
}

} // namespace hd::capture
