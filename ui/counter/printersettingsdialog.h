#pragma once

#include "printerconfig.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace hd {

class ReceiptPrintController;

// The terminal's printers (设置 → 打印机): where receipts go (usually an 80 or 58 mm thermal
// printer on the network or USB) and where reports go (usually an A4 CUPS queue), each with
// a test-print button; remembered in the terminal's settings.
class PrinterSettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    PrinterSettingsDialog(ReceiptPrintController *printing, QWidget *parent = nullptr);

    PrinterConfig receiptPrinter() const { return m_receipt.config(); }
    PrinterConfig reportPrinter() const { return m_report.config(); }

private:
    // The widgets of one printer choice.
    struct Editor
    {
        QComboBox *kind = nullptr;
        QStackedWidget *pages = nullptr;
        QLineEdit *host = nullptr;
        QSpinBox *port = nullptr;
        QLineEdit *device = nullptr;
        QComboBox *queue = nullptr;
        QLineEdit *folder = nullptr;
        QComboBox *paper = nullptr;
        QCheckBox *status = nullptr;
        QPushButton *test = nullptr;
        QLabel *result = nullptr;

        PrinterConfig config() const;
        void load(const PrinterConfig &config);
        void kindChanged();
    };
    QWidget *buildEditor(Editor &editor, const QString &prefix, const QString &title);
    void testPrint(Editor *editor);
    void save();

    ReceiptPrintController *m_printing = nullptr;
    Editor m_receipt;
    Editor m_report;
    Editor *m_testing = nullptr;
    QCheckBox *m_preview = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace hd
