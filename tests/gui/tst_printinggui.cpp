#include "../support/printeremulator.h"
#include "../support/receiptfixture.h"
#include "accountrepository.h"
#include "appsettings.h"
#include "counter/accountpage.h"
#include "counter/mainwindow.h"
#include "counter/printersettingsdialog.h"
#include "operators.h"
#include "widgets/receiptprintcontroller.h"
#include "widgets/reportpreviewdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace hd;
using namespace hd::testing;

// The clerk's side of printing, through the real windows: choosing printers with a test
// print, reprinting from the payment history with Ctrl+P, a dead printer reported within five
// seconds while the counter goes on, reports through the preview.
class TestPrintingGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_receipt;

    template <typename T> T *find(QWidget *root, const char *name)
    {
        T *w = root->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("widget %s not found", name);
        return w;
    }
    // With HALLDESK_SCREENSHOT_DIR set (scripts/screenshots.sh) the screens are saved as PNG.
    void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("HALLDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QTest::qWait(200);
        QVERIFY(widget->window()->grab().save(dir + QLatin1Char('/') + name));
    }
    static void setReceiptPrinter(const QString &url)
    {
        AppSettings::set(AppSettings::receiptPrinter, url);
    }
    static QString tcp(quint16 port, const char *paper = "80")
    {
        return QStringLiteral("escpos-tcp://127.0.0.1:%1?paper=%2&status=1")
            .arg(port)
            .arg(QLatin1String(paper));
    }
    static quint16 closedPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }
    Operator clerk() { return OperatorDirectory(*m_store).find(kClerk).value(); }

