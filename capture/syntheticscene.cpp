#include "syntheticscene.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <random>

namespace hd::capture {

namespace {

using Rng = std::mt19937_64;

double uni(Rng &rng, double a, double b)
{
    return std::uniform_real_distribution<double>(a, b)(rng);
}

int uniInt(Rng &rng, int a, int b)
{
    return std::uniform_int_distribution<int>(a, b)(rng);
}

cv::Scalar jitter(Rng &rng, cv::Scalar base, double amount)
{
    return {std::clamp(base[0] + uni(rng, -amount, amount), 0.0, 255.0),
            std::clamp(base[1] + uni(rng, -amount, amount), 0.0, 255.0),
            std::clamp(base[2] + uni(rng, -amount, amount), 0.0, 255.0)};
}

std::string randomText(Rng &rng, int length)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789abcdefghijkmnopqrstuvwxyz";
    std::string s;
    for (int i = 0; i < length; ++i)
        s += uniInt(rng, 0, 6) == 0 ? ' ' : alphabet[uniInt(rng, 0, int(sizeof alphabet) - 2)];
    return s;
}

// Lines of text-like marks (Hershey glyphs) in a box.
void textBlock(cv::Mat &img, Rng &rng, cv::Rect box, double height, cv::Scalar colour)
{
    const double scale = height / 22.0;
    const int thick = std::max(1, int(std::lround(height / 12)));
    for (double y = box.y + height; y < box.y + box.height; y += height * uni(rng, 1.5, 2.0)) {
        const int chars = std::max(3, int(box.width / (height * 0.9) * uni(rng, 0.5, 1.0)));
        cv::putText(img, randomText(rng, chars), cv::Point(box.x, int(y)), cv::FONT_HERSHEY_SIMPLEX,
                    scale, colour, thick, cv::LINE_AA);
    }
}

void seal(cv::Mat &img, Rng &rng, cv::Point centre, int radius)
{
    const cv::Scalar red(40, 30, uni(rng, 190, 230));
    cv::circle(img, centre, radius, red, std::max(2, radius / 14), cv::LINE_AA);
    std::vector<cv::Point> star;
    for (int i = 0; i < 10; ++i) {
        const double a = -CV_PI / 2 + i * CV_PI / 5;
        const double r = (i % 2 ? 0.16 : 0.38) * radius;
        star.emplace_back(centre.x + int(r * std::cos(a)), centre.y + int(r * std::sin(a)));
    }
    cv::fillPoly(img, std::vector<std::vector<cv::Point>>{star}, red, cv::LINE_AA);
    cv::ellipse(img, centre, cv::Size(int(radius * 0.72), int(radius * 0.72)), 0, 200, 340, red,
                std::max(2, radius / 10), cv::LINE_AA);
}

cv::Mat smoothNoise(Rng &rng, cv::Size size, int cells)
{
    cv::Mat small(std::max(2, size.height * cells / std::max(size.width, 1)), cells, CV_32F);
    for (int y = 0; y < small.rows; ++y)
        for (int x = 0; x < small.cols; ++x)
            small.at<float>(y, x) = float(uni(rng, -1, 1));
    cv::Mat out;
    cv::resize(small, out, size, 0, 0, cv::INTER_CUBIC);
    return out;
}

// A Chinese-looking character in a square cell: a few horizontal, vertical and slanted
// strokes, dots and boxes, the way 汉字 fill their square (not real characters: what matters
// to the detector is their density and their short straight strokes).
void cjkGlyph(cv::Mat &img, Rng &rng, cv::Point origin, int size, cv::Scalar colour, int thick)
{
    const int pad = std::max(1, size / 10);
    const int lo = pad, hi = size - pad;
    auto px = [&](double f) { return origin.x + int(lo + f * (hi - lo)); };
    auto py = [&](double f) { return origin.y - size + int(lo + f * (hi - lo)); };
    const int strokes = uniInt(rng, 3, 8);
    for (int i = 0; i < strokes; ++i) {
        switch (uniInt(rng, 0, 6)) {
        case 0:
        case 1: { // 横
            const double y = uni(rng, 0, 1), a = uni(rng, 0, 0.4), b = uni(rng, 0.6, 1);
            cv::line(img, {px(a), py(y)}, {px(b), py(y)}, colour, thick, cv::LINE_AA);
            break;
        }
        case 2:
        case 3: { // 竖
            const double x = uni(rng, 0, 1), a = uni(rng, 0, 0.4), b = uni(rng, 0.6, 1);
            cv::line(img, {px(x), py(a)}, {px(x), py(b)}, colour, thick, cv::LINE_AA);
            break;
        }
        case 4: { // 撇 / 捺
            const double x = uni(rng, 0.2, 0.8), y = uni(rng, 0.1, 0.5);
            const double dx = uni(rng, -0.45, 0.45);
            cv::line(img, {px(x), py(y)}, {px(std::clamp(x + dx, 0.0, 1.0)), py(y + 0.45)}, colour,
                     thick, cv::LINE_AA);
            break;
        }
        case 5: { // 点
            const double x = uni(rng, 0.1, 0.9), y = uni(rng, 0.1, 0.9);
            cv::line(img, {px(x), py(y)}, {px(x + 0.08), py(y + 0.12)}, colour, thick + 1,
                     cv::LINE_AA);
            break;
        }
        default: { // 口
            const double x = uni(rng, 0, 0.5), y = uni(rng, 0, 0.5);
            cv::rectangle(img, cv::Point(px(x), py(y)),
                          cv::Point(px(x + uni(rng, 0.3, 0.5)), py(y + uni(rng, 0.25, 0.5))),
                          colour, thick, cv::LINE_AA);
            break;
        }
        }
    }
}

// A line of `count` pseudo-characters from `origin` (its baseline's left end).
void cjkLine(cv::Mat &img, Rng &rng, cv::Point origin, int size, int count, cv::Scalar colour)
{
    const int thick = std::max(1, int(std::lround(size / 14.0)));
    for (int i = 0; i < count; ++i)
        if (uniInt(rng, 0, 11) > 0)
            cjkGlyph(img, rng, {origin.x + i * (size + size / 8), origin.y}, size, colour, thick);
}

// A paragraph of pseudo-Chinese filling a box.
void cjkBlock(cv::Mat &img, Rng &rng, cv::Rect box, int size, cv::Scalar colour)
{
    const int step = size + size / 8;
    for (int y = box.y + size; y <= box.y + box.height; y += int(size * uni(rng, 1.4, 1.8))) {
        const int full = box.width / step;
        const int n = uniInt(rng, 0, 4) == 0 ? uniInt(rng, full / 3, full) : full;
        cjkLine(img, rng, {box.x, y}, size, n, colour);
    }
}

void emblem(cv::Mat &img, Rng &rng, cv::Point centre, int radius)
{
    const cv::Scalar red(30, 30, uni(rng, 170, 220));
    const cv::Scalar gold(40, uni(rng, 170, 210), 230);
    cv::circle(img, centre, radius, red, cv::FILLED, cv::LINE_AA);
    cv::circle(img, centre, radius, gold, std::max(2, radius / 12), cv::LINE_AA);
    for (int k = 0; k < 5; ++k) {
        const double a = -CV_PI / 2 + k * 2 * CV_PI / 5;
        cv::circle(img,
                   centre +
                       cv::Point(int(0.5 * radius * std::cos(a)), int(0.5 * radius * std::sin(a))),
                   std::max(2, radius / (k ? 9 : 5)), gold, cv::FILLED, cv::LINE_AA);
    }
}

void qrCode(cv::Mat &img, Rng &rng, cv::Rect box)
{
    const int n = 21;
    const int cell = box.width / n;
    cv::rectangle(img, box, cv::Scalar(250, 250, 250), cv::FILLED);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x) {
            const bool finder = ((x < 7 || x >= n - 7) && y < 7) || (x < 7 && y >= n - 7);
            bool on = uniInt(rng, 0, 1);
            if (finder) {
                const int fx = x < 7 ? x : x - (n - 7), fy = y < 7 ? y : y - (n - 7);
                on = fx == 0 || fx == 6 || fy == 0 || fy == 6 ||
                     (fx >= 2 && fx <= 4 && fy >= 2 && fy <= 4);
            }
            if (on)
                cv::rectangle(img, cv::Rect(box.x + x * cell, box.y + y * cell, cell, cell),
                              cv::Scalar(20, 20, 20), cv::FILLED);
        }
}

std::string digits(Rng &rng, int n)
{
    std::string s;
    for (int i = 0; i < n; ++i)
        s += char('0' + uniInt(rng, 0, 9));
    return s;
}

} // namespace

// A line of "words" (short dark bars, the way print looks from a camera a metre away).
void wordLine(cv::Mat &img, Rng &rng, cv::Point left, int width, int height, cv::Scalar ink)
{
    // Printed words are strokes and gaps: from afar a grey band lighter than the ink.
    int x = left.x;
    const int end = left.x + width;
    const int bar = std::max(1, int(height * 0.7));
    const cv::Scalar grey = ink + cv::Scalar::all(uni(rng, 20, 90));
    while (x < end) {
        const int w = std::min(end - x, int(height * uni(rng, 1.2, 5.5)));
        if (w > height / 2)
            cv::rectangle(img, cv::Rect(x, left.y - bar, w, bar),
                          grey + cv::Scalar::all(uni(rng, 0, 30)), cv::FILLED);
        x += w + int(height * uni(rng, 0.4, 0.8));
    }
}

// A column of text lines in a box; the last line of a paragraph ends early.
void wordColumn(cv::Mat &img, Rng &rng, cv::Rect box, int height, cv::Scalar ink)
{
    const int pitch = int(height * uni(rng, 1.5, 2.1));
    int line = 0;
    const int para = uniInt(rng, 4, 12);
    for (int y = box.y + height; y <= box.y + box.height; y += pitch, ++line) {
        if (line % (para + 1) == para)
            continue; // paragraph break
        const bool last = line % (para + 1) == para - 1;
        const int w = last ? int(box.width * uni(rng, 0.2, 0.8)) : box.width;
        wordLine(img, rng, {box.x, y}, w, height, ink);
    }
}

// A photo-like block: smooth colour fields and a few shapes.
void photoBlock(cv::Mat &img, Rng &rng, cv::Rect box)
{
    box &= cv::Rect(0, 0, img.cols, img.rows);
    if (box.area() <= 0)
        return;
    cv::Mat roi = img(box);
    cv::Mat n0 = smoothNoise(rng, box.size(), 4), n1 = smoothNoise(rng, box.size(), 6),
            n2 = smoothNoise(rng, box.size(), 3);
    const cv::Vec3f base(float(uni(rng, 30, 220)), float(uni(rng, 30, 220)),
                         float(uni(rng, 30, 220)));
    const float amp = float(uni(rng, 40, 110));
    for (int y = 0; y < roi.rows; ++y)
        for (int x = 0; x < roi.cols; ++x) {
            const cv::Vec3f v =
                base + amp * cv::Vec3f(n0.at<float>(y, x), n1.at<float>(y, x), n2.at<float>(y, x));
            roi.at<cv::Vec3b>(y, x) =
                cv::Vec3b(cv::saturate_cast<uchar>(v[0]), cv::saturate_cast<uchar>(v[1]),
                          cv::saturate_cast<uchar>(v[2]));
        }
    for (int i = uniInt(rng, 1, 4); i > 0; --i)
        cv::ellipse(roi, cv::Point(uniInt(rng, 0, roi.cols), uniInt(rng, 0, roi.rows)),
                    cv::Size(uniInt(rng, 10, std::max(11, roi.cols / 3)),
                             uniInt(rng, 10, std::max(11, roi.rows / 3))),
                    uni(rng, 0, 180), 0, 360, jitter(rng, cv::Scalar(128, 128, 128), 120),
                    cv::FILLED, cv::LINE_AA);
}

