#pragma once

#include "Result.h"

#include <QHostAddress>
#include <QString>

// A DNS server as given on the command line or in the settings: "HOST", "HOST:PORT", "v6",
// "[v6]" or "[v6]:PORT". HOST must be an IP address (a server's name would itself need DNS).
// Errors have code "dns-server-invalid".
class DnsServerSpec
{
public:
    static Result<DnsServerSpec> parse(const QString &text);

    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    // "1.2.3.4:53" or "[::1]:53": what ares_set_servers_ports_csv() and people read.
    QString toString() const;

private:
    QHostAddress m_address;
    quint16 m_port = 53;
};
