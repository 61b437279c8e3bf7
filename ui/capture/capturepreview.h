#pragma once

#include "captureengine.h"

#include <QImage>
#include <QPolygonF>
#include <QWidget>

namespace hd::ui {

// The live preview: the frame scaled to fit, the outline over it (green when every gate
// passes, amber otherwise with the reason), and a ring while auto-capture counts down.
//
// In editing mode it shows one still frame and the outline with a handle on each corner: the
// clerk drags a corner with the mouse, or picks one with Tab and moves it with the arrow keys
// (Shift: ten times further). Pressing on a corner of the live outline asks for editing.
class CapturePreview final : public QWidget
{
    Q_OBJECT
public:
    explicit CapturePreview(QWidget *parent = nullptr);

    void setFrame(const QImage &frame);
    void setAnalysis(const capture::FrameAnalysis &analysis);
    // The frame shown is out of date (the camera has gone silent): drawn dimmed.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }
    const capture::FrameAnalysis &analysis() const { return m_analysis; }
    QSize sizeHint() const override { return {800, 450}; }

    // Editing: `frame` is held still with `outline` (TL, TR, BR, BL, frame pixels) on it.
    void startEditing(const QImage &frame, const QPolygonF &outline);
    void stopEditing();
    bool isEditing() const { return m_editing; }
    QPolygonF editedOutline() const { return m_edit; }
    int selectedCorner() const { return m_selected; }

    // Frame pixels ↔ widget pixels for the frame currently shown.
    QPointF toWidget(QPointF framePoint) const;
    QPointF toFrame(QPointF widgetPoint) const;

signals:
    // The clerk pressed on a corner of the live outline: the screen should start editing.
    void editRequested(int corner);
    void outlineEdited(const QPolygonF &outline);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRectF target() const;
    int cornerAt(const QPolygonF &outline, QPointF widgetPoint) const;
    void moveCorner(int corner, QPointF framePoint);

    QImage m_frame;
    capture::FrameAnalysis m_analysis;
    bool m_editing = false;
    bool m_stale = false;
    QPolygonF m_edit;
    int m_selected = 0;
    int m_dragging = -1;
};

} // namespace hd::ui