// Office pages of the kinds SmartDoc films (a paper, a datasheet, a magazine page, a tax
// form, a letter, a patent) on A4 at 5 px/mm: white paper, margins, dense or sparse print.
cv::Mat officePage(Rng &rng, int style, const cv::Scalar *paper = nullptr)
{
    cv::Mat t(1485, 1050, CV_8UC3);
    const double white = uni(rng, 232, 252);
    const cv::Scalar tone = jitter(rng, cv::Scalar::all(white), 5);
    t.setTo(paper ? *paper : tone);
    const cv::Scalar ink = jitter(rng, cv::Scalar::all(30), 15);
    const int m = uniInt(rng, 70, 140);
    const int w = t.cols - 2 * m;
    const int fs = uniInt(rng, 7, 12); // text height
    switch (style) {
    case 0: { // a paper: title, authors, two columns
        for (int i = 0; i < uniInt(rng, 1, 2); ++i)
            wordLine(t, rng, {m + w / 8, m + 40 + i * 45}, w * 3 / 4, 26, ink);
        wordLine(t, rng, {m + w / 4, m + 150}, w / 2, 14, ink);
        const int top = m + 200, gap = uniInt(rng, 25, 50), cw = (w - gap) / 2;
        for (int c = 0; c < 2; ++c)
            wordColumn(t, rng, cv::Rect(m + c * (cw + gap), top, cw, t.rows - top - m), fs, ink);
        break;
    }
    case 1: { // a datasheet: logo, title, tables, a graph
        cv::rectangle(t, cv::Rect(m, m, 90, 70), jitter(rng, cv::Scalar(80, 80, 80), 60), 6);
        wordLine(t, rng, {m + 130, m + 50}, w - 130, 26, ink);
        cv::line(t, {m, m + 90}, {m + w, m + 90}, ink, 3);
        int y = m + 130;
        for (int block = 0; block < 3 && y < t.rows - m - 200; ++block) {
            if (uniInt(rng, 0, 1)) {
                const int rows = uniInt(rng, 4, 10), cols = uniInt(rng, 3, 6), rh = 36;
                for (int r = 0; r <= rows; ++r)
                    cv::line(t, {m, y + r * rh}, {m + w, y + r * rh}, ink, 2);
                for (int c = 0; c <= cols; ++c)
                    cv::line(t, {m + c * w / cols, y}, {m + c * w / cols, y + rows * rh}, ink, 2);
                for (int r = 0; r < rows; ++r)
                    for (int c = 0; c < cols; ++c)
                        wordLine(t, rng, {m + c * w / cols + 8, y + r * rh + 26},
                                 w / cols * uniInt(rng, 3, 8) / 10, fs, ink);
                y += rows * rh + 50;
            } else {
                const cv::Rect g(m + uniInt(rng, 0, w / 3), y, w / 2, 260);
                cv::rectangle(t, g, ink, 2);
                std::vector<cv::Point> curve;
                const double a = uni(rng, 0.5, 3), ph = uni(rng, 0, 6);
                for (int x = 0; x <= g.width; x += 6)
                    curve.emplace_back(
                        g.x + x, g.y + g.height / 2 +
                                     int(g.height * 0.35 * std::sin(a * x / g.width * 6.28 + ph)));
                cv::polylines(t, curve, false, ink, 3, cv::LINE_AA);
                y += g.height + 50;
            }
            wordColumn(t, rng, cv::Rect(m, y, w, 120), fs, ink);
            y += 160;
        }
        break;
    }
    case 2: { // a magazine page: headline, photos, columns
        wordLine(t, rng, {m, m + 60}, w * 2 / 3, 50, ink);
        const int cols = uniInt(rng, 2, 3), gap = 30, cw = (w - (cols - 1) * gap) / cols;
        for (int c = 0; c < cols; ++c) {
            int y = m + 110;
            while (y < t.rows - m - 100) {
                const int h = uniInt(rng, 120, 420);
                if (uniInt(rng, 0, 2) == 0)
                    photoBlock(t, rng, cv::Rect(m + c * (cw + gap), y, cw, h));
                else
                    wordColumn(t, rng, cv::Rect(m + c * (cw + gap), y, cw, h), fs, ink);
                y += h + 30;
            }
        }
        if (uniInt(rng, 0, 1))
            photoBlock(t, rng, cv::Rect(m, m + 110, w, uniInt(rng, 250, 500)));
        break;
    }
    case 3: { // a tax form: boxes, shaded bands, small print
        int y = m;
        wordLine(t, rng, {m, y + 40}, w / 3, 30, ink);
        cv::rectangle(t, cv::Rect(m + w - 200, y, 200, 60), ink, 3);
        y += 90;
        while (y < t.rows - m - 40) {
            const int h = uniInt(rng, 30, 60);
            if (uniInt(rng, 0, 5) == 0)
                cv::rectangle(t, cv::Rect(m, y, w, h), jitter(rng, cv::Scalar::all(200), 25),
                              cv::FILLED);
            cv::line(t, {m, y + h}, {m + w, y + h}, ink, 1);
            wordLine(t, rng, {m + 10, y + h - 10}, w * uniInt(rng, 3, 6) / 10, fs, ink);
            if (uniInt(rng, 0, 1)) {
                const int bx = m + w - uniInt(rng, 150, 320);
                cv::line(t, {bx, y}, {bx, y + h}, ink, 1);
                cv::rectangle(t, cv::Rect(m + w - 130, y + 5, 120, h - 10), ink, 1);
            }
            y += h;
        }
        cv::rectangle(t, cv::Rect(m, m + 90, w, y - m - 90), ink, 2);
        break;
    }
    case 4: { // a letter: letterhead, address, a few paragraphs, a signature; mostly blank
        wordLine(t, rng, {m, m + 40}, w / 3, 24, jitter(rng, cv::Scalar(120, 60, 30), 60));
        for (int i = 0; i < 4; ++i)
            wordLine(t, rng, {m, m + 160 + i * 28}, w / 3, fs, ink);
        const int body = uniInt(rng, 450, 900);
        wordColumn(t, rng, cv::Rect(m, m + 320, w, body), fs, ink);
        std::vector<cv::Point> sig;
        for (int x = 0; x < 200; x += 8)
            sig.emplace_back(m + 40 + x, m + 380 + body + int(20 * std::sin(x * 0.1)));
        cv::polylines(t, sig, false, jitter(rng, cv::Scalar(140, 40, 20), 40), 3, cv::LINE_AA);
        break;
    }
    default: { // a patent: header, two columns, a line drawing
        wordLine(t, rng, {m, m + 30}, w, 16, ink);
        cv::line(t, {m, m + 50}, {m + w, m + 50}, ink, 2);
        const int top = m + 80, cw = (w - 40) / 2;
        wordColumn(t, rng, cv::Rect(m, top, cw, t.rows - top - m), fs, ink);
        if (uniInt(rng, 0, 1)) {
            const cv::Rect fig(m + cw + 40, top, cw, cw);
            for (int i = 0; i < 8; ++i)
                cv::rectangle(t,
                              cv::Rect(fig.x + uniInt(rng, 0, fig.width / 2),
                                       fig.y + uniInt(rng, 0, fig.height / 2),
                                       uniInt(rng, 40, fig.width / 2),
                                       uniInt(rng, 40, fig.height / 2)),
                              ink, 2);
            wordColumn(t, rng, cv::Rect(m + cw + 40, top + cw + 40, cw, t.rows - top - m - cw - 40),
                       fs, ink);
        } else {
            wordColumn(t, rng, cv::Rect(m + cw + 40, top, cw, t.rows - top - m), fs, ink);
        }
        break;
    }
    }
    return t;
}

// A magazine's cover (210 x 280 mm at 5 px/mm): a coloured ground, a large photo, the title
// in big light letters, a few lines of print.
cv::Mat magazineCover(Rng &rng)
{
    cv::Mat t(1400, 1050, CV_8UC3, jitter(rng, cv::Scalar(uni(rng, 60, 200), 60, 40), 60));
    const int m = uniInt(rng, 20, 60);
    photoBlock(t, rng, cv::Rect(m, uniInt(rng, 220, 320), t.cols - 2 * m, uniInt(rng, 700, 950)));
    const cv::Scalar light = jitter(rng, cv::Scalar(230, 230, 240), 25);
    wordLine(t, rng, {m + 20, m + 150}, t.cols - 2 * m - 40, uniInt(rng, 80, 130), light);
    for (int i = 0; i < uniInt(rng, 2, 6); ++i)
        wordLine(t, rng, {m + 30, t.rows - m - 40 - 50 * i}, uniInt(rng, 200, 600), 26, light);
    return t;
}

// Where an object of radius `r` may lie on the desk without covering the document (centre
// `c`, radius `docR`): a few tries, then anywhere.
cv::Point2d awayFrom(Rng &rng, cv::Size size, cv::Point2d c, double docR, double r)
{
    cv::Point2d p;
    for (int i = 0; i < 30; ++i) {
        p = cv::Point2d(uni(rng, -0.1, 1.1) * size.width, uni(rng, -0.1, 1.1) * size.height);
        if (cv::norm(p - c) > docR + 0.8 * r)
            break;
    }
    return p;
}

// A soft shadow of what `shape` covers, cast down and to the right.
void castShadow(cv::Mat &img, const cv::Mat &shape, double reach, double strength)
{
    const double blur = std::max(1.0, reach);
    const int grow = int(std::ceil(reach * 1.3 + 3 * blur)) + 2;
    const cv::Rect box = cv::boundingRect(shape);
    const cv::Rect roi =
        cv::Rect(box.x - grow, box.y - grow, box.width + 2 * grow, box.height + 2 * grow) &
        cv::Rect(0, 0, img.cols, img.rows);
    if (box.area() <= 0 || roi.area() <= 0)
        return;
    cv::Mat s;
    const cv::Mat shift = (cv::Mat_<double>(2, 3) << 1, 0, reach, 0, 1, reach * 1.3);
    cv::warpAffine(shape(roi), s, shift, roi.size());
    cv::GaussianBlur(s, s, cv::Size(0, 0), blur);
    cv::Mat f, s3;
    img(roi).convertTo(f, CV_32FC3);
    s.convertTo(s, CV_32F, strength / 255);
    cv::merge(std::vector<cv::Mat>{s, s, s}, s3);
    f = f.mul(cv::Scalar::all(1) - s3);
    f.convertTo(img(roi), CV_8UC3);
}

// Things on an office desk, seen from above.
void drawMouse(cv::Mat &img, Rng &rng, cv::Point2d c, double len)
{
    const double a = uni(rng, 0, 180);
    const cv::Size axes(int(len * 0.32), int(len * 0.5));
    cv::Mat shape = cv::Mat::zeros(img.size(), CV_8U);
    cv::ellipse(shape, c, axes, a, 0, 360, cv::Scalar(255), cv::FILLED, cv::LINE_AA);
    castShadow(img, shape, len * 0.06, 0.4);
    const cv::Scalar body = jitter(rng, cv::Scalar(35, 35, 38), 20);
    cv::ellipse(img, c, axes, a, 0, 360, body, cv::FILLED, cv::LINE_AA);
    cv::ellipse(img, c, cv::Size(axes.width / 2, axes.height / 2), a, 0, 360,
                body + cv::Scalar::all(uni(rng, 15, 40)), cv::FILLED, cv::LINE_AA);
}

void drawCup(cv::Mat &img, Rng &rng, cv::Point2d c, double r)
{
    cv::Mat shape = cv::Mat::zeros(img.size(), CV_8U);
    cv::circle(shape, c, int(r), cv::Scalar(255), cv::FILLED, cv::LINE_AA);
    castShadow(img, shape, r * 0.25, 0.45);
    const cv::Scalar white = jitter(rng, cv::Scalar(235, 235, 235), 15);
    const double ha = uni(rng, 0, 2 * CV_PI);
    const cv::Point2d h = c + 1.1 * r * cv::Point2d(std::cos(ha), std::sin(ha));
    cv::circle(img, h, int(r * 0.35), white, std::max(2, int(r * 0.12)), cv::LINE_AA);
    cv::circle(img, c, int(r), white, cv::FILLED, cv::LINE_AA);
    cv::circle(img, c, int(r * 0.85), jitter(rng, cv::Scalar(50, 70, 90), 25), cv::FILLED,
               cv::LINE_AA);
}

