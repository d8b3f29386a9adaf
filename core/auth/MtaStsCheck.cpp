#include "MtaStsCheck.h"

#include "DomainName.h"
#include "TagList.h"

#include <QRegularExpression>

MtaStsCheck::MtaStsCheck(Resolver *resolver, const QString &domain, QObject *parent)
    : AuthCheckJob(resolver, parent), m_domain(DomainName::normalize(domain))
{
}

QStringList MtaStsCheck::validate(const QString &record)
{
    QStringList problems;
    const TagList tags = TagList::parse(record);
    problems += tags.errors();
    for (const QString &d : tags.duplicates())
        problems.append(tr("The tag %1= appears more than once.").arg(d));
    if (tags.tags().isEmpty() || tags.tags().first().name != QLatin1String("v") || tags.tags().first().value != QLatin1String("STSv1"))
        problems.append(tr("The record must start with v=STSv1."));
    static const QRegularExpression idRe(QStringLiteral("^[A-Za-z0-9]{1,32}$"));
    if (!tags.contains(QStringLiteral("id")))
        problems.append(tr("The record has no id= tag, which is required."));
    else if (!idRe.match(tags.value(QStringLiteral("id"))).hasMatch())
        problems.append(tr("id=%1 must be 1 to 32 letters or digits.").arg(tags.value(QStringLiteral("id"))));
    return problems;
}

void MtaStsCheck::begin()
{
    if (!m_domain.isEmpty())
        ask(QStringLiteral("_mta-sts.") + m_domain, DnsType::TXT, [this](const DnsAnswer &a) { m_answer = a; });
}

CheckResults MtaStsCheck::conclude()
{
    CheckResult r;
    r.id = QStringLiteral("mta-sts.record");
    r.title = tr("MTA-STS of %1").arg(m_domain);
    if (m_domain.isEmpty()) {
        r.status = CheckStatus::CouldNotCheck;
        r.summary = tr("No valid domain name was given.");
        return {r};
    }
    if (!m_answer.isDefinitive())
        return {couldNotCheck(r.id, r.title, m_answer)};
    r.evidence.append(describe(m_answer));
    QStringList sts;
    for (const QString &t : m_answer.records) {
        r.evidence.append(QStringLiteral("_mta-sts.%1 TXT \"%2\"").arg(m_domain, t));
        if (t.startsWith(QLatin1String("v=STSv1")))
            sts.append(t);
    }
    if (sts.isEmpty()) {
        r.status = CheckStatus::Info;
        r.summary = tr("%1 does not publish MTA-STS (optional: it makes senders insist on TLS when delivering to you).").arg(m_domain);
        return {r};
    }
    if (sts.size() > 1) {
        r.status = CheckStatus::Fail;
        r.summary = tr("_mta-sts.%1 has %n MTA-STS records; with more than one, senders ignore MTA-STS (RFC 8461 §3.1).", nullptr, int(sts.size())).arg(m_domain);
        r.fix = tr("Keep exactly one v=STSv1 record.");
        return {r};
    }
    const QStringList problems = validate(sts.first());
    r.details = problems;
    r.details.append(tr("The policy file https://mta-sts.%1/.well-known/mta-sts.txt was not fetched; open it in a browser to check it.").arg(m_domain));
    r.data.insert(QStringLiteral("policyFetched"), false);
    if (!problems.isEmpty()) {
        r.status = CheckStatus::Fail;
        r.summary = tr("The MTA-STS record of %1 is invalid: %2").arg(m_domain, problems.first());
        r.fix = tr("Publish \"v=STSv1; id=<a new id, e.g. the date>\" and change the id whenever the policy file changes.");
        return {r};
    }
    r.status = CheckStatus::Pass;
    r.summary = tr("%1 publishes MTA-STS (%2).").arg(m_domain, sts.first());
    return {r};
}
