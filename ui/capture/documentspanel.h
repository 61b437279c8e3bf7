#pragma once

#include "operators.h"
#include "result.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace hd {
class Store;
}

namespace hd::ui {

class CaptureDialog;
class CaptureWidget;

// The documents panel of an account's file (资料档案): the documents captured for the
// account (type, version, pages, who and when, size, SHA-256), the capture screen (F3), a
// document's pages (Enter; every view is audited) and its PDF export (Ctrl+E; supervisor or
// admin only, audited).
class DocumentsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentsPanel(Store &store, QWidget *parent = nullptr);

    void setOperator(const Operator &op);
    void setAccount(qint64 accountId, const QString &title);
    void reload();

    // Seams: how the capture screen gets its frames (default: this terminal's camera) and
    // where a PDF goes (default: a save dialog).
    void setSourceOpener(std::function<Status(CaptureWidget &)> opener)
    {
        m_opener = std::move(opener);
    }
    void setPdfPathChooser(std::function<QString(const QString &suggested)> chooser)
    {
        m_choosePdf = std::move(chooser);
    }

    CaptureDialog *openCapture(); // F3
    void viewSelected();          // Enter
    Status exportSelected();      // Ctrl+E
    QTableWidget *table() const { return m_table; }

signals:
    void documentsChanged();

private:
    void updateActions();

    Store &m_store;
    Operator m_operator;
    qint64 m_accountId = 0;
    QString m_title;
    QStringList m_uuids;
    QStringList m_types;
    QTableWidget *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_captureButton = nullptr;
    QPushButton *m_viewButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    std::function<Status(CaptureWidget &)> m_opener;
    std::function<QString(const QString &)> m_choosePdf;
};

} // namespace hd::ui
