#include "printersettingsdialog.h"

#include "appsettings.h"
#include "widgets/receiptprintcontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace hd {

namespace {
using Kind = PrinterConfig::Kind;

PrinterConfig fromSettings(const AppSettings::Key<QString> &key)
{
    auto c = PrinterConfig::parse(AppSettings::get(key));
    return c ? c.value() : PrinterConfig();
}
} // namespace

PrinterConfig PrinterSettingsDialog::Editor::config() const
{
    PrinterConfig c;
    c.kind = Kind(kind->currentData().toInt());
    c.paper = PaperKind(paper->currentData().toInt());
    c.host = host->text().trimmed();
    c.port = quint16(port->value());
    c.path = c.kind == Kind::PdfFolder ? folder->text().trimmed() : device->text().trimmed();
    c.queue = queue->currentText().trimmed();
    c.queryStatus = status->isChecked();
    return c;
}

void PrinterSettingsDialog::Editor::load(const PrinterConfig &c)
{
    kind->setCurrentIndex(std::max(0, kind->findData(int(c.kind))));
    paper->setCurrentIndex(std::max(0, paper->findData(int(c.paper))));
    if (!c.host.isEmpty())
        host->setText(c.host);
    port->setValue(c.port);
    if (c.kind == Kind::EscPosDevice)
        device->setText(c.path);
    if (c.kind == Kind::PdfFolder)
        folder->setText(c.path);
    if (!c.queue.isEmpty())
        queue->setCurrentText(c.queue);
    status->setChecked(c.queryStatus);
    kindChanged();
}

void PrinterSettingsDialog::Editor::kindChanged()
{
    const Kind k = Kind(kind->currentData().toInt());
    pages->setCurrentIndex(kind->currentIndex());
    const bool thermal = k == Kind::EscPosNetwork || k == Kind::EscPosDevice;
    status->setEnabled(thermal);
    // Thermal printers take roll paper only.
    const int a4 = paper->findData(int(PaperKind::A4));
    if (thermal && paper->currentIndex() == a4)
        paper->setCurrentIndex(0);
    test->setEnabled(k != Kind::None);
}

