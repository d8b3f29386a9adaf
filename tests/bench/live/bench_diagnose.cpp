// Paste -> confirmed diagnosis: analysis, every live check the bounce calls for (in parallel) and
// the verdict, for each bounce in a directory, against a given DNS server.
//   bench_diagnose --dns-server 127.0.0.1:PORT DIR [--runs N]
#include "AresResolver.h"
#include "BounceAnalyzer.h"
#include "CachingResolver.h"
#include "Investigation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("dns-server"), QStringLiteral("DNS server"), QStringLiteral("HOST:PORT")});
    p.addOption({QStringLiteral("runs"), QStringLiteral("repetitions"), QStringLiteral("N"), QStringLiteral("10")});
    p.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("bounces"));
    p.process(app);
    AresResolver::Config config;
    config.servers = p.values(QStringLiteral("dns-server"));
    config.timeoutMs = 1000;
    config.tries = 1;
    auto ares = AresResolver::create(config, &app); // parented: CachingResolver must not own it
    if (!ares || p.positionalArguments().isEmpty()) {
        QTextStream(stderr) << "usage: bench_diagnose --dns-server HOST:PORT DIR [--runs N]\n";
        return 2;
    }
    QTextStream out(stdout);
    const QDir dir(p.positionalArguments().constFirst());
    const int runs = p.value(QStringLiteral("runs")).toInt();
    const BounceAnalyzer analyzer;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        QList<double> times;
        InvestigationResult last;
        int queries = 0;
        for (int i = 0; i < runs; ++i) {
            CachingResolver cache(ares.value()); // a new case: nothing cached from the last run
            QElapsedTimer clock;
            clock.start();
            const auto analysis = analyzer.analyze(bytes);
            if (!analysis)
                break;
            Investigation inv(&cache);
            QObject::connect(&inv, &Investigation::finished, &app, [] { QCoreApplication::exit(0); },
                             Qt::QueuedConnection);
            inv.start(analysis.value().bounce, analysis.value().diagnosis);
            if (inv.isRunning())
                app.exec();
            times.append(double(clock.nsecsElapsed()) / 1e6);
            last = inv.result();
            queries = last.queries;
        }
        if (times.isEmpty())
            continue;
        std::sort(times.begin(), times.end());
        const CauseAssessment *a = last.assessment(last.headline);
        out << QStringLiteral("%1  %2 %3  %4 checks, %5 queries, median %6 ms\n")
                   .arg(name.leftJustified(26))
                   .arg(causeId(last.headline).leftJustified(18))
                   .arg((a ? CauseAssessment::verdictId(a->verdict) : QStringLiteral("-")).leftJustified(12))
                   .arg(last.checkOrder.size())
                   .arg(queries)
                   .arg(times.at(times.size() / 2), 0, 'f', 1);
    }
    return 0;
}
