#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

enum class CheckStatus { Pass, Warn, Fail, CouldNotCheck, Info };

// One live check's outcome (DNS, authentication, blocklist, SMTP...). Shared by every engine
// module, the window, the CLI's JSON and the report, so the fields mean the same everywhere.
struct CheckResult
{
    QString id;               // stable machine id, e.g. "spf.evaluate", "mx.records", "dnsbl.zen.spamhaus.org"
    QString title;            // translated short name ("SPF for 192.0.2.1")
    CheckStatus status = CheckStatus::CouldNotCheck;
    QString summary;          // translated one-liner
    QStringList details;      // translated further lines
    QStringList evidence;     // raw material, never translated: whole records, replies, answers
    QString fix;              // translated advice, empty when nothing to do
    QString suggestedRecord;  // a copyable record (SPF/DMARC...) when one can be derived
    QJsonObject data;         // structured extras (SPF trace tree, per-zone codes, ...)

    QJsonObject toJson() const;
    static QString statusId(CheckStatus status);            // "pass" "warn" "fail" "couldnt-check" "info"
    static CheckStatus statusFromId(const QString &id);     // unknown ids give CouldNotCheck
    static QString statusText(CheckStatus status);          // translated
};

using CheckResults = QList<CheckResult>;

// The status a group of results shows as one: Fail > Warn > CouldNotCheck > Pass; Info (and an
// empty group) counts as Info.
CheckStatus worstStatus(const CheckResults &results);
