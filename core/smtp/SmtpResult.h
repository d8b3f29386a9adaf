#pragma once

#include "CheckResult.h"
#include "SmtpReply.h"
#include "SmtpTlsInfo.h"
#include "SmtpTranscript.h"
#include "SmtpTypes.h"
#include "SmtpVerdict.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// Everything one probe found out.
struct SmtpResult
{
    bool ok = false;                 // reached the end of what was asked
    QString host;
    int port = 0;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString address;                 // the IP we connected to
    SmtpStage stage = SmtpStage::Resolve; // the last stage entered (where it stopped when !ok)
    SmtpFailure failure = SmtpFailure::None;
    QString errorText;               // technical detail (socket / TLS library text)
    bool partialReply = false;       // on a timeout: the server had started to answer
    SmtpReply lastReply;             // the reply that decided the outcome, if any
    QString banner;
    QStringList extensions;          // EHLO keywords, last EHLO
    QStringList authOffered;         // mechanisms from the last EHLO
    bool startTlsOffered = false;
    QString authMechUsed;
    bool authenticated = false;
    bool encrypted = false;
    QStringList recipientsAccepted;
    bool messageSent = false;
    SmtpTlsInfo tls;
    SmtpTranscript transcript;
    SmtpVerdict verdict;
    qint64 elapsedMs = 0;

    QJsonObject toJson() const;      // ok, stage, verdict, message, next, transcript, tls, ...
    CheckResult toCheckResult() const; // id "smtp.probe"
};
