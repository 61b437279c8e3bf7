#pragma once

#include "captureengine.h"

#include <QFutureWatcher>
#include <QImage>
#include <QList>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace hd::ui {

// The live preview: the frame scaled to fit, the outline over it (green when every gate
// passes, amber otherwise with the reason), and a ring while auto-capture counts down.
class CapturePreview final : public QWidget
{
    Q_OBJECT
public:
    explicit CapturePreview(QWidget *parent = nullptr);
    void setFrame(const QImage &frame);
    void setAnalysis(const capture::FrameAnalysis &analysis);
    QSize sizeHint() const override { return {640, 360}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_frame;
    capture::FrameAnalysis m_analysis;
};

// The capture screen. Frames are pulled on the GUI thread and shown at once; detection runs
// on a worker thread, one frame at a time, and frames arriving meanwhile are shown but not
// analysed, so the preview never waits for the detector.
class CaptureWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit CaptureWidget(QWidget *parent = nullptr);
    ~CaptureWidget() override;

    // Takes the frames from a video file (how the screen is tested) or a camera.
    Status openVideoFile(const QString &path);
    Status openCamera(const QString &cameraId, QSize resolution);
    void setFrameInterval(int ms) { m_timer.setInterval(ms); }
    void start() { m_timer.start(); }

    QList<QImage> captured() const { return m_captured; }
    int framesShown() const { return m_framesShown; }
    int framesAnalysed() const { return m_framesAnalysed; }

signals:
    void documentCaptured(const QImage &rectified, const QString &type);
    void sourceFinished();

private:
    void pullFrame();
    void analysisDone();
    void captureFrame(const QImage &frame, const QPolygonF &outline);
    void retake();
    void captureManually();

    capture::CaptureEngine m_engine;
    QTimer m_timer;
    QFutureWatcher<capture::FrameAnalysis> m_watcher;
    QImage m_analysing;     // the frame the worker is looking at
    QImage m_lastGoodFrame; // for a manual capture
    std::optional<QPolygonF> m_lastOutline;
    QList<QImage> m_captured;
    int m_framesShown = 0;
    int m_framesAnalysed = 0;

    CapturePreview *m_preview = nullptr;
    QComboBox *m_typeCombo = nullptr;
    QListWidget *m_checklist = nullptr;
    QListWidget *m_thumbnails = nullptr;
    QPushButton *m_captureButton = nullptr;
    QPushButton *m_retakeButton = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace hd::ui
