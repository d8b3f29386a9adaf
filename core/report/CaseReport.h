#pragma once

#include "Analysis.h"
#include "FixPlan.h"
#include "InvestigationResult.h"
#include "SmtpResult.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// The whole case as the user sees it at the moment of export: the bounce read and diagnosed,
// the facts the user confirmed or typed, what the live checks found, the fix plan with its
// state, and the SMTP test if one was run. Filled by the window or the CLI, written by ReportWriter.
struct CaseReport
{
    QString appVersion;                        // "0.1.0"
    QDateTime created;                         // when the report was made (UTC is fine)
    QString source;                            // file name, or empty for a paste

    Analysis analysis;
    std::optional<Facts> userFacts;            // the facts after the user's edits (default: the analysis')
    std::optional<InvestigationResult> investigation;
    std::optional<FixPlan> plan;
    std::optional<SmtpResult> smtp;            // its transcript is already redacted by the probe
    QHash<QString, QString> checkTitles;       // check id -> translated title (Investigation::checkStarted)

    // Strings that must never be written (the SMTP password the window knows, a token...).
    // Scrubbed from every output, with their base64 forms: a second line of defence.
    QStringList secrets;

    Facts facts() const;                       // what the checks ran with, else the user's, else the bounce's
    QStringList editedFacts() const;           // Facts field names the user changed
    Cause headline() const;                    // the cause after the checks, else the bounce's
    QString checkTitle(const QString &checkId) const;

    // The stable JSON schema "bounce-doctor-report/1" (not yet scrubbed of `secrets`).
    QJsonObject toJson() const;
    static QString schemaId();                 // "bounce-doctor-report/1"
};