void drawFruit(cv::Mat &img, Rng &rng, cv::Point2d c, double r)
{
    cv::Mat shape = cv::Mat::zeros(img.size(), CV_8U);
    cv::circle(shape, c, int(r), cv::Scalar(255), cv::FILLED, cv::LINE_AA);
    castShadow(img, shape, r * 0.3, 0.45);
    const cv::Scalar skin = jitter(rng, cv::Scalar(30, 110, 230), 25);
    for (int i = 6; i > 0; --i)
        cv::circle(img, c - cv::Point2d(r, r) * (0.05 * (6 - i)), int(r * i / 6),
                   skin + cv::Scalar::all(8.0 * (6 - i)), cv::FILLED, cv::LINE_AA);
}

// A marker or a highlighter lying from `a` to `b`.
void drawMarker(cv::Mat &img, Rng &rng, cv::Point2d a, cv::Point2d b, int width)
{
    cv::Mat shape = cv::Mat::zeros(img.size(), CV_8U);
    cv::line(shape, a, b, cv::Scalar(255), width, cv::LINE_AA);
    castShadow(img, shape, width * 0.4, 0.35);
    static const cv::Scalar bodies[] = {
        {235, 235, 235}, {60, 230, 220}, {80, 220, 120}, {40, 40, 40}, {200, 120, 40}};
    cv::line(img, a, b, jitter(rng, bodies[uniInt(rng, 0, 4)], 15), width, cv::LINE_AA);
    cv::line(img, a, a + (b - a) * uni(rng, 0.2, 0.35), jitter(rng, cv::Scalar(40, 40, 40), 20),
             width, cv::LINE_AA);
}

// A cable: a cubic curve from p0 to p3, a thin soft shadow beside it.
void drawCable(cv::Mat &img, Rng &rng, cv::Point2d p0, cv::Point2d p1, cv::Point2d p2,
               cv::Point2d p3, int thick)
{
    std::vector<cv::Point> cable;
    for (int i = 0; i <= 80; ++i) {
        const double t = i / 80.0, m = 1 - t;
        const cv::Point2d b =
            m * m * m * p0 + 3 * m * m * t * p1 + 3 * m * t * t * p2 + t * t * t * p3;
        cable.emplace_back(int(b.x), int(b.y));
    }
    cv::Mat shape = cv::Mat::zeros(img.size(), CV_8U);
    cv::polylines(shape, cable, false, cv::Scalar(255), thick, cv::LINE_AA);
    castShadow(img, shape, thick * 1.5, 0.3);
    cv::polylines(img, cable, false, jitter(rng, cv::Scalar(25, 25, 28), 12), thick, cv::LINE_AA);
}

cv::Mat renderDocumentTemplate(SceneDocument kind, std::uint64_t seed, cv::Size2d *modelSize,
                               int chosenDesign)
{
    Rng rng(seed * 7919 + 17);
    cv::Mat t;
    if (kind == SceneDocument::A4Certificate && chosenDesign >= 3) {
        t = officePage(rng, chosenDesign - 3);
        *modelSize = cv::Size2d(210, 297);
        return t;
    }
    // Each kind comes in several designs: the first is the original Latin-text design, the
    // others are the hall's own documents with Chinese-looking print.
    const int drawn = uniInt(rng, 0, 2);
    const int design = chosenDesign >= 0 ? std::min(chosenDesign, 2) : drawn;
    if (kind == SceneDocument::IdCard && design > 0) {
        // 居民身份证 at 10 px/mm: the portrait side (人像面) or the emblem side (国徽面).
        t.create(540, 856, CV_8UC3);
        const cv::Scalar a = jitter(rng, cv::Scalar(228, 222, 205), 18);
        const cv::Scalar b = jitter(rng, cv::Scalar(215, 232, 225), 18);
        for (int x = 0; x < t.cols; ++x) {
            const double f = double(x) / t.cols;
            cv::line(t, {x, 0}, {x, t.rows}, a * (1 - f) + b * f);
        }
        const cv::Scalar g = jitter(rng, cv::Scalar(205, 190, 175), 20);
        for (int k = 0; k < 24; ++k) {
            std::vector<cv::Point> wave;
            const double ph = uni(rng, 0, 6.28), fr = uni(rng, 0.01, 0.03);
            for (int x = 0; x <= t.cols; x += 6)
                wave.emplace_back(x, int(20 + k * 22 + 10 * std::sin(x * fr + ph)));
            cv::polylines(t, wave, false, g, 1, cv::LINE_AA);
        }
        const cv::Scalar label(150, 110, 60), ink(25, 25, 25);
        if (design == 1) { // 人像面
            const int rows[] = {90, 165, 240, 315};
            for (int r : rows) {
                cjkLine(t, rng, {55, r}, 28, 2, label);
                cjkLine(t, rng, {150, r}, 30, uniInt(rng, 2, 8), ink);
            }
            cjkLine(t, rng, {55, 390}, 30, 9, ink);
            cjkLine(t, rng, {55, 495}, 26, 6, label);
            cv::putText(t, digits(rng, 18), cv::Point(240, 495), cv::FONT_HERSHEY_SIMPLEX, 1.25,
                        ink, 3, cv::LINE_AA);
            const cv::Rect photo(590, 70, 220, 280);
            cv::rectangle(t, photo, jitter(rng, cv::Scalar(235, 235, 235), 15), cv::FILLED);
            cv::ellipse(t, cv::Point(700, 190), cv::Size(62, 80), 0, 0, 360,
                        jitter(rng, cv::Scalar(150, 170, 205), 20), cv::FILLED, cv::LINE_AA);
            cv::ellipse(t, cv::Point(700, 140), cv::Size(70, 48), 0, 180, 360,
                        jitter(rng, cv::Scalar(40, 40, 45), 15), cv::FILLED, cv::LINE_AA);
            cv::ellipse(t, cv::Point(700, 355), cv::Size(108, 85), 0, 180, 360,
                        jitter(rng, cv::Scalar(60, 60, 70), 30), cv::FILLED, cv::LINE_AA);
        } else { // 国徽面
            emblem(t, rng, {140, 150}, 85);
            cjkLine(t, rng, {290, 135}, 44, 7, cv::Scalar(30, 30, 30));
            cjkLine(t, rng, {300, 250}, 64, 5, cv::Scalar(30, 30, 30));
            cjkLine(t, rng, {120, 400}, 26, 4, label);
            cjkLine(t, rng, {260, 400}, 28, 10, ink);
            cjkLine(t, rng, {120, 470}, 26, 4, label);
            cv::putText(t,
                        digits(rng, 4) + "." + digits(rng, 2) + "." + digits(rng, 2) + "-" +
                            digits(rng, 4) + "." + digits(rng, 2) + "." + digits(rng, 2),
                        cv::Point(260, 472), cv::FONT_HERSHEY_SIMPLEX, 1.1, ink, 2, cv::LINE_AA);
        }
        *modelSize = {856, 540};
        return t;
    }
    if (kind != SceneDocument::IdCard && design > 0) {
        const bool landscape = kind == SceneDocument::Licence;
        t.create(landscape ? 1050 : 1485, landscape ? 1485 : 1050, CV_8UC3);
        const cv::Scalar paper =
            jitter(rng, landscape ? cv::Scalar(225, 238, 246) : cv::Scalar(242, 244, 246), 10);
        t.setTo(paper);
        const cv::Scalar ink(30, 30, 35);
        if (landscape) { // 营业执照: ornamental border, emblem, title, fields, QR code, seal
            const cv::Scalar bc = jitter(rng, cv::Scalar(40, 60, 170), 25);
            const int m = uniInt(rng, 30, 60);
            cv::rectangle(t, cv::Rect(m, m, t.cols - 2 * m, t.rows - 2 * m), bc, 14);
            cv::rectangle(t, cv::Rect(m + 24, m + 24, t.cols - 2 * m - 48, t.rows - 2 * m - 48), bc,
                          3);
            for (int x = m + 40; x < t.cols - m - 40; x += 36)
                for (int y : {m + 7, t.rows - m - 7})
                    cv::circle(t, {x, y}, 5, paper, cv::FILLED, cv::LINE_AA);
            emblem(t, rng, {t.cols / 2, m + 120}, 60);
            cjkLine(t, rng, {t.cols / 2 - 270, m + 290}, 100, 4, cv::Scalar(30, 30, 150));
            const int x0 = m + 110;
            for (int r = 0; r < 7; ++r) {
                const int y = m + 400 + r * 70;
                cjkLine(t, rng, {x0, y}, 30, 4, ink);
                cjkLine(t, rng, {x0 + 190, y}, 30, uniInt(rng, 6, 22), ink);
            }
            qrCode(t, rng, cv::Rect(t.cols - m - 260, m + 380, 168, 168));
            seal(t, rng, cv::Point(t.cols - m - 300, t.rows - m - 180), uniInt(rng, 90, 120));
            *modelSize = cv::Size2d(297, 210);
        } else if (design == 1) { // 不动产权证书 page / certificate: title, a table
            cjkLine(t, rng, {t.cols / 2 - 250, 150}, 70, 6, ink);
            const int x0 = 90, x1 = t.cols - 90;
            int y = 230;
            const int rows = uniInt(rng, 9, 14);
            const int rowH = (t.rows - 400) / rows;
            const cv::Scalar line = jitter(rng, cv::Scalar(70, 70, 70), 30);
            cv::rectangle(t, cv::Rect(x0, y, x1 - x0, rows * rowH), line, 3);
            for (int r = 0; r < rows; ++r, y += rowH) {
                if (r)
                    cv::line(t, {x0, y}, {x1, y}, line, 2);
                cjkLine(t, rng, {x0 + 20, y + rowH / 2 + 14}, 28, 4, ink);
                cjkLine(t, rng, {x0 + 260, y + rowH / 2 + 14}, 28, uniInt(rng, 3, 20), ink);
            }
            cv::line(t, {x0 + 230, 230}, {x0 + 230, 230 + rows * rowH}, line, 2);
            seal(t, rng, cv::Point(t.cols - 260, t.rows - 170), uniInt(rng, 80, 110));
            *modelSize = cv::Size2d(210, 297);
        } else { // a letter or form: a coloured header band, paragraphs, no frame
            const cv::Scalar band = jitter(rng, cv::Scalar(150, 90, 30), 60);
            const int bandH = uniInt(rng, 0, 1) ? uniInt(rng, 60, 130) : 0;
            if (bandH)
                cv::rectangle(t, cv::Rect(0, 0, t.cols, bandH), band, cv::FILLED);
            cjkLine(t, rng, {110, bandH + 140}, 52, uniInt(rng, 5, 12), ink);
            cjkBlock(t, rng, cv::Rect(110, bandH + 200, t.cols - 220, t.rows - bandH - 480),
                     uniInt(rng, 22, 32), ink);
            if (uniInt(rng, 0, 1))
                cv::rectangle(t, cv::Rect(110, t.rows - 260, 300, 180),
                              jitter(rng, cv::Scalar(150, 150, 150), 60), cv::FILLED);
            seal(t, rng, cv::Point(t.cols - 250, t.rows - 200), uniInt(rng, 80, 110));
            *modelSize = cv::Size2d(210, 297);
        }
        return t;
    }
    if (kind == SceneDocument::IdCard) {
        // ID-1, 85.6 x 54 mm at 10 px/mm: a pale printed background with fine guilloche
        // lines, a photo, an emblem and text.
        t.create(540, 856, CV_8UC3);
        const cv::Scalar a = jitter(rng, cv::Scalar(225, 215, 200), 25);
        const cv::Scalar b = jitter(rng, cv::Scalar(235, 235, 225), 20);
        for (int y = 0; y < t.rows; ++y) {
            const double f = double(y) / t.rows;
            cv::line(t, {0, y}, {t.cols, y}, a * (1 - f) + b * f);
        }
        const cv::Scalar g = jitter(rng, cv::Scalar(200, 180, 170), 30);
        for (int k = 0; k < 14; ++k) {
            std::vector<cv::Point> wave;
            const double ph = uni(rng, 0, 6.28);
            for (int x = 0; x <= t.cols; x += 8)
                wave.emplace_back(x, int(40 + k * 35 + 14 * std::sin(x * 0.02 + ph)));
            cv::polylines(t, wave, false, g, 1, cv::LINE_AA);
        }
        const cv::Rect photo(600, 110, 200, 250);
        cv::rectangle(t, photo, jitter(rng, cv::Scalar(215, 210, 205), 20), cv::FILLED);
        cv::ellipse(t, cv::Point(700, 215), cv::Size(60, 78), 0, 0, 360,
                    jitter(rng, cv::Scalar(150, 170, 205), 20), cv::FILLED, cv::LINE_AA);
        cv::ellipse(t, cv::Point(700, 380), cv::Size(105, 90), 0, 180, 360,
                    jitter(rng, cv::Scalar(60, 60, 70), 30), cv::FILLED, cv::LINE_AA);
        textBlock(t, rng, cv::Rect(60, 70, 480, 330), uni(rng, 24, 30), cv::Scalar(30, 30, 30));
        cv::putText(t, randomText(rng, 18), cv::Point(60, 480), cv::FONT_HERSHEY_DUPLEX, 1.3,
                    cv::Scalar(20, 20, 20), 2, cv::LINE_AA);
        *modelSize = {856, 540};
    } else {
        const bool landscape = kind == SceneDocument::Licence;
        // A4 (210 x 297 mm) at 5 px/mm; the licence in landscape (A3/A4 ratio √2).
        t.create(landscape ? 1050 : 1485, landscape ? 1485 : 1050, CV_8UC3);
        t.setTo(jitter(rng, landscape ? cv::Scalar(215, 235, 245) : cv::Scalar(240, 243, 245), 12));
        const bool border = landscape || uniInt(rng, 0, 2) > 0;
        const int m = uniInt(rng, 35, 70);
        if (border) {
            const cv::Scalar bc = uniInt(rng, 0, 1) ? cv::Scalar(60, 60, 170)
                                                    : jitter(rng, cv::Scalar(60, 110, 150), 40);
            cv::rectangle(t, cv::Rect(m, m, t.cols - 2 * m, t.rows - 2 * m), bc, 8);
            cv::rectangle(t, cv::Rect(m + 16, m + 16, t.cols - 2 * m - 32, t.rows - 2 * m - 32), bc,
                          2);
        }
        const int in = m + 60;
        cv::putText(t, randomText(rng, 10), cv::Point(t.cols / 2 - 260, in + 60),
                    cv::FONT_HERSHEY_DUPLEX, 2.2, cv::Scalar(30, 30, 40), 4, cv::LINE_AA);
        textBlock(t, rng, cv::Rect(in, in + 130, t.cols - 2 * in, t.rows - 2 * in - 330),
                  uni(rng, 22, 34), cv::Scalar(35, 35, 35));
        if (landscape) {
            cv::Rect qr(t.cols - in - 170, t.rows - in - 200, 150, 150);
            for (int y = 0; y < 15; ++y)
                for (int x = 0; x < 15; ++x)
                    if (uniInt(rng, 0, 1))
                        cv::rectangle(t, cv::Rect(qr.x + 10 * x, qr.y + 10 * y, 10, 10),
                                      cv::Scalar(20, 20, 20), cv::FILLED);
            cv::circle(t, cv::Point(t.cols / 2, in + 10), 45, cv::Scalar(40, 40, 200), cv::FILLED,
                       cv::LINE_AA);
        }
        seal(t, rng, cv::Point(t.cols - in - 150, t.rows - in - 120), uniInt(rng, 80, 120));
        *modelSize = landscape ? cv::Size2d(297, 210) : cv::Size2d(210, 297);
    }
    return t;
}

