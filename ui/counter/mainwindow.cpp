#include "mainwindow.h"

#include "accountpage.h"
#include "appsettings.h"
#include "cashmovementdialog.h"
#include "countersession.h"
#include "dayreportdialog.h"
#include "documentspanel.h"
#include "logindialog.h"
#include "paymentpage.h"
#include "reversaldialog.h"
#include "sandboxacquirer.h"
#include "searchpage.h"
#include "settingsdialog.h"
#include "shiftclosedialog.h"
#include "shiftopendialog.h"
#include "store.h"
#include "sync/syncstatuswidget.h"
#include "widgets/messagebox.h"
#include "widgets/receiptprintcontroller.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QtConcurrent>

namespace hd {

namespace {
// Shows a dialog of the window once: a second press of its key raises the open one.
template <typename Dialog> Dialog *openOnce(QWidget *parent, const std::function<Dialog *()> &make)
{
    for (Dialog *existing : parent->findChildren<Dialog *>(Qt::FindDirectChildrenOnly))
        if (existing->isVisible()) {
            existing->raise();
            existing->activateWindow();
            return existing;
        }
    Dialog *dialog = make();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->activateWindow(); // the keyboard goes to the dialog at once
    return dialog;
}
} // namespace

MainWindow::MainWindow(Store &store, const Operator &op, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_session(new CounterSession(store, op, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("HallDesk 供电营业厅柜台系统"));
    m_pages = new QStackedWidget(this);
    m_searchPage = new SearchPage(store, m_pages);
    m_accountPage = new AccountPage(store, m_pages);
    m_paymentPage = new PaymentPage(*m_session, m_pages);
    m_pages->addWidget(m_searchPage);
    m_pages->addWidget(m_accountPage);
    m_pages->addWidget(m_paymentPage);
    setCentralWidget(m_pages);
    connect(m_searchPage, &SearchPage::accountChosen, this, &MainWindow::openAccount);
    connect(m_accountPage, &AccountPage::backRequested, this, &MainWindow::showSearch);
    connect(m_accountPage, &AccountPage::payRequested, this, &MainWindow::openPayment);
    connect(m_accountPage, &AccountPage::reverseRequested, this, &MainWindow::reversePayment);
    connect(m_paymentPage, &PaymentPage::backRequested, this, &MainWindow::backFromPayment);
    connect(m_paymentPage, &PaymentPage::openShiftRequested, this, &MainWindow::openShift);
    connect(m_paymentPage, &PaymentPage::printReceiptRequested, this,
            &MainWindow::requestReceiptPrint);
    connect(m_paymentPage, &PaymentPage::paymentCommitted, this, &MainWindow::updateStatusBar);
    connect(m_paymentPage, &PaymentPage::pendingChanged, this, &MainWindow::updateStatusBar);
    connect(m_session, &CounterSession::shiftChanged, this, &MainWindow::updateStatusBar);
    connect(m_session, &CounterSession::paymentsChanged, this, &MainWindow::updateStatusBar);
    m_printing = new ReceiptPrintController(store, this);
    m_printing->setOperator(m_session->currentOperator().login);
    connect(m_accountPage, &AccountPage::reprintRequested, m_printing,
            &ReceiptPrintController::reprint);
    connect(m_printing, &ReceiptPrintController::printed, this, [this](const QString &what) {
        statusBar()->showMessage(tr("%1 已打印").arg(what), 5000);
    });
    m_documents = new ui::DocumentsPanel(store, m_accountPage);
    m_documents->setOperator(m_session->currentOperator());
    m_accountPage->setDocumentsPanel(m_documents);
    connect(m_accountPage, &AccountPage::accountShown, m_documents,
            &ui::DocumentsPanel::setAccount);

    auto *toolbar = addToolBar(tr("常用"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(
        addShortcutAction(tr("查找客户"), QKeySequence(Qt::Key_F2), &MainWindow::showSearch));
    addShortcutAction(tr("查找客户"), QKeySequence(Qt::CTRL | Qt::Key_F), &MainWindow::showSearch)
        ->setVisible(false);
    toolbar->addAction(
        addShortcutAction(tr("收费"), QKeySequence(Qt::Key_F5), &MainWindow::openPayment));
    toolbar->addAction(
        addShortcutAction(tr("刷新"), QKeySequence(Qt::CTRL | Qt::Key_R), &MainWindow::refresh));
    toolbar->addSeparator();
    toolbar->addAction(
        addShortcutAction(tr("开班"), QKeySequence(Qt::Key_F6), &MainWindow::openShift));
    toolbar->addAction(
        addShortcutAction(tr("现金存取"), QKeySequence(Qt::Key_F7), &MainWindow::moveCash));
    toolbar->addAction(
        addShortcutAction(tr("结班"), QKeySequence(Qt::Key_F8), &MainWindow::closeShift));
    toolbar->addAction(addShortcutAction(tr("待确认扫码"), QKeySequence(Qt::Key_F12),
                                         &MainWindow::resolvePendingPayments));
    toolbar->addAction(addShortcutAction(tr("日结报表"), QKeySequence(Qt::CTRL | Qt::Key_D),
                                         &MainWindow::showDayReport));
    toolbar->addSeparator();
    toolbar->addAction(addShortcutAction(tr("设置"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
                                         &MainWindow::openSettings));
    toolbar->addAction(addShortcutAction(tr("锁屏 / 换班"), QKeySequence(Qt::CTRL | Qt::Key_L),
                                         &MainWindow::lockAndRelogin));

    m_operatorLabel = new QLabel(this);
    m_operatorLabel->setObjectName(QStringLiteral("operatorLabel"));
    m_hallLabel = new QLabel(this);
    m_shiftLabel = new QLabel(this);
    m_shiftLabel->setObjectName(QStringLiteral("shiftLabel"));
    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setObjectName(QStringLiteral("pendingStatusLabel"));
    m_pendingLabel->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_linkLabel = new QLabel(this);
    m_linkLabel->setObjectName(QStringLiteral("linkLabel"));
    statusBar()->addWidget(m_operatorLabel);
    statusBar()->addWidget(m_hallLabel);
    statusBar()->addWidget(m_shiftLabel);
    statusBar()->addWidget(m_pendingLabel);
    statusBar()->addPermanentWidget(m_linkLabel);
    updateStatusBar();

    if (const QByteArray geometry = AppSettings::get(AppSettings::windowGeometry);
        !geometry.isEmpty())
        restoreGeometry(geometry);
    else
        resize(1440, 900);
    showSearch();
}

void MainWindow::setAcquirer(Acquirer *acquirer)
{
    m_session->setAcquirer(acquirer);
    updateStatusBar();
}

void MainWindow::setClock(std::function<QDateTime()> clock)
{
    m_session->setClock(std::move(clock));
    m_accountPage->setToday(m_session->today());
    updateStatusBar();
}

QAction *MainWindow::addShortcutAction(const QString &text, const QKeySequence &key,
                                       void (MainWindow::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    action->setToolTip(
        QStringLiteral("%1（%2）").arg(text, key.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return action;
}

void MainWindow::updateStatusBar()
{
    const StoreIdentity id = m_store.identity();
    const Operator &op = m_session->currentOperator();
    m_operatorLabel->setText(tr("%1 %2（%3）").arg(roleLabel(op.role), op.name, op.login));
    m_hallLabel->setText(tr("%1　终端 %2-%3").arg(id.hallName, id.hallCode, id.terminalCode));
    ShiftLedger shifts = m_session->shifts();
    if (auto shift = shifts.current(); shift)
        m_shiftLabel->setText(
            tr("班次：%1 %2 开班　钱箱 %3")
                .arg(shift->operatorLogin,
                     shift->openedAt.toLocalTime().toString(QStringLiteral("HH:mm")),
                     shifts.drawerCash(shift->id).toYuanString()));
    else
        m_shiftLabel->setText(tr("班次：未开班（F6 开班）"));
    const auto pending = m_session->payments().pendingPayments().size();
    m_pendingLabel->setVisible(pending > 0);
    m_pendingLabel->setText(tr("待确认扫码 %1 笔（F12）").arg(pending));
    // The sync engine (central service) reports here once the terminal is enrolled.
    QString link = tr("中心服务：未接入（本机独立工作）");
    if (dynamic_cast<SandboxAcquirer *>(m_session->acquirer()))
        link += tr("　扫码收单：演示沙箱");
    else if (!m_session->acquirer())
        link += tr("　扫码收单：未配置");
    m_linkLabel->setText(link);
}

void MainWindow::setSyncStatus(SyncStatusWidget *status)
{
    m_linkLabel->hide();
    statusBar()->addPermanentWidget(status);
    m_paymentPage->setQuoteNote(status->quoteNote());
    connect(status, &SyncStatusWidget::quoteNoteChanged, m_paymentPage, &PaymentPage::setQuoteNote);
}

void MainWindow::showSearch()
{
    if (m_pages->currentWidget() == m_paymentPage &&
        m_paymentPage->state() == PaymentPage::State::Busy)
        return;
    m_pages->setCurrentWidget(m_searchPage);
    m_searchPage->focusSearch();
}

void MainWindow::openAccount(qint64 accountId)
{
    if (!m_accountPage->showAccount(accountId)) {
        MessageBox::warning(this, tr("打开户档案"), tr("无法读取该户档案，请重新查找。"));
        return;
    }
    m_pages->setCurrentWidget(m_accountPage);
    m_accountPage->setFocus();
}

void MainWindow::openPayment()
{
    if (m_pages->currentWidget() == m_paymentPage)
        return;
    const QString accountNo = m_accountPage->account().accountNo;
    if (m_pages->currentWidget() != m_accountPage || accountNo.isEmpty()) {
        statusBar()->showMessage(tr("请先查找并打开户档案，再按 F5 收费。"), 5000);
        return;
    }
    m_pages->setCurrentWidget(m_paymentPage);
    if (Status s = m_paymentPage->showAccount(accountNo); !s) {
        m_pages->setCurrentWidget(m_accountPage);
        MessageBox::warning(this, tr("收费"), s.error().message);
    }
}

void MainWindow::backFromPayment()
{
    m_accountPage->reload();
    m_pages->setCurrentWidget(m_accountPage);
    m_accountPage->setFocus();
}

void MainWindow::openShift()
{
    if (auto shift = m_session->shifts().current(); shift) {
        MessageBox::information(
            this, tr("开班"),
            tr("本终端已有未结班次：%1 于 %2 开班。")
                .arg(shift->operatorLogin,
                     shift->openedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        return;
    }
    openOnce<ShiftOpenDialog>(this, [this] {
        auto *dialog = new ShiftOpenDialog(*m_session, this);
        connect(dialog, &ShiftOpenDialog::shiftOpened, this, [this] {
            statusBar()->showMessage(tr("已开班。"), 5000);
            if (m_pages->currentWidget() == m_paymentPage)
                m_paymentPage->refreshNotices();
        });
        return dialog;
    });
}

void MainWindow::moveCash()
{
    if (auto own = m_session->ownShift(); !own) {
        MessageBox::information(this, tr("现金存取"), own.error().message);
        return;
    }
    openOnce<CashMovementDialog>(this, [this] {
        auto *dialog = new CashMovementDialog(*m_session, this);
        connect(dialog, &QDialog::accepted, this, [this] {
            if (m_pages->currentWidget() == m_paymentPage)
                m_paymentPage->refreshNotices();
        });
        return dialog;
    });
}

void MainWindow::closeShift()
{
    if (auto shift = m_session->shifts().current(); !shift) {
        MessageBox::information(this, tr("结班"), tr("当前没有开班。"));
        return;
    }
    if (m_pages->currentWidget() == m_paymentPage) {
        if (m_paymentPage->state() == PaymentPage::State::Busy)
            return;
        backFromPayment();
    }
    const qint64 shiftId = m_session->shifts().current()->id;
    openOnce<ShiftCloseDialog>(this, [this, shiftId] {
        auto *dialog = new ShiftCloseDialog(*m_session, this);
        connect(
            dialog, &ShiftCloseDialog::shiftClosed, this, [this, shiftId](const ShiftClosing &c) {
                const QString summary =
                    tr("结班成功。现金应有 %1，实点 %2；银行卡差额 %3，扫码差额 %4；合计差额 "
                       "%5。%6")
                        .arg(c.totals.expectedCash().toYuanString(), c.countedCash.toYuanString(),
                             c.cardDifference().toYuanString(), c.qrDifference().toYuanString(),
                             c.difference().toYuanString(),
                             c.approvedBy.isEmpty() ? QString()
                                                    : tr("（值班长 %1 已确认）").arg(c.approvedBy));
                // The shift-close sheet goes with the drawer's paperwork; a printer failure is
                // reported by the print controller and the close stands either way.
                if (MessageBox::question(
                        this, tr("结班"), summary + QLatin1Char('\n') + tr("打印结班单？"),
                        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes)
                    m_printing->printShiftClose(shiftId);
                if (m_pages->currentWidget() == m_accountPage)
                    m_accountPage->reload();
            });
        return dialog;
    });
}

void MainWindow::showDayReport()
{
    openOnce<DayReportDialog>(this, [this] {
        auto *dialog = new DayReportDialog(*m_session, this);
        connect(dialog, &DayReportDialog::printRequested, this, &MainWindow::requestDayReportPrint);
        return dialog;
    });
}

MainWindow::~MainWindow()
{
    if (m_resolveWatcher)
        m_resolveWatcher->waitForFinished();
}

void MainWindow::resolvePendingPayments()
{
    if (m_resolveWatcher) {
        statusBar()->showMessage(tr("正在向收单机构查询待确认扫码，请稍候。"), 5000);
        return;
    }
    if (m_paymentPage->state() == PaymentPage::State::Busy) {
        // One question about a payment at a time: the screen's own answer comes first.
        MessageBox::information(this, tr("待确认扫码"),
                                tr("收费页正在等待收单机构答复，请稍候再按 F12。"));
        return;
    }
    PaymentService &payments = m_session->payments();
    const QList<PendingPayment> pending = payments.pendingPayments();
    if (pending.isEmpty()) {
        MessageBox::information(this, tr("待确认扫码"), tr("没有待确认的扫码缴费。"));
        return;
    }
    auto describe = [this](const PendingPayment &p, const Result<PaymentOutcome> &r) {
        const QString what = tr("户号 %1　%2").arg(p.accountNo, p.amount.toYuanString());
        if (!r)
            return tr("%1：未收款。%2").arg(what, r.error().message);
        if (r->state == PaymentOutcome::State::Committed)
            return tr("%1：已确认入账，收据号 %2").arg(what, r->receiptNo);
        return tr("%1：仍无结果，继续待确认（未计为已收款）。").arg(what);
    };
    // What the store decides alone is described now; the questions go to a worker thread.
    QStringList lines;
    QList<PendingPayment> asked;
    QList<PaymentService::AcquirerCall> calls;
    for (const PendingPayment &p : pending) {
        auto step = payments.startResolve(p.uuid);
        if (!step) {
            lines << describe(p, step.error());
        } else if (const auto *done = std::get_if<PaymentOutcome>(&step.value())) {
            lines << describe(p, *done);
        } else if (!m_session->acquirer()) {
            lines << describe(p, Error{QStringLiteral("payment.no-acquirer"),
                                       tr("本机未配置扫码收单，无法查询。")});
        } else {
            asked << p;
            calls << std::get<PaymentService::AcquirerCall>(step.value());
        }
    }
    if (calls.isEmpty())
        return finishResolvingPending(lines);
    Acquirer *acquirer = m_session->acquirer();
    statusBar()->showMessage(tr("正在向收单机构查询 %1 笔待确认扫码…").arg(calls.size()));
    m_resolveWatcher = new QFutureWatcher<QList<AcquirerResult>>(this);
    connect(m_resolveWatcher, &QFutureWatcherBase::finished, this,
            [this, asked, calls, lines, describe]() mutable {
                const QList<AcquirerResult> answers = m_resolveWatcher->result();
                m_resolveWatcher->deleteLater();
                m_resolveWatcher = nullptr;
                statusBar()->clearMessage();
                for (qsizetype i = 0; i < calls.size(); ++i)
                    lines << describe(asked[i], m_session->payments().finish(calls[i], answers[i]));
                finishResolvingPending(lines);
            });
    m_resolveWatcher->setFuture(QtConcurrent::run([acquirer, calls] {
        QList<AcquirerResult> answers;
        for (const PaymentService::AcquirerCall &call : calls)
            answers << acquirer->query(call.request.uuid, call.paymentCode);
        return answers;
    }));
}

void MainWindow::finishResolvingPending(const QStringList &lines)
{
    emit m_session->paymentsChanged();
    if (m_pages->currentWidget() == m_paymentPage &&
        m_paymentPage->state() == PaymentPage::State::Pending)
        m_paymentPage->pay(); // shows what became of its own payment
    else if (m_pages->currentWidget() == m_paymentPage)
        m_paymentPage->refreshNotices();
    else if (m_pages->currentWidget() == m_accountPage)
        m_accountPage->reload();
    MessageBox::information(this, tr("待确认扫码"), lines.join(QLatin1Char('\n')));
}

void MainWindow::reversePayment(const QString &receiptNo)
{
    auto original = m_session->payments().findByReceipt(receiptNo);
    if (!original) {
        MessageBox::warning(this, tr("冲正"), original.error().message);
        return;
    }
    openOnce<ReversalDialog>(this, [this, &original] {
        auto *dialog = new ReversalDialog(*m_session, original.value(), this);
        connect(dialog, &ReversalDialog::reversed, this, [this](const PaymentOutcome &r) {
            m_accountPage->reload();
            m_accountPage->selectPayment(r.receiptNo);
            MessageBox::information(this, tr("冲正"),
                                    tr("冲正成功：冲正单号 %1，金额 %2。原缴费记录保留。")
                                        .arg(r.receiptNo, r.amount.toYuanString()));
        });
        return dialog;
    });
}

void MainWindow::requestReceiptPrint(const QString &receiptNo)
{
    emit printReceiptRequested(receiptNo);
    m_printing->printReceipt(receiptNo);
}

void MainWindow::requestDayReportPrint(QDate day)
{
    emit printDayReportRequested(day);
    m_printing->printDayReport(day);
}

void MainWindow::refresh()
{
    if (m_pages->currentWidget() == m_accountPage)
        m_accountPage->reload();
    else if (m_pages->currentWidget() == m_paymentPage)
        m_paymentPage->refreshNotices();
    else
        m_searchPage->runSearchNow();
    updateStatusBar();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(this, m_printing);
    dialog.exec();
}

bool MainWindow::lock()
{
    m_pages->setEnabled(false);
    LoginDialog login(m_store, this);
    login.setLogin(m_session->currentOperator().login);
    if (login.exec() != QDialog::Accepted)
        return false;
    m_session->setOperator(login.loggedIn());
    m_printing->setOperator(login.loggedIn().login);
    m_documents->setOperator(login.loggedIn());
    m_pages->setEnabled(true);
    updateStatusBar();
    showSearch();
    return true;
}

void MainWindow::lockAndRelogin()
{
    if (m_pages->currentWidget() == m_paymentPage &&
        m_paymentPage->state() == PaymentPage::State::Busy)
        return;
    if (!lock())
        close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::set(AppSettings::windowGeometry, saveGeometry());
    event->accept();
}

} // namespace hd
