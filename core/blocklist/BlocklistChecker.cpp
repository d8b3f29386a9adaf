#include "BlocklistChecker.h"

#include "ReverseName.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTimer>
#include <QUrl>

namespace {
QString trDynamic(const char *text)
{
    return QCoreApplication::translate("Blocklist", text);
}

bool inLoopback8(const QHostAddress &a)
{
    return a.protocol() == QAbstractSocket::IPv4Protocol && (a.toIPv4Address() >> 24) == 127;
}

// Host names in domain lists: IDN to ACE, no trailing dot, lower case.
QString normaliseDomain(const QString &input)
{
    QString d = input.trimmed().toLower();
    if (d.endsWith(QLatin1Char('.')))
        d.chop(1);
    const QByteArray ace = QUrl::toAce(d);
    return ace.isEmpty() ? QString() : QString::fromLatin1(ace);
}

bool isDomainName(const QString &d)
{
    if (d.isEmpty() || d.size() > 253 || !d.contains(QLatin1Char('.')))
        return false;
    for (const QString &label : d.split(QLatin1Char('.'))) {
        if (label.isEmpty() || label.size() > 63)
            return false;
        for (QChar c : label)
            if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')))
                return false;
    }
    return true;
}
}

BlocklistChecker::BlocklistChecker(Resolver *resolver, QObject *parent)
    : QObject(parent), m_resolver(resolver), m_catalogue(&BlocklistCatalogue::instance())
{
}

BlocklistChecker::~BlocklistChecker()
{
    abort();
}

void BlocklistChecker::setCatalogue(const BlocklistCatalogue *catalogue)
{
    m_catalogue = catalogue;
}

void BlocklistChecker::setZoneTimeout(int milliseconds)
{
    m_zoneTimeoutMs = qMax(100, milliseconds);
}

void BlocklistChecker::setZones(const QStringList &idsOrZones)
{
    m_zoneFilter = idsOrZones;
}

void BlocklistChecker::setAbusixKey(const QString &key)
{
    m_abusixKey = key.trimmed();
}

QString BlocklistChecker::queryName(const QString &target, const QString &zone)
{
    QHostAddress address;
    if (address.setAddress(target))
        return ReverseName::reversed(address) + QLatin1Char('.') + zone;
    return normaliseDomain(target) + QLatin1Char('.') + zone;
}

bool BlocklistChecker::isRunning() const
{
    return m_total > 0 && m_results.size() < m_total;
}

QString BlocklistChecker::zoneName(const BlocklistZone &zone) const
{
    if (zone.requiresKey && zone.id == QLatin1String("abusix") && !m_abusixKey.isEmpty())
        return m_abusixKey + QLatin1Char('.') + zone.zone;
    return zone.zone;
}

bool BlocklistChecker::start(const QStringList &ips, const QStringList &domains, QString *error)
{
    abort();
    m_results.clear();
    m_jobs.clear();
    m_probes.clear();
    m_total = 0;
    if (!m_catalogue || m_catalogue->zones().isEmpty()) {
        if (error)
            *error = m_catalogue ? m_catalogue->loadError() : QCoreApplication::translate("Blocklist", "No blocklist catalogue");
        return false;
    }
    QList<QPair<QString, BlocklistZone::Kind>> targets;
    for (const QString &ip : ips) {
        QHostAddress a;
        if (!a.setAddress(ip.trimmed())) {
            if (error)
                *error = QCoreApplication::translate("Blocklist", "\"%1\" is not an IPv4 or IPv6 address").arg(ip);
            return false;
        }
        // Scoped or mapped forms are checked as the plain address the lists know.
        bool mapped = false;
        const quint32 v4 = a.toIPv4Address(&mapped);
        const QHostAddress plain = mapped ? QHostAddress(v4) : QHostAddress(a.toIPv6Address());
        targets.append({plain.toString(), plain.protocol() == QAbstractSocket::IPv4Protocol ? BlocklistZone::Ipv4
                                                                                          : BlocklistZone::Ipv6});
    }
    for (const QString &d : domains) {
        const QString n = normaliseDomain(d);
        QHostAddress a;
        if (!isDomainName(n) || a.setAddress(n)) {
            if (error)
                *error = QCoreApplication::translate("Blocklist", "\"%1\" is not a domain name").arg(d);
            return false;
        }
        targets.append({n, BlocklistZone::Domain});
    }
    if (targets.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Blocklist", "Give at least one IP address or domain to check");
        return false;
    }

    m_clock.start();
    m_probeContext = new QObject(this);
    for (const BlocklistZone &zone : m_catalogue->zones()) {
        if (!m_zoneFilter.isEmpty() && !m_zoneFilter.contains(zone.id) && !m_zoneFilter.contains(zone.zone))
            continue;
        bool used = false;
        for (const auto &[target, kind] : targets)
            if (zone.supports(kind)) {
                startJob(target, zone, kind);
                used = true;
            }
        if (used && !(zone.requiresKey && m_abusixKey.isEmpty()))
            startProbe(zone);
    }
    m_total = int(m_jobs.size());
    if (m_total == 0) {
        if (error)
            *error = QCoreApplication::translate("Blocklist", "No zone in the catalogue checks this kind of target");
        return false;
    }
    // Jobs that finished without a query (missing key) report on the next turn, like the rest.
    QTimer::singleShot(0, this, [this] {
        for (int i = 0; i < m_jobs.size(); ++i)
            tryFinish(i);
    });
    return true;
}

