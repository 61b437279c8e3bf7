#include "countersession.h"

namespace hd {

CounterSession::CounterSession(Store &store, const Operator &op, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_operator(op)
{
    rebuildPaymentService();
}

void CounterSession::setAcquirer(Acquirer *acquirer)
{
    m_acquirer = acquirer;
    rebuildPaymentService();
}

void CounterSession::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    rebuildPaymentService();
}

void CounterSession::rebuildPaymentService()
{
    m_payments = std::make_unique<PaymentService>(m_store, m_acquirer);
    if (m_clock)
        m_payments->setClock(m_clock);
}

ShiftLedger CounterSession::shifts() const
{
    ShiftLedger ledger(m_store);
    if (m_clock)
        ledger.setClock(m_clock);
    return ledger;
}

Result<Shift> CounterSession::ownShift() const
{
    auto shift = shifts().current();
    if (!shift)
        return shift;
    if (shift->operatorLogin != m_operator.login)
        return Error{QStringLiteral("shift.other-operator"),
                     tr("本终端当前班次由 %1 开班，%2 不能在此班次收费或存取现金。"
                        "请由 %1 结班后再开班。")
                         .arg(shift->operatorLogin, m_operator.login)};
    return shift;
}

} // namespace hd
