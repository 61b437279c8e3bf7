// The capture screen driven through the real widget with a recorded video: auto-capture of
// an ID card held still, retake, the two sides of an ID card as one document, manual capture
// with a corner dragged by the mouse and nudged with the keyboard, a folder of scans, a
// missing camera, and a camera that falls silent (unplugged) and comes back.

#include "cameras.h"
#include "capturepreview.h"
#include "capturewidget.h"
#include "framesource.h"
#include "syntheticscene.h"
#include "textpage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

using namespace hd;

namespace {
const cv::Size kSize(1280, 720);
const capture::Quad kRest{cv::Point2d(400, 180), cv::Point2d(880, 200), cv::Point2d(870, 505),
                          cv::Point2d(390, 490)};

// One card slides in from the left and rests (frames `from` .. `from + frames`), on wood.
void writeCardClip(cv::VideoWriter &writer, const cv::Mat &desk, const cv::Mat &card, int frames)
{
    for (int i = 0; i < frames; ++i) {
        capture::Quad q = kRest;
        for (cv::Point2d &p : q)
            p.x -= i < 10 ? 90.0 * (10 - i) : 0.0;
        cv::Mat frame = desk.clone();
        capture::placeDocument(frame, card, q);
        writer.write(frame);
    }
}

// The card's two sides as printed: the portrait side, the emblem side.
cv::Mat cardSide(int side)
{
    cv::Size2d model;
    return capture::renderDocumentTemplate(capture::SceneDocument::IdCard, 31 + side, &model,
                                           1 + side);
}

// A video of the card's sides (0 the portrait side, 1 the emblem side) laid down and held in
// turn, the desk empty between them (the card taken away and turned over); upside down when
// `upsideDown`.
QString writeSidesVideo(const QTemporaryDir &dir, const QList<int> &sides, bool upsideDown = false)
{
    const QString path = dir.filePath(QStringLiteral("counter.avi"));
    const cv::Mat desk = capture::renderBackground(capture::SceneBackground::Wood, kSize, 31);
    cv::VideoWriter writer(path.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 10,
                           kSize);
    if (!writer.isOpened())
        return {};
    for (qsizetype i = 0; i < sides.size(); ++i) {
        if (i > 0)
            for (int k = 0; k < 15; ++k)
                writer.write(desk);
        cv::Mat card = cardSide(sides.at(i));
        if (upsideDown)
            cv::rotate(card, card, cv::ROTATE_180);
        writeCardClip(writer, desk, card, 40);
    }
    return path;
}

// A video of the card's front laid down and held, the desk empty, then the back held.
QString writeVideo(const QTemporaryDir &dir, bool bothSides, bool upsideDown = false)
{
    return writeSidesVideo(dir, bothSides ? QList<int>{0, 1} : QList<int>{0}, upsideDown);
}

// Whether a stored page is the card's side as printed (rather than the other side, or
// upside down).
bool isSide(const QImage &page, int side)
{
    const QImage bgr = page.convertToFormat(QImage::Format_BGR888);
    const cv::Mat stored(bgr.height(), bgr.width(), CV_8UC3, const_cast<uchar *>(bgr.constBits()),
                         size_t(bgr.bytesPerLine()));
    double best = 0, other = 1e300;
    for (int s = 0; s < 2; ++s)
        for (bool turned : {false, true}) {
            cv::Mat printed;
            cv::resize(cardSide(s), printed, stored.size(), 0, 0, cv::INTER_AREA);
            if (turned)
                cv::rotate(printed, printed, cv::ROTATE_180);
            const double d = cv::norm(stored, printed, cv::NORM_L1);
            if (s == side && !turned)
                best = d;
            else
                other = std::min(other, d);
        }
    return best < 0.7 * other;
}

// Shows the widget and plays its source to the end in lockstep: every frame analysed before
// the next is shown, however slow the machine, so each hold lasts the same video time on every
// run. The caller checks QTest::currentTestFailed().
void playToEnd(ui::CaptureWidget &widget, int timeoutMs)
{
    QSignalSpy finished(&widget, &ui::CaptureWidget::sourceFinished);
    widget.resize(1100, 760);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.setLockstep(true);
    widget.setFrameInterval(20);
    widget.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, timeoutMs);
}

// Plays the source in lockstep until at least `frames` frames are analysed, then stops and
// lets the last analysis come back. The caller checks QTest::currentTestFailed().
void analyseAtLeast(ui::CaptureWidget &widget, int frames)
{
    widget.setLockstep(true);
    widget.setFrameInterval(20);
    widget.start();
    QTRY_VERIFY_WITH_TIMEOUT(widget.framesAnalysed() >= frames, 60000);
    widget.stop();
    QTRY_COMPARE_WITH_TIMEOUT(widget.framesAnalysed(), widget.framesShown(), 20000);
}

// The empty desk for `frames` frames.
QString writeDeskVideo(const QTemporaryDir &dir, int frames)
{
    const QString path = dir.filePath(QStringLiteral("desk.avi"));
    const cv::Mat desk = capture::renderBackground(capture::SceneBackground::Wood, kSize, 31);
    cv::VideoWriter writer(path.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 10,
                           kSize);
    if (!writer.isOpened())
        return {};
    for (int i = 0; i < frames; ++i)
        writer.write(desk);
    return path;
}

// A camera on a USB cable: the frames of a recorded video, the last one again and again once
// it is over (the card lies still), and none while the cable is out; started again
// (reconnect) only while it is plugged in.
class CableCamera final : public capture::FrameSource
{
public:
    struct Cable
    {
        int framesUntilPulled = -1; // the cable is pulled after this many frames (-1: never)
        bool pluggedIn = true;
        int reconnects = 0;
    };

