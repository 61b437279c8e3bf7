#include "pagerenderer.h"

#include "qrcode.h"
#include "rolllayout.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

#include <functional>

namespace hd {

namespace {
// Roll paper, as an 80 mm printer at 203 dpi prints it: a CJK character 24 dots (3 mm)
// square, 30 dots from line to line, QR modules of 6 (80 mm) or 5 (58 mm) dots.
constexpr double kRollEmMm = 3.0;
constexpr double kRollLineMm = 3.75;
constexpr double kRollTopMm = 4.0;
constexpr double kRollBottomMm = 10.0; // the printer's tear-off / cutter distance
constexpr double kDotMm = 25.4 / 203.0;

struct RollGeometry
{
    double paperMm;
    double printableMm;
    int columns;
    double qrModuleMm;
};

RollGeometry rollGeometry(PaperKind paper)
{
    if (paper == PaperKind::Roll58)
        return {58.0, 48.0, 32, 5 * kDotMm};
    return {80.0, 72.0, 48, 6 * kDotMm};
}

constexpr double kA4MarginMm = 18.0;

double rollHeightMm(const QList<RollLine> &lines, const RollGeometry &g)
{
    double h = kRollTopMm + kRollBottomMm;
    for (const RollLine &l : lines) {
        if (l.kind == RollLine::Kind::Qr)
            h += (qrcode::encode(l.text).width() + 8) * g.qrModuleMm;
        else
            h += l.big ? 2 * kRollLineMm : kRollLineMm;
    }
    return h;
}

// Black modules as rectangles, runs of a row merged: sharp at any resolution.
void paintQr(QPainter &p, const QImage &code, QPointF topLeft, double module)
{
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    for (int y = 0; y < code.height(); ++y) {
        const uchar *row = code.constScanLine(y);
        for (int x = 0; x < code.width();) {
            if (row[x] != 0) {
                ++x;
                continue;
            }
            int end = x;
            while (end < code.width() && row[end] == 0)
                ++end;
            p.drawRect(QRectF(topLeft.x() + x * module, topLeft.y() + y * module,
                              (end - x) * module, module));
            x = end;
        }
    }
    p.restore();
}

using NewPage = std::function<bool()>;

void paintRoll(QPainter &p, const PrintDocument &d, PaperKind paper, double dpi)
{
    const RollGeometry g = rollGeometry(paper);
    auto px = [dpi](double mm) { return mm * dpi / 25.4; };
    QFont font(PageRenderer::monoFamily());
    font.setStyleHint(QFont::TypeWriter);
    font.setPixelSize(qMax(1, qRound(px(kRollEmMm))));
    const double left = px((g.paperMm - g.printableMm) / 2);
    const double width = px(g.printableMm);
    double y = px(kRollTopMm);
    for (const RollLine &line : RollLayout::layout(d, g.columns)) {
        if (line.kind == RollLine::Kind::Qr) {
            const QImage code = qrcode::encode(line.text);
            const double module = px(g.qrModuleMm);
            const double size = code.width() * module;
            y += 4 * module; // quiet zone
            paintQr(p, code, QPointF(left + (width - size) / 2, y), module);
            y += size + 4 * module;
            continue;
        }
        const double scale = line.big ? 2.0 : 1.0;
        const double height = px(kRollLineMm) * scale;
        font.setBold(line.bold);
        p.setFont(font);
        const QFontMetricsF fm(font, p.device());
        if (line.inverse) {
            p.fillRect(QRectF(left, y, width, height), Qt::black);
            p.setPen(Qt::white);
        } else {
            p.setPen(Qt::black);
        }
        const double baseline =
            y + (height - (fm.ascent() + fm.descent()) * scale) / 2 + fm.ascent() * scale;
        p.save();
        p.translate(left, baseline);
        p.scale(scale, scale);
        p.drawText(QPointF(0, 0), line.text);
        p.restore();
        y += height;
    }
}

// A4: proportional text, two fields a row, tables with a header repeated after a page break.
class A4Painter
{
public:
    A4Painter(QPainter &p, double dpi, QSizeF pagePx, NewPage newPage)
        : m_p(p)
        , m_dpi(dpi)
        , m_area(px(kA4MarginMm), px(kA4MarginMm), pagePx.width() - 2 * px(kA4MarginMm),
                 pagePx.height() - 2 * px(kA4MarginMm))
        , m_y(m_area.top())
        , m_newPage(std::move(newPage))
    {}

    double px(double mm) const { return mm * m_dpi / 25.4; }
    QFont font(double points, bool bold = false) const
    {
        QFont f(PageRenderer::proportionalFamily());
        f.setPixelSize(qMax(1, qRound(points * m_dpi / 72.0)));
        f.setBold(bold);
        return f;
    }
    bool stopped() const { return m_stopped; }

