#pragma once

#include "money.h"
#include "result.h"

#include <QJsonObject>

#include <map>

namespace hd {

// A drawer counted by denomination (点钞): pieces per note or coin value.
class CashCount final
{
public:
    // Renminbi notes and coins, in fen, largest first: 100, 50, 20, 10, 5, 1 yuan, 5, 1 jiao,
    // 5, 2, 1 fen.
    static const std::vector<std::int64_t> &denominations();

    // "100=5,50=2,0.5=3": yuan value = pieces, comma separated; empty is an empty drawer.
    static Result<CashCount> parse(QStringView text);
    static CashCount fromJson(const QJsonObject &json);

    Status add(std::int64_t denominationFen, int pieces);
    int pieces(std::int64_t denominationFen) const;
    Money total() const;
    QJsonObject toJson() const;      // {"10000": 5, ...}
    QString toDisplayString() const; // 100元×5，50元×2

private:
    std::map<std::int64_t, int, std::greater<>> m_pieces;
};

} // namespace hd