PrinterSettingsDialog::PrinterSettingsDialog(ReceiptPrintController *printing, QWidget *parent)
    : QDialog(parent)
    , m_printing(printing)
{
    setObjectName(QStringLiteral("printerSettingsDialog"));
    setWindowTitle(tr("打印机设置"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildEditor(m_receipt, QStringLiteral("receipt"), tr("收据打印机(&R)")));
    layout->addWidget(buildEditor(m_report, QStringLiteral("report"), tr("报表打印机(&B)")));
    m_preview = new QCheckBox(tr("打印报表前先预览(&V)"), this);
    m_preview->setObjectName(QStringLiteral("previewReports"));
    m_preview->setChecked(AppSettings::get(AppSettings::previewReports));
    layout->addWidget(m_preview);
    layout->addWidget(new QLabel(tr("未设置报表打印机时，报表打印到收据打印机。"), this));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color:#c62828"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PrinterSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_receipt.load(fromSettings(AppSettings::receiptPrinter));
    m_report.load(fromSettings(AppSettings::reportPrinter));
    if (m_printing)
        connect(m_printing, &ReceiptPrintController::testPrintFinished, this,
                [this](bool ok, const QString &message) {
                    if (!m_testing)
                        return;
                    m_testing->result->setStyleSheet(ok ? QStringLiteral("color:#2e7d32")
                                                        : QStringLiteral("color:#c62828"));
                    m_testing->result->setText(message);
                    m_testing->test->setEnabled(true);
                    m_testing = nullptr;
                });
}

QWidget *PrinterSettingsDialog::buildEditor(Editor &e, const QString &prefix, const QString &title)
{
    auto *box = new QGroupBox(title, this);
    auto name = [&](QWidget *w, const char *suffix) {
        w->setObjectName(prefix + QLatin1String(suffix));
    };
    e.kind = new QComboBox(box);
    name(e.kind, "Kind");
    e.kind->addItem(tr("未设置"), int(Kind::None));
    e.kind->addItem(tr("网络热敏打印机（ESC/POS，端口 9100）"), int(Kind::EscPosNetwork));
    e.kind->addItem(tr("USB 热敏打印机（ESC/POS）"), int(Kind::EscPosDevice));
    e.kind->addItem(tr("系统打印机（CUPS）"), int(Kind::Cups));
    e.kind->addItem(tr("保存为 PDF 文件"), int(Kind::PdfFolder));

    e.pages = new QStackedWidget(box);
    e.pages->addWidget(new QLabel(tr("选择打印机类型后填写地址。"), box));
    auto *network = new QWidget(box);
    auto *networkRow = new QHBoxLayout(network);
    networkRow->setContentsMargins(0, 0, 0, 0);
    e.host = new QLineEdit(network);
    name(e.host, "Host");
    e.host->setPlaceholderText(tr("打印机 IP 地址，例如 192.168.1.50"));
    e.port = new QSpinBox(network);
    name(e.port, "Port");
    e.port->setRange(1, 65535);
    e.port->setValue(9100);
    networkRow->addWidget(e.host, 1);
    networkRow->addWidget(new QLabel(tr("端口"), network));
    networkRow->addWidget(e.port);
    e.pages->addWidget(network);
    e.device = new QLineEdit(QStringLiteral("/dev/usb/lp0"), box);
    name(e.device, "Device");
    e.pages->addWidget(e.device);
    e.queue = new QComboBox(box);
    name(e.queue, "Queue");
    e.queue->setEditable(true);
    e.queue->addItems(QPrinterInfo::availablePrinterNames());
    e.pages->addWidget(e.queue);
    e.folder = new QLineEdit(box);
    name(e.folder, "Folder");
    e.folder->setPlaceholderText(tr("保存 PDF 的文件夹"));
    e.pages->addWidget(e.folder);

    e.paper = new QComboBox(box);
    name(e.paper, "Paper");
    e.paper->addItem(tr("80 毫米卷纸"), int(PaperKind::Roll80));
    e.paper->addItem(tr("58 毫米卷纸"), int(PaperKind::Roll58));
    e.paper->addItem(tr("A4"), int(PaperKind::A4));
    e.status = new QCheckBox(tr("打印前查询打印机状态（缺纸、脱机）"), box);
    name(e.status, "Status");
    e.status->setToolTip(tr("打印机不支持状态查询时请关闭，否则会报告“没有响应”。"));
    e.test = new QPushButton(tr("打印测试页(&T)"), box);
    name(e.test, "Test");
    e.test->setToolTip(tr("按当前填写的设置打印一张测试页（不必先保存）"));
    e.result = new QLabel(box);
    name(e.result, "Result");
    e.result->setWordWrap(true);

    auto *form = new QFormLayout(box);
    form->addRow(tr("类型"), e.kind);
    form->addRow(tr("地址"), e.pages);
    form->addRow(tr("纸张"), e.paper);
    form->addRow(QString(), e.status);
    form->addRow(e.test, e.result);

    Editor *editor = &e;
    connect(e.kind, &QComboBox::currentIndexChanged, this, [editor] { editor->kindChanged(); });
    connect(e.paper, &QComboBox::currentIndexChanged, this, [editor] { editor->kindChanged(); });
    connect(e.test, &QPushButton::clicked, this, [this, editor] { testPrint(editor); });
    return box;
}

void PrinterSettingsDialog::testPrint(Editor *editor)
{
    const QString text = editor->config().toString();
    auto config = PrinterConfig::parse(text);
    if (!config || !config->isSet()) {
        editor->result->setText(config ? tr("请先选择打印机。") : config.error().message);
        return;
    }
    if (!m_printing)
        return;
    m_testing = editor;
    editor->test->setEnabled(false);
    editor->result->setStyleSheet(QString());
    editor->result->setText(tr("正在打印测试页……"));
    m_printing->testPrint(config.value());
}

void PrinterSettingsDialog::save()
{
    QStringList lines;
    for (const Editor *e : {&m_receipt, &m_report}) {
        const PrinterConfig c = e->config();
        auto checked = PrinterConfig::parse(c.toString());
        if (!checked) {
            m_error->setText(checked.error().message);
            return;
        }
        lines << c.toString();
    }
    AppSettings::set(AppSettings::receiptPrinter, lines[0]);
    AppSettings::set(AppSettings::reportPrinter, lines[1]);
    AppSettings::set(AppSettings::previewReports, m_preview->isChecked());
    accept();
}

} // namespace hd
