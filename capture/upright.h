#pragma once

#include <opencv2/core.hpp>

namespace hd::capture {

// Which way up a straightened 居民身份证 lies. The outline's corners tell where a card's top
// is only up to a half turn (rectify() takes the side nearer the frame's top), so a card laid
// upside down comes out upside down; the card's own layout tells the rest: on the emblem side
// (国徽面) the red emblem is top left, on the portrait side (人像面) the photo with the hair at
// its top is on the right, the text on the left, the number along the bottom.
enum class CardUpright {
    Unsure,     // the layout does not say (a blank or foreign card, much of it hidden)
    AsIs,       // the card is upright
    UpsideDown, // the card lies the other way up: turn it a half turn
};

struct CardUprightVerdict
{
    CardUpright verdict = CardUpright::Unsure;
    // The linear model's score: > kUprightMargin upright, < -kUprightMargin upside down. A
    // card turned a half turn gets exactly the negated score.
    double score = 0;
};

inline constexpr double kUprightMargin = 1.0;

// `card`: a straightened ID card, landscape, BGR (rectify()'s output for DocumentType::IdCard).
// An empty or portrait image is Unsure.
CardUprightVerdict idCardUpright(const cv::Mat &card);

// Turns `card` a half turn when idCardUpright() says it lies upside down; true when it did.
bool turnIdCardUpright(cv::Mat &card);

// Which side of the card an upright straightened card shows: the emblem side has the red
// emblem over the top left; the portrait side has none, and the photo on the right holds dark
// hair and clothes where the text on the left is print. Unsure for anything else (another
// kind of card, the emblem under a glare spot, a card idCardUpright() does not see upright).
enum class IdCardSide { Unsure, Portrait, Emblem };
IdCardSide idCardSide(const cv::Mat &uprightCard);

} // namespace hd::capture
