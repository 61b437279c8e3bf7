#include "camerasource.h"

#include <QCamera>
#include <QCameraDevice>
#include <QCoreApplication>
#include <QImage>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QMutexLocker>
#include <QSysInfo>
#include <QVideoFrame>
#include <QVideoSink>

#include <algorithm>
#include <opencv2/imgproc.hpp>

namespace hd::capture {

QList<CameraInfo> listCameras()
{
    QList<CameraInfo> out;
    const QCameraDevice def = QMediaDevices::defaultVideoInput();
    for (const QCameraDevice &dev : QMediaDevices::videoInputs()) {
        CameraInfo info;
        info.id = QString::fromUtf8(dev.id());
        info.description = dev.description();
        info.isDefault = dev.id() == def.id();
        for (const QCameraFormat &f : dev.videoFormats())
            if (!info.resolutions.contains(f.resolution()))
                info.resolutions << f.resolution();
        std::sort(info.resolutions.begin(), info.resolutions.end(),
                  [](QSize a, QSize b) { return a.width() * a.height() > b.width() * b.height(); });
        out << info;
    }
    return out;
}

void onCamerasChanged(QObject *context, std::function<void()> changed)
{
    // One QMediaDevices for the process, made on first use (it watches the system's devices).
    static auto *devices = new QMediaDevices(QCoreApplication::instance());
    QObject::connect(devices, &QMediaDevices::videoInputsChanged, context, std::move(changed));
}

CameraSource::CameraSource(QString cameraId, QSize resolution)
    : m_cameraId(std::move(cameraId))
    , m_resolution(resolution)
{}

CameraSource::~CameraSource()
{
    if (m_camera)
        m_camera->stop();
}

Status CameraSource::open()
{
    QCameraDevice device = QMediaDevices::defaultVideoInput();
    if (!m_cameraId.isEmpty()) {
        for (const QCameraDevice &d : QMediaDevices::videoInputs())
            if (QString::fromUtf8(d.id()) == m_cameraId)
                device = d;
    }
    if (device.isNull())
        return Error{QStringLiteral("camera.none"),
                     QCoreApplication::translate("hd::capture::CameraSource",
                                                 "没有找到摄像头（高拍仪）：请检查 USB 连接。")};
    m_description = device.description();
    m_camera = std::make_unique<QCamera>(device);
    if (m_resolution.isValid()) {
        for (const QCameraFormat &f : device.videoFormats())
            if (f.resolution() == m_resolution) {
                m_camera->setCameraFormat(f);
                break;
            }
    }
    m_session = std::make_unique<QMediaCaptureSession>();
    m_sink = std::make_unique<QVideoSink>();
    m_session->setCamera(m_camera.get());
    m_session->setVideoSink(m_sink.get());
    connect(m_sink.get(), &QVideoSink::videoFrameChanged, this, &CameraSource::onFrame,
            Qt::DirectConnection);
    m_clock.start();
    m_camera->start();
    if (m_camera->error() != QCamera::NoError)
        return Error{QStringLiteral("camera.start"),
                     QCoreApplication::translate("hd::capture::CameraSource", "摄像头无法启动：%1")
                         .arg(m_camera->errorString())};
    return {};
}

Status CameraSource::reconnect()
{
    // The sink first: no frame of the old camera arrives while the rest goes.
    m_session.reset();
    m_sink.reset();
    if (m_camera)
        m_camera->stop();
    m_camera.reset();
    return open();
}

cv::Mat CameraSource::toBgr(const QVideoFrame &frame)
{
    const QImage img = frame.toImage();
    if (img.isNull())
        return {};
    // From Qt's 32-bit pixels to BGR in one pass, into a matrix of its own (the next frame
    // gets another: the one handed out stays as it is).
    int code = -1;
    switch (img.format()) {
    case QImage::Format_RGB32: // 0xffRRGGBB words: B, G, R, A bytes on a little-endian CPU
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied: // a camera's pixels are opaque: the same values
        if (QSysInfo::ByteOrder == QSysInfo::LittleEndian)
            code = cv::COLOR_BGRA2BGR;
        break;
    case QImage::Format_RGBX8888:
    case QImage::Format_RGBA8888:
    case QImage::Format_RGBA8888_Premultiplied:
        code = cv::COLOR_RGBA2BGR;
        break;
    default:
        break;
    }
    cv::Mat bgr;
    if (code >= 0) {
        const cv::Mat rgba(img.height(), img.width(), CV_8UC4, const_cast<uchar *>(img.constBits()),
                           size_t(img.bytesPerLine()));
        cv::cvtColor(rgba, bgr, code);
    } else {
        // Any other image Qt may give: its own conversion, then a copy.
        const QImage b = img.convertToFormat(QImage::Format_BGR888);
        cv::Mat(b.height(), b.width(), CV_8UC3, const_cast<uchar *>(b.constBits()),
                size_t(b.bytesPerLine()))
            .copyTo(bgr);
    }
    return bgr;
}

void CameraSource::onFrame(const QVideoFrame &frame)
{
    const cv::Mat bgr = toBgr(frame);
    if (bgr.empty())
        return;
    QMutexLocker lock(&m_mutex);
    m_latest = bgr;
    m_latestMs = m_clock.elapsed();
    m_fresh = true;
}

std::optional<Frame> CameraSource::next()
{
    QMutexLocker lock(&m_mutex);
    if (!m_fresh)
        return std::nullopt;
    m_fresh = false;
    return Frame{m_latest, m_latestMs, QString()};
}

} // namespace hd::capture
