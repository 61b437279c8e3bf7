#include "upright.h"

#include "imagestats.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <optional>
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

// An A4 page (a 证明, a form, a letter) has no one layout; its text says which way up it lies
// (capture/README.md, "Which way up an A4 page lies"). Two cues, each turning into its
// opposite on the page turned a half turn:
// - the marks of Chinese punctuation (，。、) sit at the bottom of the line, on the left of a
//   character cell of their own with its right part blank; upside down they sit at the top,
//   blank on their left;
// - lines of left-aligned text start at one margin; the short ones (a paragraph's last line,
//   a form's "户名：…") end well before the other: short lines at the left margin read upright,
//   at the right margin upside down.
// Measured on the page at kTextPageHeight px: a line of body text is then 14-27 px high.
constexpr int kTextPageHeight = 1400;
// Ink: darker than 175 on the page normalised to its paper (the paper's closing: 255).
constexpr int kInkBelow = 175;
// The marks are read only on print resolved enough: the darkest tenth of the ink at most 120
// (blurred or tiny print is grey, and its characters fall apart into dots), lines at least
// 14 px high; the lines' ends from 10 px.
constexpr double kLegibleInk = 120;
constexpr double kMarkLineHeight = 14;
constexpr double kAlignLineHeight = 10;
// A short line ends (starts) more than 3.5 lines' heights before the other margin: more than a
// paragraph's first line indented by two cells.
constexpr double kShortBy = 3.5;
// Beyond a line's end, print fainter than 200 on more than 2 % of the band, or the page at
// 253 or above (glare) on half of it: the end is faded.
constexpr int kFaintBelow = 200;
constexpr double kFadedShare = 0.02;
constexpr int kWashedOut = 253;
// The marks count only when nearly all sit one way (5 to 1): real punctuation does (the rare
// quotation marks sit at the top); pieces of characters blurred apart do not.
constexpr int kMarksAgree = 5;
// A page is decided on a score of at least 3 that is at least half of all the evidence; a mark
// counts half a short line.
constexpr double kTextMinScore = 3;
constexpr double kMarkWeight = 0.5;

struct TextCues
{
    int bottomMarks = 0, topMarks = 0; // upright / upside down
    int shortAtLeft = 0, shortAtRight = 0;
};

cv::Mat rectKernel(int w, int h)
{
    return cv::getStructuringElement(cv::MORPH_RECT, cv::Size(w, h));
}

// The median height of the pieces of text (ink joined along a line), or nullopt when there
// are fewer than five.
std::optional<double> textHeight(const cv::Mat &stats)
{
    std::vector<int> heights;
    for (int i = 1; i < stats.rows; ++i) {
        const int w = stats.at<int>(i, cv::CC_STAT_WIDTH), h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        if (h >= 6 && h <= 60 && w >= 4 * h)
            heights.push_back(h);
    }
    if (heights.size() < 5)
        return std::nullopt;
    std::nth_element(heights.begin(), heights.begin() + long(heights.size() / 2), heights.end());
    double median = heights[heights.size() / 2];
    if (heights.size() % 2 == 0) {
        const int below =
            *std::max_element(heights.begin(), heights.begin() + long(heights.size() / 2));
        median = (median + below) / 2;
    }
    return median;
}

