#pragma once

#include "operators.h"

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace hd {

class Store;
class SearchPage;
class AccountPage;
namespace ui {
class DocumentsPanel;
}

// The counter's main window: find a customer, open the account's file. Every action has a
// keyboard shortcut, shown in its tooltip.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Store &store, const Operator &op, QWidget *parent = nullptr);

    SearchPage *searchPage() const { return m_searchPage; }
    AccountPage *accountPage() const { return m_accountPage; }
    ui::DocumentsPanel *documentsPanel() const { return m_documents; }
    void showSearch();
    void openAccount(qint64 accountId);

    // Lock the counter and ask for a log-in (the same or another operator).
    // Returns false when the clerk chose to quit instead.
    bool lock();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateStatusBar();
    QAction *addShortcutAction(const QString &text, const QKeySequence &key,
                               void (MainWindow::*slot)());
    void refresh();
    void openSettings();
    void lockAndRelogin();

    Store &m_store;
    Operator m_operator;
    QStackedWidget *m_pages = nullptr;
    SearchPage *m_searchPage = nullptr;
    AccountPage *m_accountPage = nullptr;
    ui::DocumentsPanel *m_documents = nullptr;
    QLabel *m_operatorLabel = nullptr;
    QLabel *m_hallLabel = nullptr;
    QLabel *m_linkLabel = nullptr;
};

} // namespace hd
