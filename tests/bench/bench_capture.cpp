// bench_capture: the two speed figures of document capture, printed, never judged.
//
// 1. Detection per 1920x1080 frame (median, p95, max; wall time, and the CPU time of every
//    thread: the network runs beside the detecting thread) over synthetic scenes of every condition
//    and the real frames in shared/data; with one part off at a time beside it, and the six
//    slowest frames by name (the p95 and the maximum are made of them).
// 2. The live preview with detection: a 1280x720 video of synthetic desk scenes (a card
//    slides in, rests, leaves; a certificate the same) played through the real path,
//    VideoFileSource → CaptureEngine (detection on a worker thread, the latest frame wins)
//    → CaptureWidget, once paced at the file's 30 fps and once as fast as it goes. Prints
//    the frames shown per second, the frames analysed per second, the longest gap
//    between two frames shown (a stall of the preview) and the GUI thread's CPU per frame.
//    Before it, the worker's share frame by frame: one analysis with the outline followed
//    between frames (as the screen runs) and with the full detection on every frame, and
//    how close both outlines come to the video's truth.
//
// 3. Taking a page, once per capture on the GUI thread: straightening it (with the clean white
//    background for certificates) and reading which way up it lies (upright.h: an ID card's
//    and a licence's layout, an A4 page's text), per kind, each laid upside down.
//
//   bench_capture [frames] [video seconds]    (0 seconds: the detection per frame alone)

#include "captureengine.h"
#include "capturewidget.h"
#include "documentdetector.h"
#include "qualitygate.h"
#include "syntheticscene.h"
#include "textpage.h"
#include "upright.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <limits>
#include <memory>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/videoio.hpp>

using namespace hd;

