#include "DomainReport.h"

#include "Resolver.h"

#include "DkimCheck.h"
#include "DmarcAlignment.h"
#include "DmarcCheck.h"
#include "DomainName.h"
#include "DomainSpfCheck.h"
#include "MtaStsCheck.h"
#include "MxCheck.h"
#include "RdnsCheck.h"
#include "TlsRptCheck.h"

#include <QTimer>

DomainReport::DomainReport(Resolver *resolver, QObject *parent) : QObject(parent), m_resolver(resolver) { }

DomainReport::~DomainReport()
{
    abort();
}

void DomainReport::start(const DomainReportOptions &options)
{
    abort();
    clearParts();
    m_results.clear();
    m_done = 0;
    m_running = true;
    const QString domain = DomainName::normalize(options.domain);
    const QString from = options.fromDomain.isEmpty() ? domain : DomainName::normalize(options.fromDomain);

    addJob(new MxCheck(m_resolver, domain, this), tr("Domain and MX"));
    addJob(new DomainSpfCheck(m_resolver, domain, this), tr("SPF record"));
    addSpfEvaluation(options);
    addJob(new DmarcCheck(m_resolver, domain, this), tr("DMARC"));
    if (from != domain && !from.isEmpty())
        addJob(new DmarcCheck(m_resolver, from, this), tr("DMARC of the From domain"));
    addJob(new DkimCheck(m_resolver, from.isEmpty() ? domain : from, options.selectors, this), tr("DKIM"));
    if (!options.ip.trimmed().isEmpty())
        addJob(new RdnsCheck(m_resolver, options.ip, this), tr("Reverse DNS"));
    addJob(new MtaStsCheck(m_resolver, domain, this), tr("MTA-STS"));
    addJob(new TlsRptCheck(m_resolver, domain, this), tr("TLS reporting"));

    for (const Part &p : std::as_const(m_parts))
        if (auto *job = qobject_cast<AuthCheckJob *>(p.job))
            job->start();
}

void DomainReport::addJob(AuthCheckJob *job, const QString &title)
{
    const int index = int(m_parts.size());
    m_parts.append({title, job, false, {}});
    connect(job, &AuthCheckJob::finished, this, [this, index](const CheckResults &results) { partDone(index, results); });
}

void DomainReport::addSpfEvaluation(const DomainReportOptions &options)
{
    Q_UNUSED(options);
}

void DomainReport::partDone(int index, const CheckResults &results)
{
    if (!m_running || index >= m_parts.size() || m_parts[index].done)
        return;
    m_parts[index].done = true;
    m_parts[index].results = results;
    ++m_done;
    Q_EMIT progress(m_done, int(m_parts.size()), m_parts[index].title);
    if (m_done < m_parts.size())
        return;
    m_running = false;
    for (const Part &p : std::as_const(m_parts))
        m_results += p.results;
    Q_EMIT finished(m_results);
}

void DomainReport::abort()
{
    if (!m_running)
        return;
    m_running = false;
    for (const Part &p : std::as_const(m_parts))
        if (auto *job = qobject_cast<AuthCheckJob *>(p.job))
            job->abort();
}

void DomainReport::clearParts()
{
    for (const Part &p : std::as_const(m_parts))
        if (p.job)
            p.job->deleteLater();
    m_parts.clear();
}