    CableCamera(const QString &path, Cable &cable)
        : m_video(path)
        , m_cable(cable)
    {}
    Status open() override { return m_video.open(); }
    std::optional<capture::Frame> next() override
    {
        if (m_cable.framesUntilPulled == 0) {
            m_cable.framesUntilPulled = -1;
            m_cable.pluggedIn = false;
        }
        if (!m_cable.pluggedIn)
            return std::nullopt;
        if (m_cable.framesUntilPulled > 0)
            --m_cable.framesUntilPulled;
        if (std::optional<capture::Frame> f = m_video.next())
            m_last = f->image;
        if (m_last.empty())
            return std::nullopt;
        return capture::Frame{m_last, 100 * m_sent++, QString()};
    }
    QString description() const override { return QStringLiteral("USB camera"); }
    bool isLive() const override { return true; }
    Status reconnect() override
    {
        ++m_cable.reconnects;
        if (!m_cable.pluggedIn)
            return Error{QStringLiteral("camera.none"), QStringLiteral("no camera")};
        return {};
    }

private:
    capture::VideoFileSource m_video;
    Cable &m_cable;
    cv::Mat m_last;
    qint64 m_sent = 0;
};

std::optional<QPolygonF> waitForOutline(ui::CaptureWidget &widget)
{
    for (int i = 0; i < 300; ++i) {
        // The card at rest (it slides in from the left edge first).
        const std::optional<QPolygonF> &o = widget.preview()->analysis().outline;
        if (o && o->boundingRect().left() > 300)
            return o;
        QTest::qWait(20);
    }
    return std::nullopt;
}

// Shows the widget with its window active: Enter and Esc are the window's shortcuts, on a
// real display they need it active. The caller checks QTest::currentTestFailed().
void showActive(ui::CaptureWidget &widget)
{
    widget.resize(1100, 760);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&widget));
}

// Whether each corner of `shown` is within `tolerance` pixels of `truth`'s.
bool nearOutline(const QPolygonF &shown, const capture::Quad &truth, double tolerance)
{
    if (shown.size() != 4)
        return false;
    for (int i = 0; i < 4; ++i)
        if (QLineF(shown.at(i), QPointF(truth[size_t(i)].x, truth[size_t(i)].y)).length() >
            tolerance)
            return false;
    return true;
}
} // namespace

class TestCaptureWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void videoSource_cardHeldStill_oneThumbnailThenRetake();
    void videoSource_frontThenBack_oneIdCardOfTwoPages();
    void videoSource_cardLaidUpsideDown_storedUprightClerkTold();
    void videoSource_emblemSideFirst_filedAsEmblemSide_sameSideAgainNotTaken();
    void videoSource_unpaced_newestMissedFrameAnalysedWhenWorkerFree();
    void newSource_whileOldFrameAnalysed_oldVerdictDropped();
    void nothingFound_clerkToldWhatHelps();
    void dragCorner_thenEnter_capturesWithTheDraggedCorner();
    void twoDocuments_f6OffersTheOther_enterTakesIt();
    void adjusting_analysisFinishesMeanwhile_frameHeldIsTaken();
    void folderOfScans_goodScanTakenAtOnce_garbageSkipped();
    void folderOfScans_a4PageUpsideDown_storedUprightByItsText();
    void missingCamera_refusedWithMessage();
    void cameraUnplugged_clerkToldNothingStaleTaken_resumesWhenBack();
    void camerasChanged_sourcesReadAgain_fileShownStaysSelected();
};

void TestCaptureWidget::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("HallDeskTest"));
}

void TestCaptureWidget::videoSource_cardHeldStill_oneThumbnailThenRetake()
{
    // An ID card slides onto the counter and stays: the screen shows every frame, analyses
    // what it can, captures once, and "重拍" takes the picture back.
    QTemporaryDir dir;
    const QString path = writeVideo(dir, false);
    QVERIFY(!path.isEmpty());
    ui::CaptureWidget widget;
    QVERIFY(widget.openVideoFile(path));
    QSignalSpy captured(&widget, &ui::CaptureWidget::documentCaptured);
    QSignalSpy finished(&widget, &ui::CaptureWidget::sourceFinished);
    widget.resize(1100, 760);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    // Slow enough for a loaded machine to analyse a few frames of each rest.
    widget.setFrameInterval(150);
    widget.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 30000);
    QCOMPARE(widget.framesShown(), 40);
    QVERIFY(widget.framesAnalysed() > 5);
    QCOMPARE(captured.count(), 1);
    QCOMPARE(captured.at(0).at(1).toString(), QStringLiteral("id-card"));
    const QImage flat = captured.at(0).at(0).value<QImage>();
    QCOMPARE(flat.size(), QSize(1012, 638)); // ID-1 at 300 dpi
    auto *thumbnails = widget.findChild<QListWidget *>(QStringLiteral("thumbnailList"));
    QVERIFY(thumbnails);
    QCOMPARE(thumbnails->count(), 1);
    QCOMPARE(widget.currentItem(), 1); // on to the back

    // The card lay the other way up: Ctrl+R turns the page taken (the front, the last one
    // taken) a half turn, the back stays the next to take; the button turns it back.
    widget.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&widget));
    const QImage thumbnail = thumbnails->item(0)->icon().pixmap(150, 100).toImage();
    QTest::keyClick(&widget, Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(widget.captured().size(), 1);
    QCOMPARE(widget.captured().at(0), flat.mirrored(true, true));
    QCOMPARE(thumbnails->count(), 1);
    QVERIFY(thumbnails->item(0)->icon().pixmap(150, 100).toImage() != thumbnail);
    QCOMPARE(widget.currentItem(), 1);
    QTest::mouseClick(widget.findChild<QPushButton *>(QStringLiteral("turnButton")),
                      Qt::LeftButton);
    QCOMPARE(widget.captured().at(0), flat);

    QStringList missing;
    QVERIFY(widget.documents(&missing).isEmpty()); // the front alone is not a document
    QCOMPARE(missing.size(), 1);

    widget.setCurrentItem(0);
    QTest::mouseClick(widget.findChild<QPushButton *>(QStringLiteral("retakeButton")),
                      Qt::LeftButton);
    QCOMPARE(thumbnails->count(), 0);
    QCOMPARE(widget.captured().size(), 0);
    QCOMPARE(widget.currentItem(), 0);
}

