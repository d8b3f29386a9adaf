#pragma once

#include <QString>

// How the connection is secured. StartTlsOptional upgrades only when the server offers STARTTLS.
enum class SmtpSecurity { None, StartTls, StartTlsOptional, Tls };

// SASL mechanism; Auto picks the best one the server offers.
enum class SmtpAuthMech { Auto, Plain, Login, CramMd5, XOAuth2 };

// The stages of one probe, in the order they run.
enum class SmtpStage {
    Resolve, Connect, TlsHandshake, Banner, Ehlo, StartTls, EhloAfterTls, Auth,
    MailFrom, RcptTo, Rset, Data, Quit, Done
};

// Why a probe stopped before Done (None when it got there).
enum class SmtpFailure {
    None, HostNotFound, ConnectionRefused, ConnectTimeout, ConnectionDropped, ReplyTimeout,
    NotSmtp, ReplyTooLong, TlsHandshakeFailed, TlsCertificate, ServerReply, StartTlsNotOffered,
    AuthNotOffered, AuthMechNotOffered, PlaintextAuthRefused, InvalidOptions, NetworkError, Aborted
};

namespace Smtp {
QString securityId(SmtpSecurity security);              // "none" "starttls" "starttls-optional" "tls"
bool securityFromId(const QString &id, SmtpSecurity *out);
QString authMechId(SmtpAuthMech mech);                  // "auto" "PLAIN" "LOGIN" "CRAM-MD5" "XOAUTH2"
bool authMechFromId(const QString &id, SmtpAuthMech *out);
QString stageId(SmtpStage stage);                       // "resolve" "connect" "tls" "banner" "ehlo" ...
QString stageText(SmtpStage stage);                     // translated
QString failureId(SmtpFailure failure);
}
