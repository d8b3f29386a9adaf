#pragma once

#include "SmtpTypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// Client side of the SASL mechanisms we speak (RFC 4616 PLAIN, draft LOGIN, RFC 2195 CRAM-MD5,
// Google/Microsoft XOAUTH2). Pure functions: the probe drives the exchange.
class SmtpSasl
{
public:
    // The mechanism to use: the requested one if offered, otherwise (Auto) the best offered one.
    // Returns false when nothing usable is offered.
    static bool choose(SmtpAuthMech requested, const QStringList &offered, bool haveToken, bool encrypted,
                       SmtpAuthMech *chosen);
    // The AUTH command line (with initial response where the mechanism has one).
    static QByteArray initialCommand(SmtpAuthMech mech, const QString &user, const QString &password,
                                     const QString &token);
    // The answer to the server's 334 challenge number `step` (0-based); `challenge` is base64.
    static QByteArray respond(SmtpAuthMech mech, int step, const QByteArray &challenge, const QString &user,
                              const QString &password, const QString &token);
    static QByteArray plainPayload(const QString &user, const QString &password);   // base64
    static QByteArray xoauth2Payload(const QString &user, const QString &token);    // base64
    static QByteArray cramMd5Response(const QByteArray &challengeBase64, const QString &user, const QString &password);
};
