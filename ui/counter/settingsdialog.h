#pragma once

#include <QDialog>

class QComboBox;

namespace hd {

// Per-terminal settings the clerk may change: the interface language for now.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

private:
    void save();
    QComboBox *m_language = nullptr;
};

} // namespace hd
