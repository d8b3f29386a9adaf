#include "Commands.h"

#include "Analysis.h"
#include "BounceAnalyzer.h"
#include "Classifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace {
struct Input
{
    QString name;
    QByteArray data;
    Error error;
    bool ok = false;
};

Input readInput(const QString &name)
{
    Input in;
    in.name = name;
    QFile file;
    bool opened = false;
    if (name == QLatin1String("-"))
        opened = file.open(stdin, QIODevice::ReadOnly);
    else {
        file.setFileName(name);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        in.error = {QStringLiteral("unreadable"), QCoreApplication::translate("AnalyzeCommand", "Cannot read %1: %2").arg(name, file.errorString())};
        return in;
    }
    // A bounce is never larger than the parser accepts; reading one byte more lets it say so.
    const qint64 limit = ParseLimits().maxInputBytes + 1;
    in.data = file.read(limit);
    if (file.error() != QFileDevice::NoError) {
        in.error = {QStringLiteral("unreadable"), QCoreApplication::translate("AnalyzeCommand", "Cannot read %1: %2").arg(name, file.errorString())};
        return in;
    }
    in.ok = true;
    return in;
}

void writeLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
}

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

QString report(const QString &name, const Analysis &a)
{
    const Classifier &c = Classifier::instance();
    const Diagnosis &d = a.diagnosis;
    QString out;
    QTextStream s(&out);
    s << "== " << name << " ==\n";
    s << QCoreApplication::translate("AnalyzeCommand", "Cause:      ") << causeTitle(d.cause) << " (" << causeId(d.cause) << ")\n";
    s << QCoreApplication::translate("AnalyzeCommand", "            ") << causeExplanation(d.cause) << '\n';
    if (!d.reason.isEmpty())
        s << QCoreApplication::translate("AnalyzeCommand", "Reason:     ") << c.reasonTitle(d.reason) << " (" << d.reason << ")\n";
    s << QCoreApplication::translate("AnalyzeCommand", "Codes:      ") << orDash(d.replyCode) << ' ' << orDash(d.status) << '\n';
    s << QCoreApplication::translate("AnalyzeCommand", "Confidence: ") << QString::number(int(d.confidence * 100 + 0.5)) << "%\n";
    s << QCoreApplication::translate("AnalyzeCommand", "Format:     ") << a.bounce.format << '\n';
    if (!d.evidence.isEmpty()) {
        s << QCoreApplication::translate("AnalyzeCommand", "Evidence:") << '\n';
        for (const Evidence &e : d.evidence)
            s << "  [" << e.kind << "] " << e.text << '\n';
    }
    s << QCoreApplication::translate("AnalyzeCommand", "Recipients:") << '\n';
    if (a.bounce.failures.isEmpty())
        s << "  " << QCoreApplication::translate("AnalyzeCommand", "(none found)") << '\n';
    for (const DeliveryFailure &f : a.bounce.failures) {
        s << "  " << orDash(f.recipient) << "  " << f.action << "  " << orDash(f.replyCode) << ' ' << orDash(f.status)
          << "  " << orDash(f.reason) << " / " << causeId(f.cause) << '\n';
        if (!f.remoteMta.isEmpty() || !f.smtpCommand.isEmpty())
            s << "    " << QCoreApplication::translate("AnalyzeCommand", "remote server: ") << orDash(f.remoteMta) << "  " << QCoreApplication::translate("AnalyzeCommand", "at: ") << orDash(f.smtpCommand)
              << '\n';
        if (!f.diagnostic.isEmpty())
            s << "    " << f.diagnostic.left(500) << '\n';
    }
    s << QCoreApplication::translate("AnalyzeCommand", "Facts:") << '\n';
    const QJsonObject facts = d.facts.toJson();
    for (auto it = facts.begin(); it != facts.end(); ++it)
        if (!it.value().toString().isEmpty())
            s << "  " << it.key() << ": " << it.value().toString() << '\n';
    if (!a.bounce.original.sendingHopExplanation.isEmpty())
        s << "  " << a.bounce.original.sendingHopExplanation << '\n';
    for (const QString &w : a.bounce.warnings)
        s << QCoreApplication::translate("AnalyzeCommand", "Warning: ") << w << '\n';
    return out;
}
}

int runAnalyzeCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("AnalyzeCommand", "Read bounce messages and name the cause of each failure."));
    parser.addHelpOption();
    const QCommandLineOption jsonl(QStringLiteral("jsonl"), QCoreApplication::translate("AnalyzeCommand", "One JSON object per input, one per line."));
    parser.addOption(jsonl);
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("AnalyzeCommand", "Bounce files (.eml or text); none or '-' reads standard input."),
                                 QStringLiteral("[FILE ...]"));
    if (!parser.parse(args)) {
        QTextStream(stderr) << args.value(0) << ": " << parser.errorText() << '\n'
                            << parser.helpText();
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        files.append(QStringLiteral("-"));

    const bool asJson = parser.isSet(jsonl);
    const BounceAnalyzer analyzer;
    const QString loadError = Classifier::instance().loadError();
    if (!loadError.isEmpty())
        QTextStream(stderr) << args.value(0) << ": " << loadError << '\n';
    int exitCode = 0;
    for (const QString &name : std::as_const(files)) {
        const Input in = readInput(name);
        Result<Analysis> result = in.ok ? analyzer.analyze(in.data) : Result<Analysis>(in.error);
        if (!result) {
            exitCode = 1;
            if (asJson) {
                const QJsonObject o{{QStringLiteral("file"), name},
                                    {QStringLiteral("error"),
                                     QJsonObject{{QStringLiteral("code"), result.error().code},
                                                 {QStringLiteral("message"), result.error().message}}}};
                writeLine(QJsonDocument(o).toJson(QJsonDocument::Compact));
            } else {
                QTextStream(stdout) << "== " << name << " ==\n"
                                    << QCoreApplication::translate("AnalyzeCommand", "Error: ") << result.error().message << " (" << result.error().code
                                    << ")\n\n";
            }
            continue;
        }
        if (asJson) {
            QJsonObject o = result.value().toJson();
            o.insert(QStringLiteral("file"), name);
            writeLine(QJsonDocument(o).toJson(QJsonDocument::Compact));
        } else {
            QTextStream(stdout) << report(name, result.value()) << '\n';
        }
    }
    std::fflush(stdout);
    return exitCode;
}
