#pragma once

#include "Cause.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// A piece of the input that decided something: shown highlighted in the window and quoted in
// reports. `text` is an exact substring of the decoded bounce text (so the window can find it).
struct Evidence
{
    QString kind;  // "status" "reply-code" "text" "vendor-code" "header" "dsn-field"
    QString text;  // the exact span
    QString rule;  // the knowledge entry that matched (id from resources/knowledge)
    double weight = 0;

    QJsonObject toJson() const;
};

// One recipient's outcome, as the bounce states it and as we classified it.
struct DeliveryFailure
{
    QString recipient;          // final recipient address
    QString originalRecipient;  // Original-Recipient when it differs
    QString action;             // failed | delayed | delivered | relayed | expanded (lower case)
    QString status;             // enhanced status "5.1.1" (empty when none)
    QString replyCode;          // "550" (empty when none)
    QString remoteMta;          // host name or IP that gave the reply
    QString diagnosticType;     // "smtp", "X-Postfix", ...
    QString diagnostic;         // the remote server's text, unfolded
    QString smtpCommand;        // "RCPT", "DATA", "MAIL", "EHLO", "CONNECT"... when stated

    // Classification
    QString reason;             // fine reason id, e.g. "user-unknown"
    Cause cause = Cause::Unknown;
    double confidence = 0;      // 0..1
    QList<Evidence> evidence;

    QJsonObject toJson() const;
    // The action in words for people (translated); unknown values come back unchanged.
    static QString actionTitle(const QString &action);
};

// Headers of the message that bounced (message/rfc822, text/rfc822-headers, or quoted in the body).
struct ReturnedMessage
{
    bool present = false;
    QString from, returnPath, to, subject, messageId, date;
    QString dkimDomain, dkimSelector;      // first DKIM-Signature d= / s=
    QStringList authenticationResults;
    QStringList received;                  // top (newest) first, unfolded
    QString sendingIp, helo;               // from the Received chain
    QString sendingHopExplanation;         // translated: which hop was chosen and why
    int bodyBytes = 0, linkCount = 0;      // when the body came back too
    QStringList linkHosts, attachmentTypes;

    QJsonObject toJson() const;
};

struct Bounce
{
    QString format;          // recognised format id: "rfc3464" "postfix" "exim" "gmail" "m365" "reply-line" "client-text" ...
    QString reportingMta;
    QString subject, from, date, messageId;  // of the bounce itself
    QList<DeliveryFailure> failures;
    ReturnedMessage original;
    QStringList warnings;    // translated: what could not be read
    QString text;            // decoded human-readable text the classifier matched against

    QJsonObject toJson() const;
};
