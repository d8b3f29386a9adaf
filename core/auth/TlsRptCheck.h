#pragma once

#include "TxtPolicyCheck.h"

// SMTP TLS reporting (RFC 8460) TXT record at _smtp._tls.<domain>: "v=TLSRPTv1; rua=mailto:...".
// Result id "tls-rpt.record".
class TlsRptCheck : public TxtPolicyCheck
{
    Q_OBJECT
public:
    TlsRptCheck(Resolver *resolver, const QString &domain, QObject *parent = nullptr);

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
};
