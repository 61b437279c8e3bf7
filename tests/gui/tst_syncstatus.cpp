// The counter's sync status piece and the supervisor's list of refused operations.

#include "counter/mainwindow.h"
#include "counter/paymentpage.h"
#include "paymentfixture.h"
#include "sync/rejectedopsdialog.h"
#include "sync/syncstatuswidget.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace hd;
using namespace hd::testing;

class TestSyncStatus final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offline_showsQueueAgeAndQuoteNote()
    {
        SyncStatusWidget w(false);
        QSignalSpy note(&w, &SyncStatusWidget::quoteNoteChanged);
        sync::SyncStatus s;
        s.pending = 7;
        s.dataAsOf = QDateTime(QDate(2026, 3, 2), QTime(10, 42)).toUTC();
        w.setStatus(s, true);
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("syncLinkLabel"))->text(),
                 QStringLiteral("● 中心在线"));
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("syncPendingLabel"))->text(),
                 QStringLiteral("待上传 7"));
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("syncAgeLabel"))->text(),
                 QStringLiteral("数据截至 10:42"));
        QVERIFY(w.quoteNote().isEmpty());
        QCOMPARE(note.count(), 1); // from "never synced" to online: no note any more
        QVERIFY(note.takeFirst().first().toString().isEmpty());
        w.setStatus(s, false);
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("syncLinkLabel"))->text(),
                 QStringLiteral("● 离线"));
        QCOMPARE(note.count(), 1);
        QVERIFY(note.last().first().toString().contains(QStringLiteral("03-02 10:42")));
        QVERIFY(w.quoteNote().contains(QStringLiteral("违约金")));
        w.setStatus(s, false); // no change, no signal
        QCOMPARE(note.count(), 1);
    }

    void rejectedButton_onlyForSupervisors_andListsTheReason()
    {
        QTemporaryDir dir;
        auto store = seededStore(dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(store);
        QVERIFY(exec(
            *store,
            QStringLiteral("INSERT INTO outbox (op_uuid, kind, schema_version, payload, "
                           "created_at, state, reason, last_error) VALUES ('u1', 'payment', 1, "
                           "'{\"account_no\":\"1999999999\",\"receipt_no\":\"4401-03-00000009\"}', "
                           "'2026-03-02T02:00:00.000Z', 'rejected', 'account.unknown', '户号 "
                           "1999999999 在中心不存在')")));
        const sync::SyncStatus s = sync::SyncEngine::status(*store);
        QCOMPARE(s.rejected, 1);
        SyncStatusWidget clerk(false), supervisor(true);
        clerk.setStatus(s, true);
        supervisor.setStatus(s, true);
        QVERIFY(clerk.findChild<QToolButton *>(QStringLiteral("syncRejectedButton"))->isHidden());
        auto *button = supervisor.findChild<QToolButton *>(QStringLiteral("syncRejectedButton"));
        QVERIFY(!button->isHidden());
        QSignalSpy asked(&supervisor, &SyncStatusWidget::rejectedOpsRequested);
        button->click();
        QCOMPARE(asked.count(), 1);
        RejectedOpsDialog dialog(*store);
        QCOMPARE(dialog.rowCount(), 1);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("rejectedOpsTable"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("1999999999"));
        QVERIFY(table->item(0, 4)->text().contains(QStringLiteral("在中心不存在")));
        if (const QString shots = qEnvironmentVariable("HALLDESK_SCREENSHOT_DIR");
            !shots.isEmpty()) {
            dialog.show();
            supervisor.setStatus(s, false);
            supervisor.resize(420, 28);
            supervisor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(shots + QStringLiteral("/sync-rejected.png"));
            supervisor.grab().save(shots + QStringLiteral("/sync-status.png"));
        }
    }

    void mainWindow_statusBarCarriesTheSyncPiece()
    {
        QTemporaryDir dir;
        auto store = seededStore(dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(store);
        auto op = OperatorDirectory(*store).authenticate(kSupervisor, kSupervisorPassword);
        QVERIFY(op);
        MainWindow window(*store, op.value());
        auto *status = new SyncStatusWidget(true, &window);
        window.setSyncStatus(status);
        sync::SyncStatus s;
        s.pending = 3;
        s.rejected = 1;
        s.dataAsOf = QDateTime::currentDateTimeUtc().addSecs(-3600);
        status->setStatus(s, false);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(status->isVisible());
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("linkLabel"))->isVisible());
        // Offline: the payment screen's quote says how old its bills and late fees are.
        auto *note = window.paymentPage()->findChild<QLabel *>(QStringLiteral("quoteNoteLabel"));
        QVERIFY(note);
        QVERIFY(note->text().contains(QStringLiteral("离线")));
        QVERIFY(note->text().contains(QStringLiteral("违约金")));
        QVERIFY(!note->isHidden());
        status->setStatus(s, true); // the link returns: the note goes
        QVERIFY(note->text().isEmpty());
        QVERIFY(note->isHidden());
        if (const QString shots = qEnvironmentVariable("HALLDESK_SCREENSHOT_DIR"); !shots.isEmpty())
            window.grab().save(shots + QStringLiteral("/sync-offline-window.png"));
    }
};

QTEST_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"
