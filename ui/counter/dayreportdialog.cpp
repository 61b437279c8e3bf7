#include "dayreportdialog.h"

#include "accounttablemodels.h"
#include "countersession.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace hd {

namespace {
QTableWidget *makeTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *text(const QString &value)
{
    return new QTableWidgetItem(value);
}

QTableWidgetItem *amount(Money value, bool alert = false)
{
    auto *item = new QTableWidgetItem(value.toDisplayString());
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (alert)
        item->setForeground(QColor(0xC6, 0x28, 0x28));
    return item;
}

QTableWidgetItem *number(int value)
{
    auto *item = new QTableWidgetItem(QString::number(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *label = new QLabel(title, box);
    label->setStyleSheet(QStringLiteral("font-weight: bold;"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(content);
    return box;
}
} // namespace

DayReportDialog::DayReportDialog(CounterSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("dayReportDialog"));
    setWindowTitle(tr("日结报表"));
    m_date = new QDateEdit(session.today(), this);
    m_date->setObjectName(QStringLiteral("reportDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setToolTip(tr("报表日期（Alt+D）；Alt+← / Alt+→ 前一天 / 后一天"));
    auto *dateLabel = new QLabel(tr("日期(&D)"), this);
    dateLabel->setBuddy(m_date);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setStyleSheet(QStringLiteral("font-size: 14pt;"));
    auto *top = new QHBoxLayout;
    top->addWidget(dateLabel);
    top->addWidget(m_date);
    top->addSpacing(24);
    top->addWidget(m_summary, 1);

    const QStringList totalsHeader = {tr("项目"), tr("笔数"), tr("金额")};
    m_perClerk = makeTable(QStringLiteral("perClerkTable"), totalsHeader, this);
    m_perMethod = makeTable(QStringLiteral("perMethodTable"), totalsHeader, this);
    m_perKind = makeTable(QStringLiteral("perKindTable"), totalsHeader, this);
    m_reversals = makeTable(
        QStringLiteral("reversalsTable"),
        {tr("冲正单号"), tr("原收据号"), tr("金额"), tr("原因"), tr("收费员"), tr("审批")}, this);
    m_shifts = makeTable(QStringLiteral("shiftsTable"),
                         {tr("收费员"), tr("开班"), tr("结班"), tr("应有现金"), tr("实点现金"),
                          tr("差额"), tr("值班长确认")},
                         this);

    auto *grid = new QGridLayout;
    grid->addWidget(titled(tr("按收费员"), m_perClerk, this), 0, 0);
    grid->addWidget(titled(tr("按付款方式"), m_perMethod, this), 0, 1);
    grid->addWidget(titled(tr("按缴费类型"), m_perKind, this), 0, 2);
    grid->addWidget(titled(tr("冲正"), m_reversals, this), 1, 0, 1, 3);
    grid->addWidget(titled(tr("班次与差额"), m_shifts, this), 2, 0, 1, 3);

    auto *buttons = new QDialogButtonBox(this);
    auto *print = buttons->addButton(tr("打印"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printReportButton"));
    print->setToolTip(tr("打印日结报表（Ctrl+P）"));
    print->setAutoDefault(false);
    auto *close = buttons->addButton(tr("关闭"), QDialogButtonBox::RejectRole);
    close->setToolTip(tr("关闭（Esc）"));
    close->setAutoDefault(false);
    auto requestPrint = [this] { emit printRequested(date()); };
    connect(print, &QPushButton::clicked, this, requestPrint);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    auto *printKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), this);
    connect(printKey, &QShortcut::activated, this, requestPrint);
    auto *previous = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this);
    connect(previous, &QShortcut::activated, this, [this] { setDate(date().addDays(-1)); });
    auto *next = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), this);
    connect(next, &QShortcut::activated, this, [this] { setDate(date().addDays(1)); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid, 1);
    layout->addWidget(buttons);
    resize(1100, 720);

    connect(m_date, &QDateEdit::dateChanged, this, &DayReportDialog::reload);
    reload();
}

void DayReportDialog::setDate(QDate day)
{
    m_date->setDate(day);
}

QDate DayReportDialog::date() const
{
    return m_date->date();
}

void DayReportDialog::reload()
{
    auto report = DayReport::build(m_session.store(), date());
    if (!report) {
        m_summary->setText(report.error().message);
        m_report = {};
        return;
    }
    m_report = report.value();
    const DayReport &r = m_report;
    m_summary->setText(tr("缴费 %1 笔，冲正 %2 笔，净收 %3")
                           .arg(r.payments)
                           .arg(r.reversals.size())
                           .arg(r.net.toYuanString()));
    auto fill = [](QTableWidget *table, const QList<DayReport::Total> &totals,
                   const std::function<QString(const QString &)> &label) {
        table->setRowCount(static_cast<int>(totals.size()));
        for (int i = 0; i < totals.size(); ++i) {
            table->setItem(i, 0, text(label(totals[i].key)));
            table->setItem(i, 1, number(totals[i].count));
            table->setItem(i, 2, amount(totals[i].amount));
        }
    };
    fill(m_perClerk, r.perClerk, [](const QString &key) { return key; });
    fill(m_perMethod, r.perMethod, &PaymentHistoryModel::methodLabel);
    fill(m_perKind, r.perKind, &PaymentHistoryModel::kindLabel);

    m_reversals->setRowCount(static_cast<int>(r.reversals.size()));
    for (int i = 0; i < r.reversals.size(); ++i) {
        const DayReport::Reversal &v = r.reversals[i];
        m_reversals->setItem(i, 0, text(v.receiptNo));
        m_reversals->setItem(i, 1, text(v.reversesReceiptNo));
        m_reversals->setItem(i, 2, amount(v.amount));
        m_reversals->setItem(i, 3, text(v.reason));
        m_reversals->setItem(i, 4, text(v.operatorLogin));
        m_reversals->setItem(i, 5, text(v.approvedBy));
    }
    const QString timeFormat = QStringLiteral("HH:mm");
    m_shifts->setRowCount(static_cast<int>(r.shifts.size()));
    for (int i = 0; i < r.shifts.size(); ++i) {
        const DayReport::ShiftLine &s = r.shifts[i];
        m_shifts->setItem(i, 0, text(s.operatorLogin));
        m_shifts->setItem(i, 1, text(s.openedAt.toLocalTime().toString(timeFormat)));
        m_shifts->setItem(i, 2,
                          text(s.closedAt.isValid() ? s.closedAt.toLocalTime().toString(timeFormat)
                                                    : tr("未结班")));
        // An open shift has no closing figures yet.
        m_shifts->setItem(i, 3, s.closedAt.isValid() ? amount(s.expectedCash) : text(QString()));
        m_shifts->setItem(i, 4, s.closedAt.isValid() ? amount(s.countedCash) : text(QString()));
        m_shifts->setItem(i, 5,
                          s.closedAt.isValid() ? amount(s.difference, !s.difference.isZero())
                                               : text(QString()));
        m_shifts->setItem(i, 6, text(s.approvedBy));
    }
}

} // namespace hd
