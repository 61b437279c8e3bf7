#pragma once

#include "operators.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hd {

class Store;

// Operator log-in at the counter, against the Argon2id hashes in the local store (works
// offline). Wrong passwords, lock-outs and successes are audited by OperatorDirectory.
class LoginDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(Store &store, QWidget *parent = nullptr);

    const Operator &loggedIn() const { return m_operator; }
    void setLogin(const QString &login);

private:
    void tryLogin();

    Store &m_store;
    Operator m_operator;
    QLineEdit *m_loginEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_loginButton = nullptr;
};

} // namespace hd
