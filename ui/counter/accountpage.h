#pragma once

#include "account.h"

#include <QWidget>

class QAction;
class QGridLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace hd {

class Store;
class BillTableModel;
class PaymentHistoryModel;
class ConsumptionChart;

// The account's whole file (一户一档): header, arrears, bills with the consumption chart,
// payment history, and the applications and documents panels.
class AccountPage final : public QWidget
{
    Q_OBJECT
public:
    explicit AccountPage(Store &store, QWidget *parent = nullptr);

    // A seam for tests: the day that decides which bills are overdue.
    void setToday(QDate today) { m_today = today; }
    bool showAccount(qint64 accountId); // false (and nothing changes) if it cannot be read
    void reload();
    const Account &account() const { return m_account; }
    // The documents tab shows `panel` (ui/capture's DocumentsPanel) instead of its placeholder.
    void setDocumentsPanel(QWidget *panel);

    // The receipt number of the payment selected in the history, empty when none.
    QString selectedReceipt() const;
    void selectPayment(const QString &receiptNo);
    // Asks for the reversal of the selected payment, or says why it cannot be reversed (the
    // refund route when its shift is closed).
    void reverseSelected();
    // 重打收据 (Ctrl+P) on the payment history: asks for the selected payment's receipt.
    QAction *reprintAction() const { return m_reprint; }
    QTableView *paymentsView() const { return m_paymentsView; }

signals:
    void backRequested();
    void payRequested();
    void reverseRequested(const QString &receiptNo);
    void reprintRequested(const QString &receiptNo);
    void accountShown(qint64 accountId, const QString &title);

private:
    void updateReversalHint();
    void requestReprint();
    QLabel *addField(QGridLayout *grid, int row, int column, const QString &label,
                     const QString &objectName);

    Store &m_store;
    Account m_account;
    QDate m_today;
    QLabel *m_title = nullptr;
    QLabel *m_class = nullptr;
    QLabel *m_tariff = nullptr;
    QLabel *m_meter = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_idNumber = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_blocked = nullptr;
    QLabel *m_arrears = nullptr;
    QTabWidget *m_tabs = nullptr;
    int m_documentsTab = -1;
    QTableView *m_billsView = nullptr;
    QTableView *m_paymentsView = nullptr;
    BillTableModel *m_bills = nullptr;
    PaymentHistoryModel *m_payments = nullptr;
    ConsumptionChart *m_chart = nullptr;
    QLabel *m_reversalHint = nullptr;
    QPushButton *m_reverseButton = nullptr;
    QAction *m_reprint = nullptr;
};

} // namespace hd
