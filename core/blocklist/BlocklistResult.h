#pragma once

#include "CheckResult.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

enum class ListingStatus { Listed, Clean, CouldNotCheck };

// One target (IP or domain) against one zone.
struct BlocklistResult
{
    QString target;          // "192.0.2.1" or "example.com"
    QString zoneId, zone, zoneName, weight;
    QString queryName;       // what was asked, e.g. "1.2.0.192.zen.spamhaus.org"
    ListingStatus status = ListingStatus::CouldNotCheck;
    QStringList codes;       // the A answers
    QStringList meanings;    // English, from the catalogue (translate with context "Blocklist")
    QString severity;        // worst severity among listed codes
    QString txt;             // the zone's TXT reason, when it gives one
    QString problem;         // translated: why it could not be checked
    QString lookupUrl, delistUrl, delist, publicResolvers;
    double elapsedMs = 0;

    static QString statusId(ListingStatus status); // "listed" "clean" "couldnt-check"
    QString meaningText() const;                   // translated meanings joined
    QJsonObject toJson() const;
    CheckResult toCheckResult() const;
};