cv::Mat renderBackground(SceneBackground kind, cv::Size size, std::uint64_t seed)
{
    Rng rng(seed * 104729 + 3);
    cv::Mat bg(size, CV_8UC3);
    // Sizes in pixels are for a 1080-line frame; a smaller frame (the network's training
    // scenes) is the same scene seen smaller.
    const double px = size.height / 1080.0;
    auto counter = [&](cv::Mat &img) {
        static const cv::Scalar palette[] = {{200, 200, 200}, {170, 190, 205}, {90, 90, 95},
                                             {120, 130, 110}, {215, 220, 225}, {60, 70, 90},
                                             {150, 150, 160}, {110, 100, 95}};
        const cv::Scalar base = jitter(rng, palette[uniInt(rng, 0, 7)], 15);
        img.setTo(base);
        cv::Mat n = smoothNoise(rng, size, 24);
        cv::Mat tex;
        n.convertTo(tex, CV_32F, uni(rng, 3, 10));
        cv::Mat f;
        img.convertTo(f, CV_32FC3);
        std::vector<cv::Mat> c;
        cv::split(f, c);
        for (cv::Mat &ch : c)
            ch += tex;
        cv::merge(c, f);
        f.convertTo(img, CV_8UC3);
    };
    auto wood = [&](cv::Mat &img) {
        const cv::Size ls(size.width / 4, size.height / 4);
        cv::Mat turb = smoothNoise(rng, ls, 6) * uni(rng, 20, 60) + smoothNoise(rng, ls, 30) * 4;
        const double ang = uni(rng, 0, CV_PI);
        const double ca = std::cos(ang), sa = std::sin(ang);
        const double freq = uni(rng, 0.15, 0.5);
        const cv::Vec3f dark(float(uni(rng, 30, 60)), float(uni(rng, 60, 90)),
                             float(uni(rng, 100, 140)));
        const cv::Vec3f light(float(uni(rng, 90, 140)), float(uni(rng, 140, 180)),
                              float(uni(rng, 180, 220)));
        cv::Mat low(ls, CV_32FC3);
        for (int y = 0; y < ls.height; ++y)
            for (int x = 0; x < ls.width; ++x) {
                const double u = x * sa - y * ca + turb.at<float>(y, x);
                const double v = 0.5 + 0.5 * std::sin(u * freq);
                const float w = float(std::pow(v, 3.0));
                low.at<cv::Vec3f>(y, x) = dark * w + light * (1 - w);
            }
        cv::Mat full;
        cv::resize(low, full, size, 0, 0, cv::INTER_LINEAR);
        // Fine streaks along the grain.
        cv::Mat streak(size, CV_32F);
        // A local generator: cv::randn would draw on OpenCV's global one, and a scene would
        // then depend on which scenes were rendered before it.
        cv::RNG streakRng(rng());
        streakRng.fill(streak, cv::RNG::NORMAL, 0, 12);
        const int kr = std::max(2, int(20 * px)), kn = 2 * kr + 1;
        cv::Mat k = cv::getGaussianKernel(kn, 12 * px, CV_32F);
        cv::Mat kernel = cv::Mat::zeros(kn, kn, CV_32F);
        for (int i = 0; i < kn; ++i) {
            const int x = int(std::lround(kr + (i - kr) * sa));
            const int y = int(std::lround(kr - (i - kr) * ca));
            kernel.at<float>(y, x) += k.at<float>(i);
        }
        cv::filter2D(streak, streak, -1, kernel);
        std::vector<cv::Mat> c;
        cv::split(full, c);
        for (cv::Mat &ch : c)
            ch += streak * 2.5;
        cv::merge(c, full);
        full.convertTo(img, CV_8UC3);
    };
    // A patterned tablecloth: checks, stripes or dots at any angle, with soft folds.
    auto cloth = [&](cv::Mat &img) {
        const int pattern = uniInt(rng, 0, 2);
        const double ang = uni(rng, 0, CV_PI);
        const double ca = std::cos(ang), sa = std::sin(ang);
        const double period = uni(rng, 18, 70) * px;
        const cv::Vec3f c0 = cv::Vec3f(float(uni(rng, 120, 240)), float(uni(rng, 120, 240)),
                                       float(uni(rng, 120, 240)));
        const cv::Vec3f c1 =
            cv::Vec3f(float(uni(rng, 20, 160)), float(uni(rng, 20, 160)), float(uni(rng, 20, 160)));
        const double duty = uni(rng, 0.2, 0.5);
        cv::Mat folds = smoothNoise(rng, size, 5);
        cv::Mat f(size, CV_32FC3);
        for (int y = 0; y < size.height; ++y)
            for (int x = 0; x < size.width; ++x) {
                const double u = (x * ca + y * sa) / period, v = (-x * sa + y * ca) / period;
                const double fu = u - std::floor(u), fv = v - std::floor(v);
                float w = 0;
                if (pattern == 0) // checks (gingham): the two stripe sets add up
                    w = 0.5f * float(fu < duty) + 0.5f * float(fv < duty);
                else if (pattern == 1) // stripes
                    w = float(fu < duty);
                else // dots
                    w = float((fu - 0.5) * (fu - 0.5) + (fv - 0.5) * (fv - 0.5) < duty * duty);
                const float shade = 1.0f + 0.18f * folds.at<float>(y, x);
                f.at<cv::Vec3f>(y, x) = (c0 * (1 - w) + c1 * w) * shade;
            }
        f.convertTo(img, CV_8UC3);
        cv::GaussianBlur(img, img, cv::Size(0, 0), 0.8 * px);
    };
    // A dark glossy desk: near black, fine speckle, soft reflections of the hall's lights.
    auto dark = [&](cv::Mat &img) {
        const cv::Scalar base = jitter(rng, cv::Scalar(35, 33, 32), 15);
        cv::Mat f(size, CV_32FC3, base);
        cv::Mat refl = smoothNoise(rng, size, 4);
        cv::Mat speck(size, CV_32F);
        cv::RNG r(rng());
        r.fill(speck, cv::RNG::NORMAL, 0, 3);
        const double gloss = uni(rng, 10, 40);
        std::vector<cv::Mat> c;
        cv::split(f, c);
        for (cv::Mat &ch : c)
            ch += cv::max(refl, 0) * gloss + speck;
        cv::merge(c, f);
        // A window or lamp reflected as a soft bright band.
        if (uniInt(rng, 0, 1)) {
            cv::Mat band = cv::Mat::zeros(size, CV_32F);
            const cv::RotatedRect rr(
                cv::Point2f(float(uni(rng, 0, size.width)), float(uni(rng, 0, size.height))),
                cv::Size2f(float(size.width * uni(rng, 0.1, 0.3)),
                           float(size.height * uni(rng, 0.6, 1.5))),
                float(uni(rng, 0, 180)));
            cv::Point2f p[4];
            rr.points(p);
            std::vector<cv::Point> poly(p, p + 4);
            cv::fillConvexPoly(band, poly, cv::Scalar(uni(rng, 25, 70)));
            cv::GaussianBlur(band, band, cv::Size(0, 0), 30 * px);
            cv::split(f, c);
            for (cv::Mat &ch : c)
                ch += band;
            cv::merge(c, f);
        }
        f.convertTo(img, CV_8UC3);
    };
    // A pale desk like the paper on it (SmartDoc's hardest background): pinkish or grey white,
    // a keyboard or a mouse at the edge, loose white sheets.
    auto papers = [&](cv::Mat &img) {
        const cv::Scalar base = jitter(
            rng, uniInt(rng, 0, 1) ? cv::Scalar(200, 200, 215) : cv::Scalar(205, 208, 210), 12);
        img.setTo(base);
        cv::Mat n = smoothNoise(rng, size, 16);
        cv::Mat f;
        img.convertTo(f, CV_32FC3);
        std::vector<cv::Mat> c;
        cv::split(f, c);
        for (cv::Mat &ch : c)
            ch += n * uni(rng, 2, 6);
        cv::merge(c, f);
        f.convertTo(img, CV_8UC3);
        const int sheets = uniInt(rng, 1, 3);
        for (int i = 0; i < sheets; ++i) {
            const cv::Point c0(uniInt(rng, 0, size.width), uniInt(rng, 0, size.height));
            const float s = float(size.height * uni(rng, 0.3, 0.6));
            const cv::RotatedRect r(c0, cv::Size2f(s, s * 1.41f), float(uni(rng, 0, 180)));
            cv::Point2f p[4];
            r.points(p);
            std::vector<cv::Point> poly(p, p + 4);
            const double grey = uni(rng, 215, 245);
            cv::fillConvexPoly(img, poly, jitter(rng, cv::Scalar::all(grey), 4), cv::LINE_AA);
        }
        if (uniInt(rng, 0, 1)) { // a keyboard along one edge
            const int h = size.height / 5;
            const cv::Rect k(uniInt(rng, -size.width / 4, size.width / 2),
                             uniInt(rng, 0, 1) ? size.height - h + 10 : -10, size.width / 2, h);
            cv::rectangle(img, k, jitter(rng, cv::Scalar(45, 45, 50), 10), cv::FILLED);
            const int key = std::max(4, int(24 * px)), pitch = std::max(5, int(30 * px));
            for (int y = k.y + 8; y < k.y + k.height - 24; y += pitch)
                for (int x = k.x + 8; x < k.x + k.width - 24; x += pitch) {
                    cv::rectangle(img, cv::Rect(x, y, key, key), cv::Scalar(70, 70, 75),
                                  cv::FILLED);
                    cv::putText(img, std::string(1, char('A' + uniInt(rng, 0, 25))),
                                cv::Point(x + key / 4, y + key * 3 / 4), cv::FONT_HERSHEY_PLAIN, px,
                                cv::Scalar(200, 200, 200), 1, cv::LINE_AA);
                }
        }
    };
    // An office desk (SmartDoc's background 05): a pale top, pinkish, grey or cream, with a
    // faint texture; sometimes a monitor's foot or a keyboard at the frame's edge.
    auto officeDesk = [&](cv::Mat &img) {
        static const cv::Scalar tops[] = {
            {214, 208, 226}, {205, 207, 209}, {196, 214, 226}, {225, 225, 228}};
        img.setTo(jitter(rng, tops[uniInt(rng, 0, 3)], 10));
        cv::Mat n = smoothNoise(rng, size, 20);
        cv::Mat f;
        img.convertTo(f, CV_32FC3);
        std::vector<cv::Mat> c;
        cv::split(f, c);
        for (cv::Mat &ch : c)
            ch += n * uni(rng, 1, 4);
        cv::merge(c, f);
        f.convertTo(img, CV_8UC3);
        if (uniInt(rng, 0, 1)) { // something dark at one edge
            const int w = size.width, h = size.height;
            const cv::Point2d at(uniInt(rng, 0, 1) ? uni(rng, 0.6, 1.0) * w : uni(rng, 0, 0.4) * w,
                                 uniInt(rng, 0, 1) ? 0 : h);
            const cv::RotatedRect r(
                at, cv::Size2f(float(w * uni(rng, 0.15, 0.4)), float(h * uni(rng, 0.1, 0.3))),
                float(uni(rng, -30, 30)));
            cv::Point2f p[4];
            r.points(p);
            std::vector<cv::Point> poly(p, p + 4);
            cv::fillConvexPoly(img, poly, jitter(rng, cv::Scalar(30, 30, 32), 12), cv::LINE_AA);
        }
    };
    if (kind == SceneBackground::Office)
        officeDesk(bg);
    else if (kind == SceneBackground::Wood)
        wood(bg);
    else if (kind == SceneBackground::Cloth)
        cloth(bg);
    else if (kind == SceneBackground::DarkDesk)
        dark(bg);
    else if (kind == SceneBackground::Papers)
        papers(bg);
    else
        counter(bg);
    if (kind == SceneBackground::Clutter) {
        if (uniInt(rng, 0, 1))
            wood(bg);
        const int objects = uniInt(rng, 8, 16);
        for (int i = 0; i < objects; ++i) {
            const cv::Point c(uniInt(rng, 0, size.width), uniInt(rng, 0, size.height));
            const int s = uniInt(rng, size.height / 12, size.height / 4);
            switch (uniInt(rng, 0, 5)) {
            case 0: // a sheet of paper with text
            case 1: {
                const cv::RotatedRect r(c, cv::Size2f(float(s), float(s * 1.4)),
                                        float(uni(rng, 0, 180)));
                cv::Point2f p[4];
                r.points(p);
                std::vector<cv::Point> poly(p, p + 4);
                cv::fillConvexPoly(bg, poly, jitter(rng, cv::Scalar(225, 228, 230), 25),
                                   cv::LINE_AA);
                for (int l = 0; l < 8; ++l) {
                    const double f = 0.15 + 0.08 * l;
                    const cv::Point2f a = p[1] + (p[0] - p[1]) * f + (p[2] - p[1]) * 0.15f;
                    const cv::Point2f b = a + (p[2] - p[1]) * 0.6f;
                    cv::line(bg, a, b, cv::Scalar(80, 80, 80), 2, cv::LINE_AA);
                }
                break;
            }
            case 2: // a cup
                cv::circle(bg, c, s / 3, jitter(rng, cv::Scalar(180, 180, 180), 70), cv::FILLED,
                           cv::LINE_AA);
                cv::circle(bg, c, s / 4, jitter(rng, cv::Scalar(60, 80, 100), 40), cv::FILLED,
                           cv::LINE_AA);
                break;
            case 3: // a pen
                cv::line(bg, c, c + cv::Point(int(s * std::cos(i)), int(s * std::sin(i * 1.7))),
                         jitter(rng, cv::Scalar(100, 60, 160), 90),
                         std::max(1, int(uniInt(rng, 6, 14) * px)), cv::LINE_AA);
                break;
            case 4: { // a keyboard-like grid
                const cv::Rect r(c.x, c.y, s * 2, s / 2);
                cv::rectangle(bg, r, cv::Scalar(40, 40, 45), cv::FILLED);
                const int key = std::max(4, int(20 * px)), pitch = std::max(5, int(26 * px));
                for (int y = r.y + 6; y < r.y + r.height - 20; y += pitch)
                    for (int x = r.x + 6; x < r.x + r.width - 20; x += pitch)
                        cv::rectangle(bg, cv::Rect(x, y, key, key), cv::Scalar(70, 70, 75),
                                      cv::FILLED);
                break;
            }
            default: { // a phone or a box
                const cv::RotatedRect r(c, cv::Size2f(float(s * 0.5), float(s)),
                                        float(uni(rng, 0, 180)));
                cv::Point2f p[4];
                r.points(p);
                std::vector<cv::Point> poly(p, p + 4);
                cv::fillConvexPoly(bg, poly, jitter(rng, cv::Scalar(60, 60, 60), 60), cv::LINE_AA);
                break;
            }
            }
        }
    }
    return bg;
}