namespace {
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Every thread's: the detector runs its Hough transform and network on a helper thread
// beside the calling one, and OpenCV spreads some steps over its workers.
double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

void printStats(const char *what, std::vector<double> v, const char *unit)
{
    if (v.empty()) {
        std::printf("  %-10s no frames\n", what);
        return;
    }
    std::sort(v.begin(), v.end());
    std::printf("  %-10s median %6.1f %s   p95 %6.1f %s   max %6.1f %s   (n=%zu)\n", what,
                v[v.size() / 2], unit, v[std::min(v.size() - 1, size_t(double(v.size()) * 0.95))],
                unit, v.back(), unit, v.size());
}

void printStats(const char *what, std::vector<double> v)
{
    printStats(what, std::move(v), "ms");
}

void benchDetection(int frames)
{
    std::vector<cv::Mat> images;
    std::vector<std::string> names;
    const auto specs = capture::standardSceneSet(4242, 1, 6);
    for (size_t i = 0; i < specs.size() && int(images.size()) < frames; i += 2) {
        images.push_back(capture::renderScene(specs[i]).image);
        names.push_back("synthetic " + capture::toString(specs[i].condition) + " / " +
                        capture::toString(specs[i].background));
    }
    const std::filesystem::path real(HALLDESK_SHARED_DIR
                                     "/data/capture/smartdoc15_ch1_subset18/images");
    if (std::filesystem::exists(real))
        for (const auto &e : std::filesystem::directory_iterator(real)) {
            images.push_back(cv::imread(e.path().string(), cv::IMREAD_COLOR));
            names.push_back(e.path().filename().string());
        }
    // As shipped for the live frames (both networks; DetectorOptions::forLiveFrames, as the
    // capture engine runs it) and with one part off at a time, frame by frame in turn, so
    // that all see the same load.
    struct Variant
    {
        const char *title; // empty: as shipped
        capture::DetectorOptions options;
    };
    std::vector<Variant> variants(14);
    for (Variant &v : variants)
        v.options = capture::DetectorOptions::forLiveFrames();
    variants[1].title = "without the outline network";
    variants[1].options.verifierModel.clear();
    variants[2].title = "with the edges alone (no segmentation network)";
    variants[2].options.segmenterModel.clear();
    variants[3].title = "without the wider line pass (DetectorOptions::moreLines off)";
    variants[3].options.moreLines = false;
    variants[4].title = "without the regions unlike the paper (DetectorOptions::paperRegions off)";
    variants[4].options.paperRegions = false;
    variants[5].title = "without the fainter edges (DetectorOptions::faintEdges off)";
    variants[5].options.faintEdges = false;
    variants[6].title = "ranked without the outline network's logit (DetectorOptions::"
                        "verifiedRanking off)";
    variants[6].options.verifiedRanking = false;
    variants[7].title = "without the shadow's parts joined (DetectorOptions::joinShadowParts off)";
    variants[7].options.joinShadowParts = false;
    variants[8].title = "without the closer looks (DetectorOptions::closerLookSizes empty)";
    variants[8].options.closerLookSizes.clear();
    variants[9].title = "with every cue in the closer looks (DetectorOptions::closerLookCues on)";
    variants[9].options.closerLookCues = true;
    variants[10].title = "without the edges fainter still (DetectorOptions::fainterEdges off)";
    variants[10].options.fainterEdges = false;
    variants[11].title = "without the outline refiner (DetectorOptions::refinerModel empty)";
    variants[11].options.refinerModel.clear();
    variants[12].title = "with the looks after the search, inside a doubted outline and where the "
                         "form networks see the document, and the corner network (image files: "
                         "hallctl detect, DetectorOptions' defaults)";
    variants[12].options = capture::DetectorOptions();
    variants[13].title = "as image files get it, without the corner network (cornerModel empty)";
    variants[13].options = capture::DetectorOptions();
    variants[13].options.cornerModel.clear();
    struct Timed
    {
        std::unique_ptr<capture::DocumentDetector> detector;
        std::vector<double> wall, cpu;
    };
    std::vector<Timed> timed;
    for (const Variant &v : variants)
        timed.push_back({std::make_unique<capture::DocumentDetector>(v.options), {}, {}});
    const capture::DocumentDetector &detector = *timed.front().detector;
    for (int i = 0; i < 3; ++i) // warm-up: OpenCV's first calls allocate
        for (const Timed &t : timed)
            (void)t.detector->detect(images.front());
    // The order turns from frame to frame: whichever runs first on a frame pays more (its
    // pixels not yet in the caches; ~5 ms a frame on this machine), so none always does.
    for (size_t n = 0; n < images.size(); ++n)
        for (size_t k = 0; k < timed.size(); ++k) {
            const cv::Mat &img = images[n];
            Timed &t = timed[(n + k) % timed.size()];
            const double c0 = processCpuMs();
            const auto t0 = std::chrono::steady_clock::now();
            (void)t.detector->detect(img);
            const auto t1 = std::chrono::steady_clock::now();
            t.wall.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
            t.cpu.push_back(processCpuMs() - c0);
        }
    std::vector<double> netCpu;
    // The network alone, on the detector's working image.
    const capture::DocumentSegmenter &segmenter = detector.segmenter();
    for (const cv::Mat &img : images) {
        const cv::Mat working = capture::detectorWorkingImage(img, 512);
        const double c0 = processCpuMs();
        (void)segmenter.probabilities(working);
        netCpu.push_back(processCpuMs() - c0);
    }
    std::printf("detection per 1920x1080 live frame (%zu frames: synthetic scenes of every "
                "condition and the real frames; CPU of every thread):\n",
                images.size());
    if (!detector.verifier().isLoaded() || !segmenter.isLoaded())
        std::printf("  NOTE: a network did not load (outline network %d, segmentation %d)\n",
                    int(detector.verifier().isLoaded()), int(segmenter.isLoaded()));
    for (size_t k = 0; k < timed.size(); ++k) {
        if (k > 0)
            std::printf("  the same %s:\n", variants[k].title);
        printStats("wall", timed[k].wall);
        printStats("CPU", timed[k].cpu);
    }
    // The frames the p95 and the maximum are made of, as shipped.
    std::vector<size_t> slowest(images.size());
    for (size_t n = 0; n < slowest.size(); ++n)
        slowest[n] = n;
    std::sort(slowest.begin(), slowest.end(),
              [&](size_t a, size_t b) { return timed[0].wall[a] > timed[0].wall[b]; });
    slowest.resize(std::min<size_t>(slowest.size(), 6));
    std::printf("  the slowest frames as shipped (wall ms; without the closer looks; with every "
                "cue in them):\n");
    for (const size_t n : slowest)
        std::printf("    %6.1f  %6.1f  %6.1f  %s\n", timed[0].wall[n], timed[8].wall[n],
                    timed[9].wall[n], names[n].c_str());
    // The outlines F6 offers (DocumentDetector::outlines, five as on the screen): computed on
    // the capture worker when the clerk begins adjusting; how long until F6 answers.
    std::vector<double> offered;
    for (const cv::Mat &img : images) {
        const auto t0 = std::chrono::steady_clock::now();
        (void)detector.outlines(img, 5);
        offered.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                .count());
    }
    std::printf("  the outlines F6 offers (DocumentDetector::outlines, 5):\n");
    printStats("wall", offered);
    if (segmenter.isLoaded()) {
        std::printf("  the network alone (input %s):\n",
                    segmenter.input() == capture::DocumentSegmenter::Input::Full
                        ? "512x288, the working image"
                        : "256x144, the working image halved");
        printStats("CPU", netCpu);
    }
}