void BlocklistChecker::startProbe(const BlocklistZone &zone)
{
    const QString base = zoneName(zone);
    const QString listedName = queryName(zone.testListed, base);
    const QString unlistedName = queryName(zone.testUnlisted, base);
    const QString id = zone.id;
    m_probes.insert(id, Probe{});
    auto done = [this, id](bool listed, const DnsAnswer &a) {
        Probe &p = m_probes[id];
        (listed ? p.listed : p.unlisted) = a;
        (listed ? p.listedDone : p.unlistedDone) = true;
        if (p.complete())
            for (int i = 0; i < m_jobs.size(); ++i)
                if (m_jobs.at(i).zone && m_jobs.at(i).zone->id == id)
                    tryFinish(i);
    };
    m_resolver->lookup({listedName, DnsType::A}, m_probeContext, [done](const DnsAnswer &a) { done(true, a); });
    m_resolver->lookup({unlistedName, DnsType::A}, m_probeContext, [done](const DnsAnswer &a) { done(false, a); });
}

void BlocklistChecker::startJob(const QString &target, const BlocklistZone &zone, BlocklistZone::Kind kind)
{
    Job job;
    job.zone = &zone;
    job.context = new QObject(this);
    job.clock.start();
    BlocklistResult &r = job.result;
    r.target = target;
    r.zoneId = zone.id;
    r.zone = zone.zone;
    r.zoneName = zone.name;
    r.weight = zone.weight;
    r.lookupUrl = zone.lookupUrl;
    r.delistUrl = zone.delistUrl;
    r.delist = zone.delist;
    r.publicResolvers = zone.publicResolvers;
    r.queryName = queryName(target, zoneName(zone));
    const int index = int(m_jobs.size());
    m_jobs.append(job);

    if (zone.requiresKey && m_abusixKey.isEmpty()) {
        Job &j = m_jobs[index];
        j.answered = true;
        j.answer.status = DnsStatus::Error;
        j.result.problem = QCoreApplication::translate("Blocklist", "this list needs a personal query key (set one in the settings)");
        return;
    }
    m_resolver->lookup({r.queryName, DnsType::A}, job.context, [this, index](const DnsAnswer &a) { onAnswer(index, a); });
    // Each zone gets its own deadline: one slow list must not hold up the others.
    QTimer::singleShot(m_zoneTimeoutMs, job.context, [this, index] {
        Job &j = m_jobs[index];
        if (j.finished)
            return;
        j.result.status = ListingStatus::CouldNotCheck;
        j.result.problem = QCoreApplication::translate("Blocklist", "no answer within %1 ms").arg(m_zoneTimeoutMs);
        finishJob(index);
    });
}

void BlocklistChecker::onAnswer(int index, const DnsAnswer &answer)
{
    Job &job = m_jobs[index];
    if (job.finished)
        return;
    job.answered = true;
    job.answer = answer;
    // A listing usually carries its reason in TXT; ask for it before reporting.
    if (answer.ok() && !answer.records.isEmpty()) {
        job.txtPending = true;
        m_resolver->lookup({job.result.queryName, DnsType::TXT}, job.context, [this, index](const DnsAnswer &txt) {
            Job &j = m_jobs[index];
            j.txtPending = false;
            if (txt.ok())
                j.result.txt = txt.records.join(QStringLiteral(" | "));
            tryFinish(index);
        });
    }
    tryFinish(index);
}

void BlocklistChecker::tryFinish(int index)
{
    Job &job = m_jobs[index];
    if (job.finished || !job.answered || job.txtPending)
        return;
    const bool keyMissing = job.zone->requiresKey && m_abusixKey.isEmpty();
    if (!keyMissing) {
        const auto p = m_probes.constFind(job.zone->id);
        if (p == m_probes.constEnd() || !p->complete())
            return;
    }
    decide(job);
    finishJob(index);
}

bool BlocklistChecker::isErrorAnswer(const BlocklistZone &zone, const QString &address, QString *meaning) const
{
    for (const BlocklistCode &c : zone.errorCodes)
        if (c.answer == address) {
            *meaning = c.meaning;
            return true;
        }
    if (!zone.errorRange.isEmpty() && QHostAddress(address).isInSubnet(QHostAddress::parseSubnet(zone.errorRange))) {
        *meaning = QStringLiteral("the list refused the query");
        return true;
    }
    return false;
}

bool BlocklistChecker::probeSaysListed(const BlocklistZone &zone, const DnsAnswer &answer) const
{
    if (!answer.ok())
        return false;
    for (const QString &r : answer.records) {
        QString meaning;
        const QHostAddress a(r);
        if (!inLoopback8(a) || isErrorAnswer(zone, r, &meaning))
            return false;
    }
    return !answer.records.isEmpty();
}

