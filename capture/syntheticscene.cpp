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

} // namespace

cv::Mat renderDocumentTemplate(SceneDocument kind, std::uint64_t seed, cv::Size2d *modelSize)
{
    Rng rng(seed * 7919 + 17);
    cv::Mat t;
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
        cv::Mat k = cv::getGaussianKernel(41, 12, CV_32F);
        cv::Mat kernel = cv::Mat::zeros(41, 41, CV_32F);
        for (int i = 0; i < 41; ++i) {
            const int x = int(std::lround(20 + (i - 20) * sa));
            const int y = int(std::lround(20 - (i - 20) * ca));
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
    if (kind == SceneBackground::Wood)
        wood(bg);
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
                         jitter(rng, cv::Scalar(100, 60, 160), 90), uniInt(rng, 6, 14),
                         cv::LINE_AA);
                break;
            case 4: { // a keyboard-like grid
                const cv::Rect r(c.x, c.y, s * 2, s / 2);
                cv::rectangle(bg, r, cv::Scalar(40, 40, 45), cv::FILLED);
                for (int y = r.y + 6; y < r.y + r.height - 20; y += 26)
                    for (int x = r.x + 6; x < r.x + r.width - 20; x += 26)
                        cv::rectangle(bg, cv::Rect(x, y, 20, 20), cv::Scalar(70, 70, 75),
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

Quad placeDocument(cv::Mat &bg, const cv::Mat &tmpl, const Quad &corners)
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
    cv::Mat warped, alpha;
    cv::warpPerspective(tmpl, warped, H, bg.size(), cv::INTER_AREA, cv::BORDER_CONSTANT);
    cv::warpPerspective(mask, alpha, H, bg.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT);
    // Soft shadow below and to the side.
    cv::Mat shadow;
    const cv::Mat shift = (cv::Mat_<double>(2, 3) << 1, 0, 6, 0, 1, 8);
    cv::warpAffine(alpha, shadow, shift, alpha.size());
    cv::GaussianBlur(shadow, shadow, cv::Size(0, 0), 7);
    cv::Mat f, wf, af, sf;
    bg.convertTo(f, CV_32FC3);
    warped.convertTo(wf, CV_32FC3);
    alpha.convertTo(af, CV_32F, 1.0 / 255);
    shadow.convertTo(sf, CV_32F, 0.35 / 255);
    cv::Mat a3, s3;
    cv::merge(std::vector<cv::Mat>{af, af, af}, a3);
    cv::merge(std::vector<cv::Mat>{sf, sf, sf}, s3);
    f = f.mul(cv::Scalar::all(1) - s3);
    f = f.mul(cv::Scalar::all(1) - a3) + wf.mul(a3);
    f.convertTo(bg, CV_8UC3);
    return corners;
}

Scene renderScene(const SceneSpec &spec)
{
    Rng rng(spec.seed * 2654435761ULL + 11);
    Scene scene;
    scene.spec = spec;
    cv::Mat img = renderBackground(spec.background, spec.size, rng());

    if (spec.document != SceneDocument::None) {
        cv::Size2d model;
        const cv::Mat tmpl = renderDocumentTemplate(spec.document, rng(), &model);
        scene.modelWidth = model.width;
        scene.modelHeight = model.height;
        // Footprint: 8-40 % of the frame, any rotation, a perspective tilt, fully inside.
        const double frameArea = double(spec.size.area());
        const double aspect = model.width / model.height;
        Quad q;
        for (int attempt = 0; attempt < 100; ++attempt) {
            const double area = frameArea * uni(rng, 0.08, 0.40);
            const double dw = std::sqrt(area * aspect), dh = std::sqrt(area / aspect);
            const double ang = uni(rng, 0, 2 * CV_PI);
            const double tilt = 0.12 * std::min(dw, dh);
            const cv::Point2d centre(uni(rng, 0, spec.size.width), uni(rng, 0, spec.size.height));
            const cv::Point2d base[4] = {
                {-dw / 2, -dh / 2}, {dw / 2, -dh / 2}, {dw / 2, dh / 2}, {-dw / 2, dh / 2}};
            bool inside = true;
            for (int i = 0; i < 4; ++i) {
                const cv::Point2d p =
                    base[i] + cv::Point2d(uni(rng, -tilt, tilt), uni(rng, -tilt, tilt));
                q[size_t(i)] = centre + cv::Point2d(p.x * std::cos(ang) - p.y * std::sin(ang),
                                                    p.x * std::sin(ang) + p.y * std::cos(ang));
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
        placeDocument(img, tmpl, q);
        scene.truth = q; // template TL..BL: the document's own corner order

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

    cv::Mat f;
    img.convertTo(f, CV_32FC3);
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
        cv::line(band, p0, p1, cv::Scalar(uni(rng, 0.2, 0.4)), uniInt(rng, 80, 250));
        cv::GaussianBlur(band, band, cv::Size(0, 0), 40);
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
    f.convertTo(img, CV_8UC3);

    scene.blurSigma =
        spec.condition == SceneCondition::Blur ? uni(rng, 1.5, 4.0) : uni(rng, 0.3, 0.9);
    cv::GaussianBlur(img, img, cv::Size(0, 0), scene.blurSigma);
    const double noise =
        spec.condition == SceneCondition::NoiseJpeg ? uni(rng, 6, 12) : uni(rng, 1, 3);
    cv::Mat n(img.size(), CV_16SC3);
    cv::RNG cvRng(rng());
    cvRng.fill(n, cv::RNG::NORMAL, 0, noise);
    cv::Mat s;
    img.convertTo(s, CV_16SC3);
    s += n;
    s.convertTo(img, CV_8UC3);
    const int quality =
        spec.condition == SceneCondition::NoiseJpeg ? uniInt(rng, 25, 50) : uniInt(rng, 80, 95);
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
    for (int c = 0; c < 6; ++c)
        for (int b = 0; b < 3; ++b)
            for (int d = 0; d < 3; ++d)
                for (int i = 0; i < perCell; ++i)
                    out.push_back({seed * 1000003ULL + n++, SceneDocument(d), SceneBackground(b),
                                   SceneCondition(c), size});
    for (int i = 0; i < negatives; ++i)
        out.push_back({seed * 1000003ULL + n++, SceneDocument::None, SceneBackground(i % 3),
                       SceneCondition::Clean, size});
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
    }
    return {};
}

} // namespace hd::capture
