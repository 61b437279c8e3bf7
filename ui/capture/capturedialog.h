#pragma once

#include "documentstore.h"
#include "operators.h"
#include "result.h"

#include <QDialog>

#include <functional>

class QLabel;

namespace hd {
class Store;
}

namespace hd::ui {

class CaptureWidget;

// The capture screen opened from an account's documents panel: the capture widget, and
// "保存到档案" which stores every complete document (an ID card with both sides) on the
// account, encrypted, with its hash, size, quality figures, who and when.
class CaptureDialog final : public QDialog
{
    Q_OBJECT
public:
    CaptureDialog(Store &store, const Operator &op, qint64 accountId, const QString &title,
                  QWidget *parent = nullptr);

    CaptureWidget *captureWidget() const { return m_capture; }
    // A seam for tests: the answer to "discard the pictures not saved?" (default: a message box).
    void setConfirm(std::function<bool(const QString &question)> confirm)
    {
        m_confirm = std::move(confirm);
    }

    // Stores the complete documents; on success closes the dialog (accepted).
    Status save();
    const std::vector<DocumentRecord> &saved() const { return m_saved; }

    void reject() override;

private:
    Store &m_store;
    Operator m_operator;
    qint64 m_accountId;
    CaptureWidget *m_capture = nullptr;
    QLabel *m_message = nullptr;
    std::vector<DocumentRecord> m_saved;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace hd::ui
