#include "BounceCase.h"

#include <QCoreApplication>

#include <algorithm>

BounceCase::BounceCase(QObject *parent) : QObject(parent) { }

const Analysis &BounceCase::analysis() const
{
    Q_ASSERT(m_analysis);
    return *m_analysis;
}

void BounceCase::setAnalysis(const Analysis &analysis)
{
    m_analysis = analysis;
    m_facts = analysis.diagnosis.facts;
    m_applicable = stepsFor(analysis);
    // A new bounce is a new case: earlier check results described another one.
    m_results.clear();
    m_firstResults.clear();
    Q_EMIT analysisChanged();
    Q_EMIT factsChanged();
}

void BounceCase::clearAnalysis()
{
    m_analysis.reset();
    m_facts = {};
    m_applicable = {Resend};
    m_results.clear();
    m_firstResults.clear();
    Q_EMIT analysisChanged();
    Q_EMIT factsChanged();
}

void BounceCase::setFacts(const Facts &facts)
{
    m_facts = facts;
    Q_EMIT factsChanged();
}

static void addStepsForCause(QList<int> &steps, Cause cause)
{
    auto add = [&steps](int s) {
        if (!steps.contains(s))
            steps.append(s);
    };
    switch (cause) {
    case Cause::InvalidRecipient: add(BounceCase::Recipient); break;
    case Cause::RecipientMailbox: add(BounceCase::Mailbox); break;
    case Cause::RecipientBlocked: add(BounceCase::Mailbox); add(BounceCase::Content); break;
    case Cause::SenderBlocklisted: add(BounceCase::Blocklists); break;
    case Cause::Authentication: add(BounceCase::Authentication); break;
    case Cause::SpamContent: add(BounceCase::Content); add(BounceCase::Blocklists); break;
    case Cause::ServerConfig: add(BounceCase::Smtp); add(BounceCase::Authentication); break;
    case Cause::Temporary:
    case Cause::NotAFailure:
    case Cause::Unknown: break;
    }
}

QList<int> BounceCase::stepsFor(const Analysis &analysis)
{
    QList<int> steps;
    addStepsForCause(steps, analysis.diagnosis.cause);
    for (const DeliveryFailure &f : analysis.bounce.failures)
        addStepsForCause(steps, f.cause);
    // A strong second opinion is worth a look too; weak ones would only add noise.
    for (const CauseScore &score : analysis.diagnosis.ranking)
        if (score.confidence >= 0.4)
            addStepsForCause(steps, score.cause);
    if (analysis.diagnosis.cause == Cause::Unknown) {
        // Nothing decided: the checks that need only the facts are the useful ones.
        steps << Recipient << Blocklists << Authentication;
    }
    steps.append(Resend);
    std::sort(steps.begin(), steps.end());
    steps.erase(std::unique(steps.begin(), steps.end()), steps.end());
    return steps;
}

QString BounceCase::stepTitle(int step)
{
    switch (step) {
    case Paste: return QCoreApplication::translate("BounceCase", "Paste the bounce");
    case Recipient: return QCoreApplication::translate("BounceCase", "Verify the recipient address");
    case Mailbox: return QCoreApplication::translate("BounceCase", "Recipient mailbox");
    case Blocklists: return QCoreApplication::translate("BounceCase", "Blocklists");
    case Authentication: return QCoreApplication::translate("BounceCase", "SPF, DKIM, DMARC");
    case Content: return QCoreApplication::translate("BounceCase", "Content and sending activity");
    case Smtp: return QCoreApplication::translate("BounceCase", "SMTP settings");
    case Resend: return QCoreApplication::translate("BounceCase", "Resend after fixing");
    }
    return {};
}

void BounceCase::setResults(int step, const CheckResults &results)
{
    if (!m_firstResults.contains(step))
        m_firstResults.insert(step, results);
    m_results.insert(step, results);
    Q_EMIT resultsChanged(step);
}

void BounceCase::setResolver(Resolver *resolver, const QString &error)
{
    m_resolver = resolver;
    m_resolverError = error;
}

void BounceCase::setStepState(int step, StepState state)
{
    if (m_states.value(step, StepState::ToDo) == state && m_states.contains(step))
        return;
    m_states.insert(step, state);
    Q_EMIT stepStateChanged(step, state);
}
