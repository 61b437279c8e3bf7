#include "printsender.h"

#include "escposencoder.h"
#include "pagerenderer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTcpSocket>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <cups/cups.h>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace hd {

namespace {
Error printError(const QString &code, const QString &message)
{
    return Error{QStringLiteral("print.") + code, message};
}

QString retryHint()
{
    return QCoreApplication::translate(
        "hd::PrintSender",
        "缴费已入账，不受影响；处理好后在缴费记录中选中该笔，按 Ctrl+P 重打收据。");
}

// DLE EOT 1 (printer status) and DLE EOT 4 (paper roll sensor).
const QByteArray kStatusQuery("\x10\x04\x01\x10\x04\x04", 6);
} // namespace

Status PrintSender::interpretStatus(quint8 printerStatus, quint8 paperStatus)
{
    // Every status byte has bits 1 and 4 set and bits 0 and 7 clear.
    if ((printerStatus & 0x93) != 0x12 || (paperStatus & 0x93) != 0x12)
        return printError(
            QStringLiteral("status"),
            tr("打印机回应的状态无法识别，可能不是 ESC/POS 打印机。请检查打印机设置。") +
                retryHint());
    if (paperStatus & 0x60)
        return printError(QStringLiteral("paper-out"),
                          tr("打印机缺纸。请装入新纸卷并合上纸仓盖。") + retryHint());
    if (printerStatus & 0x08)
        return printError(QStringLiteral("offline"),
                          tr("打印机脱机（纸仓盖打开、缺纸或故障）。请检查打印机指示灯。") +
                              retryHint());
    return {};
}

Status PrintSender::send(const PrintDocument &document, const PrinterConfig &printer,
                         QDeadlineTimer deadline)
{
    switch (printer.kind) {
    case PrinterConfig::Kind::None:
        return printError(QStringLiteral("not-configured"),
                          tr("本终端尚未设置打印机。请在“设置 → 打印机”中选择打印机。") +
                              retryHint());
    case PrinterConfig::Kind::EscPosNetwork:
    case PrinterConfig::Kind::EscPosDevice: {
        EscPosEncoder::Options options;
        options.paper = printer.paper == PaperKind::Roll58 ? EscPosEncoder::Paper::Roll58
                                                           : EscPosEncoder::Paper::Roll80;
        return sendEscPos(EscPosEncoder::encode(document, options), printer, deadline);
    }
    case PrinterConfig::Kind::Cups:
        if (Status s = checkCupsQueue(printer.queue); !s)
            return s;
        return printCups(document, printer);
    case PrinterConfig::Kind::PdfFolder:
        return savePdf(document, printer);
    }
    return {};
}

Status PrintSender::sendEscPos(const QByteArray &bytes, const PrinterConfig &printer,
                               QDeadlineTimer deadline)
{
    if (printer.kind == PrinterConfig::Kind::EscPosNetwork)
        return sendTcp(bytes, printer.host, printer.port, printer.queryStatus, deadline);
    return sendDevice(bytes, printer.path, printer.queryStatus, deadline);
}

