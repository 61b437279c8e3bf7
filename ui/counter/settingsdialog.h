#pragma once

#include <QDialog>

class QComboBox;

namespace hd {

class ReceiptPrintController;

// Per-terminal settings the clerk may change: the interface language, and the printers (a
// dialog of their own, with a test print, when a print controller is given).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr, ReceiptPrintController *printing = nullptr);

private:
    void save();
    QComboBox *m_language = nullptr;
};

} // namespace hd
