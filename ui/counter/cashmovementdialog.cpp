#include "cashmovementdialog.h"

#include "countersession.h"
#include "widgets/messagebox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace hd {

CashMovementDialog::CashMovementDialog(CounterSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("cashMovementDialog"));
    setWindowTitle(tr("现金存取"));
    m_in = new QRadioButton(tr("存入(&I)"), this);
    m_in->setObjectName(QStringLiteral("cashInRadio"));
    m_in->setToolTip(tr("存入（Alt+I）：补充零钱等"));
    m_out = new QRadioButton(tr("取出(&O)"), this);
    m_out->setObjectName(QStringLiteral("cashOutRadio"));
    m_out->setToolTip(tr("取出（Alt+O）：上缴、解款等"));
    m_in->setChecked(true);
    auto *direction = new QHBoxLayout;
    direction->addWidget(m_in);
    direction->addWidget(m_out);
    direction->addStretch(1);

    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("cashAmountEdit"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setPlaceholderText(tr("例如 200.00"));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("cashReasonCombo"));
    m_reason->setEditable(true);
    m_reason->addItems({QString(), tr("补充零钱"), tr("现金上缴（解款）"), tr("转存保险柜")});
    m_reason->setCurrentIndex(0);
    m_drawer = new QLabel(this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("方向"), direction);
    form->addRow(tr("金额(&A)"), m_amount);
    form->addRow(tr("原因(&R)"), m_reason);
    form->addRow(m_drawer);
    form->addRow(m_error);

    auto *buttons = new QDialogButtonBox(this);
    auto *ok = buttons->addButton(tr("登记"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("recordCashButton"));
    ok->setToolTip(tr("登记（Ctrl+Enter）"));
    auto *cancel = buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    cancel->setToolTip(tr("取消（Esc）"));
    connect(ok, &QPushButton::clicked, this, &CashMovementDialog::record);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto *confirm = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(confirm, &QShortcut::activated, this, &CashMovementDialog::record);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    updateDrawer();
    m_amount->setFocus();
}

void CashMovementDialog::setDirection(ShiftLedger::Direction direction)
{
    (direction == ShiftLedger::Direction::In ? m_in : m_out)->setChecked(true);
}

void CashMovementDialog::updateDrawer()
{
    m_drawer->setText(tr("钱箱应有现金 %1").arg(m_session.payments().drawerCash().toYuanString()));
}

void CashMovementDialog::record()
{
    auto amount = Money::parse(m_amount->text());
    if (!amount) {
        m_error->setText(tr("金额：%1").arg(amount.error().message));
        m_amount->setFocus();
        return;
    }
    const QString reason = m_reason->currentText().trimmed();
    const bool in = m_in->isChecked();
    if (amount->fen() > 0 && !reason.isEmpty() &&
        MessageBox::question(
            this, windowTitle(),
            tr("%1 %2，原因：%3\n确认登记？")
                .arg(in ? tr("现金存入") : tr("现金取出"), amount->toYuanString(), reason),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return;
    // The ledger refuses a zero amount, a missing reason, taking out more than the drawer
    // holds and any movement outside the clerk's open shift, with the message shown here.
    if (auto own = m_session.ownShift(); !own) {
        m_error->setText(own.error().message);
        return;
    }
    const Status s =
        m_session.shifts().moveCash(in ? ShiftLedger::Direction::In : ShiftLedger::Direction::Out,
                                    amount.value(), reason, m_session.currentOperator().login);
    if (!s) {
        m_error->setText(s.error().message);
        (s.error().code == QLatin1String("cash.reason") ? static_cast<QWidget *>(m_reason)
                                                        : m_amount)
            ->setFocus();
        return;
    }
    emit m_session.shiftChanged();
    accept();
}

} // namespace hd
