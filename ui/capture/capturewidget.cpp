#include "capturewidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace hd::ui {

CapturePreview::CapturePreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("capturePreview"));
    setMinimumSize(320, 180);
}

void CapturePreview::setFrame(const QImage &frame)
{
    m_frame = frame;
    update();
}

void CapturePreview::setAnalysis(const capture::FrameAnalysis &analysis)
{
    m_analysis = analysis;
    update();
}

void CapturePreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::black);
    if (m_frame.isNull())
        return;
    const QSizeF size = QSizeF(m_frame.size()).scaled(QSizeF(this->size()), Qt::KeepAspectRatio);
    const QRectF target(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2),
                        size);
    p.drawImage(target, m_frame);
    const double s = size.width() / m_frame.width();
    const QColor colour = m_analysis.good ? QColor(40, 200, 80) : QColor(240, 170, 20);
    if (m_analysis.outline) {
        QPolygonF poly;
        for (const QPointF &pt : *m_analysis.outline)
            poly << target.topLeft() + pt * s;
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(colour, 3));
        p.drawPolygon(poly);
        if (m_analysis.holdProgress > 0) {
            const QRectF ring(poly.boundingRect().center() - QPointF(20, 20), QSizeF(40, 40));
            p.drawArc(ring, 90 * 16, -int(360 * 16 * m_analysis.holdProgress));
        }
    }
    if (!m_analysis.reasons.isEmpty()) {
        p.setPen(colour);
        QFont f = font();
        f.setPointSize(14);
        p.setFont(f);
        p.drawText(rect().adjusted(10, 10, -10, -10), Qt::AlignTop | Qt::AlignHCenter,
                   m_analysis.reasons.join(QLatin1Char('\n')));
    }
}

CaptureWidget::CaptureWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("captureWidget"));
    m_preview = new CapturePreview(this);
    m_typeCombo = new QComboBox(this);
    m_typeCombo->setObjectName(QStringLiteral("typeCombo"));
    m_typeCombo->addItem(tr("居民身份证"), QStringLiteral("id-card"));
    m_typeCombo->addItem(tr("A4 证明/权证"), QStringLiteral("a4"));
    m_typeCombo->addItem(tr("营业执照"), QStringLiteral("licence"));
    m_checklist = new QListWidget(this);
    m_checklist->setObjectName(QStringLiteral("checklist"));
    for (const QString &item :
         {tr("身份证正面"), tr("身份证反面"), tr("房产证明"), tr("营业执照")}) {
        auto *it = new QListWidgetItem(item, m_checklist);
        it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        it->setCheckState(Qt::Unchecked);
    }
    m_thumbnails = new QListWidget(this);
    m_thumbnails->setObjectName(QStringLiteral("thumbnailList"));
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setIconSize(QSize(120, 80));
    m_thumbnails->setMaximumHeight(120);
    m_captureButton = new QPushButton(tr("拍照"), this);
    m_captureButton->setObjectName(QStringLiteral("captureButton"));
    m_retakeButton = new QPushButton(tr("重拍"), this);
    m_retakeButton->setObjectName(QStringLiteral("retakeButton"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));

    auto *side = new QVBoxLayout;
    side->addWidget(new QLabel(tr("证件类型"), this));
    side->addWidget(m_typeCombo);
    side->addWidget(new QLabel(tr("需采集"), this));
    side->addWidget(m_checklist);
    side->addWidget(m_captureButton);
    side->addWidget(m_retakeButton);
    auto *top = new QHBoxLayout;
    top->addWidget(m_preview, 1);
    top->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_thumbnails);
    layout->addWidget(m_statusLabel);

    m_timer.setInterval(33);
    connect(&m_timer, &QTimer::timeout, this, &CaptureWidget::pullFrame);
    connect(&m_watcher, &QFutureWatcher<capture::FrameAnalysis>::finished, this,
            &CaptureWidget::analysisDone);
    connect(m_captureButton, &QPushButton::clicked, this, &CaptureWidget::captureManually);
    connect(m_retakeButton, &QPushButton::clicked, this, &CaptureWidget::retake);
}

