#include "BounceAnalyzer.h"
#include "CaseReport.h"
#include "CliSupport.h"
#include "Commands.h"
#include "FixPlan.h"
#include "Investigation.h"
#include "ReportWriter.h"
#include "Resolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <memory>

namespace {
// Facts the user knows better than the bounce: --ip, --from-domain... override what was read.
void applyOverrides(const QCommandLineParser &parser, Facts &f)
{
    const struct
    {
        const char *option;
        QString Facts::*field;
    } map[] = {{"ip", &Facts::sendingIp},          {"helo", &Facts::helo},
               {"sender-domain", &Facts::senderDomain}, {"from-domain", &Facts::fromDomain},
               {"recipient-domain", &Facts::recipientDomain}, {"selector", &Facts::dkimSelector},
               {"dkim-domain", &Facts::dkimDomain}};
    for (const auto &m : map)
        if (parser.isSet(QLatin1String(m.option)))
            f.*m.field = parser.value(QLatin1String(m.option)).trimmed();
    if (parser.isSet(QStringLiteral("mail-from"))) {
        f.senderAddress = parser.value(QStringLiteral("mail-from")).trimmed();
        f.mailFromDomain = f.senderAddress.section(QLatin1Char('@'), -1).toLower();
        if (f.senderDomain.isEmpty())
            f.senderDomain = f.mailFromDomain;
    }
}

void printReadable(const Analysis &analysis, const InvestigationResult &inv, const FixPlan &plan)
{
    QTextStream out(stdout);
    const Diagnosis &d = analysis.diagnosis;
    out << QCoreApplication::translate("DiagnoseCommand", "Cause: %1").arg(causeTitle(inv.headline)) << '\n';
    out << "  " << causeExplanation(inv.headline) << '\n';
    out << QCoreApplication::translate("DiagnoseCommand", "Reason read from the bounce: %1 (%2 %3)").arg(d.reason, d.replyCode, d.status).trimmed() << "\n\n";
    out << QCoreApplication::translate("DiagnoseCommand", "What the live checks say:") << '\n';
    for (const CauseAssessment &a : inv.causes) {
        out << "  " << causeTitle(a.cause) << ": " << a.verdictText()
            << QStringLiteral(" (%1 → %2)").arg(a.before, 0, 'f', 2).arg(a.after, 0, 'f', 2) << '\n';
        for (const QString &w : a.why)
            out << "      - " << w << '\n';
    }
    for (const MissingFact &m : inv.missing)
        out << "  " << QCoreApplication::translate("DiagnoseCommand", "Needs input:") << ' ' << m.prompt << '\n';
    out << '\n' << QCoreApplication::translate("DiagnoseCommand", "Your fix plan:") << '\n';
    for (const FixStep *s : plan.path()) {
        out << QStringLiteral("  %1. %2 [%3]").arg(s->number).arg(s->title, FixStep::stateText(s->state)) << '\n';
        for (const CheckResult &c : s->checks)
            if (c.status != CheckStatus::Info)
                out << "      " << CheckResult::statusText(c.status) << ": " << c.title << " — " << c.summary << '\n';
        for (const FixText &f : s->fixes) {
            out << "      * " << f.title << ": " << f.text << '\n';
            if (!f.copyable.isEmpty() && f.copyable != f.text)
                out << "          " << f.copyable << '\n';
            if (!f.url.isEmpty())
                out << "          " << f.url << '\n';
        }
    }
}
}

int runDiagnoseCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("DiagnoseCommand", "Read a bounce, run the live checks it calls for (DNS, SPF, DKIM, DMARC, "
                                        "blocklists) and print the fix plan. Progress goes to standard error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("DiagnoseCommand", "The bounce (a file, or - for standard input)."));
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("DiagnoseCommand", "Print JSON: analysis, investigation and plan.")});
    parser.addOption({QStringLiteral("report"), QCoreApplication::translate("DiagnoseCommand", "Also write the whole case to FILE (.html, .md, .pdf or .json)."), QCoreApplication::translate("DiagnoseCommand", "FILE")});
    parser.addOption({QStringLiteral("ip"), QCoreApplication::translate("DiagnoseCommand", "Sending IP address (overrides the bounce)."), QCoreApplication::translate("DiagnoseCommand", "IP")});
    parser.addOption({QStringLiteral("helo"), QCoreApplication::translate("DiagnoseCommand", "HELO name of the sending server."), QCoreApplication::translate("DiagnoseCommand", "NAME")});
    parser.addOption({QStringLiteral("mail-from"), QCoreApplication::translate("DiagnoseCommand", "Envelope sender address."), QCoreApplication::translate("DiagnoseCommand", "ADDRESS")});
    parser.addOption({QStringLiteral("sender-domain"), QCoreApplication::translate("DiagnoseCommand", "Sender domain."), QCoreApplication::translate("DiagnoseCommand", "DOMAIN")});
    parser.addOption({QStringLiteral("from-domain"), QCoreApplication::translate("DiagnoseCommand", "Domain of the From header."), QCoreApplication::translate("DiagnoseCommand", "DOMAIN")});
    parser.addOption({QStringLiteral("recipient-domain"), QCoreApplication::translate("DiagnoseCommand", "Recipient domain."), QCoreApplication::translate("DiagnoseCommand", "DOMAIN")});
    parser.addOption({QStringLiteral("selector"), QCoreApplication::translate("DiagnoseCommand", "DKIM selector."), QCoreApplication::translate("DiagnoseCommand", "SELECTOR")});
    parser.addOption({QStringLiteral("dkim-domain"), QCoreApplication::translate("DiagnoseCommand", "DKIM signing domain (d=)."), QCoreApplication::translate("DiagnoseCommand", "DOMAIN")});
    parser.addOption({QStringLiteral("quiet"), QCoreApplication::translate("DiagnoseCommand", "No progress on standard error.")});
    addDnsServerOption(parser);
    if (const auto stop = parseCommandLine(parser, args))
        return *stop;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        printError(QCoreApplication::translate("DiagnoseCommand", "give exactly one bounce file (or - for standard input)"));
        return 2;
    }
    QFile in;
    const bool stdinInput = files.constFirst() == QLatin1String("-");
    if (stdinInput ? !in.open(stdin, QIODevice::ReadOnly) : (in.setFileName(files.constFirst()), !in.open(QIODevice::ReadOnly))) {
        printError(QCoreApplication::translate("DiagnoseCommand", "cannot read %1: %2").arg(files.constFirst(), in.errorString()));
        return 1;
    }
    const QByteArray bytes = in.readAll();
    const auto analysis = BounceAnalyzer().analyze(bytes);
    if (!analysis) {
        printError(analysis.error().message);
        return 1;
    }
    Diagnosis diagnosis = analysis.value().diagnosis;
    applyOverrides(parser, diagnosis.facts);

    auto resolver = makeResolver(parser, nullptr);
    if (!resolver) {
        printError(resolver.error().message);
        return 2;
    }
    std::unique_ptr<Resolver> owner(resolver.value());
    Investigation investigation(owner.get());
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    QHash<QString, QString> checkTitles; // for the report's headings
    QObject::connect(&investigation, &Investigation::checkStarted, &investigation,
                     [&checkTitles](const QString &id, const QString &title) { checkTitles.insert(id, title); });
    if (!quiet) {
        QObject::connect(&investigation, &Investigation::checkStarted, &investigation,
                         [](const QString &, const QString &title) { QTextStream(stderr) << QCoreApplication::translate("DiagnoseCommand", "checking: %1").arg(title) << '\n'; });
        QObject::connect(&investigation, &Investigation::progress, &investigation, [](int done, int total) {
            QTextStream(stderr) << QCoreApplication::translate("DiagnoseCommand", "%1 of %2 checks done").arg(done).arg(total) << '\n';
        });
    }
    QObject::connect(&investigation, &Investigation::finished, QCoreApplication::instance(),
                     [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    investigation.start(analysis.value().bounce, diagnosis);
    if (investigation.isRunning())
        QCoreApplication::exec();
    const InvestigationResult &inv = investigation.result();
    const FixPlan plan = FixPlan::build(analysis.value().bounce, diagnosis, inv);

    QJsonObject json{{QStringLiteral("file"), files.constFirst()},
                     {QStringLiteral("analysis"), analysis.value().toJson()},
                     {QStringLiteral("investigation"), inv.toJson()},
                     {QStringLiteral("plan"), plan.toJson()},
                     {QStringLiteral("cause"), causeId(inv.headline)}};
    if (parser.isSet(QStringLiteral("json")))
        printJson(json);
    else
        printReadable(analysis.value(), inv, plan);
    if (parser.isSet(QStringLiteral("report"))) {
        CaseReport report;
        report.appVersion = QCoreApplication::applicationVersion();
        report.created = QDateTime::currentDateTimeUtc();
        report.source = stdinInput ? QString() : QFileInfo(files.constFirst()).fileName();
        report.analysis = analysis.value();
        report.userFacts = diagnosis.facts;
        report.investigation = inv;
        report.plan = plan;
        report.checkTitles = checkTitles;
        const auto written = ReportWriter::write(report, parser.value(QStringLiteral("report")));
        if (!written) {
            printError(written.error().message);
            return 1;
        }
        if (!quiet)
            QTextStream(stderr) << QCoreApplication::translate("DiagnoseCommand", "report written to %1").arg(parser.value(QStringLiteral("report"))) << '\n';
    }
    return 0;
}
