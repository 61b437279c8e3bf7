#include "quotelinemodel.h"

namespace hd {

QuoteLineModel::QuoteLineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void QuoteLineModel::setQuote(const PaymentQuote &quote)
{
    beginResetModel();
    m_quote = quote;
    m_allocation = {};
    endResetModel();
    emit totalsChanged();
}

void QuoteLineModel::setAmount(Money amount)
{
    m_allocation = amount.fen() > 0 ? m_quote.allocate(amount) : Allocation{};
    if (rowCount() > 0)
        emit dataChanged(index(0, PayPenaltyColumn), index(rowCount() - 1, PayPrincipalColumn));
    emit totalsChanged();
}

QString QuoteLineModel::creditText() const
{
    return m_allocation.amount.isZero() ? QString() : m_allocation.credit.toDisplayString();
}

int QuoteLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_quote.lines.size());
}

int QuoteLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteLineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuoteLine &line = m_quote.lines.at(index.row());
    const bool preview = !m_allocation.amount.isZero() && index.row() < m_allocation.bills.size();
    auto money = [&](Money m) -> QVariant {
        if (role == FenRole)
            return QVariant::fromValue(qint64(m.fen()));
        if (role == Qt::DisplayRole)
            return m.toDisplayString();
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    };
    if (role == SettledRole)
        return preview && m_allocation.bills.at(index.row()).settled;
    switch (index.column()) {
    case PeriodColumn:
        return role == Qt::DisplayRole
                   ? QVariant(QStringLiteral("%1-%2")
                                  .arg(line.period / 100)
                                  .arg(line.period % 100, 2, 10, QLatin1Char('0')))
                   : QVariant();
    case AmountColumn:
        return money(line.amount);
    case PaidColumn:
        return money(line.paid);
    case OutstandingColumn:
        return money(line.outstanding);
    case DueDateColumn:
        return role == Qt::DisplayRole ? QVariant(line.dueDate.toString(Qt::ISODate)) : QVariant();
    case DaysOverdueColumn:
        return role == Qt::DisplayRole ? QVariant(line.daysOverdue) : QVariant();
    case DailyRateColumn:
        return role == Qt::DisplayRole ? QVariant(line.rateLabel()) : QVariant();
    case LateFeeColumn:
        return money(line.lateFee);
    case PayPenaltyColumn:
        return preview ? money(m_allocation.bills.at(index.row()).penalty) : QVariant();
    case PayPrincipalColumn:
        return preview ? money(m_allocation.bills.at(index.row()).principal) : QVariant();
    default:
        return {};
    }
}

QVariant QuoteLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PeriodColumn:
        return tr("账期");
    case AmountColumn:
        return tr("电费金额");
    case PaidColumn:
        return tr("已缴");
    case OutstandingColumn:
        return tr("欠费");
    case DueDateColumn:
        return tr("缴费截止日");
    case DaysOverdueColumn:
        return tr("逾期天数");
    case DailyRateColumn:
        return tr("日费率");
    case LateFeeColumn:
        return tr("违约金");
    case PayPenaltyColumn:
        return tr("本次付违约金");
    case PayPrincipalColumn:
        return tr("本次付电费");
    default:
        return {};
    }
}

} // namespace hd
