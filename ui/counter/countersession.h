#pragma once

#include "operators.h"
#include "paymentservice.h"
#include "shiftledger.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace hd {

class Acquirer;
class Store;

// What the counter's screens share while an operator is logged in: the store, the operator,
// the payment service with its acquirer, and the clock (a seam for tests). Screens report
// changes here so that the status bar and the open account file stay current.
class CounterSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CounterSession)
public:
    CounterSession(Store &store, const Operator &op, QObject *parent = nullptr);

    Store &store() const { return m_store; }
    const Operator &currentOperator() const { return m_operator; }
    void setOperator(const Operator &op) { m_operator = op; }

    // The acquirer that confirms QR payments; without one, QR payments are refused.
    void setAcquirer(Acquirer *acquirer);
    Acquirer *acquirer() const { return m_acquirer; }
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    QDate today() const { return now().toLocalTime().date(); }

    PaymentService &payments() const { return *m_payments; }
    ShiftLedger shifts() const;
    // The open shift, when it is this operator's.
    Result<Shift> ownShift() const;

signals:
    void shiftChanged();    // opened, closed, cash in or out
    void paymentsChanged(); // a payment, reversal or resolved QR payment

private:
    void rebuildPaymentService();

    Store &m_store;
    Operator m_operator;
    Acquirer *m_acquirer = nullptr;
    std::function<QDateTime()> m_clock;
    std::unique_ptr<PaymentService> m_payments;
};

} // namespace hd
