#include "MxCheck.h"

#include "DomainName.h"
#include "DomainTypo.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace {
bool isIpLiteral(const QString &exchange)
{
    QString e = exchange;
    if (e.startsWith(QLatin1Char('[')) && e.endsWith(QLatin1Char(']')))
        e = e.mid(1, e.size() - 2);
    return !QHostAddress(e).isNull();
}
}

MxCheck::MxCheck(Resolver *resolver, const QString &domain, QObject *parent)
    : AuthCheckJob(resolver, parent), m_domain(DomainName::normalize(domain))
{
}

void MxCheck::begin()
{
    if (m_domain.isEmpty())
        return;
    // The domain's own A/AAAA go out with the MX query: they are the implicit MX when there is none.
    ask(m_domain, DnsType::A, [this](const DnsAnswer &a) { m_a = a; });
    ask(m_domain, DnsType::AAAA, [this](const DnsAnswer &a) { m_aaaa = a; });
    ask(m_domain, DnsType::MX, [this](const DnsAnswer &mx) {
        m_mx = mx;
        if (!mx.ok())
            return;
        for (const MxRecord &rec : mx.mx) {
            const QString host = DomainName::normalize(rec.exchange);
            if (host.isEmpty() || isIpLiteral(rec.exchange) || m_hosts.contains(host))
                continue;
            m_hosts.insert(host, Host());
            ask(host, DnsType::A, [this, host](const DnsAnswer &a) { m_hosts[host].a = a; });
            ask(host, DnsType::AAAA, [this, host](const DnsAnswer &a) { m_hosts[host].aaaa = a; });
            ask(host, DnsType::CNAME, [this, host](const DnsAnswer &a) { m_hosts[host].cname = a; });
        }
    });
}

CheckResults MxCheck::conclude()
{
    CheckResults out;
    if (m_domain.isEmpty()) {
        CheckResult r;
        r.id = QStringLiteral("domain.exists");
        r.title = tr("Domain");
        r.status = CheckStatus::CouldNotCheck;
        r.summary = tr("No valid domain name was given.");
        return {r};
    }
    out.append(existsResult());
    const QString hint = DomainTypo::builtin().suggest(m_domain);
    if (!hint.isEmpty()) {
        CheckResult t;
        t.id = QStringLiteral("domain.typo");
        t.title = tr("Spelling of %1").arg(m_domain);
        t.status = CheckStatus::Warn;
        t.summary = tr("%1 looks like a typo of %2.").arg(m_domain, hint);
        t.details.append(tr("If the address was meant for %1, correct it and send again; mail to a mistyped domain bounces or reaches a stranger.").arg(hint));
        t.fix = tr("Check the recipient address: did you mean @%1?").arg(hint);
        t.data.insert(QStringLiteral("suggestion"), hint);
        out.append(t);
    }
    out.append(mxResult());
    return out;
}

CheckResult MxCheck::existsResult() const
{
    CheckResult r;
    r.id = QStringLiteral("domain.exists");
    r.title = tr("Domain %1").arg(m_domain);
    r.evidence.append(describe(m_mx));
    if (m_mx.status == DnsStatus::NxDomain) {
        r.status = CheckStatus::Fail;
        r.summary = tr("The domain %1 does not exist (NXDOMAIN).").arg(m_domain);
        r.fix = tr("Check the spelling of the domain. If it is yours, it may have expired: check its registration.");
        return r;
    }
    if (!m_mx.isDefinitive())
        return couldNotCheck(r.id, r.title, m_mx);
    r.status = CheckStatus::Pass;
    r.summary = tr("The domain %1 exists.").arg(m_domain);
    return r;
}

