#pragma once

#include "AuthCheckJob.h"

#include <QHash>
#include <QHostAddress>

// Reverse DNS of a sending IP: the PTR name(s), forward confirmation (FCrDNS: the PTR name's
// A/AAAA records include the IP again), and whether the name looks generic. Result id "rdns.ptr".
class RdnsCheck : public AuthCheckJob
{
    Q_OBJECT
public:
    RdnsCheck(Resolver *resolver, const QString &ip, QObject *parent = nullptr);

    // "1.2.0.192.in-addr.arpa" / nibble form under ip6.arpa; empty for an invalid address.
    static QString reverseName(const QHostAddress &ip);

protected:
    void begin() override;
    CheckResults conclude() override;

private:
    QString m_ipText;
    QHostAddress m_ip;
    DnsAnswer m_ptr;
    QHash<QString, DnsAnswer> m_forward; // PTR name -> its A or AAAA answer
};
