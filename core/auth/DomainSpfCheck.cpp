#include "DomainSpfCheck.h"

#include "DomainName.h"
#include "SpfRecord.h"

#include <QJsonObject>

DomainSpfCheck::DomainSpfCheck(Resolver *resolver, const QString &domain, QObject *parent)
    : AuthCheckJob(resolver, parent), m_domain(DomainName::normalize(domain))
{
}

void DomainSpfCheck::begin()
{
    if (!m_domain.isEmpty())
        ask(m_domain, DnsType::TXT, [this](const DnsAnswer &a) { m_txt = a; });
}

CheckResults DomainSpfCheck::conclude()
{
    CheckResult r;
    r.id = QStringLiteral("spf.record");
    r.title = tr("SPF record of %1").arg(m_domain);
    if (m_domain.isEmpty()) {
        r.status = CheckStatus::CouldNotCheck;
        r.summary = tr("No valid domain name was given.");
        return {r};
    }
    if (!m_txt.isDefinitive())
        return {couldNotCheck(r.id, r.title, m_txt)};
    r.evidence.append(describe(m_txt));
    QStringList spf;
    for (const QString &t : m_txt.records)
        if (SpfRecord::isSpfRecord(t)) {
            spf.append(t);
            r.evidence.append(QStringLiteral("%1 TXT \"%2\"").arg(m_domain, t));
        }
    if (spf.isEmpty()) {
        r.status = CheckStatus::Fail;
        r.summary = tr("%1 publishes no SPF record.").arg(m_domain);
        r.details.append(tr("Receivers cannot tell which servers may send as %1; Gmail and Yahoo require SPF or DKIM from every sender.").arg(m_domain));
        r.fix = tr("Publish a TXT record at %1 listing your sending servers, ending in ~all or -all.").arg(m_domain);
        r.suggestedRecord = QStringLiteral("v=spf1 mx ~all");
        return {r};
    }
    if (spf.size() > 1) {
        r.status = CheckStatus::Fail;
        r.summary = tr("%1 publishes %n SPF records; RFC 7208 §4.5 makes that a permanent error, so SPF fails for all mail.", nullptr, int(spf.size())).arg(m_domain);
        r.fix = tr("Merge them into one record: keep one v=spf1 and put every mechanism before a single ~all or -all.");
        return {r};
    }
    const SpfRecord rec = SpfRecord::parse(spf.first());
    r.data.insert(QStringLiteral("record"), spf.first());
    if (!rec.isValid()) {
        r.status = CheckStatus::Fail;
        r.summary = tr("The SPF record of %1 has a syntax error at position %2 (%3): %4")
                        .arg(m_domain)
                        .arg(rec.error().position + 1)
                        .arg(rec.error().term, rec.error().message);
        r.fix = tr("Correct the record; receivers treat a syntax error as a permanent error (SPF fails).");
        return {r};
    }
    int lookups = 0;
    QString all;
    for (const SpfTerm &t : rec.terms()) {
        if (t.countsLookup())
            ++lookups;
        if (t.isMechanism() && t.mechanism == SpfMechanism::All)
            all = SpfRecord::qualifierChar(t.qualifier) + QStringLiteral("all");
    }
    r.data.insert(QStringLiteral("topLevelLookups"), lookups);
    if (all == QLatin1String("+all") || all == QLatin1String("?all")) {
        r.status = CheckStatus::Warn;
        r.summary = tr("The SPF record of %1 ends in %2, which lets any server pass or be neutral.").arg(m_domain, all);
        r.fix = tr("End the record with ~all or -all.");
        return {r};
    }
    r.status = CheckStatus::Pass;
    r.summary = tr("%1 publishes one SPF record.").arg(m_domain);
    return {r};
}
