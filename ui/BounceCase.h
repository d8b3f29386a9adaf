#pragma once

#include "BounceAnalyzer.h"
#include "CheckResult.h"
#include "Diagnosis.h"
#include "StepState.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

// The case the window works on: the latest analysis of the pasted bounce, the facts (which the
// user may correct), which steps apply, and each step's latest check results. Pages read and
// write it; nothing here knows about widgets.
class Resolver;

class BounceCase : public QObject
{
    Q_OBJECT
public:
    enum Step { Paste, Recipient, Mailbox, Blocklists, Authentication, Content, Smtp, Resend, StepCount };
    Q_ENUM(Step)

    explicit BounceCase(QObject *parent = nullptr);

    bool hasAnalysis() const { return m_analysis.has_value(); }
    const Analysis &analysis() const;
    void setAnalysis(const Analysis &analysis);
    void clearAnalysis();

    const Facts &facts() const { return m_facts; }
    void setFacts(const Facts &facts);

    // Fix steps the bounce points to (never asked: derived from the diagnosis). Resend always applies.
    QList<int> applicableSteps() const { return m_applicable; }
    bool applies(int step) const { return m_applicable.contains(step); }
    static QList<int> stepsFor(const Analysis &analysis);
    static QString stepTitle(int step);   // translated

    // Latest results of a step's live checks; the first set is kept as "before" for step 7.
    void setResults(int step, const CheckResults &results);
    CheckResults results(int step) const { return m_results.value(step); }
    CheckResults firstResults(int step) const { return m_firstResults.value(step); }

    // The DNS resolver every live check of this case shares (one cache per case); null when
    // none could be created, with the reason in resolverError().
    Resolver *resolver() const { return m_resolver; }
    QString resolverError() const { return m_resolverError; }
    void setResolver(Resolver *resolver, const QString &error = {});

    void setStepState(int step, StepState state);
    StepState stepState(int step) const { return m_states.value(step, StepState::ToDo); }

Q_SIGNALS:
    void analysisChanged();
    void factsChanged();
    void resultsChanged(int step);
    void stepStateChanged(int step, StepState state);

private:
    std::optional<Analysis> m_analysis;
    Facts m_facts;
    QList<int> m_applicable{Resend};
    QHash<int, CheckResults> m_results;
    QHash<int, CheckResults> m_firstResults;
    QHash<int, StepState> m_states;
    Resolver *m_resolver = nullptr;
    QString m_resolverError;
};
