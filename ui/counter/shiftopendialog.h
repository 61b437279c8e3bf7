#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace hd {

class CounterSession;
class DenominationCountWidget;

// 开班: the clerk counts the opening float (备用金) by denomination; the shift opens with its
// audit and outbox entries (ShiftLedger::open).
class ShiftOpenDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ShiftOpenDialog(CounterSession &session, QWidget *parent = nullptr);

    DenominationCountWidget *countWidget() const { return m_count; }
    void openShift();

signals:
    void shiftOpened();

private:
    CounterSession &m_session;
    DenominationCountWidget *m_count = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_openButton = nullptr;
};

} // namespace hd
