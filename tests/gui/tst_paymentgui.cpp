// Taking payments through the real window: search → account file → F5 → amount and tender →
// confirm → committed once with its outbox entry, the receipt number shown, printing offered
// only afterwards. Double presses, retries after a failure, QR refusals and timeouts, card
// details, split tender, credit, prepaid top-up and blocked accounts.

#include "countertestsupport.h"

#include <QInputMethodEvent>
#include <QPushButton>
#include <QRadioButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>

#include <atomic>

using namespace hd;
using namespace hd::testing;

namespace {
// An acquirer whose answer takes a while, as a bank gateway's does: while it "waits" it
// processes events, during which the clerk presses "pay" again. The sandbox decides.
// An acquirer that answers only when the test lets it: the bank's gateway taking its time.
// Asked on the payment screen's worker thread.
class SlowAcquirer final : public Acquirer
{
public:
    SandboxAcquirer sandbox;
    QSemaphore asked;
    QSemaphore answer;
    std::atomic_bool holdQueries = false; // queries wait for `answer` too
    AcquirerResult charge(const QString &uuid, const QString &code, Money amount) override
    {
        asked.release();
        answer.acquire();
        return sandbox.charge(uuid, code, amount);
    }
    AcquirerResult query(const QString &uuid, const QString &code) override
    {
        if (holdQueries) {
            asked.release();
            answer.acquire();
        }
        return sandbox.query(uuid, code);
    }
};

// A QR payment finishes when the acquirer's answer arrives: the screen asks it on a worker
// thread and stays Busy (and responsive) until then.
#define WAIT_FOR_ACQUIRER(page) QTRY_VERIFY((page)->state() != PaymentPage::State::Busy)

const QString kResidential = QStringLiteral("1000000001"); // 200.00 due 03-15, 150.00 due 04-15
const QString kPrepaid = QStringLiteral("1000000003");
const QString kBlocked = QStringLiteral("1000000004"); // 50.00 due 03-15
} // namespace

class TestPaymentGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Counter m_counter;
    int m_run = 0;

    qint64 payments() { return m_counter.count(QStringLiteral("SELECT count(*) FROM payments")); }
    bool questionAsked(const QString &containing)
    {
        for (const MessageBox::Shown &s : MessageBox::shown())
            if (s.icon != QMessageBox::Information && s.text.contains(containing))
                return true;
        return false;
    }
    QString errorText() { return m_counter.pageChild<QLabel>("paymentError")->text(); }

