#pragma once

#include "shiftledger.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hd {

class CounterSession;
class DenominationCountWidget;
class SupervisorBox;

// 结班: the clerk counts the drawer by denomination and enters the card terminal's and the
// QR statement's totals; the screen shows expected versus counted per method and the
// difference as they type. A difference above the configured limit needs a supervisor's
// login and password (ShiftLedger::close checks and audits the approval).
class ShiftCloseDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ShiftCloseDialog(CounterSession &session, QWidget *parent = nullptr);

    DenominationCountWidget *countWidget() const { return m_count; }
    SupervisorBox *supervisorBox() const { return m_supervisor; }
    std::optional<ShiftClosing> preview() const { return m_preview; }
    void closeShift();

signals:
    void shiftClosed(const hd::ShiftClosing &closing);

private:
    void updatePreview();
    Result<std::optional<Money>> counted(QLineEdit *edit) const;

    CounterSession &m_session;
    Money m_limit;
    DenominationCountWidget *m_count = nullptr;
    QLineEdit *m_cardEdit = nullptr;
    QLineEdit *m_qrEdit = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_expectedDetail = nullptr;
    QLabel *m_summary = nullptr;
    SupervisorBox *m_supervisor = nullptr;
    QLabel *m_error = nullptr;
    std::optional<ShiftClosing> m_preview;
};

} // namespace hd
