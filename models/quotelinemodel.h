#pragma once

#include "paymentquote.h"

#include <QAbstractTableModel>

namespace hd {

// The unpaid bills of a payment screen as a table: one row per bill with its amount, paid part,
// days overdue, daily rate and late fee, and, once the clerk has typed an amount, where that
// amount goes (penalty, bill). Views bind to it; the totals are properties for labels.
class QuoteLineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuoteLineModel)
    Q_PROPERTY(QString totalDue READ totalDueText NOTIFY totalsChanged)
    Q_PROPERTY(QString lateFee READ lateFeeText NOTIFY totalsChanged)
    Q_PROPERTY(QString credit READ creditText NOTIFY totalsChanged)
public:
    enum Column {
        PeriodColumn,
        AmountColumn,
        PaidColumn,
        OutstandingColumn,
        DueDateColumn,
        DaysOverdueColumn,
        DailyRateColumn,
        LateFeeColumn,
        PayPenaltyColumn,   // of the amount being paid: to this bill's penalty
        PayPrincipalColumn, // of the amount being paid: to this bill
        ColumnCount
    };
    enum Role {
        FenRole = Qt::UserRole + 1, // money columns: the amount in fen (qint64)
        SettledRole,                // bool: the amount being paid settles this bill
    };

    explicit QuoteLineModel(QObject *parent = nullptr);

    void setQuote(const PaymentQuote &quote);
    const PaymentQuote &quote() const { return m_quote; }
    // The amount the clerk typed; 0 clears the preview.
    void setAmount(Money amount);
    Money amount() const { return m_allocation.amount; }
    const Allocation &allocation() const { return m_allocation; }

    QString totalDueText() const { return m_quote.totalDue().toDisplayString(); }
    QString lateFeeText() const { return m_quote.lateFeeCharged.toDisplayString(); }
    // What the typed amount leaves as credit (预存电费); empty without a preview.
    QString creditText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void totalsChanged();

private:
    PaymentQuote m_quote;
    Allocation m_allocation;
};

} // namespace hd
