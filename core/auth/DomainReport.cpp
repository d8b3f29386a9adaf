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
#include "SpfEvaluator.h"
#include "SpfLint.h"
#include "TlsRptCheck.h"

#include <QJsonArray>
#include <QJsonObject>

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
    m_haveSpfResult = false;
    m_running = true;
    const QString domain = DomainName::normalize(options.domain);
    const QString from = options.fromDomain.isEmpty() ? domain : DomainName::normalize(options.fromDomain);
    m_fromDomain = from;

    addJob(new MxCheck(m_resolver, domain, this), tr("Domain and MX"));
    addJob(new DomainSpfCheck(m_resolver, domain, this), tr("SPF record"));
    addSpf(options);
    auto *dmarc = new DmarcCheck(m_resolver, domain, this);
    addJob(dmarc, tr("DMARC"));
    m_fromDmarc = dmarc;
    if (from != domain && !from.isEmpty()) {
        m_fromDmarc = new DmarcCheck(m_resolver, from, this);
        addJob(m_fromDmarc, tr("DMARC of the From domain"));
    }
    addJob(new DkimCheck(m_resolver, from.isEmpty() ? domain : from, options.selectors, this), tr("DKIM"));
    if (!options.ip.trimmed().isEmpty())
        addJob(new RdnsCheck(m_resolver, options.ip, this), tr("Reverse DNS"));
    addJob(new MtaStsCheck(m_resolver, domain, this), tr("MTA-STS"));
    addJob(new TlsRptCheck(m_resolver, domain, this), tr("TLS reporting"));

    // Started only once every part is registered, so an early answer cannot finish the report.
    const QList<Part> parts = m_parts;
    for (const Part &p : parts)
        if (p.start)
            p.start();
}

int DomainReport::addPart(const QString &title, QObject *job, std::function<void()> start, std::function<void()> abort)
{
    Part part;
    part.title = title;
    part.job = job;
    part.start = std::move(start);
    part.abort = std::move(abort);
    m_parts.append(part);
    return int(m_parts.size()) - 1;
}

void DomainReport::addJob(AuthCheckJob *job, const QString &title)
{
    const int index = addPart(title, job, [job] { job->start(); }, [job] { job->abort(); });
    connect(job, &AuthCheckJob::finished, this, [this, index](const CheckResults &results) { partDone(index, results); });
}

void DomainReport::addSpf(const DomainReportOptions &options)
{
    const QString domain = DomainName::normalize(options.domain);
    const QString ip = options.ip.trimmed();

    auto *lint = new SpfLint(m_resolver, this);
    const int lintIndex = addPart(tr("SPF include tree"), lint, [lint, domain, ip] { lint->run(domain, ip); }, [lint] { lint->abort(); });
    connect(lint, &SpfLint::finished, this, [this, lintIndex](const SpfLintReport &report) {
        partDone(lintIndex, report.record.isEmpty() ? CheckResults() : CheckResults{lintResult(report)});
    });

    if (ip.isEmpty())
        return;
    // Without --mail-from the domain's own SPF is what the user asks about: check a sender at it.
    const QString mailFrom = options.mailFrom.isEmpty() ? QStringLiteral("postmaster@") + domain : options.mailFrom;
    const QString helo = options.helo.isEmpty() ? domain : options.helo;
    auto *spf = new SpfEvaluator(m_resolver, this);
    const int spfIndex = addPart(tr("SPF evaluation"), spf, [spf, ip, mailFrom, helo] { spf->start(ip, mailFrom, helo); }, [spf] { spf->abort(); });
    connect(spf, &SpfEvaluator::finished, this, [this, spfIndex](const SpfResult &result) {
        m_haveSpfResult = true;
        m_spfDomain = result.domain;
        m_spfResultId = SpfResult::codeId(result.code);
        partDone(spfIndex, {result.toCheckResult()});
    });
}

CheckResult DomainReport::lintResult(const SpfLintReport &report)
{
    CheckResult r;
    r.id = QStringLiteral("spf.lint");
    r.title = tr("SPF include tree of %1").arg(report.domain);
    r.data = report.toJson();
    r.details = report.warnings;
    r.evidence.append(report.record);
    r.suggestedRecord = report.suggestedRecord;
    if (report.lookups > 10 || report.voidLookups > 2) {
        r.status = CheckStatus::Fail;
        r.summary = tr("The SPF tree of %1 needs %2 DNS lookups and %3 void lookups; over 10 (or 2 void) is a permanent error, so SPF fails.")
                        .arg(report.domain)
                        .arg(report.lookups)
                        .arg(report.voidLookups);
        r.fix = tr("Remove includes you no longer use, or replace some by the ip4:/ip6: ranges they stand for.");
    } else if (!report.warnings.isEmpty() || report.hasSpfRrType) {
        r.status = CheckStatus::Warn;
        r.summary = tr("The SPF tree of %1 uses %2 of 10 DNS lookups, with warnings.").arg(report.domain).arg(report.lookups);
    } else {
        r.status = CheckStatus::Pass;
        r.summary = tr("The SPF tree of %1 uses %2 of 10 DNS lookups.").arg(report.domain).arg(report.lookups);
    }
    if (!r.suggestedRecord.isEmpty() && r.fix.isEmpty())
        r.fix = tr("A corrected record is suggested below.");
    return r;
}

CheckResult DomainReport::alignmentResult() const
{
    DmarcAlignment::Input in;
    in.fromDomain = m_fromDomain;
    in.spf = {m_spfDomain, m_spfResultId};
    if (m_fromDmarc && m_fromDmarc->found()) {
        in.adkim = m_fromDmarc->record().adkim;
        in.aspf = m_fromDmarc->record().aspf;
    }
    CheckResult r = DmarcAlignment::check(in);
    // Only the SPF half is known here (DKIM needs the message): a missing SPF alignment is a
    // warning, not a verdict.
    if (r.status == CheckStatus::Fail) {
        r.status = CheckStatus::Warn;
        r.summary = tr("SPF does not give DMARC an aligned pass for %1; DMARC then depends on an aligned DKIM signature.").arg(m_fromDomain);
    }
    r.details.append(tr("DKIM was not evaluated (that needs the message itself); give --selector to check the key your mail is signed with."));
    return r;
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
    if (m_haveSpfResult)
        m_results.append(alignmentResult());
    Q_EMIT finished(m_results);
}

void DomainReport::abort()
{
    if (!m_running)
        return;
    m_running = false;
    for (const Part &p : std::as_const(m_parts))
        if (p.abort)
            p.abort();
}

void DomainReport::clearParts()
{
    for (const Part &p : std::as_const(m_parts))
        if (p.job)
            p.job->deleteLater();
    m_parts.clear();
}