void TestCaptureWidget::videoSource_unpaced_newestMissedFrameAnalysedWhenWorkerFree()
{
    // Frames pulled as fast as the file gives them: the worker is always behind, so each time
    // it is free it takes the newest frame shown meanwhile. Every frame is shown, and what is
    // analysed is that real frame: at the end, the card lying at rest is outlined.
    QTemporaryDir dir;
    const QString path = writeVideo(dir, false);
    QVERIFY(!path.isEmpty());
    ui::CaptureWidget widget;
    QVERIFY(widget.openVideoFile(path));
    QSignalSpy finished(&widget, &ui::CaptureWidget::sourceFinished);
    widget.resize(1100, 760);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.setFrameInterval(0);
    widget.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 30000);
    QCOMPARE(widget.framesShown(), 40);
    QVERIFY(widget.framesAnalysed() >= 2);
    QVERIFY(widget.framesAnalysed() < 40);
    const capture::FrameAnalysis last = widget.preview()->analysis();
    QVERIFY2(last.outline, qPrintable(last.reasons.join(QLatin1Char(' '))));
    QVERIFY(last.outline->boundingRect().left() > 300); // at rest, not sliding in
    QVERIFY(last.timestampMs >= 1000);
}

void TestCaptureWidget::videoSource_frontThenBack_oneIdCardOfTwoPages()
{
    QTemporaryDir dir;
    const QString path = writeVideo(dir, true);
    ui::CaptureWidget widget;
    QVERIFY(widget.openVideoFile(path));
    playToEnd(widget, 120000);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(widget.framesShown(), 95);
    QCOMPARE(widget.framesAnalysed(), 95);
    QVERIFY2(widget.captured().size() == 2,
             qPrintable(widget.findChild<QLabel *>(QStringLiteral("statusLabel"))->text()));
    QStringList missing;
    const QList<ui::CapturedDocument> docs = widget.documents(&missing);
    QVERIFY(missing.isEmpty());
    QCOMPARE(docs.size(), 1);
    QCOMPARE(docs.at(0).type, QStringLiteral("id-card"));
    QCOMPARE(docs.at(0).pages.size(), 2);
    // Two different sides, not the same picture twice.
    QVERIFY(docs.at(0).pages.at(0) != docs.at(0).pages.at(1));
    const QJsonArray quality = docs.at(0).quality.value(QStringLiteral("pages")).toArray();
    QCOMPARE(quality.size(), 2);
    QVERIFY(quality.at(0).toObject().value(QStringLiteral("passed")).toBool());
    QVERIFY(quality.at(0).toObject().value(QStringLiteral("sharpness")).toDouble() > 0.57);
    QVERIFY(!quality.at(0).toObject().value(QStringLiteral("manual")).toBool());
    // Both sides taken, the property certificate is next while the card's back still lies
    // there: not taken as the certificate, and the clerk is told why.
    QCOMPARE(widget.currentItem(), 2);
    const QString status = widget.findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
    QVERIFY2(status.contains(QStringLiteral("所选证件不符")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("F6")), qPrintable(status)); // another outline
    QVERIFY(!widget.preview()->analysis().good);
    if (const QString shots = qEnvironmentVariable("HALLDESK_SCREENSHOT_DIR"); !shots.isEmpty())
        QVERIFY(widget.grab().save(shots + QStringLiteral("/capture-wrong-shape.png")));

    // The back, selected, turned: the stored page is turned and its record says so.
    widget.setCurrentItem(1);
    widget.turnHalf();
    const QList<ui::CapturedDocument> turned = widget.documents();
    QCOMPARE(turned.at(0).pages.at(0), docs.at(0).pages.at(0));
    QCOMPARE(turned.at(0).pages.at(1), docs.at(0).pages.at(1).mirrored(true, true));
    const QJsonArray turnedQuality = turned.at(0).quality.value(QStringLiteral("pages")).toArray();
    QVERIFY(!turnedQuality.at(0).toObject().value(QStringLiteral("turned")).toBool());
    QVERIFY(turnedQuality.at(1).toObject().value(QStringLiteral("turned")).toBool());
}