Quad placeDocument(cv::Mat &bg, const cv::Mat &tmpl, const Quad &corners, double shadowFactor)
{
    const float w = float(tmpl.cols), h = float(tmpl.rows);
    // Pixel centres: the template's outer boundary is half a pixel outside its first and
    // last pixel centres.
    const std::vector<cv::Point2f> src = {
        {-0.5f, -0.5f}, {w - 0.5f, -0.5f}, {w - 0.5f, h - 0.5f}, {-0.5f, h - 0.5f}};
    std::vector<cv::Point2f> dst;
    for (const cv::Point2d &p : corners)
        dst.emplace_back(float(p.x), float(p.y));
    const cv::Mat H = cv::getPerspectiveTransform(src, dst);

    cv::Mat mask(tmpl.size(), CV_8U, cv::Scalar(255));
    if (tmpl.cols == 856) { // ID-1 card: rounded corners (3.18 mm)
        mask.setTo(0);
        const int r = 32;
        cv::rectangle(mask, cv::Rect(r, 0, tmpl.cols - 2 * r, tmpl.rows), 255, cv::FILLED);
        cv::rectangle(mask, cv::Rect(0, r, tmpl.cols, tmpl.rows - 2 * r), 255, cv::FILLED);
        for (cv::Point c :
             {cv::Point(r, r), cv::Point(tmpl.cols - r - 1, r),
              cv::Point(tmpl.cols - r - 1, tmpl.rows - r - 1), cv::Point(r, tmpl.rows - r - 1)})
            cv::circle(mask, c, r, 255, cv::FILLED, cv::LINE_AA);
    }
    // The template's colours up to its boundary (its own edge pixels repeated beyond it): the
    // share of a boundary pixel the document covers is the alpha's alone. Warped over a black
    // border, a boundary pixel came out darkened by the black and then again by the alpha, a
    // dark rim round every document that a real one does not have (a page on sheets of the
    // same paper showed as a thin dark line).
    cv::Mat warped, alpha;
    cv::warpPerspective(tmpl, warped, H, bg.size(), cv::INTER_AREA, cv::BORDER_REPLICATE);
    cv::warpPerspective(mask, alpha, H, bg.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT);
    // Soft shadow below and to the side.
    cv::Mat shadow;
    const double px = bg.rows / 1080.0;
    const double reach = px * shadowFactor;
    const cv::Mat shift = (cv::Mat_<double>(2, 3) << 1, 0, 6 * reach, 0, 1, 8 * reach);
    cv::warpAffine(alpha, shadow, shift, alpha.size());
    cv::GaussianBlur(shadow, shadow, cv::Size(0, 0), 7 * px * std::max(0.15, shadowFactor));
    cv::Mat f, wf, af, sf;
    bg.convertTo(f, CV_32FC3);
    warped.convertTo(wf, CV_32FC3);
    alpha.convertTo(af, CV_32F, 1.0 / 255);
    shadow.convertTo(sf, CV_32F, 0.35 * shadowFactor / 255);
    cv::Mat a3, s3;
    cv::merge(std::vector<cv::Mat>{af, af, af}, a3);
    cv::merge(std::vector<cv::Mat>{sf, sf, sf}, s3);
    f = f.mul(cv::Scalar::all(1) - s3);
    f = f.mul(cv::Scalar::all(1) - a3) + wf.mul(a3);
    f.convertTo(bg, CV_8UC3);
    return corners;
}

