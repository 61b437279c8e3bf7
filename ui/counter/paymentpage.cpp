#include "paymentpage.h"

#include "countersession.h"
#include "quotelinemodel.h"
#include "widgets/messagebox.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QTableView>
#include <QUuid>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace hd {

namespace {
QLineEdit *moneyEdit(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setAlignment(Qt::AlignRight);
    edit->setMaxLength(20);
    edit->setMaximumWidth(220);
    return edit;
}

QString yuan(Money m)
{
    return m.toYuanString();
}
} // namespace

PaymentPage::PaymentPage(CounterSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("paymentPage"));
    m_model = new QuoteLineModel(this);

    auto *back = new QPushButton(tr("← 返回户档案"), this);
    back->setObjectName(QStringLiteral("paymentBackButton"));
    back->setToolTip(tr("返回户档案（Esc）"));
    back->setFocusPolicy(Qt::NoFocus);
    connect(back, &QPushButton::clicked, this, &PaymentPage::back);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("accountTitle"));
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(back);
    titleRow->addWidget(m_title, 1);

    m_blocked = new QLabel(this);
    m_blocked->setObjectName(QStringLiteral("blockedLabel"));
    m_blocked->setWordWrap(true);
    m_shiftNotice = new QLabel(this);
    m_shiftNotice->setObjectName(QStringLiteral("shiftNotice"));
    m_shiftNotice->setWordWrap(true);
    m_pendingBanner = new QLabel(this);
    m_pendingBanner->setObjectName(QStringLiteral("pendingBanner"));
    m_pendingBanner->setWordWrap(true);

    m_quoteView = new QTableView(this);
    m_quoteView->setObjectName(QStringLiteral("quoteView"));
    m_quoteView->setModel(m_model);
    m_quoteView->setSelectionMode(QAbstractItemView::NoSelection);
    m_quoteView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_quoteView->setFocusPolicy(Qt::NoFocus);
    m_quoteView->setAlternatingRowColors(true);
    m_quoteView->verticalHeader()->hide();
    m_quoteView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_quoteView->horizontalHeader()->setStretchLastSection(false);
    m_prepaidLabel = new QLabel(this);
    m_prepaidLabel->setObjectName(QStringLiteral("prepaidLabel"));
    m_prepaidLabel->setWordWrap(true);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_totals->setWordWrap(true);
    m_quoteNote = new QLabel(this);
    m_quoteNote->setObjectName(QStringLiteral("quoteNoteLabel"));
    m_quoteNote->setWordWrap(true);
    m_quoteNote->setStyleSheet(QStringLiteral("color: #b35c00;"));
    m_quoteNote->hide();

    // The amount and where it goes.
    m_amountEdit = moneyEdit(QStringLiteral("amountEdit"), tr("例如 352.00"), this);
    m_amountEdit->setToolTip(tr("缴费金额（Alt+A），至少 0.01 元；超出应缴的部分转为预存电费"));
    m_allocation = new QLabel(this);
    m_allocation->setObjectName(QStringLiteral("allocationLabel"));
    m_allocation->setWordWrap(true);
    m_allocation->setTextFormat(Qt::RichText);
    auto *amountLabel = new QLabel(tr("缴费金额(&A)"), this);
    amountLabel->setBuddy(m_amountEdit);

    // The method.
    m_methods = new QButtonGroup(this);
    auto *methodRow = new QHBoxLayout;
    const std::initializer_list<std::tuple<Method, QString, QString, QString>> methods = {
        {Method::Cash, tr("现金(&1)"), tr("现金（Alt+1）"), QStringLiteral("methodCash")},
        {Method::Card, tr("银行卡(&2)"), tr("银行卡（Alt+2）：POS 参考号与卡号后四位"),
         QStringLiteral("methodCard")},
        {Method::Qr, tr("扫码(&3)"), tr("扫码（Alt+3）：用扫码枪读取客户付款码"),
         QStringLiteral("methodQr")},
        {Method::Split, tr("组合付款(&4)"),
         tr("组合付款（Alt+4）：银行卡、扫码各付一部分，其余现金"), QStringLiteral("methodSplit")}};
    for (const auto &[m, text, tip, name] : methods) {
        auto *radio = new QRadioButton(text, this);
        radio->setObjectName(name);
        radio->setToolTip(tip);
        m_methods->addButton(radio, static_cast<int>(m));
        methodRow->addWidget(radio);
    }
    methodRow->addStretch(1);
    m_methods->button(static_cast<int>(Method::Cash))->setChecked(true);
    connect(m_methods, &QButtonGroup::idClicked, this, [this] {
        updateMethodBoxes();
        updatePreview();
        focusNextFrom(m_amountEdit);
    });

    // Bank card.
    m_cardBox = new QGroupBox(tr("银行卡"), this);
    m_cardBox->setObjectName(QStringLiteral("cardBox"));
    m_cardPartEdit = moneyEdit(QStringLiteral("cardPartEdit"), tr("刷卡金额"), m_cardBox);
    m_cardRefEdit = new QLineEdit(m_cardBox);
    m_cardRefEdit->setObjectName(QStringLiteral("cardRefEdit"));
    m_cardRefEdit->setPlaceholderText(tr("POS 签购单上的参考号"));
    m_cardRefEdit->setMaxLength(32);
    m_cardLast4Edit = new QLineEdit(m_cardBox);
    m_cardLast4Edit->setObjectName(QStringLiteral("cardLast4Edit"));
    m_cardLast4Edit->setPlaceholderText(tr("4 位数字"));
    m_cardLast4Edit->setMaxLength(4);
    auto *cardForm = new QFormLayout(m_cardBox);
    m_cardPartCaption = new QLabel(tr("刷卡金额(&K)"), m_cardBox);
    m_cardPartCaption->setBuddy(m_cardPartEdit);
    cardForm->addRow(m_cardPartCaption, m_cardPartEdit);
    cardForm->addRow(tr("参考号(&R)"), m_cardRefEdit);
    cardForm->addRow(tr("卡号后四位(&L)"), m_cardLast4Edit);

    // QR code: a keyboard-wedge scanner types the code and presses Enter.
    m_qrBox = new QGroupBox(tr("扫码"), this);
    m_qrBox->setObjectName(QStringLiteral("qrBox"));
    m_qrPartEdit = moneyEdit(QStringLiteral("qrPartEdit"), tr("扫码金额"), m_qrBox);
    m_qrCodeEdit = new QLineEdit(m_qrBox);
    m_qrCodeEdit->setObjectName(QStringLiteral("qrCodeEdit"));
    m_qrCodeEdit->setPlaceholderText(tr("请用扫码枪扫描客户付款码"));
    m_qrCodeEdit->setMaxLength(64);
    m_qrCodeEdit->setMinimumWidth(260);
    m_qrCodeEdit->setToolTip(tr("付款码（Alt+Q）：扫码枪读完自动回车，确认后向收单机构扣款"));
    auto *qrForm = new QFormLayout(m_qrBox);
    m_qrPartCaption = new QLabel(tr("扫码金额(&M)"), m_qrBox);
    m_qrPartCaption->setBuddy(m_qrPartEdit);
    qrForm->addRow(m_qrPartCaption, m_qrPartEdit);
    qrForm->addRow(tr("付款码(&Q)"), m_qrCodeEdit);

    // Cash.
    m_cashBox = new QGroupBox(tr("现金"), this);
    m_cashBox->setObjectName(QStringLiteral("cashBox"));
    m_cashPart = new QLabel(m_cashBox);
    m_cashPart->setObjectName(QStringLiteral("cashPartLabel"));
    m_tenderedEdit = moneyEdit(QStringLiteral("tenderedEdit"), tr("不填即按应收"), m_cashBox);
    m_tenderedEdit->setToolTip(tr("实收现金（Alt+T）：客户递来的金额，不填即按应收"));
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("changeLabel"));
    m_change->setWordWrap(true);
    m_drawerLabel = new QLabel(m_cashBox);
    m_drawerLabel->setObjectName(QStringLiteral("drawerLabel"));
    auto *cashForm = new QFormLayout(m_cashBox);
    cashForm->addRow(tr("现金部分"), m_cashPart);
    cashForm->addRow(tr("实收(&T)"), m_tenderedEdit);
    cashForm->addRow(m_drawerLabel);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("paymentError"));
    m_error->setWordWrap(true);
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("pendingLabel"));
    m_pending->setWordWrap(true);
    m_payButton = new QPushButton(this);
    m_payButton->setObjectName(QStringLiteral("payButton"));
    m_payButton->setToolTip(tr("收费（F9）：确认后入账"));
    m_payButton->setMinimumHeight(44);
    connect(m_payButton, &QPushButton::clicked, this, &PaymentPage::pay);

    // After the commit: the receipt number and printing.
    m_resultBox = new QWidget(this);
    m_resultBox->setObjectName(QStringLiteral("resultBox"));
    m_receipt = new QLabel(m_resultBox);
    m_receipt->setObjectName(QStringLiteral("receiptLabel"));
    m_receipt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultDetail = new QLabel(m_resultBox);
    m_resultDetail->setObjectName(QStringLiteral("resultDetail"));
    m_resultDetail->setWordWrap(true);
    m_printButton = new QPushButton(tr("打印收据（Ctrl+P）"), m_resultBox);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_printButton->setToolTip(tr("打印收据（Ctrl+P）"));
    connect(m_printButton, &QPushButton::clicked, this, &PaymentPage::printReceipt);
    m_doneButton = new QPushButton(tr("完成，返回户档案（Esc）"), m_resultBox);
    m_doneButton->setObjectName(QStringLiteral("doneButton"));
    m_doneButton->setToolTip(tr("完成，返回户档案（Esc）"));
    connect(m_doneButton, &QPushButton::clicked, this, &PaymentPage::back);
    auto *resultButtons = new QHBoxLayout;
    resultButtons->addWidget(m_printButton);
    resultButtons->addWidget(m_doneButton);
    resultButtons->addStretch(1);
    auto *resultLayout = new QVBoxLayout(m_resultBox);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_receipt);
    resultLayout->addWidget(m_resultDetail);
    resultLayout->addLayout(resultButtons);

    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(amountLabel);
    amountRow->addWidget(m_amountEdit);
    amountRow->addWidget(m_allocation, 1);
    auto *boxes = new QHBoxLayout;
    boxes->addWidget(m_cardBox);
    boxes->addWidget(m_qrBox);
    boxes->addWidget(m_cashBox);
    auto *tender = new QVBoxLayout;
    tender->addLayout(amountRow);
    tender->addLayout(methodRow);
    tender->addLayout(boxes);
    tender->addWidget(m_error);
    tender->addWidget(m_pending);
    tender->addStretch(1);

    // The right column: what the clerk hands back, the pay button, then the receipt.
    m_changeCaption = new QLabel(tr("找零"), this);
    m_changeCaption->setObjectName(QStringLiteral("changeCaption"));
    auto *side = new QVBoxLayout;
    side->addWidget(m_changeCaption);
    side->addWidget(m_change);
    side->addSpacing(8);
    side->addWidget(m_payButton);
    side->addWidget(m_resultBox);
    side->addStretch(1);
    auto *sideBox = new QWidget(this);
    sideBox->setLayout(side);
    sideBox->setFixedWidth(420);

    auto *bottom = new QHBoxLayout;
    bottom->addLayout(tender, 1);
    bottom->addWidget(sideBox);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addWidget(m_blocked);
    layout->addWidget(m_shiftNotice);
    layout->addWidget(m_pendingBanner);
    layout->addWidget(m_quoteView, 1);
    layout->addWidget(m_prepaidLabel);
    layout->addWidget(m_totals);
    layout->addWidget(m_quoteNote);
    layout->addLayout(bottom);

    m_inputs = {m_amountEdit, m_cardPartEdit, m_cardRefEdit, m_cardLast4Edit,
                m_qrPartEdit, m_qrCodeEdit,   m_tenderedEdit};
    for (QLineEdit *edit : std::as_const(m_inputs)) {
        connect(edit, &QLineEdit::textEdited, this, &PaymentPage::updatePreview);
        connect(edit, &QLineEdit::returnPressed, this, [this, edit] { focusNextFrom(edit); });
    }

    auto shortcut = [this](const QKeySequence &key, void (PaymentPage::*slot)()) {
        // Window-wide while the screen is shown (a hidden page's shortcuts are inactive), so
        // a disabled field losing the focus does not disable the keys.
        auto *s = new QShortcut(key, this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_F9), &PaymentPage::pay);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_P), &PaymentPage::printReceipt);
    shortcut(QKeySequence(Qt::Key_Escape), &PaymentPage::back);
    updateMethodBoxes();
    setState(State::Editing);
}

