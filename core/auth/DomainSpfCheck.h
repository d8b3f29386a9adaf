#pragma once

#include "AuthCheckJob.h"

// The domain's SPF record as published (no evaluation for an IP: that is SpfEvaluator's job):
// present, exactly one, and parseable. Result id "spf.record".
class DomainSpfCheck : public AuthCheckJob
{
    Q_OBJECT
public:
    DomainSpfCheck(Resolver *resolver, const QString &domain, QObject *parent = nullptr);

protected:
    void begin() override;
    CheckResults conclude() override;

private:
    QString m_domain;
    DnsAnswer m_txt;
};
