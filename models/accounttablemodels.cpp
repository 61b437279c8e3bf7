#include "accounttablemodels.h"

namespace hd {

namespace {
QVariant rightAligned()
{
    return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
}
} // namespace

// ---- SearchResultModel ------------------------------------------------------------------

void SearchResultModel::setHits(QList<SearchHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &h = m_hits.at(index.row());
    if (role == AccountIdRole)
        return h.accountId;
    if (role == AlertRole)
        return index.column() == Status && (h.blocked || h.status == AccountStatus::CutOff);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case AccountNo:
        return h.accountNo;
    case Name:
        return h.name;
    case Phone:
        return h.phoneMasked;
    case IdNumber:
        return h.idMasked;
    case Address:
        return h.address;
    case Status:
        return h.blocked ? tr("%1（受限）").arg(accountStatusLabel(h.status))
                         : accountStatusLabel(h.status);
    case MatchedBy:
        return matchKindLabel(h.matchedBy);
    }
    return {};
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AccountNo:
        return tr("户号");
    case Name:
        return tr("户名");
    case Phone:
        return tr("电话");
    case IdNumber:
        return tr("证件号码");
    case Address:
        return tr("用电地址");
    case Status:
        return tr("状态");
    case MatchedBy:
        return tr("匹配");
    }
    return {};
}

// ---- BillTableModel ---------------------------------------------------------------------

void BillTableModel::setBills(QList<Bill> bills, QDate today)
{
    beginResetModel();
    m_bills = std::move(bills);
    m_today = today;
    endResetModel();
}

int BillTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bills.size());
}

int BillTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BillTableModel::stateLabel(const Bill &bill, QDate today)
{
    if (bill.status == 2)
        return tr("已作废");
    if (bill.outstanding() <= Money())
        return tr("已缴清");
    const bool overdue = bill.dueDate < today;
    if (bill.paid > Money())
        return overdue ? tr("部分缴费，逾期") : tr("部分缴费");
    return overdue ? tr("逾期未缴") : tr("未缴");
}

QVariant BillTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Bill &b = m_bills.at(index.row());
    const bool overdue = b.outstanding() > Money() && b.dueDate < m_today;
    if (role == AlertRole)
        return overdue && index.column() == State;
    if (role == Qt::TextAlignmentRole && index.column() != Period && index.column() != State &&
        index.column() != DueDate)
        return rightAligned();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Period:
        return b.periodLabel();
    case Kwh:
        return b.kwh();
    case Tier1:
        return b.kwhTier1;
    case Tier2:
        return b.kwhTier2;
    case Tier3:
        return b.kwhTier3;
    case Amount:
        return b.amount.toDisplayString();
    case Paid:
        return b.paid.toDisplayString();
    case DueDate:
        return b.dueDate.toString(Qt::ISODate);
    case State:
        return stateLabel(b, m_today);
    }
    return {};
}

QVariant BillTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Period:
        return tr("账期");
    case Kwh:
        return tr("电量 kWh");
    case Tier1:
        return tr("一档");
    case Tier2:
        return tr("二档");
    case Tier3:
        return tr("三档");
    case Amount:
        return tr("电费（元）");
    case Paid:
        return tr("已缴（元）");
    case DueDate:
        return tr("缴费截止日");
    case State:
        return tr("状态");
    }
    return {};
}

// ---- PaymentHistoryModel ----------------------------------------------------------------

void PaymentHistoryModel::setPayments(QList<PaymentRecord> payments)
{
    beginResetModel();
    m_payments = std::move(payments);
    endResetModel();
}

int PaymentHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_payments.size());
}

int PaymentHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PaymentHistoryModel::methodLabel(const QString &method)
{
    if (method == QLatin1String("cash"))
        return tr("现金");
    if (method == QLatin1String("card"))
        return tr("银行卡");
    if (method == QLatin1String("qr"))
        return tr("扫码");
    if (method == QLatin1String("wechat"))
        return tr("微信");
    if (method == QLatin1String("alipay"))
        return tr("支付宝");
    if (method == QLatin1String("bank_debit"))
        return tr("银行代扣");
    if (method == QLatin1String("split"))
        return tr("组合支付");
    return method;
}

QString PaymentHistoryModel::channelLabel(const QString &channel)
{
    if (channel == QLatin1String("counter"))
        return tr("营业厅");
    if (channel == QLatin1String("wechat"))
        return tr("微信");
    if (channel == QLatin1String("alipay"))
        return tr("支付宝");
    if (channel == QLatin1String("bank"))
        return tr("银行");
    if (channel == QLatin1String("online"))
        return tr("网上国网");
    return channel;
}

QString PaymentHistoryModel::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("bill"))
        return tr("电费");
    if (kind == QLatin1String("topup"))
        return tr("预购电");
    if (kind == QLatin1String("reversal"))
        return tr("冲正");
    return kind;
}

QVariant PaymentHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PaymentRecord &p = m_payments.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return rightAligned();
    if (role == AlertRole)
        return p.kind == QLatin1String("reversal");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        // Stored as a UTC instant, shown in the hall's local time.
        return p.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case ReceiptNo:
        return p.receiptNo;
    case Kind:
        return kindLabel(p.kind);
    case Amount:
        return p.amount.toDisplayString();
    case Method:
        return methodLabel(p.method);
    case Channel:
        return channelLabel(p.channel);
    case Operator:
        return p.operatorLogin;
    }
    return {};
}

QVariant PaymentHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("时间");
    case ReceiptNo:
        return tr("收据号");
    case Kind:
        return tr("类型");
    case Amount:
        return tr("金额（元）");
    case Method:
        return tr("方式");
    case Channel:
        return tr("渠道");
    case Operator:
        return tr("操作员");
    }
    return {};
}

} // namespace hd