const PaymentQuote &PaymentPage::quote() const
{
    return m_model->quote();
}

Status PaymentPage::showAccount(const QString &accountNo)
{
    auto quote = m_session.payments().quote(accountNo, m_session.today());
    if (!quote)
        return quote.error();
    showQuote(quote.value());
    const Account &a = quote->account;
    for (QLineEdit *edit : std::as_const(m_inputs))
        edit->clear();
    if (!a.prepaid && quote->totalDue().fen() > 0)
        m_amountEdit->setText(quote->totalDue().toPlainString());
    setMethod(Method::Cash);
    newRequest();
    refreshNotices();
    updatePreview();
    m_amountEdit->setFocus();
    m_amountEdit->selectAll();
    return {};
}

void PaymentPage::showQuote(const PaymentQuote &quote)
{
    m_model->setQuote(quote);
    const Account &a = quote.account;
    m_title->setText(tr("收费　户号 %1　%2").arg(a.accountNo, a.name));
    m_blocked->setVisible(a.blocked);
    m_blocked->setText(
        a.blocked ? tr("受限：%1（缴费照常受理，结清欠费后可办理业务）").arg(a.blockedReason)
                  : QString());
    m_quoteView->setVisible(!a.prepaid);
    m_prepaidLabel->setVisible(a.prepaid);
    m_prepaidLabel->setText(a.prepaid ? tr("预付费户：按金额购电，购电金额全部计入预存电费。"
                                           "当前预存余额 %1。")
                                            .arg(yuan(a.balance))
                                      : QString());
    if (a.prepaid) {
        m_totals->setText(QString());
        return;
    }
    QString totals =
        tr("欠费 %1　违约金 %2").arg(yuan(quote.principal), yuan(quote.lateFeeCharged));
    if (!quote.minimumFee().isZero())
        totals += tr("（含最低收取补足 %1）").arg(yuan(quote.minimumFee()));
    totals += tr("　<b>应缴合计 %1</b>").arg(yuan(quote.totalDue()));
    if (!a.balance.isZero())
        totals += tr("　预存余额 %1").arg(yuan(a.balance));
    totals += tr("　（计算日 %1）").arg(quote.on.toString(Qt::ISODate));
    m_totals->setText(totals);
}

