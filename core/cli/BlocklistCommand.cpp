#include "BlocklistChecker.h"
#include "CliSupport.h"
#include "Commands.h"
#include "Resolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("BlocklistCommand", text);
}

void printReadable(const BlocklistChecker &checker)
{
    QTextStream out(stdout);
    QList<BlocklistResult> results = checker.results();
    // Listings first, then what could not be checked, then clean zones: what needs action on top.
    std::stable_sort(results.begin(), results.end(), [](const BlocklistResult &a, const BlocklistResult &b) {
        return int(a.status) < int(b.status);
    });
    int listed = 0, unknown = 0;
    for (const BlocklistResult &r : results) {
        const CheckResult c = r.toCheckResult();
        const QString mark = r.status == ListingStatus::Listed ? QStringLiteral("LISTED ")
                             : r.status == ListingStatus::Clean ? QStringLiteral("clean  ")
                                                                : QStringLiteral("??     ");
        out << mark << r.target.leftJustified(20) << ' ' << r.zone.leftJustified(28) << ' ' << c.summary << '\n';
        if (r.status == ListingStatus::Listed) {
            ++listed;
            if (!r.txt.isEmpty())
                out << "         " << tr("reason given:") << ' ' << r.txt << '\n';
            out << "         " << tr("what to do:") << ' ' << c.fix << '\n';
            out << "         " << tr("delisting page:") << ' ' << r.delistUrl << '\n';
        } else if (r.status == ListingStatus::CouldNotCheck) {
            ++unknown;
        }
    }
    out << '\n'
        << tr("%1 zones checked in %2 ms: %3 listed, %4 clean, %5 couldn't check")
               .arg(results.size())
               .arg(qRound(checker.elapsedMs()))
               .arg(listed)
               .arg(results.size() - listed - unknown)
               .arg(unknown)
        << '\n';
}
}

int runBlocklistCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check IP addresses and domains against the DNS blocklists mail servers "
                                        "use. Each zone answers listed, clean or couldn't check."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("ip"), tr("IPv4 or IPv6 address to check (repeatable)."), tr("IP")});
    parser.addOption({QStringLiteral("domain"), tr("Domain to check in the domain lists (repeatable)."), tr("DOMAIN")});
    parser.addOption({QStringLiteral("zone"), tr("Only this zone (id or name, repeatable)."), tr("ZONE")});
    parser.addOption({QStringLiteral("zone-timeout"), tr("Deadline per zone in milliseconds (default 6000)."), tr("MS")});
    parser.addOption({QStringLiteral("abusix-key"), tr("Abusix Mail Intelligence query key."), tr("KEY")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    addDnsServerOption(parser);
    if (!parser.parse(args)) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QStringList ips = parser.values(QStringLiteral("ip"));
    const QStringList domains = parser.values(QStringLiteral("domain"));
    if (ips.isEmpty() && domains.isEmpty()) {
        printError(tr("give --ip IP or --domain DOMAIN (see --help)"));
        return 2;
    }
    auto resolver = makeResolver(parser, nullptr);
    if (!resolver) {
        printError(resolver.error().message);
        return 2;
    }
    std::unique_ptr<Resolver> owner(resolver.value());
    BlocklistChecker checker(owner.get());
    if (parser.isSet(QStringLiteral("zone-timeout"))) {
        bool ok = false;
        const int ms = parser.value(QStringLiteral("zone-timeout")).toInt(&ok);
        if (!ok || ms <= 0) {
            printError(tr("--zone-timeout needs a positive number of milliseconds"));
            return 2;
        }
        checker.setZoneTimeout(ms);
    }
    checker.setZones(parser.values(QStringLiteral("zone")));
    checker.setAbusixKey(parser.value(QStringLiteral("abusix-key")));
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!json)
        QObject::connect(&checker, &BlocklistChecker::progress, &checker, [](int done, int total) {
            QTextStream(stderr) << "\r" << tr("checked %1 of %2 zones").arg(done).arg(total) << (done == total ? "\n" : "");
        });
    QObject::connect(&checker, &BlocklistChecker::finished, QCoreApplication::instance(),
                     [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    QString error;
    if (!checker.start(ips, domains, &error)) {
        printError(error);
        return 2;
    }
    QCoreApplication::exec();

    if (json) {
        QJsonArray zones;
        int listed = 0, unknown = 0;
        for (const BlocklistResult &r : checker.results()) {
            zones.append(r.toJson());
            listed += r.status == ListingStatus::Listed;
            unknown += r.status == ListingStatus::CouldNotCheck;
        }
        printJson(QJsonObject{{QStringLiteral("ips"), QJsonArray::fromStringList(ips)},
                              {QStringLiteral("domains"), QJsonArray::fromStringList(domains)},
                              {QStringLiteral("zones"), zones},
                              {QStringLiteral("listed"), listed},
                              {QStringLiteral("couldntCheck"), unknown},
                              {QStringLiteral("clean"), int(zones.size()) - listed - unknown},
                              {QStringLiteral("queries"), owner->queriesSent()},
                              {QStringLiteral("elapsedMs"), qRound(checker.elapsedMs())}});
    } else {
        printReadable(checker);
    }
    return 0;
}
