#include "DmarcCheck.h"

#include "DomainName.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

DmarcCheck::DmarcCheck(Resolver *resolver, const QString &domain, QObject *parent)
    : AuthCheckJob(resolver, parent), m_domain(DomainName::normalize(domain)), m_org(DomainName::organizationalDomain(domain))
{
}

QString DmarcCheck::suggestedRecord(const QString &domain, const DmarcRecord *existing)
{
    QString rua = QStringLiteral("mailto:dmarc@") + DomainName::organizationalDomain(domain);
    if (existing && !existing->rua.isEmpty()) {
        QStringList uris;
        for (const DmarcRecord::ReportUri &u : existing->rua)
            uris.append(u.uri);
        rua = uris.join(QLatin1Char(','));
    }
    return QStringLiteral("v=DMARC1; p=quarantine; rua=%1; adkim=r; aspf=r").arg(rua);
}

void DmarcCheck::begin()
{
    if (m_domain.isEmpty())
        return;
    ask(QStringLiteral("_dmarc.") + m_domain, DnsType::TXT, [this](const DnsAnswer &a) {
        m_own = a;
        take(a, m_domain);
        if (m_found) {
            askAuthorizations();
            return;
        }
        // Fall back to the organizational domain (RFC 7489, libpsl) only when the name itself has
        // no record. The names in between are asked at the same time, for the RFC 9989 tree-walk
        // note: its receivers would stop at the nearest ancestor with a record.
        if (!a.isDefinitive() || m_org == m_domain || m_org.isEmpty())
            return;
        QStringList labels = m_domain.left(m_domain.size() - m_org.size() - 1).split(QLatin1Char('.'));
        QString name = m_org;
        QStringList between;
        while (labels.size() > 1) {
            name = labels.takeLast() + QLatin1Char('.') + name;
            between.prepend(name);
        }
        for (const QString &parent : std::as_const(between).mid(0, 7))
            ask(QStringLiteral("_dmarc.") + parent, DnsType::TXT, [this, parent](const DnsAnswer &p) { m_walk.insert(parent, p); });
        ask(QStringLiteral("_dmarc.") + m_org, DnsType::TXT, [this](const DnsAnswer &o) {
            m_orgAnswer = o;
            take(o, m_org);
            if (m_found)
                askAuthorizations();
        });
    });
}

QString DmarcCheck::treeWalkDomain() const
{
    // Nearest ancestor first (RFC 9989 §4.10): the first name below the organizational domain
    // that has exactly one DMARC record.
    QStringList names = m_walk.keys();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &n : std::as_const(names)) {
        int count = 0;
        for (const QString &t : m_walk.value(n).records)
            count += DmarcRecord::isDmarcRecord(t) ? 1 : 0;
        if (count == 1)
            return n;
    }
    return {};
}

void DmarcCheck::take(const DnsAnswer &answer, const QString &domain)
{
    if (!answer.ok())
        return;
    QStringList dmarc, other;
    for (const QString &t : answer.records)
        (DmarcRecord::isDmarcRecord(t) ? dmarc : other).append(t);
    if (dmarc.isEmpty()) {
        if (domain == m_domain)
            m_otherTexts = other;
        return;
    }
    m_found = true;
    m_recordDomain = domain;
    m_dmarcTexts = dmarc;
    m_otherTexts = other;
    m_record = DmarcRecord::parse(dmarc.first());
}

void DmarcCheck::askAuthorizations()
{
    if (m_dmarcTexts.size() != 1)
        return;
    const QString ownerOrg = DomainName::organizationalDomain(m_recordDomain);
    for (const auto &list : {m_record.rua, m_record.ruf}) {
        for (const DmarcRecord::ReportUri &u : list) {
            if (u.domain.isEmpty() || DomainName::organizationalDomain(u.domain) == ownerOrg || m_authorizations.contains(u.domain))
                continue;
            const QString dest = u.domain;
            m_authorizations.insert(dest, DnsAnswer());
            ask(m_recordDomain + QStringLiteral("._report._dmarc.") + dest, DnsType::TXT,
                [this, dest](const DnsAnswer &a) { m_authorizations.insert(dest, a); });
        }
    }
}