void TestCaptureWidget::videoSource_cardLaidUpsideDown_storedUprightClerkTold()
{
    // The customer lays the card down upside down, front then back. The corners give each side
    // upside down; the card's layout turns both the right way up, the clerk is told (and how
    // to undo it), and the record says who turned them. Ctrl+R still turns a page by hand.
    QTemporaryDir dir;
    const QString path = writeVideo(dir, true, true);
    QVERIFY(!path.isEmpty());
    ui::CaptureWidget widget;
    QVERIFY(widget.openVideoFile(path));
    auto *status = widget.findChild<QLabel *>(QStringLiteral("statusLabel"));
    QStringList told;
    const QString shots = qEnvironmentVariable("HALLDESK_SCREENSHOT_DIR");
    connect(&widget, &ui::CaptureWidget::documentCaptured, this, [&] {
        told << status->text();
        if (told.size() == 1 && !shots.isEmpty())
            widget.grab().save(shots + QStringLiteral("/capture-turned-upright.png"));
    });
    playToEnd(widget, 120000);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(told.size(), 2);
    for (const QString &t : told)
        QVERIFY2(t.contains(QStringLiteral("已按版式转正")) && t.contains(QStringLiteral("Ctrl+R")),
                 qPrintable(t));
    const QList<ui::CapturedDocument> docs = widget.documents();
    QCOMPARE(docs.size(), 1);
    QCOMPARE(docs.at(0).pages.size(), 2);
    const QJsonArray quality = docs.at(0).quality.value(QStringLiteral("pages")).toArray();
    for (int side = 0; side < 2; ++side) {
        // The stored page is the card as printed, not its half turn.
        QVERIFY2(isSide(docs.at(0).pages.at(side), side), qPrintable(QString::number(side)));
        const QJsonObject q = quality.at(side).toObject();
        QVERIFY(q.value(QStringLiteral("turned")).toBool());
        QCOMPARE(q.value(QStringLiteral("upright_by")).toString(), QStringLiteral("layout"));
    }
    // The clerk knows better: Ctrl+R turns the back back, and the record says who did.
    widget.setCurrentItem(1);
    widget.turnHalf();
    const QJsonObject back =
        widget.documents().at(0).quality.value(QStringLiteral("pages")).toArray().at(1).toObject();
    QVERIFY(!back.value(QStringLiteral("turned")).toBool());
    QCOMPARE(back.value(QStringLiteral("upright_by")).toString(), QStringLiteral("clerk"));
}

void TestCaptureWidget::videoSource_emblemSideFirst_filedAsEmblemSide_sameSideAgainNotTaken()
{
    // The portrait side is selected, the customer hands the emblem side first: it is filed as
    // the emblem side and the portrait side stays selected. The same side laid down again (the
    // card not turned over) is not taken, and the clerk is told to turn it over; then the
    // portrait side is taken as the portrait side.
    QTemporaryDir dir;
    const QString path = writeSidesVideo(dir, {1, 1, 0});
    QVERIFY(!path.isEmpty());
    ui::CaptureWidget widget;
    QVERIFY(widget.openVideoFile(path));
    auto *status = widget.findChild<QLabel *>(QStringLiteral("statusLabel"));
    QStringList told;
    QList<int> selectedAfter;
    connect(&widget, &ui::CaptureWidget::documentCaptured, this, [&] {
        told << status->text();
        QTimer::singleShot(0, &widget, [&] { selectedAfter << widget.currentItem(); });
    });
    QStringList statuses;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&] {
        if (statuses.isEmpty() || statuses.constLast() != status->text())
            statuses << status->text();
    });
    watch.start(5);
    QCOMPARE(widget.currentItem(), 0);
    playToEnd(widget, 180000);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(told.size(), 2);
    QVERIFY2(told.at(0).contains(QStringLiteral("已采集：身份证国徽面")) &&
                 told.at(0).contains(QStringLiteral("放的是身份证国徽面")),
             qPrintable(told.at(0)));
    QCOMPARE(selectedAfter.value(0), 0); // the portrait side still to take
    const QString refused = QStringLiteral("请把证件翻过来，拍身份证人像面");
    QVERIFY2(std::any_of(statuses.cbegin(), statuses.cend(),
                         [&](const QString &t) { return t.contains(refused); }),
             qPrintable(statuses.join(QLatin1Char('|'))));
    QVERIFY2(told.at(1).startsWith(QStringLiteral("已采集：身份证人像面")), qPrintable(told.at(1)));
    const QList<ui::CapturedDocument> docs = widget.documents();
    QCOMPARE(docs.size(), 1);
    QVERIFY(isSide(docs.at(0).pages.at(0), 0));
    QVERIFY(isSide(docs.at(0).pages.at(1), 1));
}

void TestCaptureWidget::newSource_whileOldFrameAnalysed_oldVerdictDropped()
{
    // Another source is opened while the worker looks at a frame of the one before: that
    // verdict belongs to no frame on the screen any more. It is not shown, nothing of the old
    // source can be captured, and the new source is analysed afresh. The worker is held (the
    // thread pool busy) so that the old frame is surely still in flight.
    QTemporaryDir dir;
    const QString card = writeVideo(dir, false);
    const QString desk = writeDeskVideo(dir, 12);
    QVERIFY(!card.isEmpty() && !desk.isEmpty());
    ui::CaptureWidget widget;
    widget.setChecklist({{QStringLiteral("房产证明"), QStringLiteral("a4"), -1}});
    QSignalSpy captured(&widget, &ui::CaptureWidget::documentCaptured);
    QSignalSpy finished(&widget, &ui::CaptureWidget::sourceFinished);
    widget.resize(1100, 760);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(widget.openVideoFile(card));
    // The card at rest, outlined, not yet held long enough to be taken.
    analyseAtLeast(widget, 11);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(widget.preview()->analysis().outline);
    QCOMPARE(captured.count(), 0);

    QSemaphore worker;
    widget.worker()->start([&worker]() { worker.acquire(); });
    // Released whatever happens below: the task must not outlive the semaphore.
    const auto release = qScopeGuard([&worker]() { worker.release(); });
    const int shown = widget.framesShown();
    widget.start();
    QTRY_COMPARE(widget.framesShown(), shown + 1); // its analysis waits behind the held task
    QVERIFY(widget.openVideoFile(desk));
    QVERIFY(!widget.preview()->analysis().outline);
    widget.captureManually(); // Space: nothing of the card is left to take
    QCOMPARE(captured.count(), 0);
    const int analysed = widget.framesAnalysed();
    worker.release();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 60000);
    QCOMPARE(widget.framesShown(), shown + 1 + 12);
    QCOMPARE(widget.framesAnalysed(), analysed + 12); // the desk's, not the card's
    QVERIFY(!widget.preview()->analysis().outline);
    QCOMPARE(captured.count(), 0);
}

