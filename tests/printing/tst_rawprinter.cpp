#include "../support/printeremulator.h"
#include "../support/receiptfixture.h"
#include "documentbuilder.h"
#include "escposencoder.h"
#include "printdispatcher.h"
#include "printsender.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace hd;
using namespace hd::testing;

namespace {
// Runs the blocking sender on a worker thread while this thread's event loop plays printer.
Status sendInBackground(const QByteArray &bytes, quint16 port, bool queryStatus, qint64 *elapsed)
{
    Status result;
    bool done = false;
    QElapsedTimer timer;
    timer.start();
    QThread *worker = QThread::create([&] {
        result = PrintSender::sendTcp(bytes, QStringLiteral("127.0.0.1"), port, queryStatus,
                                      QDeadlineTimer(PrintSender::kDeadlineMs));
        done = true;
    });
    worker->start();
    while (!worker->wait(10))
        QCoreApplication::processEvents();
    delete worker;
    QCoreApplication::processEvents();
    if (elapsed)
        *elapsed = timer.elapsed();
    Q_UNUSED(done);
    return result;
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort(); // closed again when probe goes
}
} // namespace

// ESC/POS over a raw TCP socket (port 9100 style) and to a device file, with the failures a
// hall meets: refused, hanging, out of paper, offline. Each is reported within 5 seconds.
class TestRawPrinter : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    TerminalKey m_key;
    QString m_receipt;
    PrintDocument m_document;
    QByteArray m_bytes;

