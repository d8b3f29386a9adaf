#include "SmtpTypes.h"

#include <QCoreApplication>

namespace Smtp {

QString securityId(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::None: return QStringLiteral("none");
    case SmtpSecurity::StartTls: return QStringLiteral("starttls");
    case SmtpSecurity::StartTlsOptional: return QStringLiteral("starttls-optional");
    case SmtpSecurity::Tls: return QStringLiteral("tls");
    }
    return {};
}

bool securityFromId(const QString &id, SmtpSecurity *out)
{
    for (SmtpSecurity s : {SmtpSecurity::None, SmtpSecurity::StartTls, SmtpSecurity::StartTlsOptional, SmtpSecurity::Tls}) {
        if (securityId(s) == id.toLower()) {
            *out = s;
            return true;
        }
    }
    // Names mail clients use for the same settings.
    const QString l = id.toLower();
    if (l == QLatin1String("ssl") || l == QLatin1String("smtps") || l == QLatin1String("implicit")) {
        *out = SmtpSecurity::Tls;
        return true;
    }
    if (l == QLatin1String("plain")) {
        *out = SmtpSecurity::None;
        return true;
    }
    return false;
}

QString authMechId(SmtpAuthMech mech)
{
    switch (mech) {
    case SmtpAuthMech::Auto: return QStringLiteral("auto");
    case SmtpAuthMech::Plain: return QStringLiteral("PLAIN");
    case SmtpAuthMech::Login: return QStringLiteral("LOGIN");
    case SmtpAuthMech::CramMd5: return QStringLiteral("CRAM-MD5");
    case SmtpAuthMech::XOAuth2: return QStringLiteral("XOAUTH2");
    }
    return {};
}

bool authMechFromId(const QString &id, SmtpAuthMech *out)
{
    for (SmtpAuthMech m : {SmtpAuthMech::Auto, SmtpAuthMech::Plain, SmtpAuthMech::Login, SmtpAuthMech::CramMd5,
                           SmtpAuthMech::XOAuth2}) {
        if (authMechId(m).compare(id, Qt::CaseInsensitive) == 0) {
            *out = m;
            return true;
        }
    }
    return false;
}

QString stageId(SmtpStage stage)
{
    switch (stage) {
    case SmtpStage::Resolve: return QStringLiteral("resolve");
    case SmtpStage::Connect: return QStringLiteral("connect");
    case SmtpStage::TlsHandshake: return QStringLiteral("tls");
    case SmtpStage::Banner: return QStringLiteral("banner");
    case SmtpStage::Ehlo: return QStringLiteral("ehlo");
    case SmtpStage::StartTls: return QStringLiteral("starttls");
    case SmtpStage::EhloAfterTls: return QStringLiteral("ehlo-tls");
    case SmtpStage::Auth: return QStringLiteral("auth");
    case SmtpStage::MailFrom: return QStringLiteral("mail-from");
    case SmtpStage::RcptTo: return QStringLiteral("rcpt-to");
    case SmtpStage::Rset: return QStringLiteral("rset");
    case SmtpStage::Data: return QStringLiteral("data");
    case SmtpStage::Quit: return QStringLiteral("quit");
    case SmtpStage::Done: return QStringLiteral("done");
    }
    return {};
}

QString stageText(SmtpStage stage)
{
    switch (stage) {
    case SmtpStage::Resolve: return QCoreApplication::translate("SmtpStage", "Looking up the server name");
    case SmtpStage::Connect: return QCoreApplication::translate("SmtpStage", "Connecting");
    case SmtpStage::TlsHandshake: return QCoreApplication::translate("SmtpStage", "Setting up encryption (TLS)");
    case SmtpStage::Banner: return QCoreApplication::translate("SmtpStage", "Waiting for the server's greeting");
    case SmtpStage::Ehlo: return QCoreApplication::translate("SmtpStage", "Saying hello (EHLO)");
    case SmtpStage::StartTls: return QCoreApplication::translate("SmtpStage", "Switching to encryption (STARTTLS)");
    case SmtpStage::EhloAfterTls: return QCoreApplication::translate("SmtpStage", "Saying hello again over TLS");
    case SmtpStage::Auth: return QCoreApplication::translate("SmtpStage", "Logging in (AUTH)");
    case SmtpStage::MailFrom: return QCoreApplication::translate("SmtpStage", "Announcing the sender (MAIL FROM)");
    case SmtpStage::RcptTo: return QCoreApplication::translate("SmtpStage", "Checking the recipient (RCPT TO)");
    case SmtpStage::Rset: return QCoreApplication::translate("SmtpStage", "Cancelling the test envelope (RSET)");
    case SmtpStage::Data: return QCoreApplication::translate("SmtpStage", "Sending the test message (DATA)");
    case SmtpStage::Quit: return QCoreApplication::translate("SmtpStage", "Saying goodbye (QUIT)");
    case SmtpStage::Done: return QCoreApplication::translate("SmtpStage", "Done");
    }
    return {};
}

QString failureId(SmtpFailure failure)
{
    switch (failure) {
    case SmtpFailure::None: return QStringLiteral("none");
    case SmtpFailure::HostNotFound: return QStringLiteral("host-not-found");
    case SmtpFailure::ConnectionRefused: return QStringLiteral("connection-refused");
    case SmtpFailure::ConnectTimeout: return QStringLiteral("connect-timeout");
    case SmtpFailure::ConnectionDropped: return QStringLiteral("connection-dropped");
    case SmtpFailure::ReplyTimeout: return QStringLiteral("reply-timeout");
    case SmtpFailure::NotSmtp: return QStringLiteral("not-smtp");
    case SmtpFailure::ReplyTooLong: return QStringLiteral("reply-too-long");
    case SmtpFailure::TlsHandshakeFailed: return QStringLiteral("tls-handshake-failed");
    case SmtpFailure::TlsCertificate: return QStringLiteral("tls-certificate");
    case SmtpFailure::ServerReply: return QStringLiteral("server-reply");
    case SmtpFailure::StartTlsNotOffered: return QStringLiteral("starttls-not-offered");
    case SmtpFailure::AuthNotOffered: return QStringLiteral("auth-not-offered");
    case SmtpFailure::AuthMechNotOffered: return QStringLiteral("auth-mechanism-not-offered");
    case SmtpFailure::PlaintextAuthRefused: return QStringLiteral("plaintext-auth-refused");
    case SmtpFailure::InvalidOptions: return QStringLiteral("invalid-options");
    case SmtpFailure::NetworkError: return QStringLiteral("network-error");
    case SmtpFailure::Aborted: return QStringLiteral("aborted");
    }
    return {};
}

}
