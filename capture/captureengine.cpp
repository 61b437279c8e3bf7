#include "captureengine.h"

#include "autocapture.h"
#include "camerasource.h"
#include "documentdetector.h"
#include "framesource.h"
#include "imageloader.h"
#include "quadtracker.h"
#include "qualitygate.h"
#include "rectifier.h"
#include "upright.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <opencv2/imgproc.hpp>

namespace hd::capture {

namespace {
// The frame as OpenCV sees it, BGR. A Format_BGR888 image (what nextFrame() gives) is read
// in place, without a copy: the result is valid while `image` is. Other formats are
// converted once.
cv::Mat toMat(const QImage &image)
{
    if (image.format() == QImage::Format_BGR888)
        return cv::Mat(image.height(), image.width(), CV_8UC3,
                       const_cast<uchar *>(image.constBits()), size_t(image.bytesPerLine()));
    const QImage bgr = image.convertToFormat(QImage::Format_BGR888);
    return cv::Mat(bgr.height(), bgr.width(), CV_8UC3, const_cast<uchar *>(bgr.constBits()),
                   size_t(bgr.bytesPerLine()))
        .clone();
}

// A BGR cv::Mat as a read-only Format_BGR888 QImage sharing its pixels (no conversion, no
// copy; a painter on it would detach): the image holds a reference to the matrix until its
// last copy is gone.
QImage sharedImage(const cv::Mat &bgr)
{
    CV_Assert(bgr.type() == CV_8UC3);
    auto *owner = new cv::Mat(bgr);
    return QImage(
        static_cast<const uchar *>(owner->data), owner->cols, owner->rows, qsizetype(owner->step),
        QImage::Format_BGR888, [](void *m) { delete static_cast<cv::Mat *>(m); }, owner);
}

QImage toImage(const cv::Mat &bgr)
{
    cv::Mat rgb;
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    return QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
}

Quad toQuad(const QPolygonF &p)
{
    Quad q;
    for (int i = 0; i < 4; ++i)
        q[size_t(i)] = cv::Point2d(p.at(i).x(), p.at(i).y());
    return q;
}
} // namespace

struct CaptureEngine::Private
{
    std::unique_ptr<FrameSource> source;
    DocumentDetector detector{DetectorOptions::forLiveFrames()};
    // For the outlines F6 offers: a one-off the clerk asked for, so with the looks an image
    // file gets after the search (the card on the page the live outline took).
    DocumentDetector stillDetector;
    QuadTracker tracker{detector};
    std::atomic<bool> tracking{true};
    QualityGate gate;
    AutoCapture autoCapture;
    std::optional<Quad> previous;

    // The state of the analyses (tracker, previous outline, auto-capture) belongs to the
    // worker. The GUI thread only asks, through these flags, and the worker acts on them when
    // its next analysis starts (it may be analysing a frame right now).
    std::atomic<bool> afresh{false}; // a new source or a retake: search afresh, arm again
    // The proportions of the document the clerk is capturing (0: not known), for the gate.
    std::atomic<double> expected{0};

