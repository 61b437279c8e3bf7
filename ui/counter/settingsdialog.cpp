#include "settingsdialog.h"

#include "appsettings.h"
#include "printersettingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace hd {

SettingsDialog::SettingsDialog(QWidget *parent, ReceiptPrintController *printing)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("设置"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("跟随系统"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(AppSettings::get(AppSettings::language))));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("界面语言(&L)"), m_language);
    form->addRow(new QLabel(tr("更改语言后，重新启动程序生效。"), this));
    if (printing) {
        auto *printers = new QPushButton(tr("打印机(&P)…"), this);
        printers->setObjectName(QStringLiteral("printersButton"));
        printers->setToolTip(tr("选择本终端的收据和报表打印机，打印测试页（Alt+P）"));
        connect(printers, &QPushButton::clicked, this, [this, printing] {
            PrinterSettingsDialog dialog(printing, this);
            dialog.exec();
        });
        form->addRow(tr("打印机"), printers);
    }
    form->addRow(buttons);
}

void SettingsDialog::save()
{
    const QString chosen = m_language->currentData().toString();
    if (chosen != AppSettings::get(AppSettings::language)) {
        AppSettings::set(AppSettings::language, chosen);
        QMessageBox::information(this, tr("设置"), tr("界面语言已保存，重新启动程序后生效。"));
    }
    accept();
}

} // namespace hd
