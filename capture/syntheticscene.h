#pragma once

#include "quad.h"

#include <cstdint>
#include <opencv2/core.hpp>
#include <optional>
#include <string>
#include <vector>

namespace hd::capture {

// Labelled synthetic desk scenes, deterministic by seed: the project's own evaluation set
// (documents of the hall's kinds, backgrounds and conditions a counter camera meets).
enum class SceneDocument { IdCard, A4Certificate, Licence, None };
enum class SceneBackground { Counter, Wood, Clutter };
enum class SceneCondition { Clean, Blur, UnevenLight, Glare, Thumb, NoiseJpeg };

struct SceneSpec
{
    std::uint64_t seed = 1;
    SceneDocument document = SceneDocument::IdCard;
    SceneBackground background = SceneBackground::Counter;
    SceneCondition condition = SceneCondition::Clean;
    cv::Size size{1920, 1080};
};

struct Scene
{
    SceneSpec spec;
    cv::Mat image;             // BGR, already through JPEG like a camera frame
    std::optional<Quad> truth; // no value for a scene without a document
    double modelWidth = 0;     // the document's own size (for the SmartDoc Jaccard index)
    double modelHeight = 0;
    double blurSigma = 0; // Gaussian blur applied to the whole frame, pixels
    double glarePeak = 0; // added brightness at the glare spot's centre (0 = none)
    double glareRadius = 0;
    cv::Point2d glareCentre;
};

// Renders one scene. The same spec always gives the same image.
Scene renderScene(const SceneSpec &spec);

// A document placed with a given homography on a given background (used for video frames):
// the document's own template for a kind and seed, and its size in model units.
cv::Mat renderDocumentTemplate(SceneDocument kind, std::uint64_t seed, cv::Size2d *modelSize);
cv::Mat renderBackground(SceneBackground kind, cv::Size size, std::uint64_t seed);
// Draws the template onto the background so that its corners land on `corners` (TL, TR, BR,
// BL), with a soft shadow; returns the ground-truth quad.
Quad placeDocument(cv::Mat &background, const cv::Mat &documentTemplate, const Quad &corners);

// The standard evaluation set: `perCell` scenes for every document kind x background x
// condition, plus `negatives` scenes without a document.
std::vector<SceneSpec> standardSceneSet(std::uint64_t seed, int perCell, int negatives,
                                        cv::Size size = {1920, 1080});

std::string toString(SceneDocument d);
std::string toString(SceneBackground b);
std::string toString(SceneCondition c);

} // namespace hd::capture
