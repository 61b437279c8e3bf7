#include "logindialog.h"

#include "appsettings.h"
#include "store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hd {

LoginDialog::LoginDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("HallDesk 营业厅柜台系统 — 登录"));
    const StoreIdentity id = store.identity();

    auto *title = new QLabel(tr("供电营业厅柜台系统"), this);
    title->setObjectName(QStringLiteral("accountTitle"));
    auto *hall = new QLabel(
        tr("%1（营业厅 %2，终端 %3）").arg(id.hallName, id.hallCode, id.terminalCode), this);
    hall->setObjectName(QStringLiteral("hallLabel"));

    m_loginEdit = new QLineEdit(this);
    m_loginEdit->setObjectName(QStringLiteral("loginEdit"));
    m_loginEdit->setPlaceholderText(tr("工号"));
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("密码"));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("loginError"));
    m_errorLabel->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("工号(&U)"), m_loginEdit);
    form->addRow(tr("密码(&P)"), m_passwordEdit);

    auto *buttons = new QDialogButtonBox(this);
    m_loginButton = buttons->addButton(tr("登录"), QDialogButtonBox::AcceptRole);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setDefault(true);
    m_loginButton->setToolTip(tr("登录（Enter）"));
    auto *quit = buttons->addButton(tr("退出"), QDialogButtonBox::RejectRole);
    quit->setToolTip(tr("退出（Esc）"));
    connect(m_loginButton, &QPushButton::clicked, this, &LoginDialog::tryLogin);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hall);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    setLogin(AppSettings::get(AppSettings::lastLogin));
}

void LoginDialog::setLogin(const QString &login)
{
    m_loginEdit->setText(login);
    (login.isEmpty() ? m_loginEdit : m_passwordEdit)->setFocus();
}

void LoginDialog::tryLogin()
{
    const QString login = m_loginEdit->text().trimmed();
    if (login.isEmpty()) {
        m_errorLabel->setText(tr("请输入工号。"));
        m_loginEdit->setFocus();
        return;
    }
    auto op = OperatorDirectory(m_store).authenticate(login, m_passwordEdit->text());
    m_passwordEdit->clear();
    if (!op) {
        m_errorLabel->setText(op.error().message);
        m_passwordEdit->setFocus();
        return;
    }
    m_operator = op.value();
    AppSettings::set(AppSettings::lastLogin, login);
    m_errorLabel->clear();
    accept();
}

} // namespace hd
