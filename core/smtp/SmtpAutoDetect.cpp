#include "SmtpAutoDetect.h"

#include "SmtpProbe.h"
#include "dns/Resolver.h"

#include <algorithm>

namespace {
QList<SrvRecord> srvRecords(const DnsAnswer &a)
{
    if (!a.srv.isEmpty())
        return a.srv;
    // Resolvers that only fill the presentation form: "priority weight port target".
    QList<SrvRecord> out;
    for (const QString &r : a.records) {
        const QStringList f = r.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.size() != 4)
            continue;
        SrvRecord s;
        s.priority = f[0].toInt();
        s.weight = f[1].toInt();
        s.port = f[2].toInt();
        s.target = f[3];
        out.append(s);
    }
    return out;
}

QString stripDot(QString s)
{
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s.toLower();
}
}

SmtpAutoDetect::SmtpAutoDetect(Resolver *resolver, QObject *parent)
    : QObject(parent), m_resolver(resolver), m_plan(defaultPortPlan())
{
    m_base.connectTimeoutMs = 5000;
    m_base.replyTimeoutMs = 10000;
    m_base.tlsTimeoutMs = 10000;
}

SmtpAutoDetect::~SmtpAutoDetect()
{
    if (m_resolver)
        m_resolver->cancel(this);
    qDeleteAll(m_probes);
}

SmtpAutoDetect::PortPlan SmtpAutoDetect::defaultPortPlan()
{
    return {{465, SmtpSecurity::Tls}, {587, SmtpSecurity::StartTls}, {25, SmtpSecurity::StartTls},
            {2525, SmtpSecurity::StartTls}};
}

void SmtpAutoDetect::start(const QString &address, const QString &host)
{
    abort();
    qDeleteAll(m_probes);
    m_probes.clear();
    m_attempts.clear();
    m_srvHosts[0].clear();
    m_srvHosts[1].clear();
    m_mxHosts.clear();
    m_next = 0;
    m_runningProbes = 0;
    m_running = true;
    m_domain = stripDot(address.contains(QLatin1Char('@')) ? address.section(QLatin1Char('@'), -1) : address).trimmed();
    m_givenHost = stripDot(host).trimmed();
    if (!m_resolver) {
        m_pendingDns = 0;
        dnsStepDone();
        return;
    }
    // SRV and MX in parallel; the probes start when all three have answered.
    m_pendingDns = 3;
    const QStringList srvNames{QStringLiteral("_submissions._tcp.") + m_domain, QStringLiteral("_submission._tcp.") + m_domain};
    for (int i = 0; i < 2; ++i) {
        m_resolver->lookup({srvNames[i], DnsType::SRV}, this, [this, i](const DnsAnswer &a) {
            QList<SrvRecord> recs = srvRecords(a);
            std::sort(recs.begin(), recs.end(), [](const SrvRecord &x, const SrvRecord &y) {
                return x.priority != y.priority ? x.priority < y.priority : x.weight > y.weight;
            });
            for (const SrvRecord &s : recs) {
                const QString target = stripDot(s.target);
                if (!target.isEmpty() && s.port > 0) // "." = service explicitly not offered (RFC 6186 §3)
                    m_srvHosts[i].append(target + QLatin1Char(':') + QString::number(s.port));
            }
            dnsStepDone();
        });
    }
    m_resolver->lookup({m_domain, DnsType::MX}, this, [this](const DnsAnswer &a) {
        QList<MxRecord> mx = a.mx;
        std::sort(mx.begin(), mx.end(), [](const MxRecord &x, const MxRecord &y) { return x.preference < y.preference; });
        for (const MxRecord &m : mx)
            if (!m.exchange.isEmpty() && m_mxHosts.size() < 2)
                m_mxHosts.append(stripDot(m.exchange));
        dnsStepDone();
    });
}

void SmtpAutoDetect::addCandidate(const QString &host, int port, SmtpSecurity security, const QString &source)
{
    for (const SmtpAutoDetectAttempt &a : std::as_const(m_attempts))
        if (a.host == host && a.port == port && a.security == security)
            return;
    SmtpAutoDetectAttempt a;
    a.host = host;
    a.port = port;
    a.security = security;
    a.source = source;
    m_attempts.append(a);
}

void SmtpAutoDetect::addHost(const QString &host, const QString &source)
{
    if (host.isEmpty())
        return;
    for (const auto &p : std::as_const(m_plan))
        addCandidate(host, p.first, p.second, source);
}

