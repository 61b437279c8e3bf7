#include "rectifier.h"

#include "documentdetector.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

namespace hd::capture {

namespace {
cv::Mat whiten(const cv::Mat &bgr)
{
    // Divide by the paper's own brightness (a heavy closing removes the print, a blur
    // smooths it): shadows and uneven light vanish, the paper turns white, the ink and red
    // seals keep their colour.
    cv::Mat small, bg;
    const double s = 400.0 / std::max(bgr.cols, bgr.rows);
    cv::resize(bgr, small, cv::Size(), s, s, cv::INTER_AREA);
    cv::morphologyEx(small, bg, cv::MORPH_CLOSE,
                     cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(15, 15)));
    cv::GaussianBlur(bg, bg, cv::Size(0, 0), 6);
    cv::resize(bg, bg, bgr.size(), 0, 0, cv::INTER_LINEAR);
    cv::Mat f, b, out;
    bgr.convertTo(f, CV_32FC3);
    bg.convertTo(b, CV_32FC3, 1.0, 1.0);
    cv::divide(f, b, out, 255.0 * 1.08);
    out.convertTo(out, CV_8UC3);
    return out;
}
} // namespace

Result<DocumentType> parseDocumentType(const QString &name)
{
    if (name == QLatin1String("id-card"))
        return DocumentType::IdCard;
    if (name == QLatin1String("a4"))
        return DocumentType::A4;
    if (name == QLatin1String("licence"))
        return DocumentType::Licence;
    return Error{QStringLiteral("capture.type"),
                 QCoreApplication::translate("hd::capture::Rectifier",
                                             "未知的证件类型“%1”（可选 id-card、a4、licence）。")
                     .arg(name)};
}

QString documentTypeName(DocumentType type)
{
    switch (type) {
    case DocumentType::IdCard:
        return QStringLiteral("id-card");
    case DocumentType::A4:
        return QStringLiteral("a4");
    case DocumentType::Licence:
        return QStringLiteral("licence");
    }
    return {};
}

QString documentTypeLabel(DocumentType type)
{
    switch (type) {
    case DocumentType::IdCard:
        return QCoreApplication::translate("hd::capture::Rectifier", "居民身份证");
    case DocumentType::A4:
        return QCoreApplication::translate("hd::capture::Rectifier", "A4 证明/权证");
    case DocumentType::Licence:
        return QCoreApplication::translate("hd::capture::Rectifier", "营业执照");
    }
    return {};
}

double documentProportions(DocumentType type)
{
    return type == DocumentType::IdCard ? kIdCardProportions : kSheetProportions;
}

cv::Size outputSize(DocumentType type)
{
    switch (type) {
    case DocumentType::IdCard:
        return {1012, 638};
    case DocumentType::A4:
        return {1654, 2339};
    case DocumentType::Licence:
        return {3307, 2339};
    }
    return {};
}

Result<cv::Mat> rectify(const cv::Mat &image, const Quad &rawQuad, DocumentType type,
                        RectifyOptions options)
{
    if (image.empty())
        return Error{QStringLiteral("capture.empty"),
                     QCoreApplication::translate("hd::capture::Rectifier", "没有图像可供矫正。")};
    const Quad q = orderCorners(rawQuad);
    if (!isConvex(q) || quadArea(q) < 32 * 32)
        return Error{
            QStringLiteral("capture.quad"),
            QCoreApplication::translate("hd::capture::Rectifier", "证件四角无效，请重新框选。")};
    const double width = (cv::norm(q[1] - q[0]) + cv::norm(q[2] - q[3])) / 2;
    const double height = (cv::norm(q[3] - q[0]) + cv::norm(q[2] - q[1])) / 2;
    cv::Size out = outputSize(type);
    const bool typeLandscape = out.width > out.height;
    const bool quadLandscape = width > height;
    std::vector<cv::Point2f> src;
    for (const cv::Point2d &p : q)
        src.emplace_back(float(p.x), float(p.y));
    if (typeLandscape != quadLandscape) {
        // Start the corner list one step later: the document's top edge is the quad's right.
        std::rotate(src.begin(), src.begin() + 3, src.end());
    }
    const float w = float(out.width), h = float(out.height);
    const std::vector<cv::Point2f> dst = {
        {-0.5f, -0.5f}, {w - 0.5f, -0.5f}, {w - 0.5f, h - 0.5f}, {-0.5f, h - 0.5f}};
    cv::Mat bgr = image;
    if (image.channels() == 1)
        cv::cvtColor(image, bgr, cv::COLOR_GRAY2BGR);
    // The frame's own edge pixels carry on for kEdgeCarry pixels past it (corners on the
    // frame's edge leave no dark slivers); beyond that, where the document went on out of the
    // frame, a flat grey: nothing was seen there, and nothing is made up.
    const int kEdgeCarry = 2;
    cv::Mat padded;
    cv::copyMakeBorder(bgr, padded, kEdgeCarry, kEdgeCarry, kEdgeCarry, kEdgeCarry,
                       cv::BORDER_REPLICATE);
    for (cv::Point2f &p : src)
        p += cv::Point2f(float(kEdgeCarry), float(kEdgeCarry));
    cv::Mat result;
    cv::warpPerspective(padded, result, cv::getPerspectiveTransform(src, dst), out, cv::INTER_CUBIC,
                        cv::BORDER_CONSTANT, kUnseen);
    if (options.enhance && type != DocumentType::IdCard)
        result = whiten(result);
    return result;
}

} // namespace hd::capture
