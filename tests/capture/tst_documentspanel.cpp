// The account file's documents panel end to end with a real store: open the capture screen
// (a recorded video as the camera), the ID card's two sides taken automatically, saved as one
// encrypted document, listed, viewed (audited), exported to PDF by a supervisor and refused
// to a clerk; and reached from the counter's account page.

#include "auditlog.h"
#include "cameras.h"
#include "capturedialog.h"
#include "capturepreview.h"
#include "capturewidget.h"
#include "counter/accountpage.h"
#include "documentfixture.h"
#include "documentspanel.h"
#include "documentstore.h"
#include "operators.h"
#include "store.h"
#include "syntheticscene.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/videoio.hpp>

using namespace hd;
using namespace hd::testing;

class TestDocumentsPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void captureBothSides_saved_listedViewedAndExportedBySupervisorOnly();
    void closeWithUnsavedPictures_asksFirst();
    void accountPage_documentsTabShowsThePanelForTheAccount();
    void noCamera_toldItOpensOncePluggedIn();

private:
    QString writeVideo();
    DocumentFixture m_f;
};

void TestDocumentsPanel::init()
{
    QApplication::setOrganizationName(QStringLiteral("HallDeskTest"));
    const QString error = m_f.setUp();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDocumentsPanel::cleanup()
{
    m_f.tearDown();
}

// The card's front laid down and held, taken away, the back laid down and held.
QString TestDocumentsPanel::writeVideo()
{
    const QString path = m_f.dir->filePath(QStringLiteral("camera.avi"));
    const cv::Size size(1280, 720);
    const cv::Mat desk = capture::renderBackground(capture::SceneBackground::Counter, size, 41);
    cv::Size2d model;
    const cv::Mat front =
        capture::renderDocumentTemplate(capture::SceneDocument::IdCard, 41, &model, 1);
    const cv::Mat back =
        capture::renderDocumentTemplate(capture::SceneDocument::IdCard, 42, &model, 2);
    const capture::Quad rest{cv::Point2d(410, 190), cv::Point2d(870, 205), cv::Point2d(862, 495),
                             cv::Point2d(400, 482)};
    cv::VideoWriter writer(path.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 10,
                           size);
    for (const cv::Mat *card : {&front, &back}) {
        for (int i = 0; i < 30; ++i) {
            capture::Quad q = rest;
            for (cv::Point2d &p : q)
                p.x -= i < 10 ? 90.0 * (10 - i) : 0.0;
            cv::Mat frame = desk.clone();
            capture::placeDocument(frame, *card, q);
            writer.write(frame);
        }
        for (int i = 0; i < 12; ++i)
            writer.write(desk);
    }
    return path;
}

void TestDocumentsPanel::captureBothSides_saved_listedViewedAndExportedBySupervisorOnly()
{
    const QString video = writeVideo();
    ui::DocumentsPanel panel(*m_f.store);
    panel.setOperator(m_f.clerk);
    panel.setSourceOpener([&](ui::CaptureWidget &w) {
        w.setFrameInterval(150);
        w.setLockstep(true); // every frame analysed: the holds last as long on a loaded machine
        return w.openVideoFile(video);
    });
    panel.setAccount(m_f.account, QStringLiteral("户号 4401000001　张三"));
    panel.resize(900, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    QCOMPARE(panel.table()->rowCount(), 0);

    // F3 opens the capture screen on the account (F6 is the window's 开班).
    QTest::keyClick(&panel, Qt::Key_F3);
    auto *dialog = panel.findChild<ui::CaptureDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QSignalSpy finished(dialog->captureWidget(), &ui::CaptureWidget::sourceFinished);
    if (const QString shots = qEnvironmentVariable("HALLDESK_SCREENSHOT_DIR"); !shots.isEmpty()) {
        // The screen mid-way: the front taken (its thumbnail, ticked), the back held still
        // under the camera with its outline and the hold ring.
        ui::CaptureWidget *w = dialog->captureWidget();
        QTRY_VERIFY_WITH_TIMEOUT(
            w->captured().size() == 1 && w->preview()->analysis().holdProgress > 0.3, 60000);
        QVERIFY(dialog->grab().save(shots + QStringLiteral("/capture.png")));
    }
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 60000);
    QCOMPARE(dialog->captureWidget()->captured().size(), 2);

    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!dialog->isVisible());
    QTRY_COMPARE(panel.table()->rowCount(), 1);
    QCOMPARE(panel.table()->item(0, 0)->text(), QStringLiteral("居民身份证"));
    QCOMPARE(panel.table()->item(0, 2)->text(), QStringLiteral("2"));
    QCOMPARE(panel.table()->item(0, 3)->text(), QStringLiteral("clerk1"));

    // Stored encrypted, with its hash, size and the figures of both pages.
    DocumentStore docs(*m_f.store);
    const auto records = docs.forAccount(m_f.account);
    QVERIFY(records && records->size() == 1);
    const DocumentRecord &rec = records->front();
    QCOMPARE(rec.type, QStringLiteral("id-card"));
    QCOMPARE(rec.sha256.size(), 64);
    QVERIFY(rec.sizeBytes > 20000);
    QCOMPARE(rec.quality.value(QStringLiteral("pages")).toArray().size(), 2);
    QSqlQuery q(m_f.store->db());
    QVERIFY(q.exec(QStringLiteral("SELECT image_cipher FROM documents")) && q.next());
    const QByteArray cipher = q.value(0).toByteArray();

    // Viewing shows both pages, and is audited.
    panel.table()->selectRow(0);
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("viewDocumentButton")),
                      Qt::LeftButton);
    auto *viewer = panel.findChild<QDialog *>(QStringLiteral("documentViewer"));
    QVERIFY(viewer);
    QCOMPARE(viewer->findChildren<QLabel *>(QStringLiteral("documentPage")).size(), 2);
    viewer->close();
    QVERIFY(
        q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'document.view'")) &&
        q.next());
    QCOMPARE(q.value(0).toInt(), 1);

    // What is stored is not the pictures: no 64-byte run of either page's JPEG is in it (a
    // 3-byte JPEG marker turns up by chance in a few per cent of megabyte-long ciphertexts).
    const auto pages = docs.pages(rec.uuid, m_f.clerk);
    QVERIFY(pages && pages->size() == 2);
    for (const QByteArray &page : *pages) {
        QVERIFY(page.startsWith(QByteArray("\xff\xd8\xff", 3)));
        for (qsizetype at = 0; at + 64 <= page.size(); at += page.size() / 16)
            QVERIFY(!cipher.contains(page.mid(at, 64)));
    }

    // A clerk may not export: the button is off and the action refused, nothing written.
    const QString pdf = m_f.dir->filePath(QStringLiteral("out.pdf"));
    panel.setPdfPathChooser([&](const QString &) { return pdf; });
    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("exportDocumentButton"))->isEnabled());
    QVERIFY(!panel.exportSelected());
    QVERIFY(!QFile::exists(pdf));

    // A supervisor may: the PDF is written and the export audited.
    panel.setOperator(m_f.supervisor);
    auto *exportButton = panel.findChild<QPushButton *>(QStringLiteral("exportDocumentButton"));
    QVERIFY(exportButton->isEnabled());
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(QFile::exists(pdf));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    QVERIFY(
        q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'document.export'")) &&
        q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestDocumentsPanel::closeWithUnsavedPictures_asksFirst()
{
    const QString video = writeVideo();
    ui::DocumentsPanel panel(*m_f.store);
    panel.setOperator(m_f.clerk);
    panel.setSourceOpener([&](ui::CaptureWidget &w) {
        w.setFrameInterval(150);
        w.setLockstep(true); // every frame analysed: the holds last as long on a loaded machine
        return w.openVideoFile(video);
    });
    panel.setAccount(m_f.account, QStringLiteral("张三"));
    panel.show();
    ui::CaptureDialog *dialog = panel.openCapture();
    QVERIFY(dialog);
    QStringList asked;
    bool answer = false;
    dialog->setConfirm([&](const QString &question) {
        asked << question;
        return answer;
    });
    QTRY_VERIFY_WITH_TIMEOUT(dialog->captureWidget()->captured().size() >= 1, 60000);
    // Only the front: saving is refused with what is missing.
    dialog->captureWidget()->stop();
    QVERIFY(!dialog->save());
    QCOMPARE(DocumentStore(*m_f.store).forAccount(m_f.account)->size(), size_t(0));
    dialog->reject(); // "no": stays open
    QCOMPARE(asked.size(), 1);
    QVERIFY(dialog->isVisible());
    answer = true;
    dialog->reject();
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(DocumentStore(*m_f.store).forAccount(m_f.account)->size(), size_t(0));
}

void TestDocumentsPanel::accountPage_documentsTabShowsThePanelForTheAccount()
{
    AccountPage page(*m_f.store);
    auto *panel = new ui::DocumentsPanel(*m_f.store);
    panel->setOperator(m_f.clerk);
    page.setDocumentsPanel(panel);
    connect(&page, &AccountPage::accountShown, panel, &ui::DocumentsPanel::setAccount);
    QVERIFY(page.showAccount(m_f.account));
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("accountTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->widget(3), panel);
    QCOMPARE(page.findChildren<ui::DocumentsPanel *>().size(), 1);
    // The panel works on the account shown: its capture button is live.
    QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("captureDocumentsButton"))->isEnabled());
}

// The capture screen opened with no document camera plugged in (this machine has none): the
// clerk is told to plug it in (it is then opened by itself) or to pick a file.
void TestDocumentsPanel::noCamera_toldItOpensOncePluggedIn()
{
    if (!capture::listCameras().isEmpty())
        QSKIP("this machine has a camera");
    ui::DocumentsPanel panel(*m_f.store);
    panel.setOperator(m_f.clerk);
    panel.setAccount(m_f.account, QStringLiteral("张三"));
    ui::CaptureDialog *dialog = panel.openCapture();
    QVERIFY(dialog);
    const QString said = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
    QVERIFY2(said.contains(QStringLiteral("没有找到摄像头")) &&
                 said.contains(QStringLiteral("接好后会自动打开")),
             qPrintable(said));
    QCOMPARE(dialog->captureWidget()->framesShown(), 0);
    dialog->reject();
}

QTEST_MAIN(TestDocumentsPanel)
#include "tst_documentspanel.moc"