// A 1280x720 MJPEG video at 30 fps: desk scenes with a card and a certificate coming and going.
// `truth` receives each frame's outline.
QString writeVideo(const QString &dir, int seconds, std::vector<capture::Quad> *truth)
{
    const QString path = QDir(dir).filePath(QStringLiteral("counter.avi"));
    const cv::Size size(1280, 720);
    cv::VideoWriter writer(path.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 30,
                           size);
    if (!writer.isOpened())
        return {};
    const cv::Mat desk = capture::renderBackground(capture::SceneBackground::Wood, size, 7);
    cv::Size2d model;
    const cv::Mat card = capture::renderDocumentTemplate(capture::SceneDocument::IdCard, 7, &model);
    const cv::Mat page =
        capture::renderDocumentTemplate(capture::SceneDocument::A4Certificate, 8, &model);
    const capture::Quad cardRest{cv::Point2d(420, 200), cv::Point2d(860, 215),
                                 cv::Point2d(850, 490), cv::Point2d(410, 478)};
    const capture::Quad pageRest{cv::Point2d(470, 60), cv::Point2d(850, 75), cv::Point2d(835, 650),
                                 cv::Point2d(455, 640)};
    const int total = seconds * 30;
    for (int i = 0; i < total; ++i) {
        const int t = i % 150; // 5 s cycles: in (1 s), rest (3 s), out (1 s)
        const bool first = (i / 150) % 2 == 0;
        const capture::Quad &rest = first ? cardRest : pageRest;
        const double off = t < 30 ? (30 - t) * 30.0 : t >= 120 ? (t - 120) * 30.0 : 0.0;
        capture::Quad q = rest;
        for (cv::Point2d &p : q)
            p.x -= off;
        cv::Mat frame = desk.clone();
        capture::placeDocument(frame, first ? card : page, q);
        writer.write(frame);
        truth->push_back(q);
    }
    return path;
}

struct PreviewFigures
{
    double seconds = 0;
    int shown = 0, analysed = 0;
    double longestGapMs = 0;
    double guiCpuMs = 0; // CPU of the GUI thread (decoding, painting)
};

PreviewFigures runPreview(const QString &video, int intervalMs)
{
    ui::CaptureWidget widget;
    PreviewFigures f;
    if (!widget.openVideoFile(video))
        return f;
    widget.resize(1280, 800);
    widget.show();
    QElapsedTimer clock;
    qint64 last = -1;
    QObject::connect(&widget, &ui::CaptureWidget::framePresented, &widget, [&]() {
        const qint64 now = clock.nsecsElapsed();
        if (last >= 0)
            f.longestGapMs = std::max(f.longestGapMs, double(now - last) / 1e6);
        last = now;
    });
    QEventLoop loop;
    QObject::connect(&widget, &ui::CaptureWidget::sourceFinished, &loop, &QEventLoop::quit);
    widget.setFrameInterval(intervalMs);
    clock.start();
    const double c0 = threadCpuMs();
    widget.start();
    loop.exec();
    f.guiCpuMs = threadCpuMs() - c0;
    f.seconds = double(clock.nsecsElapsed()) / 1e9;
    f.shown = widget.framesShown();
    f.analysed = widget.framesAnalysed();
    return f;
}

