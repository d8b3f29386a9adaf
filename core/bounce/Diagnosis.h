#pragma once

#include "Bounce.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// What the live checks need, gathered from the bounce; every field may be edited by the user.
struct Facts
{
    QString sendingIp, helo;
    QString senderAddress, senderDomain;      // envelope sender (Return-Path) or From
    QString fromDomain, mailFromDomain;       // RFC5322.From and RFC5321.MailFrom domains
    QString recipient, recipientDomain;       // first failed recipient
    QString dkimSelector, dkimDomain;
    QString remoteMta, reportingMta;

    QJsonObject toJson() const;
    static Facts fromJson(const QJsonObject &o);
};

struct CauseScore
{
    Cause cause = Cause::Unknown;
    double confidence = 0;
    QStringList why;  // translated reasons for the score
};

struct Diagnosis
{
    Cause cause = Cause::Unknown;     // the headline (the first permanent failure's cause)
    QString reason;                   // its fine reason id
    QString status, replyCode;
    double confidence = 0;
    QList<Evidence> evidence;
    QList<CauseScore> ranking;        // best first
    Facts facts;

    QJsonObject toJson() const;
};
