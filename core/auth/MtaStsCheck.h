#pragma once

#include "AuthCheckJob.h"

// MTA-STS (RFC 8461) TXT record at _mta-sts.<domain>: "v=STSv1; id=<1-32 alphanumerics>".
// The policy file itself lives at https://mta-sts.<domain>/.well-known/mta-sts.txt; fetching it
// is not attempted here (the checks run on DNS only), which the result says. Result id "mta-sts.record".
class MtaStsCheck : public AuthCheckJob
{
    Q_OBJECT
public:
    MtaStsCheck(Resolver *resolver, const QString &domain, QObject *parent = nullptr);

    // Problems with one record's text (translated); empty when it is valid.
    static QStringList validate(const QString &record);

protected:
    void begin() override;
    CheckResults conclude() override;

private:
    QString m_domain;
    DnsAnswer m_answer;
};
