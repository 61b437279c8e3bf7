#include "documentspanel.h"

#include "capturedialog.h"
#include "capturewidget.h"
#include "documentpdf.h"
#include "documentstore.h"

#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace hd::ui {

namespace {
QString typeLabel(const QString &type)
{
    if (type == QLatin1String("id-card"))
        return DocumentsPanel::tr("居民身份证");
    if (type == QLatin1String("a4"))
        return DocumentsPanel::tr("证明/权证（A4）");
    if (type == QLatin1String("licence"))
        return DocumentsPanel::tr("营业执照");
    return type;
}
} // namespace

DocumentsPanel::DocumentsPanel(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("documentsPanel"));
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("documentsTable"));
    m_table->setHorizontalHeaderLabels({tr("证件"), tr("版本"), tr("页数"), tr("采集人"),
                                        tr("采集时间"), tr("大小"), tr("SHA-256")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DocumentsPanel::updateActions);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &DocumentsPanel::viewSelected);
    m_empty = new QLabel(tr("资料档案：本户尚无已采集的证件或资料。\n身份证、产权证明、"
                            "营业执照等拍摄后将在此显示。"),
                         this);
    m_empty->setObjectName(QStringLiteral("documentsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("documentsMessage"));
    m_message->setWordWrap(true);

    auto action = [this](const QString &text, const QString &name, const QKeySequence &key,
                         auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(QStringLiteral("%1（%2）").arg(text, key.toString(QKeySequence::NativeText)));
        connect(b, &QPushButton::clicked, this, slot);
        auto *s = new QShortcut(key, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, b, &QPushButton::click);
        return b;
    };
    m_captureButton = action(tr("采集证件"), QStringLiteral("captureDocumentsButton"),
                             QKeySequence(Qt::Key_F3), [this]() { openCapture(); });
    m_viewButton = action(tr("查看"), QStringLiteral("viewDocumentButton"),
                          QKeySequence(Qt::Key_Return), [this]() { viewSelected(); });
    m_exportButton =
        action(tr("导出 PDF"), QStringLiteral("exportDocumentButton"),
               QKeySequence(Qt::CTRL | Qt::Key_E), [this]() { (void)exportSelected(); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_captureButton);
    buttons->addWidget(m_viewButton);
    buttons->addWidget(m_exportButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    updateActions();
}

void DocumentsPanel::setOperator(const Operator &op)
{
    m_operator = op;
    updateActions();
}

void DocumentsPanel::setAccount(qint64 accountId, const QString &title)
{
    m_accountId = accountId;
    m_title = title;
    m_message->clear();
    reload();
}

void DocumentsPanel::reload()
{
    m_table->setRowCount(0);
    m_uuids.clear();
    m_types.clear();
    const auto records = DocumentStore(m_store).forAccount(m_accountId);
    if (!records) {
        m_message->setText(records.error().message);
        updateActions();
        return;
    }
    const QLocale locale;
    for (const DocumentRecord &r : *records) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells = {
            typeLabel(r.type),
            QString::number(r.version),
            QString::number(r.pages),
            r.capturedBy,
            r.capturedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
            locale.formattedDataSize(r.sizeBytes),
            r.sha256.left(16)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        m_table->item(row, 6)->setToolTip(r.sha256);
        m_uuids << r.uuid;
        m_types << r.type;
    }
    m_empty->setVisible(m_uuids.isEmpty());
    m_table->setVisible(!m_uuids.isEmpty());
    if (!m_uuids.isEmpty())
        m_table->selectRow(m_table->rowCount() - 1);
    updateActions();
}

void DocumentsPanel::updateActions()
{
    const bool selected = !m_table->selectedItems().isEmpty();
    m_captureButton->setEnabled(m_accountId > 0);
    m_viewButton->setEnabled(selected);
    const bool may = DocumentStore::mayExport(m_operator.role);
    m_exportButton->setEnabled(selected && may);
    m_exportButton->setToolTip(may ? tr("导出 PDF（Ctrl+E）")
                                   : tr("导出 PDF 需值班长或管理员权限（Ctrl+E）"));
}

CaptureDialog *DocumentsPanel::openCapture()
{
    if (m_accountId <= 0)
        return nullptr;
    auto *dialog = new CaptureDialog(m_store, m_operator, m_accountId, m_title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    CaptureWidget *capture = dialog->captureWidget();
    const Status opened = m_opener ? m_opener(*capture) : capture->openRememberedCamera();
    if (opened)
        capture->start();
    else if (opened.error().code == QLatin1String("camera.none"))
        // The screen opens the camera as soon as it is plugged in (CaptureWidget::refreshSources).
        capture->showMessage(
            tr("%1 接好后会自动打开；也可在上方“来源”中选择视频、图像或扫描件文件夹。")
                .arg(opened.error().message));
    else
        capture->showMessage(
            tr("%1 可在上方“来源”中选择视频、图像或扫描件文件夹。").arg(opened.error().message));
    connect(dialog, &QDialog::accepted, this, [this]() {
        reload();
        emit documentsChanged();
    });
    dialog->open();
    return dialog;
}

void DocumentsPanel::viewSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_uuids.size())
        return;
    const Result<QList<QByteArray>> pages =
        DocumentStore(m_store).pages(m_uuids.at(row), m_operator);
    if (!pages) {
        m_message->setText(pages.error().message);
        return;
    }
    auto *viewer = new QDialog(this);
    viewer->setObjectName(QStringLiteral("documentViewer"));
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->setWindowTitle(tr("%1 — %2").arg(typeLabel(m_types.at(row)), m_title));
    auto *content = new QWidget;
    auto *pagesRow = new QHBoxLayout(content);
    for (const QByteArray &bytes : *pages) {
        const QImage img = QImage::fromData(bytes);
        auto *label = new QLabel;
        label->setObjectName(QStringLiteral("documentPage"));
        label->setPixmap(QPixmap::fromImage(
            img.scaled(700, 700, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        pagesRow->addWidget(label);
    }
    auto *scroll = new QScrollArea(viewer);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(viewer);
    layout->addWidget(scroll);
    viewer->resize(1200, 800);
    viewer->open();
}

Status DocumentsPanel::exportSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_uuids.size())
        return {};
    const QString uuid = m_uuids.at(row);
    if (!DocumentStore::mayExport(m_operator.role)) {
        const Error e{QStringLiteral("document.export-denied"),
                      tr("导出证件需值班长或管理员权限。")};
        m_message->setText(e.message);
        return e;
    }
    const QString suggested =
        QDir::home().filePath(QStringLiteral("%1-%2.pdf").arg(m_types.at(row), uuid.left(8)));
    const QString path = m_choosePdf ? m_choosePdf(suggested)
                                     : QFileDialog::getSaveFileName(this, tr("导出 PDF"), suggested,
                                                                    tr("PDF 文件 (*.pdf)"));
    if (path.isEmpty())
        return {};
    DocumentStore docs(m_store);
    // The permission check and the audit entry come first; the file only after them.
    if (Status s = docs.authoriseExport(uuid, m_operator, path); !s) {
        m_message->setText(s.error().message);
        return s;
    }
    const Result<QList<QByteArray>> pages = docs.pages(uuid, m_operator);
    if (!pages) {
        m_message->setText(pages.error().message);
        return pages.error();
    }
    if (Status s = capture::exportDocumentPdf(
            *pages, m_types.at(row), tr("%1 %2").arg(m_title, typeLabel(m_types.at(row))), path);
        !s) {
        m_message->setText(s.error().message);
        return s;
    }
    m_message->setText(tr("已导出：%1").arg(path));
    return {};
}

} // namespace hd::ui
