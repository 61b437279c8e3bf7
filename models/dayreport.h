#pragma once

#include "money.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hd {

class Store;

// The hall's day-end report (日结报表): totals per clerk, per method and per payment kind,
// the reversals and the shift differences of one local calendar day.
struct DayReport
{
    struct Total
    {
        QString key; // login, method or kind
        int count = 0;
        Money amount;
    };
    struct Reversal
    {
        QString receiptNo;
        QString reversesReceiptNo;
        Money amount;
        QString reason;
        QString operatorLogin;
        QString approvedBy;
    };
    struct ShiftLine
    {
        QString operatorLogin;
        QDateTime openedAt;
        QDateTime closedAt; // invalid while open
        Money expectedCash;
        Money countedCash;
        Money difference;
        QString approvedBy;
    };

    QDate day;
    QList<Total> perClerk;
    QList<Total> perMethod; // from the tenders: a split payment counts in each method
    QList<Total> perKind;
    QList<Reversal> reversals;
    QList<ShiftLine> shifts;
    int payments = 0; // not counting reversals
    Money net;        // payments minus reversals

    static Result<DayReport> build(Store &store, QDate day);
    QJsonObject toJson() const;
    QString toText() const; // Chinese, for the terminal
};

} // namespace hd
