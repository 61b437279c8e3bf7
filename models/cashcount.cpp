#include "cashcount.h"

#include <QCoreApplication>
#include <QStringList>

namespace hd {

namespace {
QString denominationLabel(std::int64_t fen)
{
    if (fen >= 100)
        return QCoreApplication::translate("hd::CashCount", "%1元").arg(fen / 100);
    if (fen >= 10)
        return QCoreApplication::translate("hd::CashCount", "%1角").arg(fen / 10);
    return QCoreApplication::translate("hd::CashCount", "%1分").arg(fen);
}
} // namespace

const std::vector<std::int64_t> &CashCount::denominations()
{
    static const std::vector<std::int64_t> all = {10000, 5000, 2000, 1000, 500, 100,
                                                  50,    10,   5,    2,    1};
    return all;
}

Status CashCount::add(std::int64_t denominationFen, int pieces)
{
    const auto &all = denominations();
    if (std::find(all.begin(), all.end(), denominationFen) == all.end())
        return Error{QStringLiteral("cash.denomination"),
                     QCoreApplication::translate("hd::CashCount", "没有面额为 %1 元的人民币。")
                         .arg(Money::fromFen(denominationFen).toPlainString())};
    if (pieces < 0 || pieces > 1'000'000)
        return Error{
            QStringLiteral("cash.pieces"),
            QCoreApplication::translate("hd::CashCount", "张数/枚数应在 0 到 1000000 之间：%1")
                .arg(pieces)};
    if (pieces == 0)
        m_pieces.erase(denominationFen);
    else
        m_pieces[denominationFen] = pieces;
    return {};
}

Result<CashCount> CashCount::parse(QStringView text)
{
    CashCount count;
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return count;
    for (const QString &part : trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return Error{
                QStringLiteral("cash.format"),
                QCoreApplication::translate(
                    "hd::CashCount", "点钞格式应为 面额=张数，用逗号分隔，例如 100=5,50=2：%1")
                    .arg(part)};
        auto value = Money::parse(QStringView(part).left(eq).trimmed());
        if (!value)
            return value.error();
        bool ok = false;
        const int pieces = part.mid(eq + 1).trimmed().toInt(&ok);
        if (!ok)
            return Error{
                QStringLiteral("cash.format"),
                QCoreApplication::translate("hd::CashCount", "张数应为整数：%1").arg(part)};
        if (count.pieces(value->fen()) != 0)
            return Error{QStringLiteral("cash.format"),
                         QCoreApplication::translate("hd::CashCount", "面额重复：%1").arg(part)};
        if (Status s = count.add(value->fen(), pieces); !s)
            return s.error();
    }
    return count;
}

CashCount CashCount::fromJson(const QJsonObject &json)
{
    CashCount count;
    for (auto it = json.begin(); it != json.end(); ++it)
        (void)count.add(it.key().toLongLong(), it.value().toInt());
    return count;
}

int CashCount::pieces(std::int64_t denominationFen) const
{
    const auto it = m_pieces.find(denominationFen);
    return it == m_pieces.end() ? 0 : it->second;
}

Money CashCount::total() const
{
    std::int64_t fen = 0;
    for (const auto &[denomination, pieces] : m_pieces)
        fen += denomination * pieces;
    return Money::fromFen(fen);
}

QJsonObject CashCount::toJson() const
{
    QJsonObject json;
    for (const auto &[denomination, pieces] : m_pieces)
        json.insert(QString::number(denomination), pieces);
    return json;
}

QString CashCount::toDisplayString() const
{
    QStringList parts;
    for (const auto &[denomination, pieces] : m_pieces)
        parts << QCoreApplication::translate("hd::CashCount", "%1×%2")
                     .arg(denominationLabel(denomination))
                     .arg(pieces);
    return parts.isEmpty() ? QCoreApplication::translate("hd::CashCount", "无现金")
                           : parts.join(QCoreApplication::translate("hd::CashCount", "，"));
}

} // namespace hd
