#include "capturewidget.h"

#include "appsettings.h"
#include "cameras.h"
#include "capturepreview.h"
#include "framesource.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace hd::ui {

namespace {
enum SourceKind { OtherSource = -1, CameraSource = 1, VideoSource, ImageSource, FolderSource };
constexpr int kKindRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kLabelRole = Qt::UserRole + 3;

QString sizeText(QSize s)
{
    return QStringLiteral("%1×%2").arg(s.width()).arg(s.height());
}
} // namespace

QList<CaptureWidget::ChecklistItem> CaptureWidget::defaultChecklist()
{
    return {{tr("身份证人像面"), QStringLiteral("id-card"), 0},
            {tr("身份证国徽面"), QStringLiteral("id-card"), 1},
            {tr("房产证明"), QStringLiteral("a4"), -1},
            {tr("营业执照"), QStringLiteral("licence"), -1}};
}

CaptureWidget::CaptureWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("captureWidget"));
    m_preview = new CapturePreview(this);

    m_sourceCombo = new QComboBox(this);
    m_sourceCombo->setObjectName(QStringLiteral("sourceCombo"));
    m_sourceCombo->setToolTip(tr("画面来源：摄像头（高拍仪）、视频文件、图像或扫描文件夹"));
    m_resolutionCombo = new QComboBox(this);
    m_resolutionCombo->setObjectName(QStringLiteral("resolutionCombo"));
    m_resolutionCombo->setToolTip(tr("摄像头分辨率（本机记住所选）"));
    populateSources();
    capture::onCamerasChanged(this, [this]() { refreshSources(); });
    connect(m_sourceCombo, &QComboBox::activated, this, &CaptureWidget::sourceChosen);
    connect(m_resolutionCombo, &QComboBox::activated, this, &CaptureWidget::resolutionChosen);

    m_checklist = new QListWidget(this);
    m_checklist->setObjectName(QStringLiteral("checklist"));
    m_checklist->setToolTip(tr("需采集的证件：选中一项后拍摄"));
    // An outline of another kind of document than the one chosen (the form under the ID card)
    // is not taken, and the clerk is told why.
    connect(m_checklist, &QListWidget::currentRowChanged, this, [this](int row) {
        m_engine.setExpectedType(row >= 0 && row < m_items.size() ? m_items.at(row).type
                                                                  : QString());
    });
    m_thumbnails = new QListWidget(this);
    m_thumbnails->setObjectName(QStringLiteral("thumbnailList"));
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setIconSize(QSize(150, 100));
    m_thumbnails->setFixedHeight(140);
    m_thumbnails->setMovement(QListView::Static);
    connect(m_thumbnails, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            setCurrentItem(m_thumbnails->item(row)->data(Qt::UserRole).toInt());
    });

    auto button = [this](const QString &text, const QString &name, const QKeySequence &key,
                         void (CaptureWidget::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAutoDefault(false); // Enter belongs to the corner adjustment, not to a button
        b->setToolTip(QStringLiteral("%1（%2）").arg(text, key.toString(QKeySequence::NativeText)));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_captureButton = button(tr("拍照"), QStringLiteral("captureButton"),
                             QKeySequence(Qt::Key_Space), &CaptureWidget::captureManually);
    m_adjustButton = button(tr("调整四角"), QStringLiteral("adjustButton"),
                            QKeySequence(Qt::Key_F7), &CaptureWidget::startAdjusting);
    m_otherButton = button(tr("换一个轮廓"), QStringLiteral("otherOutlineButton"),
                           QKeySequence(Qt::Key_F6), &CaptureWidget::nextOutline);
    m_confirmButton = button(tr("确认拍摄"), QStringLiteral("confirmButton"),
                             QKeySequence(Qt::Key_Return), &CaptureWidget::confirmAdjusted);
    m_cancelButton = button(tr("取消调整"), QStringLiteral("cancelButton"),
                            QKeySequence(Qt::Key_Escape), &CaptureWidget::cancelAdjusting);
    m_retakeButton = button(tr("重拍"), QStringLiteral("retakeButton"), QKeySequence(Qt::Key_F8),
                            &CaptureWidget::retake);
    m_turnButton = button(tr("旋转 180°"), QStringLiteral("turnButton"),
                          QKeySequence(Qt::CTRL | Qt::Key_R), &CaptureWidget::turnHalf);
    m_nextButton = button(tr("下一张"), QStringLiteral("nextButton"),
                          QKeySequence(Qt::Key_PageDown), &CaptureWidget::nextStill);
    shortcut(QKeySequence(Qt::Key_Space), &CaptureWidget::captureManually);
    shortcut(QKeySequence(Qt::Key_F7), &CaptureWidget::startAdjusting);
    shortcut(QKeySequence(Qt::Key_F6), &CaptureWidget::nextOutline);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_R), &CaptureWidget::turnHalf);
    shortcut(QKeySequence(Qt::Key_F8), &CaptureWidget::retake);
    shortcut(QKeySequence(Qt::Key_PageDown), &CaptureWidget::nextStill);
    m_confirmShortcut = shortcut(QKeySequence(Qt::Key_Return), &CaptureWidget::confirmAdjusted);
    m_enterShortcut = shortcut(QKeySequence(Qt::Key_Enter), &CaptureWidget::confirmAdjusted);
    m_cancelShortcut = shortcut(QKeySequence(Qt::Key_Escape), &CaptureWidget::cancelAdjusting);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);

    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(new QLabel(tr("来源"), this));
    sourceRow->addWidget(m_sourceCombo, 2);
    sourceRow->addWidget(new QLabel(tr("分辨率"), this));
    sourceRow->addWidget(m_resolutionCombo, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(new QLabel(tr("需采集的证件"), this));
    side->addWidget(m_checklist, 1);
    side->addWidget(m_captureButton);
    side->addWidget(m_adjustButton);
    side->addWidget(m_otherButton);
    side->addWidget(m_confirmButton);
    side->addWidget(m_cancelButton);
    side->addWidget(m_retakeButton);
    side->addWidget(m_turnButton);
    side->addWidget(m_nextButton);
    auto *sideBox = new QWidget(this);
    sideBox->setLayout(side);
    sideBox->setFixedWidth(220);
    auto *top = new QHBoxLayout;
    top->addWidget(m_preview, 1);
    top->addWidget(sideBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sourceRow);
    layout->addLayout(top, 1);
    layout->addWidget(m_thumbnails);
    layout->addWidget(m_statusLabel);

    setChecklist(defaultChecklist());

    // One thread of its own for the analyses, kept: the detector's network is laid out once
    // per thread, and the warm-up below pays for it on the thread that will use it.
    m_worker.setMaxThreadCount(1);
    m_worker.setExpiryTimeout(-1);
    m_timer.setInterval(15);
    connect(&m_timer, &QTimer::timeout, this, &CaptureWidget::pullFrame);
    connect(&m_watcher, &QFutureWatcher<capture::FrameAnalysis>::finished, this,
            &CaptureWidget::analysisDone);
    connect(&m_outlinesWatcher, &QFutureWatcher<QList<QPolygonF>>::finished, this,
            &CaptureWidget::outlinesFound);
    // The detector's first use costs 150-250 ms (OpenCV's tables, the network's layout): paid
    // in the background while the clerk picks a source, not on the first frame analysed.
    m_warmUp = QtConcurrent::run(&m_worker, [this]() { m_engine.warmUp(QSize(1280, 720)); });
    connect(m_preview, &CapturePreview::editRequested, this, &CaptureWidget::editRequested);
    refreshButtons();
}

