#pragma once

#include "paymentquote.h"
#include "paymentservice.h"

#include <QFutureWatcher>
#include <QWidget>

#include <variant>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableView;

namespace hd {

class CounterSession;
class QuoteLineModel;

// The payment screen (收费): the account's unpaid bills with their late fees as of today and
// the total due; the amount taken and where it goes (late fees, bills oldest first, the rest
// to 预存电费, said before confirming); the tender in cash (change computed as the clerk
// types), bank card, QR code read by the scanner, or split across them. "Pay" asks for
// confirmation, is disabled while the payment commits and reuses the request's uuid on a
// retry, so a payment is never charged twice. A receipt is offered only after the commit.
class PaymentPage final : public QWidget
{
    Q_OBJECT
public:
    enum class Method { Cash, Card, Qr, Split };
    enum class State {
        Editing,
        Busy,    // committing or asking the acquirer
        Pending, // a QR payment with an unknown outcome: not paid, asked again on "pay"
        Done,    // committed: receipt number shown, printing offered
    };

    explicit PaymentPage(CounterSession &session, QWidget *parent = nullptr);
    // Waits for a question to the acquirer still out (its own timeout bounds the wait): the
    // acquirer must not be asked on behalf of a screen that is gone.
    ~PaymentPage() override;

    // Loads the account's quote for today; an error (nothing shown) when it cannot be read.
    Status showAccount(const QString &accountNo);
    const PaymentQuote &quote() const;
    State state() const { return m_state; }
    Method method() const;
    void setMethod(Method method);
    // The idempotency key of the payment being taken (kept across retries).
    const QString &requestUuid() const { return m_uuid; }
    const PaymentOutcome &outcome() const { return m_outcome; }
    // Re-reads the shift notice and the pending payments (after a shift opened, say).
    void refreshNotices();

    void pay();
    void printReceipt();
    // Offline: what the quote must say about its figures (bills and late fees as of the last
    // data from the centre); empty online.
    void setQuoteNote(const QString &note);

signals:
    void backRequested();
    void openShiftRequested();
    void printReceiptRequested(const QString &receiptNo);
    void paymentCommitted(const QString &receiptNo);
    void pendingChanged();

private:
    struct Draft
    {
        PaymentRequest request;
        Money cashPart;
        Money tendered;
        Money change;
        Money drawer;
    };
    struct DraftError
    {
        Error error;
        QWidget *field = nullptr;
    };
    std::variant<Draft, DraftError> draft() const;
    Result<Money> parsedAmount() const;
    QString confirmationText(const Draft &d) const;
    void commit(const Draft &d);
    void queryPending();
    // Shows a decided step, or asks the acquirer on a worker thread and finishes the payment
    // when it answers; the screen stays Busy (and responsive) meanwhile.
    void runStep(Result<PaymentService::Step> step);
    void afterFailure(const Error &error, QWidget *field);
    void showQuote(const PaymentQuote &quote);
    void showOutcome(const PaymentOutcome &outcome);
    void showError(const QString &message, QWidget *field);
    void setState(State state);
    void updatePreview();
    void updateMethodBoxes();
    void focusNextFrom(QWidget *field);
    void newRequest();
    void back();

    CounterSession &m_session;
    QFutureWatcher<AcquirerResult> *m_acquirerWatcher = nullptr;
    QuoteLineModel *m_model = nullptr;
    State m_state = State::Editing;
    QString m_uuid;
    PaymentOutcome m_outcome;
    Money m_drawer;

    QLabel *m_title = nullptr;
    QLabel *m_blocked = nullptr;
    QLabel *m_shiftNotice = nullptr;
    QLabel *m_pendingBanner = nullptr;
    QTableView *m_quoteView = nullptr;
    QLabel *m_prepaidLabel = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_quoteNote = nullptr;
    QLineEdit *m_amountEdit = nullptr;
    QLabel *m_allocation = nullptr;
    QButtonGroup *m_methods = nullptr;
    QGroupBox *m_cashBox = nullptr;
    QLabel *m_cashPart = nullptr;
    QLineEdit *m_tenderedEdit = nullptr;
    QLabel *m_changeCaption = nullptr;
    QLabel *m_change = nullptr;
    QLabel *m_drawerLabel = nullptr;
    QGroupBox *m_cardBox = nullptr;
    QLabel *m_cardPartCaption = nullptr;
    QLineEdit *m_cardPartEdit = nullptr;
    QLineEdit *m_cardRefEdit = nullptr;
    QLineEdit *m_cardLast4Edit = nullptr;
    QGroupBox *m_qrBox = nullptr;
    QLabel *m_qrPartCaption = nullptr;
    QLineEdit *m_qrPartEdit = nullptr;
    QLineEdit *m_qrCodeEdit = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_pending = nullptr;
    QPushButton *m_payButton = nullptr;
    QWidget *m_resultBox = nullptr;
    QLabel *m_receipt = nullptr;
    QLabel *m_resultDetail = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_doneButton = nullptr;
    QList<QLineEdit *> m_inputs;
};

} // namespace hd
