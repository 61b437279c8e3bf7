#include "upright.h"

#include "imagestats.h"

#include <array>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace hd::capture {

namespace {

// How a kind is read: its size (the card at 5 px/mm, the A3 licence at 1 px/mm), the grid of
// cells the maps are averaged over, and the weights of the cells of the grid's top half, per
// map (thin dark print, dark areas, red) row by row; each feature is a cell's share minus that
// of the cell a half turn away. Fitted by tools/detector-training/upright.py (logistic, no
// constant) on own seeds 7, 1000 and 2026 and the other generator's seed 31, straightened with
// their truth; scored on the other generator's seeds 21, 22 and 23 (capture/README.md, "Which
// way up an ID card lies").
struct Layout
{
    cv::Size size;
    int gridX, gridY;
    std::vector<double> weights;
};

// 358 cards, each also turned; on the 282 of seeds 21-23: 275 upright, none wrong, 7 unsure.
const Layout &idCardLayout()
{
    static const Layout layout{
        {428, 270},
        6,
        4,
        {
            1.667,  -0.347, -1.416, -2.215, -1.964, -1.023, 1.780,  3.081,  2.304, -0.242, -2.307,
            -1.536, // print
            2.081,  1.185,  -0.199, -0.696, 1.469,  0.526,  -0.853, -2.526, 1.025, 0.355,  0.743,
            -0.099, // dark
            2.922,  2.599,  0.000,  0.000,  0.006,  0.007,  3.227,  3.445,  0.000, 0.000,  -0.024,
            0.022, // red
        }};
    return layout;
}

// 323 licences, each also turned; on the 139 of seeds 21-23: 138 upright, none wrong, 1 unsure.
const Layout &licenceLayout()
{
    static const Layout layout{
        {420, 297},
        8,
        6,
        {
            0.048,  -1.006, 0.016,  1.303, 1.093,  0.130,  0.002,  -0.075,
            -0.092, -2.894, 0.628,  2.003, 1.247,  -1.485, -1.959, -0.629,
            0.208,  0.310,  1.743,  0.779, -0.692, -2.061, 0.107,  0.138, // print
            0.004,  -0.182, -0.019, 0.962, 0.912,  -0.108, -0.162, -0.216,
            -0.179, -1.039, 0.111,  0.796, 0.743,  -0.271, -0.898, -0.285,
            -0.233, -0.764, 0.092,  0.163, -0.097, -0.156, 1.008,  0.433, // dark
            -0.060, -0.498, -0.152, 1.797, 1.856,  0.043,  0.037,  0.015,
            -0.147, -2.545, -0.369, 1.611, 1.790,  0.063,  0.000,  0.003,
            -0.005, -0.021, 0.035,  0.083, 0.105,  0.021,  0.000,  0.010, // red
        }};
    return layout;
}

const Layout *layoutOf(DocumentType type)
{
    switch (type) {
    case DocumentType::IdCard:
        return &idCardLayout();
    case DocumentType::Licence:
        return &licenceLayout();
    case DocumentType::A4:
        break;
    }
    return nullptr;
}

// The three maps, as upright.py computes them: the card brightened so that its 95th
// percentile of grey is 230 (a dim hall reads like a bright one); thin dark print (a black-hat
// of 13 px over 35 levels: text, not the photo's hair or a shadow); dark areas (grey below 90:
// the hair, the photo's dark clothes); red (Lab a > 158: the emblem).
std::array<cv::Mat, 3> maps(const cv::Mat &page, cv::Size size)
{
    cv::Mat small, grey;
    cv::resize(page, small, size, 0, 0, cv::INTER_AREA);
    cv::cvtColor(small, grey, cv::COLOR_BGR2GRAY);
    const double p95 = percentile(grey, 0.95);
    small.convertTo(small, CV_8U, 230.0 / std::max(30.0, p95));
    cv::cvtColor(small, grey, cv::COLOR_BGR2GRAY);
    cv::Mat hat, lab;
    cv::morphologyEx(grey, hat, cv::MORPH_BLACKHAT,
                     cv::getStructuringElement(cv::MORPH_RECT, cv::Size(13, 13)));
    cv::cvtColor(small, lab, cv::COLOR_BGR2Lab);
    cv::Mat a;
    cv::extractChannel(lab, a, 1);
    const cv::Mat print = hat > 35;
    const cv::Mat dark = grey < 90;
    const cv::Mat red = a > 158;
    std::array<cv::Mat, 3> out;
    print.convertTo(out[0], CV_32F, 1.0 / 255);
    dark.convertTo(out[1], CV_32F, 1.0 / 255);
    red.convertTo(out[2], CV_32F, 1.0 / 255);
    return out;
}

bool readable(const cv::Mat &page)
{
    return !page.empty() && page.cols > page.rows && page.channels() == 3;
}

UprightVerdict verdictOf(const std::array<cv::Mat, 3> &maps, const Layout &layout)
{
    double score = 0;
    size_t k = 0;
    for (const cv::Mat &m : maps) {
        cv::Mat cells;
        cv::resize(m, cells, cv::Size(layout.gridX, layout.gridY), 0, 0, cv::INTER_AREA);
        for (int y = 0; y < layout.gridY / 2; ++y)
            for (int x = 0; x < layout.gridX; ++x)
                score += layout.weights.at(k++) *
                         double(cells.at<float>(y, x) -
                                cells.at<float>(layout.gridY - 1 - y, layout.gridX - 1 - x));
    }
    UprightVerdict v;
    v.score = score;
    if (score > kUprightMargin)
        v.verdict = Upright::AsIs;
    else if (score < -kUprightMargin)
        v.verdict = Upright::UpsideDown;
    return v;
}

} // namespace