CaptureWidget::~CaptureWidget()
{
    m_timer.stop();
    m_watcher.waitForFinished();
    m_outlinesWatcher.waitForFinished();
    m_warmUp.waitForFinished();
}

QShortcut *CaptureWidget::shortcut(const QKeySequence &key, void (CaptureWidget::*slot)())
{
    auto *s = new QShortcut(key, this);
    s->setContext(Qt::WidgetWithChildrenShortcut);
    connect(s, &QShortcut::activated, this, slot);
    return s;
}

void CaptureWidget::populateSources()
{
    m_populating = true;
    m_sourceCombo->clear();
    const QString remembered = AppSettings::get(AppSettings::captureCameraId);
    int select = -1;
    for (const capture::CameraInfo &c : capture::listCameras()) {
        m_sourceCombo->addItem(c.isDefault ? tr("%1（默认）").arg(c.description) : c.description);
        const int i = m_sourceCombo->count() - 1;
        m_sourceCombo->setItemData(i, CameraSource, kKindRole);
        m_sourceCombo->setItemData(i, c.id, kIdRole);
        QVariantList sizes;
        for (QSize s : c.resolutions)
            sizes << s;
        m_sourceCombo->setItemData(i, sizes, kIdRole + 1);
        if (c.id == remembered || (select < 0 && c.isDefault))
            select = i;
    }
    if (m_sourceCombo->count() == 0) {
        m_sourceCombo->addItem(tr("（未检测到摄像头）"));
        m_sourceCombo->setItemData(0, 0, kKindRole);
    }
    m_sourceCombo->addItem(tr("视频文件…"), VideoSource);
    m_sourceCombo->addItem(tr("图像文件…"), ImageSource);
    m_sourceCombo->addItem(tr("扫描件文件夹…"), FolderSource);
    for (int i = 0; i < m_sourceCombo->count(); ++i)
        m_sourceCombo->setItemData(i, m_sourceCombo->itemText(i), kLabelRole);
    m_sourceCombo->setCurrentIndex(std::max(0, select));
    m_resolutionCombo->setEnabled(false); // until a camera is open
    m_populating = false;
}

