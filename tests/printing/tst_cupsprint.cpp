#include "../support/receiptfixture.h"
#include "documentbuilder.h"
#include "printdispatcher.h"
#include "printsender.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

using namespace hd;
using namespace hd::testing;

namespace {
quint16 g_port = 0;

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name),
                                          {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                           QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
}
} // namespace

// Printing through a real, private CUPS scheduler: started by the test in a temporary folder
// on 127.0.0.1, with a raw queue that writes each job to a file. QPrinter prints to it; the
// file must be the PDF of the right page size. A stopped or rejecting queue is reported.
class TestCupsPrint : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcess m_cupsd;
    std::unique_ptr<Store> m_store;
    TerminalKey m_key;
    QString m_receipt;
    QString m_output;

    QString server() const { return QStringLiteral("127.0.0.1:%1").arg(g_port); }
    int admin(const char *name, const QStringList &args)
    {
        QProcess p;
        p.start(tool(name), QStringList{QStringLiteral("-h"), server()} + args);
        if (!p.waitForFinished(15000))
            return -1;
        if (p.exitCode() != 0)
            qWarning("%s: %s", name, p.readAllStandardError().constData());
        return p.exitCode();
    }
    bool writeFile(const QString &name, const QString &text)
    {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) > 0;
    }
    // Whether the queue wrote a whole PDF within 15 seconds (the scheduler works on its own).
    bool waitForOutput()
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 15000) {
            QFile f(m_output);
            if (f.open(QIODevice::ReadOnly)) {
                const QByteArray bytes = f.readAll();
                if (bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF"))
                    return true;
            }
            QTest::qWait(100);
        }
        return false;
    }
    QSizeF pageSizePt(const QString &pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdfinfo"), {pdf});
        p.waitForFinished(15000);
        const auto m = QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"))
                           .match(QString::fromUtf8(p.readAllStandardOutput()));
        return m.hasMatch() ? QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()) : QSizeF();
    }
    PrinterConfig queue(const char *paper)
    {
        return PrinterConfig::parse(QStringLiteral("cups://hdtest?paper=") + QLatin1String(paper))
            .value();
    }

