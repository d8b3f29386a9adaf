#pragma once

#include "TxtPolicyCheck.h"

// MTA-STS (RFC 8461) TXT record at _mta-sts.<domain>: "v=STSv1; id=<1-32 alphanumerics>".
// The policy file itself lives at https://mta-sts.<domain>/.well-known/mta-sts.txt; fetching it
// is not attempted here (the checks run on DNS only), which the result says. Result id "mta-sts.record".
class MtaStsCheck : public TxtPolicyCheck
{
    Q_OBJECT
public:
    MtaStsCheck(Resolver *resolver, const QString &domain, QObject *parent = nullptr);

    // Problems with one record's text (translated); empty when it is valid.
    static QStringList validate(const QString &record);

protected:
    QString title() const override;
    QString noDomainSummary() const override;
    QString absentSummary() const override;
    QString multipleSummary(int count) const override;
    QString multipleFix() const override;
    QStringList problemsWith(const QString &record) const override { return validate(record); }
    QString invalidSummary(const QString &firstProblem) const override;
    QString invalidFix() const override;
    QString passSummary(const QString &record) const override;
    void annotate(CheckResult &result) const override;
};
