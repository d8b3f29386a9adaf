#pragma once

#include "SmtpAutoDetectAttempt.h"
#include "SmtpOptions.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>

class Resolver;
class SmtpProbe;

// Finds working SMTP submission settings for an address: asks DNS for RFC 6186 SRV records
// (_submissions._tcp, _submission._tcp) and MX, adds the usual smtp./mail. names, tries every
// host with every port/security pair of the plan in parallel, and ranks what works (implicit TLS
// and STARTTLS above plain). Every attempt is kept, working or not.
class SmtpAutoDetect : public QObject
{
    Q_OBJECT
public:
    using PortPlan = QList<QPair<int, SmtpSecurity>>;

    explicit SmtpAutoDetect(Resolver *resolver, QObject *parent = nullptr);
    ~SmtpAutoDetect() override;

    static PortPlan defaultPortPlan(); // 465 tls, 587 starttls, 25 starttls, 2525 starttls
    void setPortPlan(const PortPlan &plan) { m_plan = plan; }
    // Credentials, CA file, timeouts... for every attempt (host/port/security are overwritten).
    void setProbeOptions(const SmtpOptions &options) { m_base = options; }
    void setMaxParallel(int n) { m_maxParallel = qMax(1, n); }

    void start(const QString &address, const QString &host = QString());
    bool isRunning() const { return m_running; }
    QList<SmtpAutoDetectAttempt> attempts() const; // ranked, best first
    static int scoreOf(const SmtpAutoDetectAttempt &attempt);

public Q_SLOTS:
    void abort();

Q_SIGNALS:
    void attemptStarted(const SmtpAutoDetectAttempt &attempt);
    void attemptFinished(const SmtpAutoDetectAttempt &attempt);
    void finished(const QList<SmtpAutoDetectAttempt> &ranked);

private:
    void addCandidate(const QString &host, int port, SmtpSecurity security, const QString &source);
    void addHost(const QString &host, const QString &source);
    void dnsStepDone();
    void launchMore();
    void onProbeFinished(int index, const SmtpResult &result);

    QPointer<Resolver> m_resolver;
    PortPlan m_plan;
    SmtpOptions m_base;
    int m_maxParallel = 8;
    QString m_domain;
    QString m_givenHost;
    QList<SmtpAutoDetectAttempt> m_attempts;
    QList<SmtpProbe *> m_probes;
    QStringList m_srvHosts[2]; // [0] submissions (TLS), [1] submission (STARTTLS), "host:port"
    QStringList m_mxHosts;
    int m_pendingDns = 0;
    int m_next = 0;
    int m_runningProbes = 0;
    bool m_running = false;
};