private slots:
    void initTestCase()
    {
        if (tool("cupsd").isEmpty())
            QSKIP("cupsd is not installed (Debian package cups)");
        qputenv("HALLDESK_NO_KEYCHAIN", "1");
        QVERIFY(m_dir.isValid());
        for (const char *sub : {"state", "cache", "spool", "tmp", "log", "out", "root"})
            QVERIFY(QDir(m_dir.path()).mkpath(QString::fromLatin1(sub)));
        // As root, cupsd runs its jobs as an unprivileged user (it refuses root), which must be
        // able to reach the folders and write the output.
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ReadOther | QFile::ExeOther |
                                                QFile::ReadGroup | QFile::ExeGroup);
        for (const char *open : {"out", "spool", "tmp"})
            QFile::setPermissions(m_dir.filePath(QString::fromLatin1(open)),
                                  QFile::Permissions(0x7777));
        QString user, group;
        if (::geteuid() == 0) {
            user = ::getpwnam("lp") ? QStringLiteral("lp") : QStringLiteral("nobody");
            group = ::getgrnam("lp") ? QStringLiteral("lp") : QStringLiteral("nogroup");
        } else {
            user = QString::fromLocal8Bit(::getpwuid(::geteuid())->pw_name);
            group = QString::fromLocal8Bit(::getgrgid(::getegid())->gr_name);
        }
        const QString d = m_dir.path();
        QVERIFY(writeFile(
            QStringLiteral("cups-files.conf"),
            QStringLiteral("ServerRoot %1/root\nStateDir %1/state\nCacheDir %1/cache\n"
                           "RequestRoot %1/spool\nTempDir %1/tmp\nAccessLog %1/log/access_log\n"
                           "ErrorLog %1/log/error_log\nPageLog %1/log/page_log\n"
                           "FileDevice Yes\nUser %2\nGroup %3\nSystemGroup %4\n")
                .arg(d, user, group, ::geteuid() == 0 ? QStringLiteral("root") : group)));
        QVERIFY(writeFile(QStringLiteral("cupsd.conf"),
                          QStringLiteral("Listen 127.0.0.1:%1\nLogLevel info\nWebInterface No\n"
                                         "Browsing No\nDefaultAuthType None\n"
                                         "<Location />\n  Order allow,deny\n  Allow all\n"
                                         "</Location>\n<Policy default>\n  <Limit All>\n"
                                         "    Order deny,allow\n    Allow all\n  </Limit>\n"
                                         "</Policy>\n")
                              .arg(g_port)));
        m_cupsd.setProcessChannelMode(QProcess::MergedChannels);
        m_cupsd.start(tool("cupsd"),
                      {QStringLiteral("-f"), QStringLiteral("-c"),
                       m_dir.filePath(QStringLiteral("cupsd.conf")), QStringLiteral("-s"),
                       m_dir.filePath(QStringLiteral("cups-files.conf"))});
        QVERIFY(m_cupsd.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QTcpSocket s;
                s.connectToHost(QStringLiteral("127.0.0.1"), g_port);
                return s.waitForConnected(200);
            }(),
            10000);
        m_output = m_dir.filePath(QStringLiteral("out/job.pdf"));
        // A queue whose driver hands the PDF through unchanged (a raw queue would run no filter
        // at all, and CUPS then writes nothing to a file: device).
        QCOMPARE(
            admin("lpadmin",
                  {QStringLiteral("-p"), QStringLiteral("hdtest"), QStringLiteral("-E"),
                   QStringLiteral("-v"), QStringLiteral("file://") + m_output, QStringLiteral("-P"),
                   QStringLiteral(HALLDESK_SOURCE_DIR "/tests/data/printing/passthrough.ppd")}),
            0);

        m_store = seededStore(m_dir.filePath(QStringLiteral("cups.sqlite")));
        QVERIFY(m_store);
        m_key = TerminalKey::loadOrCreate(*m_store).value();
        m_receipt =
            payIn(*m_store, QStringLiteral("1000000001"), 40000, PaymentMethod::Cash, 50000);
        QVERIFY(!m_receipt.isEmpty());
    }
    void cleanupTestCase()
    {
        if (m_cupsd.state() != QProcess::NotRunning) {
            m_cupsd.terminate();
            if (!m_cupsd.waitForFinished(10000))
                m_cupsd.kill();
        }
    }
    void init()
    {
        // CUPS 2.4 writes a file: device only when it exists (it opens it O_EXCL, never
        // creating one): an empty file for each job.
        QFile::remove(m_output);
        QFile out(m_output);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.setPermissions(QFile::Permissions(0x6666));
    }

    void receipt80_printsPdfOfRollSize()
    {
        const PrintDocument d = DocumentBuilder(*m_store, &m_key).receipt(m_receipt, {}).value();
        const Status s = PrintSender::send(d, queue("80"));
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QVERIFY2(waitForOutput(), "the queue wrote no PDF");
        const QSizeF size = pageSizePt(m_output);
        QVERIFY(qAbs(size.width() - 80 / 25.4 * 72) < 1.0);
        const QSizeF expected =
            PageRenderer::pageLayout(d, PaperKind::Roll80).fullRect(QPageLayout::Point).size();
        QVERIFY2(qAbs(size.height() - expected.height()) < 1.0,
                 qPrintable(QStringLiteral("%1 vs %2").arg(size.height()).arg(expected.height())));
    }

    void receipt58_throughDispatcher_printsFromWorkerThread()
    {
        // The counter's path: QPrinter runs on the dispatcher's worker thread.
        PrintDispatcher dispatcher;
        QSignalSpy finished(&dispatcher, &PrintDispatcher::finished);
        dispatcher.submit(DocumentBuilder(*m_store, &m_key).receipt(m_receipt, {}).value(),
                          queue("58"));
        QVERIFY(finished.wait(PrintDispatcher::kReportMs + 500));
        const Status s = finished.first().at(1).value<Status>();
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QVERIFY2(waitForOutput(), "the queue wrote no PDF");
        QVERIFY(qAbs(pageSizePt(m_output).width() - 58 / 25.4 * 72) < 1.0);
    }

    void dayReport_printsA4()
    {
        auto d = DocumentBuilder(*m_store, &m_key)
                     .dayReport(QDateTime::currentDateTimeUtc().toLocalTime().date());
        QVERIFY(d.ok());
        const Status s = PrintSender::send(d.value(), queue("a4"));
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QVERIFY2(waitForOutput(), "the queue wrote no PDF");
        const QSizeF size = pageSizePt(m_output);
        QVERIFY(qAbs(size.width() - 595.3) < 1.0);
        QVERIFY(qAbs(size.height() - 841.9) < 1.0);
    }

    void stoppedQueue_reportedAtOnce()
    {
        QCOMPARE(admin("cupsdisable", {QStringLiteral("hdtest")}), 0);
        QElapsedTimer timer;
        timer.start();
        const PrintDocument d = DocumentBuilder(*m_store, &m_key).receipt(m_receipt, {}).value();
        const Status s = PrintSender::send(d, queue("80"));
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(admin("cupsenable", {QStringLiteral("hdtest")}), 0);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("print.queue-stopped"));
        QVERIFY(s.error().message.contains(QStringLiteral("已停止")));
        QVERIFY(s.error().message.contains(QStringLiteral("重打")));
    }

    void stoppedQueue_reportedByDispatcherWithinFiveSeconds()
    {
        QCOMPARE(admin("cupsdisable", {QStringLiteral("hdtest")}), 0);
        PrintDispatcher dispatcher;
        QSignalSpy finished(&dispatcher, &PrintDispatcher::finished);
        QElapsedTimer timer;
        timer.start();
        const int job = dispatcher.submit(
            DocumentBuilder(*m_store, &m_key).receipt(m_receipt, {}).value(), queue("58"));
        QVERIFY(finished.wait(PrintDispatcher::kReportMs + 500));
        QVERIFY(timer.elapsed() <= PrintDispatcher::kReportMs + 100);
        QCOMPARE(admin("cupsenable", {QStringLiteral("hdtest")}), 0);
        QCOMPARE(finished.first().at(0).toInt(), job);
        const Status s = finished.first().at(1).value<Status>();
        QCOMPARE(s.error().code, QStringLiteral("print.queue-stopped"));
    }

    void rejectingQueue_reported()
    {
        QCOMPARE(admin("cupsreject", {QStringLiteral("hdtest")}), 0);
        const Status s = PrintSender::checkCupsQueue(QStringLiteral("hdtest"));
        QCOMPARE(admin("cupsaccept", {QStringLiteral("hdtest")}), 0);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("print.queue-rejecting"));
    }

    void unknownQueue_reported()
    {
        const Status s = PrintSender::checkCupsQueue(QStringLiteral("no-such-queue"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("print.no-queue"));
    }
};

int main(int argc, char *argv[])
{
    // Every thread's CUPS calls go to the private scheduler: CUPS reads CUPS_SERVER on first
    // use, so it is set before anything prints.
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        g_port = probe.serverPort();
    }
    qputenv("CUPS_SERVER", QByteArray("127.0.0.1:") + QByteArray::number(g_port));
    QGuiApplication app(argc, argv);
    TestCupsPrint test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_cupsprint.moc"
