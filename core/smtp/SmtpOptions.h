#pragma once

#include "SmtpTypes.h"

#include <QString>
#include <QStringList>

class Resolver;

// What the user filled in for one SMTP test.
struct SmtpOptions
{
    QString host;
    int port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString heloName = QStringLiteral("bounce-doctor.localdomain");

    QString user;                  // empty: no AUTH
    QString password;
    QString oauthToken;            // XOAUTH2 bearer token, given by the user
    SmtpAuthMech authMech = SmtpAuthMech::Auto;
    bool allowPlaintextAuth = false; // send credentials without TLS (only when explicitly chosen)

    QString mailFrom;              // empty: stop after AUTH
    QStringList rcptTo;            // recipient probe (RCPT, then RSET) unless sendMessage
    bool sendMessage = false;      // DATA with a small test message, only on explicit request
    qint64 declaredSize = 0;       // SIZE= on MAIL FROM when the server offers SIZE (0: not sent)

    QString caFile;                // extra trust anchors (PEM) for this test
    QString trustFingerprint;      // SHA-256 of the ONE certificate the user accepts despite errors

    int resolveTimeoutMs = 10000;
    int connectTimeoutMs = 10000;
    int tlsTimeoutMs = 15000;
    int replyTimeoutMs = 30000;
    int quitTimeoutMs = 2000;

    Resolver *resolver = nullptr;  // optional; without it Qt resolves the host name itself
};
