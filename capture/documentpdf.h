#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace hd::capture {

// Writes a captured document's pages (encoded images, as stored) to a PDF on A4 paper: an ID
// card's front and back together on one page at their true size (85.6 x 54 mm), a
// certificate or licence one page each, fitted to the printable area. The caller checks the
// operator may export (DocumentStore::authoriseExport) first.
Status exportDocumentPdf(const QList<QByteArray> &pages, const QString &type, const QString &title,
                         const QString &pdfPath);

} // namespace hd::capture
