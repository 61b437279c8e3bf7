#pragma once

#include "acquirer.h"
#include "operators.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QMainWindow>

#include <functional>

class QLabel;
class QStackedWidget;

namespace hd {

class Acquirer;
class Store;
class CounterSession;
class SearchPage;
class SyncStatusWidget;
class AccountPage;
class PaymentPage;
class ReceiptPrintController;
namespace ui {
class DocumentsPanel;
}

// The counter's main window: find a customer, open the account's file, take payments, run
// the shift. Every action has a keyboard shortcut, shown in its tooltip.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Store &store, const Operator &op, QWidget *parent = nullptr);
    ~MainWindow() override; // waits for a question to the acquirer still under way

    // The acquirer that confirms QR payments (the sandbox in the demo); none refuses QR.
    void setAcquirer(Acquirer *acquirer);
    // The link to the centre for an enrolled counter: the widget takes the status bar's
    // "not connected" place, and its offline note goes on the payment screen's quote.
    void setSyncStatus(SyncStatusWidget *status);
    // A seam for tests: the clock of payments, shifts and late fees.
    void setClock(std::function<QDateTime()> clock);

    CounterSession *session() const { return m_session; }
    SearchPage *searchPage() const { return m_searchPage; }
    AccountPage *accountPage() const { return m_accountPage; }
    PaymentPage *paymentPage() const { return m_paymentPage; }
    // Receipts and reports: the payment and day-report screens connect to its slots.
    ReceiptPrintController *printing() const { return m_printing; }
    ui::DocumentsPanel *documentsPanel() const { return m_documents; }
    void showSearch();
    void openAccount(qint64 accountId);
    void openPayment();
    void openShift();
    void moveCash();
    void closeShift();
    void showDayReport();
    // F12: asks the acquirer about every pending QR payment on a worker thread (the window
    // stays usable), then lists what became of each. resolvingPending() meanwhile.
    void resolvePendingPayments();
    bool resolvingPending() const { return m_resolveWatcher != nullptr; }
    void reversePayment(const QString &receiptNo);

    // Lock the counter and ask for a log-in (the same or another operator).
    // Returns false when the clerk chose to quit instead.
    bool lock();

signals:
    // Printing is the printing module's: it connects here. Without a receiver the window says
    // that printing is not set up on this counter.
    void printReceiptRequested(const QString &receiptNo);
    void printDayReportRequested(QDate day);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void finishResolvingPending(const QStringList &lines);
    void updateStatusBar();
    QAction *addShortcutAction(const QString &text, const QKeySequence &key,
                               void (MainWindow::*slot)());
    void refresh();
    void openSettings();
    void lockAndRelogin();
    void requestReceiptPrint(const QString &receiptNo);
    void requestDayReportPrint(QDate day);
    void backFromPayment();

    Store &m_store;
    CounterSession *m_session = nullptr;
    QStackedWidget *m_pages = nullptr;
    SearchPage *m_searchPage = nullptr;
    AccountPage *m_accountPage = nullptr;
    PaymentPage *m_paymentPage = nullptr;
    ReceiptPrintController *m_printing = nullptr;
    ui::DocumentsPanel *m_documents = nullptr;
    QLabel *m_operatorLabel = nullptr;
    QLabel *m_hallLabel = nullptr;
    QLabel *m_shiftLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QLabel *m_linkLabel = nullptr;
    QFutureWatcher<QList<AcquirerResult>> *m_resolveWatcher = nullptr;
};

} // namespace hd