PaymentPage::Method PaymentPage::method() const
{
    return static_cast<Method>(m_methods->checkedId());
}

void PaymentPage::setMethod(Method method)
{
    m_methods->button(static_cast<int>(method))->setChecked(true);
    updateMethodBoxes();
    updatePreview();
}

void PaymentPage::newRequest()
{
    m_uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_outcome = {};
    m_error->clear();
    setState(State::Editing);
}

void PaymentPage::refreshNotices()
{
    auto shift = m_session.ownShift();
    m_shiftNotice->setVisible(!shift);
    if (!shift)
        m_shiftNotice->setText(shift.error().code == QLatin1String("shift.closed")
                                   ? tr("未开班：可以查看应缴金额，收费前请先开班（F6）。")
                                   : shift.error().message);
    m_drawer = m_session.payments().drawerCash();
    m_drawerLabel->setText(shift ? tr("钱箱现金 %1").arg(yuan(m_drawer)) : QString());

    const QString accountNo = quote().account.accountNo;
    int pending = 0;
    for (const PendingPayment &p : m_session.payments().pendingPayments())
        if (p.accountNo == accountNo && p.uuid != m_uuid)
            ++pending;
    m_pendingBanner->setVisible(pending > 0);
    m_pendingBanner->setText(tr("本户有 %1 笔扫码缴费待确认（结果未知，未计为已收款）。"
                                "请先按 F12 查询确认，切勿让客户重复付款。")
                                 .arg(pending));
    updatePreview();
}