void BlocklistChecker::decide(Job &job) const
{
    const BlocklistZone &zone = *job.zone;
    BlocklistResult &r = job.result;
    const DnsAnswer &a = job.answer;
    r.status = ListingStatus::CouldNotCheck;
    if (!r.problem.isEmpty())
        return;
    const Probe probe = m_probes.value(zone.id);

    if (a.status == DnsStatus::NxDomain || a.status == DnsStatus::NoData) {
        QString meaning;
        if (probe.listed.ok() && !probe.listed.records.isEmpty()
            && isErrorAnswer(zone, probe.listed.records.constFirst(), &meaning)) {
            r.problem = trDynamic(meaning.toUtf8().constData());
        } else if (!probeSaysListed(zone, probe.listed)) {
            r.problem = QCoreApplication::translate("Blocklist", "the list did not answer its own test entry (%1), so \"not listed\" cannot be trusted: "
                           "the list may refuse your DNS resolver or be out of service")
                            .arg(queryName(zone.testListed, zoneName(zone)));
        } else {
            r.status = ListingStatus::Clean;
        }
        return;
    }
    if (!a.ok()) {
        r.problem = dnsStatusText(a.status);
        return;
    }
    if (a.records.isEmpty()) {
        r.problem = QCoreApplication::translate("Blocklist", "an empty answer");
        return;
    }
    r.codes = a.records;
    for (const QString &code : a.records) {
        const QHostAddress address(code);
        QString meaning;
        if (!inLoopback8(address)) {
            r.problem = QCoreApplication::translate("Blocklist", "the answer %1 is outside 127.0.0.0/8: your DNS resolver rewrites answers, so the result "
                           "means nothing")
                            .arg(code);
            return;
        }
        if (isErrorAnswer(zone, code, &meaning)) {
            r.problem = QCoreApplication::translate("Blocklist", "the list answered %1: %2").arg(code, trDynamic(meaning.toUtf8().constData()));
            return;
        }
    }
    if (probe.unlisted.ok() && !probe.unlisted.records.isEmpty()) {
        r.problem = QCoreApplication::translate("Blocklist", "the list also \"lists\" its never-listed test entry %1: your DNS resolver invents answers "
                       "for names that do not exist")
                        .arg(queryName(zone.testUnlisted, zoneName(zone)));
        return;
    }

    static const QStringList severityOrder{QStringLiteral("info"), QStringLiteral("low"), QStringLiteral("medium"),
                                           QStringLiteral("high")};
    bool anyListed = false;
    auto consider = [&](const BlocklistCode &c) {
        r.meanings.append(c.list.isEmpty() ? c.meaning : c.list + QStringLiteral(": ") + c.meaning);
        if (c.listed) {
            anyListed = true;
            if (severityOrder.indexOf(c.severity) > severityOrder.indexOf(r.severity))
                r.severity = c.severity;
        }
    };
    for (const QString &code : a.records) {
        bool known = false;
        if (zone.bitmask) {
            const int last = int(QHostAddress(code).toIPv4Address() & 0xff);
            for (const BlocklistCode &c : zone.codes)
                if (last & c.bit) {
                    consider(c);
                    known = true;
                }
        } else {
            for (const BlocklistCode &c : zone.codes)
                if (c.answer == code) {
                    consider(c);
                    known = true;
                }
        }
        if (!known) {
            // An answer the catalogue does not know is still a listing: lists add codes over time.
            r.meanings.append(QStringLiteral("listed with a code this catalogue does not describe"));
            anyListed = true;
            if (r.severity.isEmpty())
                r.severity = QStringLiteral("medium");
        }
    }
    r.status = anyListed ? ListingStatus::Listed : ListingStatus::Clean;
}

void BlocklistChecker::finishJob(int index)
{
    Job &job = m_jobs[index];
    if (job.finished)
        return;
    job.finished = true;
    job.result.elapsedMs = double(job.clock.nsecsElapsed()) / 1e6;
    if (job.context) {
        m_resolver->cancel(job.context);
        job.context->deleteLater();
    }
    m_results.append(job.result);
    Q_EMIT zoneFinished(job.result);
    Q_EMIT progress(int(m_results.size()), m_total);
    if (m_results.size() == m_total) {
        m_elapsedMs = double(m_clock.nsecsElapsed()) / 1e6;
        if (m_probeContext) {
            m_resolver->cancel(m_probeContext);
            m_probeContext->deleteLater();
            m_probeContext = nullptr;
        }
        Q_EMIT finished(m_results);
    }
}

void BlocklistChecker::abort()
{
    for (Job &job : m_jobs) {
        if (job.context) {
            m_resolver->cancel(job.context);
            delete job.context;
        }
        job.finished = true;
    }
    if (m_probeContext) {
        m_resolver->cancel(m_probeContext);
        delete m_probeContext;
        m_probeContext = nullptr;
    }
    m_total = int(m_results.size());
}
