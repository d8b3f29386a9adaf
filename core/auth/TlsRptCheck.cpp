#include "TlsRptCheck.h"

#include "DomainName.h"
#include "TagList.h"

#include <QUrl>

TlsRptCheck::TlsRptCheck(Resolver *resolver, const QString &domain, QObject *parent)
    : AuthCheckJob(resolver, parent), m_domain(DomainName::normalize(domain))
{
}

QStringList TlsRptCheck::validate(const QString &record)
{
    QStringList problems;
    const TagList tags = TagList::parse(record);
    problems += tags.errors();
    for (const QString &d : tags.duplicates())
        problems.append(tr("The tag %1= appears more than once.").arg(d));
    if (tags.tags().isEmpty() || tags.tags().first().name != QLatin1String("v") || tags.tags().first().value != QLatin1String("TLSRPTv1"))
        problems.append(tr("The record must start with v=TLSRPTv1."));
    if (!tags.contains(QStringLiteral("rua"))) {
        problems.append(tr("The record has no rua= tag, which is required."));
    } else {
        for (const QString &part : tags.value(QStringLiteral("rua")).split(QLatin1Char(','))) {
            const QUrl url(part.trimmed(), QUrl::StrictMode);
            const QString scheme = url.scheme().toLower();
            if (!url.isValid() || (scheme != QLatin1String("mailto") && scheme != QLatin1String("https")))
                problems.append(tr("rua= holds \"%1\"; only mailto: and https: URIs are allowed.").arg(part.trimmed()));
        }
    }
    return problems;
}

void TlsRptCheck::begin()
{
    if (!m_domain.isEmpty())
        ask(QStringLiteral("_smtp._tls.") + m_domain, DnsType::TXT, [this](const DnsAnswer &a) { m_answer = a; });
}

CheckResults TlsRptCheck::conclude()
{
    CheckResult r;
    r.id = QStringLiteral("tls-rpt.record");
    r.title = tr("TLS reporting of %1").arg(m_domain);
    if (m_domain.isEmpty()) {
        r.status = CheckStatus::CouldNotCheck;
        r.summary = tr("No valid domain name was given.");
        return {r};
    }
    if (!m_answer.isDefinitive())
        return {couldNotCheck(r.id, r.title, m_answer)};
    r.evidence.append(describe(m_answer));
    QStringList rpt;
    for (const QString &t : m_answer.records) {
        r.evidence.append(QStringLiteral("_smtp._tls.%1 TXT \"%2\"").arg(m_domain, t));
        if (t.startsWith(QLatin1String("v=TLSRPTv1")))
            rpt.append(t);
    }
    if (rpt.isEmpty()) {
        r.status = CheckStatus::Info;
        r.summary = tr("%1 does not publish TLS reporting (optional: senders would report TLS failures to you).").arg(m_domain);
        return {r};
    }
    if (rpt.size() > 1) {
        r.status = CheckStatus::Fail;
        r.summary = tr("_smtp._tls.%1 has %n TLS-RPT records; with more than one, senders ignore them (RFC 8460 §3).", nullptr, int(rpt.size())).arg(m_domain);
        r.fix = tr("Keep exactly one v=TLSRPTv1 record.");
        return {r};
    }
    const QStringList problems = validate(rpt.first());
    r.details = problems;
    if (!problems.isEmpty()) {
        r.status = CheckStatus::Fail;
        r.summary = tr("The TLS-RPT record of %1 is invalid: %2").arg(m_domain, problems.first());
        r.fix = tr("Publish \"v=TLSRPTv1; rua=mailto:tls-reports@%1\".").arg(m_domain);
        return {r};
    }
    r.status = CheckStatus::Pass;
    r.summary = tr("%1 publishes TLS reporting (%2).").arg(m_domain, rpt.first());
    return {r};
}
