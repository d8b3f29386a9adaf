#include "Commands.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {
struct Command
{
    const char *name;
    int (*run)(const QStringList &);
    const char *help;
};

const Command kCommands[] = {
    {"analyze", runAnalyzeCommand, "read bounces and name the cause (JSON with --jsonl)"},
    {"diagnose", runDiagnoseCommand, "analyze a bounce, run the live checks it calls for, plan the fix"},
    {"dns", runDnsCommand, "MX, SPF, DKIM, DMARC and reverse-DNS report for a domain"},
    {"spf", runSpfCommand, "evaluate SPF (RFC 7208 check_host) for an IP, MAIL FROM and HELO"},
    {"blocklist", runBlocklistCommand, "check an IP or domain against the DNS blocklists"},
    {"smtp", runSmtpCommand, "test SMTP settings: connect, TLS, AUTH, optional RCPT/DATA"},
};

// A PDF report is laid out with Qt Gui's fonts; every other command needs only Qt Core.
bool wantsPdfReport(int argc, char **argv)
{
    for (int i = 2; i < argc; ++i) {
        const QByteArray a(argv[i]);
        const QByteArray v = a == "--report" && i + 1 < argc ? QByteArray(argv[i + 1])
                             : a.startsWith("--report=")      ? a.mid(9)
                                                              : QByteArray();
        if (v.toLower().endsWith(".pdf"))
            return true;
    }
    return false;
}

int usage(int code)
{
    QTextStream out(code == 0 ? stdout : stderr);
    out << "Usage: bounce-doctor-cli <command> [options]\n\nCommands:\n";
    for (const Command &c : kCommands)
        out << "  " << QString::fromLatin1(c.name).leftJustified(11) << c.help << '\n';
    out << "\nRun 'bounce-doctor-cli <command> --help' for a command's options.\n";
    return code;
}
}

int main(int argc, char **argv)
{
    const bool gui = wantsPdfReport(argc, argv);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(gui ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("bounce-doctor-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("BounceDoctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BD_VERSION));
    Translations::install(QLocale::system());
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        return usage(2);
    const QString name = args.at(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help"))
        return usage(0);
    if (name == QLatin1String("--version")) {
        QTextStream(stdout) << "bounce-doctor-cli " << BD_VERSION << '\n';
        return 0;
    }
    for (const Command &c : kCommands) {
        if (name == QLatin1String(c.name)) {
            QStringList rest = args.mid(2);
            rest.prepend(QStringLiteral("bounce-doctor-cli ") + name);
            return c.run(rest);
        }
    }
    QTextStream(stderr) << "bounce-doctor-cli: unknown command '" << name << "'\n";
    return usage(2);
}