private slots:
    void initTestCase()
    {
        qputenv("HALLDESK_NO_KEYCHAIN", "1");
        m_store = seededStore(m_dir.filePath(QStringLiteral("raw.sqlite")));
        QVERIFY(m_store);
        m_key = TerminalKey::loadOrCreate(*m_store).value();
        m_receipt =
            payIn(*m_store, QStringLiteral("1000000001"), 40000, PaymentMethod::Cash, 50000);
        QVERIFY(!m_receipt.isEmpty());
        m_document = DocumentBuilder(*m_store, &m_key).receipt(m_receipt, {}).value();
        m_bytes = EscPosEncoder::encode(m_document);
    }

    void receipt_arrivesAsThePrinterReadsIt()
    {
        PrinterEmulator printer;
        QVERIFY(printer.listen());
        const Status s = sendInBackground(m_bytes, printer.port(), true, nullptr);
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QTRY_VERIFY(printer.closed);
        QCOMPARE(printer.statusQueries, 2);
        QCOMPARE(printer.received, m_bytes);
        const EscPosPrintout p = decodeEscPos(printer.received);
        const QString text = p.lines.join(QLatin1Char('\n'));
        QVERIFY(text.contains(QStringLiteral("电费收据")));
        QVERIFY(text.contains(QStringLiteral("户名：张三")));
        QVERIFY(text.contains(QStringLiteral("人民币大写：肆佰元整")));
        QVERIFY(text.contains(m_receipt));
        QCOMPARE(p.qrPayloads, QStringList{m_document.qrPayload()});
        QVERIFY(p.firstQrAt > p.lastInitAt);
        QVERIFY(p.cut && p.cutIsLast);
        QVERIFY(p.drawerKick); // cash
    }

    void refused_reportedWithWhatToDo()
    {
        qint64 elapsed = 0;
        const Status s = sendInBackground(m_bytes, closedPort(), true, &elapsed);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("print.refused"));
        QVERIFY(s.error().message.contains(QStringLiteral("拒绝连接")));
        QVERIFY(s.error().message.contains(QStringLiteral("Ctrl+P")));
        QVERIFY(elapsed < 5000);
    }

    void hangingPrinter_reportedWithinFiveSeconds()
    {
        PrinterEmulator printer;
        printer.silent = true;
        QVERIFY(printer.listen());
        qint64 elapsed = 0;
        const Status s = sendInBackground(m_bytes, printer.port(), true, &elapsed);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("print.no-answer"));
        QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
        QVERIFY(printer.received.isEmpty());
    }

    void stalledPrinter_reportedWithinFiveSeconds()
    {
        // A listener that never accepts nor reads: the kernel takes the connection and
        // buffers what it can, then the sender waits. Status queries off, so only the
        // deadline can save the clerk.
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr), 0);
        QCOMPARE(::listen(fd, 1), 0);
        socklen_t length = sizeof addr;
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &length);
        const quint16 port = ntohs(addr.sin_port);
        const QByteArray huge(64 * 1024 * 1024, 'x'); // more than any socket buffer holds
        qint64 elapsed = 0;
        const Status s = sendInBackground(huge, port, false, &elapsed);
        ::close(fd);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("print.stalled"));
        QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
    }

    void printerStatus_reportedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<int>("printerStatus");
        QTest::addColumn<int>("paperStatus");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("paper out")
            << 0x1a << 0x72 << QStringLiteral("print.paper-out") << QStringLiteral("缺纸");
        QTest::newRow("cover open, offline")
            << 0x1a << 0x12 << QStringLiteral("print.offline") << QStringLiteral("脱机");
        QTest::newRow("not an ESC/POS answer")
            << 0x00 << 0xff << QStringLiteral("print.status") << QStringLiteral("无法识别");
    }
    void printerStatus_reportedBeforeAnythingIsSent()
    {
        QFETCH(int, printerStatus);
        QFETCH(int, paperStatus);
        QFETCH(QString, code);
        QFETCH(QString, words);
        PrinterEmulator printer;
        printer.printerStatus = quint8(printerStatus);
        printer.paperStatus = quint8(paperStatus);
        QVERIFY(printer.listen());
        const Status s = sendInBackground(m_bytes, printer.port(), true, nullptr);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, code);
        QVERIFY(s.error().message.contains(words));
        QTest::qWait(50);
        QVERIFY(printer.received.isEmpty()); // no half receipt
    }

    void dispatcher_neverBlocksAndReportsWithinFiveSeconds()
    {
        PrinterEmulator printer;
        printer.silent = true;
        QVERIFY(printer.listen());
        PrintDispatcher dispatcher;
        QSignalSpy finished(&dispatcher, &PrintDispatcher::finished);
        auto config = PrinterConfig::parse(
            QStringLiteral("escpos-tcp://127.0.0.1:%1?paper=58").arg(printer.port()));
        QVERIFY(config.ok());
        QElapsedTimer timer;
        timer.start();
        const int job = dispatcher.submit(m_document, config.value());
        QVERIFY(timer.elapsed() < 100); // the GUI thread is back at once
        QVERIFY(finished.wait(PrintDispatcher::kReportMs + 1000));
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(finished.first().at(0).toInt(), job);
        QCOMPARE(finished.first().at(1).value<Status>().error().code,
                 QStringLiteral("print.no-answer"));
        dispatcher.waitForDone();
        QCOMPARE(finished.size(), 1); // reported once
    }

    void deviceFile_receivesTheBytes()
    {
        const QString device = m_dir.filePath(QStringLiteral("lp0"));
        QFile f(device);
        QVERIFY(f.open(QIODevice::WriteOnly)); // the device node exists before printing
        f.close();
        const Status s = PrintSender::sendDevice(m_bytes, device, false,
                                                 QDeadlineTimer(PrintSender::kDeadlineMs));
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), m_bytes);
    }

    void missingDevice_reported()
    {
        const Status s = PrintSender::sendDevice(m_bytes, m_dir.filePath(QStringLiteral("usb/lp9")),
                                                 false, QDeadlineTimer(PrintSender::kDeadlineMs));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("print.no-device"));
        QVERIFY(s.error().message.contains(QStringLiteral("USB")));
    }

    void printerConfig_roundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("network") << QStringLiteral(
            "escpos-tcp://192.168.1.50:9100?paper=80&status=1");
        QTest::newRow("usb") << QStringLiteral("escpos-device:///dev/usb/lp0?paper=58&status=0");
        QTest::newRow("cups keeps case") << QStringLiteral("cups://HP_LaserJet_M1136?paper=a4");
        QTest::newRow("pdf") << QStringLiteral("pdf:///srv/receipts?paper=80");
    }
    void printerConfig_roundTrips()
    {
        QFETCH(QString, text);
        auto c = PrinterConfig::parse(text);
        QVERIFY2(c.ok(), qPrintable(c.error().message));
        QCOMPARE(c->toString(), text);
    }
    void printerConfig_badInputRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("unknown kind") << QStringLiteral("lpt://1");
        QTest::newRow("thermal on A4") << QStringLiteral("escpos-tcp://10.0.0.1:9100?paper=a4");
        QTest::newRow("no host") << QStringLiteral("escpos-tcp://:9100");
        QTest::newRow("bad paper") << QStringLiteral("cups://x?paper=76");
    }
    void printerConfig_badInputRefused()
    {
        QFETCH(QString, text);
        QVERIFY(!PrinterConfig::parse(text).ok());
    }
};

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    TestRawPrinter test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_rawprinter.moc"
