#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>

namespace hd {

// Every message box of the counter goes through here, so that GUI tests can answer them
// without a modal loop (after KeePassXC's MessageBox). In test mode nothing is shown: each
// box is recorded, questions take the next queued answer (or their default button when
// none is queued, which a test notices as a missing step).
class MessageBox final
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::No);
    // A question that warns (change above the drawer, an irreversible step).
    static Button warningQuestion(QWidget *parent, const QString &title, const QString &text,
                                  Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                                  Button defaultButton = QMessageBox::No);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    // Test seam.
    struct Shown
    {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
        Button answer = QMessageBox::NoButton;
    };
    static void setTestMode(bool on);
    static void queueAnswer(Button answer);
    static int queuedAnswers();
    static const QList<Shown> &shown();
    static QString lastText();
    static void clearShown();

private:
    static Button show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                       const QString &text, Buttons buttons, Button defaultButton);
};

} // namespace hd