void TestCaptureWidget::nothingFound_clerkToldWhatHelps()
{
    // Frames without a document: at first the clerk is asked to lay it down; after three
    // seconds of such frames (a document whose edges do not stand out from the counter) what
    // helps: a dark mat under it, or its corners placed by hand. A scan is told at once.
    QTemporaryDir dir;
    const QString desk = writeDeskVideo(dir, 35); // 3.5 s at 10 frames a second
    const QString card = writeVideo(dir, false);
    QVERIFY(!desk.isEmpty() && !card.isEmpty());
    ui::CaptureWidget widget;
    widget.setChecklist({{QStringLiteral("身份证人像面"), QStringLiteral("id-card"), 0}});
    QSignalSpy finished(&widget, &ui::CaptureWidget::sourceFinished);
    widget.resize(1100, 760);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    auto *status = widget.findChild<QLabel *>(QStringLiteral("statusLabel"));
    QVERIFY(status);
    const auto hinted = [status] {
        return status->text().contains(QStringLiteral("深色垫板")) &&
               status->text().contains(QStringLiteral("F7"));
    };
    QVERIFY(widget.openVideoFile(desk));
    analyseAtLeast(widget, 10);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(widget.framesAnalysed() < 30, "the frames of the first three seconds");
    QCOMPARE(status->text(), QStringLiteral("未找到证件：请把证件平放在镜头下"));
    widget.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 60000);
    QVERIFY2(hinted(), qPrintable(status->text()));
    QCOMPARE(widget.preview()->analysis().reasons, QStringList{status->text()}); // over the picture
    if (const QString shots = qEnvironmentVariable("HALLDESK_SCREENSHOT_DIR"); !shots.isEmpty())
        QVERIFY(widget.grab().save(shots + QStringLiteral("/capture-nothing-found.png")));

    // The card found: the hint goes; a second of the desk again is not three seconds.
    QTemporaryDir other;
    const QString shortDesk = writeDeskVideo(other, 10);
    QVERIFY(!shortDesk.isEmpty());
    QVERIFY(widget.openVideoFile(card));
    widget.start();
    QTRY_VERIFY_WITH_TIMEOUT(widget.preview()->analysis().outline.has_value(), 60000);
    QVERIFY(!hinted());
    QVERIFY(widget.openVideoFile(shortDesk));
    widget.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 1, 60000);
    QVERIFY(!widget.preview()->analysis().outline);
    QCOMPARE(status->text(), QStringLiteral("未找到证件：请把证件平放在镜头下"));

    // A scan of the empty desk: the corners by hand, or the next scan.
    const QString folder = dir.filePath(QStringLiteral("scans"));
    QVERIFY(QDir().mkpath(folder));
    const cv::Mat empty = capture::renderBackground(capture::SceneBackground::Wood, kSize, 31);
    QVERIFY(cv::imwrite(QString(folder + QStringLiteral("/desk.jpg")).toStdString(), empty));
    ui::CaptureWidget scans;
    scans.setChecklist({{QStringLiteral("身份证人像面"), QStringLiteral("id-card"), 0}});
    QVERIFY(scans.openFolder(folder));
    scans.show();
    scans.setFrameInterval(20);
    scans.start();
    QTRY_VERIFY_WITH_TIMEOUT(scans.framesAnalysed() > 0, 20000); // and it waits for the clerk
    const QString told = scans.findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
    QVERIFY2(told.contains(QStringLiteral("F7")) && told.contains(QStringLiteral("PageDown")),
             qPrintable(told));
}

