#include "mainwindow.h"

#include "accountpage.h"
#include "appsettings.h"
#include "documentspanel.h"
#include "logindialog.h"
#include "searchpage.h"
#include "settingsdialog.h"
#include "store.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace hd {

MainWindow::MainWindow(Store &store, const Operator &op, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_operator(op)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("HallDesk 供电营业厅柜台系统"));
    m_pages = new QStackedWidget(this);
    m_searchPage = new SearchPage(store, m_pages);
    m_accountPage = new AccountPage(store, m_pages);
    m_pages->addWidget(m_searchPage);
    m_pages->addWidget(m_accountPage);
    setCentralWidget(m_pages);
    connect(m_searchPage, &SearchPage::accountChosen, this, &MainWindow::openAccount);
    connect(m_accountPage, &AccountPage::backRequested, this, &MainWindow::showSearch);
    m_documents = new ui::DocumentsPanel(store, m_accountPage);
    m_documents->setOperator(m_operator);
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
        addShortcutAction(tr("刷新"), QKeySequence(Qt::Key_F5), &MainWindow::refresh));
    toolbar->addSeparator();
    toolbar->addAction(addShortcutAction(tr("设置"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
                                         &MainWindow::openSettings));
    toolbar->addAction(addShortcutAction(tr("锁屏 / 换班"), QKeySequence(Qt::CTRL | Qt::Key_L),
                                         &MainWindow::lockAndRelogin));

    m_operatorLabel = new QLabel(this);
    m_operatorLabel->setObjectName(QStringLiteral("operatorLabel"));
    m_hallLabel = new QLabel(this);
    m_linkLabel = new QLabel(this);
    m_linkLabel->setObjectName(QStringLiteral("linkLabel"));
    statusBar()->addWidget(m_operatorLabel);
    statusBar()->addWidget(m_hallLabel);
    statusBar()->addPermanentWidget(m_linkLabel);
    updateStatusBar();

    if (const QByteArray geometry = AppSettings::get(AppSettings::windowGeometry);
        !geometry.isEmpty())
        restoreGeometry(geometry);
    else
        resize(1440, 900);
    showSearch();
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
    m_operatorLabel->setText(
        tr("%1 %2（%3）").arg(roleLabel(m_operator.role), m_operator.name, m_operator.login));
    m_hallLabel->setText(tr("%1　终端 %2-%3").arg(id.hallName, id.hallCode, id.terminalCode));
    // The sync engine (central service) reports here once the terminal is enrolled.
    m_linkLabel->setText(tr("中心服务：未接入（本机独立工作）"));
}

void MainWindow::showSearch()
{
    m_pages->setCurrentWidget(m_searchPage);
    m_searchPage->focusSearch();
}

void MainWindow::openAccount(qint64 accountId)
{
    if (!m_accountPage->showAccount(accountId)) {
        QMessageBox::warning(this, tr("打开户档案"), tr("无法读取该户档案，请重新查找。"));
        return;
    }
    m_pages->setCurrentWidget(m_accountPage);
    m_accountPage->setFocus();
}

void MainWindow::refresh()
{
    if (m_pages->currentWidget() == m_accountPage)
        m_accountPage->reload();
    else
        m_searchPage->runSearchNow();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

bool MainWindow::lock()
{
    m_pages->setEnabled(false);
    LoginDialog login(m_store, this);
    login.setLogin(m_operator.login);
    if (login.exec() != QDialog::Accepted)
        return false;
    m_operator = login.loggedIn();
    m_documents->setOperator(m_operator);
    m_pages->setEnabled(true);
    updateStatusBar();
    showSearch();
    return true;
}

void MainWindow::lockAndRelogin()
{
    if (!lock())
        close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::set(AppSettings::windowGeometry, saveGeometry());
    event->accept();
}

} // namespace hd
