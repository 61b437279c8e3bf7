#include "reportpreviewdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QToolBar>
#include <QVBoxLayout>

namespace hd {

ReportPreviewDialog::ReportPreviewDialog(const PrintDocument &document, PaperKind paper,
                                         const QString &printerName, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_paper(paper)
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setObjectName(QStringLiteral("reportPreviewDialog"));
    setWindowTitle(tr("打印预览 — %1 %2").arg(document.title, document.documentNo));
    // Only draws the pages on screen; the job itself goes through the terminal's printer.
    m_printer->setOutputFormat(QPrinter::PdfFormat);
    m_printer->setFullPage(true);
    m_printer->setPageLayout(PageRenderer::pageLayout(document, paper));
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        (void)PageRenderer::paint(m_document, m_paper, *printer);
    });

    auto *tools = new QToolBar(this);
    auto addTool = [&](const QString &text, const QKeySequence &key, auto slot) {
        QAction *a = tools->addAction(text);
        a->setShortcut(key);
        a->setToolTip(QStringLiteral("%1（%2）").arg(text, key.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, m_preview, slot);
    };
    addTool(tr("放大"), QKeySequence::ZoomIn, [this] { m_preview->zoomIn(); });
    addTool(tr("缩小"), QKeySequence::ZoomOut, [this] { m_preview->zoomOut(); });
    addTool(tr("适合宽度"), QKeySequence(Qt::CTRL | Qt::Key_0),
            [this] { m_preview->fitToWidth(); });

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *print = buttons->addButton(tr("打印(&P)"), QDialogButtonBox::AcceptRole);
    print->setObjectName(QStringLiteral("printButton"));
    print->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    print->setToolTip(tr("打印到 %1（Ctrl+P）").arg(printerName));
    print->setDefault(true);
    QPushButton *close = buttons->addButton(tr("关闭"), QDialogButtonBox::RejectRole);
    close->setToolTip(tr("不打印，关闭预览（Esc）"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tools);
    layout->addWidget(m_preview, 1);
    layout->addWidget(new QLabel(tr("打印机：%1").arg(printerName), this));
    layout->addWidget(buttons);
    resize(900, 1000);
}

ReportPreviewDialog::~ReportPreviewDialog() = default;

} // namespace hd
