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

#include <algorithm>
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
    void expectedType_cardOnTheForm_cardOutlined();
    void outlines_cardOnTheFormMissedLive_offeredAmongThem();
};

namespace {
// A rendered scene as the frame a source gives.
QImage asFrame(const cv::Mat &scene)
{
    return QImage(scene.data, scene.cols, scene.rows, int(scene.step), QImage::Format_BGR888)
        .copy();
}

// The portrait side of an ID card.
cv::Mat idCard(int seed)
{
    cv::Size2d model;
    return capture::renderDocumentTemplate(capture::SceneDocument::IdCard, seed, &model, 1);
}

// An ID card lying still on wood (1280x720).
QImage cardOnWood(int seed)
{
    cv::Mat scene = capture::renderBackground(capture::SceneBackground::Wood, {1280, 720}, seed);
    capture::placeDocument(scene, idCard(seed),
                           {cv::Point2d(400, 180), cv::Point2d(880, 200), cv::Point2d(870, 505),
                            cv::Point2d(390, 490)});
    return asFrame(scene);
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

void TestCaptureEngine::expectedType_cardOnTheForm_cardOutlined()
{
    // The clerk lays the customer's ID card on the application form: with nothing chosen the
    // form is the likelier document; with the ID card chosen in the checklist the card is
    // outlined, and good to capture. (The card's outline is among the candidates for 4 of 40
    // seeds of this scene, 67 one of them: its side along the print is often lost in it; see
    // capture/README.md, "A card on a printed page".)
    const capture::Scene scene = capture::renderCardOnForm(67);
    const capture::Quad card = *scene.truth;
    const QImage frame = asFrame(scene.image);
    auto outlinesCard = [&](const capture::FrameAnalysis &a) {
        if (!a.outline || a.outline->size() != 4)
            return false;
        capture::Quad q;
        for (int i = 0; i < 4; ++i)
            q[size_t(i)] = cv::Point2d(a.outline->at(i).x(), a.outline->at(i).y());
        return capture::quadIou(capture::orderCorners(q), card) > 0.85;
    };
    capture::CaptureEngine engine;
    engine.setTracking(false);
    const capture::FrameAnalysis any = engine.analyse(frame, 0);
    QVERIFY(any.outline);
    QVERIFY(!outlinesCard(any));
    engine.setExpectedType(QStringLiteral("id-card"));
    QVERIFY(outlinesCard(engine.analyse(frame, 100)));
    // The outline moved from the form to the card: good once it holds still.
    const capture::FrameAnalysis wanted = engine.analyse(frame, 200);
    QVERIFY(outlinesCard(wanted));
    QVERIFY2(wanted.good, qPrintable(wanted.reasons.join(QLatin1Char(' '))));
    // The certificate chosen: the form, the card not taken for it.
    engine.setExpectedType(QStringLiteral("a4"));
    QVERIFY(!outlinesCard(engine.analyse(frame, 300)));
}

void TestCaptureEngine::outlines_cardOnTheFormMissedLive_offeredAmongThem()
{
    // An ID card on the application form in glare (seed 2026's scene 6634): the live frames'
    // detector outlines something else (IoU 0.17). The outlines F6 offers are found with the
    // options for image files, whose look where the form network sees the document outlines
    // the card (IoU 0.95; with the live frames' options, the card offered is 0.86): it is among
    // them, after the outline shown.
    capture::SceneSpec spec;
    spec.seed = 2026006634;
    spec.document = capture::SceneDocument::IdCard;
    spec.background = capture::SceneBackground::Form;
    spec.condition = capture::SceneCondition::Glare;
    const capture::Scene scene = capture::renderScene(spec);
    QVERIFY(scene.truth);
    const QImage frame = asFrame(scene.image);
    auto isCard = [&](const QPolygonF &p) {
        if (p.size() != 4)
            return false;
        capture::Quad q;
        for (int i = 0; i < 4; ++i)
            q[size_t(i)] = cv::Point2d(p.at(i).x(), p.at(i).y());
        return capture::quadIou(capture::orderCorners(q), *scene.truth) > 0.92;
    };
    capture::CaptureEngine engine;
    engine.setTracking(false);
    const capture::FrameAnalysis shown = engine.analyse(frame, 0);
    QVERIFY(shown.outline);
    QVERIFY(!isCard(*shown.outline));
    const QList<QPolygonF> offered = engine.outlines(frame, 3, shown.outline);
    QVERIFY(offered.size() >= 2);
    QCOMPARE(offered.front(), *shown.outline);
    QVERIFY(std::any_of(offered.begin() + 1, offered.end(), isCard));
}

QTEST_MAIN(TestCaptureEngine)
#include "tst_captureengine.moc"
