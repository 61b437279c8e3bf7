#include "supervisorbox.h"

#include <QFormLayout>
#include <QLineEdit>

namespace hd {

SupervisorBox::SupervisorBox(const QString &title, QWidget *parent)
    : QGroupBox(title, parent)
{
    setObjectName(QStringLiteral("supervisorBox"));
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("supervisorLoginEdit"));
    m_login->setPlaceholderText(tr("值班长工号"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("supervisorPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("值班长本人输入"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("值班长工号(&S)"), m_login);
    form->addRow(tr("值班长密码(&W)"), m_password);
}

QString SupervisorBox::login() const
{
    return m_login->text().trimmed();
}

QString SupervisorBox::password() const
{
    return m_password->text();
}

void SupervisorBox::clearPassword()
{
    m_password->clear();
}

void SupervisorBox::focusFirstEmpty()
{
    (m_login->text().trimmed().isEmpty() ? m_login : m_password)->setFocus();
}

} // namespace hd
