#pragma once

#include "Bounce.h"
#include "Diagnosis.h"

#include <QJsonObject>

// A bounce as read, classified and diagnosed: what the CLI prints and the window shows.
struct Analysis
{
    Bounce bounce;
    Diagnosis diagnosis;

    // The CLI's JSON object: the diagnosis (cause, causeTitle, reason, status, replyCode, confidence,
    // evidence, ranking, facts), plus format, reasonTitle, reportingMta, subject, recipients, original
    // and warnings from the bounce.
    QJsonObject toJson() const;
};
