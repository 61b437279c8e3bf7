#pragma once

#include "result.h"

#include <QImage>
#include <QPolygonF>
#include <QSize>
#include <QStringList>

#include <memory>
#include <optional>

namespace hd::capture {

class FrameSource;

// What the capture screen gets for one analysed frame.
struct FrameAnalysis
{
    qint64 timestampMs = 0;
    std::optional<QPolygonF> outline; // TL, TR, BR, BL in frame pixels; none: no document
    bool good = false;                // passed every quality gate
    QStringList reasons;              // why not, in Chinese, for the clerk
    bool captureNow = false;          // auto-capture fires on this frame
    double holdProgress = 0;          // 0..1 while the document is held still
    bool followed = false; // the outline was followed from the last frame, not searched afresh
    // The figures behind the verdict, kept with a captured document (detector score 0..1,
    // sharpness, share of burnt-out pixels, share of the frame): see capture/README.md.
    double score = 0;
    double sharpness = 0;
    double glare = 0;
    double areaShare = 0;
    bool imageMeasured = true; // false: moving, sharpness and glare not measured on this frame
    // The outline has the other kind's proportions than the document chosen (the card on the
    // form outlined when the form is wanted, or the form when the card is): one of `reasons`.
    bool otherKind = false;
};

// The capture pipeline behind Qt types only, so that the screens never see OpenCV: a frame
// source, the detector (the outline followed between frames), the quality gates and
// auto-capture. nextFrame(), the open*() and rearm() are for the GUI thread; analyse() may
// run on one worker thread at a time, and only it touches the state of the analyses. The frames
// nextFrame() gives share the source's pixels (Format_BGR888), so that analyse() reads them without
// a conversion or a copy.
class CaptureEngine final
{
public:
    CaptureEngine();
    ~CaptureEngine();
    CaptureEngine(const CaptureEngine &) = delete;
    CaptureEngine &operator=(const CaptureEngine &) = delete;

    // Any source (the ones below are made this way): opened, and the analyses start afresh.
    Status open(std::unique_ptr<FrameSource> source);
    Status openVideoFile(const QString &path);
    Status openImageFile(const QString &path);
    Status openFolder(const QString &path);
    // The image files openImageFile() and openFolder() read ("*.jpg", ...), for file dialogs.
    static QStringList imageNameFilters();
    Status openCamera(const QString &cameraId, QSize resolution);

    // The next frame, with its time; none at the end of a file (or no new camera frame yet).
    std::optional<QImage> nextFrame(qint64 *timestampMs);
    bool atEnd() const { return m_atEnd; }
    // A live source (a camera): frames keep coming until it is closed, or it has gone silent.
    bool isLive() const;
    // A live source that has gone silent (the camera unplugged, taken by another program)
    // tries to start again: an error while it cannot. Nothing to do for a file.
    Status reconnect();

    FrameAnalysis analyse(const QImage &frame, qint64 timestampMs);
    // Pays the detector's first-use costs (OpenCV's colour tables, the network laid out for
    // `frameSize`: 150-250 ms) on the calling thread, so the first frame is not late. Safe to
    // run on a worker thread while analyse() runs on another.
    void warmUp(QSize frameSize) const;
    // The outlines the clerk may choose among on `frame` when the one found is not the
    // document wanted (the magazine beside the page, the form under the card): the detector's
    // own first when it takes one, then one per other object, most likely first; at most
    // `max`. With `shown` (the outline on the screen), that one first and the detector's
    // outlines of other objects after it. Found with the detector's options for image files
    // (the looks after the search, which the live frames go without: a card on the page the
    // live outline took), 0.1-0.3 s. For the analyses' worker thread, one call at a time with
    // analyse().
    QList<QPolygonF> outlines(const QImage &frame, int max,
                              const std::optional<QPolygonF> &shown = std::nullopt) const;
    // The quality verdict for an outline the clerk placed by hand (no motion check).
    FrameAnalysis assess(const QImage &frame, const QPolygonF &outline) const;
    // Straightens the document (type: id-card | a4 | licence); certificates whitened; an ID
    // card or a licence that its layout shows lying upside down is turned the right way up,
    // and `*turnedUpright` (when given) says whether it was (upright.h).
    Result<QImage> rectify(const QImage &frame, const QPolygonF &outline, const QString &type,
                           bool *turnedUpright = nullptr);
    // Which side of the ID card an upright straightened card (rectify()'s) shows: 0 the
    // portrait side (人像面), 1 the emblem side (国徽面), -1 not sure (upright.h).
    static int idCardSide(const QImage &card);
    // After a retake: from the next analysis on, auto-capture arms again and the outline is
    // searched afresh (as after opening a source). Safe to call while analyse() runs: the
    // worker takes the request when its next analysis starts.
    void rearm();
    // What the clerk is capturing now (the checklist's document: id-card | a4 | licence;
    // empty: not known): the detector prefers an outline of that kind where one of the other
    // kind could be taken too (the ID card on the application form), and an outline with the
    // other kind's proportions is not good, and says so. Safe to call while analyse() runs:
    // taken from the next analysis on.
    void setExpectedType(const QString &type);
    // On (the default): the outline is followed from frame to frame and searched afresh
    // every few frames or when lost (QuadTracker); off: the full detection on every frame.
    // Taken from the next analysis on, like rearm().
    void setTracking(bool on);

private:
    struct Private;
    std::unique_ptr<Private> d;
    bool m_atEnd = false;
};

} // namespace hd::capture