// The worker's share of the preview: one analysed 1280x720 frame (conversion, detection or
// following the outline, quality gates, auto-capture), on this thread, every frame of the
// video; with the outline followed between frames (as the screen runs) and with the full
// detection on every frame. How close the outlines are to the truth, on the frames where the
// document lies wholly in the frame: mean IoU, and the corner error.
void benchAnalysis(const QString &video, const std::vector<capture::Quad> &truth)
{
    std::printf("analysis per 1280x720 frame (conversion, detection, quality gates), every "
                "frame of the video:\n");
    for (const bool tracking : {true, false}) {
        capture::CaptureEngine engine;
        if (!engine.openVideoFile(video))
            return;
        engine.setTracking(tracking);
        std::vector<double> wall, cpu, cornerError;
        double iouSum = 0;
        int inFrame = 0, found = 0, followed = 0, frames = 0;
        qint64 t = 0;
        for (int i = 0; i < int(truth.size()); ++i) {
            const std::optional<QImage> frame = engine.nextFrame(&t);
            if (!frame)
                break;
            const double c0 = processCpuMs();
            const auto t0 = std::chrono::steady_clock::now();
            const capture::FrameAnalysis a = engine.analyse(*frame, t);
            const auto t1 = std::chrono::steady_clock::now();
            ++frames;
            followed += a.followed;
            if (i >= 3) {
                cpu.push_back(processCpuMs() - c0);
                wall.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
            }
            const capture::Quad &q = truth[size_t(i)];
            if (std::any_of(q.begin(), q.end(), [](const cv::Point2d &p) { return p.x < 0; }))
                continue;
            ++inFrame;
            if (!a.outline)
                continue;
            ++found;
            capture::Quad got;
            for (int k = 0; k < 4; ++k)
                got[size_t(k)] = cv::Point2d(a.outline->at(k).x(), a.outline->at(k).y());
            iouSum += capture::quadIou(got, q);
            cornerError.push_back(capture::maxCornerError(got, q));
        }
        std::printf(" %s:\n", tracking ? "outline followed between frames (as on the screen)"
                                       : "full detection on every frame");
        printStats("wall", wall);
        printStats("CPU", cpu);
        std::printf("  %d frames, %d followed; document wholly in frame on %d: found on %d, "
                    "mean IoU %.4f\n",
                    frames, followed, inFrame, found, found ? iouSum / found : 0.0);
        if (!cornerError.empty())
            printStats("corner err", cornerError, "px");
    }
    // Parts of the full analysis: the detector alone, the quality gates alone.
    cv::VideoCapture in(video.toStdString());
    const capture::DocumentDetector detector;
    std::vector<double> detectCpu, gateCpu, followCpu;
    cv::Mat frame;
    for (int i = 0; i < 60 && in.read(frame); ++i) {
        const double c0 = processCpuMs();
        const std::optional<capture::Detection> d = detector.detect(frame);
        const double c1 = processCpuMs();
        if (d)
            (void)capture::QualityGate().assess(frame, d->quad);
        const double c2 = processCpuMs();
        if (d)
            (void)detector.follow(frame, d->quad, 15);
        const double c3 = processCpuMs();
        detectCpu.push_back(c1 - c0);
        if (d) {
            gateCpu.push_back(c2 - c1);
            followCpu.push_back(c3 - c2);
        }
    }
    printStats("detector", detectCpu);
    if (!gateCpu.empty()) {
        printStats("gates", gateCpu);
        printStats("follow", followCpu);
    }
}