namespace {
// Round the page on an office desk: a magazine, a mouse, a cup, fruit, kept off the page
// (centre `centre`, size `side`) when there is one.
void officeThings(cv::Mat &img, Rng &rng, cv::Point2d centre, double side)
{
    const cv::Size size = img.size();
    const double docR = 0.6 * side;
    const double hgt = size.height;
    if (uniInt(rng, 0, 9) < 7) {
        const cv::Mat mag = magazineCover(rng);
        const double ms = side * uni(rng, 0.8, 1.2);
        const cv::Point2d mc = awayFrom(rng, size, centre, docR, ms * 0.6);
        const double a = uni(rng, -0.5, 0.5);
        const cv::Point2d half[4] = {{-ms * 0.375, -ms / 2},
                                     {ms * 0.375, -ms / 2},
                                     {ms * 0.375, ms / 2},
                                     {-ms * 0.375, ms / 2}};
        Quad mq;
        for (int k = 0; k < 4; ++k)
            mq[size_t(k)] = mc + cv::Point2d(half[k].x * std::cos(a) - half[k].y * std::sin(a),
                                             half[k].x * std::sin(a) + half[k].y * std::cos(a));
        placeDocument(img, mag, mq, uni(rng, 0.3, 0.8));
    }
    if (uniInt(rng, 0, 1))
        drawMouse(img, rng, awayFrom(rng, size, centre, docR, hgt * 0.08),
                  hgt * uni(rng, 0.13, 0.18));
    if (uniInt(rng, 0, 1))
        drawCup(img, rng, awayFrom(rng, size, centre, docR, hgt * 0.1), hgt * uni(rng, 0.07, 0.11));
    if (uniInt(rng, 0, 2) == 0)
        drawFruit(img, rng, awayFrom(rng, size, centre, docR, hgt * 0.05),
                  hgt * uni(rng, 0.03, 0.05));
}

// Cables across the desk, more often than not across the page.
void officeCables(cv::Mat &img, Rng &rng, cv::Point2d centre, double side)
{
    const double w = img.cols, hgt = img.rows;
    for (int i = uniInt(rng, 0, 2); i > 0; --i) {
        const bool across = uniInt(rng, 0, 9) < 6;
        const cv::Point2d p0(uni(rng, -0.1, 1.1) * w, uniInt(rng, 0, 1) ? -20 : hgt + 20);
        const cv::Point2d p3(uni(rng, -0.1, 1.1) * w, p0.y < 0 ? hgt + 20 : -20);
        const cv::Point2d via =
            across ? centre + cv::Point2d(uni(rng, -0.4, 0.4), uni(rng, -0.4, 0.4)) * side
                   : cv::Point2d(uni(rng, 0, w), uni(rng, 0, hgt));
        const cv::Point2d p1 =
            via + cv::Point2d(uni(rng, -0.3, 0.3) * w, uni(rng, -0.2, 0.2) * hgt);
        const cv::Point2d p2 =
            via + cv::Point2d(uni(rng, -0.3, 0.3) * w, uni(rng, -0.2, 0.2) * hgt);
        drawCable(img, rng, p0, p1, p2, p3, std::max(2, int(hgt * uni(rng, 0.004, 0.01))));
    }
}

// The form on the counter under the document (SceneBackground::Form), drawn from its own
// generator (the rest of the scene as on the counter): under an ID card a printed A4 page, the
// card anywhere on it and a little turned (or across it); under a certificate or a licence
// another printed sheet of about its size, shifted and turned a little, so that the
// document's sides run over print for part of their length. The page lies in the document's
// plane (the same perspective) and may run out of the frame. Answers the document's shadow.
double placeFormUnder(cv::Mat &img, const cv::Mat &tmpl, const Quad &q, const SceneSpec &spec)
{
    Rng rng(spec.seed * 2862933555777941757ULL + 3037000493ULL);
    const double w = tmpl.cols, h = tmpl.rows;
    const bool card = spec.document == SceneDocument::IdCard;
    // The page in the document's template pixels: its size, where the document's centre lies
    // on it (share of its sides) and how it is turned against the document.
    const double pw = card ? w * 210.0 / 85.6 : w * uni(rng, 1.0, 1.08);
    const double ph = card ? w * 297.0 / 85.6 : h * uni(rng, 1.0, 1.08);
    const double u = card ? uni(rng, 0.28, 0.72) : 0.5 + uni(rng, -0.08, 0.08);
    const double v = card ? uni(rng, 0.22, 0.78) : 0.5 + uni(rng, -0.08, 0.08);
    double turn = (card ? uni(rng, -20, 20) : uni(rng, -8, 8)) * CV_PI / 180;
    if (card && uniInt(rng, 0, 3) == 0)
        turn += CV_PI / 2;
    const cv::Point2d centre(w / 2, h / 2);
    std::vector<cv::Point2f> page;
    for (const cv::Point2d &p :
         {cv::Point2d(0, 0), cv::Point2d(pw, 0), cv::Point2d(pw, ph), cv::Point2d(0, ph)}) {
        const cv::Point2d d = p - cv::Point2d(u * pw, v * ph);
        const cv::Point2d r(d.x * std::cos(turn) - d.y * std::sin(turn),
                            d.x * std::sin(turn) + d.y * std::cos(turn));
        page.emplace_back(centre + r);
    }
    const std::vector<cv::Point2f> src = {
        {0, 0}, {float(w), 0}, {float(w), float(h)}, {0, float(h)}};
    std::vector<cv::Point2f> dst;
    for (const cv::Point2d &p : q)
        dst.emplace_back(float(p.x), float(p.y));
    const cv::Mat H = cv::getPerspectiveTransform(src, dst);
    // The plane's horizon: a page reaching past it has no image (a strong tilt); it is then
    // left out rather than drawn folded.
    Quad sheet;
    for (size_t k = 0; k < 4; ++k) {
        const double x = page[k].x, y = page[k].y;
        const double z = H.at<double>(2, 0) * x + H.at<double>(2, 1) * y + H.at<double>(2, 2);
        if (z <= 0.05)
            return uni(rng, 0.2, 0.8);
        sheet[k] =
            cv::Point2d((H.at<double>(0, 0) * x + H.at<double>(0, 1) * y + H.at<double>(0, 2)) / z,
                        (H.at<double>(1, 0) * x + H.at<double>(1, 1) * y + H.at<double>(1, 2)) / z);
    }
    if (!isConvex(sheet))
        return uni(rng, 0.2, 0.8);
    const cv::Mat printed = officePage(rng, uniInt(rng, 0, 5));
    placeDocument(img, printed, sheet, uni(rng, 0.2, 0.8));
    return uni(rng, 0.05, 0.3);
}

} // namespace