// A camera plugged in or out while the screen is open: the list is read again, and the source
// shown stays selected (a camera by its id, with its resolutions; a file by its name). With
// no source open (the camera was missing when the screen opened), the camera this terminal
// uses, or the system's default, is opened as soon as it is there.
void CaptureWidget::refreshSources()
{
    const int index = m_sourceCombo->currentIndex();
    const int kind = index >= 0 ? m_sourceCombo->itemData(index, kKindRole).toInt() : 0;
    const QString id = index >= 0 ? m_sourceCombo->itemData(index, kIdRole).toString() : QString();
    const QString shown = m_sourceCombo->currentText();
    const bool resolutions = m_resolutionCombo->isEnabled();
    populateSources();
    if (!m_sourceOpen) {
        if (!capture::listCameras().isEmpty() && openRememberedCamera())
            start();
        return;
    }
    if (kind == CameraSource) {
        // Gone from the list (unplugged): nothing selected for it; the screen says it is silent.
        if (const int i = cameraEntry(id); i >= 0) {
            m_populating = true;
            m_sourceCombo->setCurrentIndex(i);
            m_resolutionCombo->setEnabled(resolutions);
            m_populating = false;
        }
    } else {
        showSource(kind, shown);
    }
}

int CaptureWidget::cameraEntry(const QString &cameraId) const
{
    for (int i = 0; i < m_sourceCombo->count(); ++i)
        if (m_sourceCombo->itemData(i, kKindRole).toInt() == CameraSource &&
            (cameraId.isEmpty() || m_sourceCombo->itemData(i, kIdRole).toString() == cameraId))
            return i;
    return -1;
}

void CaptureWidget::sourceChosen(int index)
{
    if (m_populating || index < 0)
        return;
    const int kind = m_sourceCombo->itemData(index, kKindRole).toInt();
    Status s;
    switch (kind) {
    case CameraSource: {
        QSize size = AppSettings::get(AppSettings::captureResolution);
        const QString id = m_sourceCombo->itemData(index, kIdRole).toString();
        if (id != AppSettings::get(AppSettings::captureCameraId))
            size = {}; // another camera: its own default format first
        s = openCamera(id, size);
        break;
    }
    case VideoSource: {
        const QString path = QFileDialog::getOpenFileName(this, tr("选择视频文件"), QString(),
                                                          tr("视频 (*.avi *.mp4 *.mkv *.mov)"));
        if (path.isEmpty())
            return;
        s = openVideoFile(path);
        break;
    }
    case ImageSource: {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("选择图像文件"), QString(),
            tr("图像 (%1)").arg(capture::CaptureEngine::imageNameFilters().join(QLatin1Char(' '))));
        if (path.isEmpty())
            return;
        s = openImageFile(path);
        break;
    }
    case FolderSource: {
        const QString path = QFileDialog::getExistingDirectory(this, tr("选择扫描件文件夹"));
        if (path.isEmpty())
            return;
        s = openFolder(path);
        break;
    }
    default:
        return;
    }
    if (!s)
        m_statusLabel->setText(s.error().message);
    else
        start();
}

void CaptureWidget::resolutionChosen(int index)
{
    if (m_populating)
        return;
    const int source = m_sourceCombo->currentIndex();
    if (index < 0 || m_sourceCombo->itemData(source, kKindRole).toInt() != CameraSource)
        return;
    const QSize size = m_resolutionCombo->itemData(index).toSize();
    if (const Status s = openCamera(m_sourceCombo->itemData(source, kIdRole).toString(), size); !s)
        m_statusLabel->setText(s.error().message);
    else
        start();
}

void CaptureWidget::showSource(int kind, const QString &name)
{
    m_populating = true;
    for (int i = 0; i < m_sourceCombo->count(); ++i) {
        m_sourceCombo->setItemText(i, m_sourceCombo->itemData(i, kLabelRole).toString());
        if (m_sourceCombo->itemData(i, kKindRole).toInt() == kind && kind != CameraSource) {
            m_sourceCombo->setItemText(i, name);
            m_sourceCombo->setCurrentIndex(i);
        }
    }
    m_resolutionCombo->setEnabled(kind == CameraSource);
    m_populating = false;
}

