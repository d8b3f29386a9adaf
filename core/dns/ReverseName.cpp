#include "ReverseName.h"

#include <QCoreApplication>
#include <QStringList>

namespace {
Result<QHostAddress> parseIp(const QString &text)
{
    QHostAddress address;
    const QString t = text.trimmed();
    if (t.isEmpty() || t.contains(QLatin1Char('%')) || !address.setAddress(t)
        || (address.protocol() == QAbstractSocket::IPv4Protocol && t.count(QLatin1Char('.')) != 3))
        return Error{QStringLiteral("ip-invalid"),
                     QCoreApplication::translate("Dns", "\"%1\" is not an IPv4 or IPv6 address").arg(text)};
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped && address.protocol() == QAbstractSocket::IPv6Protocol)
        return QHostAddress(v4);
    return address;
}

bool isIpv4(const QHostAddress &a)
{
    return a.protocol() == QAbstractSocket::IPv4Protocol;
}
}

QString ReverseName::reversed(const QHostAddress &address)
{
    QStringList parts;
    if (isIpv4(address)) {
        const quint32 v4 = address.toIPv4Address();
        for (int i = 0; i < 4; ++i)
            parts.append(QString::number((v4 >> (8 * i)) & 0xff));
    } else {
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        static const char hex[] = "0123456789abcdef";
        for (int i = 15; i >= 0; --i) {
            parts.append(QString(QLatin1Char(hex[v6[i] & 0x0f])));
            parts.append(QString(QLatin1Char(hex[v6[i] >> 4])));
        }
    }
    return parts.join(QLatin1Char('.'));
}

Result<QString> ReverseName::forPtr(const QString &ip)
{
    const Result<QHostAddress> a = parseIp(ip);
    if (!a)
        return a.error();
    return reversed(a.value()) + (isIpv4(a.value()) ? QLatin1String(".in-addr.arpa") : QLatin1String(".ip6.arpa"));
}

Result<QString> ReverseName::forZone(const QString &ip, const QString &zone)
{
    const Result<QHostAddress> a = parseIp(ip);
    if (!a)
        return a.error();
    QString z = zone.trimmed();
    while (z.startsWith(QLatin1Char('.')))
        z.remove(0, 1);
    if (z.endsWith(QLatin1Char('.')))
        z.chop(1);
    if (z.isEmpty())
        return Error{QStringLiteral("zone-empty"), QCoreApplication::translate("Dns", "no zone given for the reverse name")};
    return reversed(a.value()) + QLatin1Char('.') + z;
}
