#include "shiftopendialog.h"

#include "countersession.h"
#include "widgets/denominationcountwidget.h"
#include "widgets/messagebox.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace hd {

ShiftOpenDialog::ShiftOpenDialog(CounterSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("shiftOpenDialog"));
    setWindowTitle(tr("开班"));
    const Operator &op = session.currentOperator();
    auto *intro = new QLabel(tr("收费员 %1（%2）开班。请清点钱箱中的备用金，按面额填写张数或枚数"
                                "（回车到下一行）。")
                                 .arg(op.name, op.login),
                             this);
    intro->setWordWrap(true);
    m_count = new DenominationCountWidget(this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_openButton = buttons->addButton(tr("开班"), QDialogButtonBox::AcceptRole);
    m_openButton->setObjectName(QStringLiteral("openShiftButton"));
    m_openButton->setToolTip(tr("开班（Ctrl+Enter）"));
    m_openButton->setAutoDefault(false);
    auto *cancel = buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    cancel->setToolTip(tr("取消（Esc）"));
    cancel->setAutoDefault(false);
    connect(m_openButton, &QPushButton::clicked, this, &ShiftOpenDialog::openShift);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto *confirm = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(confirm, &QShortcut::activated, this, &ShiftOpenDialog::openShift);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_count);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_count->focusFirst();
}

void ShiftOpenDialog::openShift()
{
    const CashCount count = m_count->count();
    if (MessageBox::question(
            this, tr("开班"),
            tr("备用金合计 %1\n%2\n\n确认开班？")
                .arg(count.total().toYuanString(),
                     count.total().isZero() ? tr("（钱箱为空）") : count.toDisplayString()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return;
    auto shift = m_session.shifts().open(m_session.currentOperator().login, count);
    if (!shift) {
        m_error->setText(shift.error().message);
        return;
    }
    emit m_session.shiftChanged();
    emit shiftOpened();
    accept();
}

} // namespace hd