Status PrintSender::sendTcp(const QByteArray &bytes, const QString &host, quint16 port,
                            bool queryStatus, QDeadlineTimer deadline)
{
    const QString where = QStringLiteral("%1:%2").arg(host).arg(port);
    QTcpSocket socket;
    socket.connectToHost(host, port);
    if (!socket.waitForConnected(int(qMax<qint64>(1, deadline.remainingTime())))) {
        if (socket.error() == QAbstractSocket::ConnectionRefusedError)
            return printError(QStringLiteral("refused"),
                              tr("打印机 %1 拒绝连接：打印机未开机，或地址、端口设置不对。"
                                 "请检查打印机电源和网线。")
                                      .arg(where) +
                                  retryHint());
        if (socket.error() == QAbstractSocket::HostNotFoundError)
            return printError(QStringLiteral("host"),
                              tr("找不到打印机 %1，请检查打印机地址设置。").arg(where) +
                                  retryHint());
        return printError(
            QStringLiteral("unreachable"),
            tr("连接打印机 %1 超时：打印机可能断电或网络不通。请检查打印机电源和网线。")
                    .arg(where) +
                retryHint());
    }
    if (queryStatus) {
        // A printer that accepts the connection but answers nothing is as good as offline:
        // the bytes would sit in its buffer and nothing would come out.
        socket.write(kStatusQuery);
        const QDeadlineTimer statusDeadline(qMin<qint64>(1500, deadline.remainingTime()));
        while (socket.bytesAvailable() < 2 && !statusDeadline.hasExpired()) {
            if (!socket.waitForReadyRead(int(qMax<qint64>(1, statusDeadline.remainingTime()))))
                break;
        }
        if (socket.bytesAvailable() < 2)
            return printError(QStringLiteral("no-answer"),
                              tr("打印机 %1 没有响应状态查询：可能死机或忙。请关闭打印机电源，"
                                 "稍等再打开。")
                                      .arg(where) +
                                  retryHint());
        const QByteArray status = socket.read(2);
        if (Status s = interpretStatus(quint8(status[0]), quint8(status[1])); !s)
            return s;
    }
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = socket.write(bytes.constData() + written, bytes.size() - written);
        if (n < 0)
            break;
        written += n;
    }
    while (socket.bytesToWrite() > 0) {
        if (deadline.hasExpired() ||
            !socket.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime()))))
            return printError(QStringLiteral("stalled"),
                              tr("打印机 %1 不接收数据（可能卡纸、缺纸或缓冲区已满）。"
                                 "请检查打印机。")
                                      .arg(where) +
                                  retryHint());
    }
    if (socket.state() != QAbstractSocket::ConnectedState || written != bytes.size())
        return printError(QStringLiteral("dropped"),
                          tr("与打印机 %1 的连接中断，收据可能没有打完。").arg(where) +
                              retryHint());
    socket.disconnectFromHost();
    if (socket.state() != QAbstractSocket::UnconnectedState)
        socket.waitForDisconnected(int(std::clamp<qint64>(deadline.remainingTime(), 1, 500)));
    return {};
}

Status PrintSender::sendDevice(const QByteArray &bytes, const QString &path, bool queryStatus,
                               QDeadlineTimer deadline)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDWR | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    const int wfd = fd >= 0 ? fd : ::open(native.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (wfd < 0) {
        const int e = errno;
        if (e == ENOENT || e == ENODEV || e == ENXIO)
            return printError(QStringLiteral("no-device"),
                              tr("找不到打印机设备 %1：USB 线未接好或打印机未开机。").arg(path) +
                                  retryHint());
        if (e == EACCES || e == EPERM)
            return printError(
                QStringLiteral("permission"),
                tr("没有权限使用打印机设备 %1，请联系系统管理员（需加入 lp 组）。").arg(path) +
                    retryHint());
        return printError(
            QStringLiteral("device"),
            tr("无法打开打印机设备 %1：%2").arg(path, QString::fromLocal8Bit(std::strerror(e))) +
                retryHint());
    }
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{wfd};
    auto waitFor = [&](short events) {
        pollfd p{wfd, events, 0};
        const int r = ::poll(&p, 1, int(qMax<qint64>(0, deadline.remainingTime())));
        return r > 0 && (p.revents & events);
    };
    if (queryStatus && fd >= 0) {
        if (::write(wfd, kStatusQuery.constData(), size_t(kStatusQuery.size())) !=
            kStatusQuery.size())
            return printError(QStringLiteral("device"),
                              tr("打印机设备 %1 不能写入。").arg(path) + retryHint());
        char status[2];
        qsizetype got = 0;
        const QDeadlineTimer statusDeadline(qMin<qint64>(1500, deadline.remainingTime()));
        while (got < 2 && !statusDeadline.hasExpired()) {
            pollfd p{wfd, POLLIN, 0};
            if (::poll(&p, 1, int(statusDeadline.remainingTime())) <= 0)
                break;
            const ssize_t n = ::read(wfd, status + got, size_t(2 - got));
            if (n <= 0)
                break;
            got += n;
        }
        if (got < 2)
            return printError(QStringLiteral("no-answer"),
                              tr("打印机 %1 没有响应状态查询：可能死机或未开机。").arg(path) +
                                  retryHint());
        if (Status s = interpretStatus(quint8(status[0]), quint8(status[1])); !s)
            return s;
    }
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(wfd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n > 0) {
            written += n;
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) && !deadline.hasExpired() &&
            waitFor(POLLOUT))
            continue;
        if (n < 0 && errno == EINTR)
            continue;
        return printError(
            QStringLiteral("stalled"),
            tr("打印机 %1 不接收数据（可能缺纸、卡纸或已断开）。请检查打印机。").arg(path) +
                retryHint());
    }
    return {};
}

