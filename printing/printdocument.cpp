#include "printdocument.h"

#include <QCoreApplication>

namespace hd {

QString printAmount(Money value)
{
    return value.toDisplayString();
}

QString PrintDocument::reprintBanner() const
{
    return QCoreApplication::translate("hd::PrintDocument", "重打 REPRINT 第 %1 次")
        .arg(reprintCount);
}

QStringList PrintDocument::reprintDetail() const
{
    return {QCoreApplication::translate("hd::PrintDocument", "重打人：%1").arg(reprintedBy),
            QCoreApplication::translate("hd::PrintDocument", "重打时间：%1")
                .arg(reprintedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))};
}

PrintDocument &PrintDocument::heading(const QString &text)
{
    PrintBlock b;
    b.kind = PrintBlock::Kind::Heading;
    b.text = text;
    b.bold = true;
    blocks.append(b);
    return *this;
}

PrintDocument &PrintDocument::text(const QString &text, PrintBlock::Align align, bool bold)
{
    PrintBlock b;
    b.kind = PrintBlock::Kind::Text;
    b.text = text;
    b.align = align;
    b.bold = bold;
    blocks.append(b);
    return *this;
}

PrintDocument &PrintDocument::field(const QString &label, const QString &value)
{
    PrintBlock b;
    b.kind = PrintBlock::Kind::Field;
    b.label = label;
    b.text = value;
    blocks.append(b);
    return *this;
}

PrintDocument &PrintDocument::amount(const QString &label, Money value, bool bold)
{
    return amountText(label, printAmount(value), bold);
}

PrintDocument &PrintDocument::amountText(const QString &label, const QString &value, bool bold)
{
    PrintBlock b;
    b.kind = PrintBlock::Kind::Amount;
    b.label = label;
    b.text = value;
    b.bold = bold;
    blocks.append(b);
    return *this;
}

PrintDocument &PrintDocument::total(const QString &label, Money value)
{
    PrintBlock b;
    b.kind = PrintBlock::Kind::Total;
    b.label = label;
    // The full-width yuan sign is in GB2312, so every thermal printer has it.
    b.text = (value.fen() < 0 ? QStringLiteral("-\uFFE5") : QStringLiteral("\uFFE5")) +
             printAmount(value.fen() < 0 ? -value : value);
    b.bold = true;
    blocks.append(b);
    return *this;
}

PrintDocument &PrintDocument::table(const QStringList &header, const QList<QStringList> &rows,
                                    const QList<PrintBlock::Align> &align)
{
    PrintBlock b;
    b.kind = PrintBlock::Kind::Table;
    b.header = header;
    b.rows = rows;
    b.columnAlign = align;
    blocks.append(b);
    return *this;
}

PrintDocument &PrintDocument::rule()
{
    PrintBlock b;
    b.kind = PrintBlock::Kind::Rule;
    blocks.append(b);
    return *this;
}

PrintDocument &PrintDocument::qr(const QString &payload, const QString &caption)
{
    PrintBlock b;
    b.kind = PrintBlock::Kind::Qr;
    b.text = payload;
    b.label = caption;
    b.align = PrintBlock::Align::Center;
    blocks.append(b);
    return *this;
}

PrintDocument &PrintDocument::signatures(const QStringList &labels)
{
    PrintBlock b;
    b.kind = PrintBlock::Kind::Signatures;
    b.header = labels;
    blocks.append(b);
    return *this;
}

QString PrintDocument::qrPayload() const
{
    for (const PrintBlock &b : blocks)
        if (b.kind == PrintBlock::Kind::Qr)
            return b.text;
    return {};
}

} // namespace hd