Status CaptureWidget::opened(Status status, bool still)
{
    if (!status)
        return status;
    m_sourceOpen = true;
    m_still = still;
    m_stillShown = false;
    m_silent = false;
    m_preview->setStale(false);
    m_sinceFrame.start();
    m_pending = QImage();
    ++m_opening; // an analysis running now is of the old source's frame
    m_notFoundSinceMs = -1;
    // Nothing of the old source is left to capture by hand or to outline.
    m_lastFrame = QImage();
    m_lastAnalysis = {};
    m_preview->setAnalysis({});
    m_statusLabel->clear();
    refreshButtons();
    return status;
}

Status CaptureWidget::openVideoFile(const QString &path)
{
    const Status s = opened(m_engine.openVideoFile(path), false);
    if (s)
        showSource(VideoSource, tr("视频文件：%1").arg(QFileInfo(path).fileName()));
    return s;
}

Status CaptureWidget::openImageFile(const QString &path)
{
    const Status s = opened(m_engine.openImageFile(path), true);
    if (s)
        showSource(ImageSource, tr("图像文件：%1").arg(QFileInfo(path).fileName()));
    return s;
}

Status CaptureWidget::openFolder(const QString &path)
{
    const Status s = opened(m_engine.openFolder(path), true);
    if (s)
        showSource(FolderSource, tr("扫描件文件夹：%1").arg(QFileInfo(path).fileName()));
    return s;
}

Status CaptureWidget::openCamera(const QString &cameraId, QSize resolution)
{
    const Status s = opened(m_engine.openCamera(cameraId, resolution), false);
    if (s) {
        showSource(CameraSource, QString());
        // The camera's entry (the first one for an empty id) and its resolutions.
        if (const int i = cameraEntry(cameraId); i >= 0) {
            m_populating = true;
            m_sourceCombo->setCurrentIndex(i);
            m_resolutionCombo->clear();
            for (const QVariant &v : m_sourceCombo->itemData(i, kIdRole + 1).toList())
                m_resolutionCombo->addItem(sizeText(v.toSize()), v);
            m_resolutionCombo->setCurrentIndex(
                std::max(0, m_resolutionCombo->findData(resolution)));
            m_populating = false;
        }
        AppSettings::set(AppSettings::captureCameraId, cameraId);
        AppSettings::set(AppSettings::captureResolution, resolution);
    }
    return s;
}

Status CaptureWidget::openSource(std::unique_ptr<capture::FrameSource> source)
{
    const Status s = opened(m_engine.open(std::move(source)), false);
    if (s)
        showSource(OtherSource, QString()); // none of the listed ones
    return s;
}

void CaptureWidget::setSilenceTimeouts(int silentMs, int retryMs)
{
    m_silentMs = silentMs;
    m_retryMs = retryMs;
}

Status CaptureWidget::openRememberedCamera()
{
    return openCamera(AppSettings::get(AppSettings::captureCameraId),
                      AppSettings::get(AppSettings::captureResolution));
}

void CaptureWidget::showMessage(const QString &text)
{
    m_statusLabel->setText(text);
}

void CaptureWidget::start()
{
    m_sinceFrame.start();
    m_timer.start();
}

void CaptureWidget::stop()
{
    m_timer.stop();
}

void CaptureWidget::setChecklist(const QList<ChecklistItem> &items)
{
    m_items = items;
    m_taken = QList<std::optional<Taken>>(items.size());
    m_checklist->clear();
    for (const ChecklistItem &it : items)
        new QListWidgetItem(it.label, m_checklist);
    m_thumbnails->clear();
    setCurrentItem(0);
    refreshChecklist();
}

int CaptureWidget::currentItem() const
{
    return m_checklist->currentRow();
}

void CaptureWidget::setCurrentItem(int index)
{
    if (index >= 0 && index < m_checklist->count())
        m_checklist->setCurrentRow(index);
}

void CaptureWidget::refreshChecklist()
{
    for (int i = 0; i < m_checklist->count(); ++i) {
        QListWidgetItem *it = m_checklist->item(i);
        const bool done = m_taken.at(i).has_value();
        it->setText(done ? tr("✔ %1").arg(m_items.at(i).label) : m_items.at(i).label);
        it->setData(Qt::UserRole, done);
    }
    // Thumbnails in checklist order, each remembering its item.
    m_thumbnails->blockSignals(true);
    m_thumbnails->clear();
    for (int i = 0; i < m_taken.size(); ++i) {
        if (!m_taken.at(i))
            continue;
        auto *t =
            new QListWidgetItem(QIcon(QPixmap::fromImage(m_taken.at(i)->page.scaled(
                                    300, 200, Qt::KeepAspectRatio, Qt::SmoothTransformation))),
                                m_items.at(i).label, m_thumbnails);
        t->setData(Qt::UserRole, i);
    }
    m_thumbnails->blockSignals(false);
}