Status PrintSender::checkCupsQueue(const QString &queue)
{
    const QByteArray name = queue.toUtf8();
    cups_dest_t *dest = cupsGetNamedDest(CUPS_HTTP_DEFAULT, name.constData(), nullptr);
    if (!dest) {
        if (cupsLastError() == IPP_STATUS_ERROR_SERVICE_UNAVAILABLE)
            return printError(QStringLiteral("cups-down"),
                              tr("打印服务（CUPS）没有运行。请联系系统管理员启动打印服务。") +
                                  retryHint());
        return printError(
            QStringLiteral("no-queue"),
            tr("找不到打印队列 %1。请在“设置 → 打印机”中重新选择打印机。").arg(queue) +
                retryHint());
    }
    auto option = [&](const char *key) {
        const char *v = cupsGetOption(key, dest->num_options, dest->options);
        return v ? QString::fromUtf8(v) : QString();
    };
    const QString state = option("printer-state");
    const QString reasons = option("printer-state-reasons");
    const QString accepting = option("printer-is-accepting-jobs");
    cupsFreeDests(1, dest);

    if (reasons.contains(QLatin1String("media-empty")) ||
        reasons.contains(QLatin1String("media-needed")))
        return printError(QStringLiteral("paper-out"),
                          tr("打印机 %1 缺纸。请装纸后重打。").arg(queue) + retryHint());
    if (reasons.contains(QLatin1String("offline")))
        return printError(QStringLiteral("offline"),
                          tr("打印机 %1 脱机。请检查打印机电源和连线。").arg(queue) + retryHint());
    if (state == QLatin1String("5"))
        return printError(QStringLiteral("queue-stopped"),
                          tr("打印队列 %1 已停止，作业不会打印。请打印机管理员检查打印机后恢复队列"
                             "（cupsenable %1）。")
                                  .arg(queue) +
                              retryHint());
    if (accepting == QLatin1String("false"))
        return printError(
            QStringLiteral("queue-rejecting"),
            tr("打印队列 %1 拒绝接收作业。请打印机管理员恢复队列（cupsaccept %1）。").arg(queue) +
                retryHint());
    return {};
}

Status PrintSender::printCups(const PrintDocument &document, const PrinterConfig &config)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(config.queue);
    if (!printer.isValid() || printer.outputFormat() != QPrinter::NativeFormat)
        return printError(
            QStringLiteral("no-queue"),
            tr("找不到打印队列 %1。请在“设置 → 打印机”中重新选择打印机。").arg(config.queue) +
                retryHint());
    printer.setDocName(document.title + QLatin1Char(' ') + document.documentNo);
    printer.setFullPage(true);
    printer.setPageLayout(PageRenderer::pageLayout(document, config.paper));
    printer.setCreator(QStringLiteral("HallDesk"));
    if (Status s = PageRenderer::paint(document, config.paper, printer); !s)
        return s;
    // Qt hands the job to CUPS when the painter ends, in this thread: CUPS keeps the
    // outcome as this thread's last error.
    if (cupsLastError() > IPP_STATUS_OK_EVENTS_COMPLETE)
        return printError(QStringLiteral("cups"),
                          tr("打印队列 %1 没有接收作业：%2")
                                  .arg(config.queue, QString::fromUtf8(cupsLastErrorString())) +
                              retryHint());
    return {};
}

Status PrintSender::savePdf(const PrintDocument &document, const PrinterConfig &printer)
{
    auto pdf = PageRenderer::pdf(document, printer.paper);
    if (!pdf)
        return pdf.error();
    QString name = document.documentNo;
    name.replace(QRegularExpression(QStringLiteral("[^0-9A-Za-z_-]")), QStringLiteral("_"));
    const QString file =
        QDir(printer.path)
            .filePath(
                QStringLiteral("%1-%2-%3.pdf")
                    .arg(document.title, name,
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf.value()) != pdf->size() || !out.commit())
        return printError(QStringLiteral("pdf"),
                          tr("无法保存 PDF 文件 %1：%2").arg(file, out.errorString()));
    return {};
}

} // namespace hd
