#pragma once

#include "AuthCheckJob.h"

#include <QHash>

// Can the domain receive mail, and where does it go? Results:
//   "domain.exists" — the name exists in DNS;
//   "domain.typo"   — only when the domain looks like a typo of a well-known mailbox domain;
//   "mx.records"    — the MX set (priorities, each host's A/AAAA), null MX (RFC 7505), the implicit
//                     MX fallback to A/AAAA (RFC 5321 §5.1), MX hosts that are CNAMEs or IP literals.
class MxCheck : public AuthCheckJob
{
    Q_OBJECT
public:
    MxCheck(Resolver *resolver, const QString &domain, QObject *parent = nullptr);

protected:
    void begin() override;
    CheckResults conclude() override;

private:
    struct Host
    {
        DnsAnswer a, aaaa, cname;
    };
    CheckResult existsResult() const;
    CheckResult mxResult() const;

    QString m_domain;
    DnsAnswer m_mx, m_a, m_aaaa;
    QHash<QString, Host> m_hosts;
};