Scene renderScene(const SceneSpec &spec)
{
    Rng rng(spec.seed * 2654435761ULL + 11);
    const double px = spec.size.height / 1080.0; // sizes in pixels are for 1080 lines
    Scene scene;
    scene.spec = spec;
    cv::Mat img = renderBackground(spec.background, spec.size, rng());

    if (spec.document != SceneDocument::None) {
        cv::Size2d model;
        const std::uint64_t tmplSeed = rng();
        // The design: as the seed chooses (the first generator), or on the office desk an
        // office page most of the time, or any (the network's training scenes).
        int design = spec.design;
        const bool office = spec.background == SceneBackground::Office;
        const int designs = spec.document == SceneDocument::A4Certificate ? kA4Designs : 3;
        if (design == -2)
            design = uniInt(rng, 0, designs - 1);
        else if (design == -1 && office && spec.document == SceneDocument::A4Certificate)
            design = uniInt(rng, 0, 9) < 7 ? uniInt(rng, 3, kA4Designs - 1) : -1;
        const cv::Mat tmpl = renderDocumentTemplate(spec.document, tmplSeed, &model, design);
        scene.modelWidth = model.width;
        scene.modelHeight = model.height;
        // Footprint: 8-40 % of the frame, any rotation, a perspective tilt, fully inside. A
        // document camera high above the desk sees it small and square on; a camera held at
        // an angle sees it strongly foreshortened.
        const double frameArea = double(spec.size.area());
        const double aspect = model.width / model.height;
        const bool small = spec.condition == SceneCondition::SmallTopDown;
        const bool steep = spec.condition == SceneCondition::Perspective;
        const bool handheld = spec.condition == SceneCondition::Handheld;
        // A phone filming a page, or a page in the middle of an office desk: the document in
        // the middle of the view, large, nearly upright.
        const bool centred = handheld || office;
        const bool card = spec.document == SceneDocument::IdCard;
        const double areaLo = small ? (card ? 0.025 : 0.06) : centred ? (card ? 0.08 : 0.15) : 0.08;
        const double areaHi = small ? (card ? 0.06 : 0.12) : centred ? (card ? 0.3 : 0.42) : 0.40;
        Quad q;
        for (int attempt = 0; attempt < 100; ++attempt) {
            const double area = frameArea * uni(rng, areaLo, areaHi);
            const double dw = std::sqrt(area * aspect), dh = std::sqrt(area / aspect);
            double ang = uni(rng, 0, 2 * CV_PI);
            const double tilt = (small ? 0.015 : 0.12) * std::min(dw, dh);
            cv::Point2d centre(uni(rng, 0, spec.size.width), uni(rng, 0, spec.size.height));
            if (centred) {
                centre.x = spec.size.width * (0.5 + 0.35 * (centre.x / spec.size.width - 0.5));
                centre.y = spec.size.height * (0.5 + 0.35 * (centre.y / spec.size.height - 0.5));
                const double quarter = std::round(ang / (CV_PI / 2)) * (CV_PI / 2);
                ang = quarter + (ang - quarter) * 0.4;
            }
            const cv::Point2d base[4] = {
                {-dw / 2, -dh / 2}, {dw / 2, -dh / 2}, {dw / 2, dh / 2}, {-dw / 2, dh / 2}};
            // Strong perspective: the page turned 25-45 degrees about an axis in its plane and
            // seen through a pinhole camera (focal length about the frame's width).
            const double axis = uni(rng, 0, CV_PI);
            const double theta = (handheld ? uni(rng, 8, 25) : uni(rng, 25, 45)) * CV_PI / 180;
            const double focal = spec.size.width * uni(rng, 0.7, 1.3);
            cv::Point2d jitterOf[4];
            for (cv::Point2d &j : jitterOf)
                j = cv::Point2d(uni(rng, -tilt, tilt), uni(rng, -tilt, tilt));
            // SceneSpec::pinhole: the first two draws give the small tilt's axis and angle.
            const bool tilted = steep || handheld || spec.pinhole;
            const double tiltAxis =
                steep || handheld ? axis : (jitterOf[0].x / tilt + 1) * CV_PI / 2;
            const double tiltAngle =
                steep || handheld ? theta
                                  : std::abs(jitterOf[0].y / tilt) * (small ? 3 : 15) * CV_PI / 180;
            const cv::Vec3d tu(std::cos(tiltAxis), std::sin(tiltAxis), 0);
            bool inside = true;
            for (int i = 0; i < 4; ++i) {
                const cv::Point2d p = spec.pinhole ? base[i] : base[i] + jitterOf[i];
                cv::Point2d r(p.x * std::cos(ang) - p.y * std::sin(ang),
                              p.x * std::sin(ang) + p.y * std::cos(ang));
                if (tilted) {
                    const cv::Vec3d v(r.x, r.y, 0);
                    const cv::Vec3d w = v * std::cos(tiltAngle) +
                                        tu.cross(v) * std::sin(tiltAngle) +
                                        tu * (tu.dot(v)) * (1 - std::cos(tiltAngle));
                    // SceneSpec::pinhole: the camera's axis through the frame's centre (the
                    // page off it is seen a little from the side); otherwise through the
                    // page's centre (the sets measured before).
                    const cv::Point2d axisOff =
                        spec.pinhole
                            ? centre - cv::Point2d(spec.size.width / 2.0, spec.size.height / 2.0)
                            : cv::Point2d();
                    r = (axisOff + cv::Point2d(w[0], w[1])) * (focal / (focal + w[2])) - axisOff;
                }
                q[size_t(i)] = centre + r;
                const cv::Point2d &c = q[size_t(i)];
                if (c.x < 12 || c.y < 12 || c.x > spec.size.width - 13 ||
                    c.y > spec.size.height - 13)
                    inside = false;
            }
            if (inside && isConvex(q))
                break;
            if (attempt == 99) { // fall back to a centred, smaller document
                for (int i = 0; i < 4; ++i)
                    q[size_t(i)] =
                        cv::Point2d(spec.size.width / 2.0, spec.size.height / 2.0) + base[i] * 0.6;
            }
        }
        // A third of the frames see past the desk: its straight front edge near one side of
        // the frame, the floor or the wall beyond (never under the document). Drawn from its
        // own generator, so that the rest of the scene does not change with it.
        {
            Rng edgeRng(spec.seed * 6364136223846793005ULL + 1442695040888963407ULL);
            if (spec.condition != SceneCondition::SmallTopDown && uni(edgeRng, 0, 1) < 0.35) {
                const int side = uniInt(edgeRng, 0, 3); // top, right, bottom, left
                const cv::Rect box = cv::boundingRect(std::vector<cv::Point2f>{
                    cv::Point2f(q[0]), cv::Point2f(q[1]), cv::Point2f(q[2]), cv::Point2f(q[3])});
                const double w = spec.size.width, h = spec.size.height;
                // Room between the document and that side of the frame.
                const double room = side == 0   ? box.y
                                    : side == 1 ? w - box.br().x
                                    : side == 2 ? h - box.br().y
                                                : box.x;
                const double depth =
                    std::min(room - 15, uni(edgeRng, 0.04, 0.3) * (side % 2 ? w : h));
                const double slope = uni(edgeRng, -0.08, 0.08);
                if (depth > 10) {
                    // The edge line: at `depth` from the side, tilted by `slope` (but never
                    // closer to the document than 15 px, checked at both ends).
                    std::vector<cv::Point> beyond;
                    auto at = [&](double t) { // t along the side, 0..1
                        const double d =
                            std::max(2.0, depth + slope * ((t - 0.5) * (side % 2 ? h : w)));
                        switch (side) {
                        case 0:
                            return cv::Point2d(t * w, std::min(d, room - 15));
                        case 1:
                            return cv::Point2d(w - std::min(d, room - 15), t * h);
                        case 2:
                            return cv::Point2d(t * w, h - std::min(d, room - 15));
                        default:
                            return cv::Point2d(std::min(d, room - 15), t * h);
                        }
                    };
                    const cv::Point2d a = at(-0.05), b = at(1.05);
                    const cv::Point2d corner1 = side == 0   ? cv::Point2d(w + 50, -50)
                                                : side == 1 ? cv::Point2d(w + 50, h + 50)
                                                : side == 2 ? cv::Point2d(w + 50, h + 50)
                                                            : cv::Point2d(-50, h + 50);
                    const cv::Point2d corner0 = side == 0   ? cv::Point2d(-50, -50)
                                                : side == 1 ? cv::Point2d(w + 50, -50)
                                                : side == 2 ? cv::Point2d(-50, h + 50)
                                                            : cv::Point2d(-50, -50);
                    beyond = {cv::Point(a), cv::Point(b), cv::Point(corner1), cv::Point(corner0)};
                    cv::Mat mask = cv::Mat::zeros(spec.size, CV_8U);
                    cv::fillConvexPoly(mask, beyond, cv::Scalar(255), cv::LINE_AA);
                    const bool wall = uniInt(edgeRng, 0, 1);
                    const double level = wall ? uni(edgeRng, 150, 225) : uni(edgeRng, 25, 90);
                    cv::Mat far(spec.size, CV_8UC3,
                                jitter(edgeRng, cv::Scalar::all(level), wall ? 10 : 20));
                    cv::Mat n = smoothNoise(edgeRng, spec.size, 8);
                    cv::Mat f3;
                    far.convertTo(f3, CV_32FC3);
                    std::vector<cv::Mat> c3;
                    cv::split(f3, c3);
                    for (cv::Mat &ch : c3)
                        ch += n * 12;
                    cv::merge(c3, f3);
                    f3.convertTo(far, CV_8UC3);
                    far.copyTo(img, mask);
                    // The desk's front face: a thin band of its own shade along the edge.
                    cv::line(img, a, b, jitter(edgeRng, cv::Scalar::all(uni(edgeRng, 60, 200)), 20),
                             std::max(1, int(uniInt(edgeRng, 2, 7) * px)), cv::LINE_AA);
                }
            }
        }
        if (spec.background == SceneBackground::Papers) {
            // Other white sheets under the document, peeking out round it.
            cv::Mat blank(297, 210, CV_8UC3, jitter(rng, cv::Scalar::all(uni(rng, 220, 245)), 4));
            const cv::Point2d centre = (q[0] + q[1] + q[2] + q[3]) * 0.25;
            const double side = std::sqrt(quadArea(q));
            for (int i = uniInt(rng, 1, 2); i > 0; --i) {
                const double s = side * uni(rng, 0.9, 1.3);
                const double a = std::atan2(q[1].y - q[0].y, q[1].x - q[0].x) +
                                 uni(rng, -0.3, 0.3) + (uniInt(rng, 0, 1) ? CV_PI / 2 : 0);
                const cv::Point2d off(uni(rng, -0.3, 0.3) * side, uni(rng, -0.3, 0.3) * side);
                Quad sheet;
                const cv::Point2d half[4] = {
                    {-s / 2.8, -s / 2}, {s / 2.8, -s / 2}, {s / 2.8, s / 2}, {-s / 2.8, s / 2}};
                for (int k = 0; k < 4; ++k)
                    sheet[size_t(k)] =
                        centre + off +
                        cv::Point2d(half[k].x * std::cos(a) - half[k].y * std::sin(a),
                                    half[k].x * std::sin(a) + half[k].y * std::cos(a));
                if (i == 1 && uniInt(rng, 0, 1))
                    textBlock(blank, rng, cv::Rect(25, 30, 160, 200), 8, cv::Scalar(90, 90, 90));
                placeDocument(img, blank, sheet);
            }
        }
        double ownShadow = 1.0;
        if (office) {
            // Round the page: a magazine, a mouse, a cup, fruit (kept off the page); under it
            // other sheets of the same paper (printed or not), a little turned and shifted, so
            // that the page's sides run over paper for part of their length.
            const cv::Point2d centre = (q[0] + q[1] + q[2] + q[3]) * 0.25;
            const double side = std::sqrt(quadArea(q));
            officeThings(img, rng, centre, side);
            const cv::Vec3b paperPx = tmpl.at<cv::Vec3b>(tmpl.rows / 2, 3); // the margin
            const int sheets = uniInt(rng, 0, 3);
            for (int i = 0; i < sheets; ++i) {
                const cv::Scalar paper(paperPx[0] + uni(rng, -4, 4), paperPx[1] + uni(rng, -4, 4),
                                       paperPx[2] + uni(rng, -4, 4));
                const cv::Mat sheet = uniInt(rng, 0, 2) == 0
                                          ? cv::Mat(tmpl.size(), CV_8UC3, paper)
                                          : officePage(rng, uniInt(rng, 0, 5), &paper);
                const double a = uni(rng, -7, 7) * CV_PI / 180, sc = uni(rng, 0.97, 1.04);
                const cv::Point2d shift(uni(rng, -0.09, 0.09) * side, uni(rng, -0.09, 0.09) * side);
                Quad sq;
                for (int k = 0; k < 4; ++k) {
                    const cv::Point2d d = (q[size_t(k)] - centre) * sc;
                    sq[size_t(k)] = centre + shift +
                                    cv::Point2d(d.x * std::cos(a) - d.y * std::sin(a),
                                                d.x * std::sin(a) + d.y * std::cos(a));
                }
                placeDocument(img, sheet, sq, uni(rng, 0.05, 0.3));
            }
            ownShadow = sheets ? uni(rng, 0.05, 0.3) : uni(rng, 0.2, 0.8);
        }
        if (spec.background == SceneBackground::Form)
            ownShadow = placeFormUnder(img, tmpl, q, spec);
        placeDocument(img, tmpl, q, ownShadow);
        scene.truth = q; // template TL..BL: the document's own corner order
        if (office) {
            // Cables across the desk (often across the page) and markers on the page.
            const cv::Point2d centre = (q[0] + q[1] + q[2] + q[3]) * 0.25;
            const double side = std::sqrt(quadArea(q));
            const double hgt = spec.size.height;
            officeCables(img, rng, centre, side);
            for (int i = uniInt(rng, 0, 2); i > 0; --i) {
                const cv::Point2d a =
                    centre + cv::Point2d(uni(rng, -0.45, 0.45), uni(rng, -0.45, 0.45)) * side;
                const double ang = uni(rng, 0, 2 * CV_PI);
                const double len = hgt * uni(rng, 0.1, 0.16);
                drawMarker(img, rng, a, a + len * cv::Point2d(std::cos(ang), std::sin(ang)),
                           std::max(4, int(len * uni(rng, 0.1, 0.14))));
            }
        }

        if (spec.background == SceneBackground::Papers) {
            // A cable across the desk and the document, and a pen or two lying on it.
            const cv::Point2d centre = (q[0] + q[1] + q[2] + q[3]) * 0.25;
            std::vector<cv::Point> cable;
            const cv::Point2d p0(uni(rng, 0, 0.3) * spec.size.width, -20);
            const cv::Point2d p3(uni(rng, 0.7, 1.0) * spec.size.width, spec.size.height + 20);
            const cv::Point2d p1 = centre + cv::Point2d(uni(rng, -0.4, 0.4) * spec.size.width,
                                                        uni(rng, -0.2, 0.2) * spec.size.height);
            const cv::Point2d p2 = centre + cv::Point2d(uni(rng, -0.4, 0.4) * spec.size.width,
                                                        uni(rng, -0.2, 0.2) * spec.size.height);
            for (int i = 0; i <= 60; ++i) {
                const double t = i / 60.0, m = 1 - t;
                const cv::Point2d b =
                    m * m * m * p0 + 3 * m * m * t * p1 + 3 * m * t * t * p2 + t * t * t * p3;
                cable.emplace_back(int(b.x), int(b.y));
            }
            const int thick = std::max(3, int(spec.size.height * uni(rng, 0.008, 0.014)));
            cv::Mat shade = img.clone();
            std::vector<cv::Point> shadow = cable;
            for (cv::Point &p : shadow)
                p += cv::Point(thick, thick * 2);
            cv::polylines(shade, shadow, false, cv::Scalar(0, 0, 0), thick * 2, cv::LINE_AA);
            cv::GaussianBlur(shade, shade, cv::Size(0, 0), thick);
            cv::addWeighted(img, 0.65, shade, 0.35, 0, img);
            cv::polylines(img, cable, false, jitter(rng, cv::Scalar(25, 25, 28), 10), thick,
                          cv::LINE_AA);
            for (int i = uniInt(rng, 0, 2); i > 0; --i) {
                const cv::Point2d a =
                    q[size_t(uniInt(rng, 0, 3))] * 0.5 + centre * 0.5 +
                    cv::Point2d(uni(rng, -0.1, 0.1), uni(rng, -0.1, 0.1)) * std::sqrt(quadArea(q));
                const double ang = uni(rng, 0, CV_PI);
                const double len = spec.size.height * uni(rng, 0.12, 0.2);
                const cv::Point2d b = a + len * cv::Point2d(std::cos(ang), std::sin(ang));
                const int w = std::max(6, int(len * 0.12));
                cv::line(img, a, b, jitter(rng, cv::Scalar(200, 200, 200), 55), w, cv::LINE_AA);
                cv::line(img, a, a + (b - a) * 0.3, jitter(rng, cv::Scalar(40, 40, 40), 30), w,
                         cv::LINE_AA);
            }
        }

        if (spec.condition == SceneCondition::Thumb) {
            // A thumb (about 20 mm wide) pressing on one side, hand running out of view.
            const int side = uniInt(rng, 0, 3);
            const cv::Point2d a = q[size_t(side)], b = q[size_t((side + 1) % 4)];
            const double mmPx =
                cv::norm(q[1] - q[0]) / (model.width * (model.width > 500 ? 0.1 : 1));
            const cv::Point2d along = (b - a) / cv::norm(b - a);
            cv::Point2d out(along.y, -along.x);
            const cv::Point2d centre = (q[0] + q[1] + q[2] + q[3]) * 0.25;
            const cv::Point2d mid = a + (b - a) * uni(rng, 0.3, 0.7);
            if ((mid - centre).dot(out) < 0)
                out = -out;
            const double width = uni(rng, 17, 22) * mmPx;
            const cv::Point2d tip = mid - out * uni(rng, 6, 12) * mmPx;
            const double bend = uni(rng, -0.4, 0.4);
            const cv::Point2d dir = out * std::cos(bend) + along * std::sin(bend);
            const cv::Point2d end = tip + dir * 110.0 * mmPx;
            const cv::Scalar skin = jitter(rng, cv::Scalar(120, 150, 200), 25);
            cv::line(img, tip, end, skin, int(width), cv::LINE_AA);
            cv::circle(img, tip, int(width / 2), skin, cv::FILLED, cv::LINE_AA);
            cv::ellipse(img, tip + dir * width * 0.35, cv::Size(int(width * 0.3), int(width * 0.4)),
                        std::atan2(dir.y, dir.x) * 180 / CV_PI, 0, 360,
                        skin + cv::Scalar(20, 20, 20), cv::FILLED, cv::LINE_AA); // the nail
        }
    }

    if (spec.document == SceneDocument::None && spec.background == SceneBackground::Office) {
        // An office desk without the page: the magazine, the mouse, the cup, the cables.
        const cv::Point2d centre(spec.size.width / 2.0, spec.size.height / 2.0);
        officeThings(img, rng, centre, 0.3 * spec.size.height);
        officeCables(img, rng, centre, 0.3 * spec.size.height);
    }
    cv::Mat f;
    img.convertTo(f, CV_32FC3);
    if (spec.background == SceneBackground::Office) {
        // The desk lamp or the window: a gentle fall-off across the frame.
        cv::Mat field = smoothNoise(rng, spec.size, 2) * uni(rng, 0.04, 0.12) + 0.98;
        cv::Mat f3;
        cv::merge(std::vector<cv::Mat>{field, field, field}, f3);
        f = f.mul(f3);
    }
    if (spec.condition == SceneCondition::UnevenLight) {
        // A light falling off across the desk and a soft shadow band (the clerk's arm).
        cv::Mat field(spec.size, CV_32F);
        const double ang = uni(rng, 0, 2 * CV_PI);
        const double lo = uni(rng, 0.45, 0.7);
        for (int y = 0; y < field.rows; ++y)
            for (int x = 0; x < field.cols; ++x) {
                const double u =
                    (x * std::cos(ang) + y * std::sin(ang)) / std::hypot(field.cols, field.rows);
                field.at<float>(y, x) = float(lo + (1.1 - lo) * (0.5 + u));
            }
        cv::Mat band = cv::Mat::zeros(spec.size, CV_32F);
        const cv::Point p0(uniInt(rng, 0, spec.size.width), 0);
        const cv::Point p1(uniInt(rng, 0, spec.size.width), spec.size.height);
        cv::line(band, p0, p1, cv::Scalar(uni(rng, 0.2, 0.4)), int(uniInt(rng, 80, 250) * px));
        cv::GaussianBlur(band, band, cv::Size(0, 0), 40 * px);
        field = field - band;
        cv::Mat f3;
        cv::merge(std::vector<cv::Mat>{field, field, field}, f3);
        f = f.mul(f3);
    }
    if (spec.condition == SceneCondition::Glare && scene.truth) {
        const Quad &q = *scene.truth;
        const double u = uni(rng, 0.2, 0.8), v = uni(rng, 0.2, 0.8);
        const cv::Point2d top = q[0] + (q[1] - q[0]) * u;
        const cv::Point2d bottom = q[3] + (q[2] - q[3]) * u;
        scene.glareCentre = top + (bottom - top) * v;
        scene.glareRadius = std::sqrt(quadArea(q)) * uni(rng, 0.08, 0.22);
        scene.glarePeak = uni(rng, 120, 260);
        cv::Mat spot = cv::Mat::zeros(spec.size, CV_32F);
        cv::circle(spot, scene.glareCentre, int(scene.glareRadius), cv::Scalar(1), cv::FILLED);
        cv::GaussianBlur(spot, spot, cv::Size(0, 0), scene.glareRadius * 0.5);
        cv::Mat s3;
        cv::merge(std::vector<cv::Mat>{spot, spot, spot}, s3);
        f += s3 * scene.glarePeak;
    }
    if (spec.condition == SceneCondition::Shadow && scene.truth) {
        // A sharp-edged shadow band (an arm, the camera head) across part of the document.
        const Quad &q = *scene.truth;
        const cv::Point2d centre = (q[0] + q[1] + q[2] + q[3]) * 0.25;
        const double side = std::sqrt(quadArea(q));
        const double ang = uni(rng, 0, CV_PI);
        const cv::Point2d dir(std::cos(ang), std::sin(ang));
        const cv::Point2d through =
            centre + cv::Point2d(-dir.y, dir.x) * (uni(rng, -0.5, 0.5) * side);
        cv::Mat mask = cv::Mat::zeros(spec.size, CV_32F);
        const double diag = std::hypot(spec.size.width, spec.size.height);
        cv::line(mask, through - dir * diag, through + dir * diag, cv::Scalar(1),
                 std::max(8, int(side * uni(rng, 0.2, 0.6))));
        cv::GaussianBlur(mask, mask, cv::Size(0, 0), uni(rng, 1.5, 8) * px);
        const double keep = uni(rng, 0.4, 0.7);
        cv::Mat field = 1.0 - mask * (1.0 - keep);
        cv::Mat f3;
        cv::merge(std::vector<cv::Mat>{field, field, field}, f3);
        f = f.mul(f3);
    }
    if (spec.condition == SceneCondition::LowLight) {
        // An evening hall: a third of the light, a little warmer.
        const double level = uni(rng, 0.22, 0.45);
        f = f.mul(cv::Scalar(level * 0.85, level * 0.95, level));
    }
    f.convertTo(img, CV_8UC3);

    scene.blurSigma =
        (spec.condition == SceneCondition::Blur ? uni(rng, 1.5, 4.0) : uni(rng, 0.3, 0.9)) * px;
    cv::GaussianBlur(img, img, cv::Size(0, 0), scene.blurSigma);
    if (spec.condition == SceneCondition::MotionBlur ||
        spec.condition == SceneCondition::Handheld) {
        // A straight streak: the camera moved during the exposure.
        const double len =
            (spec.condition == SceneCondition::MotionBlur ? uni(rng, 8, 30) : uni(rng, 2, 8)) * px;
        const double a = uni(rng, 0, CV_PI);
        const int r = int(std::ceil(len / 2)) + 1;
        cv::Mat k = cv::Mat::zeros(2 * r + 1, 2 * r + 1, CV_32F);
        const cv::Point2d d(std::cos(a) * len / 2, std::sin(a) * len / 2);
        cv::line(k, cv::Point2d(r, r) - d, cv::Point2d(r, r) + d, cv::Scalar(1), 1, cv::LINE_AA);
        k /= cv::sum(k)[0];
        cv::filter2D(img, img, -1, k, cv::Point(-1, -1), 0, cv::BORDER_REPLICATE);
        // As blurry as a Gaussian of this sigma (a box of length L has sigma L / sqrt(12)).
        scene.blurSigma = std::sqrt(scene.blurSigma * scene.blurSigma + len * len / 12);
    }
    const double noise = spec.condition == SceneCondition::NoiseJpeg  ? uni(rng, 6, 12)
                         : spec.condition == SceneCondition::LowLight ? uni(rng, 4, 9)
                                                                      : uni(rng, 1, 3);
    cv::Mat n(img.size(), CV_16SC3);
    cv::RNG cvRng(rng());
    cvRng.fill(n, cv::RNG::NORMAL, 0, noise);
    cv::Mat s;
    img.convertTo(s, CV_16SC3);
    s += n;
    s.convertTo(img, CV_8UC3);
    const int quality = spec.condition == SceneCondition::NoiseJpeg  ? uniInt(rng, 25, 50)
                        : spec.condition == SceneCondition::LowLight ? uniInt(rng, 55, 80)
                                                                     : uniInt(rng, 80, 95);
    std::vector<uchar> jpeg;
    cv::imencode(".jpg", img, jpeg, {cv::IMWRITE_JPEG_QUALITY, quality});
    scene.image = cv::imdecode(jpeg, cv::IMREAD_COLOR);
    return scene;
}

