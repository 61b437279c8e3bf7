#include "capturepreview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace hd::ui {

namespace {
constexpr double kHandleRadius = 9;  // drawn
constexpr double kGrabDistance = 22; // a press this close to a corner takes it
const QColor kGood(40, 200, 80);
const QColor kWarn(240, 170, 20);
const QColor kEdit(60, 150, 255);
} // namespace

CapturePreview::CapturePreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("capturePreview"));
    setMinimumSize(320, 180);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
}

void CapturePreview::setStale(bool stale)
{
    m_stale = stale;
    update();
}

void CapturePreview::setFrame(const QImage &frame)
{
    if (m_editing)
        return; // the still frame stays while the corners are being adjusted
    m_frame = frame;
    update();
}

void CapturePreview::setAnalysis(const capture::FrameAnalysis &analysis)
{
    m_analysis = analysis;
    if (!m_editing)
        update();
}

void CapturePreview::startEditing(const QImage &frame, const QPolygonF &outline)
{
    m_frame = frame;
    m_edit = outline;
    m_editing = true;
    m_dragging = -1;
    m_selected = std::clamp(m_selected, 0, 3);
    setFocus(Qt::OtherFocusReason);
    update();
}

void CapturePreview::stopEditing()
{
    m_editing = false;
    m_dragging = -1;
    update();
}

QRectF CapturePreview::target() const
{
    if (m_frame.isNull())
        return {};
    const QSizeF size = QSizeF(m_frame.size()).scaled(QSizeF(this->size()), Qt::KeepAspectRatio);
    return {QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size};
}

QPointF CapturePreview::toWidget(QPointF p) const
{
    const QRectF t = target();
    if (t.isEmpty())
        return p;
    const double s = t.width() / m_frame.width();
    return t.topLeft() + p * s;
}

QPointF CapturePreview::toFrame(QPointF p) const
{
    const QRectF t = target();
    if (t.isEmpty())
        return p;
    const double s = t.width() / m_frame.width();
    return (p - t.topLeft()) / s;
}

int CapturePreview::cornerAt(const QPolygonF &outline, QPointF widgetPoint) const
{
    int best = -1;
    double bestD = kGrabDistance;
    for (int i = 0; i < outline.size(); ++i) {
        const QPointF d = toWidget(outline.at(i)) - widgetPoint;
        const double dist = std::hypot(d.x(), d.y());
        if (dist <= bestD) {
            bestD = dist;
            best = i;
        }
    }
    return best;
}

void CapturePreview::moveCorner(int corner, QPointF framePoint)
{
    if (corner < 0 || corner >= m_edit.size() || m_frame.isNull())
        return;
    framePoint.setX(std::clamp(framePoint.x(), 0.0, double(m_frame.width() - 1)));
    framePoint.setY(std::clamp(framePoint.y(), 0.0, double(m_frame.height() - 1)));
    m_edit[corner] = framePoint;
    update();
    emit outlineEdited(m_edit);
}

void CapturePreview::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    if (m_editing) {
        m_dragging = cornerAt(m_edit, event->position());
        if (m_dragging >= 0)
            m_selected = m_dragging;
        update();
        return;
    }
    if (m_analysis.outline) {
        const int corner = cornerAt(*m_analysis.outline, event->position());
        if (corner >= 0) {
            m_selected = corner;
            emit editRequested(corner);
            // The screen has started editing on this press: keep dragging the same corner.
            if (m_editing)
                m_dragging = corner;
        }
    }
}

void CapturePreview::mouseMoveEvent(QMouseEvent *event)
{
    if (m_editing && m_dragging >= 0)
        moveCorner(m_dragging, toFrame(event->position()));
}

void CapturePreview::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_editing && m_dragging >= 0) {
        moveCorner(m_dragging, toFrame(event->position()));
        m_dragging = -1;
    }
}

void CapturePreview::keyPressEvent(QKeyEvent *event)
{
    if (!m_editing)
        return QWidget::keyPressEvent(event);
    const double step = (event->modifiers() & Qt::ShiftModifier) ? 10.0 : 1.0;
    QPointF delta;
    switch (event->key()) {
    case Qt::Key_Tab:
        m_selected = (m_selected + 1) % 4;
        update();
        return;
    case Qt::Key_Backtab:
        m_selected = (m_selected + 3) % 4;
        update();
        return;
    case Qt::Key_Left:
        delta = {-step, 0};
        break;
    case Qt::Key_Right:
        delta = {step, 0};
        break;
    case Qt::Key_Up:
        delta = {0, -step};
        break;
    case Qt::Key_Down:
        delta = {0, step};
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    moveCorner(m_selected, m_edit.at(m_selected) + delta);
}

void CapturePreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::black);
    if (m_frame.isNull())
        return;
    const QRectF t = target();
    p.drawImage(t, m_frame);
    if (m_stale)
        p.fillRect(t, QColor(0, 0, 0, 140));
    p.setRenderHint(QPainter::Antialiasing);
    auto toPoly = [&](const QPolygonF &frameOutline) {
        QPolygonF poly;
        for (const QPointF &pt : frameOutline)
            poly << toWidget(pt);
        return poly;
    };
    if (m_editing) {
        const QPolygonF poly = toPoly(m_edit);
        p.setPen(QPen(kEdit, 2));
        p.drawPolygon(poly);
        for (int i = 0; i < poly.size(); ++i) {
            p.setBrush(i == m_selected ? kEdit : QColor(255, 255, 255, 200));
            p.drawEllipse(poly.at(i), kHandleRadius, kHandleRadius);
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(Qt::white);
        QFont f = font();
        f.setPointSize(13);
        p.setFont(f);
        p.drawText(rect().adjusted(10, 10, -10, -10), Qt::AlignTop | Qt::AlignHCenter,
                   tr("拖动四角对准证件边缘（Tab 换角，方向键微调；不是这份请按 F6），Enter "
                      "确认，Esc 取消"));
        return;
    }
    const QColor colour = m_analysis.good ? kGood : kWarn;
    if (m_analysis.outline) {
        const QPolygonF poly = toPoly(*m_analysis.outline);
        p.setPen(QPen(colour, 3));
        p.drawPolygon(poly);
        p.setBrush(colour);
        for (const QPointF &c : poly)
            p.drawEllipse(c, 4, 4);
        p.setBrush(Qt::NoBrush);
        if (m_analysis.holdProgress > 0) {
            const QRectF ring(poly.boundingRect().center() - QPointF(22, 22), QSizeF(44, 44));
            p.setPen(QPen(colour, 5));
            p.drawArc(ring, 90 * 16, -int(360 * 16 * m_analysis.holdProgress));
        }
    }
    const QString text =
        m_analysis.good ? tr("证件清晰，请保持不动") : m_analysis.reasons.join(QLatin1Char('\n'));
    if (!text.isEmpty()) {
        QFont f = font();
        f.setPointSize(15);
        f.setBold(true);
        p.setFont(f);
        const QRect box =
            p.fontMetrics()
                .boundingRect(rect().adjusted(20, 12, -20, -12),
                              Qt::AlignTop | Qt::AlignHCenter | Qt::TextWordWrap, text)
                .adjusted(-10, -6, 10, 6);
        p.fillRect(box, QColor(0, 0, 0, 150));
        p.setPen(colour);
        p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, text);
    }
}

} // namespace hd::ui
