#pragma once

#include "Bounce.h"
#include "CheckResult.h"
#include "Diagnosis.h"
#include "InvestigationResult.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// A concrete piece of advice: text for a person, and something to copy when there is one
// (a DNS record, an address, a message to send).
struct FixText
{
    QString id;       // "spf-record", "dmarc-record", "delist:<zone>", "rdns-request", "typo", ...
    QString title;    // translated
    QString text;     // translated
    QString copyable; // exact text for the Copy button, never translated
    QString url;      // a page to open (delisting)

    QJsonObject toJson() const;
};

struct FixChecklistItem
{
    QString id;
    QString text; // translated
    bool done = false;
};

struct FixStep
{
    enum class State { ToDo, Checking, Passed, NeedsAction, CouldNotCheck, Skipped, NotNeeded };
    enum class Relevance { Primary, Secondary, None };

    QString id;
    int number = 0;
    QString title, summary; // translated
    State state = State::ToDo;
    Relevance relevance = Relevance::None;
    QList<FixChecklistItem> checklist;
    CheckResults checks;      // results attached to this step
    QList<FixText> fixes;
    QString why;              // translated: why this step is (not) on the user's path

    static QString stateId(State s);
    static QString stateText(State s); // translated
    QJsonObject toJson() const;
};

// The seven fix steps, ordered by the causes found and pre-filled with the checks and fixes.
// Step 7 (resend) becomes available only when every step on the path is resolved or skipped.
class FixPlan
{
public:
    static FixPlan build(const Bounce &bounce, const Diagnosis &diagnosis, const InvestigationResult &investigation);

    const QList<FixStep> &steps() const { return m_steps; }   // numeric order 1..7
    QList<const FixStep *> path() const;                      // the user's path: primary, secondary, then resend
    const FixStep *step(const QString &id) const;

    void markResolved(const QString &stepId);
    void skip(const QString &stepId);
    void setChecklistItem(const QString &stepId, const QString &itemId, bool done);
    bool canResend() const;
    QStringList blockingSteps() const; // ids still needing action before resend

    // Before/after for step 7: what changed between the first run of the checks and a re-run.
    void setRecheck(const InvestigationResult &after);
    QStringList recheckChanges() const; // translated lines "SPF for the sending IP: Needs action → Passed"

    QJsonObject toJson() const;

private:
    FixStep *mutableStep(const QString &id);
    QList<FixStep> m_steps;
    InvestigationResult m_before;
    QStringList m_changes;
    bool m_rechecked = false;
};
