#include "Commands.h"

#include "CliSupport.h"
#include "Resolver.h"
#include "SpfEvaluator.h"
#include "SpfLint.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonObject>
#include <QTextStream>

namespace {
void printText(const SpfResult &r, const SpfLintReport &lint, bool linted, int wireQueries)
{
    QTextStream out(stdout);
    out << QCoreApplication::translate("SpfCommand", "SPF result: %1").arg(SpfResult::codeText(r.code)) << '\n';
    out << QCoreApplication::translate("SpfCommand", "Identity:   %1 %2 (domain %3), IP %4, HELO %5")
               .arg(r.identity == QLatin1String("helo") ? QCoreApplication::translate("SpfCommand", "HELO") : QCoreApplication::translate("SpfCommand", "MAIL FROM"), r.sender, r.domain, r.ip, r.helo)
        << '\n';
    if (!r.record.isEmpty())
        out << QCoreApplication::translate("SpfCommand", "Record:     %1").arg(r.record) << '\n';
    if (!r.matchedTerm.isEmpty())
        out << QCoreApplication::translate("SpfCommand", "Decided by: %1").arg(r.matchedTerm) << '\n';
    if (!r.problem.isEmpty())
        out << QCoreApplication::translate("SpfCommand", "Problem:    %1").arg(r.problem) << '\n';
    if (!r.explanation.isEmpty())
        out << QCoreApplication::translate("SpfCommand", "Explanation: %1").arg(r.explanation) << '\n';
    out << QCoreApplication::translate("SpfCommand", "Lookups:    %1 of 10 (void: %2 of 2), %3 DNS queries for the evaluation, %4 ms")
               .arg(r.lookups)
               .arg(r.voidLookups)
               .arg(r.dnsQueries)
               .arg(qRound(r.elapsedMs))
        << '\n';
    out << '\n' << QCoreApplication::translate("SpfCommand", "Trace:") << '\n';
    for (const QString &line : r.traceText().split(QLatin1Char('\n')))
        out << "  " << line << '\n';
    QStringList warnings = r.warnings;
    for (const QString &w : lint.warnings)
        if (!warnings.contains(w))
            warnings << w;
    if (!warnings.isEmpty()) {
        out << '\n' << QCoreApplication::translate("SpfCommand", "Warnings:") << '\n';
        for (const QString &w : warnings)
            out << "  - " << w << '\n';
    }
    if (linted)
        out << '\n'
            << QCoreApplication::translate("SpfCommand", "Whole SPF tree: %1 lookups, %2 void lookups (independent of the IP)").arg(lint.lookups).arg(lint.voidLookups)
            << '\n';
    if (!r.suggestedRecord.isEmpty()) {
        out << '\n' << QCoreApplication::translate("SpfCommand", "Suggested record for %1:").arg(r.domain) << '\n' << "  " << r.suggestedRecord << '\n';
        if (!lint.providerName.isEmpty())
            out << "  " << QCoreApplication::translate("SpfCommand", "(%1's include authorizes %2)").arg(lint.providerName, r.ip) << '\n';
    }
    out << '\n' << QCoreApplication::translate("SpfCommand", "DNS queries sent in total: %n", nullptr, wireQueries) << '\n';
}
}

int runSpfCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("SpfCommand", "Evaluates SPF (RFC 7208 check_host) for a sending IP, MAIL FROM and HELO.\n"
                                        "An empty --mail-from \"\" is the null sender: the HELO name is checked."));
    parser.addHelpOption();
    const QCommandLineOption ipOpt(QStringLiteral("ip"), QCoreApplication::translate("SpfCommand", "Sending IP address (IPv4 or IPv6)."), QStringLiteral("IP"));
    const QCommandLineOption fromOpt(QStringLiteral("mail-from"), QCoreApplication::translate("SpfCommand", "Envelope sender (MAIL FROM); \"\" for the null sender."),
                                     QStringLiteral("ADDR"));
    const QCommandLineOption heloOpt(QStringLiteral("helo"), QCoreApplication::translate("SpfCommand", "HELO/EHLO name the client gave."), QStringLiteral("NAME"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QCoreApplication::translate("SpfCommand", "Print JSON."));
    const QCommandLineOption noLintOpt(QStringLiteral("no-lint"), QCoreApplication::translate("SpfCommand", "Do not walk the whole SPF tree for warnings."));
    const QCommandLineOption noPrefetchOpt(QStringLiteral("no-prefetch"),
                                           QCoreApplication::translate("SpfCommand", "Ask the DNS strictly one question at a time, in evaluation order."));
    const QCommandLineOption receiverOpt(QStringLiteral("receiver"), QCoreApplication::translate("SpfCommand", "Name of the receiving host, for the %{r} macro."),
                                         QStringLiteral("NAME"));
    parser.addOptions({ipOpt, fromOpt, heloOpt, jsonOpt, noLintOpt, noPrefetchOpt, receiverOpt});
    addDnsServerOption(parser);

    if (const auto stop = parseCommandLine(parser, args))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        printError(QCoreApplication::translate("SpfCommand", "unexpected argument \"%1\" (see --help)").arg(parser.positionalArguments().constFirst()));
        return 2;
    }
    const QString ip = parser.value(ipOpt).trimmed();
    QHostAddress address;
    if (ip.isEmpty() || !address.setAddress(ip) || ip.contains(QLatin1Char('%'))) {
        printError(ip.isEmpty() ? QCoreApplication::translate("SpfCommand", "--ip is required") : QCoreApplication::translate("SpfCommand", "\"%1\" is not an IP address").arg(ip));
        return 2;
    }
    if (!parser.isSet(fromOpt)) {
        printError(QCoreApplication::translate("SpfCommand", "--mail-from is required (use --mail-from \"\" for the null sender)"));
        return 2;
    }
    const QString mailFrom = parser.value(fromOpt);
    const QString helo = parser.value(heloOpt).trimmed();
    QString bare = mailFrom.trimmed();
    if (bare == QLatin1String("<>"))
        bare.clear();
    if (bare.isEmpty() && helo.isEmpty()) {
        printError(QCoreApplication::translate("SpfCommand", "the null sender needs --helo: its SPF check is done on the HELO name"));
        return 2;
    }

    QObject scope;
    Result<Resolver *> resolver = makeResolver(parser, &scope);
    if (!resolver) {
        printError(resolver.error().message);
        return 2;
    }
    SpfEvaluator evaluator(resolver.value());
    SpfEvaluator::Options options;
    options.prefetch = !parser.isSet(noPrefetchOpt);
    if (parser.isSet(receiverOpt))
        options.receiver = parser.value(receiverOpt);
    evaluator.setOptions(options);
    SpfLint lint(resolver.value());
    const bool json = parser.isSet(jsonOpt);
    const bool doLint = !parser.isSet(noLintOpt);
    SpfResult result;

    auto output = [&](const SpfLintReport &report, bool linted) {
        SpfResult r = result;
        for (const QString &w : report.warnings)
            if (!r.warnings.contains(w))
                r.warnings << w;
        if (linted) {
            const QString s = SpfLint::suggestRecord(result, report);
            if (!s.isEmpty())
                r.suggestedRecord = s;
        }
        const int wire = resolver.value()->queriesSent();
        if (json) {
            QJsonObject o = r.toJson();
            if (linted)
                o.insert(QStringLiteral("lint"), report.toJson());
            o.insert(QStringLiteral("queries"), wire);
            printJson(o);
        } else {
            printText(r, report, linted, wire);
        }
        QCoreApplication::exit(0);
    };
    QObject::connect(&lint, &SpfLint::finished, &lint, [&](const SpfLintReport &report) { output(report, true); });
    QObject::connect(&evaluator, &SpfEvaluator::finished, &evaluator, [&](const SpfResult &r) {
        result = r;
        if (doLint && SpfEvaluator::isValidDomain(r.domain))
            lint.run(r.domain, r.ip);
        else
            output(SpfLintReport(), false);
    });
    evaluator.start(ip, bare, helo);
    // The command owns the application's one event loop (main() has not entered it).
    return QCoreApplication::exec();
}
