#pragma once

#include "quad.h"
#include "result.h"

#include <QString>

#include <opencv2/core.hpp>

namespace hd::capture {

// The document kinds the hall files, with their true sizes.
enum class DocumentType {
    IdCard,  // ISO/IEC 7810 ID-1, 85.6 x 54 mm (居民身份证), landscape
    A4,      // 210 x 297 mm portrait (不动产权证书 pages, certificates, letters)
    Licence, // 营业执照 正本: A3 landscape, 420 x 297 mm
};

Result<DocumentType> parseDocumentType(const QString &name); // id-card | a4 | licence
QString documentTypeName(DocumentType type);                 // the same names
QString documentTypeLabel(DocumentType type);                // 居民身份证, ...
// Long side over short: kIdCardProportions or kSheetProportions (documentdetector.h), what
// the detector and the quality gate are told of the kind wanted.
double documentProportions(DocumentType type);

// Output sizes: the ID card at 300 dpi (1012 x 638 px, ≥ the 1011 x 638 that 300 dpi
// needs); A4 at 200 dpi (1654 x 2339) and the A3 licence at 200 dpi (3307 x 2339), enough to
// read 5-point print and a QR code while keeping the stored file near 1 MB.
cv::Size outputSize(DocumentType type);

struct RectifyOptions
{
    // Flatten the background to white and the shadows away (certificates); ID cards keep
    // their printed colours whatever this says.
    bool enhance = false;
};

// The colour of the part of a document outside the frame in a straightened image.
inline const cv::Scalar kUnseen(128, 128, 128);

// Straightens the document inside `quad` (TL, TR, BR, BL in `image`) to its true aspect,
// turning it a quarter turn when the quad is portrait but the type is landscape (or the
// reverse). Which way up the text runs is not decided here. Corners may lie outside the image
// (a document going on out of the frame): that part comes out flat kUnseen grey.
Result<cv::Mat> rectify(const cv::Mat &image, const Quad &quad, DocumentType type,
                        RectifyOptions options = {});

} // namespace hd::capture
