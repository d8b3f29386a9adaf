#pragma once

#include "BlocklistCatalogue.h"
#include "BlocklistResult.h"
#include "Resolver.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

// Checks IPs and domains against every applicable zone of the catalogue, all in parallel.
// One job per (target, zone) with its own timeout; each zone's RFC 5782 test entries are probed
// once per run before its answers are trusted. Shape of KeePassXC's HibpDownloader: a result
// signal per item, abort(), and the destructor aborts.
class BlocklistChecker : public QObject
{
    Q_OBJECT
public:
    explicit BlocklistChecker(Resolver *resolver, QObject *parent = nullptr);
    ~BlocklistChecker() override;

    void setCatalogue(const BlocklistCatalogue *catalogue);
    void setZoneTimeout(int milliseconds);
    void setZones(const QStringList &idsOrZones); // empty: every zone
    void setAbusixKey(const QString &key);

    // Returns false (and a translated message) when a target is not an IP or domain name.
    bool start(const QStringList &ips, const QStringList &domains, QString *error = nullptr);
    void abort();

    bool isRunning() const;
    int total() const { return m_total; }
    int done() const { return int(m_results.size()); }
    QList<BlocklistResult> results() const { return m_results; }
    double elapsedMs() const { return m_elapsedMs; }

    // "1.2.0.192.zen.spamhaus.org", nibble-reversed IPv6, or "example.com.dbl.spamhaus.org".
    static QString queryName(const QString &target, const QString &zone);

Q_SIGNALS:
    void zoneFinished(const BlocklistResult &result);
    void progress(int done, int total);
    void finished(const QList<BlocklistResult> &results);

private:
    struct Probe
    {
        bool listedDone = false, unlistedDone = false;
        DnsAnswer listed, unlisted;
        bool complete() const { return listedDone && unlistedDone; }
    };
    struct Job
    {
        BlocklistResult result;
        QPointer<QObject> context;
        const BlocklistZone *zone = nullptr;
        bool answered = false, txtPending = false, finished = false;
        DnsAnswer answer;
        QElapsedTimer clock;
    };

    void startProbe(const BlocklistZone &zone);
    void startJob(const QString &target, const BlocklistZone &zone, BlocklistZone::Kind kind);
    void onAnswer(int jobIndex, const DnsAnswer &answer);
    void tryFinish(int jobIndex);
    void finishJob(int jobIndex);
    void decide(Job &job) const;
    QString zoneName(const BlocklistZone &zone) const;
    bool isErrorAnswer(const BlocklistZone &zone, const QString &address, QString *meaning) const;
    bool probeSaysListed(const BlocklistZone &zone, const DnsAnswer &answer) const;

    Resolver *m_resolver;
    const BlocklistCatalogue *m_catalogue;
    int m_zoneTimeoutMs = 6000;
    QStringList m_zoneFilter;
    QString m_abusixKey;
    QHash<QString, Probe> m_probes; // by zone id
    QList<Job> m_jobs;
    QList<BlocklistResult> m_results;
    int m_total = 0;
    QElapsedTimer m_clock;
    double m_elapsedMs = 0;
    QObject *m_probeContext = nullptr;
};
