// The frame made ready for the detector's search (internal to capture/): the working image, its
// stretched Lab and gradient, the frame's contrast, and the segmentation network's view of it,
// computed on the detector's helper thread.
#pragma once

#include "detector/edgefit.h"
#include "quad.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <opencv2/core.hpp>
#include <optional>
#include <thread>
#include <type_traits>

namespace hd::capture {
class DocumentSegmenter;
}

namespace hd::capture::detail {

// One frame as the search reads it.
struct Prepared
{
    cv::Mat image, small, smooth, lab;
    cv::Mat lightness; // L of `lab`
    Gradient g;
    cv::Mat strong; // CV_8U, 255 where the gradient is above the edge threshold
    double scale = 1;
    // The frame's own contrast relative to a well-lit desk (1): edge thresholds scale with
    // it, so that a dim evening frame is read like a bright one.
    double contrast = 1;
    // The segmentation network's chance of "document" per pixel of the working image halved
    // (CV_32F), and its integral; empty without the network.
    cv::Mat prob, probSum;
    double probTotal = 0;
};

// The detector's second thread, one per process, beside the detecting thread: the
// segmentation network runs on it while the detecting thread makes the rest of the frame ready,
// then it shares the cues with the detecting thread (onBothThreads), so that a detection uses
// both cores (capture/README.md, "Two cores for one detection" and "Every cue on both threads").
// It has its own network (DocumentSegmenter: one per thread), read on its first frame; jobs
// from several detecting threads take their turn. A job never waits for a detecting thread; its
// result, or what it threw, comes back through the future.
class HelperThread
{
public:
    static HelperThread &instance();

    template <typename Job> auto run(Job job) -> std::future<std::invoke_result_t<Job &>>
    {
        auto task =
            std::make_shared<std::packaged_task<std::invoke_result_t<Job &>()>>(std::move(job));
        auto result = task->get_future();
        enqueue([task] { (*task)(); });
        return result;
    }

private:
    HelperThread();
    ~HelperThread();
    void enqueue(std::function<void()> job);
    void loop();
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_queue;
    bool m_stop = false;
    std::thread m_thread;
};

// Runs job(0) ... job(n - 1), each once, on the calling thread and the helper thread at once:
// each takes the next one not yet taken, so the two share the work whatever else the helper
// has to do first (another detecting thread's job: then the calling thread does them all).
// Returns when every job is done; the first exception a job threw is thrown here. The jobs
// must not depend on each other; each writes its own result, so the answer is the same
// whichever thread ran it.
void onBothThreads(size_t n, const std::function<void(size_t)> &job);

// The network's cells (DocumentSegmenter::kCell or kFineCell working pixels) spread over the
// working image halved, bilinear: a cell's value sits at its centre.
void preparePrior(Prepared &p, const DocumentSegmenter &segmenter);

// How well an outline (working-image pixels) matches the network's document: the soft IoU
// of the quad with the probability map, and the mean probability inside it.
struct PriorMatch
{
    double iou = 0, inside = 0;
};

PriorMatch priorMatch(const Prepared &p, const Quad &q);

// The smooth regions of the working image (CV_8U, 255 where smooth): a page's blank margin or
// a card's plain ground on a patterned desk; an empty Mat on a plain desk.
cv::Mat smoothRegions(const cv::Mat &small);

// The regions of `p`'s working image unlike its paper (the median colour of its lightest 40 %:
// the page the documents lie on, or a white desk), at three distances (CV_8U, 255 where
// unlike), the print opened away: a card on a printed page is one region, whatever its edge
// against the page shows.
std::vector<cv::Mat> unlikePaper(const Prepared &p);

// The largest region of the network's document reduced to four sides.
std::optional<Quad> largestRegionQuad(const cv::Mat &region);

// Reads `input` into `p` (all but the network's view: preparePrior); false for a frame
// smaller than 16 x 16 or not of 8-bit channels. In two steps: the working image (`image`,
// `small`, `scale`), which is all the network reads, and the rest from it (`smooth`, `lab`,
// `lightness`, `contrast`, `g`), while the network reads it on the helper thread.
bool prepare(const cv::Mat &input, int workingSize, Prepared &p);
bool prepareWorking(const cv::Mat &input, int workingSize, Prepared &p);
void prepareRest(Prepared &p);

} // namespace hd::capture::detail
