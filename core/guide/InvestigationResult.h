#pragma once

#include "CheckResult.h"
#include "Diagnosis.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// How the live checks changed our belief in one candidate cause.
struct CauseAssessment
{
    enum class Verdict { Confirmed, Refuted, Unconfirmed, NotChecked };

    Cause cause = Cause::Unknown;
    double before = 0, after = 0;
    Verdict verdict = Verdict::NotChecked;
    QStringList why;      // translated, one line per piece of evidence
    QStringList checkIds; // the checks that spoke to it

    static QString verdictId(Verdict v); // "confirmed" "refuted" "unconfirmed" "not-checked"
    QString verdictText() const;         // translated
    QJsonObject toJson() const;
};

// A fact a check needs but the bounce did not give (e.g. no sending IP in a client-side paste).
struct MissingFact
{
    QString fact;     // Facts field name: "sendingIp", "senderDomain", ...
    QString prompt;   // translated: what to enter and where to find it
    QStringList for_; // check ids waiting for it
};

struct InvestigationResult
{
    Facts facts;                               // what the checks ran with
    QHash<QString, CheckResults> checks;       // check id -> its results
    QStringList checkOrder;                    // ids in the order they were started
    QList<CauseAssessment> causes;             // best first (by `after`)
    QList<MissingFact> missing;
    Cause headline = Cause::Unknown;           // best cause after the checks
    double elapsedMs = 0;
    int queries = 0;

    CheckStatus worstStatus(const QString &checkId) const; // Fail > Warn > CouldNotCheck > Pass; Info ignored
    const CauseAssessment *assessment(Cause cause) const;
    QJsonObject toJson() const;
};
