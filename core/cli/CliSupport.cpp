#include "CliSupport.h"

#include "AresResolver.h"
#include "CachingResolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace {
const QString kDnsServer = QStringLiteral("dns-server");
const QString kDnsTimeout = QStringLiteral("dns-timeout");
constexpr int kDefaultTimeoutMs = 2000;
constexpr int kTries = 2;
}

void addDnsServerOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        kDnsServer,
        QCoreApplication::translate("Cli", "DNS server to ask instead of the system's (IP address, optional :PORT; "
                                           "[IPv6]:PORT). Repeat for several."),
        QCoreApplication::translate("Cli", "HOST[:PORT]")));
    parser.addOption(QCommandLineOption(
        kDnsTimeout,
        QCoreApplication::translate("Cli", "Wait this long for a DNS answer before the first retry (default %1).")
            .arg(kDefaultTimeoutMs),
        QCoreApplication::translate("Cli", "MS")));
}

Result<Resolver *> makeResolver(const QCommandLineParser &parser, QObject *parent)
{
    AresResolver::Config config;
    config.servers = parser.values(kDnsServer);
    config.timeoutMs = kDefaultTimeoutMs;
    config.tries = kTries;
    if (parser.isSet(kDnsTimeout)) {
        bool ok = false;
        const int ms = parser.value(kDnsTimeout).toInt(&ok);
        if (!ok || ms < 1 || ms > 60000)
            return Error{QStringLiteral("dns-timeout-invalid"),
                         QCoreApplication::translate("Cli", "--dns-timeout must be a number of milliseconds from 1 to 60000, not \"%1\"")
                             .arg(parser.value(kDnsTimeout))};
        config.timeoutMs = ms;
    }
    const Result<AresResolver *> ares = AresResolver::create(config);
    if (!ares)
        return ares.error();
    Resolver *resolver = new CachingResolver(ares.value(), parent);
    return resolver;
}

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &args)
{
    if (!parser.parse(args)) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    return std::nullopt;
}

void printJson(const QJsonObject &o, bool compact)
{
    const QByteArray text = QJsonDocument(o).toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented);
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    if (!text.endsWith('\n'))
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printError(const QString &msg)
{
    const QByteArray text = QStringLiteral("bounce-doctor-cli: %1\n").arg(msg).toLocal8Bit();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}
