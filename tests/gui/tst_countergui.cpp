// The counter as a clerk uses it: log in (a wrong password first), find a customer by
// account number and by name, open the account's file with Enter, go back with Esc.

#include "accountrepository.h"
#include "accountsearch.h"
#include "accounttablemodels.h"
#include "counter/accountpage.h"
#include "counter/consumptionchart.h"
#include "counter/logindialog.h"
#include "counter/mainwindow.h"
#include "counter/searchpage.h"
#include "demodata.h"
#include "store.h"
#include "uisetup.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hd;

class TestCounterGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_blockedAccountNo;
    QString m_blockedName;
    const QDate m_asOf{2026, 11, 23};

    void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("HALLDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QTest::qWait(200);
        QVERIFY(widget->window()->grab().save(dir + QLatin1Char('/') + name));
    }

    template <typename T> T *find(QWidget *root, const char *name)
    {
        T *w = root->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("widget %s not found", name);
        return w;
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("HallDeskTest"));
        // HALLDESK_LANG=en shows the English screens (screenshots of the translation).
        setUpApplication(*qApp, qEnvironmentVariable("HALLDESK_LANG") == QLatin1String("en")
                                    ? QStringLiteral("en")
                                    : QStringLiteral("zh_CN"));
        Store::Options o;
        o.mode = Store::OpenMode::CreateIfMissing;
        auto store = Store::open(m_dir.filePath(QStringLiteral("gui.sqlite")), o);
        QVERIFY2(store.ok(), qPrintable(store.error().message));
        m_store = std::move(store).value();
        QVERIFY(m_store
                    ->setIdentity({QStringLiteral("4401"), QStringLiteral("03"),
                                   QStringLiteral("越秀供电营业厅")})
                    .ok());
        DemoDataGenerator::Options g;
        g.accounts = qEnvironmentVariableIntValue("HALLDESK_SCREENSHOT_ACCOUNTS") > 0
                         ? qEnvironmentVariableIntValue("HALLDESK_SCREENSHOT_ACCOUNTS")
                         : 2000;
        g.seed = 42;
        g.asOf = m_asOf;
        const auto summary = DemoDataGenerator::generate(*m_store, g);
        QVERIFY2(summary.ok(), qPrintable(summary.error().message));

        // A residential account that is blocked and has overdue bills: the richest file.
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT a.account_no, a.name FROM accounts a WHERE a.blocked = 1 AND "
            "a.customer_class = 'residential' AND EXISTS (SELECT 1 FROM bills b WHERE "
            "b.account_id = a.id AND b.paid_fen < b.amount_fen AND b.due_date < '2026-11-23') "
            "ORDER BY a.id LIMIT 1")));
        QVERIFY(q.next());
        m_blockedAccountNo = q.value(0).toString();
        m_blockedName = q.value(1).toString();
    }

    void login_wrongPasswordShowsErrorThenRightOneLogsIn()
    {
        LoginDialog dialog(*m_store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *login = find<QLineEdit>(&dialog, "loginEdit");
        auto *password = find<QLineEdit>(&dialog, "passwordEdit");
        auto *error = find<QLabel>(&dialog, "loginError");
        QVERIFY(login && password && error);
        login->setText(QStringLiteral("clerk1"));
        password->setFocus();
        QTest::keyClicks(password, QStringLiteral("wrong-password"));
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(password->text().isEmpty());
        screenshot(&dialog, QStringLiteral("login.png"));

        QTest::keyClicks(password, QStringLiteral("demo123"));
        QTest::mouseClick(find<QPushButton>(&dialog, "loginButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.loggedIn().login, QStringLiteral("clerk1"));
        QCOMPARE(dialog.loggedIn().role, Role::Clerk);
    }

    void search_thenEnterOpensFile_thenEscReturns()
    {
        auto op = OperatorDirectory(*m_store).find(QStringLiteral("clerk1"));
        QVERIFY(op.ok());
        MainWindow window(*m_store, op.value());
        window.accountPage()->setToday(m_asOf);
        window.resize(1440, 900);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *searchEdit = find<QLineEdit>(&window, "searchEdit");
        auto *results = find<QTableView>(&window, "resultsView");
        QVERIFY(searchEdit && results);
        QVERIFY(searchEdit->hasFocus());

        // By name, as a Chinese input method commits it: results appear after the short pause.
        QInputMethodEvent commit;
        commit.setCommitString(m_blockedName);
        QApplication::sendEvent(searchEdit, &commit);
        QTRY_VERIFY(results->model()->rowCount() > 0);
        bool found = false;
        for (int r = 0; r < results->model()->rowCount(); ++r)
            found |= results->model()->index(r, SearchResultModel::AccountNo).data().toString() ==
                     m_blockedAccountNo;
        QVERIFY2(found, "the account is among the results for its name");
        screenshot(&window, QStringLiteral("search.png"));

        // Down moves the selection; Esc clears.
        QTest::keyClick(searchEdit, Qt::Key_Escape);
        QVERIFY(searchEdit->text().isEmpty());
        QCOMPARE(results->model()->rowCount(), 0);

        // By account number: the intended account is first; Enter opens it at once.
        QTest::keyClicks(searchEdit, m_blockedAccountNo);
        QTest::keyClick(searchEdit, Qt::Key_Return);
        auto *accountPage = window.accountPage();
        QTRY_VERIFY(accountPage->isVisible());
        auto *title = find<QLabel>(accountPage, "accountTitle");
        QVERIFY(title->text().contains(m_blockedAccountNo));
        QVERIFY(title->text().contains(m_blockedName));
        auto *blocked = find<QLabel>(accountPage, "blockedLabel");
        QVERIFY(blocked->isVisible());
        QVERIFY(blocked->text().contains(QLatin1Char(':')) ||
                blocked->text().contains(QStringLiteral("：")));
        auto *arrears = find<QLabel>(accountPage, "arrearsLabel");
        QVERIFY(arrears->text().contains(QStringLiteral("¥")));
        auto *bills = find<QTableView>(accountPage, "billsView");
        QVERIFY(bills->model()->rowCount() >= 12);
        QVERIFY(find<ConsumptionChart>(accountPage, "consumptionChart")->periodCount() >= 12);
        // ID numbers are masked on screen.
        QVERIFY(find<QLabel>(accountPage, "idLabel")->text().contains(QStringLiteral("*****")));
        screenshot(&window, QStringLiteral("account.png"));

        QTest::keyClick(accountPage, Qt::Key_Escape);
        QTRY_VERIFY(window.searchPage()->isVisible());
        QVERIFY(searchEdit->hasFocus());
    }

    // Something long pasted into the search (a scanner's stream gone wrong): no hits, told
    // with the text cut short, and the window keeps its size (a label as wide as the text
    // would force the window wider than the screen).
    void search_longPastedText_windowKeepsItsSize()
    {
        auto op = OperatorDirectory(*m_store).find(QStringLiteral("clerk1"));
        QVERIFY(op.ok());
        MainWindow window(*m_store, op.value());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *searchEdit = find<QLineEdit>(&window, "searchEdit");
        auto *summary = find<QLabel>(&window, "searchSummary");
        QVERIFY(searchEdit && summary);
        const QString pasted = QString(3000, QLatin1Char('x'));
        searchEdit->setText(pasted);
        window.searchPage()->runSearchNow();
        QCoreApplication::processEvents();
        QVERIFY2(window.minimumSizeHint().width() <= 1280,
                 qPrintable(QString::number(window.minimumSizeHint().width())));
        QCOMPARE(window.width(), 1280);
        QVERIFY(summary->text().contains(QStringLiteral("没有找到")));
        QVERIFY2(!summary->text().contains(pasted), "the whole text is not echoed");
        QVERIFY(summary->text().contains(QChar(0x2026)));
        screenshot(&window, QStringLiteral("search-long.png"));
    }

    void models_passItemModelTester()
    {
        SearchResultModel results;
        QAbstractItemModelTester t1(&results,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        results.setHits(AccountSearch(*m_store).search(QStringLiteral("张"), 20));
        QVERIFY(results.rowCount() > 0);

        AccountRepository repo(*m_store);
        auto account = repo.byNumber(m_blockedAccountNo);
        QVERIFY(account.ok());
        BillTableModel bills;
        QAbstractItemModelTester t2(&bills, QAbstractItemModelTester::FailureReportingMode::QtTest);
        bills.setBills(repo.bills(account->id), m_asOf);
        bool anyOverdue = false;
        for (int r = 0; r < bills.rowCount(); ++r)
            anyOverdue |= bills.index(r, BillTableModel::State).data(AlertRole).toBool();
        QVERIFY(anyOverdue);

        PaymentHistoryModel payments;
        QAbstractItemModelTester t3(&payments,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        payments.setPayments(repo.payments(account->id));
    }
};

QTEST_MAIN(TestCounterGui)
#include "tst_countergui.moc"