UprightVerdict uprightOf(const cv::Mat &page, DocumentType type)
{
    const Layout *layout = layoutOf(type);
    if (!layout || !readable(page))
        return {};
    return verdictOf(maps(page, layout->size), *layout);
}

IdCardSide idCardSide(const cv::Mat &uprightCard)
{
    if (!readable(uprightCard))
        return IdCardSide::Unsure;
    const Layout &layout = idCardLayout();
    const std::array<cv::Mat, 3> m = maps(uprightCard, layout.size);
    // Only a card the layout sees upright: upside down, the emblem would be bottom right and
    // the photo on the left.
    if (verdictOf(m, layout).verdict != Upright::AsIs)
        return IdCardSide::Unsure;
    const int w = layout.size.width, h = layout.size.height;
    auto share = [&](const cv::Mat &map, double x0, double x1, double y0, double y1) {
        return cv::mean(
            map(cv::Range(int(y0 * h), int(y1 * h)), cv::Range(int(x0 * w), int(x1 * w))))[0];
    };
    // Measured on the 641 cards of "Which way up an ID card lies" (capture/README.md): red over
    // the top left third's upper half 0.08-0.28 on every emblem side, below 0.03 on every
    // portrait side; dark in the photo's place (x 0.66-0.96, y 0.10-0.66) 0.03-0.36 (median
    // 0.23) on the portrait sides, at most 0.10 on the emblem sides.
    const double red = share(m[2], 0, 1.0 / 3, 0, 0.5);
    const double dark = share(m[1], 0.66, 0.96, 0.10, 0.66);
    const double photoPrint = share(m[0], 0.66, 0.96, 0.10, 0.66);
    const double leftPrint = share(m[0], 0.05, 0.60, 0.10, 0.90);
    if (red >= 0.06 && dark < 0.12)
        return IdCardSide::Emblem;
    if (red < 0.02 && dark >= 0.10 && photoPrint < leftPrint)
        return IdCardSide::Portrait;
    return IdCardSide::Unsure;
}

bool turnUpright(cv::Mat &page, DocumentType type)
{
    if (uprightOf(page, type).verdict != Upright::UpsideDown)
        return false;
    cv::rotate(page, page, cv::ROTATE_180);
    return true;
}

} // namespace hd::capture
