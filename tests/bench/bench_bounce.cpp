// bench_bounce DIR [SECONDS]: analyses every file in DIR in one process, over and over for at
// least SECONDS (default 2) of CPU time, and prints the rate in bounces per second. The knowledge
// is loaded once, before timing starts, exactly as the window and the CLI use it. The rate is per
// CPU second so that it stays comparable on a shared, busy machine (wall-clock rate printed too).

#include "BounceAnalyzer.h"
#include "Cause.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QList>

#include <cstdio>
#include <ctime>

namespace {
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_bounce DIR [SECONDS]\n");
        return 2;
    }
    const double minSeconds = args.size() > 2 ? args.at(2).toDouble() : 2.0;

    QList<QByteArray> inputs;
    const QDir dir(args.at(1));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &name : files) {
        if (name == QLatin1String("expected.json"))
            continue;
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            inputs << f.readAll();
    }
    if (inputs.isEmpty()) {
        std::fprintf(stderr, "bench_bounce: no files in %s\n", qPrintable(args.at(1)));
        return 1;
    }

    const BounceAnalyzer analyzer;
    // Warm-up pass: loads the knowledge and counts what is recognised, outside the timing.
    int classified = 0;
    for (const QByteArray &in : std::as_const(inputs)) {
        const Result<Analysis> r = analyzer.analyze(in);
        if (r.ok() && r.value().diagnosis.cause != Cause::Unknown)
            ++classified;
    }

    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds();
    qint64 analysed = 0, failures = 0;
    while (cpuSeconds() - cpuStart < minSeconds) {
        for (const QByteArray &in : std::as_const(inputs)) {
            const Result<Analysis> r = analyzer.analyze(in);
            if (r.ok())
                failures += r.value().bounce.failures.size(); // keeps the work observable
            ++analysed;
        }
    }
    const double cpu = cpuSeconds() - cpuStart;
    const double wall = timer.nsecsElapsed() / 1e9;
    std::printf("bench_bounce: %lld files, %d classified (not unknown), %lld analyses (%lld failures) "
                "in %.2f s CPU (%.2f s wall, %.1f/s wall-clock)\n",
                static_cast<long long>(inputs.size()), classified, static_cast<long long>(analysed),
                static_cast<long long>(failures), cpu, wall, analysed / wall);
    std::printf("RATE %.1f bounces/s\n", analysed / cpu);
    return 0;
}