// The punctuation marks on the lines of text (`pieceStats`: the pieces of ink joined along the
// line, `h`: the text's height): small, nothing above or below them in the line, blank on one
// side only.
void countMarks(const cv::Mat &ink, const cv::Mat &pieceStats, double h, TextCues &cues)
{
    cv::Mat glyph, marks, labels, stats, centroids;
    cv::dilate(ink, glyph, rectKernel(3, 3));
    cv::morphologyEx(ink, marks, cv::MORPH_CLOSE, rectKernel(3, 3));
    cv::connectedComponentsWithStats(marks, labels, stats, centroids, 8, CV_32S);
    const int gap = int(std::lround(0.4 * h));
    std::vector<int> seenIn(size_t(stats.rows), 0);
    auto blank = [&](const cv::Mat &band, int x0, int x1) {
        x0 = std::clamp(x0, 0, band.cols);
        x1 = std::clamp(x1, 0, band.cols);
        return x1 <= x0 || cv::countNonZero(band.colRange(x0, x1)) == 0;
    };
    for (int i = 1; i < pieceStats.rows; ++i) {
        const cv::Rect line(
            pieceStats.at<int>(i, cv::CC_STAT_LEFT), pieceStats.at<int>(i, cv::CC_STAT_TOP),
            pieceStats.at<int>(i, cv::CC_STAT_WIDTH), pieceStats.at<int>(i, cv::CC_STAT_HEIGHT));
        if (line.height < 0.75 * h || line.height > 1.5 * h || line.width < 3 * h)
            continue;
        const cv::Mat band = glyph.rowRange(line.y, line.y + line.height);
        const cv::Mat inLine = labels(line);
        for (int r = 0; r < inLine.rows; ++r)
            for (int c = 0; c < inLine.cols; ++c) {
                const int j = inLine.at<int>(r, c);
                if (j == 0 || seenIn[size_t(j)] == i)
                    continue;
                seenIn[size_t(j)] = i;
                const int x = stats.at<int>(j, cv::CC_STAT_LEFT),
                          y = stats.at<int>(j, cv::CC_STAT_TOP);
                const int w = stats.at<int>(j, cv::CC_STAT_WIDTH),
                          ht = stats.at<int>(j, cv::CC_STAT_HEIGHT);
                if (w > 0.45 * h || ht > 0.45 * h || stats.at<int>(j, cv::CC_STAT_AREA) < 4 ||
                    y < line.y || y + ht > line.y + line.height)
                    continue;
                // Nothing above or below it in its columns of the line.
                cv::Mat column =
                    band.colRange(std::max(0, x - 1), std::min(band.cols, x + w + 1)).clone();
                column.rowRange(std::max(0, y - line.y - 2),
                                std::min(column.rows, y - line.y + ht + 2)) = 0;
                if (cv::countNonZero(column) > 0)
                    continue;
                const bool right = blank(band, x + w + 1, x + w + 1 + gap);
                const bool left = blank(band, x - 1 - gap, x - 1);
                if (right == left)
                    continue;
                const double cy = (centroids.at<double>(j, 1) - line.y) / line.height;
                if (cy > 0.62 && right)
                    ++cues.bottomMarks;
                else if (cy < 0.38 && left)
                    ++cues.topMarks;
            }
    }
}

// The short lines of text at either margin (`h`: the text's height). A line whose end is
// faded rather than blank beyond it does not count by that end: faint print there (`norm`,
// the page normalised to its paper) or paper washed out white by glare (`grey`, the page).
void countShortLines(const cv::Mat &ink, const cv::Mat &norm, const cv::Mat &grey, double h,
                     TextCues &cues)
{
    cv::Mat lines, labels, stats, centroids;
    cv::morphologyEx(ink, lines, cv::MORPH_CLOSE, rectKernel(int(2.2 * h), 1));
    cv::connectedComponentsWithStats(lines, labels, stats, centroids, 8, CV_32S);
    const cv::Mat faint = norm < kFaintBelow, washedOut = grey >= kWashedOut;
    // Beyond the end: from a little past it (the last character's blur) over three heights.
    const int gap = int(0.3 * h), beyond = int(3 * h);
    auto faded = [&](const cv::Rect &r) {
        const cv::Rect inPage = r & cv::Rect(0, 0, faint.cols, faint.rows);
        return !inPage.empty() &&
               (cv::countNonZero(faint(inPage)) > kFadedShare * double(inPage.area()) ||
                cv::countNonZero(washedOut(inPage)) > 0.5 * double(inPage.area()));
    };
    struct Line
    {
        int start, end;
        bool startFaded, endFaded;
    };
    std::vector<Line> found;
    for (int i = 1; i < stats.rows; ++i) {
        const cv::Rect r(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                         stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT));
        if (r.height < 0.75 * h || r.height > 1.6 * h || r.width < 3 * h)
            continue;
        // Text, not a pen or a cable across the page.
        const double density = cv::countNonZero(ink(r)) / double(r.area());
        if (density < 0.12 || density > 0.7)
            continue;
        found.push_back({r.x, r.x + r.width, faded({r.x - gap - beyond, r.y, beyond, r.height}),
                         faded({r.x + r.width + gap, r.y, beyond, r.height})});
    }
    if (found.size() < 4)
        return;
    // The margin: where most lines start (end), within half a line's height.
    auto margin = [&](int Line::*side) {
        int best = found.front().*side, bestCount = 0;
        for (const Line &a : found) {
            const auto n = std::count_if(found.begin(), found.end(), [&](const Line &b) {
                return std::abs(b.*side - a.*side) <= 0.5 * h;
            });
            if (n > bestCount) {
                bestCount = int(n);
                best = a.*side;
            }
        }
        return best;
    };
    const int left = margin(&Line::start), right = margin(&Line::end);
    for (const Line &l : found) {
        const bool atLeft = std::abs(l.start - left) <= 0.5 * h;
        const bool atRight = std::abs(l.end - right) <= 0.5 * h;
        if (atLeft && !atRight && l.end < right - kShortBy * h && !l.endFaded)
            ++cues.shortAtLeft;
        if (atRight && !atLeft && l.start > left + kShortBy * h && !l.startFaded)
            ++cues.shortAtRight;
    }
}

