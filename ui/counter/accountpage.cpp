#include "accountpage.h"

#include "accountrepository.h"
#include "accounttablemodels.h"
#include "consumptionchart.h"
#include "paymentservice.h"
#include "store.h"
#include "widgets/alertdelegate.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hd {

namespace {
QTableView *makeTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setItemDelegate(new AlertDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QWidget *placeholderPanel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *panel = new QWidget(parent);
    panel->setObjectName(objectName);
    auto *label = new QLabel(text, panel);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    auto *layout = new QVBoxLayout(panel);
    layout->addWidget(label);
    return panel;
}
} // namespace

AccountPage::AccountPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("accountPage"));
    auto *back = new QPushButton(tr("← 返回查找"), this);
    back->setObjectName(QStringLiteral("backButton"));
    back->setToolTip(tr("返回查找（Esc）"));
    connect(back, &QPushButton::clicked, this, &AccountPage::backRequested);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &AccountPage::backRequested);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("accountTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *pay = new QPushButton(tr("收费（F5）"), this);
    pay->setObjectName(QStringLiteral("accountPayButton"));
    pay->setToolTip(tr("收费（F5）：应缴金额、违约金与收款"));
    pay->setFocusPolicy(Qt::NoFocus);
    connect(pay, &QPushButton::clicked, this, &AccountPage::payRequested);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(back);
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(pay);

    auto *grid = new QGridLayout;
    m_class = addField(grid, 0, 0, tr("用电类别"), QStringLiteral("classLabel"));
    m_tariff = addField(grid, 0, 1, tr("电价"), QStringLiteral("tariffLabel"));
    m_meter = addField(grid, 0, 2, tr("电能表"), QStringLiteral("meterLabel"));
    m_status = addField(grid, 1, 0, tr("状态"), QStringLiteral("statusLabel"));
    m_phone = addField(grid, 1, 1, tr("联系电话"), QStringLiteral("phoneLabel"));
    m_idNumber = addField(grid, 1, 2, tr("证件号码"), QStringLiteral("idLabel"));
    m_address = addField(grid, 2, 0, tr("用电地址"), QStringLiteral("addressLabel"));
    grid->addWidget(m_address, 2, 1, 1, 5);

    m_blocked = new QLabel(this);
    m_blocked->setObjectName(QStringLiteral("blockedLabel"));
    m_blocked->setWordWrap(true);
    m_arrears = new QLabel(this);
    m_arrears->setObjectName(QStringLiteral("arrearsLabel"));

    m_bills = new BillTableModel(this);
    m_payments = new PaymentHistoryModel(this);
    m_billsView = makeTable(m_bills, QStringLiteral("billsView"), this);
    m_paymentsView = makeTable(m_payments, QStringLiteral("paymentsView"), this);
    m_chart = new ConsumptionChart(this);

    m_reprint = new QAction(tr("重打收据(&R)"), this);
    m_reprint->setObjectName(QStringLiteral("reprintAction"));
    m_reprint->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_reprint->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_reprint->setToolTip(tr("重打选中缴费的收据，收据上注明“重打”（Ctrl+P）"));
    connect(m_reprint, &QAction::triggered, this, &AccountPage::requestReprint);
    m_paymentsView->addAction(m_reprint);
    m_paymentsView->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *billsSplit = new QSplitter(Qt::Horizontal, this);
    billsSplit->addWidget(m_billsView);
    billsSplit->addWidget(m_chart);
    billsSplit->setStretchFactor(0, 4);
    billsSplit->setStretchFactor(1, 5);
    billsSplit->setSizes({620, 780});

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("accountTabs"));
    m_tabs->addTab(billsSplit, tr("账单与用电(&1)"));
    m_reverseButton = new QPushButton(tr("冲正所选缴费（F4）"), this);
    m_reverseButton->setObjectName(QStringLiteral("reverseButton"));
    m_reverseButton->setToolTip(tr("冲正所选缴费（F4）：本班次的缴费，需值班长密码"));
    connect(m_reverseButton, &QPushButton::clicked, this, &AccountPage::reverseSelected);
    m_reversalHint = new QLabel(this);
    m_reversalHint->setObjectName(QStringLiteral("reversalHint"));
    m_reversalHint->setWordWrap(true);
    auto *paymentsPanel = new QWidget(this);
    auto *paymentsLayout = new QVBoxLayout(paymentsPanel);
    paymentsLayout->setContentsMargins(0, 0, 0, 0);
    paymentsLayout->addWidget(m_paymentsView, 1);
    auto *reverseRow = new QHBoxLayout;
    reverseRow->addWidget(m_reverseButton);
    reverseRow->addWidget(m_reversalHint, 1);
    paymentsLayout->addLayout(reverseRow);
    connect(m_paymentsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountPage::updateReversalHint);
    auto *reverseKey = new QShortcut(QKeySequence(Qt::Key_F4), this);
    reverseKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(reverseKey, &QShortcut::activated, this, &AccountPage::reverseSelected);
    m_tabs->addTab(paymentsPanel, tr("缴费记录(&2)"));
    m_tabs->addTab(placeholderPanel(tr("业务申请：本户尚无业务申请记录。\n新装、增容、过户、更名、"
                                       "销户等业务受理将在此显示。"),
                                    QStringLiteral("applicationsPanel"), this),
                   tr("业务申请(&3)"));
    m_documentsTab = m_tabs->addTab(
        placeholderPanel(tr("资料档案：本户尚无已采集的证件或资料。\n身份证、产权证明、"
                            "营业执照等拍摄后将在此显示。"),
                         QStringLiteral("documentsPanel"), this),
        tr("资料档案(&4)"));
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabToolTip(i, tr("Alt+%1").arg(i + 1));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addLayout(grid);
    layout->addWidget(m_blocked);
    layout->addWidget(m_arrears);
    layout->addWidget(m_tabs, 1);
}

