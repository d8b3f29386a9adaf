// Benchmark: a full `dns` report (MX, SPF record, DMARC, DKIM discovery, MTA-STS, TLS-RPT) for a
// domain with a deep include chain, plus a PTR/FCrDNS check, against a local DNS server. Prints
// the queries sent, the wall time, the measured round trip and the depth × RTT estimate, where the
// depth is measured (DepthResolver) rather than assumed.
//   bench_dns [--dns-server 127.0.0.1:PORT] [--domain D] [--ip IP] [--runs N]
// Defaults: $BD_TEST_DNS, deepchain.auth.test, 198.51.100.10, 5 runs.
#include "AresResolver.h"
#include "DomainReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

// Measures the dependency depth of what the report asks: a question sent from inside the
// callback of an answer at depth d has depth d + 1; one sent from anywhere else has depth 1.
// With every independent question in flight at once, wall time ≈ max depth × RTT.
class DepthResolver : public Resolver
{
public:
    explicit DepthResolver(Resolver *inner, QObject *parent = nullptr) : Resolver(parent), m_inner(inner) { }
    void lookup(const DnsQuestion &question, QObject *context, Callback done) override
    {
        const int depth = m_ambient + 1;
        m_maxDepth = std::max(m_maxDepth, depth);
        m_inner->lookup(question, context, [this, depth, done = std::move(done)](const DnsAnswer &a) {
            const int saved = m_ambient;
            m_ambient = depth;
            done(a);
            m_ambient = saved;
        });
    }
    void cancel(QObject *context) override { m_inner->cancel(context); }
    int queriesSent() const override { return m_inner->queriesSent(); }
    int maxDepth() const { return m_maxDepth; }

private:
    Resolver *m_inner;
    int m_ambient = 0;
    int m_maxDepth = 0;
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption serverOpt(QStringLiteral("dns-server"), QStringLiteral("DNS server HOST:PORT"), QStringLiteral("HOST:PORT"),
                                       qEnvironmentVariable("BD_TEST_DNS", QStringLiteral("127.0.0.1:15353")));
    const QCommandLineOption domainOpt(QStringLiteral("domain"), QStringLiteral("domain"), QStringLiteral("D"), QStringLiteral("deepchain.auth.test"));
    const QCommandLineOption ipOpt(QStringLiteral("ip"), QStringLiteral("sending IP"), QStringLiteral("IP"), QStringLiteral("198.51.100.10"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("runs"), QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({serverOpt, domainOpt, ipOpt, runsOpt});
    parser.process(app);

    QTextStream out(stdout);
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    QList<qint64> times;
    QList<int> queries;
    int depth = 0;
    QList<double> rtts;
    int run = 0;

    std::function<void()> next;
    next = [&] {
        AresResolver::Config config;
        config.servers = {parser.value(serverOpt)};
        Result<AresResolver *> made = AresResolver::create(config);
        if (!made) {
            out << "resolver: " << made.error().message << '\n';
            QCoreApplication::exit(1);
            return;
        }
        AresResolver *resolver = made.value();
        // A warm-up query (opens the socket), then one lone query: the round-trip time the
        // estimate multiplies.
        auto *probeClock = new QElapsedTimer;
        resolver->lookup({QStringLiteral("auth.test"), DnsType::SOA}, resolver, [&, resolver, probeClock](const DnsAnswer &) {
          probeClock->start();
          resolver->lookup({QStringLiteral("auth.test"), DnsType::NS}, resolver, [&, resolver, probeClock](const DnsAnswer &) {
            rtts.append(probeClock->nsecsElapsed() / 1e6);
            delete probeClock;
            const int before = resolver->queriesSent();
            auto *depthResolver = new DepthResolver(resolver, resolver);
            auto *report = new DomainReport(depthResolver, resolver);
            auto *clock = new QElapsedTimer;
            clock->start();
            QObject::connect(report, &DomainReport::finished, report, [&, resolver, depthResolver, clock, before](const CheckResults &results) {
                times.append(clock->nsecsElapsed() / 1000);
                depth = depthResolver->maxDepth();
                queries.append(resolver->queriesSent() - before);
                delete clock;
                if (run == 0)
                    for (const CheckResult &r : results)
                        out << "  " << CheckResult::statusId(r.status).leftJustified(14) << r.id << ": " << r.summary << '\n';
                resolver->deleteLater();
                if (++run < runs)
                    QTimer::singleShot(0, next);
                else
                    QCoreApplication::exit(0);
            });
            DomainReportOptions o;
            o.domain = parser.value(domainOpt);
            o.ip = parser.value(ipOpt);
            report->start(o);
          });
        });
    };
    QTimer::singleShot(0, next);
    const int rc = app.exec();
    if (rc != 0 || times.isEmpty())
        return rc;

    std::sort(times.begin(), times.end());
    const double medianMs = times.at(times.size() / 2) / 1000.0;
    std::sort(rtts.begin(), rtts.end());
    const double rtt = rtts.at(rtts.size() / 2);
    out << "\ndomain " << parser.value(domainOpt) << ", ip " << parser.value(ipOpt) << ", server " << parser.value(serverOpt) << '\n';
    out << "runs " << runs << ", queries per run " << queries.first() << ", dependency depth " << depth << '\n';
    out << "wall time median " << QString::number(medianMs, 'f', 2) << " ms (min " << QString::number(times.first() / 1000.0, 'f', 2)
        << ", max " << QString::number(times.last() / 1000.0, 'f', 2) << ")\n";
    out << "single-query RTT (median) " << QString::number(rtt, 'f', 3) << " ms; depth x RTT = " << depth << " x " << QString::number(rtt, 'f', 3)
        << " = " << QString::number(depth * rtt, 'f', 2) << " ms; sum of queries x RTT = " << QString::number(queries.first() * rtt, 'f', 2) << " ms\n";
    return 0;
}
