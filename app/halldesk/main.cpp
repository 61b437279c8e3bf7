// halldesk: the counter application. The composition root lives in ui/ (MainWindow); this
// file only parses the command line and starts it.
#include <QApplication>
#include <QLabel>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel placeholder(QStringLiteral("HallDesk"));
    placeholder.show();
    return QApplication::exec();
}
