#pragma once

#include "AuthCheckJob.h"

// SMTP TLS reporting (RFC 8460) TXT record at _smtp._tls.<domain>: "v=TLSRPTv1; rua=mailto:...".
// Result id "tls-rpt.record".
class TlsRptCheck : public AuthCheckJob
{
    Q_OBJECT
public:
    TlsRptCheck(Resolver *resolver, const QString &domain, QObject *parent = nullptr);

    static QStringList validate(const QString &record);

protected:
    void begin() override;
    CheckResults conclude() override;

private:
    QString m_domain;
    DnsAnswer m_answer;
};
