#pragma once

#include "quad.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <opencv2/core.hpp>
#include <optional>

namespace hd::capture {

// The measurements the gates look at, all independent of the frame size.
struct QualityFigures
{
    double sharpness = 0;    // strongest edges / contrast on a 800 px view (≈ 0.4 / blur σ)
    double glare = 0;        // share of the document's pixels burnt to white
    double areaShare = 0;    // document area / frame area
    double borderMargin = 0; // closest corner to the frame edge / shorter frame side (<0: out)
    double motion = 0;       // largest corner move since the previous frame / frame diagonal
    // The outline has the proportions of the other kind of document than the one the clerk
    // is capturing (matchShape: a sheet for an ID card, or the reverse).
    bool otherShape = false;
    // Sharpness and glare measured (false: the document was moving, see assessLive).
    bool imageMeasured = true;
};

// Thresholds. The blur and glare ones are calibrated on the labelled synthetic set
// (capture_eval --calibrate, see capture/README.md); the others are policy.
struct QualityThresholds
{
    double minSharpness = 0.46;
    double maxGlare = 0.035;
    double minAreaShare = 0.06;
    double minBorderMargin = 0.006;
    double maxMotion = 0.004;
};

enum class QualityIssue { Blurry, Glare, TooSmall, OutOfFrame, Moving, WrongShape };

struct QualityReport
{
    QualityFigures figures;
    std::vector<QualityIssue> issues;
    bool ok() const { return issues.empty(); }
    bool has(QualityIssue issue) const { return std::ranges::find(issues, issue) != issues.end(); }
    QStringList reasons() const; // in Chinese, for the clerk
};

QString describe(QualityIssue issue);

class QualityGate final
{
public:
    explicit QualityGate(QualityThresholds thresholds = {});

    // `expectedProportions`: the document the clerk is capturing, long side over short
    // (kIdCardProportions, kSheetProportions); 0: not known, no shape check.
    static QualityFigures measure(const cv::Mat &frame, const Quad &quad,
                                  const std::optional<Quad> &previous = std::nullopt,
                                  double expectedProportions = 0);
    QualityReport judge(const QualityFigures &figures) const;
    QualityReport assess(const cv::Mat &frame, const Quad &quad,
                         const std::optional<Quad> &previous = std::nullopt,
                         double expectedProportions = 0) const
    {
        return judge(measure(frame, quad, previous, expectedProportions));
    }
    // For the live preview: the same verdict, except that while the document moves only the
    // outline's figures are looked at (the frame is refused as moving anyway; sharpness and
    // glare, two thirds of the time, are measured again once it holds still).
    QualityReport assessLive(const cv::Mat &frame, const Quad &quad,
                             const std::optional<Quad> &previous,
                             double expectedProportions = 0) const;

private:
    QualityThresholds m_t;
};

} // namespace hd::capture
