#pragma once

#include "Cause.h"
#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

struct GuideChecklistItem
{
    QString id;
    QString text; // English source; translate with context "GuideStep"
};

struct GuideStep
{
    QString id;
    int number = 0;
    QString title, summary;        // English sources (context "GuideStep")
    QList<Cause> causes;           // the causes this step fixes
    QStringList checks;            // ids of the live checks shown on this step
    QList<GuideChecklistItem> checklist;
};

// The seven fix steps (resources/knowledge/guide-steps.json), validated when loaded.
class GuideSteps
{
public:
    static const GuideSteps &instance();
    static Result<GuideSteps> fromJson(const QByteArray &json, const QString &fileName);

    const QList<GuideStep> &steps() const { return m_steps; }
    const GuideStep *step(const QString &id) const;
    const GuideStep *stepForCause(Cause cause) const;
    QString loadError() const { return m_loadError; }

private:
    QList<GuideStep> m_steps;
    QString m_loadError;
};