void TestCaptureWidget::dragCorner_thenEnter_capturesWithTheDraggedCorner()
{
    QTemporaryDir dir;
    const QString path = writeVideo(dir, false);
    ui::CaptureWidget widget;
    widget.setChecklist({{QStringLiteral("房产证明"), QStringLiteral("a4"), -1}});
    QVERIFY(widget.openVideoFile(path));
    showActive(widget);
    if (QTest::currentTestFailed())
        return;
    widget.setFrameInterval(200); // slow: the outline appears before the hold completes
    widget.start();
    const std::optional<QPolygonF> outline = waitForOutline(widget);
    QVERIFY(outline);
    ui::CapturePreview *preview = widget.preview();

    // Press on the top-left corner of the live outline and drag it 40 frame pixels left.
    const QPointF from = preview->toWidget(outline->at(0));
    const QPointF targetFrame = outline->at(0) + QPointF(-40, 0);
    const QPointF to = preview->toWidget(targetFrame);
    QTest::mousePress(preview, Qt::LeftButton, Qt::NoModifier, from.toPoint());
    QVERIFY(preview->isEditing());
    QMouseEvent move(QEvent::MouseMove, to, preview->mapToGlobal(to), Qt::LeftButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(preview, &move);
    QTest::mouseRelease(preview, Qt::LeftButton, Qt::NoModifier, to.toPoint());
    // Then nudge it 10 px down with Shift+Down, the keyboard way.
    QTest::keyClick(preview, Qt::Key_Down, Qt::ShiftModifier);
    const QPointF expected = targetFrame + QPointF(0, 10);
    const QPointF edited = preview->editedOutline().at(0);
    // The mouse lands on whole widget pixels: within one widget pixel in frame units.
    const double tolerance =
        1.5 * outline->boundingRect().width() /
        (preview->toWidget(outline->at(1)).x() - preview->toWidget(outline->at(0)).x());
    QVERIFY2(QLineF(edited, expected).length() <= tolerance,
             qPrintable(QStringLiteral("corner at %1,%2").arg(edited.x()).arg(edited.y())));

    QSignalSpy captured(&widget, &ui::CaptureWidget::documentCaptured);
    QTest::keyClick(preview, Qt::Key_Return);
    QCOMPARE(captured.count(), 1);
    QVERIFY(!preview->isEditing());
    QCOMPARE(captured.at(0).at(0).value<QImage>().size(), QSize(1654, 2339)); // A4, 200 dpi
    const QList<ui::CapturedDocument> docs = widget.documents();
    QCOMPARE(docs.size(), 1);
    const QJsonObject q =
        docs.at(0).quality.value(QStringLiteral("pages")).toArray().at(0).toObject();
    QVERIFY(q.value(QStringLiteral("manual")).toBool());
    // The corners kept with the page are the ones placed by hand (TL first).
    const QJsonArray corners = q.value(QStringLiteral("corners")).toArray();
    QCOMPARE(corners.size(), 8);
    QVERIFY(
        QLineF(QPointF(corners.at(0).toDouble(), corners.at(1).toDouble()), expected).length() <=
        tolerance);
}

void TestCaptureWidget::twoDocuments_f6OffersTheOther_enterTakesIt()
{
    // Two pages lie side by side; the detector outlines one of them. F6 holds the frame and
    // shows the other one's outline (found on the worker meanwhile: here the letter's, made
    // once the certificate is painted over), F6 again goes on round the outlines found, back
    // to the first; Enter takes the one shown.
    const capture::Quad left{cv::Point2d(90, 110), cv::Point2d(400, 95), cv::Point2d(415, 530),
                             cv::Point2d(100, 545)};
    const capture::Quad right{cv::Point2d(760, 140), cv::Point2d(1060, 150), cv::Point2d(1050, 575),
                              cv::Point2d(745, 565)};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("two.avi"));
    {
        cv::Mat frame = capture::renderBackground(capture::SceneBackground::Wood, kSize, 41);
        cv::Size2d model;
        capture::placeDocument(
            frame,
            capture::renderDocumentTemplate(capture::SceneDocument::A4Certificate, 41, &model, 0),
            left);
        capture::placeDocument(
            frame,
            capture::renderDocumentTemplate(capture::SceneDocument::A4Certificate, 42, &model, 7),
            right);
        cv::VideoWriter writer(path.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 10,
                               kSize);
        QVERIFY(writer.isOpened());
        for (int i = 0; i < 30; ++i)
            writer.write(frame);
    }
    ui::CaptureWidget widget;
    widget.setChecklist({{QStringLiteral("房产证明"), QStringLiteral("a4"), -1}});
    QVERIFY(widget.openVideoFile(path));
    showActive(widget);
    if (QTest::currentTestFailed())
        return;
    widget.setFrameInterval(200);
    widget.start();
    ui::CapturePreview *preview = widget.preview();
    QTRY_VERIFY_WITH_TIMEOUT(preview->analysis().outline.has_value(), 10000);
    widget.stop(); // no frame more: nothing is taken by itself meanwhile
    const QPolygonF found = *preview->analysis().outline;
    const bool leftFound = nearOutline(found, left, 8);
    QVERIFY2(leftFound || nearOutline(found, right, 8), "one of the pages outlined");
    const capture::Quad &other = leftFound ? right : left;

    QSignalSpy captured(&widget, &ui::CaptureWidget::documentCaptured);
    auto *status = widget.findChild<QLabel *>(QStringLiteral("statusLabel"));
    QVERIFY(status);
    QTest::keyClick(&widget, Qt::Key_F6);
    QVERIFY(preview->isEditing());
    QTRY_VERIFY_WITH_TIMEOUT(nearOutline(preview->editedOutline(), other, 8), 10000);
    QVERIFY2(status->text().contains(QStringLiteral("第 2/")), qPrintable(status->text()));
    if (const QString shots = qEnvironmentVariable("HALLDESK_SCREENSHOT_DIR"); !shots.isEmpty())
        QVERIFY(widget.grab().save(shots + QStringLiteral("/capture-other-outline.png")));
    // Round the others, back to the first.
    bool back = false;
    for (int press = 0; press < 6 && !back; ++press) {
        QTest::keyClick(&widget, Qt::Key_F6);
        back = nearOutline(preview->editedOutline(), leftFound ? left : right, 8);
    }
    QVERIFY2(back, qPrintable(status->text()));
    QVERIFY(status->text().contains(QStringLiteral("第 1/")));
    while (!nearOutline(preview->editedOutline(), other, 8))
        QTest::keyClick(&widget, Qt::Key_F6);
    QCOMPARE(captured.count(), 0); // nothing taken until Enter
    QTest::keyClick(preview, Qt::Key_Return);
    QCOMPARE(captured.count(), 1);
    const QJsonArray corners = widget.documents()
                                   .at(0)
                                   .quality.value(QStringLiteral("pages"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("corners"))
                                   .toArray();
    QCOMPARE(corners.size(), 8);
    QPolygonF taken;
    for (int i = 0; i < 4; ++i)
        taken << QPointF(corners.at(2 * i).toDouble(), corners.at(2 * i + 1).toDouble());
    QVERIFY(nearOutline(taken, other, 8));
}

void TestCaptureWidget::adjusting_analysisFinishesMeanwhile_frameHeldIsTaken()
{
    // F7 while the worker still looks at a newer frame (the card already taken away): that
    // analysis finishing does not change the frame the clerk placed the corners on; Enter
    // takes the card shown, not the desk of the newer frame.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("away.avi"));
    {
        const cv::Mat desk = capture::renderBackground(capture::SceneBackground::Wood, kSize, 31);
        cv::VideoWriter writer(path.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 10,
                               kSize);
        QVERIFY(writer.isOpened());
        writeCardClip(writer, desk, cardSide(0), 12); // at rest from its 11th frame
        for (int i = 0; i < 10; ++i)
            writer.write(desk);
    }
    ui::CaptureWidget widget;
    widget.setChecklist({{QStringLiteral("身份证人像面"), QStringLiteral("id-card"), 0}});
    QSignalSpy captured(&widget, &ui::CaptureWidget::documentCaptured);
    showActive(widget);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(widget.openVideoFile(path));
    analyseAtLeast(widget, 8);
    if (QTest::currentTestFailed())
        return;
    // Then one frame at a time, up to the card's last.
    widget.setFrameInterval(1000);
    const auto step = [&widget]() {
        const int shown = widget.framesShown();
        widget.start();
        QTRY_COMPARE_WITH_TIMEOUT(widget.framesShown(), shown + 1, 5000);
        widget.stop();
    };
    while (widget.framesShown() < 12 && !QTest::currentTestFailed()) {
        QTRY_COMPARE_WITH_TIMEOUT(widget.framesAnalysed(), widget.framesShown(), 20000);
        step();
    }
    QTRY_COMPARE_WITH_TIMEOUT(widget.framesAnalysed(), 12, 20000);
    QVERIFY(widget.preview()->analysis().outline);
    QCOMPARE(captured.count(), 0);

    // The next frame (the desk) shown, its analysis held behind a task on the worker.
    QSemaphore worker;
    widget.worker()->start([&worker]() { worker.acquire(); });
    const auto release = qScopeGuard([&worker]() { worker.release(); });
    step();
    QCOMPARE(widget.framesShown(), 13);
    QTest::keyClick(&widget, Qt::Key_F7);
    QVERIFY(widget.preview()->isEditing());
    worker.release();
    QTRY_COMPARE_WITH_TIMEOUT(widget.framesAnalysed(), 13, 20000);
    QVERIFY(!widget.preview()->analysis().outline); // the desk's verdict came in meanwhile
    QTest::keyClick(widget.preview(), Qt::Key_Return);
    QCOMPARE(captured.count(), 1);
    QVERIFY(isSide(captured.at(0).at(0).value<QImage>(), 0)); // the card, not the desk
}

void TestCaptureWidget::folderOfScans_goodScanTakenAtOnce_garbageSkipped()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("scans"));
    QVERIFY(QDir().mkpath(folder));
    capture::SceneSpec spec;
    spec.seed = 900002;
    spec.document = capture::SceneDocument::A4Certificate;
    spec.background = capture::SceneBackground::Counter;
    const capture::Scene scene = capture::renderScene(spec);
    QVERIFY(cv::imwrite(QString(folder + QStringLiteral("/a.jpg")).toStdString(), scene.image));
    QFile broken(folder + QStringLiteral("/b.jpg"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("\xff\xd8\xff\xe0 not really a jpeg");
    broken.close();

    ui::CaptureWidget widget;
    widget.setChecklist({{QStringLiteral("房产证明"), QStringLiteral("a4"), -1}});
    QSignalSpy captured(&widget, &ui::CaptureWidget::documentCaptured);
    QSignalSpy finished(&widget, &ui::CaptureWidget::sourceFinished);
    QVERIFY(widget.openFolder(folder));
    widget.show();
    widget.setFrameInterval(20);
    widget.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 20000);
    QCOMPARE(captured.count(), 1);
    QCOMPARE(widget.framesShown(), 1); // the broken file is skipped, not shown
}

