#include "documentpdf.h"

#include <QCoreApplication>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace hd::capture {

Status exportDocumentPdf(const QList<QByteArray> &pages, const QString &type, const QString &title,
                         const QString &pdfPath)
{
    QList<QImage> images;
    for (const QByteArray &bytes : pages) {
        QImage img = QImage::fromData(bytes);
        if (img.isNull())
            return Error{QStringLiteral("document.corrupt"),
                         QCoreApplication::translate("hd::capture::DocumentPdf",
                                                     "证件图像无法解码，无法导出。")};
        images << img;
    }
    if (images.isEmpty())
        return Error{
            QStringLiteral("document.pages"),
            QCoreApplication::translate("hd::capture::DocumentPdf", "没有可导出的证件图像。")};
    QPdfWriter pdf(pdfPath);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(300);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("HallDesk"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return Error{QStringLiteral("document.export"),
                     QCoreApplication::translate("hd::capture::DocumentPdf", "无法写入 PDF：%1")
                         .arg(pdfPath)};
    const double dotsPerMm = 300 / 25.4;
    const QRectF page(0, 0, pdf.width(), pdf.height());
    if (type == QLatin1String("id-card")) {
        // Front above back, each at ID-1 size, centred.
        const QSizeF card(85.6 * dotsPerMm, 54 * dotsPerMm);
        for (qsizetype i = 0; i < images.size(); ++i) {
            const QPointF topLeft((page.width() - card.width()) / 2,
                                  30 * dotsPerMm + double(i) * (card.height() + 15 * dotsPerMm));
            painter.drawImage(QRectF(topLeft, card), images.at(i));
        }
    } else {
        for (qsizetype i = 0; i < images.size(); ++i) {
            if (i > 0)
                pdf.newPage();
            QSizeF size = QSizeF(images.at(i).size()).scaled(page.size(), Qt::KeepAspectRatio);
            painter.drawImage(QRectF(QPointF((page.width() - size.width()) / 2,
                                             (page.height() - size.height()) / 2),
                                     size),
                              images.at(i));
        }
    }
    if (!painter.end())
        return Error{QStringLiteral("document.export"),
                     QCoreApplication::translate("hd::capture::DocumentPdf", "无法写入 PDF：%1")
                         .arg(pdfPath)};
    return {};
}

} // namespace hd::capture
