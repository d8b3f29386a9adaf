#include "RdnsCheck.h"

#include "DomainName.h"
#include "PtrNameClassifier.h"

#include <QJsonArray>
#include <QJsonObject>

RdnsCheck::RdnsCheck(Resolver *resolver, const QString &ip, QObject *parent)
    : AuthCheckJob(resolver, parent), m_ipText(ip.trimmed()), m_ip(ip.trimmed())
{
}

QString RdnsCheck::reverseName(const QHostAddress &ip)
{
    if (ip.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v = ip.toIPv4Address();
        return QStringLiteral("%1.%2.%3.%4.in-addr.arpa").arg(v & 0xff).arg((v >> 8) & 0xff).arg((v >> 16) & 0xff).arg(v >> 24);
    }
    if (ip.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR a = ip.toIPv6Address();
        QStringList nibbles;
        for (int i = 15; i >= 0; --i) {
            nibbles.append(QString::number(a[i] & 0x0f, 16));
            nibbles.append(QString::number(a[i] >> 4, 16));
        }
        return nibbles.join(QLatin1Char('.')) + QStringLiteral(".ip6.arpa");
    }
    return {};
}

void RdnsCheck::begin()
{
    const QString rev = reverseName(m_ip);
    if (rev.isEmpty())
        return;
    const DnsType forwardType = m_ip.protocol() == QAbstractSocket::IPv6Protocol ? DnsType::AAAA : DnsType::A;
    ask(rev, DnsType::PTR, [this, forwardType](const DnsAnswer &ptr) {
        m_ptr = ptr;
        if (!ptr.ok())
            return;
        // Every PTR name is checked: FCrDNS holds if any of them leads back to the IP.
        for (const QString &name : ptr.records) {
            const QString n = DomainName::normalize(name);
            if (n.isEmpty() || m_forward.contains(n))
                continue;
            m_forward.insert(n, DnsAnswer());
            ask(n, forwardType, [this, n](const DnsAnswer &fwd) { m_forward.insert(n, fwd); });
        }
    });
}

CheckResults RdnsCheck::conclude()
{
    CheckResult r;
    r.id = QStringLiteral("rdns.ptr");
    r.title = tr("Reverse DNS of %1").arg(m_ipText);
    if (reverseName(m_ip).isEmpty()) {
        r.status = CheckStatus::CouldNotCheck;
        r.summary = tr("\"%1\" is not an IPv4 or IPv6 address.").arg(m_ipText);
        return {r};
    }
    r.data.insert(QStringLiteral("ip"), m_ip.toString());
    r.data.insert(QStringLiteral("reverseName"), reverseName(m_ip));
    r.evidence.append(describe(m_ptr));
    for (const QString &rec : m_ptr.records)
        r.evidence.append(reverseName(m_ip) + QStringLiteral(" PTR ") + rec);

    const QString requestWording = tr(
        "Sample request: \"Please set the reverse DNS (PTR) record of %1 to mail.example.com. "
        "That name already has an A record pointing to %1, and it is the name our mail server uses in HELO.\" "
        "(Replace mail.example.com with your mail server's name.)").arg(m_ip.toString());

    if (m_ptr.status == DnsStatus::NxDomain || m_ptr.status == DnsStatus::NoData) {
        r.status = CheckStatus::Fail;
        r.summary = tr("%1 has no reverse DNS (PTR) record.").arg(m_ip.toString());
        r.details.append(tr("Many receivers (Outlook.com, Gmail, AOL/Yahoo and most ISPs) refuse or junk mail from an IP without reverse DNS."));
        r.fix = tr("Only whoever owns the IP range can set its PTR record: ask your hosting provider or ISP "
                   "(or use the reverse-DNS setting in your cloud console) to point it at your mail server's name, "
                   "and make sure that name has an A/AAAA record back to this IP.\n%1").arg(requestWording);
        return {r};
    }
    if (!m_ptr.ok())
        return {couldNotCheck(r.id, r.title, m_ptr)};

    QStringList names;
    for (const QString &n : m_ptr.records)
        names.append(DomainName::normalize(n));
    r.data.insert(QStringLiteral("ptrNames"), QJsonArray::fromStringList(names));

    QString confirmed;
    bool forwardFailed = false;
    for (const QString &n : std::as_const(names)) {
        const DnsAnswer fwd = m_forward.value(n);
        r.evidence.append(describe(fwd) + (fwd.ok() ? QStringLiteral(" ") + fwd.records.join(QLatin1Char(' ')) : QString()));
        if (!fwd.isDefinitive())
            forwardFailed = true;
        for (const QString &addr : fwd.records)
            if (QHostAddress(addr).isEqual(m_ip) && confirmed.isEmpty())
                confirmed = n;
    }
    r.data.insert(QStringLiteral("forwardConfirmed"), !confirmed.isEmpty());
    if (names.size() > 1)
        r.details.append(tr("The IP has %n PTR records; one is best, as some receivers only look at the first.", nullptr, int(names.size())));

    if (confirmed.isEmpty()) {
        if (forwardFailed)
            return {couldNotCheck(r.id, r.title, m_forward.value(names.value(0)))};
        r.status = CheckStatus::Fail;
        r.summary = tr("The reverse DNS of %1 is %2, but %2 does not resolve back to %1 (not forward-confirmed).")
                        .arg(m_ip.toString(), names.join(QStringLiteral(", ")));
        r.fix = tr("Add an A/AAAA record for %1 pointing to %2, or have the PTR changed to a name that does. "
                   "The PTR is changed by whoever owns the IP range (hosting provider or ISP).\n%3")
                    .arg(names.value(0), m_ip.toString(), requestWording);
        r.data.insert(QStringLiteral("generic"), false);
        return {r};
    }

    r.data.insert(QStringLiteral("confirmedName"), confirmed);
    const QList<PtrNameClassifier::Match> generic = PtrNameClassifier::builtin().classify(confirmed, m_ip);
    r.data.insert(QStringLiteral("generic"), !generic.isEmpty());
    if (!generic.isEmpty()) {
        QStringList why;
        QJsonArray ids;
        for (const auto &g : generic) {
            why.append(g.description);
            ids.append(g.id);
        }
        r.data.insert(QStringLiteral("genericPatterns"), ids);
        r.status = CheckStatus::Warn;
        r.summary = tr("%1 has forward-confirmed reverse DNS (%2), but the name looks generic.").arg(m_ip.toString(), confirmed);
        r.details.append(tr("The name %1.").arg(why.join(QStringLiteral(", "))));
        r.details.append(tr("Receivers treat generic names as home or dynamic connections and often refuse direct mail from them."));
        r.fix = tr("Ask your hosting provider or ISP to set a PTR that names your mail server (e.g. mail.yourdomain), "
                   "with a matching A/AAAA record.\n%1").arg(requestWording);
        return {r};
    }
    r.status = CheckStatus::Pass;
    r.summary = tr("%1 has forward-confirmed reverse DNS: %2.").arg(m_ip.toString(), confirmed);
    return {r};
}
