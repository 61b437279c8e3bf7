#pragma once

#include "paymentservice.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace hd {

class CounterSession;
class SupervisorBox;

// 冲正 of a payment taken in the current shift: a reason and a supervisor's password, a
// confirmation, then PaymentService::reverse() writes the reversal as a new record (the
// original stays). The reversal's uuid is fixed for the dialog, so a retry never reverses twice.
class ReversalDialog final : public QDialog
{
    Q_OBJECT
public:
    ReversalDialog(CounterSession &session, const PaymentOutcome &original,
                   QWidget *parent = nullptr);

    SupervisorBox *supervisorBox() const { return m_supervisor; }
    void reverse();

signals:
    void reversed(const hd::PaymentOutcome &reversal);

private:
    CounterSession &m_session;
    PaymentOutcome m_original;
    QString m_uuid;
    QComboBox *m_reason = nullptr;
    SupervisorBox *m_supervisor = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace hd
