#pragma once

#include "CheckResult.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class AuthCheckJob;
class Resolver;

struct DomainReportOptions
{
    QString domain;          // the domain to report on
    QString ip;              // sending IP: adds reverse DNS (and SPF evaluation when built in)
    QStringList selectors;   // DKIM selectors; empty = try the common ones
    QString fromDomain;      // header From domain, when it differs from `domain` (DMARC, DKIM)
    QString mailFrom;        // envelope sender for the SPF evaluation
    QString helo;            // HELO name for the SPF evaluation
};

// Every DNS check for one domain, run in parallel: domain/MX, SPF record (and, with an IP, the
// SPF evaluation), DMARC, DKIM, reverse DNS, MTA-STS, TLS-RPT. Emits progress as each finishes and
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
        bool done = false;
        CheckResults results;
    };
    void addJob(AuthCheckJob *job, const QString &title);
    void addSpfEvaluation(const DomainReportOptions &options);
    void partDone(int index, const CheckResults &results);
    void clearParts();

    QPointer<Resolver> m_resolver;
    QList<Part> m_parts;
    CheckResults m_results;
    bool m_running = false;
    int m_done = 0;
};
