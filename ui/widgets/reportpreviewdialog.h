#pragma once

#include "pagerenderer.h"
#include "printdocument.h"

#include <QDialog>

class QPrintPreviewWidget;
class QPrinter;

namespace hd {

// A report as it will print (Qt's print preview), with zoom, and a print button that hands
// the report back to the caller (accepted) for the terminal's report printer: printing from
// here never runs a system print dialog on the GUI thread.
class ReportPreviewDialog final : public QDialog
{
    Q_OBJECT
public:
    ReportPreviewDialog(const PrintDocument &document, PaperKind paper, const QString &printerName,
                        QWidget *parent = nullptr);
    ~ReportPreviewDialog() override;

    QPrintPreviewWidget *preview() const { return m_preview; }

private:
    PrintDocument m_document;
    PaperKind m_paper;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget *m_preview = nullptr;
};

} // namespace hd
