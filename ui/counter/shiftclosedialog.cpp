#include "shiftclosedialog.h"

#include "countersession.h"
#include "paymentsettings.h"
#include "widgets/denominationcountwidget.h"
#include "widgets/messagebox.h"
#include "widgets/supervisorbox.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hd {

namespace {
QTableWidgetItem *cell(const QString &text, bool alert = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (alert) {
        item->setForeground(QColor(0xC6, 0x28, 0x28));
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    }
    return item;
}
} // namespace

ShiftCloseDialog::ShiftCloseDialog(CounterSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_limit(PaymentSettings::load(session.store()).shiftDifferenceLimit)
{
    setObjectName(QStringLiteral("shiftCloseDialog"));
    setWindowTitle(tr("结班"));
    auto shift = session.shifts().current();
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    if (shift)
        intro->setText(
            tr("班次：%1 于 %2 开班，备用金 %3。请清点钱箱，按面额填写；"
               "银行卡、扫码按结算单填写实际合计。")
                .arg(shift->operatorLogin,
                     shift->openedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     shift->openingFloat.toYuanString()));

    m_count = new DenominationCountWidget(this);
    auto *countBox = new QGroupBox(tr("钱箱实点现金"), this);
    auto *countLayout = new QVBoxLayout(countBox);
    countLayout->addWidget(m_count);

    m_cardEdit = new QLineEdit(this);
    m_cardEdit->setObjectName(QStringLiteral("countedCardEdit"));
    m_cardEdit->setAlignment(Qt::AlignRight);
    m_qrEdit = new QLineEdit(this);
    m_qrEdit->setObjectName(QStringLiteral("countedQrEdit"));
    m_qrEdit->setAlignment(Qt::AlignRight);
    if (shift) {
        const ShiftTotals t = session.shifts().totals(shift->id);
        m_cardEdit->setText(t.card.toPlainString());
        m_qrEdit->setText(t.qr.toPlainString());
    }
    auto *slips = new QFormLayout;
    slips->addRow(tr("银行卡结算单合计(&K)"), m_cardEdit);
    slips->addRow(tr("扫码对账合计(&Q)"), m_qrEdit);

    m_table = new QTableWidget(4, 4, this);
    m_table->setObjectName(QStringLiteral("closingTable"));
    m_table->setHorizontalHeaderLabels({tr("方式"), tr("应有"), tr("实点"), tr("差额")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    const QStringList methods = {tr("现金"), tr("银行卡"), tr("扫码"), tr("合计")};
    for (int r = 0; r < methods.size(); ++r)
        m_table->setItem(r, 0, new QTableWidgetItem(methods[r]));
    m_table->setMinimumHeight(170);
    m_expectedDetail = new QLabel(this);
    m_expectedDetail->setObjectName(QStringLiteral("expectedDetail"));
    m_expectedDetail->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("closingSummary"));
    m_summary->setWordWrap(true);

    auto *pending = new QLabel(this);
    pending->setObjectName(QStringLiteral("pendingWarning"));
    pending->setWordWrap(true);
    pending->setStyleSheet(QStringLiteral("color: #e65100; font-weight: bold;"));
    if (const auto n = session.payments().pendingPayments().size(); n > 0)
        pending->setText(tr("尚有 %1 笔扫码缴费待确认，未计入应有金额。建议先取消结班，"
                            "按 F12 查询确认后再结班。")
                             .arg(n));
    pending->setVisible(!pending->text().isEmpty());
    m_supervisor = new SupervisorBox(tr("差额超过允许范围：值班长确认"), this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    auto *close = buttons->addButton(tr("结班"), QDialogButtonBox::AcceptRole);
    close->setObjectName(QStringLiteral("closeShiftButton"));
    close->setToolTip(tr("结班（Ctrl+Enter）"));
    close->setAutoDefault(false);
    auto *cancel = buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    cancel->setToolTip(tr("取消（Esc）"));
    cancel->setAutoDefault(false);
    connect(close, &QPushButton::clicked, this, &ShiftCloseDialog::closeShift);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto *confirm = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(confirm, &QShortcut::activated, this, &ShiftCloseDialog::closeShift);

    auto *right = new QVBoxLayout;
    right->addLayout(slips);
    right->addWidget(m_table);
    right->addWidget(m_expectedDetail);
    right->addWidget(m_summary);
    right->addWidget(m_supervisor);
    right->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addWidget(countBox);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(pending);
    layout->addLayout(columns);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(980, 640);

    connect(m_count, &DenominationCountWidget::countChanged, this,
            &ShiftCloseDialog::updatePreview);
    connect(m_cardEdit, &QLineEdit::textChanged, this, &ShiftCloseDialog::updatePreview);
    connect(m_qrEdit, &QLineEdit::textChanged, this, &ShiftCloseDialog::updatePreview);
    updatePreview();
    m_count->focusFirst();
}

Result<std::optional<Money>> ShiftCloseDialog::counted(QLineEdit *edit) const
{
    if (edit->text().trimmed().isEmpty())
        return std::optional<Money>();
    auto m = Money::parse(edit->text());
    if (!m)
        return m.error();
    return std::optional<Money>(m.value());
}

void ShiftCloseDialog::updatePreview()
{
    auto card = counted(m_cardEdit);
    auto qr = counted(m_qrEdit);
    m_error->clear();
    if (!card || !qr) {
        m_error->setText(tr("结算单合计：%1").arg((!card ? card : qr).error().message));
        return;
    }
    auto preview = m_session.shifts().preview(m_count->count(), card.value(), qr.value());
    if (!preview) {
        m_preview.reset();
        m_error->setText(preview.error().message);
        return;
    }
    m_preview = preview.value();
    const ShiftClosing &c = *m_preview;
    const Money rows[3][3] = {
        {c.totals.expectedCash(), c.countedCash, c.cashDifference()},
        {c.totals.card, c.countedCard, c.cardDifference()},
        {c.totals.qr, c.countedQr, c.qrDifference()},
    };
    Money expected;
    Money countedTotal;
    for (int r = 0; r < 3; ++r) {
        for (int col = 0; col < 3; ++col)
            m_table->setItem(
                r, col + 1,
                cell(rows[r][col].toDisplayString(), col == 2 && !rows[r][col].isZero()));
        expected += rows[r][0];
        countedTotal += rows[r][1];
    }
    m_table->setItem(3, 1, cell(expected.toDisplayString()));
    m_table->setItem(3, 2, cell(countedTotal.toDisplayString()));
    m_table->setItem(3, 3, cell(c.difference().toDisplayString(), !c.difference().isZero()));
    m_expectedDetail->setText(tr("应有现金 = 备用金 %1 + 现金收款 %2 + 存入 %3 − 取出 %4；"
                                 "缴费 %5 笔，冲正 %6 笔")
                                  .arg(c.totals.openingFloat.toYuanString(),
                                       c.totals.cash.toYuanString(), c.totals.cashIn.toYuanString(),
                                       c.totals.cashOut.toYuanString())
                                  .arg(c.totals.payments)
                                  .arg(c.totals.reversals));
    m_summary->setText(
        c.needsSupervisor
            ? tr("<span style='color:#c62828'><b>差额合计（绝对值）%1，超过允许的 %2：</b>"
                 "需值班长核对并输入工号和密码。</span>")
                  .arg(c.absoluteDifference().toYuanString(), m_limit.toYuanString())
            : tr("差额合计（绝对值）%1，在允许的 %2 以内。")
                  .arg(c.absoluteDifference().toYuanString(), m_limit.toYuanString()));
    m_supervisor->setVisible(c.needsSupervisor);
}

void ShiftCloseDialog::closeShift()
{
    updatePreview();
    if (!m_preview)
        return;
    auto card = counted(m_cardEdit);
    auto qr = counted(m_qrEdit);
    if (!card || !qr)
        return;
    const ShiftClosing &c = *m_preview;
    if (c.needsSupervisor &&
        (m_supervisor->login().isEmpty() || m_supervisor->password().isEmpty())) {
        m_error->setText(tr("差额超过允许范围，请值班长输入工号和密码后再结班。"));
        m_supervisor->focusFirstEmpty();
        return;
    }
    if (MessageBox::question(this, tr("结班"),
                             tr("现金应有 %1，实点 %2；差额合计 %3。\n"
                                "结班后本班次不能再收费或冲正。确认结班？")
                                 .arg(c.totals.expectedCash().toYuanString(),
                                      c.countedCash.toYuanString(), c.difference().toYuanString()),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return;
    auto closed =
        m_session.shifts().close(m_session.currentOperator().login, m_count->count(), card.value(),
                                 qr.value(), c.needsSupervisor ? m_supervisor->login() : QString(),
                                 c.needsSupervisor ? m_supervisor->password() : QString());
    m_supervisor->clearPassword();
    if (!closed) {
        m_error->setText(closed.error().message);
        if (c.needsSupervisor)
            m_supervisor->passwordEdit()->setFocus();
        updatePreview();
        m_error->setText(closed.error().message);
        return;
    }
    emit m_session.shiftChanged();
    emit shiftClosed(closed.value());
    accept();
}

} // namespace hd
