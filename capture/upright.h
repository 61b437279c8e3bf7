#pragma once

#include "rectifier.h"

#include <opencv2/core.hpp>

namespace hd::capture {

// Which way up a straightened document lies. The outline's corners tell where its top is only
// up to a half turn (rectify() takes the side nearer the frame's top), so a document laid
// upside down comes out upside down; its own layout tells the rest. A 居民身份证: on the
// emblem side (国徽面) the red emblem is top left, on the portrait side (人像面) the photo with
// the hair at its top is on the right, the text on the left, the number along the bottom. A
// 营业执照: the emblem at the top in the middle over the title, the fields below, the seal
// bottom right. An A4 page (a 证明, a form, a letter) has no one layout; its text tells: the
// marks of Chinese punctuation (，。、) at the bottom left of their cells, and the short lines
// of left-aligned text (a paragraph's last line, a form's "户名：…") at the left margin.
enum class Upright {
    Unsure,     // the layout does not say (a blank or foreign card, much of it hidden; a page
                // without text to read, or with too little, or too blurred)
    AsIs,       // the document is upright
    UpsideDown, // it lies the other way up: turn it a half turn
};

struct UprightVerdict
{
    Upright verdict = Upright::Unsure;
    // The linear model's score: > kUprightMargin upright, < -kUprightMargin upside down. A
    // document turned a half turn gets exactly the negated score.
    double score = 0;
};

inline constexpr double kUprightMargin = 1.0;

// `page`: a straightened document of `type`, BGR (rectify()'s output): an ID card or a
// licence in landscape, an A4 page in portrait. Anything else (empty, the other way round,
// grey) is Unsure. An A4 page takes ~20 ms (1654 x 2339, warm memory; ~100 ms on this VM when
// every buffer is faulted in afresh), a card ~2 ms.
UprightVerdict uprightOf(const cv::Mat &page, DocumentType type);

// Turns `page` a half turn when uprightOf() says it lies upside down; true when it did.
bool turnUpright(cv::Mat &page, DocumentType type);

// Which side of the card an upright straightened ID card shows: the emblem side has the red
// emblem over the top left; the portrait side has none, and the photo on the right holds dark
// hair and clothes where the text on the left is print. Unsure for anything else (another
// kind of card, the emblem under a glare spot, a card uprightOf() does not see upright).
enum class IdCardSide { Unsure, Portrait, Emblem };
IdCardSide idCardSide(const cv::Mat &uprightCard);

} // namespace hd::capture