private slots:
    void initTestCase()
    {
        qputenv("HALLDESK_NO_KEYCHAIN", "1");
        QApplication::setOrganizationName(QStringLiteral("HallDeskPrintTest"));
        m_store = seededStore(m_dir.filePath(QStringLiteral("gui.sqlite")));
        QVERIFY(m_store);
        m_receipt =
            payIn(*m_store, QStringLiteral("1000000001"), 40000, PaymentMethod::Cash, 50000);
        QVERIFY(!m_receipt.isEmpty());
    }
    void init()
    {
        AppSettings::set(AppSettings::receiptPrinter, QString());
        AppSettings::set(AppSettings::reportPrinter, QString());
    }

    void printerSettings_savedAndShownAgain()
    {
        ReceiptPrintController printing(*m_store, nullptr);
        {
            PrinterSettingsDialog dialog(&printing);
            dialog.show();
            auto *kind = find<QComboBox>(&dialog, "receiptKind");
            auto *host = find<QLineEdit>(&dialog, "receiptHost");
            auto *port = find<QSpinBox>(&dialog, "receiptPort");
            auto *paper = find<QComboBox>(&dialog, "receiptPaper");
            auto *reportKind = find<QComboBox>(&dialog, "reportKind");
            auto *queue = find<QComboBox>(&dialog, "reportQueue");
            auto *reportPaper = find<QComboBox>(&dialog, "reportPaper");
            QVERIFY(kind && host && port && paper && reportKind && queue && reportPaper);
            kind->setCurrentIndex(kind->findData(int(PrinterConfig::Kind::EscPosNetwork)));
            host->setText(QStringLiteral("192.168.1.50"));
            port->setValue(9101);
            paper->setCurrentIndex(paper->findData(int(PaperKind::Roll58)));
            reportKind->setCurrentIndex(reportKind->findData(int(PrinterConfig::Kind::Cups)));
            queue->setCurrentText(QStringLiteral("Office_A4"));
            reportPaper->setCurrentIndex(reportPaper->findData(int(PaperKind::A4)));
            screenshot(&dialog, QStringLiteral("printer-settings.png"));
            QTest::mouseClick(find<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(AppSettings::get(AppSettings::receiptPrinter),
                 QStringLiteral("escpos-tcp://192.168.1.50:9101?paper=58&status=1"));
        QCOMPARE(AppSettings::get(AppSettings::reportPrinter),
                 QStringLiteral("cups://Office_A4?paper=a4"));
        PrinterSettingsDialog again(&printing);
        QCOMPARE(find<QLineEdit>(&again, "receiptHost")->text(), QStringLiteral("192.168.1.50"));
        QCOMPARE(find<QSpinBox>(&again, "receiptPort")->value(), 9101);
        QCOMPARE(find<QComboBox>(&again, "reportQueue")->currentText(),
                 QStringLiteral("Office_A4"));
        QCOMPARE(printing.receiptPrinter().paper, PaperKind::Roll58);
    }

    void printerSettings_badAddressNotSaved()
    {
        PrinterSettingsDialog dialog(nullptr);
        auto *kind = find<QComboBox>(&dialog, "receiptKind");
        kind->setCurrentIndex(kind->findData(int(PrinterConfig::Kind::EscPosNetwork)));
        find<QLineEdit>(&dialog, "receiptHost")->clear();
        QTest::mouseClick(find<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(find<QLabel>(&dialog, "errorLabel")->text().contains(QStringLiteral("地址")));
        QCOMPARE(AppSettings::get(AppSettings::receiptPrinter), QString());
    }

    void testPrintButton_printsTestPageAndSaysSo()
    {
        PrinterEmulator printer;
        QVERIFY(printer.listen());
        ReceiptPrintController printing(*m_store, nullptr);
        PrinterSettingsDialog dialog(&printing);
        dialog.show();
        auto *kind = find<QComboBox>(&dialog, "receiptKind");
        kind->setCurrentIndex(kind->findData(int(PrinterConfig::Kind::EscPosNetwork)));
        find<QLineEdit>(&dialog, "receiptHost")->setText(QStringLiteral("127.0.0.1"));
        find<QSpinBox>(&dialog, "receiptPort")->setValue(printer.port());
        auto *test = find<QPushButton>(&dialog, "receiptTest");
        auto *result = find<QLabel>(&dialog, "receiptResult");
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(!test->isEnabled()); // one test at a time
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("已发送")), 5000);
        QVERIFY(test->isEnabled());
        QTRY_VERIFY(printer.closed);
        const EscPosPrintout p = decodeEscPos(printer.received);
        QVERIFY(p.lines.join(QLatin1Char('\n')).contains(QStringLiteral("打印测试页")));
        // Testing does not save.
        QCOMPARE(AppSettings::get(AppSettings::receiptPrinter), QString());
    }

    void reprintFromHistory_ctrlP_printsMarkedCopy()
    {
        PrinterEmulator printer;
        QVERIFY(printer.listen());
        setReceiptPrinter(tcp(printer.port()));
        MainWindow window(*m_store, clerk());
        window.printing()->setShowMessages(false);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const qint64 id = AccountRepository(*m_store).byNumber(QStringLiteral("1000000001"))->id;
        window.openAccount(id);
        QTableView *history = window.accountPage()->paymentsView();
        QVERIFY(history->model()->rowCount() >= 1);
        QCOMPARE(window.accountPage()->reprintAction()->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_P));
        QVERIFY(
            window.accountPage()->reprintAction()->toolTip().contains(QStringLiteral("Ctrl+P")));
        // The clerk opens the payment history tab (Alt+2) and picks the payment.
        auto *tabs = window.accountPage()->findChild<QTabWidget *>();
        QVERIFY(tabs);
        tabs->setCurrentWidget(history->parentWidget());
        history->setFocus();
        history->setCurrentIndex(history->model()->index(0, 0));
        const int before = ReceiptPrintLog(*m_store).reprintCount(m_receipt);
        QSignalSpy printed(window.printing(), &ReceiptPrintController::printed);
        QSignalSpy failed(window.printing(), &ReceiptPrintController::printFailed);
        QTest::keyClick(history, Qt::Key_P, Qt::ControlModifier);
        QVERIFY2(printed.wait(5000),
                 failed.isEmpty() ? "no outcome" : qPrintable(failed.first().at(1).toString()));
        QTRY_VERIFY(printer.closed);
        QCOMPARE(ReceiptPrintLog(*m_store).reprintCount(m_receipt), before + 1);
        const EscPosPrintout p = decodeEscPos(printer.received);
        QCOMPARE(p.inverseLines.size(), 1);
        QVERIFY(p.inverseLines.first().contains(
            QStringLiteral("重打 REPRINT 第 %1 次").arg(before + 1)));
        QVERIFY(p.lines.join(QLatin1Char('\n')).contains(QStringLiteral("王芳(clerk1)")));
        QVERIFY(!p.drawerKick); // a copy does not open the drawer
    }

    void deadPrinter_clerkToldWithinFiveSecondsPaymentStays()
    {
        setReceiptPrinter(tcp(closedPort()));
        QWidget window;
        window.show();
        ReceiptPrintController printing(*m_store, &window);
        printing.setOperator(kClerk);
        QSignalSpy failed(&printing, &ReceiptPrintController::printFailed);
        QElapsedTimer timer;
        timer.start();
        printing.printReceipt(m_receipt);
        QVERIFY2(timer.elapsed() < 500, "printReceipt blocked the GUI thread");
        QVERIFY(failed.wait(5000));
        QVERIFY(timer.elapsed() < 5000);
        const QString message = failed.first().at(1).toString();
        QVERIFY(message.contains(QStringLiteral("拒绝连接")));
        QVERIFY(message.contains(QStringLiteral("缴费已入账")));
        QVERIFY(message.contains(QStringLiteral("Ctrl+P")));
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("printFailedMessage"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(!box->isModal());
        QVERIFY(box->informativeText().contains(QStringLiteral("拒绝连接")));
        // The payment is still there and can be reprinted; the failure is in the audit log.
        QVERIFY(ReceiptRecord::load(*m_store, m_receipt).ok());
        QVERIFY(scalar(*m_store, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                                "'receipt.print-failed'"))
                    .toInt() >= 1);
    }

    void noReceiptPrinter_clerkToldWhereToSetIt()
    {
        ReceiptPrintController printing(*m_store, nullptr);
        QSignalSpy failed(&printing, &ReceiptPrintController::printFailed);
        printing.printReceipt(m_receipt);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("设置 → 打印机")));
    }

    void uncommittedPayment_refusedWithReason()
    {
        PrinterEmulator printer;
        QVERIFY(printer.listen());
        setReceiptPrinter(tcp(printer.port()));
        ReceiptPrintController printing(*m_store, nullptr);
        QSignalSpy failed(&printing, &ReceiptPrintController::printFailed);
        printing.printReceipt(QStringLiteral("4401-03-99999999"));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("已入账")));
        QTest::qWait(100);
        QVERIFY(printer.received.isEmpty());
    }

    void dayReport_previewThenPrint()
    {
        QTemporaryDir out;
        AppSettings::set(AppSettings::reportPrinter, QString(QStringLiteral("pdf://") + out.path() +
                                                             QStringLiteral("?paper=a4")));
        QWidget window;
        ReceiptPrintController printing(*m_store, &window);
        printing.setPreviewReports(true);
        QSignalSpy printed(&printing, &ReceiptPrintController::printed);
        bool previewed = false;
        QTimer::singleShot(200, this, [&] {
            auto *dialog = window.findChild<ReportPreviewDialog *>();
            if (!dialog)
                return;
            previewed = dialog->isVisible() && dialog->preview()->pageCount() >= 1;
            screenshot(dialog, QStringLiteral("report-preview.png"));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("printButton")),
                              Qt::LeftButton);
        });
        printing.printDayReport(QDateTime::currentDateTimeUtc().toLocalTime().date());
        QVERIFY(previewed);
        QVERIFY(printed.wait(5000));
        const QStringList files = QDir(out.path()).entryList({QStringLiteral("*.pdf")});
        QCOMPARE(files.size(), 1);
        QVERIFY(files.first().startsWith(QStringLiteral("日结报表")));
    }
};

QTEST_MAIN(TestPrintingGui)
#include "tst_printinggui.moc"
