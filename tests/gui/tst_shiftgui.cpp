// Cash control through the real window: opening a shift with the float counted by
// denomination (offered when a payment finds no shift), cash in and out with a reason,
// closing with expected versus counted and a supervisor for a difference above the limit,
// reversing a payment from the account file, the refund route once its shift closed, and the
// day-end report.

#include "counter/cashmovementdialog.h"
#include "counter/dayreportdialog.h"
#include "counter/reversaldialog.h"
#include "counter/shiftclosedialog.h"
#include "counter/shiftopendialog.h"
#include "countertestsupport.h"
#include "widgets/denominationcountwidget.h"
#include "widgets/supervisorbox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace hd;
using namespace hd::testing;

namespace {
const QString kResidential = QStringLiteral("1000000001");
} // namespace

class TestShiftGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Counter m_counter;
    int m_run = 0;

    template <typename Dialog> Dialog *openDialog(Qt::Key key, Qt::KeyboardModifiers mods = {})
    {
        QTest::keyClick(m_counter.window.get(), key, mods);
        Dialog *dialog = nullptr;
        (void)QTest::qWaitFor([&] {
            for (Dialog *d : m_counter.window->findChildren<Dialog *>())
                if (d->isVisible())
                    dialog = d;
            return dialog != nullptr;
        });
        if (dialog && !waitActive(dialog))
            return nullptr;
        return dialog;
    }
    // QTest::qWaitForWindowActive() counts a dialog as active while its parent has the focus;
    // the keyboard goes where the focus window is.
    static bool waitActive(QWidget *dialog)
    {
        return QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; });
    }
    // After a dialog closes the window manager gives the main window the keyboard back; the
    // offscreen platform has none, so the test does it.
    bool backToWindow()
    {
        m_counter.window->activateWindow();
        return waitActive(m_counter.window.get());
    }
    // Types into whatever has the focus, as the clerk's keyboard does.
    static void typeHere(const QString &text)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClicks(focus, text);
    }
    static void enter() { QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); }
    QString statusShift()
    {
        return m_counter.window->findChild<QLabel *>(QStringLiteral("shiftLabel"))->text();
    }
    qint64 audit(const char *action)
    {
        return m_counter.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"),
                               {QString::fromLatin1(action)});
    }
    static void setCount(DenominationCountWidget *w, std::initializer_list<std::pair<int, int>> c)
    {
        for (const auto &[fen, pieces] : c)
            w->piecesEdit(fen)->setValue(pieces);
    }