void CaptureWidget::refreshButtons()
{
    const bool editing = m_preview->isEditing();
    m_captureButton->setVisible(!editing);
    m_adjustButton->setVisible(!editing);
    m_retakeButton->setVisible(!editing);
    m_turnButton->setVisible(!editing);
    // Nothing of a silent camera's last picture is taken: the document may have moved.
    m_captureButton->setEnabled(!m_silent);
    m_adjustButton->setEnabled(!m_silent);
    m_otherButton->setEnabled(!m_silent);
    m_nextButton->setVisible(!editing && m_still);
    m_confirmButton->setVisible(editing);
    m_cancelButton->setVisible(editing);
    m_confirmShortcut->setEnabled(editing);
    m_enterShortcut->setEnabled(editing);
    m_cancelShortcut->setEnabled(editing);
}

void CaptureWidget::pullFrame()
{
    if (m_preview->isEditing())
        return;
    if (m_still && m_stillShown)
        return; // a still waits for the clerk (or for its automatic capture)
    if (m_lockstep && m_analysisBusy)
        return; // the frame shown last is analysed before the next one comes
    qint64 t = 0;
    const std::optional<QImage> frame = m_engine.nextFrame(&t);
    if (!frame) {
        if (m_engine.atEnd() && !m_analysisBusy) {
            m_timer.stop();
            emit sourceFinished();
        }
        noFrame();
        return;
    }
    m_sinceFrame.start();
    if (m_silent)
        silenceOver();
    ++m_framesShown;
    m_stillShown = m_still;
    m_preview->setFrame(*frame);
    emit framePresented();
    if (m_analysisBusy) {
        // The detector is busy: show this frame, and keep it as the one to look at next
        // (a newer frame replaces it), so that the worker starts again the moment it is free
        // instead of waiting for the next tick.
        m_pending = *frame;
        m_pendingMs = t;
        return;
    }
    startAnalysis(*frame, t);
}

// No new frame: a live source that has been silent too long (the camera unplugged, taken by
// another program, its driver stalled) is told to the clerk at once, in place of the last
// verdict, and nothing of it can be captured any more: the document may have moved since.
// The source is started again now and then until its frames come back.
void CaptureWidget::noFrame()
{
    if (!m_engine.isLive() || !m_sinceFrame.isValid())
        return;
    if (!m_silent) {
        if (m_sinceFrame.elapsed() < m_silentMs)
            return;
        m_silent = true;
        m_sinceRetry.start();
        m_pending = QImage();
        m_lastFrame = QImage();
        m_lastAnalysis = {};
        const QString text = tr("摄像头画面中断：请检查高拍仪的 USB 连接，接好后自动继续");
        capture::FrameAnalysis silent;
        silent.reasons << text;
        m_preview->setAnalysis(silent);
        m_preview->setStale(true);
        refreshButtons();
        m_statusLabel->setText(text);
        return;
    }
    if (m_sinceRetry.elapsed() < m_retryMs)
        return;
    m_sinceRetry.start();
    (void)m_engine.reconnect(); // while it fails, the message above stays
}

// Frames again after a silence: the outline is searched afresh and auto-capture armed again.
void CaptureWidget::silenceOver()
{
    m_silent = false;
    m_engine.rearm();
    m_preview->setAnalysis({});
    m_preview->setStale(false);
    refreshButtons();
    m_statusLabel->setText(tr("摄像头画面已恢复"));
}

void CaptureWidget::startAnalysis(QImage frame, qint64 timestampMs)
{
    // By value: `frame` may be m_pending, cleared here.
    m_pending = QImage();
    m_analysing = frame;
    m_analysingOpening = m_opening;
    m_analysisBusy = true;
    m_watcher.setFuture(QtConcurrent::run(
        &m_worker, [this, frame, timestampMs]() { return m_engine.analyse(frame, timestampMs); }));
}

void CaptureWidget::analysisDone()
{
    m_analysisBusy = false;
    if (m_analysingOpening != m_opening || m_silent) {
        // A frame of the source shown before this one: its verdict is not shown, and the
        // fresh start the engine was asked for when this source opened may have gone to
        // that frame: asked again, for the first frame of this source.
        m_analysing = QImage();
        m_engine.rearm();
    } else {
        showVerdict(m_watcher.result());
    }
    if (!m_pending.isNull() && !m_preview->isEditing() && !m_still) {
        startAnalysis(m_pending, m_pendingMs);
        return;
    }
    m_pending = QImage();
    if (m_engine.atEnd() && !m_timer.isActive())
        emit sourceFinished();
}

