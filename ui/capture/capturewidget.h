#pragma once

#include "captureengine.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QShortcut;

namespace hd::ui {

class CapturePreview;

// One stored document made of the pages captured for it: an ID card's front and back are one
// document of two pages; a certificate or licence page is one document.
struct CapturedDocument
{
    QString type; // id-card | a4 | licence
    QString label;
    QList<QImage> pages;
    QJsonObject quality; // per page: detector score, sharpness, glare, size, manual or not
};

// The capture screen: where the frames come from (a camera chosen among the terminal's, at a
// chosen resolution, remembered per terminal; a video file; an image or a folder of scans),
// the live preview with the outline and the reason, the checklist of documents to take,
// thumbnails of what has been taken, retake, and manual capture with the corners adjusted by
// hand.
//
// Frames are pulled on the GUI thread and shown at once; detection runs on a worker thread,
// one frame at a time, and frames arriving meanwhile are shown; the newest of them is analysed
// as soon as the worker is free (the latest frame wins), so the preview never waits for the
// detector and the detector never waits for the next frame.
class CaptureWidget final : public QWidget
{
    Q_OBJECT
public:
    struct ChecklistItem
    {
        QString label;
        QString type;  // id-card | a4 | licence
        int side = -1; // ID card: 0 front (人像面), 1 back (国徽面); otherwise -1
    };
    // ID card front and back, property certificate, business licence.
    static QList<ChecklistItem> defaultChecklist();

    explicit CaptureWidget(QWidget *parent = nullptr);
    ~CaptureWidget() override;

    void setChecklist(const QList<ChecklistItem> &items);
    QList<ChecklistItem> checklist() const { return m_items; }
    int currentItem() const;
    void setCurrentItem(int index);

    // Sources. A camera is remembered for this terminal once it has been opened.
    Status openVideoFile(const QString &path);
    Status openImageFile(const QString &path);
    Status openFolder(const QString &path);
    Status openCamera(const QString &cameraId, QSize resolution);
    // The camera (and resolution) this terminal used last, or the system's default camera.
    Status openRememberedCamera();
    // Any other stream of frames (a test's camera).
    Status openSource(std::unique_ptr<capture::FrameSource> source);
    // A live source silent for `silentMs` (the camera unplugged, a driver stalled): the clerk
    // is told, nothing stale can be captured, and the source is started again every
    // `retryMs` until its frames come back (3 s and 5 s unless set).
    void setSilenceTimeouts(int silentMs, int retryMs);
    // The sources offered read again, the one shown kept (called when a camera is plugged in
    // or out); with none open yet, a camera now there is opened.
    void refreshSources();
    bool isSilent() const { return m_silent; }
    void setFrameInterval(int ms) { m_timer.setInterval(ms); }
    // Lockstep (for tests): the next frame is pulled only once the last one's analysis has
    // been shown, so every frame of a file is analysed, in order, however slow the machine.
    // Only the pace changes: the frames, the analyses and auto-capture are the live ones.
    void setLockstep(bool on) { m_lockstep = on; }
    // A line for the clerk under the thumbnails (e.g. why the camera did not open).
    void showMessage(const QString &text);
    void start();
    void stop();

    // What has been taken, in checklist order (one image per captured item).
    QList<QImage> captured() const;
    // The complete documents (an ID card needs both sides); `missing` lists what is not.
    QList<CapturedDocument> documents(QStringList *missing = nullptr) const;
    int framesShown() const { return m_framesShown; }
    int framesAnalysed() const { return m_framesAnalysed; }
    CapturePreview *preview() const { return m_preview; }
    // The thread the analyses run on, one at a time (a test holds it to keep one in flight).
    QThreadPool *worker() { return &m_worker; }

