#include "capturewidget.h"
#include "syntheticscene.h"

#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/videoio.hpp>

using namespace hd;

class TestCaptureWidget : public QObject
{
    Q_OBJECT

private slots:
    void videoSource_cardHeldStill_oneThumbnailThenRetake();
};

void TestCaptureWidget::videoSource_cardHeldStill_oneThumbnailThenRetake()
{
    // An ID card slides onto the counter and stays: the screen shows every frame, analyses
    // what it can, captures once, and "重拍" takes the picture back.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("counter.avi"));
    const cv::Size size(1280, 720);
    const cv::Mat desk = capture::renderBackground(capture::SceneBackground::Wood, size, 31);
    cv::Size2d model;
    const cv::Mat card =
        capture::renderDocumentTemplate(capture::SceneDocument::IdCard, 31, &model);
    const capture::Quad rest{cv::Point2d(400, 180), cv::Point2d(880, 200), cv::Point2d(870, 505),
                             cv::Point2d(390, 490)};
    cv::VideoWriter writer(path.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 10,
                           size);
    QVERIFY(writer.isOpened());
    for (int i = 0; i < 40; ++i) {
        capture::Quad q = rest;
        for (cv::Point2d &p : q)
            p.x -= i < 10 ? 90.0 * (10 - i) : 0.0;
        cv::Mat frame = desk.clone();
        capture::placeDocument(frame, card, q);
        writer.write(frame);
    }
    writer.release();

    ui::CaptureWidget widget;
    QVERIFY(widget.openVideoFile(path));
    QSignalSpy captured(&widget, &ui::CaptureWidget::documentCaptured);
    QSignalSpy finished(&widget, &ui::CaptureWidget::sourceFinished);
    widget.resize(1000, 700);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.setFrameInterval(60);
    widget.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 30000);
    QCOMPARE(widget.framesShown(), 40);
    QVERIFY(widget.framesAnalysed() > 5);
    QCOMPARE(captured.count(), 1);
    const QImage flat = captured.at(0).at(0).value<QImage>();
    QCOMPARE(flat.size(), QSize(1012, 638));
    auto *thumbnails = widget.findChild<QListWidget *>(QStringLiteral("thumbnailList"));
    QVERIFY(thumbnails);
    QCOMPARE(thumbnails->count(), 1);
    if (const QByteArray shots = qgetenv("HALLDESK_SCREENSHOT_DIR"); !shots.isEmpty())
        widget.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/capturewidget.png"));

    auto *retake = widget.findChild<QPushButton *>(QStringLiteral("retakeButton"));
    QVERIFY(retake);
    QTest::mouseClick(retake, Qt::LeftButton);
    QCOMPARE(thumbnails->count(), 0);
    QCOMPARE(widget.captured().size(), 0);
}

QTEST_MAIN(TestCaptureWidget)
#include "tst_capturewidget.moc"
