#pragma once

#include "cashcount.h"
#include "money.h"
#include "result.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace hd {

class Store;

struct Shift
{
    qint64 id = 0;
    QString uuid;
    QString operatorLogin;
    bool open = false;
    QDateTime openedAt; // UTC
    QDateTime closedAt;
    Money openingFloat;
    CashCount openingCount;
};

// What the drawer and the terminals should hold for a shift.
struct ShiftTotals
{
    Money openingFloat;
    Money cashIn;
    Money cashOut;
    Money cash; // cash taken net of change, reversals subtracted
    Money card;
    Money qr;
    int payments = 0;
    int reversals = 0;
    Money expectedCash() const { return openingFloat + cashIn - cashOut + cash; }
};

struct ShiftClosing
{
    ShiftTotals totals;
    Money countedCash;
    Money countedCard;
    Money countedQr;
    CashCount count;
    Money cashDifference() const { return countedCash - totals.expectedCash(); }
    Money cardDifference() const { return countedCard - totals.card; }
    Money qrDifference() const { return countedQr - totals.qr; }
    Money difference() const { return cashDifference() + cardDifference() + qrDifference(); }
    // The sum of the per-method differences' sizes, compared to the limit: a surplus in cash
    // does not hide a shortfall on the card terminal.
    Money absoluteDifference() const;
    bool needsSupervisor = false;
    QString approvedBy;
};

// Shifts and cash control (班次与现金管理): one open shift per terminal; the opening float and
// the closing count by denomination; cash in and out with a reason; expected versus counted
// per method at close, a difference above the configured limit needs a supervisor. Every event
// commits with its audit entry and its outbox entry.
class ShiftLedger final
{
public:
    explicit ShiftLedger(Store &store);
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    Result<Shift> open(const QString &operatorLogin, const CashCount &openingCount);
    // The open shift, or an error telling the clerk to open one.
    Result<Shift> current() const;
    Result<Shift> byId(qint64 id) const;

    enum class Direction { In, Out };
    Status moveCash(Direction direction, Money amount, const QString &reason,
                    const QString &operatorLogin);

    ShiftTotals totals(qint64 shiftId) const; // from the facts
    // The running drawer total (equal to totals().expectedCash(), read in one row).
    Money drawerCash(qint64 shiftId) const;
    // Adds to the running drawer total; inside the caller's transaction.
    Status addToDrawer(qint64 shiftId, Money delta);
    // The closing figures without closing: the screen shows them before the clerk confirms.
    // Card and QR counts default to the expected totals (the terminals' settlement slips).
    Result<ShiftClosing> preview(const CashCount &counted, std::optional<Money> countedCard = {},
                                 std::optional<Money> countedQr = {}) const;
    // Closes the open shift; when the difference exceeds the limit the supervisor's login and
    // password are required (checked with OperatorDirectory::authorizeSupervisor).
    Result<ShiftClosing> close(const QString &operatorLogin, const CashCount &counted,
                               std::optional<Money> countedCard, std::optional<Money> countedQr,
                               const QString &supervisorLogin = {},
                               const QString &supervisorPassword = {});

private:
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    Store &m_store;
    std::function<QDateTime()> m_clock;
};

} // namespace hd
