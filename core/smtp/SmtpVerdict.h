#pragma once

#include "CheckResult.h"

#include <QJsonObject>
#include <QString>

// The answer a person reads: what happened, in plain words, and what to do next.
struct SmtpVerdict
{
    QString id;            // stable id from resources/knowledge/smtp-verdicts.json
    CheckStatus severity = CheckStatus::Fail;
    QString title;
    QString message;
    QString nextStep;
    QString providerHint;  // e.g. "Gmail needs an app password" (may be empty)

    bool isValid() const { return !id.isEmpty(); }
    QJsonObject toJson() const;
};
