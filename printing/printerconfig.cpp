#include "printerconfig.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace hd {

namespace {} // namespace

QString PrinterConfig::toString() const
{
    QUrl url;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::EscPosNetwork:
        url.setScheme(QStringLiteral("escpos-tcp"));
        url.setHost(host);
        url.setPort(port);
        break;
    case Kind::EscPosDevice:
        url.setScheme(QStringLiteral("escpos-device"));
        url.setPath(path);
        break;
    case Kind::Cups:
        url.setScheme(QStringLiteral("cups"));
        url.setHost(queue);
        break;
    case Kind::PdfFolder:
        url.setScheme(QStringLiteral("pdf"));
        url.setPath(path);
        break;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("paper"), paperKey(paper));
    if (isEscPos())
        query.addQueryItem(QStringLiteral("status"),
                           queryStatus ? QStringLiteral("1") : QStringLiteral("0"));
    url.setQuery(query);
    // A CUPS queue name keeps its case (a URL host would be lower-cased); a path keeps the
    // empty authority ("escpos-device:///dev/usb/lp0").
    if (kind == Kind::Cups)
        return QStringLiteral("cups://") + queue + QLatin1Char('?') + query.toString();
    if (kind == Kind::EscPosDevice || kind == Kind::PdfFolder)
        return url.scheme() + QStringLiteral("://") +
               QString::fromUtf8(QUrl::toPercentEncoding(path, "/")) + QLatin1Char('?') +
               query.toString();
    return url.toString();
}

Result<PrinterConfig> PrinterConfig::parse(const QString &text)
{
    PrinterConfig c;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return c;
    auto bad = [&](const QString &why) {
        return Error{QStringLiteral("printer.config"), tr("打印机设置“%1”无效：%2").arg(t, why)};
    };
    QString queueName;
    QString rest = t;
    if (t.startsWith(QLatin1String("cups://"))) {
        const qsizetype q = t.indexOf(QLatin1Char('?'));
        queueName = t.mid(7, q < 0 ? -1 : q - 7);
        rest = QStringLiteral("cups://queue") + (q < 0 ? QString() : t.mid(q));
    }
    const QUrl url(rest);
    if (!url.isValid())
        return bad(tr("格式不对"));
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("paper"))) {
        const auto paper = paperFromKey(query.queryItemValue(QStringLiteral("paper")));
        if (!paper)
            return bad(tr("纸张应为 80、58 或 a4"));
        c.paper = *paper;
    }
    c.queryStatus = query.queryItemValue(QStringLiteral("status")) != QLatin1String("0");
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("escpos-tcp")) {
        c.kind = Kind::EscPosNetwork;
        c.host = url.host();
        c.port = quint16(url.port(9100));
        if (c.host.isEmpty())
            return bad(tr("缺少打印机地址"));
    } else if (scheme == QLatin1String("escpos-device")) {
        c.kind = Kind::EscPosDevice;
        c.path = QUrl::fromPercentEncoding(url.path(QUrl::FullyEncoded).toUtf8());
        if (!query.hasQueryItem(QStringLiteral("status")))
            c.queryStatus = false;
        if (c.path.isEmpty())
            return bad(tr("缺少设备文件"));
    } else if (scheme == QLatin1String("cups")) {
        c.kind = Kind::Cups;
        c.queue = queueName;
        if (c.queue.isEmpty())
            return bad(tr("缺少打印队列名"));
    } else if (scheme == QLatin1String("pdf")) {
        c.kind = Kind::PdfFolder;
        c.path = QUrl::fromPercentEncoding(url.path(QUrl::FullyEncoded).toUtf8());
        if (c.path.isEmpty())
            return bad(tr("缺少文件夹"));
    } else {
        return bad(tr("未知的打印机类型 %1").arg(scheme));
    }
    if (c.isEscPos() && c.paper == PaperKind::A4)
        return bad(tr("热敏打印机只能用 80 或 58 毫米卷纸"));
    return c;
}

QString PrinterConfig::description() const
{
    const QString paperText = paper == PaperKind::A4       ? tr("A4")
                              : paper == PaperKind::Roll58 ? tr("58 毫米卷纸")
                                                           : tr("80 毫米卷纸");
    switch (kind) {
    case Kind::None:
        return tr("未设置");
    case Kind::EscPosNetwork:
        return tr("网络热敏打印机 %1:%2（%3）").arg(host).arg(port).arg(paperText);
    case Kind::EscPosDevice:
        return tr("USB 热敏打印机 %1（%2）").arg(path, paperText);
    case Kind::Cups:
        return tr("打印队列 %1（%2）").arg(queue, paperText);
    case Kind::PdfFolder:
        return tr("PDF 文件，保存到 %1（%2）").arg(path, paperText);
    }
    return {};
}

} // namespace hd