void CaptureWidget::showVerdict(const capture::FrameAnalysis &a)
{
    ++m_framesAnalysed;
    capture::FrameAnalysis shown = a;
    if (a.outline)
        m_notFoundSinceMs = -1;
    else
        shown.reasons = QStringList{notFoundText(a)}; // over the preview and below it
    m_preview->setAnalysis(shown);
    m_lastAnalysis = a;
    m_lastFrame = m_analysing;
    if (!m_preview->isEditing()) {
        QString status = a.good ? tr("证件清晰，请保持不动") : shown.reasons.join(tr("；"));
        // The other kind outlined (the form under the card): the card's own outline may be
        // the next one.
        if (a.otherKind)
            status += tr("（框错了请按 F6 换一个轮廓）");
        m_statusLabel->setText(status);
    }
    // A still (a scan) does not move: a good outline is taken at once.
    const bool now = m_still ? a.good && a.outline.has_value() : a.captureNow;
    if (now && a.outline && !m_preview->isEditing())
        capture(m_analysing, *a.outline, a, false);
}

// No outline in this frame. A scan is told at once that its corners can be placed by hand; a
// live source after kHintAfterMs of frames without one (the document lies there, but its
// edges do not stand out: a white page on a white counter, a card on a printed form) is told
// what helps: a dark mat under it, or the corners by hand.
QString CaptureWidget::notFoundText(const capture::FrameAnalysis &a)
{
    const qint64 frameMs = a.timestampMs;
    if (m_still)
        return tr("未找到证件：可按 F7 手动框选四角，或按 PageDown 看下一张");
    if (m_notFoundSinceMs < 0 || frameMs < m_notFoundSinceMs)
        m_notFoundSinceMs = frameMs; // the first such frame, or the source started over
    if (frameMs - m_notFoundSinceMs < kHintAfterMs)
        return a.reasons.join(tr("；")); // "未找到证件：请把证件平放在镜头下"
    return tr("仍未找到证件：证件与台面颜色相近时，请在证件下垫深色垫板；也可按 F7 手动框选四角");
}

void CaptureWidget::capture(const QImage &frame, const QPolygonF &outline,
                            const capture::FrameAnalysis &live, bool manual)
{
    capture::FrameAnalysis a = live;
    if (!a.imageMeasured) {
        // Taken by hand while the document moved: the live analysis skipped its sharpness
        // and glare; measure them now for the record.
        const capture::FrameAnalysis m = m_engine.assess(frame, outline);
        a.sharpness = m.sharpness;
        a.glare = m.glare;
        for (const QString &r : m.reasons)
            if (!a.reasons.contains(r))
                a.reasons << r;
        a.imageMeasured = true;
    }
    int item = currentItem();
    if (item < 0 || item >= m_items.size()) {
        m_statusLabel->setText(tr("请先在右侧选择要采集的证件。"));
        return;
    }
    bool turnedUpright = false;
    const Result<QImage> flat =
        m_engine.rectify(frame, outline, m_items.at(item).type, &turnedUpright);
    if (!flat) {
        m_statusLabel->setText(flat.error().message);
        return;
    }
    QStringList notes;
    // A card or a licence is turned by its layout, an A4 page by its text.
    const bool byText = m_items.at(item).type == QLatin1String("a4");
    if (turnedUpright)
        notes << (byText ? tr("文件倒放，已按文字方向转正；方向不对请按 Ctrl+R")
                         : tr("证件倒放，已按版式转正；方向不对请按 Ctrl+R"));
    // The customer handed the other side of the card than the one selected: the page goes to
    // that side's item while it is still to take, and the side selected stays next. Taken
    // already, the same side again is not taken by itself (the card was not turned over); by
    // hand the clerk's choice stands.
    const int selected = item;
    const int shownSide =
        m_items.at(item).side >= 0 ? capture::CaptureEngine::idCardSide(*flat) : -1;
    if (shownSide >= 0 && shownSide != m_items.at(item).side) {
        const int other = sideItem(m_items.at(item).type, shownSide);
        if (other >= 0 && !m_taken.at(other)) {
            item = other;
            notes << tr("放的是%1，已归入此项").arg(m_items.at(other).label);
        } else if (other >= 0 && !manual) {
            m_statusLabel->setText(tr("放的是%1（已采集）：请把证件翻过来，拍%2")
                                       .arg(m_items.at(other).label, m_items.at(item).label));
            return;
        } else if (other >= 0) {
            notes << tr("看来是%1，已按所选存入").arg(m_items.at(other).label);
        }
    }
    QJsonArray corners;
    for (const QPointF &p : outline)
        corners << p.x() << p.y();
    QJsonObject quality{{QStringLiteral("score"), a.score},
                        {QStringLiteral("sharpness"), a.sharpness},
                        {QStringLiteral("glare"), a.glare},
                        {QStringLiteral("area_share"), a.areaShare},
                        {QStringLiteral("frame_width"), frame.width()},
                        {QStringLiteral("frame_height"), frame.height()},
                        {QStringLiteral("corners"), corners},
                        {QStringLiteral("manual"), manual},
                        {QStringLiteral("passed"), a.good}};
    if (!a.good)
        quality.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(a.reasons));
    // A document laid upside down, turned by its layout or its text: the record says so (who
    // set the way up last: the layout, the text, or the clerk with Ctrl+R, which undoes it).
    if (turnedUpright) {
        quality.insert(QStringLiteral("turned"), true);
        quality.insert(QStringLiteral("upright_by"),
                       byText ? QStringLiteral("text") : QStringLiteral("layout"));
    }
    m_taken[item] = Taken{*flat, quality};
    refreshChecklist();
    QString told = tr("已采集：%1").arg(m_items.at(item).label);
    if (!notes.isEmpty())
        told += tr("（%1）").arg(notes.join(tr("；")));
    m_statusLabel->setText(told);
    emit documentCaptured(*flat, m_items.at(item).type);
    // On to the next item not yet taken (the side selected, when the other side came first).
    if (item != selected)
        setCurrentItem(selected);
    else
        for (int k = 1; k <= m_items.size(); ++k) {
            const int next = (item + k) % int(m_items.size());
            if (!m_taken.at(next)) {
                setCurrentItem(next);
                break;
            }
        }
    if (m_still)
        nextStill();
}

