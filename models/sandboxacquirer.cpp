#include "sandboxacquirer.h"

#include <QCoreApplication>

namespace hd {

namespace {
AcquirerResult make(AcquirerResult::Outcome outcome, const QString &uuid)
{
    AcquirerResult r;
    r.outcome = outcome;
    if (outcome == AcquirerResult::Outcome::Approved)
        r.reference = QStringLiteral("SBX") + QString(uuid).remove(QLatin1Char('-')).left(16);
    else if (outcome == AcquirerResult::Outcome::Refused)
        r.message =
            QCoreApplication::translate("hd::SandboxAcquirer", "付款码无效或余额不足（沙箱）");
    return r;
}
} // namespace

AcquirerResult::Outcome SandboxAcquirer::laterOutcome(const QString &paymentCode)
{
    if (paymentCode.endsWith(QLatin1Char('3')) || paymentCode.endsWith(QLatin1Char('1')))
        return AcquirerResult::Outcome::Refused;
    if (paymentCode.endsWith(QLatin1Char('4')))
        return AcquirerResult::Outcome::Unknown;
    return AcquirerResult::Outcome::Approved;
}

void SandboxAcquirer::setNextCharge(AcquirerResult::Outcome outcome)
{
    QMutexLocker lock(&m_mutex);
    m_nextCharge = outcome;
}

void SandboxAcquirer::setNextQuery(AcquirerResult::Outcome outcome)
{
    QMutexLocker lock(&m_mutex);
    m_nextQuery = outcome;
}

int SandboxAcquirer::charges() const
{
    QMutexLocker lock(&m_mutex);
    return m_charges;
}

AcquirerResult SandboxAcquirer::charge(const QString &paymentUuid, const QString &paymentCode,
                                       Money)
{
    QMutexLocker lock(&m_mutex);
    ++m_charges;
    if (m_nextCharge) {
        const auto outcome = *m_nextCharge;
        m_nextCharge.reset();
        return make(outcome, paymentUuid);
    }
    if (paymentCode.endsWith(QLatin1Char('1')))
        return make(AcquirerResult::Outcome::Refused, paymentUuid);
    if (paymentCode.endsWith(QLatin1Char('2')) || paymentCode.endsWith(QLatin1Char('3')) ||
        paymentCode.endsWith(QLatin1Char('4')))
        return make(AcquirerResult::Outcome::Unknown, paymentUuid);
    return make(AcquirerResult::Outcome::Approved, paymentUuid);
}

AcquirerResult SandboxAcquirer::query(const QString &paymentUuid, const QString &paymentCode)
{
    QMutexLocker lock(&m_mutex);
    if (m_nextQuery) {
        const auto outcome = *m_nextQuery;
        m_nextQuery.reset();
        return make(outcome, paymentUuid);
    }
    return make(laterOutcome(paymentCode), paymentUuid);
}

} // namespace hd
