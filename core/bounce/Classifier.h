#pragma once

#include "Bounce.h"
#include "Cause.h"
#include "Diagnosis.h"
#include "Result.h"

#include <QString>
#include <QStringList>

#include <memory>

class KnowledgeBase;

// Turns what a bounce says (status codes, reply text, vendor codes) into a fine reason and one of
// the causes. Scoring is evidence-based: every matching status code and text rule adds weight to a
// reason, the best-supported reason wins, and the spans that decided it become the evidence.
// All facts (codes, phrases, vendor rules) come from resources/knowledge/bounce-*.json.
// Cheap to copy: the compiled knowledge is shared and immutable.
class Classifier
{
public:
    static const Classifier &instance();        // loads :/knowledge/bounce-*.json once; see loadError()
    static Result<Classifier> load(const QString &dir = QStringLiteral(":/knowledge"));
    QString loadError() const;                  // empty when the knowledge loaded
    void classify(Bounce &bounce) const;        // sets reason, cause, confidence, evidence on every failure
    Diagnosis diagnose(const Bounce &bounce) const; // headline + ranking (facts are filled by BounceAnalyzer)
    QStringList reasonIds() const;
    Cause causeOf(const QString &reasonId) const;
    QString reasonTitle(const QString &reasonId) const;       // translated
    QString reasonExplanation(const QString &reasonId) const; // translated

private:
    Classifier(std::shared_ptr<const KnowledgeBase> knowledge, QString loadError);

    std::shared_ptr<const KnowledgeBase> m_knowledge;
    QString m_loadError;
};
