#pragma once

#include <QGroupBox>

class QLineEdit;

namespace hd {

// A supervisor's approval on the spot (值班长授权): login and password typed by the supervisor
// at the clerk's counter. The models check them (OperatorDirectory::authorizeSupervisor) and
// audit the approval with the operation it allows.
class SupervisorBox final : public QGroupBox
{
    Q_OBJECT
public:
    explicit SupervisorBox(const QString &title, QWidget *parent = nullptr);

    QString login() const;
    QString password() const;
    void clearPassword();
    void focusFirstEmpty();
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }

private:
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
};

} // namespace hd
