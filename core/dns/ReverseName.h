#pragma once

#include "Result.h"

#include <QHostAddress>
#include <QString>

// The name under which an IP address is looked up in a reverse tree: reversed octets for IPv4
// ("4.3.2.1.in-addr.arpa"), all 32 nibbles reversed for IPv6 ("...8.b.d.0.1.0.0.2.ip6.arpa",
// RFC 3596 §2.5). The same form, under a blocklist's zone instead, is a DNSBL query (RFC 5782).
// An IPv4-mapped IPv6 address (::ffff:a.b.c.d) is treated as the IPv4 address it carries.
class ReverseName
{
public:
    // For PTR: suffix in-addr.arpa / ip6.arpa.
    static Result<QString> forPtr(const QString &ip);
    // Under `zone` (e.g. "zen.spamhaus.org"), for DNSBL queries.
    static Result<QString> forZone(const QString &ip, const QString &zone);
    static QString reversed(const QHostAddress &address); // without any suffix
};
