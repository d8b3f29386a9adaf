#include "ScreenshotTour.h"
#include "WindowHost.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bounce-doctor"));
    QApplication::setApplicationDisplayName(QStringLiteral("Bounce Doctor"));
    QApplication::setOrganizationName(QStringLiteral("BounceDoctor"));
    QApplication::setApplicationVersion(QStringLiteral(BD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.bouncedoctor.BounceDoctor"));

    // Before any widget exists, so every text is created in the user's language.
    WindowHost::installStartupLanguage();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Troubleshoot SMTP bounces step by step."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dns(QStringLiteral("dns"), QApplication::translate("main", "Use this DNS server (HOST[:PORT]) for the checks."),
                                 QStringLiteral("server"));
    const QCommandLineOption screenshots(QStringLiteral("screenshot"),
                                         QApplication::translate("main", "Render every step to PNG files in DIR and exit."),
                                         QStringLiteral("dir"));
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    QApplication::translate("main", "With --screenshot: the sample bounce to show."),
                                    QStringLiteral("file"));
    parser.addOptions({dns, screenshots, sample});
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "A bounce message to open."));
    parser.process(app);

    if (parser.isSet(screenshots))
        return ScreenshotTour::run(parser.value(screenshots), parser.value(sample), parser.values(dns));

    WindowHost host;
    if (parser.isSet(dns))
        host.setDnsServers(parser.values(dns));
    host.start(parser.positionalArguments().value(0));
    return app.exec();
}
