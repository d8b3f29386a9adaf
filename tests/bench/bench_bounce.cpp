// bench_bounce DIR [SECONDS]: analyses every file in DIR in one process, over and over for at
// least SECONDS (default 2) of CPU time, and prints the rate in bounces per second. The knowledge
// is loaded once, before timing starts, exactly as the window and the CLI use it. The rate is per
// CPU second so that it stays comparable on a shared, busy machine (wall-clock rate printed too).

#include "BounceAnalyzer.h"
#include "BounceParser.h"
#include "Cause.h"
#include "MimeReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QList>

#include <gmime/gmime.h>

#include <algorithm>
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
    QStringList args = app.arguments();
    // --slowest: also list the ten files that cost most, to show where to optimise.
    const bool slowest = args.removeAll(QStringLiteral("--slowest")) > 0;
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_bounce [--slowest] DIR [SECONDS]\n");
        return 2;
    }
    const double minSeconds = args.size() > 2 ? args.at(2).toDouble() : 2.0;

    QList<QByteArray> inputs;
    QStringList names;
    const QDir dir(args.at(1));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &name : files) {
        if (name == QLatin1String("expected.json"))
            continue;
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly)) {
            inputs << f.readAll();
            names << name;
        }
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

    // The parser's share, so a slowdown can be placed on the right side of the parse/classify split.
    const BounceParser parser;
    const double parseStart = cpuSeconds();
    qint64 parsed = 0;
    while (cpuSeconds() - parseStart < minSeconds / 2) {
        for (const QByteArray &in : std::as_const(inputs)) {
            const Result<Bounce> b = parser.parse(in);
            parsed += b.ok() ? 1 : 0;
        }
    }
    std::printf("parse only: %.1f bounces/s (classification takes the rest)\n", parsed / (cpuSeconds() - parseStart));

    // The floor the required MIME library sets: GMime building the message tree of every file
    // that declares MIME (the reader sends only those to GMime), then freeing it, and nothing
    // else - no content decoded, no header read. Whatever the reader does, it cannot be faster.
    g_mime_init();
    QList<bool> viaGMime;  // as the reader decides: a message its plain-text reader cannot take
    for (const QByteArray &in : std::as_const(inputs)) {
        QByteArray lf = in;
        lf.replace("\r\n", "\n");
        viaGMime.append((in.contains("MIME-Version") || in.contains("Content-Type")) && !MimeReader::readPlain(lf).parsed);
    }
    const double gmimeStart = cpuSeconds();
    qint64 gmimeRounds = 0;
    while (cpuSeconds() - gmimeStart < minSeconds / 2) {
        for (qsizetype i = 0; i < inputs.size(); ++i) {
            const QByteArray &in = inputs.at(i);
            ++gmimeRounds;
            if (!viaGMime.at(i))
                continue;
            GMimeStream *stream = g_mime_stream_mem_new_with_buffer(in.constData(), size_t(in.size()));
            GMimeParser *gparser = g_mime_parser_new_with_stream(stream);
            if (GMimeMessage *message = g_mime_parser_construct_message(gparser, nullptr))
                g_object_unref(message);
            g_object_unref(gparser);
            g_object_unref(stream);
        }
    }
    std::printf("GMime parse alone: %.1f bounces/s (the floor for the whole analysis; %lld of %lld files go to GMime)\n",
                gmimeRounds / (cpuSeconds() - gmimeStart), static_cast<long long>(viaGMime.count(true)),
                static_cast<long long>(inputs.size()));

    if (slowest) {
        QList<std::pair<double, QString>> costs;
        for (qsizetype i = 0; i < inputs.size(); ++i) {
            constexpr int kRepeat = 20;
            const double t0 = cpuSeconds();
            for (int k = 0; k < kRepeat; ++k)
                (void)analyzer.analyze(inputs.at(i));
            costs.append({(cpuSeconds() - t0) / kRepeat * 1e6, names.at(i)});
        }
        std::sort(costs.begin(), costs.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (qsizetype i = 0; i < std::min<qsizetype>(10, costs.size()); ++i)
            std::printf("  %8.1f us  %s\n", costs.at(i).first, qPrintable(costs.at(i).second));
    }
    return 0;
}