CaptureWidget::~CaptureWidget()
{
    m_timer.stop();
    m_watcher.waitForFinished();
}

Status CaptureWidget::openVideoFile(const QString &path)
{
    return m_engine.openVideoFile(path);
}

Status CaptureWidget::openCamera(const QString &cameraId, QSize resolution)
{
    return m_engine.openCamera(cameraId, resolution);
}

void CaptureWidget::pullFrame()
{
    qint64 t = 0;
    const std::optional<QImage> frame = m_engine.nextFrame(&t);
    if (!frame) {
        if (m_engine.atEnd() && !m_watcher.isRunning()) {
            m_timer.stop();
            emit sourceFinished();
        }
        return;
    }
    ++m_framesShown;
    m_preview->setFrame(*frame);
    if (m_watcher.isRunning())
        return; // the detector is busy: show this frame, skip its analysis
    m_analysing = *frame;
    const QImage image = *frame;
    m_watcher.setFuture(
        QtConcurrent::run([this, image, t]() { return m_engine.analyse(image, t); }));
}

void CaptureWidget::analysisDone()
{
    const capture::FrameAnalysis a = m_watcher.result();
    ++m_framesAnalysed;
    m_preview->setAnalysis(a);
    m_statusLabel->setText(a.good ? tr("证件清晰，请保持不动") : a.reasons.join(tr("；")));
    m_lastOutline = a.outline;
    m_lastGoodFrame = m_analysing;
    if (a.captureNow && a.outline)
        captureFrame(m_analysing, *a.outline);
    if (m_engine.atEnd() && !m_timer.isActive())
        emit sourceFinished();
}

void CaptureWidget::captureFrame(const QImage &frame, const QPolygonF &outline)
{
    const QString type = m_typeCombo->currentData().toString();
    const Result<QImage> flat = m_engine.rectify(frame, outline, type);
    if (!flat) {
        m_statusLabel->setText(flat.error().message);
        return;
    }
    m_captured << *flat;
    auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(flat->scaled(
                                         240, 160, Qt::KeepAspectRatio, Qt::SmoothTransformation))),
                                     m_typeCombo->currentText(), m_thumbnails);
    Q_UNUSED(item)
    for (int i = 0; i < m_checklist->count(); ++i)
        if (m_checklist->item(i)->checkState() == Qt::Unchecked) {
            m_checklist->item(i)->setCheckState(Qt::Checked);
            break;
        }
    m_statusLabel->setText(tr("已采集 %1 张").arg(m_captured.size()));
    emit documentCaptured(*flat, type);
}

void CaptureWidget::captureManually()
{
    // Manual capture is always possible: with the detected outline if there is one, else
    // the whole frame.
    if (m_lastGoodFrame.isNull())
        return;
    QPolygonF outline;
    if (m_lastOutline)
        outline = *m_lastOutline;
    else
        outline << QPointF(0, 0) << QPointF(m_lastGoodFrame.width() - 1, 0)
                << QPointF(m_lastGoodFrame.width() - 1, m_lastGoodFrame.height() - 1)
                << QPointF(0, m_lastGoodFrame.height() - 1);
    captureFrame(m_lastGoodFrame, outline);
}

void CaptureWidget::retake()
{
    if (m_captured.isEmpty())
        return;
    m_captured.removeLast();
    delete m_thumbnails->takeItem(m_thumbnails->count() - 1);
    for (int i = m_checklist->count() - 1; i >= 0; --i)
        if (m_checklist->item(i)->checkState() == Qt::Checked) {
            m_checklist->item(i)->setCheckState(Qt::Unchecked);
            break;
        }
    m_engine.rearm();
}

} // namespace hd::ui
