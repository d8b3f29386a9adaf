#pragma once

#include "SpfMacro.h"
#include "SpfRecord.h"
#include "SpfResult.h"
#include "dns/DnsTypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QTimer;
class Resolver;

// RFC 7208 check_host(), asynchronous over the Resolver interface.
//
// Evaluation follows the RFC's order exactly (terms left to right, redirect after the mechanisms,
// exp only on a "fail" from a mechanism of the same record); the lookup and void-lookup limits are
// counted by evaluation. Independent questions may be sent ahead (prefetch: include/redirect TXT of
// a record, all MX hosts' addresses, all PTR names' addresses) to cut wall time; answers are shared
// through a per-check cache so no question is asked twice in one check.
class SpfEvaluator : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString receiver = QStringLiteral("unknown"); // %{r}
        qint64 timestamp = 0;                          // %{t}; 0 = now
        bool prefetch = true;
        int maxLookups = 10;     // §4.6.4
        int maxVoidLookups = 2;  // §4.6.4
        int maxMxNames = 10;     // §4.6.4: more MX names than this is a permerror
        int maxPtrNames = 10;    // §4.6.4: PTR names after the first 10 are ignored
        int timeLimitMs = 20000; // §4.6.4: at least 20 s, then temperror
    };

    explicit SpfEvaluator(Resolver *resolver, QObject *parent = nullptr);
    ~SpfEvaluator() override;

    void setOptions(const Options &options);
    Options options() const { return m_options; }

    // Checks MAIL FROM, or the HELO name when mailFrom is empty (the null sender, §2.4). `ip` may be
    // IPv4 or IPv6; an IPv4-mapped IPv6 address is treated as IPv4 (§5). A running check is aborted.
    void start(const QString &ip, const QString &mailFrom, const QString &helo);
    // check_host(<ip>, <domain>, <sender>) directly (§4.1), e.g. for a HELO check.
    void checkHost(const QString &ip, const QString &domain, const QString &sender, const QString &helo);
    bool isRunning() const { return m_running; }

    // Checks the outer syntax of check_host()'s <domain> (§4.3): multi-label, labels of 1..63 octets.
    static bool isValidDomain(const QString &domain);

public Q_SLOTS:
    void abort();

Q_SIGNALS:
    void finished(const SpfResult &result);

private:
    struct Outcome
    {
        SpfResultCode code = SpfResultCode::Neutral;
        QString explanation;
        QString problem;
        QString matchedTerm;
    };
    using Done = std::function<void(const Outcome &)>;
    using AnswerFn = std::function<void(const DnsAnswer &)>;
    using NodePtr = std::shared_ptr<SpfTraceNode>;
    struct Frame;
    using FramePtr = std::shared_ptr<Frame>;
    enum class Match { No, Yes, Error };

    void begin(const QHostAddress &ip, bool upperNibbles, const QString &domain, const QString &sender,
               const QString &helo, const QString &identity, const QString &ipText);
    void evaluateDomain(const QString &domain, const NodePtr &node, bool top, Done done);
    void evaluateRecord(const FramePtr &frame);
    void continueFrame(const FramePtr &frame);
    void matched(const FramePtr &frame, const SpfTerm &term, const NodePtr &node);
    void runRedirect(const FramePtr &frame);
    void finishWithExplanation(const FramePtr &frame, Outcome outcome);
    void evaluateMechanism(const FramePtr &frame, const SpfTerm &term, const NodePtr &node,
                           std::function<void(Match, Outcome)> cont);
    void expandTarget(const FramePtr &frame, const NodePtr &node, const QString &spec,
                      std::function<void(const QString &)> cont);
    void ensureValidatedNames(const NodePtr &node, std::function<void()> cont);
    QString chooseValidatedName(const QString &domain) const;
    bool countVoid(const NodePtr &node, Outcome *error);
    void fetch(const QString &name, DnsType type, const NodePtr &node, AnswerFn done);
    void prefetch(const FramePtr &frame);
    void complete(const Outcome &outcome);
    void onTimeout();
    bool ipMatches(const QStringList &addresses, int cidr4, int cidr6) const;
    SpfMacroContext macroContext(const QString &domain) const;

    static QString dnsKey(const QString &name, DnsType type);
    static QString summarize(const DnsAnswer &answer);

    QPointer<Resolver> m_resolver;
    Options m_options;
    bool m_running = false;
    quint64 m_generation = 0;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;

    // per check
    QHostAddress m_ip;
    bool m_upperNibbles = false;
    QString m_sender, m_localPart, m_senderDomain, m_helo;
    qint64 m_timestamp = 0;
    int m_lookups = 0;
    int m_voidLookups = 0;
    int m_queries = 0;
    SpfResult m_result;
    QHash<QString, DnsAnswer> m_cache;
    QHash<QString, QList<std::pair<NodePtr, AnswerFn>>> m_waiting;
    bool m_validatedDone = false;
    bool m_validatedRunning = false;
    QStringList m_validatedNames;
    QList<std::function<void()>> m_validatedWaiters;
    QStringList m_warnings;
};
