#include "BlocklistChecker.h"
#include "CliSupport.h"
#include "Commands.h"
#include "Resolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

namespace {
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
                out << "         " << QCoreApplication::translate("BlocklistCommand", "reason given:") << ' ' << r.txt << '\n';
            out << "         " << QCoreApplication::translate("BlocklistCommand", "what to do:") << ' ' << c.fix << '\n';
            out << "         " << QCoreApplication::translate("BlocklistCommand", "delisting page:") << ' ' << r.delistUrl << '\n';
        } else if (r.status == ListingStatus::CouldNotCheck) {
            ++unknown;
        }
    }
    out << '\n'
        << QCoreApplication::translate("BlocklistCommand", "%1 zones checked in %2 ms: %3 listed, %4 clean, %5 couldn't check")
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
    parser.setApplicationDescription(QCoreApplication::translate("BlocklistCommand", "Check IP addresses and domains against the DNS blocklists mail servers "
                                        "use. Each zone answers listed, clean or couldn't check."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("ip"), QCoreApplication::translate("BlocklistCommand", "IPv4 or IPv6 address to check (repeatable)."), QCoreApplication::translate("BlocklistCommand", "IP")});
    parser.addOption({QStringLiteral("domain"), QCoreApplication::translate("BlocklistCommand", "Domain to check in the domain lists (repeatable)."), QCoreApplication::translate("BlocklistCommand", "DOMAIN")});
    parser.addOption({QStringLiteral("zone"), QCoreApplication::translate("BlocklistCommand", "Only this zone (id or name, repeatable)."), QCoreApplication::translate("BlocklistCommand", "ZONE")});
    parser.addOption({QStringLiteral("zone-timeout"), QCoreApplication::translate("BlocklistCommand", "Deadline per zone in milliseconds (default 6000)."), QCoreApplication::translate("BlocklistCommand", "MS")});
    parser.addOption({QStringLiteral("abusix-key"), QCoreApplication::translate("BlocklistCommand", "Abusix Mail Intelligence query key."), QCoreApplication::translate("BlocklistCommand", "KEY")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("BlocklistCommand", "Print JSON.")});
    addDnsServerOption(parser);
    if (const auto stop = parseCommandLine(parser, args))
        return *stop;
    const QStringList ips = parser.values(QStringLiteral("ip"));
    const QStringList domains = parser.values(QStringLiteral("domain"));
    if (ips.isEmpty() && domains.isEmpty()) {
        printError(QCoreApplication::translate("BlocklistCommand", "give --ip IP or --domain DOMAIN (see --help)"));
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
            printError(QCoreApplication::translate("BlocklistCommand", "--zone-timeout needs a positive number of milliseconds"));
            return 2;
        }
        checker.setZoneTimeout(ms);
    }
    checker.setZones(parser.values(QStringLiteral("zone")));
    checker.setAbusixKey(parser.value(QStringLiteral("abusix-key")));
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!json)
        QObject::connect(&checker, &BlocklistChecker::progress, &checker, [](int done, int total) {
            QTextStream(stderr) << "\r" << QCoreApplication::translate("BlocklistCommand", "checked %1 of %2 zones").arg(done).arg(total) << (done == total ? "\n" : "");
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