void PaymentPage::updateMethodBoxes()
{
    const Method m = method();
    const bool split = m == Method::Split;
    m_cashBox->setVisible(m == Method::Cash || split);
    m_changeCaption->setVisible(m_cashBox->isVisibleTo(this));
    m_change->setVisible(m_cashBox->isVisibleTo(this));
    m_cardBox->setVisible(m == Method::Card || split);
    m_qrBox->setVisible(m == Method::Qr || split);
    for (QWidget *w :
         {static_cast<QWidget *>(m_cardPartEdit), static_cast<QWidget *>(m_qrPartEdit),
          static_cast<QWidget *>(m_cardPartCaption), static_cast<QWidget *>(m_qrPartCaption)})
        w->setVisible(split);
}

Result<Money> PaymentPage::parsedAmount() const
{
    auto amount = Money::parse(m_amountEdit->text());
    if (!amount)
        return Error{amount.error().code, tr("缴费金额：%1").arg(amount.error().message)};
    if (amount->fen() < 1)
        return Error{QStringLiteral("payment.amount"), tr("缴费金额至少为 0.01 元。")};
    return amount;
}

void PaymentPage::updatePreview()
{
    const PaymentQuote &q = quote();
    auto amount = parsedAmount();
    m_model->setAmount(amount ? amount.value() : Money());
    if (m_amountEdit->text().trimmed().isEmpty()) {
        m_allocation->setText(tr("请输入缴费金额。"));
    } else if (!amount) {
        m_allocation->setText(tr("<span style='color:#c62828'>%1</span>")
                                  .arg(amount.error().message.toHtmlEscaped()));
    } else if (q.account.prepaid) {
        m_allocation->setText(
            tr("购电 %1，全部计入预存电费；购电后余额 %2。")
                .arg(yuan(amount.value()), yuan(q.account.balance + amount.value())));
    } else {
        const Allocation &a = m_model->allocation();
        int settled = 0;
        for (const AllocationLine &l : a.bills)
            settled += l.settled ? 1 : 0;
        QString text = tr("本次缴费：违约金 %1，电费 %2（结清 %3 期）")
                           .arg(yuan(a.penaltyTotal()), yuan(a.principalTotal()))
                           .arg(settled);
        if (!a.credit.isZero())
            text +=
                tr("；<b style='color:#1565c0'>超出应缴的 %1 转为预存电费</b>").arg(yuan(a.credit));
        else if (amount.value() < q.totalDue())
            text += tr("；缴后仍欠 %1").arg(yuan(q.totalDue() - amount.value()));
        m_allocation->setText(text + tr("。"));
    }

    // The cash part and the change.
    Money cash = amount ? amount.value() : Money();
    if (method() == Method::Split) {
        for (QLineEdit *part : {m_cardPartEdit, m_qrPartEdit})
            if (auto m = Money::parse(part->text()); m && !part->text().trimmed().isEmpty())
                cash -= m.value();
    }
    m_cashPart->setText(cash.isNegative() ? tr("各部分合计超过缴费金额") : yuan(cash));
    m_change->setStyleSheet(QString());
    if (m_tenderedEdit->text().trimmed().isEmpty()) {
        m_change->setText(tr("—（未填实收，按应收 %1）").arg(yuan(cash)));
    } else if (auto tendered = Money::parse(m_tenderedEdit->text()); !tendered) {
        m_change->setText(tr("实收金额：%1").arg(tendered.error().message));
        m_change->setStyleSheet(QStringLiteral("color: #c62828;"));
    } else if (tendered.value() < cash) {
        m_change->setText(tr("实收不足，还差 %1").arg(yuan(cash - tendered.value())));
        m_change->setStyleSheet(QStringLiteral("color: #c62828;"));
    } else {
        const Money change = tendered.value() - cash;
        QString text = yuan(change);
        if (change > m_drawer) {
            text += tr("（超过钱箱现金 %1，请先补充零钱）").arg(yuan(m_drawer));
            m_change->setStyleSheet(QStringLiteral("color: #c62828;"));
        }
        m_change->setText(text);
    }
}

