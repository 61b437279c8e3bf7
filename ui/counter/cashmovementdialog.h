#pragma once

#include "shiftledger.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace hd {

class CounterSession;

// 现金存取 during a shift: change brought in (存入) or cash handed to the safe or the bank
// (取出), each with a reason; the drawer total follows (ShiftLedger::moveCash).
class CashMovementDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit CashMovementDialog(CounterSession &session, QWidget *parent = nullptr);

    void setDirection(ShiftLedger::Direction direction);
    void record();

private:
    void updateDrawer();

    CounterSession &m_session;
    QRadioButton *m_in = nullptr;
    QRadioButton *m_out = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_reason = nullptr;
    QLabel *m_drawer = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace hd