void SmtpAutoDetect::dnsStepDone()
{
    if (--m_pendingDns > 0)
        return;
    if (!m_givenHost.isEmpty())
        addHost(m_givenHost, QStringLiteral("given"));
    for (int i = 0; i < 2; ++i) {
        for (const QString &hp : std::as_const(m_srvHosts[i]))
            addCandidate(hp.section(QLatin1Char(':'), 0, 0), hp.section(QLatin1Char(':'), 1).toInt(),
                         i == 0 ? SmtpSecurity::Tls : SmtpSecurity::StartTls,
                         i == 0 ? QStringLiteral("srv-submissions") : QStringLiteral("srv-submission"));
    }
    if (!m_domain.isEmpty()) {
        addHost(QStringLiteral("smtp.") + m_domain, QStringLiteral("smtp-name"));
        addHost(QStringLiteral("mail.") + m_domain, QStringLiteral("mail-name"));
    }
    for (const QString &mx : std::as_const(m_mxHosts)) {
        addHost(mx, QStringLiteral("mx"));
        // Hosted mail: the MX is the provider's (mx1.provider.example); its submission host is
        // usually smtp.provider.example.
        const QStringList labels = mx.split(QLatin1Char('.'));
        if (labels.size() > 2)
            addHost(QStringLiteral("smtp.") + labels.mid(labels.size() - 2).join(QLatin1Char('.')), QStringLiteral("mx"));
    }
    if (m_attempts.isEmpty()) {
        m_running = false;
        Q_EMIT finished({});
        return;
    }
    launchMore();
}

void SmtpAutoDetect::launchMore()
{
    while (m_running && m_runningProbes < m_maxParallel && m_next < m_attempts.size()) {
        const int index = m_next++;
        SmtpOptions o = m_base;
        o.host = m_attempts[index].host;
        o.port = m_attempts[index].port;
        o.security = m_attempts[index].security;
        o.mailFrom.clear();
        o.rcptTo.clear();
        o.sendMessage = false;
        o.resolver = m_resolver;
        auto *probe = new SmtpProbe(this);
        m_probes.append(probe);
        connect(probe, &SmtpProbe::finished, this, [this, index](const SmtpResult &r) { onProbeFinished(index, r); });
        ++m_runningProbes;
        Q_EMIT attemptStarted(m_attempts[index]);
        probe->start(o);
    }
}

int SmtpAutoDetect::scoreOf(const SmtpAutoDetectAttempt &a)
{
    if (!a.finished)
        return 0;
    const SmtpResult &r = a.result;
    // RFC 8314: implicit TLS before STARTTLS; what the domain publishes in SRV before our guesses.
    const int securityBonus = a.security == SmtpSecurity::Tls ? 2 : a.security == SmtpSecurity::StartTls ? 1 : 0;
    const int sourceBonus = a.source.startsWith(QLatin1String("srv-")) || a.source == QLatin1String("given") ? 5 : 0;
    if (r.ok)
        return (r.encrypted ? 100 : 50) + sourceBonus + securityBonus;
    // Reachable and speaking SMTP, but something the user must fix (password, certificate).
    if (r.failure == SmtpFailure::TlsCertificate || r.failure == SmtpFailure::ServerReply)
        return (r.stage >= SmtpStage::Auth ? 40 : 20) + sourceBonus + securityBonus;
    return 0;
}

void SmtpAutoDetect::onProbeFinished(int index, const SmtpResult &result)
{
    SmtpAutoDetectAttempt &a = m_attempts[index];
    a.finished = true;
    a.result = result;
    a.score = scoreOf(a);
    --m_runningProbes;
    Q_EMIT attemptFinished(a);
    if (!m_running)
        return;
    launchMore();
    if (m_runningProbes == 0 && m_next >= m_attempts.size()) {
        m_running = false;
        Q_EMIT finished(attempts());
    }
}

QList<SmtpAutoDetectAttempt> SmtpAutoDetect::attempts() const
{
    QList<SmtpAutoDetectAttempt> ranked = m_attempts;
    // Stable: among equals the order of discovery (given, SRV, smtp., mail., MX; plan order) stays.
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const SmtpAutoDetectAttempt &x, const SmtpAutoDetectAttempt &y) { return x.score > y.score; });
    return ranked;
}

void SmtpAutoDetect::abort()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_resolver)
        m_resolver->cancel(this);
    for (SmtpProbe *p : std::as_const(m_probes)) {
        p->disconnect(this);
        p->abort();
    }
    m_runningProbes = 0;
}