private slots:
    void initTestCase() { setUpCounterApplication(); }
    void init()
    {
        QVERIFY(m_counter.start(m_dir.filePath(QStringLiteral("shift%1.sqlite").arg(++m_run))));
    }
    void cleanup() { m_counter.stop(); }

    void shiftOpen_offeredByPayment_floatCountedByDenomination()
    {
        QVERIFY(statusShift().contains(QStringLiteral("未开班")));
        QVERIFY(m_counter.openPaymentFor(kResidential));
        QVERIFY(m_counter.pageChild<QLabel>("shiftNotice")->isVisible());
        MessageBox::queueAnswer(QMessageBox::Yes); // "open one now?"
        QTest::keyClick(m_counter.page(), Qt::Key_F9);
        ShiftOpenDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_counter.window->findChild<ShiftOpenDialog *>()) &&
                    dialog->isVisible());
        QVERIFY(waitActive(dialog));
        QCOMPARE(m_counter.count(QStringLiteral("SELECT count(*) FROM payments")), 0);

        // 100×3, 50×1, 20×2, 10×5, 5×0, 1×10, 0.5×4: Enter moves down a row.
        QCOMPARE(QApplication::focusWidget(), dialog->countWidget()->piecesEdit(10000));
        for (const char *pieces : {"3", "1", "2", "5", "0", "10", "4"}) {
            typeHere(QString::fromLatin1(pieces));
            enter();
        }
        QCOMPARE(dialog->countWidget()->total(), yuan("452.00"));
        QVERIFY(child<QLabel>(dialog, "countTotal")->text().contains(QStringLiteral("¥452.00")));
        MessageBox::queueAnswer(QMessageBox::Yes);
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY(backToWindow());

        QCOMPARE(m_counter.count(QStringLiteral("SELECT opening_float_fen FROM shifts WHERE "
                                                "state = 'open' AND operator_login = 'clerk1'")),
                 45200);
        const auto shift = m_counter.shifts().current();
        QCOMPARE(shift->openingCount.pieces(10000), 3);
        QCOMPARE(shift->openingCount.pieces(50), 4);
        QCOMPARE(audit("shift.open"), 1);
        QVERIFY(statusShift().contains(QStringLiteral("¥452.00")));
        QVERIFY(statusShift().contains(QStringLiteral("10:00")));
        QVERIFY(!m_counter.pageChild<QLabel>("shiftNotice")->isVisible());

        // Now the payment goes through.
        MessageBox::queueAnswer(QMessageBox::Yes);
        QTest::keyClick(m_counter.page(), Qt::Key_F9);
        QCOMPARE(m_counter.page()->state(), PaymentPage::State::Done);
    }

    void cashInAndOut_needReasonAndCover()
    {
        QVERIFY(m_counter.openShift());
        auto *dialog = openDialog<CashMovementDialog>(Qt::Key_F7);
        QVERIFY(dialog);
        typeHere(QStringLiteral("100"));
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(child<QLabel>(dialog, "dialogError")->text().contains(QStringLiteral("原因")));
        QCOMPARE(m_counter.count(QStringLiteral("SELECT count(*) FROM cash_movements")), 0);
        child<QComboBox>(dialog, "cashReasonCombo")->setCurrentText(QStringLiteral("补充零钱"));
        MessageBox::queueAnswer(QMessageBox::Yes);
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY(backToWindow());
        QCOMPARE(m_counter.window->session()->payments().drawerCash(), yuan("360.00"));
        QVERIFY(statusShift().contains(QStringLiteral("¥360.00")));
        QCOMPARE(audit("cash.in"), 1);

        // Out: more than the drawer holds is refused and nothing moves.
        dialog = openDialog<CashMovementDialog>(Qt::Key_F7);
        QVERIFY(dialog);
        dialog->setDirection(ShiftLedger::Direction::Out);
        typeHere(QStringLiteral("1000"));
        child<QComboBox>(dialog, "cashReasonCombo")->setCurrentText(QStringLiteral("上缴"));
        MessageBox::queueAnswer(QMessageBox::Yes);
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, "dialogError")->text().contains(QStringLiteral("不足")));
        QCOMPARE(m_counter.count(QStringLiteral("SELECT count(*) FROM cash_movements")), 1);
        QCOMPARE(m_counter.window->session()->payments().drawerCash(), yuan("360.00"));
        dialog->reject();
    }

    void shiftClose_differenceAboveLimit_needsSupervisor()
    {
        QVERIFY(m_counter.openShift());
        QVERIFY(m_counter.pay(kResidential, "352.00").ok()); // expected cash 612.00
        auto *dialog = openDialog<ShiftCloseDialog>(Qt::Key_F8);
        QVERIFY(dialog);
        // 12.00 short: above the 10.00 limit.
        setCount(dialog->countWidget(), {{10000, 6}});
        auto *table = child<QTableWidget>(dialog, "closingTable");
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("612.00"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("600.00"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("-12.00"));
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("0.00"));
        QVERIFY(dialog->supervisorBox()->isVisible());
        QVERIFY(dialog->preview()->needsSupervisor);

        // Without a supervisor: refused before anything is asked.
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(child<QLabel>(dialog, "dialogError")->text().contains(QStringLiteral("值班长")));
        QVERIFY(m_counter.shifts().current().ok());

        // A wrong password: refused, nothing changes.
        dialog->supervisorBox()->loginEdit()->setText(kSupervisor);
        dialog->supervisorBox()->passwordEdit()->setText(QStringLiteral("wrong"));
        QVERIFY(saveScreenshot(dialog, QStringLiteral("shift-close.png")));
        MessageBox::queueAnswer(QMessageBox::Yes);
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(dialog->isVisible());
        QVERIFY(!child<QLabel>(dialog, "dialogError")->text().isEmpty());
        QVERIFY(dialog->supervisorBox()->password().isEmpty());
        QVERIFY(m_counter.shifts().current().ok());
        QCOMPARE(audit("shift.close"), 0);

        // The right one closes, recording who approved; the clerk asks for the sheet.
        dialog->supervisorBox()->passwordEdit()->setText(kSupervisorPassword);
        MessageBox::queueAnswer(QMessageBox::Yes); // close
        MessageBox::queueAnswer(QMessageBox::Yes); // print the sheet
        QSignalSpy sheet(m_counter.window->printing(), &ReceiptPrintController::printFailed);
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY(backToWindow());
        QVERIFY(!m_counter.shifts().current().ok());
        QCOMPARE(m_counter.count(QStringLiteral("SELECT difference_fen FROM shifts WHERE "
                                                "approved_by = 'super1'")),
                 -1200);
        QCOMPARE(audit("shift.close"), 1);
        QCOMPARE(audit("supervisor.approve"), 1);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("结班成功")));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("打印结班单")));
        // No printer here: the controller answers for the sheet (tst_printinggui prints).
        QTRY_COMPARE(sheet.count(), 1);
        QVERIFY(sheet.first().at(0).toString().contains(QStringLiteral("交班单")));
        QVERIFY(statusShift().contains(QStringLiteral("未开班")));
    }

    void shiftClose_withinLimit_noSupervisor()
    {
        QVERIFY(m_counter.openShift());
        QVERIFY(m_counter.pay(kResidential, "10.00", PaymentMethod::Card).ok());
        auto *dialog = openDialog<ShiftCloseDialog>(Qt::Key_F8);
        QVERIFY(dialog);
        QVERIFY(!child<QLabel>(dialog, "pendingWarning")->isVisible());
        setCount(dialog->countWidget(), {{10000, 2}, {1000, 5}, {100, 10}}); // 260.00 exact
        QCOMPARE(child<QTableWidget>(dialog, "closingTable")->item(1, 1)->text(),
                 QStringLiteral("10.00"));
        QVERIFY(!dialog->supervisorBox()->isVisible());
        MessageBox::queueAnswer(QMessageBox::No); // changed their mind: nothing happens
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(m_counter.shifts().current().ok());
        MessageBox::queueAnswer(QMessageBox::Yes);
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY(backToWindow());
        QCOMPARE(m_counter.count(QStringLiteral("SELECT count(*) FROM shifts WHERE state = "
                                                "'closed' AND approved_by IS NULL AND "
                                                "difference_fen = 0")),
                 1);
    }

    void shiftClose_withPendingQr_warns()
    {
        QVERIFY(m_counter.openShift());
        auto pending = m_counter.pay(kResidential, "10.00", PaymentMethod::Qr);
        QVERIFY(pending.ok());
        QCOMPARE(pending->state, PaymentOutcome::State::Pending);
        auto *dialog = openDialog<ShiftCloseDialog>(Qt::Key_F8);
        QVERIFY(dialog);
        auto *warning = child<QLabel>(dialog, "pendingWarning");
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("1 笔扫码缴费待确认")));
        QCOMPARE(child<QTableWidget>(dialog, "closingTable")->item(2, 1)->text(),
                 QStringLiteral("0.00")); // not counted as taken
        dialog->reject();
    }

    void reversal_fromAccountFile_withSupervisor_thenRefundRouteAfterClose()
    {
        QVERIFY(m_counter.openShift());
        auto paid = m_counter.pay(kResidential, "10.00");
        QVERIFY(paid.ok());
        QVERIFY(m_counter.openAccountFile(kResidential));
        AccountPage *file = m_counter.window->accountPage();
        QTest::keyClick(file, Qt::Key_2, Qt::AltModifier); // 缴费记录
        auto *history = child<QTableView>(file, "paymentsView");
        QTRY_VERIFY(history->isVisible());
        const QModelIndex row = history->model()->index(0, PaymentHistoryModel::ReceiptNo);
        QCOMPARE(row.data().toString(), paid->receiptNo);
        QTest::mouseClick(history->viewport(), Qt::LeftButton, {},
                          history->visualRect(row).center());
        QCOMPARE(file->selectedReceipt(), paid->receiptNo);
        QVERIFY(child<QLabel>(file, "reversalHint")->text().contains(QStringLiteral("可冲正")));

        QTest::keyClick(history, Qt::Key_F4);
        ReversalDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_counter.window->findChild<ReversalDialog *>()) &&
                    dialog->isVisible());
        QVERIFY(waitActive(dialog));
        child<QComboBox>(dialog, "reversalReasonCombo")->setCurrentText(QStringLiteral("金额输错"));
        dialog->supervisorBox()->loginEdit()->setText(kSupervisor);
        dialog->supervisorBox()->passwordEdit()->setText(QStringLiteral("wrong"));
        MessageBox::queueAnswer(QMessageBox::Yes);
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(dialog->isVisible());
        QVERIFY(!child<QLabel>(dialog, "dialogError")->text().isEmpty());
        QCOMPARE(m_counter.count(QStringLiteral("SELECT count(*) FROM payments WHERE kind = "
                                                "'reversal'")),
                 0);

        dialog->supervisorBox()->passwordEdit()->setText(kSupervisorPassword);
        MessageBox::queueAnswer(QMessageBox::Yes);
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY(backToWindow());
        QCOMPARE(m_counter.count(QStringLiteral("SELECT count(*) FROM payments WHERE kind = "
                                                "'reversal' AND reverses_uuid = ? AND "
                                                "approved_by = 'super1' AND reason = '金额输错'"),
                                 {paid->uuid}),
                 1);
        QCOMPARE(m_counter.count(QStringLiteral("SELECT count(*) FROM payments WHERE uuid = ?"),
                                 {paid->uuid}),
                 1); // the original stays
        QCOMPARE(m_counter.count(QStringLiteral("SELECT sum(paid_fen) FROM bills WHERE "
                                                "account_id = 1")),
                 0);
        QCOMPARE(m_counter.window->session()->payments().drawerCash(), yuan("260.00"));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("冲正成功")));
        QCOMPARE(history->model()->rowCount(), 2);
        // Already reversed: the hint says so and F4 offers nothing.
        QCOMPARE(file->selectedReceipt(),
                 history->model()->index(0, PaymentHistoryModel::ReceiptNo).data().toString());

        // A payment whose shift has closed: the refund route, not a reversal.
        auto later = m_counter.pay(kResidential, "5.00");
        QVERIFY(later.ok());
        QVERIFY(m_counter.shifts()
                    .close(kClerk, CashCount::parse(u"100=2,10=5,1=15").value(), {}, {})
                    .ok());
        QVERIFY(m_counter.openShift());
        file->reload();
        file->selectPayment(later->receiptNo);
        QVERIFY(!child<QPushButton>(file, "reverseButton")->isEnabled());
        QVERIFY(child<QLabel>(file, "reversalHint")->text().contains(QStringLiteral("退费")));
        MessageBox::clearShown();
        QTest::keyClick(history, Qt::Key_F4);
        QCOMPARE(MessageBox::shown().size(), 1);
        QCOMPARE(MessageBox::shown().first().title, QStringLiteral("退费流程"));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("退费")));
        QTest::qWait(50);
        const auto dialogs = m_counter.window->findChildren<ReversalDialog *>();
        for (ReversalDialog *d : dialogs)
            QVERIFY(!d->isVisible());
        QCOMPARE(m_counter.count(QStringLiteral("SELECT count(*) FROM payments WHERE kind = "
                                                "'reversal'")),
                 1);
    }

    void dayReport_perClerkMethodKindReversalsDifferences()
    {
        auto at = [this](int h, int m) {
            m_counter.now = QDateTime(QDate(2024, 3, 25), QTime(h, m), QTimeZone::utc());
        };
        at(8, 30);
        QVERIFY(m_counter.openShift());
        at(9, 12);
        QVERIFY(m_counter.pay(kResidential, "352.00").ok());
        at(10, 5);
        QVERIFY(m_counter.pay(QStringLiteral("1000000003"), "50.00", PaymentMethod::Card).ok());
        at(10, 40);
        auto card = m_counter.pay(QStringLiteral("1000000004"), "20.00", PaymentMethod::Card);
        QVERIFY(card.ok());
        at(10, 44);
        QVERIFY(m_counter.window->session()
                    ->payments()
                    .reverse(card->receiptNo, QStringLiteral("付款方式选错"), kClerk, kSupervisor,
                             kSupervisorPassword)
                    .ok());
        // 612.00 expected, 610.00 counted: within the limit.
        at(13, 30);
        QVERIFY(
            m_counter.shifts().close(kClerk, CashCount::parse(u"100=6,10=1").value(), {}, {}).ok());
        // The afternoon clerk's shift, still open.
        QVERIFY(OperatorDirectory(*m_counter.store)
                    .create(QStringLiteral("clerk2"), QStringLiteral("陈静"), Role::Clerk,
                            QStringLiteral("demo123"))
                    .ok());
        at(13, 35);
        QVERIFY(m_counter.shifts()
                    .open(QStringLiteral("clerk2"), CashCount::parse(u"100=2").value())
                    .ok());
        at(14, 10);
        QVERIFY(m_counter
                    .pay(QStringLiteral("1000000004"), "51.00", PaymentMethod::Cash,
                         QStringLiteral("clerk2"))
                    .ok());

        auto *dialog = openDialog<DayReportDialog>(Qt::Key_D, Qt::ControlModifier);
        QVERIFY(dialog);
        QCOMPARE(dialog->date(), QDate(2024, 3, 25));
        const QString summary = child<QLabel>(dialog, "reportSummary")->text();
        QVERIFY2(summary.contains(QStringLiteral("缴费 4 笔")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("冲正 1 笔")));
        QVERIFY(summary.contains(QStringLiteral("¥453.00"))); // 352 + 50 + 20 − 20 + 51
        auto rowsOf = [dialog](const char *table) {
            QStringList rows;
            auto *t = child<QTableWidget>(dialog, table);
            for (int r = 0; r < t->rowCount(); ++r) {
                QStringList cells;
                for (int c = 0; c < t->columnCount(); ++c)
                    cells << (t->item(r, c) ? t->item(r, c)->text() : QString());
                rows << cells.join(QLatin1Char('|'));
            }
            return rows;
        };
        QCOMPARE(rowsOf("perClerkTable"), (QStringList{QStringLiteral("clerk1|4|402.00"),
                                                       QStringLiteral("clerk2|1|51.00")}));
        QVERIFY(rowsOf("perMethodTable").contains(QStringLiteral("现金|2|403.00")));
        QVERIFY(rowsOf("perKindTable").contains(QStringLiteral("预购电|1|50.00")));
        QCOMPARE(rowsOf("reversalsTable").size(), 1);
        QVERIFY(rowsOf("reversalsTable").first().contains(card->receiptNo));
        QVERIFY(rowsOf("reversalsTable").first().contains(QStringLiteral("付款方式选错")));
        QCOMPARE(rowsOf("shiftsTable").size(), 2);
        QVERIFY(rowsOf("shiftsTable")
                    .first()
                    .contains(QStringLiteral("08:30|13:30|612.00|610.00|-2.00")));
        QVERIFY(rowsOf("shiftsTable").last().contains(QStringLiteral("未结班")));
        QVERIFY(saveScreenshot(dialog, QStringLiteral("day-report.png")));

        // The date picker: the day before had nothing.
        QTest::keyClick(dialog, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(dialog->date(), QDate(2024, 3, 24));
        QVERIFY(
            child<QLabel>(dialog, "reportSummary")->text().contains(QStringLiteral("缴费 0 笔")));
        QCOMPARE(rowsOf("perClerkTable").size(), 0);
        QTest::keyClick(dialog, Qt::Key_Right, Qt::AltModifier);

        // Printing goes to the print controller with the day shown, by key or button (no
        // printer is set up here: tst_printinggui prints for real).
        QSignalSpy print(m_counter.window.get(), &MainWindow::printDayReportRequested);
        QSignalSpy failed(m_counter.window->printing(), &ReceiptPrintController::printFailed);
        QTest::keyClick(dialog, Qt::Key_P, Qt::ControlModifier);
        QTest::mouseClick(child<QPushButton>(dialog, "printReportButton"), Qt::LeftButton);
        QCOMPARE(print.count(), 2);
        QCOMPARE(print.first().first().toDate(), QDate(2024, 3, 25));
        QTRY_COMPARE(failed.count(), 2);
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("2024-03-25")));
        dialog->reject();
    }
};

QTEST_MAIN(TestShiftGui)
#include "tst_shiftgui.moc"