void printPreview(const char *what, const PreviewFigures &f)
{
    std::printf("  %-28s %5.1f fps shown, %5.1f fps analysed, longest gap %5.1f ms "
                "(%d frames in %.1f s; GUI thread CPU %.1f ms a frame shown)\n",
                what, f.shown / f.seconds, f.analysed / f.seconds, f.longestGapMs, f.shown,
                f.seconds, f.shown ? f.guiCpuMs / f.shown : 0.0);
}
} // namespace

// Figure 3: per kind, `pages` frames of 1920x1080 with the document laid upside down at a known
// outline; the straightening and the way up timed apart (wall, ms).
void benchTaking(int pages)
{
    std::printf("taking a page (1920x1080 frame, the document laid upside down), wall time:\n");
    for (const capture::DocumentType type :
         {capture::DocumentType::IdCard, capture::DocumentType::Licence,
          capture::DocumentType::A4}) {
        std::vector<double> straighten, wayUp;
        int turned = 0;
        for (int i = 0; i < pages; ++i) {
            cv::Mat frame = capture::renderBackground(capture::SceneBackground::Counter,
                                                      {1920, 1080}, std::uint64_t(700 + i));
            cv::Size2d model;
            cv::Mat printed;
            capture::Quad quad;
            if (type == capture::DocumentType::A4) {
                printed = hd::testing::renderTextPage(i % 2 ? hd::testing::TextPage::Form
                                                            : hd::testing::TextPage::Letter);
                quad = {cv::Point2d(650, 45), cv::Point2d(1340, 60), cv::Point2d(1330, 1035),
                        cv::Point2d(638, 1025)};
            } else {
                const bool card = type == capture::DocumentType::IdCard;
                printed = capture::renderDocumentTemplate(
                    card ? capture::SceneDocument::IdCard : capture::SceneDocument::Licence,
                    std::uint64_t(700 + i), &model, 1 + i % 2);
                quad = card ? capture::Quad{cv::Point2d(600, 300), cv::Point2d(1300, 330),
                                            cv::Point2d(1285, 770), cv::Point2d(585, 745)}
                            : capture::Quad{cv::Point2d(420, 190), cv::Point2d(1500, 215),
                                            cv::Point2d(1480, 950), cv::Point2d(400, 930)};
            }
            cv::rotate(printed, printed, cv::ROTATE_180);
            capture::placeDocument(frame, printed, quad);
            capture::RectifyOptions options;
            options.enhance = type != capture::DocumentType::IdCard;
            const auto t0 = std::chrono::steady_clock::now();
            Result<cv::Mat> flat = capture::rectify(frame, quad, type, options);
            const auto t1 = std::chrono::steady_clock::now();
            if (!flat)
                continue;
            turned += capture::turnUpright(flat.value(), type);
            const auto t2 = std::chrono::steady_clock::now();
            straighten.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
            wayUp.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
        }
        std::printf(" %s (%d of %zu turned upright):\n",
                    qPrintable(capture::documentTypeName(type)), turned, wayUp.size());
        printStats("straighten", straighten, "ms");
        printStats("way up", wayUp, "ms");
    }
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HallDeskBench"));
    const int frames = argc > 1 ? std::atoi(argv[1]) : 60;
    const int seconds = argc > 2 ? std::atoi(argv[2]) : 10;
    benchDetection(frames);
    benchTaking(std::max(2, frames / 6));
    if (seconds <= 0)
        return 0;

    QTemporaryDir dir;
    std::vector<capture::Quad> truth;
    const QString video = writeVideo(dir.path(), seconds, &truth);
    if (video.isEmpty()) {
        std::printf("cannot write the test video\n");
        return 1;
    }
    benchAnalysis(video, truth);
    std::printf("live preview with detection, 1280x720 video, %d s, through FrameSource → "
                "CaptureEngine → CaptureWidget (%s platform):\n",
                seconds, qPrintable(QGuiApplication::platformName()));
    printPreview("paced at 30 fps:", runPreview(video, 33));
    printPreview("as fast as it goes:", runPreview(video, 0));
    return 0;
}
