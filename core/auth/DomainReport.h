#pragma once

#include "CheckResult.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class AuthCheckJob;
class DmarcCheck;
class Resolver;
struct SpfLintReport;
struct SpfResult;

struct DomainReportOptions
{
    QString domain;          // the domain to report on
    QString ip;              // sending IP: adds reverse DNS (and SPF evaluation when built in)
    QStringList selectors;   // DKIM selectors; empty = try the common ones
    QString fromDomain;      // header From domain, when it differs from `domain` (DMARC, DKIM)
    QString mailFrom;        // envelope sender for the SPF evaluation (default postmaster@domain)
    QString helo;            // HELO name for the SPF evaluation (default: the domain)
};

// Every DNS check for one domain, run in parallel: domain/MX, SPF record and its include tree
// (SpfLint), DMARC, DKIM, MTA-STS, TLS-RPT; with an IP also reverse DNS, the SPF evaluation
// (SpfEvaluator) and the SPF side of DMARC alignment. Emits progress as each finishes and
// finished() with all results in a fixed order. abort() stops everything; deleting it aborts.
class DomainReport : public QObject
{
    Q_OBJECT
public:
    explicit DomainReport(Resolver *resolver, QObject *parent = nullptr);
    ~DomainReport() override;

    void start(const DomainReportOptions &options);
    bool isRunning() const { return m_running; }
    const CheckResults &results() const { return m_results; }
    int checkCount() const { return int(m_parts.size()); }

public Q_SLOTS:
    void abort();

Q_SIGNALS:
    void progress(int done, int total, const QString &title);
    void finished(const CheckResults &results);

private:
    struct Part
    {
        QString title;
        QObject *job = nullptr;
        std::function<void()> start, abort;
        bool done = false;
        CheckResults results;
    };
    void addJob(AuthCheckJob *job, const QString &title);
    void addSpf(const DomainReportOptions &options);
    int addPart(const QString &title, QObject *job, std::function<void()> start, std::function<void()> abort);
    void partDone(int index, const CheckResults &results);
    CheckResult alignmentResult() const;
    static CheckResult lintResult(const SpfLintReport &report);
    void clearParts();

    QPointer<Resolver> m_resolver;
    QList<Part> m_parts;
    CheckResults m_results;
    bool m_running = false;
    int m_done = 0;
    QString m_fromDomain;
    QPointer<DmarcCheck> m_fromDmarc;
    bool m_haveSpfResult = false;
    QString m_spfDomain, m_spfResultId;
};
