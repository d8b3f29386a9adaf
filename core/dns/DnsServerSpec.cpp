#include "DnsServerSpec.h"

#include <QCoreApplication>

namespace {
Error invalid(const QString &text, const QString &why)
{
    return Error{QStringLiteral("dns-server-invalid"),
                 QCoreApplication::translate("Dns", "invalid DNS server \"%1\": %2").arg(text, why)};
}
}

Result<DnsServerSpec> DnsServerSpec::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return invalid(input, QCoreApplication::translate("Dns", "it is empty"));

    QString host = text;
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return invalid(input, QCoreApplication::translate("Dns", "missing \"]\""));
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return invalid(input, QCoreApplication::translate("Dns", "expected \":PORT\" after \"]\""));
            portText = rest.mid(1);
            if (portText.isEmpty())
                return invalid(input, QCoreApplication::translate("Dns", "the port is missing after \":\""));
        }
    } else if (text.count(QLatin1Char(':')) == 1) {
        host = text.section(QLatin1Char(':'), 0, 0);
        portText = text.section(QLatin1Char(':'), 1);
        if (portText.isEmpty())
            return invalid(input, QCoreApplication::translate("Dns", "the port is missing after \":\""));
    } // more than one ':' without brackets: a bare IPv6 address, port 53

    DnsServerSpec spec;
    // QHostAddress accepts scope ids and other forms c-ares does not; keep to plain literals.
    if (host.contains(QLatin1Char('%')) || !spec.m_address.setAddress(host))
        return invalid(input, QCoreApplication::translate("Dns", "\"%1\" is not an IP address").arg(host));
    if (spec.m_address.protocol() == QAbstractSocket::IPv4Protocol && host.count(QLatin1Char('.')) != 3)
        return invalid(input, QCoreApplication::translate("Dns", "\"%1\" is not an IP address").arg(host));
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return invalid(input, QCoreApplication::translate("Dns", "\"%1\" is not a port number (1–65535)").arg(portText));
        spec.m_port = quint16(port);
    }
    return spec;
}

QString DnsServerSpec::toString() const
{
    if (m_address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(m_address.toString()).arg(m_port);
    return QStringLiteral("%1:%2").arg(m_address.toString()).arg(m_port);
}
