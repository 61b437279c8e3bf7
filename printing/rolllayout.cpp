#include "rolllayout.h"

#include "textcolumns.h"

namespace hd {

namespace tc = textcolumns;

namespace {
class Builder
{
public:
    explicit Builder(int columns)
        : m_columns(columns)
    {}

    void line(const QString &text, bool bold = false, bool big = false, bool inverse = false)
    {
        m_lines.append({RollLine::Kind::Text, text, bold, big, inverse});
    }
    void wrapped(const QString &text, PrintBlock::Align align, bool bold = false)
    {
        for (const QString &l : tc::wrap(text, m_columns))
            line(align == PrintBlock::Align::Center  ? tc::center(l, m_columns)
                 : align == PrintBlock::Align::Right ? tc::padLeft(l, m_columns)
                                                     : l,
                 bold);
    }
    void field(const QString &label, const QString &value)
    {
        const QString head = label + QStringLiteral("：");
        const int indent = tc::width(head);
        if (indent > m_columns / 2) {
            wrapped(head + value, PrintBlock::Align::Left);
            return;
        }
        const QStringList parts = tc::wrap(value, m_columns - indent);
        if (parts.isEmpty()) {
            line(head);
            return;
        }
        for (qsizetype i = 0; i < parts.size(); ++i)
            line((i == 0 ? head : QString(indent, QLatin1Char(' '))) + parts[i]);
    }
    void amount(const QString &label, const QString &value, bool bold)
    {
        if (tc::width(label) + 1 + tc::width(value) <= m_columns) {
            line(tc::spread(label, value, m_columns), bold);
            return;
        }
        wrapped(label, PrintBlock::Align::Left, bold);
        wrapped(value, PrintBlock::Align::Right, bold);
    }
    void total(const QString &label, const QString &value)
    {
        const int big = m_columns / 2;
        if (tc::width(label) + 1 + tc::width(value) <= big) {
            line(tc::spread(label, value, big), true, true);
        } else if (tc::width(value) <= big) {
            wrapped(label, PrintBlock::Align::Left, true);
            line(tc::padLeft(value, big), true, true);
        } else {
            amount(label, value, true);
        }
    }
    void table(const PrintBlock &b)
    {
        const qsizetype n = b.header.size();
        if (n == 0)
            return;
        auto alignOf = [&](qsizetype c) {
            return c < b.columnAlign.size() ? b.columnAlign[c] : PrintBlock::Align::Left;
        };
        QList<int> widths(n, 0);
        auto measure = [&](const QStringList &row) {
            for (qsizetype c = 0; c < n && c < row.size(); ++c)
                widths[c] = qMax(widths[c], tc::width(row[c]));
        };
        measure(b.header);
        for (const QStringList &row : b.rows)
            measure(row);
        const int gaps = int(n - 1);
        int sum = gaps;
        for (int w : widths)
            sum += w;
        // Too wide: the first (text) column gives up room and wraps; never below four.
        if (sum > m_columns)
            widths[0] = qMax(4, widths[0] - (sum - m_columns));
        sum = gaps;
        for (int w : widths)
            sum += w;
        // Spare room goes between the columns, so numbers line up at the right edge.
        const int spare = qMax(0, m_columns - sum);
        auto emitRow = [&](const QStringList &row, bool bold) {
            QList<QStringList> cells(n);
            qsizetype height = 1;
            for (qsizetype c = 0; c < n; ++c) {
                cells[c] = tc::wrap(c < row.size() ? row[c] : QString(), widths[c]);
                height = qMax(height, cells[c].size());
            }
            for (qsizetype r = 0; r < height; ++r) {
                QString text;
                for (qsizetype c = 0; c < n; ++c) {
                    const QString cell = r < cells[c].size() ? cells[c][r] : QString();
                    if (c > 0)
                        text += QString(1 + (c == 1 ? spare : 0), QLatin1Char(' '));
                    text += alignOf(c) == PrintBlock::Align::Right ? tc::padLeft(cell, widths[c])
                                                                   : tc::padRight(cell, widths[c]);
                }
                while (text.endsWith(QLatin1Char(' ')))
                    text.chop(1);
                line(text, bold);
            }
        };
        emitRow(b.header, true);
        for (const QStringList &row : b.rows)
            emitRow(row, false);
    }

    void qr(const QString &payload) { m_lines.append({RollLine::Kind::Qr, payload}); }
    QList<RollLine> take() { return std::move(m_lines); }
    int columns() const { return m_columns; }

private:
    int m_columns;
    QList<RollLine> m_lines;
};
} // namespace

QList<RollLine> RollLayout::layout(const PrintDocument &d, int columns)
{
    Builder out(columns);
    const QString rule(columns, QLatin1Char('-'));
    if (!d.organisation.isEmpty())
        out.wrapped(d.organisation, PrintBlock::Align::Center, true);
    if (!d.title.isEmpty()) {
        const int big = columns / 2;
        for (const QString &l : textcolumns::wrap(d.title, big))
            out.line(textcolumns::center(l, big), true, true);
    }
    if (!d.subtitle.isEmpty())
        out.wrapped(d.subtitle, PrintBlock::Align::Center);
    if (d.reprint) {
        out.line(textcolumns::padRight(textcolumns::center(d.reprintBanner(), columns), columns),
                 true, false, true);
        for (const QString &line : d.reprintDetail())
            out.wrapped(line, PrintBlock::Align::Center);
    }
    out.line(rule);
    for (const PrintBlock &b : d.blocks) {
        switch (b.kind) {
        case PrintBlock::Kind::Heading:
            out.wrapped(b.text, b.align, true);
            break;
        case PrintBlock::Kind::Text:
            out.wrapped(b.text, b.align, b.bold);
            break;
        case PrintBlock::Kind::Field:
            out.field(b.label, b.text);
            break;
        case PrintBlock::Kind::Amount:
            out.amount(b.label, b.text, b.bold);
            break;
        case PrintBlock::Kind::Total:
            out.total(b.label, b.text);
            break;
        case PrintBlock::Kind::Table:
            out.table(b);
            break;
        case PrintBlock::Kind::Rule:
            out.line(rule);
            break;
        case PrintBlock::Kind::Qr:
            out.qr(b.text);
            break;
        case PrintBlock::Kind::Signatures:
            for (const QString &label : b.header) {
                out.line(QString());
                const QString head = label + QStringLiteral("：");
                out.line(head +
                         QString(qMax(4, columns - textcolumns::width(head)), QLatin1Char('_')));
            }
            break;
        }
        if (b.kind == PrintBlock::Kind::Qr && !b.label.isEmpty())
            out.wrapped(b.label, PrintBlock::Align::Center);
    }
    if (!d.footer.isEmpty()) {
        out.line(rule);
        for (const QString &f : d.footer)
            out.wrapped(f, PrintBlock::Align::Center);
    }
    return out.take();
}

} // namespace hd