void CaptureWidget::captureManually()
{
    if (m_preview->isEditing())
        return confirmAdjusted();
    // Manual capture is always possible: with the detected outline if there is one, else
    // with the corners placed by hand.
    if (m_lastFrame.isNull())
        return;
    if (!m_lastAnalysis.outline)
        return startAdjusting();
    capture(m_lastFrame, *m_lastAnalysis.outline, m_lastAnalysis, true);
}

void CaptureWidget::startAdjusting()
{
    if (m_lastFrame.isNull() || m_preview->isEditing())
        return;
    QPolygonF outline;
    if (m_lastAnalysis.outline) {
        outline = *m_lastAnalysis.outline;
    } else {
        const double w = m_lastFrame.width(), h = m_lastFrame.height();
        outline << QPointF(0.2 * w, 0.2 * h) << QPointF(0.8 * w, 0.2 * h)
                << QPointF(0.8 * w, 0.8 * h) << QPointF(0.2 * w, 0.8 * h);
    }
    m_editFrame = m_lastFrame;
    m_editFound = m_lastAnalysis.outline.has_value();
    m_preview->startEditing(m_editFrame, outline);
    m_statusLabel->setText(tr("手动调整四角：拖动角点，Enter 确认，Esc 取消；不是这份证件请按 F6"));
    refreshButtons();
    // The other outlines F6 offers, found on the worker meanwhile (the one shown first).
    m_outlines.clear();
    m_outlineShown = 0;
    m_outlinePressed = false;
    const QImage frame = m_editFrame;
    const std::optional<QPolygonF> shown = m_lastAnalysis.outline;
    m_outlinesWatcher.setFuture(QtConcurrent::run(&m_worker, [this, frame, shown]() {
        return m_engine.outlines(frame, kOutlinesOffered, shown);
    }));
}

void CaptureWidget::nextOutline()
{
    if (!m_preview->isEditing()) {
        startAdjusting();
        if (!m_preview->isEditing())
            return;
    }
    if (m_outlinesWatcher.isRunning() || m_outlines.isEmpty()) {
        m_outlinePressed = true;
        m_statusLabel->setText(tr("正在查找画面中的其他轮廓…"));
        return;
    }
    showOutline(m_outlineShown + 1);
}

void CaptureWidget::outlinesFound()
{
    if (!m_preview->isEditing())
        return; // adjusting ended before they came
    m_outlines = m_outlinesWatcher.result();
    // Adjusting began without an outline: the corners placed by default come first.
    if (!m_editFound || m_outlines.isEmpty())
        m_outlines.prepend(m_preview->editedOutline());
    if (m_outlinePressed) {
        m_outlinePressed = false;
        showOutline(m_outlineShown + 1);
    }
}

