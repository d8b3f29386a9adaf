#include "MtaStsCheck.h"

#include "TagList.h"

#include <QRegularExpression>

MtaStsCheck::MtaStsCheck(Resolver *resolver, const QString &domain, QObject *parent)
    : TxtPolicyCheck(resolver, domain, QStringLiteral("_mta-sts"), QStringLiteral("STSv1"), QStringLiteral("mta-sts.record"), parent)
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

QString MtaStsCheck::title() const
{
    return tr("MTA-STS of %1").arg(domain());
}

QString MtaStsCheck::noDomainSummary() const
{
    return tr("No valid domain name was given.");
}

QString MtaStsCheck::absentSummary() const
{
    return tr("%1 does not publish MTA-STS (optional: it makes senders insist on TLS when delivering to you).").arg(domain());
}

QString MtaStsCheck::multipleSummary(int count) const
{
    return tr("_mta-sts.%1 has %n MTA-STS records; with more than one, senders ignore MTA-STS (RFC 8461 §3.1).", nullptr, count).arg(domain());
}

QString MtaStsCheck::multipleFix() const
{
    return tr("Keep exactly one v=STSv1 record.");
}

QString MtaStsCheck::invalidSummary(const QString &firstProblem) const
{
    return tr("The MTA-STS record of %1 is invalid: %2").arg(domain(), firstProblem);
}

QString MtaStsCheck::invalidFix() const
{
    return tr("Publish \"v=STSv1; id=<a new id, e.g. the date>\" and change the id whenever the policy file changes.");
}

QString MtaStsCheck::passSummary(const QString &record) const
{
    return tr("%1 publishes MTA-STS (%2).").arg(domain(), record);
}

void MtaStsCheck::annotate(CheckResult &result) const
{
    result.details.append(tr("The policy file https://mta-sts.%1/.well-known/mta-sts.txt was not fetched; open it in a browser to check it.").arg(domain()));
    result.data.insert(QStringLiteral("policyFetched"), false);
}
