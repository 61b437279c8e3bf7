#include "reversaldialog.h"

#include "accounttablemodels.h"
#include "countersession.h"
#include "widgets/messagebox.h"
#include "widgets/supervisorbox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QUuid>
#include <QVBoxLayout>

namespace hd {

ReversalDialog::ReversalDialog(CounterSession &session, const PaymentOutcome &original,
                               QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_original(original)
    , m_uuid(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    setObjectName(QStringLiteral("reversalDialog"));
    setWindowTitle(tr("冲正"));
    auto *details = new QFormLayout;
    details->addRow(tr("收据号"), new QLabel(original.receiptNo, this));
    details->addRow(tr("户号"),
                    new QLabel(tr("%1　%2").arg(original.accountNo, original.accountName), this));
    details->addRow(tr("金额"), new QLabel(original.amount.toYuanString(), this));
    details->addRow(tr("付款方式"),
                    new QLabel(PaymentHistoryModel::methodLabel(original.method), this));
    details->addRow(tr("缴费时间"), new QLabel(original.createdAt.toLocalTime().toString(
                                                   QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                               this));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reversalReasonCombo"));
    m_reason->setEditable(true);
    m_reason->addItems(
        {QString(), tr("金额输错"), tr("户号输错"), tr("付款方式选错"), tr("客户当场撤销")});
    details->addRow(tr("冲正原因(&R)"), m_reason);

    auto *note = new QLabel(tr("冲正生成一条新的冲正记录，原缴费记录保留；账单和预存电费恢复到"
                               "缴费前。需值班长本人输入工号和密码。"),
                            this);
    note->setWordWrap(true);
    m_supervisor = new SupervisorBox(tr("值班长授权"), this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    auto *ok = buttons->addButton(tr("冲正"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("reverseButton"));
    ok->setToolTip(tr("冲正（Ctrl+Enter）"));
    ok->setAutoDefault(false);
    auto *cancel = buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    cancel->setToolTip(tr("取消（Esc）"));
    cancel->setAutoDefault(false);
    connect(ok, &QPushButton::clicked, this, &ReversalDialog::reverse);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto *confirm = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(confirm, &QShortcut::activated, this, &ReversalDialog::reverse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(details);
    layout->addWidget(note);
    layout->addWidget(m_supervisor);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    m_reason->setFocus();
}

void ReversalDialog::reverse()
{
    const QString reason = m_reason->currentText().trimmed();
    if (reason.isEmpty()) {
        m_error->setText(tr("请填写冲正原因。"));
        m_reason->setFocus();
        return;
    }
    if (m_supervisor->login().isEmpty() || m_supervisor->password().isEmpty()) {
        m_error->setText(tr("请值班长输入工号和密码。"));
        m_supervisor->focusFirstEmpty();
        return;
    }
    if (MessageBox::question(this, tr("冲正"),
                             tr("冲正收据 %1（%2，户号 %3）。\n原因：%4\n"
                                "现金缴费需将 %2 退还客户；银行卡、扫码按原路退回。确认冲正？")
                                 .arg(m_original.receiptNo, m_original.amount.toYuanString(),
                                      m_original.accountNo, reason),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return;
    auto reversal = m_session.payments().reverse(
        m_original.receiptNo, reason, m_session.currentOperator().login, m_supervisor->login(),
        m_supervisor->password(), m_uuid);
    m_supervisor->clearPassword();
    if (!reversal) {
        m_error->setText(reversal.error().message);
        m_supervisor->passwordEdit()->setFocus();
        return;
    }
    emit m_session.paymentsChanged();
    emit m_session.shiftChanged();
    emit reversed(reversal.value());
    accept();
}

} // namespace hd