private slots:
    void initTestCase() { setUpCounterApplication(); }

    void init()
    {
        QVERIFY(m_counter.start(m_dir.filePath(QStringLiteral("pay%1.sqlite").arg(++m_run))));
        QVERIFY(m_counter.openShift());
    }
    void cleanup() { m_counter.stop(); }

    void cashWithChange_throughWindow_commitsOnceWithReceipt()
    {
        QVERIFY(m_counter.openPaymentFor(kResidential));
        PaymentPage *page = m_counter.page();
        // On 2024-03-25: 200.00 ten days late at 1‰ → 2.00; 150.00 not yet due.
        auto *quote = m_counter.pageChild<QTableView>("quoteView");
        QCOMPARE(quote->model()->rowCount(), 2);
        const QAbstractItemModel *m = quote->model();
        QCOMPARE(m->index(0, QuoteLineModel::DaysOverdueColumn).data().toInt(), 10);
        QCOMPARE(m->index(0, QuoteLineModel::DailyRateColumn).data().toString(),
                 QStringLiteral("1‰"));
        QCOMPARE(m->index(0, QuoteLineModel::LateFeeColumn).data().toString(),
                 QStringLiteral("2.00"));
        QVERIFY(
            m_counter.pageChild<QLabel>("totalsLabel")->text().contains(QStringLiteral("¥352.00")));
        auto *amount = m_counter.pageChild<QLineEdit>("amountEdit");
        QCOMPARE(amount->text(), QStringLiteral("352.00"));
        QVERIFY(amount->hasFocus());

        // Enter moves to the tendered field; the change follows what is typed.
        QTest::keyClick(amount, Qt::Key_Return);
        auto *tendered = m_counter.pageChild<QLineEdit>("tenderedEdit");
        QVERIFY(tendered->hasFocus());
        QTest::keyClicks(tendered, QStringLiteral("400"));
        QVERIFY(
            m_counter.pageChild<QLabel>("changeLabel")->text().contains(QStringLiteral("¥48.00")));
        QVERIFY(!m_counter.pageChild<QPushButton>("printButton")->isVisible());

        MessageBox::queueAnswer(QMessageBox::Yes);
        QTest::keyClick(page, Qt::Key_F9);
        QCOMPARE(page->state(), PaymentPage::State::Done);
        QVERIFY(questionAsked(QStringLiteral("找零 ¥48.00")));
        QCOMPARE(payments(), 1);
        const QString uuid = page->outcome().uuid;
        QCOMPARE(m_counter.count(QStringLiteral("SELECT change_fen FROM payments WHERE uuid = ?"),
                                 {uuid}),
                 4800);
        QCOMPARE(m_counter.count(QStringLiteral("SELECT amount_fen FROM payments WHERE uuid = ?"),
                                 {uuid}),
                 35200);
        QCOMPARE(m_counter.count(QStringLiteral("SELECT late_fee_fen FROM payments WHERE uuid = ?"),
                                 {uuid}),
                 200);
        QCOMPARE(m_counter.count(QStringLiteral("SELECT count(*) FROM outbox WHERE op_uuid = ? AND "
                                                "kind = 'payment'"),
                                 {uuid}),
                 1);
        QCOMPARE(m_counter.count(QStringLiteral("SELECT count(*) FROM bills WHERE status = 1 AND "
                                                "account_id = 1")),
                 2);
        auto *receipt = m_counter.pageChild<QLabel>("receiptLabel");
        QVERIFY(receipt->isVisible());
        QVERIFY(receipt->text().contains(QStringLiteral("4401-03-00000001")));
        // The change handed over is the one the service committed.
        QCOMPARE(m_counter.pageChild<QLabel>("changeLabel")->text(), QStringLiteral("¥48.00"));
        QVERIFY(m_counter.pageChild<QLabel>("resultDetail")
                    ->text()
                    .contains(QStringLiteral("¥352.00")));
        QVERIFY(m_counter.window->findChild<QLabel *>(QStringLiteral("shiftLabel"))
                    ->text()
                    .contains(QStringLiteral("¥612.00"))); // 260.00 + 352.00

        // Printing only now: the receipt number goes to the print controller, which answers
        // (this terminal has no printer set up: tst_printinggui prints for real).
        QSignalSpy print(m_counter.window.get(), &MainWindow::printReceiptRequested);
        QSignalSpy failed(m_counter.window->printing(), &ReceiptPrintController::printFailed);
        QTest::keyClick(page, Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(print.count(), 1);
        QCOMPARE(print.first().first().toString(), QStringLiteral("4401-03-00000001"));
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("4401-03-00000001")));
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("收据打印机")));

        // Esc: back to the file, which lists the payment.
        QTest::keyClick(page, Qt::Key_Escape);
        QTRY_VERIFY(m_counter.window->accountPage()->isVisible());
        auto *history = child<QTableView>(m_counter.window->accountPage(), "paymentsView");
        QCOMPARE(history->model()->index(0, PaymentHistoryModel::ReceiptNo).data().toString(),
                 QStringLiteral("4401-03-00000001"));
    }

    void pay_pressedTwice_chargesOnce()
    {
        QVERIFY(m_counter.openPaymentFor(kResidential));
        m_counter.type("amountEdit", QStringLiteral("10.00"));
        MessageBox::queueAnswer(QMessageBox::Yes);
        MessageBox::queueAnswer(QMessageBox::Yes);
        auto *pay = m_counter.pageChild<QPushButton>("payButton");
        QTest::mouseClick(pay, Qt::LeftButton);
        QTest::mouseClick(pay, Qt::LeftButton);
        QTest::keyClick(m_counter.page(), Qt::Key_F9);
        QCOMPARE(payments(), 1);
        QCOMPARE(MessageBox::queuedAnswers(), 1); // the second press asked nothing
        QCOMPARE(m_counter.page()->state(), PaymentPage::State::Done);
    }

    void pay_pressedAgainWhileAcquirerWaits_chargesOnce()
    {
        SlowAcquirer slow;
        m_counter.window->setAcquirer(&slow);
        QVERIFY(m_counter.openPaymentFor(kResidential));
        PaymentPage *page = m_counter.page();
        page->setMethod(PaymentPage::Method::Qr);
        m_counter.type("amountEdit", QStringLiteral("10.00"));
        MessageBox::queueAnswer(QMessageBox::Yes);
        MessageBox::queueAnswer(QMessageBox::Yes);
        m_counter.type("qrCodeEdit", QStringLiteral("280000000000000000"));
        QTest::keyClick(m_counter.pageChild<QLineEdit>("qrCodeEdit"), Qt::Key_Return); // scanner
        // The bank has been asked and has not answered: the screen waits without freezing.
        QVERIFY(slow.asked.tryAcquire(1, 5000));
        QCOMPARE(page->state(), PaymentPage::State::Busy);
        QVERIFY(m_counter.pageChild<QPushButton>("payButton")
                    ->text()
                    .contains(QStringLiteral("收单机构")));
        QTest::qWait(50); // the event loop runs meanwhile
        QTest::mouseClick(m_counter.pageChild<QPushButton>("payButton"), Qt::LeftButton);
        QTest::keyClick(page, Qt::Key_F9);
        page->pay();
        QTest::keyClick(page, Qt::Key_Escape); // no leaving mid-payment either
        QVERIFY(page->isVisible());
        // Recorded as pending before the bank was asked: a crash now loses nothing.
        QCOMPARE(m_counter.count(QStringLiteral("SELECT count(*) FROM pending_payments WHERE "
                                                "state = 'pending'")),
                 1);
        QCOMPARE(payments(), 0);
        slow.answer.release();
        QTRY_COMPARE(page->state(), PaymentPage::State::Done);
        QCOMPARE(slow.sandbox.charges(), 1);
        QCOMPARE(payments(), 1);
        QCOMPARE(MessageBox::queuedAnswers(), 1);
        m_counter.window->setAcquirer(&m_counter.acquirer);
    }

    void pay_failedCommit_retryReusesUuidAndChargesOnce()
    {
        QVERIFY(m_counter.openPaymentFor(kResidential));
        m_counter.type("amountEdit", QStringLiteral("20.00"));
        const QString uuid = m_counter.page()->requestUuid();
        // Another process holds the store's write lock: the commit fails, nothing is kept.
        QSqlQuery(m_counter.store->db()).exec(QStringLiteral("PRAGMA busy_timeout = 50"));
        {
            auto locker =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
            locker.setDatabaseName(m_counter.store->path());
            QVERIFY(locker.open());
            QVERIFY(QSqlQuery(locker).exec(QStringLiteral("BEGIN IMMEDIATE")));
            MessageBox::queueAnswer(QMessageBox::Yes);
            QTest::keyClick(m_counter.page(), Qt::Key_F9);
            QCOMPARE(m_counter.page()->state(), PaymentPage::State::Editing);
            QVERIFY(!errorText().isEmpty());
            QCOMPARE(payments(), 0);
            QCOMPARE(m_counter.page()->requestUuid(), uuid);
            QVERIFY(QSqlQuery(locker).exec(QStringLiteral("ROLLBACK")));
            locker.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        MessageBox::queueAnswer(QMessageBox::Yes);
        QTest::keyClick(m_counter.page(), Qt::Key_F9);
        QCOMPARE(m_counter.page()->state(), PaymentPage::State::Done);
        QCOMPARE(payments(), 1);
        QCOMPARE(
            m_counter.count(QStringLiteral("SELECT count(*) FROM payments WHERE uuid = ?"), {uuid}),
            1);
    }

    void amount_badInput_refusedWithoutChange_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::newRow("empty") << QString();
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("negative") << QStringLiteral("-5");
        QTest::newRow("three decimals") << QStringLiteral("1.234");
        QTest::newRow("letters") << QStringLiteral("abc");
        QTest::newRow("exponent") << QStringLiteral("1e3");
        QTest::newRow("full-width") << QStringLiteral("１００");
    }
    void amount_badInput_refusedWithoutChange()
    {
        QFETCH(QString, amount);
        QVERIFY(m_counter.openPaymentFor(kResidential));
        auto *edit = m_counter.pageChild<QLineEdit>("amountEdit");
        edit->clear();
        // As an input method would commit it (full-width digits come that way).
        QInputMethodEvent commit;
        commit.setCommitString(amount);
        QApplication::sendEvent(edit, &commit);
        QCOMPARE(edit->text(), amount);
        const qint64 auditBefore =
            m_counter.count(QStringLiteral("SELECT count(*) FROM audit_log"));
        QTest::keyClick(m_counter.page(), Qt::Key_F9);
        QVERIFY(errorText().contains(QStringLiteral("金额")));
        QVERIFY(edit->hasFocus());
        QVERIFY(!questionAsked(QStringLiteral("确认收费")));
        QCOMPARE(payments(), 0);
        QCOMPARE(m_counter.count(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
        QCOMPARE(m_counter.page()->state(), PaymentPage::State::Editing);
    }

    void surplus_saidAsCreditBeforeConfirming()
    {
        QVERIFY(m_counter.openPaymentFor(kResidential));
        m_counter.type("amountEdit", QStringLiteral("400"));
        QVERIFY(m_counter.pageChild<QLabel>("allocationLabel")
                    ->text()
                    .contains(QStringLiteral("¥48.00 转为预存电费")));
        MessageBox::queueAnswer(QMessageBox::No);
        QTest::keyClick(m_counter.page(), Qt::Key_F9);
        QVERIFY(questionAsked(QStringLiteral("超出应缴的 ¥48.00 转为预存电费")));
        QCOMPARE(payments(), 0); // "No" changes nothing
        MessageBox::queueAnswer(QMessageBox::Yes);
        QTest::keyClick(m_counter.page(), Qt::Key_F9);
        QCOMPARE(payments(), 1);
        QCOMPARE(m_counter.count(QStringLiteral("SELECT balance_fen FROM accounts WHERE "
                                                "account_no = ?"),
                                 {kResidential}),
                 4800);
    }

    void prepaid_topUpByAmount()
    {
        QVERIFY(m_counter.openPaymentFor(kPrepaid));
        QVERIFY(m_counter.pageChild<QLabel>("prepaidLabel")->isVisible());
        QVERIFY(m_counter.pageChild<QLineEdit>("amountEdit")->text().isEmpty());
        m_counter.type("amountEdit", QStringLiteral("50"));
        QVERIFY(m_counter.pageChild<QLabel>("allocationLabel")
                    ->text()
                    .contains(QStringLiteral("购电 ¥50.00")));
        MessageBox::queueAnswer(QMessageBox::Yes);
        QTest::keyClick(m_counter.page(), Qt::Key_F9);
        QCOMPARE(m_counter.page()->outcome().kind, QStringLiteral("topup"));
        QCOMPARE(m_counter.count(QStringLiteral("SELECT balance_fen FROM accounts WHERE "
                                                "account_no = ?"),
                                 {kPrepaid}),
                 5000);
    }

    void blockedAccount_showsReasonAndAcceptsPayment()
    {
        QVERIFY(m_counter.openPaymentFor(kBlocked));
        auto *blocked = m_counter.pageChild<QLabel>("blockedLabel");
        QVERIFY(blocked->isVisible());
        QVERIFY(blocked->text().contains(QStringLiteral("欠费超过30天")));
        MessageBox::queueAnswer(QMessageBox::Yes);
        QTest::keyClick(m_counter.page(), Qt::Key_F9);
        QCOMPARE(m_counter.page()->state(), PaymentPage::State::Done);
        QCOMPARE(payments(), 1);
    }

    void changeAboveDrawer_warnsBeforeConfirming()
    {
        QVERIFY(m_counter.openPaymentFor(kResidential));
        m_counter.type("amountEdit", QStringLiteral("10"));
        m_counter.type("tenderedEdit", QStringLiteral("500")); // change 490.00, drawer 260.00
        QVERIFY(
            m_counter.pageChild<QLabel>("changeLabel")->text().contains(QStringLiteral("钱箱")));
        MessageBox::queueAnswer(QMessageBox::No);
        QTest::keyClick(m_counter.page(), Qt::Key_F9);
        const MessageBox::Shown asked = MessageBox::shown().constLast();
        QCOMPARE(asked.icon, QMessageBox::Warning);
        QVERIFY(asked.text.contains(QStringLiteral("超过钱箱现金 ¥260.00")));
        QCOMPARE(payments(), 0);
    }

    void card_lastFourValidated()
    {
        QVERIFY(m_counter.openPaymentFor(kResidential));
        QTest::keyClick(m_counter.page(), Qt::Key_2, Qt::AltModifier);
        QTRY_COMPARE(m_counter.page()->method(), PaymentPage::Method::Card);
        QTRY_VERIFY(m_counter.pageChild<QLineEdit>("cardRefEdit")->isVisible());
        m_counter.type("amountEdit", QStringLiteral("100"));
        m_counter.type("cardRefEdit", QStringLiteral("240325123456"));
        m_counter.type("cardLast4Edit", QStringLiteral("12a4"));
        QTest::keyClick(m_counter.page(), Qt::Key_F9);
        QVERIFY(errorText().contains(QStringLiteral("后四位")));
        QVERIFY(m_counter.pageChild<QLineEdit>("cardLast4Edit")->hasFocus());
        QVERIFY(!questionAsked(QStringLiteral("确认收费")));
        QCOMPARE(payments(), 0);

        m_counter.type("cardLast4Edit", QStringLiteral("1234"));
        MessageBox::queueAnswer(QMessageBox::Yes);
        QTest::keyClick(m_counter.pageChild<QLineEdit>("cardLast4Edit"), Qt::Key_Return);
        QCOMPARE(m_counter.page()->state(), PaymentPage::State::Done);
        QVERIFY(questionAsked(QStringLiteral("卡号后四位 1234")));
        QCOMPARE(m_counter.count(QStringLiteral("SELECT count(*) FROM payment_tenders WHERE "
                                                "method = 'card' AND card_last4 = '1234' AND "
                                                "card_ref = '240325123456'")),
                 1);
    }

    void qr_refused_notPaidAndNewAttemptPossible()
    {
        QVERIFY(m_counter.openPaymentFor(kResidential));
        m_counter.page()->setMethod(PaymentPage::Method::Qr);
        QVERIFY(m_counter.pageChild<QLineEdit>("qrCodeEdit")->isVisible());
        m_counter.type("amountEdit", QStringLiteral("10"));
        const QString firstUuid = m_counter.page()->requestUuid();
        MessageBox::queueAnswer(QMessageBox::Yes);
        m_counter.type("qrCodeEdit", QStringLiteral("281234567890123451")); // ends in 1: refused
        QTest::keyClick(m_counter.pageChild<QLineEdit>("qrCodeEdit"), Qt::Key_Return);
        WAIT_FOR_ACQUIRER(m_counter.page());
        QVERIFY(errorText().contains(QStringLiteral("拒绝")));
        QCOMPARE(payments(), 0);
        QCOMPARE(m_counter.count(QStringLiteral("SELECT count(*) FROM pending_payments WHERE "
                                                "state = 'refused'")),
                 1);
        QCOMPARE(m_counter.page()->state(), PaymentPage::State::Editing);
        QVERIFY(m_counter.page()->requestUuid() != firstUuid);
        QVERIFY(m_counter.pageChild<QLineEdit>("qrCodeEdit")->hasFocus());
        QVERIFY(m_counter.pageChild<QLineEdit>("qrCodeEdit")->text().isEmpty());
    }

    void screenLeftOpenOverMidnight_quoteComputedAgainBeforePaying()
    {
        QVERIFY(m_counter.openPaymentFor(kResidential));
        QVERIFY(
            m_counter.pageChild<QLabel>("totalsLabel")->text().contains(QStringLiteral("¥352.00")));
        m_counter.now = m_counter.now.addDays(1); // 11 days late now: 2.20
        MessageBox::queueAnswer(QMessageBox::Yes);
        QTest::keyClick(m_counter.page(), Qt::Key_F9);
        QVERIFY(errorText().contains(QStringLiteral("重新计算")));
        QCOMPARE(payments(), 0);
        QCOMPARE(MessageBox::queuedAnswers(), 1); // nothing was asked with stale figures
        QVERIFY(
            m_counter.pageChild<QLabel>("totalsLabel")->text().contains(QStringLiteral("¥352.20")));
        QCOMPARE(m_counter.page()->quote().on, QDate(2024, 3, 26));
        QTest::keyClick(m_counter.page(), Qt::Key_F9);
        QCOMPARE(m_counter.page()->state(), PaymentPage::State::Done);
        QCOMPARE(m_counter.page()->outcome().lateFee, yuan("2.20"));
    }

    void qr_timeout_staysPendingNotCounted_thenResolves()
    {
        QVERIFY(m_counter.openPaymentFor(kResidential));
        PaymentPage *page = m_counter.page();
        page->setMethod(PaymentPage::Method::Qr);
        m_counter.type("amountEdit", QStringLiteral("10"));
        MessageBox::queueAnswer(QMessageBox::Yes);
        m_counter.type("qrCodeEdit", QStringLiteral("281234567890123454")); // ends in 4: unknown
        QTest::keyClick(m_counter.pageChild<QLineEdit>("qrCodeEdit"), Qt::Key_Return);
        WAIT_FOR_ACQUIRER(m_counter.page());
        QCOMPARE(page->state(), PaymentPage::State::Pending);
        QVERIFY(m_counter.pageChild<QLabel>("pendingLabel")->isVisible());
        QVERIFY(m_counter.pageChild<QLabel>("pendingLabel")
                    ->text()
                    .contains(QStringLiteral("未计为已收款")));
        QCOMPARE(payments(), 0);
        const auto shift = m_counter.shifts().current();
        QCOMPARE(m_counter.shifts().totals(shift->id).qr, Money());
        auto *pendingStatus =
            m_counter.window->findChild<QLabel *>(QStringLiteral("pendingStatusLabel"));
        QVERIFY(pendingStatus->isVisible());
        QVERIFY(pendingStatus->text().contains(QStringLiteral("1")));
        QVERIFY(!m_counter.pageChild<QPushButton>("printButton")->isVisible());

        // Asking again: still no answer; still pending, still not paid, asked nothing new.
        QTest::keyClick(page, Qt::Key_F9);
        WAIT_FOR_ACQUIRER(page);
        QCOMPARE(page->state(), PaymentPage::State::Pending);
        QCOMPARE(payments(), 0);
        // F12 lists it as unresolved.
        MessageBox::clearShown();
        QTest::keyClick(page, Qt::Key_F12);
        QTRY_VERIFY(MessageBox::lastText().contains(QStringLiteral("仍无结果")));
        WAIT_FOR_ACQUIRER(page); // the screen asks again about its own payment
        QCOMPARE(payments(), 0);

        // Leaving and coming back: the file warns that a payment is pending.
        QTest::keyClick(page, Qt::Key_Escape);
        QTRY_VERIFY(m_counter.window->accountPage()->isVisible());
        QTest::keyClick(m_counter.window->accountPage(), Qt::Key_F5);
        QTRY_VERIFY(page->isVisible());
        QVERIFY(m_counter.pageChild<QLabel>("pendingBanner")->isVisible());

        // A code the acquirer approves on the second question: committed once, same uuid.
        page->setMethod(PaymentPage::Method::Qr);
        m_counter.type("amountEdit", QStringLiteral("20"));
        const QString uuid = page->requestUuid();
        MessageBox::queueAnswer(QMessageBox::Yes);
        m_counter.type("qrCodeEdit", QStringLiteral("281234567890123452")); // ends in 2
        QTest::keyClick(m_counter.pageChild<QLineEdit>("qrCodeEdit"), Qt::Key_Return);
        WAIT_FOR_ACQUIRER(m_counter.page());
        QCOMPARE(page->state(), PaymentPage::State::Pending);
        QCOMPARE(payments(), 0);
        QTest::keyClick(page, Qt::Key_F9);
        WAIT_FOR_ACQUIRER(page);
        QCOMPARE(page->state(), PaymentPage::State::Done);
        QCOMPARE(page->outcome().uuid, uuid);
        QCOMPARE(payments(), 1);
        QCOMPARE(m_counter.count(QStringLiteral("SELECT count(*) FROM pending_payments WHERE "
                                                "uuid = ? AND state = 'committed'"),
                                 {uuid}),
                 1);
        QCOMPARE(m_counter.shifts().totals(shift->id).qr, yuan("20.00"));
    }

    // F12 asks the acquirer on a worker thread: while the bank takes its time the window
    // answers keys, a second F12 starts nothing, and the answer commits the payment once.
    void resolvePending_slowAcquirer_windowStaysUsable()
    {
        SlowAcquirer slow;
        m_counter.window->setAcquirer(&slow);
        QVERIFY(m_counter.openPaymentFor(kResidential));
        PaymentPage *page = m_counter.page();
        page->setMethod(PaymentPage::Method::Qr);
        m_counter.type("amountEdit", QStringLiteral("30"));
        MessageBox::queueAnswer(QMessageBox::Yes);
        m_counter.type("qrCodeEdit", QStringLiteral("281234567890123452")); // unknown, then paid
        slow.answer.release();
        QTest::keyClick(m_counter.pageChild<QLineEdit>("qrCodeEdit"), Qt::Key_Return);
        QVERIFY(slow.asked.tryAcquire(1, 5000));
        WAIT_FOR_ACQUIRER(page);
        QCOMPARE(page->state(), PaymentPage::State::Pending);
        QTest::keyClick(page, Qt::Key_Escape);
        QTRY_VERIFY(m_counter.window->accountPage()->isVisible());

        slow.holdQueries = true;
        MessageBox::clearShown();
        QTest::keyClick(m_counter.window->accountPage(), Qt::Key_F12);
        QVERIFY(slow.asked.tryAcquire(1, 5000)); // the bank has been asked, no answer yet
        QVERIFY(m_counter.window->resolvingPending());
        QVERIFY(m_counter.window->statusBar()->currentMessage().contains(
            QStringLiteral("正在向收单机构查询")));
        QTest::keyClick(m_counter.window->accountPage(), Qt::Key_F12);
        QTest::qWait(50); // the event loop runs meanwhile
        QVERIFY(MessageBox::shown().isEmpty());
        QCOMPARE(slow.asked.available(), 0); // the second F12 asked nothing
        QCOMPARE(payments(), 0);

        slow.answer.release();
        QTRY_VERIFY(!m_counter.window->resolvingPending());
        QTRY_VERIFY(MessageBox::lastText().contains(QStringLiteral("已确认入账")));
        QCOMPARE(payments(), 1);
        QCOMPARE(m_counter.count(QStringLiteral("SELECT count(*) FROM pending_payments WHERE "
                                                "state = 'committed'")),
                 1);
        slow.holdQueries = false;
    }

    void split_cardQrAndCash_sumToAmount()
    {
        QVERIFY(m_counter.openPaymentFor(kResidential));
        QTest::keyClick(m_counter.page(), Qt::Key_4, Qt::AltModifier);
        QTRY_COMPARE(m_counter.page()->method(), PaymentPage::Method::Split);
        QTRY_VERIFY(m_counter.pageChild<QLineEdit>("qrPartEdit")->isVisible());
        m_counter.type("amountEdit", QStringLiteral("352.00"));
        m_counter.type("cardPartEdit", QStringLiteral("100"));
        m_counter.type("cardRefEdit", QStringLiteral("240325000001"));
        m_counter.type("cardLast4Edit", QStringLiteral("8888"));
        m_counter.type("qrPartEdit", QStringLiteral("50"));
        m_counter.type("qrCodeEdit", QStringLiteral("280000000000000000"));
        m_counter.type("tenderedEdit", QStringLiteral("300"));
        QVERIFY(m_counter.pageChild<QLabel>("cashPartLabel")
                    ->text()
                    .contains(QStringLiteral("¥202.00")));
        QVERIFY(
            m_counter.pageChild<QLabel>("changeLabel")->text().contains(QStringLiteral("¥98.00")));
        MessageBox::queueAnswer(QMessageBox::Yes);
        QTest::keyClick(m_counter.pageChild<QLineEdit>("tenderedEdit"), Qt::Key_Return);
        WAIT_FOR_ACQUIRER(m_counter.page());
        QCOMPARE(m_counter.page()->state(), PaymentPage::State::Done);
        const QString uuid = m_counter.page()->outcome().uuid;
        QCOMPARE(m_counter.page()->outcome().method, QStringLiteral("split"));
        for (const auto &[method, fen] :
             {std::pair{"cash", 20200}, std::pair{"card", 10000}, std::pair{"qr", 5000}})
            QCOMPARE(m_counter.count(QStringLiteral("SELECT amount_fen FROM payment_tenders WHERE "
                                                    "payment_uuid = ? AND method = ?"),
                                     {uuid, QString::fromLatin1(method)}),
                     fen);
        QCOMPARE(m_counter.count(QStringLiteral("SELECT change_fen FROM payments WHERE uuid = ?"),
                                 {uuid}),
                 9800);
    }

    void noShift_offersToOpenOne()
    {
        const auto shift = m_counter.shifts().current();
        QVERIFY(m_counter.shifts().close(kClerk, shift->openingCount, {}, {}).ok());
        emit m_counter.window->session()->shiftChanged();
        QVERIFY(m_counter.openPaymentFor(kResidential));
        QVERIFY(m_counter.pageChild<QLabel>("shiftNotice")->isVisible());
        MessageBox::queueAnswer(QMessageBox::No);
        QTest::keyClick(m_counter.page(), Qt::Key_F9);
        QVERIFY(questionAsked(QStringLiteral("现在开班")));
        QCOMPARE(payments(), 0);
        QVERIFY(!m_counter.window->findChild<QDialog *>(QStringLiteral("shiftOpenDialog")));
    }

    void screenshot_paymentScreen()
    {
        if (mainWindowScreenshotDir().isEmpty())
            QSKIP("screenshots only under scripts/screenshots.sh");
        // The blocked account with three overdue bills, late fees at 1‰, cash with change.
        const qint64 id = m_counter.count(
            QStringLiteral("SELECT id FROM accounts WHERE account_no = ?"), {kBlocked});
        QVERIFY(addBill(*m_counter.store, id, 202403, 8630, QDate(2024, 4, 15)));
        QVERIFY(addBill(*m_counter.store, id, 202404, 6245, QDate(2024, 5, 15)));
        m_counter.now = QDateTime(QDate(2024, 6, 20), QTime(10, 30), QTimeZone::utc());
        QVERIFY(m_counter.openPaymentFor(kBlocked));
        m_counter.type("amountEdit", QStringLiteral("220"));
        m_counter.type("tenderedEdit", QStringLiteral("300"));
        QVERIFY(saveScreenshot(m_counter.page(), QStringLiteral("payment.png")));
    }
};

QTEST_MAIN(TestPaymentGui)
#include "tst_paymentgui.moc"