    void paint(const PrintDocument &d)
    {
        if (!d.organisation.isEmpty())
            paragraph(d.organisation, font(11, true), Qt::AlignHCenter);
        if (!d.title.isEmpty())
            paragraph(d.title, font(18, true), Qt::AlignHCenter);
        if (!d.subtitle.isEmpty())
            paragraph(d.subtitle, font(10), Qt::AlignHCenter);
        if (d.reprint)
            banner(d.reprintBanner(), d.reprintDetail().join(QStringLiteral("　")));
        m_y += px(2);
        for (qsizetype i = 0; i < d.blocks.size() && !m_stopped; ++i) {
            const PrintBlock &b = d.blocks[i];
            switch (b.kind) {
            case PrintBlock::Kind::Heading:
                m_y += px(2);
                paragraph(b.text, font(12, true), Qt::AlignLeft);
                break;
            case PrintBlock::Kind::Text:
                paragraph(b.text, font(10, b.bold),
                          b.align == PrintBlock::Align::Center  ? Qt::AlignHCenter
                          : b.align == PrintBlock::Align::Right ? Qt::AlignRight
                                                                : Qt::AlignLeft);
                break;
            case PrintBlock::Kind::Field: {
                QList<const PrintBlock *> fields;
                while (i < d.blocks.size() && d.blocks[i].kind == PrintBlock::Kind::Field)
                    fields << &d.blocks[i++];
                --i;
                fieldGrid(fields);
                break;
            }
            case PrintBlock::Kind::Amount:
                amountLine(b.label, b.text, font(10.5, b.bold));
                break;
            case PrintBlock::Kind::Total:
                amountLine(b.label, b.text, font(14, true));
                break;
            case PrintBlock::Kind::Table:
                table(b);
                break;
            case PrintBlock::Kind::Rule:
                rule();
                break;
            case PrintBlock::Kind::Qr:
                qr(b.text, b.label);
                break;
            case PrintBlock::Kind::Signatures:
                signatures(b.header);
                break;
            }
        }
        if (!d.footer.isEmpty() && !m_stopped) {
            m_y += px(4);
            for (const QString &f : d.footer)
                paragraph(f, font(9), Qt::AlignHCenter);
        }
        pageNumber();
    }

private:
    void ensure(double height)
    {
        if (m_y + height <= m_area.bottom() - px(6) || m_y == m_area.top())
            return;
        pageNumber();
        if (!m_newPage()) {
            m_stopped = true;
            return;
        }
        ++m_page;
        m_y = m_area.top();
    }
    void pageNumber()
    {
        m_p.setFont(font(8.5));
        m_p.setPen(Qt::darkGray);
        m_p.drawText(QRectF(m_area.left(), m_area.bottom() - px(4), m_area.width(), px(5)),
                     Qt::AlignHCenter | Qt::AlignBottom,
                     QCoreApplication::translate("hd::PageRenderer", "第 %1 页").arg(m_page));
        m_p.setPen(Qt::black);
    }
    double measure(const QFont &f, double width, int flags, const QString &text) const
    {
        return QFontMetricsF(f, m_p.device())
            .boundingRect(QRectF(0, 0, width, 1e9), flags | Qt::TextWordWrap, text)
            .height();
    }
    void paragraph(const QString &text, const QFont &f, Qt::Alignment align)
    {
        const double h = measure(f, m_area.width(), int(align), text);
        ensure(h);
        if (m_stopped)
            return;
        m_p.setFont(f);
        m_p.drawText(QRectF(m_area.left(), m_y, m_area.width(), h), int(align) | Qt::TextWordWrap,
                     text);
        m_y += h + px(1);
    }
    void banner(const QString &title, const QString &detail)
    {
        const QFont f = font(12, true);
        const double h = px(9);
        ensure(h + px(6));
        const QRectF box(m_area.left() + m_area.width() / 4, m_y, m_area.width() / 2, h);
        m_p.fillRect(box, Qt::black);
        m_p.setPen(Qt::white);
        m_p.setFont(f);
        m_p.drawText(box, Qt::AlignCenter, title);
        m_p.setPen(Qt::black);
        m_y += h + px(1);
        paragraph(detail, font(9.5), Qt::AlignHCenter);
    }
    void fieldGrid(const QList<const PrintBlock *> &fields)
    {
        const QFont f = font(10.5);
        const double gap = px(6);
        const double half = (m_area.width() - gap) / 2;
        const QFontMetricsF fm(f, m_p.device());
        qsizetype i = 0;
        while (i < fields.size() && !m_stopped) {
            auto text = [&](qsizetype k) -> QString {
                return fields[k]->label + QStringLiteral("：") + fields[k]->text;
            };
            const bool firstFits = fm.horizontalAdvance(text(i)) <= half;
            const bool pair =
                firstFits && i + 1 < fields.size() && fm.horizontalAdvance(text(i + 1)) <= half;
            if (!pair) {
                paragraph(text(i), f, Qt::AlignLeft);
                ++i;
                continue;
            }
            const double h = fm.height();
            ensure(h);
            if (m_stopped)
                return;
            m_p.setFont(f);
            m_p.drawText(QRectF(m_area.left(), m_y, half, h), Qt::AlignLeft, text(i));
            m_p.drawText(QRectF(m_area.left() + half + gap, m_y, half, h), Qt::AlignLeft,
                         text(i + 1));
            m_y += h + px(1);
            i += 2;
        }
    }
    void amountLine(const QString &label, const QString &value, const QFont &f)
    {
        const double width = qMin(m_area.width(), px(110));
        const QFontMetricsF fm(f, m_p.device());
        const double h = fm.height();
        ensure(h);
        if (m_stopped)
            return;
        m_p.setFont(f);
        const QRectF r(m_area.left(), m_y, width, h);
        m_p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, label);
        m_p.drawText(r, Qt::AlignRight | Qt::AlignVCenter, value);
        m_y += h + px(1);
    }
    void rule()
    {
        ensure(px(3));
        m_p.setPen(QPen(Qt::black, px(0.25)));
        m_p.drawLine(QPointF(m_area.left(), m_y + px(1.5)), QPointF(m_area.right(), m_y + px(1.5)));
        m_y += px(3);
    }
    void table(const PrintBlock &b)
    {
        const qsizetype n = b.header.size();
        if (n == 0)
            return;
        const QFont body = font(9.5);
        const QFont head = font(9.5, true);
        const double pad = px(1.5);
        const QFontMetricsF fmBody(body, m_p.device());
        const QFontMetricsF fmHead(head, m_p.device());
        QList<double> widths(n, 0);
        for (qsizetype c = 0; c < n; ++c) {
            widths[c] = fmHead.horizontalAdvance(b.header[c]) + 2 * pad;
            for (const QStringList &row : b.rows)
                if (c < row.size())
                    widths[c] = qMax(widths[c], fmBody.horizontalAdvance(row[c]) + 2 * pad);
        }
        double sum = 0;
        for (double w : widths)
            sum += w;
        if (sum > m_area.width()) {
            widths[0] = qMax(m_area.width() * 0.2, widths[0] - (sum - m_area.width()));
        } else {
            for (double &w : widths)
                w += (m_area.width() - sum) / double(n);
        }
        auto alignOf = [&](qsizetype c) {
            return c < b.columnAlign.size() && b.columnAlign[c] == PrintBlock::Align::Right
                       ? Qt::AlignRight
                       : Qt::AlignLeft;
        };
        auto rowHeight = [&](const QStringList &row, const QFont &f) {
            double h = 0;
            for (qsizetype c = 0; c < n; ++c)
                h = qMax(h, measure(f, widths[c] - 2 * pad, int(alignOf(c)),
                                    c < row.size() ? row[c] : QString()));
            return h + 2 * pad;
        };
        auto drawRow = [&](const QStringList &row, const QFont &f, bool header) {
            const double h = rowHeight(row, f);
            double x = m_area.left();
            if (header)
                m_p.fillRect(QRectF(x, m_y, m_area.width(), h), QColor(0xe6, 0xe6, 0xe6));
            m_p.setFont(f);
            m_p.setPen(Qt::black);
            for (qsizetype c = 0; c < n; ++c) {
                m_p.drawText(QRectF(x + pad, m_y + pad, widths[c] - 2 * pad, h - 2 * pad),
                             int(alignOf(c)) | Qt::AlignTop | Qt::TextWordWrap,
                             c < row.size() ? row[c] : QString());
                x += widths[c];
            }
            m_p.setPen(QPen(QColor(0xa0, 0xa0, 0xa0), px(0.15)));
            m_p.drawLine(QPointF(m_area.left(), m_y + h), QPointF(m_area.right(), m_y + h));
            m_p.setPen(Qt::black);
            m_y += h;
        };
        ensure(rowHeight(b.header, head) * 2);
        if (m_stopped)
            return;
        drawRow(b.header, head, true);
        for (const QStringList &row : b.rows) {
            const double h = rowHeight(row, body);
            if (m_y + h > m_area.bottom() - px(6)) {
                ensure(1e9);
                if (m_stopped)
                    return;
                drawRow(b.header, head, true);
            }
            drawRow(row, body, false);
        }
        m_y += px(2);
    }
    void qr(const QString &payload, const QString &caption)
    {
        const QImage code = qrcode::encode(payload);
        const double module = px(0.6);
        const double size = code.width() * module;
        const double captionH =
            caption.isEmpty() ? 0 : measure(font(9), m_area.width(), 0, caption);
        ensure(size + 8 * module + captionH);
        if (m_stopped)
            return;
        m_y += 4 * module;
        paintQr(m_p, code, QPointF(m_area.left() + (m_area.width() - size) / 2, m_y), module);
        m_y += size + 4 * module;
        if (!caption.isEmpty())
            paragraph(caption, font(9), Qt::AlignHCenter);
    }
    void signatures(const QStringList &labels)
    {
        if (labels.isEmpty())
            return;
        const QFont f = font(10.5);
        const double h = px(14);
        ensure(h);
        if (m_stopped)
            return;
        const double cell = m_area.width() / double(labels.size());
        m_p.setFont(f);
        const QFontMetricsF fm(f, m_p.device());
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const double x = m_area.left() + i * cell;
            const QString label = labels[i] + QStringLiteral("：");
            const double baseline = m_y + h - px(2);
            m_p.drawText(QPointF(x, baseline), label);
            const double lineX = x + fm.horizontalAdvance(label);
            m_p.drawLine(QPointF(lineX, baseline + px(0.8)),
                         QPointF(x + cell - px(6), baseline + px(0.8)));
        }
        m_y += h + px(2);
    }