std::vector<SceneSpec> standardSceneSet(std::uint64_t seed, int perCell, int negatives,
                                        cv::Size size)
{
    std::vector<SceneSpec> out;
    std::uint64_t n = 0;
    for (int c = 0; c < kFirstSceneConditions; ++c)
        for (int b = 0; b < kFirstSceneBackgrounds; ++b)
            for (int i = 0; i < perCell; ++i)
                out.push_back({seed * 1000003ULL + n++, SceneDocument((i + b + c) % 3),
                               SceneBackground(b), SceneCondition(c), size});
    for (int i = 0; i < negatives; ++i)
        out.push_back({seed * 1000003ULL + n++, SceneDocument::None,
                       SceneBackground(i % kFirstSceneBackgrounds), SceneCondition::Clean, size});
    // Added later (the office desk; motion blur, the handheld phone).
    for (int c = 0; c < kSceneConditions; ++c)
        for (int b = 0; b < kSecondSceneBackgrounds; ++b) {
            if (c < kFirstSceneConditions && b < kFirstSceneBackgrounds)
                continue;
            for (int i = 0; i < perCell; ++i)
                out.push_back({seed * 1000003ULL + n++, SceneDocument((i + b + c) % 3),
                               SceneBackground(b), SceneCondition(c), size});
        }
    for (int i = 0; i < negatives / kFirstSceneBackgrounds; ++i)
        out.push_back({seed * 1000003ULL + n++, SceneDocument::None, SceneBackground::Office,
                       SceneCondition::Clean, size});
    // Added later still (the form under the document), after the rest so that their scenes
    // keep their seeds.
    for (int c = 0; c < kSceneConditions; ++c)
        for (int b = kSecondSceneBackgrounds; b < kSceneBackgrounds; ++b)
            for (int i = 0; i < perCell; ++i)
                out.push_back({seed * 1000003ULL + n++, SceneDocument((i + b + c) % 3),
                               SceneBackground(b), SceneCondition(c), size});
    return out;
}

std::string toString(SceneDocument d)
{
    switch (d) {
    case SceneDocument::IdCard:
        return "id-card";
    case SceneDocument::A4Certificate:
        return "a4";
    case SceneDocument::Licence:
        return "licence";
    case SceneDocument::None:
        return "none";
    }
    return {};
}

std::string toString(SceneBackground b)
{
    switch (b) {
    case SceneBackground::Counter:
        return "counter";
    case SceneBackground::Wood:
        return "wood";
    case SceneBackground::Clutter:
        return "clutter";
    case SceneBackground::Cloth:
        return "cloth";
    case SceneBackground::DarkDesk:
        return "dark-desk";
    case SceneBackground::Office:
        return "office";
    case SceneBackground::Papers:
        return "papers";
    case SceneBackground::Form:
        return "form";
    }
    return {};
}

std::string toString(SceneCondition c)
{
    switch (c) {
    case SceneCondition::Clean:
        return "clean";
    case SceneCondition::Blur:
        return "blur";
    case SceneCondition::UnevenLight:
        return "uneven-light";
    case SceneCondition::Glare:
        return "glare";
    case SceneCondition::Thumb:
        return "thumb";
    case SceneCondition::NoiseJpeg:
        return "noise-jpeg";
    case SceneCondition::Perspective:
        return "perspective";
    case SceneCondition::Shadow:
        return "shadow";
    case SceneCondition::LowLight:
        return "low-light";
    case SceneCondition::MotionBlur:
        return "motion-blur";
    case SceneCondition::Handheld:
        return "handheld";
    case SceneCondition::SmallTopDown:
        return "small-top-down";
    }
    return {};
}

Scene renderCardOnForm(std::uint64_t seed)
{
    Scene scene;
    scene.spec.seed = seed;
    scene.spec.size = {1280, 720};
    scene.spec.background = SceneBackground::Form;
    scene.image = renderBackground(SceneBackground::Counter, scene.spec.size, seed);
    cv::Size2d form, card;
    placeDocument(
        scene.image, renderDocumentTemplate(SceneDocument::A4Certificate, seed, &form, 0),
        {cv::Point2d(440, 40), cv::Point2d(860, 58), cv::Point2d(834, 651), cv::Point2d(414, 633)});
    scene.truth =
        placeDocument(scene.image, renderDocumentTemplate(SceneDocument::IdCard, seed, &card, 1),
                      {cv::Point2d(490, 250), cv::Point2d(790, 263), cv::Point2d(782, 452),
                       cv::Point2d(482, 439)},
                      0.5);
    scene.modelWidth = card.width;
    scene.modelHeight = card.height;
    return scene;
}

} // namespace hd::capture