std::variant<PaymentPage::Draft, PaymentPage::DraftError> PaymentPage::draft() const
{
    Draft d;
    auto amount = parsedAmount();
    if (!amount)
        return DraftError{amount.error(), m_amountEdit};
    const Method m = method();
    Money card = m == Method::Card ? amount.value() : Money();
    Money qr = m == Method::Qr ? amount.value() : Money();
    if (m == Method::Split) {
        for (const auto &[edit, into, what] : {std::tuple{m_cardPartEdit, &card, tr("刷卡金额")},
                                               std::tuple{m_qrPartEdit, &qr, tr("扫码金额")}}) {
            if (edit->text().trimmed().isEmpty())
                continue;
            auto part = Money::parse(edit->text());
            if (!part)
                return DraftError{{part.error().code, tr("%1：%2").arg(what, part.error().message)},
                                  edit};
            *into = part.value();
        }
        if (card.isZero() && qr.isZero())
            return DraftError{{QStringLiteral("payment.tender"),
                               tr("组合付款：请填写刷卡金额或扫码金额，其余为现金。")},
                              m_cardPartEdit};
        if (card + qr > amount.value())
            return DraftError{{QStringLiteral("payment.tender"),
                               tr("刷卡 %1 与扫码 %2 合计超过缴费金额 %3。")
                                   .arg(yuan(card), yuan(qr), yuan(amount.value()))},
                              m_cardPartEdit};
    }
    d.cashPart = amount.value() - card - qr;
    d.tendered = d.cashPart;
    if (!d.cashPart.isZero() && !m_tenderedEdit->text().trimmed().isEmpty()) {
        auto tendered = Money::parse(m_tenderedEdit->text());
        if (!tendered)
            return DraftError{{QStringLiteral("payment.tendered"),
                               tr("实收金额：%1").arg(tendered.error().message)},
                              m_tenderedEdit};
        d.tendered = tendered.value();
    }
    d.change = d.tendered > d.cashPart ? d.tendered - d.cashPart : Money();

    PaymentRequest &r = d.request;
    r.uuid = m_uuid;
    r.accountNo = quote().account.accountNo;
    r.amount = amount.value();
    r.operatorLogin = m_session.currentOperator().login;
    if (!d.cashPart.isZero()) {
        Tender t;
        t.method = PaymentMethod::Cash;
        t.amount = d.cashPart;
        t.tendered = d.tendered;
        r.tenders.append(t);
    }
    if (!card.isZero()) {
        Tender t;
        t.method = PaymentMethod::Card;
        t.amount = card;
        t.cardRef = m_cardRefEdit->text().trimmed();
        t.cardLast4 = m_cardLast4Edit->text().trimmed();
        r.tenders.append(t);
    }
    if (!qr.isZero()) {
        Tender t;
        t.method = PaymentMethod::Qr;
        t.amount = qr;
        t.qrCode = m_qrCodeEdit->text().simplified().remove(QLatin1Char(' '));
        r.tenders.append(t);
    }
    if (Status s = m_session.payments().validate(r); !s) {
        const QString code = s.error().code;
        QWidget *field = m_amountEdit;
        if (code == QLatin1String("payment.tendered"))
            field = m_tenderedEdit;
        else if (code == QLatin1String("payment.card-ref"))
            field = m_cardRefEdit;
        else if (code == QLatin1String("payment.card-last4"))
            field = m_cardLast4Edit;
        else if (code == QLatin1String("payment.qr-code"))
            field = m_qrCodeEdit;
        else if (code == QLatin1String("payment.tender") && m == Method::Split)
            field = m_cardPartEdit;
        return DraftError{s.error(), field};
    }
    d.drawer = m_session.payments().drawerCash();
    return d;
}

