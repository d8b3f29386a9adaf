#pragma once

#include "AuthCheckJob.h"
#include "DmarcRecord.h"

#include <QHash>

// DMARC policy discovery and validation for a domain (RFC 7489 §6.6.3): `_dmarc.<domain>` first,
// then `_dmarc.<organizational domain>` (libpsl). Reports the record's tags with defaults, and for
// report addresses in another organizational domain, whether that domain authorises them
// (`<domain>._report._dmarc.<destination>`, RFC 7489 §7.1). Result ids: "dmarc.record",
// "dmarc.report-authorization" (only with external report addresses). The names between the
// domain and its organizational domain are asked too, to note where an RFC 9989 DNS tree walk
// would find a different record.
class DmarcCheck : public AuthCheckJob
{
    Q_OBJECT
public:
    DmarcCheck(Resolver *resolver, const QString &domain, QObject *parent = nullptr);

    // Available once finished: the record that applies (parsed), and where it was found.
    bool found() const { return m_found; }
    const DmarcRecord &record() const { return m_record; }
    QString recordDomain() const { return m_recordDomain; }

    static QString suggestedRecord(const QString &domain, const DmarcRecord *existing);

protected:
    void begin() override;
    CheckResults conclude() override;

private:
    void take(const DnsAnswer &answer, const QString &domain);
    void askAuthorizations();
    CheckResult recordResult() const;
    CheckResult authorizationResult() const;
    QString treeWalkDomain() const; // nearest ancestor below the org domain with one record, or ""

    QString m_domain;
    QString m_org;
    DnsAnswer m_own, m_orgAnswer;
    bool m_found = false;
    QString m_recordDomain;
    QStringList m_dmarcTexts; // the v=DMARC1 records at the name that had them
    QStringList m_otherTexts;
    DmarcRecord m_record;
    QHash<QString, DnsAnswer> m_authorizations; // destination domain -> answer
    QHash<QString, DnsAnswer> m_walk;           // names between the domain and its org domain
};
