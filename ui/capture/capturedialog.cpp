#include "capturedialog.h"

#include "capturewidget.h"
#include "store.h"

#include <QBuffer>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace hd::ui {

namespace {
// Stored pages are JPEG at quality 92: an A4 page at 200 dpi stays well under 1 MB and 5-point
// print stays readable; the ID card keeps its colours.
QByteArray encode(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 92);
    return bytes;
}
} // namespace

CaptureDialog::CaptureDialog(Store &store, const Operator &op, qint64 accountId,
                             const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_operator(op)
    , m_accountId(accountId)
{
    setObjectName(QStringLiteral("captureDialog"));
    setWindowTitle(tr("证件采集 — %1").arg(title));
    m_capture = new CaptureWidget(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("saveMessage"));
    m_message->setWordWrap(true);
    auto *save = new QPushButton(tr("保存到档案"), this);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setToolTip(tr("保存到档案（Ctrl+S）"));
    auto *close = new QPushButton(tr("关闭"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setToolTip(tr("关闭（Esc）"));
    // Enter confirms adjusted corners in the capture widget; it must not save or close.
    save->setAutoDefault(false);
    close->setAutoDefault(false);
    connect(save, &QPushButton::clicked, this, [this]() { (void)this->save(); });
    connect(close, &QPushButton::clicked, this, &CaptureDialog::reject);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this);
    connect(shortcut, &QShortcut::activated, this, [this]() { (void)this->save(); });
    connect(m_capture, &CaptureWidget::saveRequested, this, [this]() { (void)this->save(); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(save);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_capture, 1);
    layout->addLayout(buttons);
    resize(1280, 860);
}

Status CaptureDialog::save()
{
    QStringList missing;
    const QList<CapturedDocument> docs = m_capture->documents(&missing);
    if (!missing.isEmpty()) {
        const Error e{QStringLiteral("capture.incomplete"),
                      tr("还缺：%1。身份证须正反两面一起保存。").arg(missing.join(tr("、")))};
        m_message->setText(e.message);
        return e;
    }
    if (docs.isEmpty()) {
        const Error e{QStringLiteral("capture.empty"), tr("还没有拍摄任何证件。")};
        m_message->setText(e.message);
        return e;
    }
    DocumentStore store(m_store);
    for (const CapturedDocument &d : docs) {
        QList<QByteArray> pages;
        for (const QImage &page : d.pages)
            pages << encode(page);
        const Result<DocumentRecord> r =
            store.add(m_accountId, d.type, pages, d.quality, m_operator);
        if (!r) {
            // What was saved before stays saved (each document is its own transaction); the
            // rest stays on screen to try again.
            m_message->setText(tr("%1 保存失败：%2").arg(d.label, r.error().message));
            return r.error();
        }
        m_saved.push_back(*r);
    }
    m_message->setText(tr("已保存 %1 份证件。").arg(docs.size()));
    accept();
    return {};
}

void CaptureDialog::reject()
{
    if (m_capture->preview() && !m_capture->captured().isEmpty() && m_saved.empty()) {
        const QString question =
            tr("已拍摄 %1 张尚未保存，确定放弃？").arg(m_capture->captured().size());
        const bool discard = m_confirm
                                 ? m_confirm(question)
                                 : QMessageBox::question(this, tr("放弃未保存的证件"), question,
                                                         QMessageBox::Yes | QMessageBox::No,
                                                         QMessageBox::No) == QMessageBox::Yes;
        if (!discard)
            return;
    }
    QDialog::reject();
}

} // namespace hd::ui