    // The actions behind the buttons and shortcuts.
    void captureManually(); // Space: the outline shown (or the corners as adjusted)
    void startAdjusting();  // F7: hold the frame, drag the corners
    // F6: another object's outline (the page beside the magazine the detector took, the card
    // on the form), the frame held as for F7; pressed again, the next, round to the first.
    void nextOutline();
    void confirmAdjusted(); // Enter while adjusting: capture with the corners as placed
    void cancelAdjusting(); // Esc while adjusting
    void retake();          // F8: the selected item (or the last one taken) again
    void turnHalf();        // Ctrl+R: the selected page taken (or the last) upside down
    void nextStill();       // PageDown: the next image of a folder

signals:
    void documentCaptured(const QImage &rectified, const QString &type);
    void framePresented();
    void sourceFinished();
    void saveRequested();

private:
    void pullFrame();
    void noFrame();
    void silenceOver();
    void startAnalysis(QImage frame, qint64 timestampMs);
    void analysisDone();
    void showVerdict(const capture::FrameAnalysis &a);
    QString notFoundText(const capture::FrameAnalysis &a);
    void capture(const QImage &frame, const QPolygonF &outline, const capture::FrameAnalysis &a,
                 bool manual);
    void refreshChecklist();
    // The checklist's item for that side of a card of `type` (0 front, 1 back), or -1.
    int sideItem(const QString &type, int side) const;
    int takenItem() const; // the selected item if taken, else the last one taken; -1: none
    void refreshButtons();
    void populateSources();
    // The source list's entry of the camera with this id (the first camera for an empty id);
    // -1: not listed.
    int cameraEntry(const QString &cameraId) const;
    void sourceChosen(int index);
    void resolutionChosen(int index);
    void editRequested(int corner);
    void outlinesFound();
    void showOutline(int index);
    Status opened(Status status, bool still);
    void showSource(int kind, const QString &name);
    QShortcut *shortcut(const QKeySequence &key, void (CaptureWidget::*slot)());

    struct Taken
    {
        QImage page;
        QJsonObject quality;
    };

    capture::CaptureEngine m_engine;
    QThreadPool m_worker; // after m_engine: joined before the engine goes
    QTimer m_timer;
    QFutureWatcher<capture::FrameAnalysis> m_watcher;
    QFuture<void> m_warmUp;
    QImage m_analysing; // the frame the worker is looking at
    // Until its result has been taken (not QFutureWatcher::isRunning(), false as soon as the
    // worker returns: a new analysis started then would drop the result on its way).
    bool m_analysisBusy = false;
    // Which opening of a source the frame being analysed came from: a result that comes
    // back after another source was opened is dropped.
    int m_opening = 0;
    int m_analysingOpening = 0;
    QImage m_pending; // the newest frame shown while the worker was busy: analysed next
    qint64 m_pendingMs = 0;
    QImage m_lastFrame; // the newest analysed frame, for a manual capture
    capture::FrameAnalysis m_lastAnalysis;
    // While adjusting: the frame held (an analysis finishing meanwhile leaves it), the
    // outlines to choose from (the one shown when adjusting began first; empty until the
    // worker has found them) and which is shown; F6 pressed before they came.
    QImage m_editFrame;
    bool m_editFound = false; // adjusting began on the detector's outline (not the default one)
    static constexpr int kOutlinesOffered = 5;
    QFutureWatcher<QList<QPolygonF>> m_outlinesWatcher;
    QList<QPolygonF> m_outlines;
    int m_outlineShown = 0;
    bool m_outlinePressed = false;
    // A live source's last frame (or its opening), and whether it has gone silent since.
    QElapsedTimer m_sinceFrame;
    QElapsedTimer m_sinceRetry;
    bool m_silent = false;
    int m_silentMs = 3000;
    int m_retryMs = 5000;
    bool m_sourceOpen = false; // a source has been opened (the last one may have gone silent)
    bool m_still = false;      // image or folder: one frame at a time
    bool m_lockstep = false;
    bool m_stillShown = false; // the current still frame has been pulled
    QList<ChecklistItem> m_items;
    QList<std::optional<Taken>> m_taken;
    int m_framesShown = 0;
    int m_framesAnalysed = 0;
    // The time of the first frame of a live source since which no outline has been found (-1:
    // the last frame had one); after kHintAfterMs of them the clerk is told what helps.
    static constexpr qint64 kHintAfterMs = 3000;
    qint64 m_notFoundSinceMs = -1;
    bool m_populating = false;

    CapturePreview *m_preview = nullptr;
    QComboBox *m_sourceCombo = nullptr;
    QComboBox *m_resolutionCombo = nullptr;
    QListWidget *m_checklist = nullptr;
    QListWidget *m_thumbnails = nullptr;
    QPushButton *m_captureButton = nullptr;
    QPushButton *m_adjustButton = nullptr;
    QPushButton *m_otherButton = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_retakeButton = nullptr;
    QPushButton *m_turnButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QShortcut *m_confirmShortcut = nullptr;
    QShortcut *m_enterShortcut = nullptr;
    QShortcut *m_cancelShortcut = nullptr;
};

} // namespace hd::ui
