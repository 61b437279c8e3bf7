#pragma once

// Shared by the counter's GUI tests: a seeded store (tests/support/paymentfixture.h), the real
// MainWindow with a fixed clock and the sandbox acquirer, message boxes answered through the
// hd::MessageBox seam, and screenshots when HALLDESK_SCREENSHOT_DIR is set.

#include "../support/paymentfixture.h"
#include "accounttablemodels.h"
#include "counter/accountpage.h"
#include "counter/countersession.h"
#include "counter/mainwindow.h"
#include "counter/paymentpage.h"
#include "counter/searchpage.h"
#include "quotelinemodel.h"
#include "sandboxacquirer.h"
#include "uisetup.h"
#include "widgets/messagebox.h"
#include "widgets/receiptprintcontroller.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

namespace hd::testing {

inline QString mainWindowScreenshotDir()
{
    return qEnvironmentVariable("HALLDESK_SCREENSHOT_DIR");
}

// Saves the widget's window (or the widget itself, for a dialog) as a PNG when screenshots
// are asked for.
inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = mainWindowScreenshotDir();
    if (dir.isEmpty())
        return true;
    QDir().mkpath(dir);
    QTest::qWait(200);
    return widget->window()->grab().save(dir + QLatin1Char('/') + name);
}

template <typename T> T *child(QObject *root, const char *name)
{
    T *w = root->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("widget %s not found", name);
    return w;
}

inline Money yuan(const char *text)
{
    return Money::parse(QString::fromLatin1(text)).value();
}

inline void setUpCounterApplication()
{
    QApplication::setOrganizationName(QStringLiteral("HallDeskTest"));
    setUpApplication(*qApp, qEnvironmentVariable("HALLDESK_LANG") == QLatin1String("en")
                                ? QStringLiteral("en")
                                : QStringLiteral("zh_CN"));
    MessageBox::setTestMode(true);
}

// One counter: a fresh seeded store, the window logged in as clerk1, a clock the test moves.
struct Counter
{
    std::unique_ptr<Store> store;
    SandboxAcquirer acquirer;
    QDateTime now{QDate(2024, 3, 25), QTime(10, 0), QTimeZone::utc()};
    std::unique_ptr<MainWindow> window;

    bool start(const QString &path)
    {
        MessageBox::clearShown();
        store = seededStore(path);
        if (!store)
            return false;
        auto op = OperatorDirectory(*store).find(kClerk);
        if (!op)
            return false;
        window = std::make_unique<MainWindow>(*store, op.value());
        window->setAcquirer(&acquirer);
        window->setClock([this] { return now; });
        // Receipts and reports are printed by tst_printinggui; here a print must neither
        // open a preview nor a message the test does not expect.
        window->printing()->setPreviewReports(false);
        window->printing()->setShowMessages(false);
        window->resize(1440, 900);
        window->show();
        window->activateWindow();
        return QTest::qWaitForWindowActive(window.get());
    }

    void stop()
    {
        window.reset();
        store.reset();
    }

    ShiftLedger shifts()
    {
        ShiftLedger ledger(*store);
        ledger.setClock([this] { return now; });
        return ledger;
    }

    // Opens a shift for clerk1 with 260.00 (2×100, 5×10, 10×1) without the window.
    bool openShift()
    {
        const bool ok = shifts().open(kClerk, CashCount::parse(u"100=2,10=5,1=10").value()).ok();
        emit window->session()->shiftChanged();
        return ok;
    }

    qint64 count(const QString &sql, const QVariantList &binds = {})
    {
        return scalar(*store, sql, binds).toLongLong();
    }

    // Search → Enter opens the file → F5 opens the payment screen, as a clerk does it.
    bool openPaymentFor(const QString &accountNo)
    {
        auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        window->showSearch();
        search->clear();
        QTest::keyClicks(search, accountNo);
        QTest::keyClick(search, Qt::Key_Return);
        if (!QTest::qWaitFor([&] { return window->accountPage()->isVisible(); }))
            return false;
        if (window->accountPage()->account().accountNo != accountNo)
            return false;
        QTest::keyClick(window->accountPage(), Qt::Key_F5);
        return QTest::qWaitFor([&] { return window->paymentPage()->isVisible(); });
    }

    // Search → Enter opens the account's file.
    bool openAccountFile(const QString &accountNo)
    {
        auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        window->showSearch();
        search->clear();
        QTest::keyClicks(search, accountNo);
        QTest::keyClick(search, Qt::Key_Return);
        return QTest::qWaitFor([&] {
            return window->accountPage()->isVisible() &&
                   window->accountPage()->account().accountNo == accountNo;
        });
    }

    // A payment taken through the session's service (the window's own), for tests whose
    // subject is what comes after it.
    Result<PaymentOutcome> pay(const QString &accountNo, const char *amount,
                               PaymentMethod method = PaymentMethod::Cash,
                               const QString &operatorLogin = kClerk)
    {
        PaymentRequest r;
        r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.accountNo = accountNo;
        r.amount = yuan(amount);
        Tender t;
        t.method = method;
        t.amount = r.amount;
        if (method == PaymentMethod::Card) {
            t.cardRef = QStringLiteral("240325000001");
            t.cardLast4 = QStringLiteral("4321");
        }
        if (method == PaymentMethod::Qr) // the sandbox times out on a code ending in 4
            t.qrCode = QStringLiteral("281234567890123454");
        r.tenders = {t};
        r.operatorLogin = operatorLogin;
        auto outcome = window->session()->payments().pay(r);
        emit window->session()->paymentsChanged();
        return outcome;
    }

    PaymentPage *page() const { return window->paymentPage(); }
    template <typename T> T *pageChild(const char *name) const { return child<T>(page(), name); }

    void type(const char *editName, const QString &text)
    {
        auto *edit = pageChild<QLineEdit>(editName);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
};

} // namespace hd::testing
