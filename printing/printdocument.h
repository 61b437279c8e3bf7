#pragma once

#include "money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace hd {

// One block of a printed document, in reading order. Every backend (ESC/POS bytes, roll
// paper and A4 through QPainter) lays the same blocks out for its own width.
struct PrintBlock
{
    enum class Kind {
        Heading,    // a section title
        Text,       // a paragraph, wrapped
        Field,      // label：value, the value wrapped under itself
        Amount,     // label … amount, the amount right-aligned
        Total,      // the emphasised amount: bold, double size on thermal printers
        Table,      // header and rows; columns of numbers right-aligned
        Rule,       // a separating line
        Qr,         // a QR code with its payload in `text` and a caption in `label`
        Signatures, // lines to sign on (签字), one per label in `header`
    };
    enum class Align { Left, Center, Right };

    Kind kind = Kind::Text;
    QString label;
    QString text;
    Align align = Align::Left;
    bool bold = false;
    QStringList header;
    QList<QStringList> rows;
    QList<Align> columnAlign; // per table column; Left when missing
};

// A receipt, reprint, reversal slip, shift-close sheet or day-end report, described once.
struct PrintDocument
{
    enum class Type { Receipt, ReversalSlip, ShiftClose, DayReport, TestPage };

    Type type = Type::Receipt;
    QString documentNo;   // the receipt number, the shift, the day: names the print job
    QString organisation; // printed above the title (the hall)
    QString title;
    QString subtitle;
    QList<PrintBlock> blocks;
    QStringList footer;

    // A reprint says so, with its number and who reprinted it.
    bool reprint = false;
    int reprintCount = 0;
    QString reprintedBy;
    QDateTime reprintedAt; // UTC
    // Open the cash drawer (ESC p) before printing: cash was taken.
    bool kickDrawer = false;

    QString reprintBanner() const;     // "重打 REPRINT 第 2 次"
    QStringList reprintDetail() const; // who, and when in local time: two lines

    PrintDocument &heading(const QString &text);
    PrintDocument &text(const QString &text, PrintBlock::Align align = PrintBlock::Align::Left,
                        bool bold = false);
    PrintDocument &field(const QString &label, const QString &value);
    PrintDocument &amount(const QString &label, Money value, bool bold = false);
    PrintDocument &amountText(const QString &label, const QString &value, bool bold = false);
    PrintDocument &total(const QString &label, Money value);
    PrintDocument &table(const QStringList &header, const QList<QStringList> &rows,
                         const QList<PrintBlock::Align> &align);
    PrintDocument &rule();
    PrintDocument &qr(const QString &payload, const QString &caption);
    PrintDocument &signatures(const QStringList &labels);
    QString qrPayload() const; // the first QR block's payload, empty without one
};

// How a money amount is printed: "1,234.56", a leading "-" for reversals.
QString printAmount(Money value);

} // namespace hd
