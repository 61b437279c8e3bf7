#pragma once

#include "account.h"
#include "accountsearch.h"

#include <QAbstractTableModel>

namespace hd {

// Item models the counter's views bind to. Each holds a snapshot; set*() replaces it.
// Cells that need the clerk's attention (overdue, blocked, reversed) answer true to AlertRole;
// the views decide how that looks (the model layer stays free of Qt GUI types).
constexpr int AlertRole = Qt::UserRole + 100;

class SearchResultModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AccountNo, Name, Phone, IdNumber, Address, Status, MatchedBy, ColumnCount };
    static constexpr int AccountIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;
    void setHits(QList<SearchHit> hits);
    const SearchHit &hit(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SearchHit> m_hits;
};

class BillTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Period, Kwh, Tier1, Tier2, Tier3, Amount, Paid, DueDate, State, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    // today decides which unpaid bills are overdue (shown in red).
    void setBills(QList<Bill> bills, QDate today);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString stateLabel(const Bill &bill, QDate today);

private:
    QList<Bill> m_bills;
    QDate m_today;
};

class PaymentHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, ReceiptNo, Kind, Amount, Method, Channel, Operator, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setPayments(QList<PaymentRecord> payments);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString methodLabel(const QString &method);
    static QString channelLabel(const QString &channel);
    static QString kindLabel(const QString &kind);

private:
    QList<PaymentRecord> m_payments;
};

} // namespace hd
