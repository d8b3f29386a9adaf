#pragma once

#include "SmtpResult.h"
#include "SmtpTypes.h"

#include <QJsonObject>
#include <QString>

// One host/port/security combination auto-detection tried, where it came from, and how it went.
struct SmtpAutoDetectAttempt
{
    QString host;
    int port = 0;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString source;      // "given", "srv-submissions", "srv-submission", "smtp-name", "mail-name", "mx"
    bool finished = false;
    SmtpResult result;
    int score = 0;       // higher is better; 0 = does not work

    bool works() const { return finished && result.ok; }
    QJsonObject toJson(bool withTranscript = false) const;
};
