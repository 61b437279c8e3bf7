#include "messagebox.h"

namespace hd {

namespace {
struct TestState
{
    bool on = false;
    QList<MessageBox::Button> answers;
    QList<MessageBox::Shown> shown;
};
TestState &testState()
{
    static TestState state;
    return state;
}
} // namespace

MessageBox::Button MessageBox::show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                    const QString &text, Buttons buttons, Button defaultButton)
{
    TestState &t = testState();
    if (t.on) {
        // Only questions take a queued answer; a notice is just recorded.
        Button answer = defaultButton == QMessageBox::NoButton ? QMessageBox::Ok : defaultButton;
        if (buttons != QMessageBox::Ok && !t.answers.isEmpty())
            answer = t.answers.takeFirst();
        t.shown.append({icon, title, text, answer});
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warningQuestion(QWidget *parent, const QString &title,
                                               const QString &text, Buttons buttons,
                                               Button defaultButton)
{
    return show(parent, QMessageBox::Warning, title, text, buttons, defaultButton);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::setTestMode(bool on)
{
    testState().on = on;
}

void MessageBox::queueAnswer(Button answer)
{
    testState().answers.append(answer);
}

int MessageBox::queuedAnswers()
{
    return static_cast<int>(testState().answers.size());
}

const QList<MessageBox::Shown> &MessageBox::shown()
{
    return testState().shown;
}

QString MessageBox::lastText()
{
    return testState().shown.isEmpty() ? QString() : testState().shown.constLast().text;
}

void MessageBox::clearShown()
{
    testState().shown.clear();
    testState().answers.clear();
}

} // namespace hd