QString PaymentPage::confirmationText(const Draft &d) const
{
    const PaymentQuote &q = quote();
    QStringList lines;
    if (!d.change.isZero() && d.change > d.drawer)
        lines << tr("注意：找零 %1 超过钱箱现金 %2。请先补充零钱（现金存入，F7），"
                    "确认钱箱足够找零后再收费。")
                     .arg(yuan(d.change), yuan(d.drawer))
              << QString();
    lines << tr("户号 %1　%2").arg(q.account.accountNo, q.account.name);
    lines << tr("缴费金额 %1").arg(yuan(d.request.amount));
    if (q.account.prepaid) {
        lines << tr("　购电：全部计入预存电费");
    } else {
        const Allocation a = q.allocate(d.request.amount);
        lines << tr("　违约金 %1，电费 %2").arg(yuan(a.penaltyTotal()), yuan(a.principalTotal()));
        if (!a.credit.isZero())
            lines << tr("　超出应缴的 %1 转为预存电费").arg(yuan(a.credit));
    }
    for (const Tender &t : d.request.tenders) {
        switch (t.method) {
        case PaymentMethod::Cash:
            lines << (d.change.isZero()
                          ? tr("现金 %1").arg(yuan(t.amount))
                          : tr("现金 %1，实收 %2，找零 %3")
                                .arg(yuan(t.amount), yuan(d.tendered), yuan(d.change)));
            break;
        case PaymentMethod::Card:
            lines << tr("银行卡 %1，参考号 %2，卡号后四位 %3")
                         .arg(yuan(t.amount), t.cardRef, t.cardLast4);
            break;
        case PaymentMethod::Qr:
            lines << tr("扫码 %1：确认后向收单机构扣款").arg(yuan(t.amount));
            break;
        }
    }
    if (q.account.blocked)
        lines << tr("该户受限（%1），缴费照常受理。").arg(q.account.blockedReason);
    lines << QString() << tr("确认收费？");
    return lines.join(QLatin1Char('\n'));
}

