#pragma once

#include "result.h"

#include <QMetaType>
#include <QString>

#include <compare>
#include <cstdint>

namespace hd {

// An amount of renminbi as an integer number of fen (分). Never a float.
class Money final
{
public:
    // The largest amount HallDesk handles: 9999亿9999万9999元9角9分, the range that the
    // Chinese capitals (人民币大写) used on receipts can express.
    static constexpr std::int64_t kMaxFen = 99'999'999'999'999;

    constexpr Money() = default;
    static constexpr Money fromFen(std::int64_t fen) { return Money(fen); }
    static constexpr Money zero() { return Money(0); }

    constexpr std::int64_t fen() const { return m_fen; }
    constexpr bool isZero() const { return m_fen == 0; }
    constexpr bool isNegative() const { return m_fen < 0; }

    // Parses what a clerk types: "12", "12.3", "12.30", "1,234.56" (ASCII digits only).
    // Rejected with a message: empty, negative, more than two decimals, exponent, full-width
    // digits, any other character, above kMaxFen.
    static Result<Money> parse(QStringView text);

    // "1234.56", "-0.05": plain figures, as stored in CSV and JSON.
    QString toPlainString() const;
    // "1,234.56": grouped figures for screens and receipts (no currency sign).
    QString toDisplayString() const;
    // "¥1,234.56"
    QString toYuanString() const;

    constexpr Money operator+(Money other) const { return Money(m_fen + other.m_fen); }
    constexpr Money operator-(Money other) const { return Money(m_fen - other.m_fen); }
    constexpr Money operator-() const { return Money(-m_fen); }
    constexpr Money &operator+=(Money other)
    {
        m_fen += other.m_fen;
        return *this;
    }
    constexpr Money &operator-=(Money other)
    {
        m_fen -= other.m_fen;
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(std::int64_t fen)
        : m_fen(fen)
    {}
    std::int64_t m_fen = 0;
};

} // namespace hd

Q_DECLARE_METATYPE(hd::Money)
