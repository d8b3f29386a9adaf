#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

enum class DmarcPolicy { None, Quarantine, Reject };
enum class DmarcAlignmentMode { Relaxed, Strict };

// A DMARC policy record (RFC 7489 §6.3, with the RFC 9989 changes noted in warnings): every tag
// with its default, which tags were explicit, report URIs split out, `errors` (the record or a tag
// is unusable) and `warnings` (works, but weaker or deprecated).
struct DmarcRecord
{
    struct ReportUri
    {
        QString uri;        // as written, without the !size suffix
        QString scheme;     // "mailto", "https"...
        QString address;    // mailto: the address
        QString domain;     // mailto: the address's domain; https: the host
        QString sizeLimit;  // "!10m" suffix, if any
    };

    QString raw;
    DmarcPolicy policy = DmarcPolicy::None;
    DmarcPolicy subdomainPolicy = DmarcPolicy::None;    // sp=, defaults to p
    DmarcPolicy nonexistentPolicy = DmarcPolicy::None;  // np= (RFC 9989), defaults to sp
    int pct = 100;
    DmarcAlignmentMode adkim = DmarcAlignmentMode::Relaxed;
    DmarcAlignmentMode aspf = DmarcAlignmentMode::Relaxed;
    QStringList fo{QStringLiteral("0")};
    QStringList rf{QStringLiteral("afrf")};
    quint32 ri = 86400;
    QList<ReportUri> rua, ruf;
    QString psd;  // RFC 9989: y, n, u
    QString t;    // RFC 9989: y (testing), n
    QStringList explicitTags;
    QStringList errors;   // translated
    QStringList warnings; // translated

    bool isValid() const { return errors.isEmpty(); }
    bool isExplicit(const QString &tag) const { return explicitTags.contains(tag); }
    QJsonObject toJson() const; // {"tags": {name: {value, explicit}}, "errors", "warnings"}

    static DmarcRecord parse(const QString &text);
    // RFC 7489 §6.6.3: only TXT records starting with "v=DMARC1" are DMARC records.
    static bool isDmarcRecord(const QString &text);
    static QString policyName(DmarcPolicy policy);
    static QString modeName(DmarcAlignmentMode mode);
};
