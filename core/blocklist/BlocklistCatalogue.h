#pragma once

#include "Result.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

// What one answer of a zone means. Either an exact address or, for bitmask zones, one bit of
// the last octet.
struct BlocklistCode
{
    QString answer;        // "127.0.0.2" (exact zones)
    int bit = 0;           // bitmask zones
    QString list;          // sub-list ("SBL", "PBL", "black")
    QString meaning;       // English; translated at display time (context "Blocklist")
    bool listed = true;    // reputation zones also answer "good" codes
    QString severity;      // high | medium | low | info
};

struct BlocklistZone
{
    enum Kind { Ipv4 = 1, Ipv6 = 2, Domain = 4 };

    QString id, zone, name;
    int kinds = 0;
    QString weight;        // high | medium | low: how much big receivers care
    bool bitmask = false;
    bool requiresKey = false;
    QList<BlocklistCode> codes;
    QList<BlocklistCode> errorCodes;   // answers that mean "query refused", never a listing
    QString errorRange;                // a CIDR of further refusal answers
    QString testListed, testUnlisted;  // RFC 5782 test entries (IP or domain)
    bool testListedAnyAnswer = false;  // the test entry answers a code outside `codes`
    QString lookupUrl, delistUrl, delist, publicResolvers;

    bool supports(Kind kind) const { return kinds & kind; }
};

// The DNSBL catalogue (resources/knowledge/blocklist-zones.json), validated when loaded.
class BlocklistCatalogue
{
public:
    static const BlocklistCatalogue &instance(); // the built-in catalogue; see loadError()
    static Result<BlocklistCatalogue> load(const QString &path);
    static Result<BlocklistCatalogue> fromJson(const QByteArray &json, const QString &fileName);

    const QList<BlocklistZone> &zones() const { return m_zones; }
    const BlocklistZone *zone(const QString &idOrZone) const;
    QString loadError() const { return m_loadError; }

private:
    QList<BlocklistZone> m_zones;
    QString m_loadError;
};
