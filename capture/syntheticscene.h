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
// Counter: a plain laminate top; Wood: wood grain; Clutter: a desk with a phone, a cup, pens,
// a keyboard and loose sheets; Cloth: a patterned tablecloth (checks, stripes, dots); DarkDesk:
// a dark glossy top with reflections; Papers: a pale desk with other white sheets under and
// around the document, a cable and pens lying across it (the white-on-white case); Office: an
// office desk as SmartDoc films it (its background 05): the page in the middle of the view
// lying on other sheets of the same paper, a magazine, a mouse, a cup, fruit, cables and
// markers round and across it; Form: the counter with a printed page under the document (an
// ID card laid on the application form, a certificate or licence on another printed sheet a
// little shifted and turned).
enum class SceneBackground { Counter, Wood, Clutter, Cloth, DarkDesk, Papers, Office, Form };
// Perspective: a strong tilt (25-45 degrees) of a camera held at an angle; Shadow: a sharp
// partial shadow (the clerk's arm, the camera head) across the document; LowLight: a dim hall
// in the evening, the sensor's noise turned up; SmallTopDown: a document camera (高拍仪)
// looking straight down from high up, the document small in the frame; MotionBlur: the camera
// or the hand moving during the exposure (a streak of 8-30 px); Handheld: a phone held over
// the document (in the middle of the view, tilted 8-25 degrees, a little shake).
enum class SceneCondition {
    Clean,
    Blur,
    UnevenLight,
    Glare,
    Thumb,
    NoiseJpeg,
    Perspective,
    Shadow,
    LowLight,
    SmallTopDown,
    MotionBlur,
    Handheld
};
inline constexpr int kSceneBackgrounds = 8;
// The backgrounds before the form was added (the standard set and the network's training
// seeds below kFormTrainingSeeds draw among these).
inline constexpr int kSecondSceneBackgrounds = 7;
inline constexpr int kSceneConditions = 12;
// The first generator's backgrounds and conditions (the standard set keeps their scenes).
inline constexpr int kFirstSceneBackgrounds = 6;
inline constexpr int kFirstSceneConditions = 10;
// Designs of renderDocumentTemplate: 0-2 of every kind, and for A4 also the office pages
// 3-8 (a paper, a datasheet, a magazine page, a tax form, a letter, a patent).
inline constexpr int kA4Designs = 9;

struct SceneSpec
{
    std::uint64_t seed = 1;
    SceneDocument document = SceneDocument::IdCard;
    SceneBackground background = SceneBackground::Counter;
    SceneCondition condition = SceneCondition::Clean;
    cv::Size size{1920, 1080};
    // The document's design: -1 as the seed and background choose, -2 any of the kind's
    // designs (the network's training scenes), >= 0 that one (see kA4Designs).
    int design = -1;
    // How the document's outline is tilted outside the steep and handheld conditions. false
    // (the sets measured so far): each corner moved on its own by up to 12 % of the shorter
    // side (up to 1.5 % for a document camera high above), so the outline is not always the
    // image of a rectangle of the document's proportions. true: the page tilted by up to 15°
    // (3° from high above) about an axis in its plane and seen through a pinhole camera whose
    // axis goes through the frame's centre (focal length 0.7-1.3 x the frame's width); the
    // steep and handheld conditions are seen through a camera too, its axis through the
    // page's centre unless `pinhole`. The same draws either way, so the rest of the scene does
    // not change.
    bool pinhole = false;
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

// The tests' ID card on the application form: the portrait side lying on a printed A4 page
// upright in the middle of a 1280x720 frame of the counter, seen from straight above, not
// through JPEG; the truth is the card's outline. (The standard set's form scenes draw the card,
// the page and the camera at random.)
Scene renderCardOnForm(std::uint64_t seed);

// A document placed with a given homography on a given background (used for video frames):
// the document's own template for a kind and seed, and its size in model units.
// `design`: 0 the Latin-text design, 1 and 2 the Chinese ones (ID card: 1 the portrait side
// 人像面, 2 the emblem side 国徽面); -1 lets the seed choose.
cv::Mat renderDocumentTemplate(SceneDocument kind, std::uint64_t seed, cv::Size2d *modelSize,
                               int design = -1);
cv::Mat renderBackground(SceneBackground kind, cv::Size size, std::uint64_t seed);
// Draws the template onto the background so that its corners land on `corners` (TL, TR, BR,
// BL), with a soft shadow (`shadow` scales its offset and strength: a sheet on other sheets
// casts almost none); returns the ground-truth quad.
Quad placeDocument(cv::Mat &background, const cv::Mat &documentTemplate, const Quad &corners,
                   double shadow = 1.0);

// The standard evaluation set: `perCell` scenes for every background x condition, the
// document kinds taking turns, plus `negatives` scenes without a document. The first
// generator's cells and negatives come first, with the seeds they always had; the office
// desk, motion blur and the handheld phone follow (and negatives / 6 more on the office desk).
std::vector<SceneSpec> standardSceneSet(std::uint64_t seed, int perCell, int negatives,
                                        cv::Size size = {1920, 1080});

std::string toString(SceneDocument d);
std::string toString(SceneBackground b);
std::string toString(SceneCondition c);

} // namespace hd::capture