std::optional<TextCues> textCues(const cv::Mat &page)
{
    cv::Mat grey, small, paper, norm;
    cv::cvtColor(page, grey, cv::COLOR_BGR2GRAY);
    const double s = double(kTextPageHeight) / grey.rows;
    cv::resize(grey, small, cv::Size(), s, s, cv::INTER_AREA);
    cv::morphologyEx(small, paper, cv::MORPH_CLOSE, rectKernel(25, 25));
    cv::divide(small, paper, norm, 255);
    cv::Mat ink = norm < kInkBelow;
    if (cv::countNonZero(ink) < 500)
        return std::nullopt;
    cv::Mat inkGrey(norm.size(), CV_8U, cv::Scalar(255));
    norm.copyTo(inkGrey, ink);
    // The darkest tenth of the ink: the share of the page that is ink, of it a tenth.
    const double inkShare = cv::countNonZero(ink) / double(ink.total());
    const bool legible = percentile(inkGrey, 0.1 * inkShare) <= kLegibleInk;
    // A form's ruling lines out: they would join its lines of text into one block.
    cv::Mat across, down;
    cv::morphologyEx(ink, across, cv::MORPH_OPEN, rectKernel(61, 1));
    cv::morphologyEx(ink, down, cv::MORPH_OPEN, rectKernel(1, 61));
    cv::Mat rules = across | down;
    cv::dilate(rules, rules, rectKernel(3, 3));
    ink.setTo(0, rules);
    cv::Mat pieces, labels, stats, centroids;
    cv::morphologyEx(ink, pieces, cv::MORPH_CLOSE, rectKernel(15, 1));
    cv::connectedComponentsWithStats(pieces, labels, stats, centroids, 8, CV_32S);
    const std::optional<double> h = textHeight(stats);
    if (!h)
        return std::nullopt;
    TextCues cues;
    if (legible && *h >= kMarkLineHeight)
        countMarks(ink, stats, *h, cues);
    if (*h >= kAlignLineHeight)
        countShortLines(ink, norm, small, *h, cues);
    return cues;
}

UprightVerdict textVerdict(const cv::Mat &page)
{
    if (page.empty() || page.channels() != 3 || page.rows < 400 || page.cols > page.rows)
        return {};
    std::optional<TextCues> cues = textCues(page);
    if (!cues)
        return {};
    if (std::max(cues->bottomMarks, cues->topMarks) <
        kMarksAgree * std::min(cues->bottomMarks, cues->topMarks))
        cues->bottomMarks = cues->topMarks = 0;
    const double score = kMarkWeight * (cues->bottomMarks - cues->topMarks) +
                         (cues->shortAtLeft - cues->shortAtRight);
    const double evidence =
        kMarkWeight * (cues->bottomMarks + cues->topMarks) + cues->shortAtLeft + cues->shortAtRight;
    UprightVerdict v;
    if (evidence <= 0)
        return v;
    // Scaled so that the margin is the decision: |score| >= 3 and >= half the evidence.
    v.score = std::copysign(
        std::min(std::abs(score) / kTextMinScore, std::abs(score) / (0.5 * evidence)), score);
    if (v.score >= kUprightMargin)
        v.verdict = Upright::AsIs;
    else if (v.score <= -kUprightMargin)
        v.verdict = Upright::UpsideDown;
    return v;
}

} // namespace

UprightVerdict uprightOf(const cv::Mat &page, DocumentType type)
{
    if (type == DocumentType::A4)
        return textVerdict(page);
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
