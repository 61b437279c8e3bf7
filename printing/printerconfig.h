#pragma once

#include "pagerenderer.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace hd {

// Where one kind of document goes on this terminal, kept in the terminal's settings as one
// line, e.g.
//   escpos-tcp://192.168.1.50:9100?paper=80      network thermal printer (raw port 9100)
//   escpos-device:///dev/usb/lp0?paper=58        USB thermal printer
//   cups://HP_LaserJet?paper=a4                  a CUPS queue (A4, or 80/58 mm roll)
//   pdf:///srv/halldesk/receipts?paper=a4        PDF files in a folder
struct PrinterConfig
{
    Q_DECLARE_TR_FUNCTIONS(hd::PrinterConfig)

public:
    enum class Kind { None, EscPosNetwork, EscPosDevice, Cups, PdfFolder };

    Kind kind = Kind::None;
    QString host;
    quint16 port = 9100;
    QString path; // device file, or the PDF folder
    QString queue;
    PaperKind paper = PaperKind::Roll80;
    // Ask an ESC/POS printer for its status (DLE EOT) before sending: finds an offline
    // printer, an empty paper roll or a printer that does not answer at all. Off for
    // printers that do not implement it.
    bool queryStatus = true;

    bool isSet() const { return kind != Kind::None; }
    bool isEscPos() const { return kind == Kind::EscPosNetwork || kind == Kind::EscPosDevice; }
    QString toString() const;
    static Result<PrinterConfig> parse(const QString &text);
    QString description() const; // for the clerk
};

} // namespace hd