void CaptureWidget::showOutline(int index)
{
    if (m_outlines.size() < 2) {
        m_statusLabel->setText(
            tr("画面中没有找到其他轮廓：请拖动角点框选证件，Enter 确认，Esc 取消"));
        return;
    }
    m_outlineShown = index % int(m_outlines.size());
    m_preview->startEditing(m_editFrame, m_outlines.at(m_outlineShown));
    m_statusLabel->setText(
        tr("第 %1/%2 个轮廓：不对请再按 F6，拖动角点可微调，Enter 确认，Esc 取消")
            .arg(m_outlineShown + 1)
            .arg(m_outlines.size()));
}

void CaptureWidget::editRequested(int)
{
    startAdjusting();
}

void CaptureWidget::confirmAdjusted()
{
    if (!m_preview->isEditing())
        return;
    const QPolygonF outline = m_preview->editedOutline();
    const capture::FrameAnalysis a = m_engine.assess(m_editFrame, outline);
    m_preview->stopEditing();
    refreshButtons();
    if (!a.outline) {
        m_statusLabel->setText(tr("四角无效，请重新调整。"));
        return;
    }
    capture(m_editFrame, *a.outline, a, true);
}

void CaptureWidget::cancelAdjusting()
{
    if (!m_preview->isEditing())
        return;
    m_preview->stopEditing();
    m_statusLabel->clear();
    refreshButtons();
}

int CaptureWidget::sideItem(const QString &type, int side) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).type == type && m_items.at(i).side == side)
            return i;
    return -1;
}

int CaptureWidget::takenItem() const
{
    const int item = currentItem();
    if (item >= 0 && item < m_taken.size() && m_taken.at(item))
        return item;
    for (int i = int(m_taken.size()) - 1; i >= 0; --i)
        if (m_taken.at(i))
            return i;
    return -1;
}

// The outline's corners say where the document's top is only up to a half turn: a card laid
// upside down is straightened upside down. The clerk turns the page taken (the selected one,
// or the last) the right way up; a second turn undoes the first.
void CaptureWidget::turnHalf()
{
    if (m_preview->isEditing())
        return;
    const int item = takenItem();
    if (item < 0) {
        m_statusLabel->setText(tr("还没有拍摄证件，无可旋转。"));
        return;
    }
    Taken &t = *m_taken[item];
    t.page = t.page.mirrored(true, true);
    const bool turned = !t.quality.value(QStringLiteral("turned")).toBool();
    t.quality.insert(QStringLiteral("turned"), turned);
    t.quality.insert(QStringLiteral("upright_by"), QStringLiteral("clerk"));
    refreshChecklist(); // the item to take next stays selected
    m_statusLabel->setText(tr("已将%1旋转 180°").arg(m_items.at(item).label));
}

void CaptureWidget::retake()
{
    const int item = takenItem();
    if (item < 0)
        return;
    m_taken[item].reset();
    refreshChecklist();
    setCurrentItem(item);
    m_engine.rearm();
    m_statusLabel->setText(tr("请重新拍摄：%1").arg(m_items.at(item).label));
}

void CaptureWidget::nextStill()
{
    if (!m_still)
        return;
    m_stillShown = false;
    if (!m_timer.isActive())
        m_timer.start();
}

QList<QImage> CaptureWidget::captured() const
{
    QList<QImage> out;
    for (const std::optional<Taken> &t : m_taken)
        if (t)
            out << t->page;
    return out;
}

QList<CapturedDocument> CaptureWidget::documents(QStringList *missing) const
{
    QList<CapturedDocument> out;
    // An ID card is one document of two pages, front first.
    const QString card = QStringLiteral("id-card");
    const int front = sideItem(card, 0), back = sideItem(card, 1);
    for (int i = 0; i < m_items.size(); ++i) {
        const ChecklistItem &it = m_items.at(i);
        if (it.type == QLatin1String("id-card") && it.side >= 0) {
            if (i != front)
                continue;
            const bool hasFront = m_taken.at(front).has_value();
            const bool hasBack = back >= 0 && m_taken.at(back).has_value();
            if (hasFront && hasBack) {
                out << CapturedDocument{
                    it.type,
                    tr("居民身份证"),
                    {m_taken.at(front)->page, m_taken.at(back)->page},
                    {{QStringLiteral("pages"),
                      QJsonArray{m_taken.at(front)->quality, m_taken.at(back)->quality}}}};
            } else if (missing && (hasFront || hasBack)) {
                *missing << (!hasFront   ? it.label
                             : back >= 0 ? m_items.at(back).label
                                         : tr("身份证国徽面"));
            }
            continue;
        }
        if (m_taken.at(i))
            out << CapturedDocument{
                it.type,
                it.label,
                {m_taken.at(i)->page},
                {{QStringLiteral("pages"), QJsonArray{m_taken.at(i)->quality}}}};
    }
    return out;
}

} // namespace hd::ui
