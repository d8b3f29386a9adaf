#include "MainWindow.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bounce-doctor"));
    QApplication::setApplicationDisplayName(QStringLiteral("Bounce Doctor"));
    QApplication::setOrganizationName(QStringLiteral("BounceDoctor"));
    QApplication::setApplicationVersion(QStringLiteral(BD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.bouncedoctor.BounceDoctor"));
    MainWindow window;
    window.show();
    return app.exec();
}