void TestCaptureWidget::folderOfScans_a4PageUpsideDown_storedUprightByItsText()
{
    // A 证明 scanned upside down: its text turns it as printed, the clerk is told how it was
    // turned (and how to undo it), the record says the text did.
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("scans"));
    QVERIFY(QDir().mkpath(folder));
    cv::Mat frame = capture::renderBackground(capture::SceneBackground::Counter, {1920, 1080}, 48);
    const cv::Mat printed = testing::renderTextPage(testing::TextPage::Letter);
    cv::Mat upsideDown;
    cv::rotate(printed, upsideDown, cv::ROTATE_180);
    capture::placeDocument(frame, upsideDown,
                           {cv::Point2d(650, 45), cv::Point2d(1340, 60), cv::Point2d(1330, 1035),
                            cv::Point2d(638, 1025)});
    QVERIFY(cv::imwrite(QString(folder + QStringLiteral("/letter.jpg")).toStdString(), frame));

    ui::CaptureWidget widget;
    widget.setChecklist({{QStringLiteral("居住证明"), QStringLiteral("a4"), -1}});
    auto *status = widget.findChild<QLabel *>(QStringLiteral("statusLabel"));
    QString told;
    const QString shots = qEnvironmentVariable("HALLDESK_SCREENSHOT_DIR");
    connect(&widget, &ui::CaptureWidget::documentCaptured, this, [&] {
        told = status->text();
        if (!shots.isEmpty())
            widget.grab().save(shots + QStringLiteral("/capture-a4-turned-by-text.png"));
    });
    QSignalSpy finished(&widget, &ui::CaptureWidget::sourceFinished);
    QVERIFY(widget.openFolder(folder));
    widget.resize(1100, 760);
    widget.show();
    widget.setFrameInterval(20);
    widget.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 20000);
    QVERIFY2(told.contains(QStringLiteral("已按文字方向转正")) &&
                 told.contains(QStringLiteral("Ctrl+R")),
             qPrintable(told));
    const QList<ui::CapturedDocument> docs = widget.documents();
    QCOMPARE(docs.size(), 1);
    QCOMPARE(docs.at(0).pages.size(), 1);
    // The stored page is the letter as printed, not its half turn.
    const QImage page = docs.at(0).pages.at(0).convertToFormat(QImage::Format_RGB888);
    const cv::Mat stored(page.height(), page.width(), CV_8UC3, const_cast<uchar *>(page.bits()),
                         size_t(page.bytesPerLine()));
    cv::Mat asPrinted, turned;
    cv::resize(printed, asPrinted, stored.size(), 0, 0, cv::INTER_AREA);
    cv::cvtColor(asPrinted, asPrinted, cv::COLOR_BGR2RGB);
    cv::rotate(asPrinted, turned, cv::ROTATE_180);
    QVERIFY(cv::norm(stored, asPrinted, cv::NORM_L1) < cv::norm(stored, turned, cv::NORM_L1));
    const QJsonObject q =
        docs.at(0).quality.value(QStringLiteral("pages")).toArray().at(0).toObject();
    QVERIFY(q.value(QStringLiteral("turned")).toBool());
    QCOMPARE(q.value(QStringLiteral("upright_by")).toString(), QStringLiteral("text"));
}