CheckResults DmarcCheck::conclude()
{
    CheckResults out{recordResult()};
    if (m_found && !m_authorizations.isEmpty())
        out.append(authorizationResult());
    return out;
}

CheckResult DmarcCheck::recordResult() const
{
    CheckResult r;
    r.id = QStringLiteral("dmarc.record");
    r.title = tr("DMARC policy of %1").arg(m_domain);
    if (m_domain.isEmpty()) {
        r.status = CheckStatus::CouldNotCheck;
        r.summary = tr("No valid domain name was given.");
        return r;
    }
    r.evidence.append(describe(m_own));
    for (const QString &t : m_own.records)
        r.evidence.append(QStringLiteral("_dmarc.%1 TXT \"%2\"").arg(m_domain, t));
    if (!m_orgAnswer.question.name.isEmpty()) {
        r.evidence.append(describe(m_orgAnswer));
        for (const QString &t : m_orgAnswer.records)
            r.evidence.append(QStringLiteral("_dmarc.%1 TXT \"%2\"").arg(m_org, t));
    }
    r.data.insert(QStringLiteral("organizationalDomain"), m_org);
    if (!m_own.isDefinitive())
        return couldNotCheck(r.id, r.title, m_own);
    if (!m_found && !m_orgAnswer.question.name.isEmpty() && !m_orgAnswer.isDefinitive())
        return couldNotCheck(r.id, r.title, m_orgAnswer);

    for (const QString &t : m_otherTexts)
        if (t.trimmed().startsWith(QLatin1String("v=spf1"), Qt::CaseInsensitive))
            r.details.append(tr("An SPF record is published at _dmarc.%1; SPF belongs at the domain itself.").arg(m_domain));
        else if (t.contains(QLatin1String("DMARC1"), Qt::CaseInsensitive))
            r.details.append(tr("\"%1\" looks like a DMARC record but does not start with v=DMARC1, so receivers ignore it.").arg(t));

    if (!m_found) {
        r.status = CheckStatus::Fail;
        r.summary = m_org != m_domain ? tr("Neither %1 nor its organizational domain %2 publishes a DMARC record.").arg(m_domain, m_org)
                                      : tr("%1 publishes no DMARC record.").arg(m_domain);
        r.details.append(tr("Gmail, Yahoo and Outlook.com require DMARC from bulk senders, and without it anyone can send mail as your domain unchecked."));
        r.fix = tr("Publish a TXT record at _dmarc.%1, e.g. the one below (start with p=none instead if you are not yet sure all your mail is signed, and read the reports).").arg(m_org.isEmpty() ? m_domain : m_org);
        r.suggestedRecord = suggestedRecord(m_org.isEmpty() ? m_domain : m_org, nullptr);
        return r;
    }

    r.data.insert(QStringLiteral("location"), QStringLiteral("_dmarc.") + m_recordDomain);
    r.data.insert(QStringLiteral("record"), m_record.toJson());
    r.data.insert(QStringLiteral("inherited"), m_recordDomain != m_domain);
    if (m_dmarcTexts.size() > 1) {
        r.status = CheckStatus::Fail;
        r.summary = tr("_dmarc.%1 has %n DMARC records; with more than one, receivers apply no DMARC policy at all (RFC 7489 §6.6.3).", nullptr, int(m_dmarcTexts.size())).arg(m_recordDomain);
        r.fix = tr("Keep exactly one TXT record starting with v=DMARC1 at _dmarc.%1.").arg(m_recordDomain);
        return r;
    }

    const DmarcPolicy effective = m_recordDomain == m_domain ? m_record.policy : m_record.subdomainPolicy;
    r.data.insert(QStringLiteral("effectivePolicy"), DmarcRecord::policyName(effective));
    if (m_recordDomain != m_domain)
        r.details.append(tr("%1 has no record of its own; the record of its organizational domain %2 applies, with its subdomain policy sp=%3.")
                             .arg(m_domain, m_recordDomain, DmarcRecord::policyName(m_record.subdomainPolicy)));
    const QString walked = treeWalkDomain();
    r.data.insert(QStringLiteral("treeWalkLocation"), QStringLiteral("_dmarc.") + (walked.isEmpty() ? m_recordDomain : walked));
    if (!walked.isEmpty())
        r.details.append(tr("Receivers following RFC 9989 walk up the DNS tree and would use the record at _dmarc.%1 instead; "
                            "publish the policy you mean at one place to avoid the difference.").arg(walked));
    r.details += m_record.errors;
    r.details += m_record.warnings;
    if (m_record.rua.isEmpty())
        r.details.append(tr("No rua= address: you will get no aggregate reports telling you who sends as your domain."));

    if (!m_record.isValid()) {
        r.status = CheckStatus::Fail;
        r.summary = tr("The DMARC record at _dmarc.%1 has errors: %2").arg(m_recordDomain, m_record.errors.first());
        r.fix = tr("Correct the record; a corrected version is suggested below.");
        r.suggestedRecord = suggestedRecord(m_recordDomain, &m_record);
        return r;
    }
    if (effective == DmarcPolicy::None) {
        r.status = CheckStatus::Warn;
        r.summary = tr("DMARC is published for %1 but not enforced (p=none): failing mail is still delivered.").arg(m_domain);
        r.fix = tr("Once the aggregate reports show all your mail passes, move to p=quarantine, then p=reject.");
        r.suggestedRecord = suggestedRecord(m_recordDomain, &m_record);
        return r;
    }
    if (!m_record.warnings.isEmpty() || m_record.rua.isEmpty() || m_record.pct < 100) {
        r.status = CheckStatus::Warn;
        r.summary = tr("DMARC policy %1 for %2, with warnings.").arg(DmarcRecord::policyName(effective), m_domain);
        return r;
    }
    r.status = CheckStatus::Pass;
    r.summary = tr("DMARC policy %1 for %2 (adkim=%3, aspf=%4).")
                    .arg(DmarcRecord::policyName(effective), m_domain, DmarcRecord::modeName(m_record.adkim), DmarcRecord::modeName(m_record.aspf));
    return r;
}