    QPainter &m_p;
    double m_dpi;
    QRectF m_area;
    double m_y;
    NewPage m_newPage;
    int m_page = 1;
    bool m_stopped = false;
};

void paintAny(QPainter &p, const PrintDocument &d, PaperKind paper, double dpi, QSizeF pagePx,
              const NewPage &newPage)
{
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    if (paper == PaperKind::A4) {
        A4Painter(p, dpi, pagePx, newPage).paint(d);
        return;
    }
    paintRoll(p, d, paper, dpi);
}
} // namespace

QString paperKey(PaperKind paper)
{
    switch (paper) {
    case PaperKind::Roll80:
        return QStringLiteral("80");
    case PaperKind::Roll58:
        return QStringLiteral("58");
    case PaperKind::A4:
        return QStringLiteral("a4");
    }
    return {};
}

std::optional<PaperKind> paperFromKey(QStringView key)
{
    for (PaperKind p : {PaperKind::Roll80, PaperKind::Roll58, PaperKind::A4})
        if (key.compare(paperKey(p), Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

QString PageRenderer::monoFamily()
{
    return QStringLiteral("Noto Sans Mono CJK SC");
}

QString PageRenderer::proportionalFamily()
{
    return QStringLiteral("Noto Sans CJK SC");
}

bool PageRenderer::cjkFontsAvailable()
{
    const QStringList families = QFontDatabase::families();
    return families.contains(monoFamily()) && families.contains(proportionalFamily());
}

QPageLayout PageRenderer::pageLayout(const PrintDocument &document, PaperKind paper)
{
    if (paper == PaperKind::A4)
        return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF());
    const RollGeometry g = rollGeometry(paper);
    const double height = rollHeightMm(RollLayout::layout(document, g.columns), g);
    // Whole millimetres, so the CUPS media name is a clean Custom.80x152mm.
    const QPageSize size(QSizeF(g.paperMm, std::ceil(height)), QPageSize::Millimeter,
                         QStringLiteral("Roll %1 mm").arg(g.paperMm), QPageSize::ExactMatch);
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF());
}

Status PageRenderer::paint(const PrintDocument &document, PaperKind paper,
                           QPagedPaintDevice &device)
{
    QPainter p;
    if (!p.begin(&device))
        return Error{
            QStringLiteral("print.begin"),
            QCoreApplication::translate("hd::PageRenderer",
                                        "无法开始打印：打印机或文件不可用。请检查打印机设置。")};
    const double dpi = device.logicalDpiY();
    const QSizeF pagePx(device.width(), device.height());
    paintAny(p, document, paper, dpi, pagePx, [&device] { return device.newPage(); });
    if (!p.end())
        return Error{
            QStringLiteral("print.end"),
            QCoreApplication::translate(
                "hd::PageRenderer", "打印作业未能完成：打印机或文件不可用。请检查打印机后重打。")};
    return {};
}

Result<QByteArray> PageRenderer::pdf(const PrintDocument &document, PaperKind paper)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setCreator(QStringLiteral("HallDesk"));
        writer.setTitle(document.title + QLatin1Char(' ') + document.documentNo);
        writer.setPageLayout(pageLayout(document, paper));
        if (Status s = paint(document, paper, writer); !s)
            return s.error();
    }
    return bytes;
}

QImage PageRenderer::image(const PrintDocument &document, PaperKind paper, int dpi)
{
    const QSizeF mm = pageLayout(document, paper).fullRect(QPageLayout::Millimeter).size();
    const QSize size(qRound(mm.width() * dpi / 25.4), qRound(mm.height() * dpi / 25.4));
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    QPainter p(&image);
    paintAny(p, document, paper, dpi, QSizeF(size), [] { return false; });
    return image;
}

} // namespace hd
