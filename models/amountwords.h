#pragma once

#include "money.h"

#include <QString>

namespace hd {

struct AmountWordsOptions
{
    // 整 after 角 when there are no 分 ("伍角整"); off by default (see DOMAIN.md).
    bool zhengAfterJiao = false;
};

// The amount in Chinese capitals (人民币大写) as written on receipts, e.g. 1,680.32 →
// 壹仟陆佰捌拾元零叁角贰分. Negative amounts get a leading 负.
QString amountInWords(Money amount, AmountWordsOptions options = {});

} // namespace hd
