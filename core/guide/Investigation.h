#pragma once

#include "Bounce.h"
#include "Diagnosis.h"
#include "InvestigationResult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class BlocklistChecker;
class DmarcCheck;
class Resolver;
struct SpfResult;

// Confirms or refutes the causes a diagnosis suspects with live checks, all in parallel:
// invalid recipient → the recipient domain's MX; blocklisted → the sending IP and sender domain
// against the DNSBLs, plus reverse DNS; authentication → SPF for the sending IP, DKIM for the
// bounce's selector, DMARC and alignment; server configuration → reverse DNS; content → what came
// back with the bounce and its links' domains. Facts the checks need but the bounce lacks are
// reported as missing, never guessed. Results move each cause's confidence, with reasons.
class Investigation : public QObject
{
    Q_OBJECT
public:
    explicit Investigation(Resolver *resolver, QObject *parent = nullptr);
    ~Investigation() override;

    // `diagnosis.facts` may carry the user's edits; they win over what the bounce says.
    void start(const Bounce &bounce, const Diagnosis &diagnosis);
    bool isRunning() const { return m_running; }
    const InvestigationResult &result() const { return m_result; }

    // Which checks speak to a cause (ids as in guide-steps.json), and the facts each check needs.
    static QStringList checksFor(Cause cause);
    static QStringList factsNeeded(const QString &checkId);
    static QString factPrompt(const QString &fact); // translated

public Q_SLOTS:
    void abort();

Q_SIGNALS:
    void checkStarted(const QString &checkId, const QString &title);
    void checkFinished(const QString &checkId, const CheckResults &results);
    void progress(int done, int total);
    void finished(const InvestigationResult &result);

private:
    void launch(const QString &checkId);
    void startBlocklists();
    void startSpf();
    void startAlignmentWhenReady();
    void complete(const QString &checkId, const CheckResults &results);
    void assess();
    QString factValue(const QString &fact) const;

    Resolver *m_resolver;
    Bounce m_bounce;
    Diagnosis m_diagnosis;
    InvestigationResult m_result;
    QStringList m_pending;
    QList<QPointer<QObject>> m_jobs;
    QPointer<DmarcCheck> m_dmarc;
    QString m_spfCode, m_spfDomain;
    bool m_running = false;
    QElapsedTimer m_clock;
    int m_queriesAtStart = 0;
};