void TestCaptureWidget::missingCamera_refusedWithMessage()
{
    if (!capture::listCameras().isEmpty())
        QSKIP("this machine has a camera: an unknown id falls back to it");
    ui::CaptureWidget widget;
    const Status s = widget.openCamera(QStringLiteral("/dev/no-such-camera"), QSize(1920, 1080));
    QVERIFY(!s);
    QVERIFY(!s.error().message.isEmpty());
    // The sources offered still include files and folders.
    auto *sources = widget.findChild<QComboBox *>(QStringLiteral("sourceCombo"));
    QVERIFY(sources);
    QVERIFY(sources->count() >= 3);
}

void TestCaptureWidget::cameraUnplugged_clerkToldNothingStaleTaken_resumesWhenBack()
{
    // The card slides in; two frames after it comes to rest (too soon for auto-capture) the
    // camera's cable is pulled. The clerk is told, the last picture cannot be captured, the
    // camera is tried again while it is out; plugged back in, the card is taken.
    QTemporaryDir dir;
    const QString path = writeVideo(dir, false);
    QVERIFY(!path.isEmpty());
    CableCamera::Cable cable;
    cable.framesUntilPulled = 12;
    ui::CaptureWidget widget;
    QVERIFY(widget.openSource(std::make_unique<CableCamera>(path, cable)));
    QSignalSpy captured(&widget, &ui::CaptureWidget::documentCaptured);
    widget.resize(1100, 760);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.setLockstep(true);
    widget.setFrameInterval(30);
    widget.setSilenceTimeouts(600, 300);
    widget.start();
    auto *status = widget.findChild<QLabel *>(QStringLiteral("statusLabel"));
    QVERIFY(status);

    QTRY_VERIFY_WITH_TIMEOUT(widget.isSilent(), 20000);
    QCOMPARE(widget.framesShown(), 12);
    QVERIFY(status->text().contains(QStringLiteral("摄像头画面中断")));
    const capture::FrameAnalysis shown = widget.preview()->analysis();
    QVERIFY(!shown.outline); // no outline of a picture that may be out of date
    QCOMPARE(shown.reasons, QStringList{status->text()});
    if (const QString shots = qEnvironmentVariable("HALLDESK_SCREENSHOT_DIR"); !shots.isEmpty())
        QVERIFY(widget.grab().save(shots + QStringLiteral("/capture-camera-silent.png")));
    QVERIFY(widget.preview()->isStale());
    QVERIFY(!widget.findChild<QPushButton *>(QStringLiteral("captureButton"))->isEnabled());
    widget.captureManually(); // Space: nothing to take
    widget.startAdjusting();  // F7: nothing to adjust
    QVERIFY(!widget.preview()->isEditing());
    QCOMPARE(captured.count(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(cable.reconnects >= 2, 10000);
    QVERIFY(widget.isSilent());
    QCOMPARE(widget.framesShown(), 12);

    cable.pluggedIn = true;
    QTRY_VERIFY_WITH_TIMEOUT(!widget.isSilent(), 10000);
    QVERIFY(!status->text().contains(QStringLiteral("摄像头画面中断")));
    QVERIFY(!widget.preview()->isStale());
    QVERIFY(widget.findChild<QPushButton *>(QStringLiteral("captureButton"))->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(captured.count(), 1, 30000);
    QCOMPARE(captured.at(0).at(1).toString(), QStringLiteral("id-card"));
    QVERIFY(widget.framesShown() > 12);
}

// A camera plugged in or out while the screen is open: the list is read again (here: no camera
// on this machine, so the list is the files' entries and "no camera"), and the video being
// played stays the source shown and playing.
void TestCaptureWidget::camerasChanged_sourcesReadAgain_fileShownStaysSelected()
{
    QTemporaryDir dir;
    const QString path = writeDeskVideo(dir, 30);
    QVERIFY(!path.isEmpty());
    ui::CaptureWidget widget;
    auto *sources = widget.findChild<QComboBox *>(QStringLiteral("sourceCombo"));
    QVERIFY(sources);
    const int offered = sources->count();

    widget.refreshSources(); // nothing open, no camera come: nothing opened
    QCOMPARE(sources->count(), offered);
    QCOMPARE(widget.framesShown(), 0);

    QVERIFY(widget.openVideoFile(path));
    widget.setFrameInterval(30);
    widget.start();
    QTRY_VERIFY_WITH_TIMEOUT(widget.framesShown() >= 3, 20000);
    QCOMPARE(sources->currentText(), QStringLiteral("视频文件：desk.avi"));
    widget.refreshSources();
    QCOMPARE(sources->count(), offered);
    QCOMPARE(sources->currentText(), QStringLiteral("视频文件：desk.avi"));
    const int shown = widget.framesShown();
    QTRY_VERIFY_WITH_TIMEOUT(widget.framesShown() > shown, 20000); // still playing
    if (capture::listCameras().isEmpty()) {
        QCOMPARE(sources->count(), 4); // no camera, video, image, folder
        QCOMPARE(sources->itemText(0), QStringLiteral("（未检测到摄像头）"));
    }
}

QTEST_MAIN(TestCaptureWidget)
#include "tst_capturewidget.moc"