void AccountPage::setDocumentsPanel(QWidget *panel)
{
    const QString label = m_tabs->tabText(m_documentsTab);
    QWidget *old = m_tabs->widget(m_documentsTab);
    m_tabs->removeTab(m_documentsTab);
    delete old;
    m_tabs->insertTab(m_documentsTab, panel, label);
    m_tabs->setTabToolTip(m_documentsTab, tr("Alt+%1").arg(m_documentsTab + 1));
}

QLabel *AccountPage::addField(QGridLayout *grid, int row, int column, const QString &label,
                              const QString &objectName)
{
    auto *caption = new QLabel(label + tr("："), this);
    caption->setStyleSheet(QStringLiteral("color: #555;"));
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(caption, row, column * 2, Qt::AlignRight);
    grid->addWidget(value, row, column * 2 + 1);
    return value;
}

bool AccountPage::showAccount(qint64 accountId)
{
    auto account = AccountRepository(m_store).byId(accountId);
    if (!account)
        return false;
    m_account = account.value();
    reload();
    m_tabs->setCurrentIndex(0);
    emit accountShown(m_account.id, tr("户号 %1　%2").arg(m_account.accountNo, m_account.name));
    return true;
}

void AccountPage::reload()
{
    AccountRepository repo(m_store);
    if (auto fresh = repo.byId(m_account.id); fresh)
        m_account = fresh.value();
    const Account &a = m_account;
    m_title->setText(tr("户号 %1　%2").arg(a.accountNo, a.name));
    m_class->setText(customerClassLabel(a.customerClass) +
                     (a.prepaid ? tr("（预付费）") : QString()));
    m_tariff->setText(a.tariffName.isEmpty() ? a.tariffCode : a.tariffName);
    m_meter->setText(a.meterNo);
    m_status->setText(accountStatusLabel(a.status));
    m_phone->setText(a.phoneMasked);
    m_idNumber->setText(a.idMasked);
    m_address->setText(a.address);
    m_blocked->setVisible(a.blocked);
    m_blocked->setText(a.blocked ? tr("受限：%1").arg(a.blockedReason) : QString());

    const QList<Bill> bills = repo.bills(a.id);
    Money overdue;
    Money notYetDue;
    QDate oldestDue;
    for (const Bill &b : bills) {
        if (b.outstanding() <= Money())
            continue;
        if (b.dueDate < m_today) {
            overdue += b.outstanding();
            if (!oldestDue.isValid() || b.dueDate < oldestDue)
                oldestDue = b.dueDate;
        } else {
            notYetDue += b.outstanding();
        }
    }
    QString arrears;
    if (overdue > Money())
        arrears = tr("<span style='color:#c62828'><b>逾期欠费 ¥%1</b>（最早缴费截止日 %2）</span>")
                      .arg(overdue.toDisplayString(), oldestDue.toString(Qt::ISODate));
    else
        arrears = tr("<b>无逾期欠费</b>");
    if (notYetDue > Money())
        arrears += tr("　本期未缴 ¥%1").arg(notYetDue.toDisplayString());
    arrears += tr("　预存余额 ¥%1").arg(a.balance.toDisplayString());
    m_arrears->setText(arrears);

    m_bills->setBills(bills, m_today);
    m_chart->setBills(bills);
    m_payments->setPayments(repo.payments(a.id));
    updateReversalHint();
}

QString AccountPage::selectedReceipt() const
{
    const QModelIndex current = m_paymentsView->currentIndex();
    if (!current.isValid())
        return {};
    return m_payments->index(current.row(), PaymentHistoryModel::ReceiptNo).data().toString();
}

void AccountPage::selectPayment(const QString &receiptNo)
{
    m_tabs->setCurrentWidget(m_paymentsView->parentWidget());
    for (int r = 0; r < m_payments->rowCount(); ++r)
        if (m_payments->index(r, PaymentHistoryModel::ReceiptNo).data().toString() == receiptNo) {
            m_paymentsView->setCurrentIndex(m_payments->index(r, 0));
            break;
        }
    m_paymentsView->setFocus();
    updateReversalHint();
}

void AccountPage::updateReversalHint()
{
    const QString receipt = selectedReceipt();
    if (receipt.isEmpty()) {
        m_reverseButton->setEnabled(false);
        m_reversalHint->setText(tr("选中一笔缴费后可冲正（仅限本班次的缴费）。"));
        return;
    }
    const Status check = PaymentService(m_store).checkReversible(receipt);
    m_reverseButton->setEnabled(check.ok());
    m_reversalHint->setText(check ? tr("收据 %1：本班次缴费，可冲正（需值班长密码）。").arg(receipt)
                                  : check.error().message);
}

void AccountPage::reverseSelected()
{
    const QString receipt = selectedReceipt();
    if (receipt.isEmpty()) {
        MessageBox::information(this, tr("冲正"), tr("请先在缴费记录中选中要冲正的缴费。"));
        return;
    }
    const Status check = PaymentService(m_store).checkReversible(receipt);
    if (!check) {
        MessageBox::information(this,
                                check.error().code == QLatin1String("reversal.shift-closed")
                                    ? tr("退费流程")
                                    : tr("冲正"),
                                check.error().message);
        return;
    }
    emit reverseRequested(receipt);
}

void AccountPage::requestReprint()
{
    const QModelIndex current = m_paymentsView->currentIndex();
    if (!current.isValid())
        return;
    const QString receiptNo =
        m_payments->index(current.row(), PaymentHistoryModel::ReceiptNo).data().toString();
    if (!receiptNo.isEmpty())
        emit reprintRequested(receiptNo);
}

} // namespace hd
