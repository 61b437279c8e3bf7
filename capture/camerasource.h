#pragma once

#include "cameras.h"
#include "framesource.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QSize>

#include <memory>

class QCamera;
class QMediaCaptureSession;
class QVideoFrame;
class QVideoSink;

namespace hd::capture {

// A live camera through QtMultimedia (QCamera → QVideoSink). Frames arrive on the camera's
// thread; next() hands out the newest one not yet taken (older ones are dropped, so a slow
// consumer never builds a backlog) or nothing when no new frame has come.
class CameraSource final : public QObject, public FrameSource
{
    Q_OBJECT
public:
    // An empty id means the system's default camera; an empty size, its default format.
    explicit CameraSource(QString cameraId = {}, QSize resolution = {});
    ~CameraSource() override;

    Status open() override;
    std::optional<Frame> next() override;
    QString description() const override { return m_description; }
    bool isLive() const override { return true; }
    // The camera closed and opened again, found by its id (unplugged and plugged back in,
    // released by another program): an error while it is not there.
    Status reconnect() override;

    // The frame as the pipeline reads it (BGR, its own pixels): Qt converts the camera's
    // format (YUYV, NV12, MJPEG...) to 32-bit RGB, and that is turned into BGR in the same
    // pass as it is copied out. Empty when Qt cannot convert the frame.
    static cv::Mat toBgr(const QVideoFrame &frame);

private:
    void onFrame(const QVideoFrame &frame);

    QString m_cameraId;
    QSize m_resolution;
    QString m_description;
    std::unique_ptr<QCamera> m_camera;
    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QVideoSink> m_sink;
    QMutex m_mutex;
    cv::Mat m_latest;
    qint64 m_latestMs = 0;
    bool m_fresh = false;
    QElapsedTimer m_clock;
};

} // namespace hd::capture
