#include "rejectedopsdialog.h"

#include "syncengine.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hd {

namespace {
QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("payment"))
        return RejectedOpsDialog::tr("缴费");
    if (kind == QLatin1String("reversal"))
        return RejectedOpsDialog::tr("冲正");
    if (kind.startsWith(QLatin1String("shift.")))
        return RejectedOpsDialog::tr("班次");
    if (kind == QLatin1String("cash.movement"))
        return RejectedOpsDialog::tr("现金存取");
    return kind;
}
} // namespace

RejectedOpsDialog::RejectedOpsDialog(Store &store, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("被中心拒绝的操作"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("以下操作已在本机完成、票据有效，但中心未记账。请按原因处理"
                               "（如核实户号后退款或补录），处理结果请记入值班日志。"),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("rejectedOpsTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("时间"), tr("类型"), tr("户号"), tr("票据号"), tr("中心的原因")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const auto rows = sync::SyncEngine::rejectedOps(store);
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const sync::RejectedOp &r = rows[i];
        const QStringList cells = {
            r.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
            kindLabel(r.kind), r.accountNo, r.receiptNo,
            r.message.isEmpty() ? r.reason : r.message + QStringLiteral("（") + r.reason + u'）'};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 360);
}

int RejectedOpsDialog::rowCount() const
{
    return m_table->rowCount();
}

} // namespace hd
