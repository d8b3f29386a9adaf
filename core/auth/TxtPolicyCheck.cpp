#include "TxtPolicyCheck.h"

#include "DomainName.h"

TxtPolicyCheck::TxtPolicyCheck(Resolver *resolver, const QString &domain, const QString &label, const QString &version,
                               const QString &resultId, QObject *parent)
    : AuthCheckJob(resolver, parent), m_domain(DomainName::normalize(domain)), m_label(label), m_version(version),
      m_resultId(resultId)
{
}

void TxtPolicyCheck::begin()
{
    if (!m_domain.isEmpty())
        ask(m_label + u'.' + m_domain, DnsType::TXT, [this](const DnsAnswer &a) { m_answer = a; });
}

CheckResults TxtPolicyCheck::conclude()
{
    CheckResult r;
    r.id = m_resultId;
    r.title = title();
    if (m_domain.isEmpty()) {
        r.status = CheckStatus::CouldNotCheck;
        r.summary = noDomainSummary();
        return {r};
    }
    if (!m_answer.isDefinitive())
        return {couldNotCheck(r.id, r.title, m_answer)};
    r.evidence.append(describe(m_answer));
    const QString prefix = QStringLiteral("v=") + m_version;
    QStringList published;
    for (const QString &t : m_answer.records) {
        r.evidence.append(QStringLiteral("%1.%2 TXT \"%3\"").arg(m_label, m_domain, t));
        if (t.startsWith(prefix))
            published.append(t);
    }
    if (published.isEmpty()) {
        r.status = CheckStatus::Info;
        r.summary = absentSummary();
        return {r};
    }
    if (published.size() > 1) {
        r.status = CheckStatus::Fail;
        r.summary = multipleSummary(int(published.size()));
        r.fix = multipleFix();
        return {r};
    }
    const QStringList problems = problemsWith(published.first());
    r.details = problems;
    annotate(r);
    if (!problems.isEmpty()) {
        r.status = CheckStatus::Fail;
        r.summary = invalidSummary(problems.first());
        r.fix = invalidFix();
        return {r};
    }
    r.status = CheckStatus::Pass;
    r.summary = passSummary(published.first());
    return {r};
}