CheckResult DmarcCheck::authorizationResult() const
{
    CheckResult r;
    r.id = QStringLiteral("dmarc.report-authorization");
    r.title = tr("DMARC report destinations of %1").arg(m_recordDomain);
    QStringList missing, failed;
    QJsonArray dests;
    for (auto it = m_authorizations.constBegin(); it != m_authorizations.constEnd(); ++it) {
        const DnsAnswer &a = it.value();
        r.evidence.append(describe(a));
        bool ok = false;
        for (const QString &t : a.records) {
            r.evidence.append(QStringLiteral("%1 TXT \"%2\"").arg(a.question.name, t));
            ok = ok || DmarcRecord::isDmarcRecord(t);
        }
        dests.append(QJsonObject{{QStringLiteral("destination"), it.key()}, {QStringLiteral("authorized"), ok},
                                 {QStringLiteral("name"), m_recordDomain + QStringLiteral("._report._dmarc.") + it.key()}});
        if (!a.isDefinitive())
            failed.append(it.key());
        else if (!ok)
            missing.append(it.key());
    }
    r.data.insert(QStringLiteral("destinations"), dests);
    missing.sort();
    if (!missing.isEmpty()) {
        r.status = CheckStatus::Warn;
        r.summary = tr("Report destination(s) %1 have not authorised reports for %2, so receivers will not send them there.")
                        .arg(missing.join(QStringLiteral(", ")), m_recordDomain);
        r.fix = tr("The receiving domain must publish a TXT record \"v=DMARC1\" at %1._report._dmarc.%2 (report services do this when you register the domain with them).")
                    .arg(m_recordDomain, missing.first());
        return r;
    }
    if (!failed.isEmpty()) {
        r.status = CheckStatus::CouldNotCheck;
        r.summary = tr("The authorisation of report destination(s) %1 could not be looked up.").arg(failed.join(QStringLiteral(", ")));
        return r;
    }
    r.status = CheckStatus::Pass;
    r.summary = tr("Every external report destination has authorised reports for %1.").arg(m_recordDomain);
    return r;
}