void PaymentPage::pay()
{
    if (m_state == State::Busy || m_state == State::Done)
        return;
    if (m_state == State::Pending) {
        queryPending();
        return;
    }
    m_error->clear();
    if (auto shift = m_session.ownShift(); !shift) {
        if (shift.error().code == QLatin1String("shift.closed")) {
            if (MessageBox::question(
                    this, tr("未开班"), tr("当前没有开班，不能收费。\n现在开班（清点备用金）吗？"),
                    QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes)
                emit openShiftRequested();
        } else {
            showError(shift.error().message, nullptr);
        }
        return;
    }
    // Late fees grow at midnight: a screen left open overnight is computed again first.
    if (const QDate today = m_session.today(); quote().on != today) {
        auto fresh = m_session.payments().quote(quote().account.accountNo, today);
        if (!fresh) {
            showError(fresh.error().message, nullptr);
            return;
        }
        showQuote(fresh.value());
        updatePreview();
        showError(tr("计算日已变为 %1，应缴金额与违约金已重新计算，请核对后再按 F9。")
                      .arg(today.toString(Qt::ISODate)),
                  m_amountEdit);
        return;
    }
    auto result = draft();
    if (auto *e = std::get_if<DraftError>(&result)) {
        showError(e->error.message, e->field);
        return;
    }
    const Draft &d = std::get<Draft>(result);
    const bool changeAboveDrawer = !d.change.isZero() && d.change > d.drawer;
    const auto answer =
        changeAboveDrawer
            ? MessageBox::warningQuestion(this, tr("确认收费"), confirmationText(d),
                                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            : MessageBox::question(this, tr("确认收费"), confirmationText(d),
                                   QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    commit(d);
}

PaymentPage::~PaymentPage()
{
    if (m_acquirerWatcher)
        m_acquirerWatcher->waitForFinished();
}

void PaymentPage::commit(const Draft &d)
{
    // Busy before anything else: a second press finds the screen busy and does nothing; a
    // retry after a failure reuses m_uuid.
    setState(State::Busy);
    runStep(m_session.payments().startPay(d.request));
}

void PaymentPage::queryPending()
{
    setState(State::Busy);
    runStep(m_session.payments().startResolve(m_uuid));
}

void PaymentPage::runStep(Result<PaymentService::Step> step)
{
    auto failed = [this](const Error &error) {
        QWidget *field = error.code == QLatin1String("payment.refused")
                             ? static_cast<QWidget *>(m_qrCodeEdit)
                             : nullptr;
        afterFailure(error, field);
    };
    if (!step)
        return failed(step.error());
    if (const auto *done = std::get_if<PaymentOutcome>(&step.value()))
        return showOutcome(*done);
    // A QR payment: recorded as pending by startPay; the bank's answer may take seconds.
    const auto call = std::get<PaymentService::AcquirerCall>(step.value());
    Acquirer *acquirer = m_session.acquirer();
    if (!acquirer) // the service refuses QR without one; the screen cannot have it either
        return failed(Error{QStringLiteral("payment.no-acquirer"),
                            tr("本机未配置扫码收单，请改用其他付款方式。")});
    m_payButton->setText(tr("正在等待收单机构确认…"));
    m_acquirerWatcher = new QFutureWatcher<AcquirerResult>(this);
    connect(m_acquirerWatcher, &QFutureWatcherBase::finished, this, [this, call, failed] {
        const AcquirerResult answer = m_acquirerWatcher->result();
        m_acquirerWatcher->deleteLater();
        m_acquirerWatcher = nullptr;
        auto outcome = m_session.payments().finish(call, answer);
        if (!outcome)
            return failed(outcome.error());
        showOutcome(outcome.value());
    });
    m_acquirerWatcher->setFuture(QtConcurrent::run([acquirer, call] {
        return call.kind == PaymentService::AcquirerCall::Kind::Charge
                   ? acquirer->charge(call.request.uuid, call.paymentCode, call.amount)
                   : acquirer->query(call.request.uuid, call.paymentCode);
    }));
}

void PaymentPage::afterFailure(const Error &error, QWidget *field)
{
    if (error.code == QLatin1String("payment.refused")) {
        // That uuid is spent on a refused charge: the next attempt is a new payment.
        m_uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_qrCodeEdit->clear();
        setState(State::Editing);
        emit pendingChanged();
    } else if (auto known = m_session.payments().find(m_uuid);
               known && known->state == PaymentOutcome::State::Pending) {
        // The acquirer was asked: keep the payment pending rather than start another.
        setState(State::Pending);
    } else {
        setState(State::Editing);
    }
    showError(error.message, m_state == State::Editing ? field : nullptr);
}

void PaymentPage::showOutcome(const PaymentOutcome &outcome)
{
    m_outcome = outcome;
    if (outcome.state == PaymentOutcome::State::Pending) {
        setState(State::Pending);
        m_pending->setText(tr("扫码支付 %1 结果未知：未计为已收款，已记入待确认（编号 %2）。"
                              "请客户稍候，按 F9 再次查询；切勿让客户重复付款。")
                               .arg(yuan(outcome.amount), outcome.uuid));
        emit pendingChanged();
        return;
    }
    setState(State::Done);
    m_receipt->setText(tr("收费成功　收据号 %1").arg(outcome.receiptNo));
    QStringList detail;
    if (outcome.existing)
        detail << tr("该笔缴费此前已入账，未重复收费。");
    detail << tr("金额 %1：违约金 %2，电费 %3，预存电费 %4")
                  .arg(yuan(outcome.amount), yuan(outcome.lateFee), yuan(outcome.bills),
                       yuan(outcome.credit));
    // The change the service computed is the one handed over.
    m_change->setStyleSheet(QString());
    m_change->setText(yuan(outcome.change));
    for (const QString &w : outcome.warnings)
        detail << tr("提示：%1").arg(w.toHtmlEscaped());
    m_resultDetail->setText(detail.join(QStringLiteral("<br>")));
    m_printButton->setFocus();
    m_drawer = m_session.payments().drawerCash();
    m_drawerLabel->setText(tr("钱箱现金 %1").arg(yuan(m_drawer)));
    emit paymentCommitted(outcome.receiptNo);
    emit pendingChanged();
}

void PaymentPage::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    if (!field && m_payButton->isEnabled())
        field = m_payButton;
    if (field && field->isVisibleTo(this) && field->isEnabled()) {
        field->setFocus();
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->selectAll();
    }
}

void PaymentPage::setState(State state)
{
    m_state = state;
    const bool editing = state == State::Editing;
    for (QLineEdit *edit : std::as_const(m_inputs))
        edit->setEnabled(editing);
    for (QAbstractButton *b : m_methods->buttons())
        b->setEnabled(editing);
    m_payButton->setEnabled(editing || state == State::Pending);
    m_payButton->setVisible(state != State::Done);
    m_payButton->setText(state == State::Pending ? tr("查询扫码结果（F9）")
                         : state == State::Busy  ? tr("正在收费…")
                                                 : tr("收费（F9）"));
    m_pending->setVisible(state == State::Pending);
    m_resultBox->setVisible(state == State::Done);
    m_printButton->setEnabled(state == State::Done);
    if (state == State::Pending)
        m_payButton->setFocus();
    else if (state == State::Done)
        m_printButton->setFocus();
}

void PaymentPage::focusNextFrom(QWidget *field)
{
    QList<QLineEdit *> chain;
    for (QLineEdit *edit : {m_amountEdit, m_cardPartEdit, m_cardRefEdit, m_cardLast4Edit,
                            m_qrPartEdit, m_qrCodeEdit, m_tenderedEdit})
        if (edit->isVisibleTo(this) && edit->isEnabled())
            chain.append(edit);
    const qsizetype at = chain.indexOf(field);
    if (at >= 0 && at + 1 < chain.size()) {
        chain[at + 1]->setFocus();
        chain[at + 1]->selectAll();
    } else if (at >= 0 && at + 1 == chain.size()) {
        pay();
    }
}

void PaymentPage::setQuoteNote(const QString &note)
{
    m_quoteNote->setText(note);
    m_quoteNote->setVisible(!note.isEmpty());
}

void PaymentPage::printReceipt()
{
    if (m_state == State::Done && !m_outcome.receiptNo.isEmpty())
        emit printReceiptRequested(m_outcome.receiptNo);
}

void PaymentPage::back()
{
    if (m_state != State::Busy)
        emit backRequested();
}

} // namespace hd