CheckResult MxCheck::mxResult() const
{
    CheckResult r;
    r.id = QStringLiteral("mx.records");
    r.title = tr("Mail servers (MX) of %1").arg(m_domain);
    if (m_mx.status == DnsStatus::NxDomain) {
        r.status = CheckStatus::Fail;
        r.summary = tr("%1 does not exist, so it has no mail servers.").arg(m_domain);
        r.evidence.append(describe(m_mx));
        return r;
    }
    if (!m_mx.isDefinitive())
        return couldNotCheck(r.id, r.title, m_mx);

    QList<MxRecord> mx = m_mx.mx;
    std::stable_sort(mx.begin(), mx.end(), [](const MxRecord &a, const MxRecord &b) { return a.preference < b.preference; });
    for (const MxRecord &rec : mx)
        r.evidence.append(QStringLiteral("%1 MX %2 %3.").arg(m_domain).arg(rec.preference).arg(rec.exchange));

    // RFC 7505: "0 ." alone means the domain accepts no mail at all.
    const bool hasNull = std::any_of(mx.begin(), mx.end(), [](const MxRecord &m) { return DomainName::normalize(m.exchange).isEmpty(); });
    if (hasNull) {
        r.data.insert(QStringLiteral("nullMx"), true);
        r.status = CheckStatus::Fail;
        if (mx.size() == 1) {
            r.summary = tr("%1 publishes a null MX (RFC 7505): it accepts no mail.").arg(m_domain);
            r.details.append(tr("Mail to any address at %1 is refused by design, and receivers may also refuse mail sent from it.").arg(m_domain));
            r.fix = tr("If %1 should receive mail, replace the \"0 .\" MX record with your mail server's MX records.").arg(m_domain);
        } else {
            r.summary = tr("%1 mixes a null MX with other MX records, which RFC 7505 forbids.").arg(m_domain);
            r.fix = tr("Remove the \"0 .\" MX record, or all the others if the domain should not receive mail.");
        }
        return r;
    }

    if (mx.isEmpty()) {
        // RFC 5321 §5.1: no MX means the domain's own address is the implicit MX.
        QStringList addrs = (m_a.ok() ? m_a.records : QStringList()) + (m_aaaa.ok() ? m_aaaa.records : QStringList());
        r.data.insert(QStringLiteral("implicitMx"), true);
        r.data.insert(QStringLiteral("addresses"), QJsonArray::fromStringList(addrs));
        r.evidence.append(describe(m_a));
        r.evidence.append(describe(m_aaaa));
        if (!addrs.isEmpty()) {
            r.status = CheckStatus::Warn;
            r.summary = tr("%1 has no MX record; mail goes to its own address (%2) as an implicit MX.").arg(m_domain, addrs.join(QStringLiteral(", ")));
            r.details.append(tr("This works only if that host runs a mail server; some senders do not use the fallback."));
            r.fix = tr("Publish an MX record naming the mail server, e.g. \"%1. MX 10 mail.%1.\".").arg(m_domain);
            return r;
        }
        if (!m_a.isDefinitive() || !m_aaaa.isDefinitive())
            return couldNotCheck(r.id, r.title, m_a.isDefinitive() ? m_aaaa : m_a);
        r.status = CheckStatus::Fail;
        r.summary = tr("%1 has no MX record and no A/AAAA record: it cannot receive mail.").arg(m_domain);
        r.fix = tr("Publish MX records for %1 pointing to your mail server.").arg(m_domain);
        return r;
    }

    QJsonArray hosts;
    QStringList problems;
    int reachable = 0, unknown = 0;
    QSet<QString> seen;
    for (const MxRecord &rec : std::as_const(mx)) {
        const QString host = DomainName::normalize(rec.exchange);
        QJsonObject h;
        h.insert(QStringLiteral("preference"), rec.preference);
        h.insert(QStringLiteral("exchange"), rec.exchange);
        if (isIpLiteral(rec.exchange)) {
            h.insert(QStringLiteral("problem"), QStringLiteral("ip-literal"));
            problems.append(tr("MX %1 is an IP address; an MX record must name a host (RFC 7505 §3, RFC 5321 §5.1), and most senders will not deliver to it.").arg(rec.exchange));
            hosts.append(h);
            continue;
        }
        if (seen.contains(host)) {
            problems.append(tr("%1 is listed more than once.").arg(host));
            continue;
        }
        seen.insert(host);
        const Host info = m_hosts.value(host);
        QStringList addrs = (info.a.ok() ? info.a.records : QStringList()) + (info.aaaa.ok() ? info.aaaa.records : QStringList());
        h.insert(QStringLiteral("addresses"), QJsonArray::fromStringList(addrs));
        for (const QString &addr : std::as_const(addrs))
            r.evidence.append(QStringLiteral("%1 %2").arg(host, addr));
        QStringList cnameTargets = info.cname.ok() ? info.cname.records : QStringList();
        cnameTargets += info.a.cnameChain;
        if (!cnameTargets.isEmpty()) {
            cnameTargets.removeDuplicates();
            h.insert(QStringLiteral("cname"), cnameTargets.first());
            h.insert(QStringLiteral("problem"), QStringLiteral("cname"));
            r.evidence.append(QStringLiteral("%1 CNAME %2").arg(host, cnameTargets.first()));
            problems.append(tr("MX %1 is an alias (CNAME) of %2; RFC 2181 §10.3 forbids that, and some senders refuse to use it.").arg(host, cnameTargets.first()));
        }
        if (!addrs.isEmpty()) {
            ++reachable;
        } else if (!info.a.isDefinitive() || !info.aaaa.isDefinitive()) {
            ++unknown;
            h.insert(QStringLiteral("problem"), QStringLiteral("lookup-failed"));
            r.evidence.append(describe(info.a.isDefinitive() ? info.aaaa : info.a));
            problems.append(tr("The address of MX %1 could not be looked up.").arg(host));
        } else {
            h.insert(QStringLiteral("problem"), QStringLiteral("no-address"));
            problems.append(tr("MX %1 has no A or AAAA record, so nobody can deliver to it.").arg(host));
        }
        hosts.append(h);
    }
    r.data.insert(QStringLiteral("hosts"), hosts);
    r.details = problems;

    if (reachable == 0 && unknown > 0) {
        r.status = CheckStatus::CouldNotCheck;
        r.summary = tr("The MX hosts of %1 could not be looked up.").arg(m_domain);
        return r;
    }
    if (reachable == 0) {
        r.status = CheckStatus::Fail;
        r.summary = tr("None of the %n MX host(s) of %1 has an address: the domain cannot receive mail.", nullptr, int(hosts.size())).arg(m_domain);
        r.fix = tr("Give the MX hosts A/AAAA records, or point the MX records at your working mail server.");
        return r;
    }
    if (!problems.isEmpty()) {
        r.status = CheckStatus::Warn;
        r.summary = tr("%1 has %n MX host(s), with problems.", nullptr, int(hosts.size())).arg(m_domain);
        r.fix = tr("Point every MX record at a host name that has its own A/AAAA records (not a CNAME, not an IP address).");
        return r;
    }
    r.status = CheckStatus::Pass;
    QStringList names;
    for (const MxRecord &rec : std::as_const(mx))
        names.append(QStringLiteral("%1 %2").arg(rec.preference).arg(rec.exchange));
    r.summary = tr("%1 receives mail at %2.").arg(m_domain, names.join(QStringLiteral(", ")));
    return r;
}