    void opened(std::unique_ptr<FrameSource> s)
    {
        source = std::move(s);
        afresh = true;
    }
};

CaptureEngine::CaptureEngine()
    : d(std::make_unique<Private>())
{}

CaptureEngine::~CaptureEngine() = default;

Status CaptureEngine::open(std::unique_ptr<FrameSource> source)
{
    if (!source)
        return Error{QStringLiteral("capture.source"),
                     QCoreApplication::translate("hd::capture::CaptureEngine", "没有图像来源。")};
    if (Status st = source->open(); !st)
        return st;
    d->opened(std::move(source));
    m_atEnd = false;
    return {};
}

Status CaptureEngine::openVideoFile(const QString &path)
{
    return open(std::make_unique<VideoFileSource>(path));
}

Status CaptureEngine::openImageFile(const QString &path)
{
    return open(std::make_unique<ImageFileSource>(path));
}

Status CaptureEngine::openFolder(const QString &path)
{
    return open(std::make_unique<FolderSource>(path));
}

QStringList CaptureEngine::imageNameFilters()
{
    return ImageLoader::nameFilters();
}

Status CaptureEngine::openCamera(const QString &cameraId, QSize resolution)
{
    return open(std::make_unique<CameraSource>(cameraId, resolution));
}

bool CaptureEngine::isLive() const
{
    return d->source && d->source->isLive();
}

Status CaptureEngine::reconnect()
{
    if (!d->source)
        return {};
    return d->source->reconnect();
}

std::optional<QImage> CaptureEngine::nextFrame(qint64 *timestampMs)
{
    if (!d->source)
        return std::nullopt;
    std::optional<Frame> f = d->source->next();
    if (!f) {
        m_atEnd = !d->source->isLive();
        return std::nullopt;
    }
    if (timestampMs)
        *timestampMs = f->timestampMs;
    return sharedImage(f->image);
}

void CaptureEngine::warmUp(QSize frameSize) const
{
    d->detector.warmUp(cv::Size(frameSize.width(), frameSize.height()));
}

FrameAnalysis CaptureEngine::analyse(const QImage &frame, qint64 timestampMs)
{
    FrameAnalysis a;
    a.timestampMs = timestampMs;
    const cv::Mat img = toMat(frame);
    if (d->afresh.exchange(false)) {
        d->tracker.reset();
        d->previous.reset();
        d->autoCapture.reset();
    }
    const bool tracking = d->tracking;
    const double expected = d->expected;
    const std::optional<Detection> det =
        tracking ? d->tracker.next(img, timestampMs, expected) : d->detector.detect(img, expected);
    a.followed = tracking && d->tracker.lastFollowed();
    std::optional<Quad> quad;
    if (det) {
        quad = det->quad;
        QPolygonF poly;
        for (const cv::Point2d &p : det->quad)
            poly << QPointF(p.x, p.y);
        a.outline = poly;
        const QualityReport r = d->gate.assessLive(img, det->quad, d->previous, expected);
        a.good = r.ok();
        a.reasons = r.reasons();
        a.otherKind = r.has(QualityIssue::WrongShape);
        a.score = det->score;
        a.sharpness = r.figures.sharpness;
        a.glare = r.figures.glare;
        a.areaShare = r.figures.areaShare;
        a.imageMeasured = r.figures.imageMeasured;
    } else {
        a.reasons << QCoreApplication::translate("hd::capture::CaptureEngine",
                                                 "未找到证件：请把证件平放在镜头下");
    }
    a.captureNow = d->autoCapture.update(timestampMs, img.size(), quad, a.good);
    a.holdProgress = d->autoCapture.progress();
    d->previous = quad;
    return a;
}

void CaptureEngine::setExpectedType(const QString &type)
{
    const Result<DocumentType> t = parseDocumentType(type);
    d->expected = t ? documentProportions(*t) : 0.0;
}

QList<QPolygonF> CaptureEngine::outlines(const QImage &frame, int max,
                                         const std::optional<QPolygonF> &shown) const
{
    std::vector<Quad> kept;
    if (shown && shown->size() == 4)
        kept.push_back(toQuad(*shown));
    if (!frame.isNull() && max > 0)
        for (const Quad &q : d->stillDetector.outlines(toMat(frame), size_t(max), d->expected))
            if (int(kept.size()) < max && std::all_of(kept.begin(), kept.end(), [&](const Quad &k) {
                    return quadIou(q, k) < kOtherObjectIoU;
                }))
                kept.push_back(q);
    QList<QPolygonF> out;
    for (const Quad &q : kept) {
        QPolygonF poly;
        for (const cv::Point2d &p : q)
            poly << QPointF(p.x, p.y);
        out << poly;
    }
    return out;
}

FrameAnalysis CaptureEngine::assess(const QImage &frame, const QPolygonF &outline) const
{
    FrameAnalysis a;
    if (outline.size() != 4 || frame.isNull())
        return a;
    const cv::Mat img = toMat(frame);
    const Quad q = orderCorners(toQuad(outline));
    QPolygonF poly;
    for (const cv::Point2d &p : q)
        poly << QPointF(p.x, p.y);
    a.outline = poly;
    const QualityReport r = d->gate.assess(img, q, std::nullopt, d->expected);
    a.good = r.ok();
    a.reasons = r.reasons();
    a.otherKind = r.has(QualityIssue::WrongShape);
    a.score = d->detector.supportOf(img, q);
    a.sharpness = r.figures.sharpness;
    a.glare = r.figures.glare;
    a.areaShare = r.figures.areaShare;
    return a;
}

Result<QImage> CaptureEngine::rectify(const QImage &frame, const QPolygonF &outline,
                                      const QString &type, bool *turnedUpright)
{
    if (turnedUpright)
        *turnedUpright = false;
    if (outline.size() != 4)
        return Error{QStringLiteral("capture.quad"),
                     QCoreApplication::translate("hd::capture::CaptureEngine",
                                                 "证件四角无效，请重新框选。")};
    const Result<DocumentType> t = parseDocumentType(type);
    if (!t)
        return t.error();
    RectifyOptions options;
    options.enhance = *t != DocumentType::IdCard;
    Result<cv::Mat> flat = capture::rectify(toMat(frame), toQuad(outline), *t, options);
    if (!flat)
        return flat.error();
    const bool turned = turnUpright(flat.value(), *t);
    if (turnedUpright)
        *turnedUpright = turned;
    return toImage(*flat);
}

int CaptureEngine::idCardSide(const QImage &card)
{
    switch (capture::idCardSide(toMat(card))) {
    case IdCardSide::Portrait:
        return 0;
    case IdCardSide::Emblem:
        return 1;
    case IdCardSide::Unsure:
        break;
    }
    return -1;
}

void CaptureEngine::setTracking(bool on)
{
    d->tracking = on;
    d->afresh = true;
}

void CaptureEngine::rearm()
{
    d->afresh = true;
}

} // namespace hd::capture
