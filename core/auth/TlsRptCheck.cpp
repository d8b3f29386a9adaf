#include "TlsRptCheck.h"

#include "TagList.h"

#include <QUrl>

TlsRptCheck::TlsRptCheck(Resolver *resolver, const QString &domain, QObject *parent)
    : TxtPolicyCheck(resolver, domain, QStringLiteral("_smtp._tls"), QStringLiteral("TLSRPTv1"), QStringLiteral("tls-rpt.record"), parent)
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

QString TlsRptCheck::title() const
{
    return tr("TLS reporting of %1").arg(domain());
}

QString TlsRptCheck::noDomainSummary() const
{
    return tr("No valid domain name was given.");
}

QString TlsRptCheck::absentSummary() const
{
    return tr("%1 does not publish TLS reporting (optional: senders would report TLS failures to you).").arg(domain());
}

QString TlsRptCheck::multipleSummary(int count) const
{
    return tr("_smtp._tls.%1 has %n TLS-RPT records; with more than one, senders ignore them (RFC 8460 §3).", nullptr, count).arg(domain());
}

QString TlsRptCheck::multipleFix() const
{
    return tr("Keep exactly one v=TLSRPTv1 record.");
}

QString TlsRptCheck::invalidSummary(const QString &firstProblem) const
{
    return tr("The TLS-RPT record of %1 is invalid: %2").arg(domain(), firstProblem);
}

QString TlsRptCheck::invalidFix() const
{
    return tr("Publish \"v=TLSRPTv1; rua=mailto:tls-reports@%1\".").arg(domain());
}

QString TlsRptCheck::passSummary(const QString &record) const
{
    return tr("%1 publishes TLS reporting (%2).").arg(domain(), record);
}
