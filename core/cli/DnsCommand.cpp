#include "Commands.h"

#include "CliSupport.h"
#include "DomainName.h"
#include "DomainReport.h"
#include "Resolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace {
QString tag(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QStringLiteral("[ OK ]");
    case CheckStatus::Warn: return QStringLiteral("[WARN]");
    case CheckStatus::Fail: return QStringLiteral("[FAIL]");
    case CheckStatus::CouldNotCheck: return QStringLiteral("[ ?? ]");
    case CheckStatus::Info: return QStringLiteral("[INFO]");
    }
    return {};
}

void printText(const QString &domain, const CheckResults &results, int queries, qint64 ms)
{
    QTextStream out(stdout);
    out << QCoreApplication::translate("DnsCommand", "DNS report for %1").arg(domain) << "\n\n";
    for (const CheckResult &r : results) {
        out << tag(r.status) << ' ' << r.title << ": " << r.summary << '\n';
        for (const QString &d : r.details)
            out << "       " << d << '\n';
        if (!r.fix.isEmpty())
            for (const QString &line : r.fix.split(QLatin1Char('\n')))
                out << "       " << QCoreApplication::translate("DnsCommand", "Fix: ") << line << '\n';
        if (!r.suggestedRecord.isEmpty())
            out << "       " << QCoreApplication::translate("DnsCommand", "Suggested record: ") << r.suggestedRecord << '\n';
        for (const QString &e : r.evidence)
            out << "         | " << e << '\n';
    }
    out << '\n' << QCoreApplication::translate("DnsCommand", "%n DNS queries", nullptr, queries) << ", " << ms << " ms\n";
}
}

int runDnsCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("DnsCommand",
        "MX, SPF, DKIM, DMARC, MTA-STS, TLS-RPT and reverse-DNS report for a domain."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("domain"), QCoreApplication::translate("DnsCommand", "The domain to check."));
    const QCommandLineOption ipOpt(QStringLiteral("ip"), QCoreApplication::translate("DnsCommand", "Sending IP: check its reverse DNS (and SPF for it)."), QStringLiteral("IP"));
    const QCommandLineOption selOpt(QStringLiteral("selector"), QCoreApplication::translate("DnsCommand", "DKIM selector (repeatable); default: try common selectors."), QStringLiteral("S"));
    const QCommandLineOption fromOpt(QStringLiteral("from"), QCoreApplication::translate("DnsCommand", "Header From domain, if it differs (DMARC, DKIM)."), QStringLiteral("DOMAIN"));
    const QCommandLineOption mailFromOpt(QStringLiteral("mail-from"), QCoreApplication::translate("DnsCommand", "Envelope sender for the SPF evaluation."), QStringLiteral("ADDR"));
    const QCommandLineOption heloOpt(QStringLiteral("helo"), QCoreApplication::translate("DnsCommand", "HELO name for the SPF evaluation."), QStringLiteral("NAME"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QCoreApplication::translate("DnsCommand", "Print JSON."));
    parser.addOptions({ipOpt, selOpt, fromOpt, mailFromOpt, heloOpt, jsonOpt});
    addDnsServerOption(parser);

    if (const auto stop = parseCommandLine(parser, args))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        printError(QCoreApplication::translate("DnsCommand", "give exactly one domain (see --help)"));
        return 2;
    }
    DomainReportOptions options;
    options.domain = DomainName::normalize(parser.positionalArguments().constFirst());
    if (options.domain.isEmpty() || !options.domain.contains(QLatin1Char('.'))) {
        printError(QCoreApplication::translate("DnsCommand", "\"%1\" is not a domain name").arg(parser.positionalArguments().constFirst()));
        return 2;
    }
    options.ip = parser.value(ipOpt);
    options.selectors = parser.values(selOpt);
    options.fromDomain = parser.isSet(fromOpt) ? DomainName::domainOfAddress(parser.value(fromOpt)) : QString();
    options.mailFrom = parser.value(mailFromOpt);
    options.helo = parser.value(heloOpt);

    QObject scope;
    Result<Resolver *> resolver = makeResolver(parser, &scope);
    if (!resolver) {
        printError(resolver.error().message);
        return 2;
    }
    DomainReport report(resolver.value());
    QElapsedTimer clock;
    clock.start();
    const bool json = parser.isSet(jsonOpt);
    QObject::connect(&report, &DomainReport::finished, &report, [&](const CheckResults &results) {
        const int queries = resolver.value()->queriesSent();
        if (json) {
            QJsonArray checks;
            for (const CheckResult &r : results)
                checks.append(r.toJson());
            printJson(QJsonObject{{QStringLiteral("domain"), options.domain},
                                  {QStringLiteral("checks"), checks},
                                  {QStringLiteral("queries"), queries},
                                  {QStringLiteral("elapsedMs"), double(clock.elapsed())}});
        } else {
            printText(options.domain, results, queries, clock.elapsed());
        }
        QCoreApplication::exit(0);
    });
    report.start(options);
    // The command owns the application's one event loop (main() has not entered it).
    return QCoreApplication::exec();
}
