// One IP against the whole DNSBL catalogue, many times: wall time beside the slowest zone and the
// sum of all zones, to show the zones are asked in parallel.
//   bench_blocklist --dns-server 127.0.0.1:PORT [--ip IP] [--runs N]
#include "AresResolver.h"
#include "BlocklistChecker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("dns-server"), QStringLiteral("DNS server"), QStringLiteral("HOST:PORT")});
    p.addOption({QStringLiteral("ip"), QStringLiteral("IP to check"), QStringLiteral("IP"), QStringLiteral("192.0.2.66")});
    p.addOption({QStringLiteral("runs"), QStringLiteral("repetitions"), QStringLiteral("N"), QStringLiteral("20")});
    p.process(app);
    AresResolver::Config config;
    config.servers = p.values(QStringLiteral("dns-server"));
    config.timeoutMs = 1000;
    config.tries = 1;
    auto resolver = AresResolver::create(config);
    if (!resolver) {
        QTextStream(stderr) << resolver.error().message << '\n';
        return 2;
    }
    QTextStream out(stdout);
    const int runs = p.value(QStringLiteral("runs")).toInt();
    QList<double> walls, slowest, sums;
    int zones = 0, queries = 0;
    for (int i = 0; i < runs; ++i) {
        // A fresh checker, no cache: every run asks the server again.
        BlocklistChecker checker(resolver.value());
        const int before = resolver.value()->queriesSent();
        QElapsedTimer clock;
        clock.start();
        QObject::connect(&checker, &BlocklistChecker::finished, &app, [] { QCoreApplication::exit(0); });
        checker.start({p.value(QStringLiteral("ip"))}, {});
        app.exec();
        walls.append(double(clock.nsecsElapsed()) / 1e6);
        double maxZone = 0, sum = 0;
        for (const BlocklistResult &r : checker.results()) {
            maxZone = std::max(maxZone, r.elapsedMs);
            sum += r.elapsedMs;
        }
        slowest.append(maxZone);
        sums.append(sum);
        zones = int(checker.results().size());
        queries = resolver.value()->queriesSent() - before;
    }
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.isEmpty() ? 0.0 : v.at(v.size() / 2);
    };
    out << QStringLiteral("blocklist check of %1 against %2 zones (%3 DNS queries per run, %4 runs)\n")
               .arg(p.value(QStringLiteral("ip")))
               .arg(zones)
               .arg(queries)
               .arg(runs);
    out << QStringLiteral("  wall time        median %1 ms\n").arg(median(walls), 0, 'f', 2);
    out << QStringLiteral("  slowest zone     median %1 ms\n").arg(median(slowest), 0, 'f', 2);
    out << QStringLiteral("  sum of all zones median %1 ms  (what one-after-another would cost)\n").arg(median(sums), 0, 'f', 2);
    return 0;
}
