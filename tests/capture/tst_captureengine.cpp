// CaptureEngine across its two threads: the GUI thread asks (rearm), the worker analyses.
// Before, rearm() reset the auto-capture's hold on the GUI thread while the worker's analysis
// updated it; now the worker takes the request when an analysis starts. The old race leaves no
// trace an ordinary build can see; built with -fsanitize=thread (the engine and AutoCapture
// instrumented), this test gave 5 data races on AutoCapture before the fix and none after.

#include "captureengine.h"
#include "syntheticscene.h"

#include <QElapsedTimer>
#include <QImage>
#include <QTest>

#include <atomic>
#include <opencv2/core.hpp>
#include <thread>

using namespace hd;

class TestCaptureEngine : public QObject
{
    Q_OBJECT

private slots:
    void rearm_whileWorkerAnalyses_documentStillThereCapturedAgain();
    void expectedType_otherKindLying_notTakenAndSaid_thenTakenAsItsOwn();
};

namespace {
// An ID card lying still on wood (1280x720).
QImage cardOnWood(int seed)
{
    cv::Mat scene = capture::renderBackground(capture::SceneBackground::Wood, {1280, 720}, seed);
    cv::Size2d model;
    const cv::Mat card =
        capture::renderDocumentTemplate(capture::SceneDocument::IdCard, seed, &model, 1);
    capture::placeDocument(scene, card,
                           {cv::Point2d(400, 180), cv::Point2d(880, 200), cv::Point2d(870, 505),
                            cv::Point2d(390, 490)});
    return QImage(scene.data, scene.cols, scene.rows, int(scene.step), QImage::Format_BGR888)
        .copy();
}
} // namespace

void TestCaptureEngine::rearm_whileWorkerAnalyses_documentStillThereCapturedAgain()
{
    // An ID card lying still on wood, analysed as a 10 fps stream on a worker thread. It is
    // taken once; the clerk asks for a retake (rearm) while the worker is busy, and the card,
    // still there, is taken again after another full hold, counted from the analysis under
    // way when asked or the next.
    const QImage frame = cardOnWood(41);

    capture::CaptureEngine engine;
    std::atomic<int> captures{0};
    std::atomic<qint64> analysing{-1}; // the time of the frame the worker is at
    QList<qint64> takenAt;             // the worker's until it is joined
    std::thread worker([&]() {
        for (qint64 t = 0; t <= 30000 && takenAt.size() < 2; t += 100) {
            analysing = t;
            const capture::FrameAnalysis a = engine.analyse(frame, t);
            if (a.captureNow) {
                takenAt << t;
                ++captures;
            }
        }
    });
    QElapsedTimer clock;
    clock.start();
    while (captures.load() == 0 && clock.elapsed() < 120000)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    // The worker is already on a later frame (it does not wait): the request is taken when
    // the analysis under way checks for it, or by a later one.
    const qint64 before = analysing.load();
    engine.rearm();
    const qint64 after = analysing.load();
    worker.join();

    QCOMPARE(takenAt.size(), 2);
    QCOMPARE(takenAt.at(0), 600); // held still from the first frame: 600 ms
    // Taken by an analysis from `before` to the one after `after`, and held 600 ms from it.
    QVERIFY2(before >= 600 && takenAt.at(1) >= before + 600 && takenAt.at(1) <= after + 100 + 600,
             qPrintable(QStringLiteral("asked between %1 and %2, taken again at %3")
                            .arg(before)
                            .arg(after)
                            .arg(takenAt.at(1))));
}

void TestCaptureEngine::expectedType_otherKindLying_notTakenAndSaid_thenTakenAsItsOwn()
{
    // The clerk has the property certificate selected and an ID card lies under the camera:
    // outlined, never good, never taken, and the reason said. The card selected: taken after
    // the usual hold.
    const QImage frame = cardOnWood(42);
    capture::CaptureEngine engine;
    engine.setExpectedType(QStringLiteral("a4"));
    qint64 t = 0;
    for (; t <= 2000; t += 100) {
        const capture::FrameAnalysis a = engine.analyse(frame, t);
        QVERIFY(a.outline);
        QVERIFY(!a.good && !a.captureNow);
        QVERIFY2(a.reasons.join(QString()).contains(QStringLiteral("所选证件不符")),
                 qPrintable(a.reasons.join(QLatin1Char(' '))));
    }
    // The clerk's own outline, placed by hand, is judged the same way.
    QVERIFY(!engine.assess(frame, *engine.analyse(frame, t).outline).good);
    engine.setExpectedType(QStringLiteral("id-card"));
    qint64 takenAt = -1;
    for (const qint64 start = t += 100; t <= start + 2000 && takenAt < 0; t += 100) {
        const capture::FrameAnalysis a = engine.analyse(frame, t);
        if (a.captureNow)
            takenAt = t - start;
    }
    QCOMPARE(takenAt, 600);
}

QTEST_MAIN(TestCaptureEngine)
#include "tst_captureengine.moc"
