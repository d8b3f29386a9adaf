#include "SmtpSasl.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

bool SmtpSasl::choose(SmtpAuthMech requested, const QStringList &offered, bool haveToken, bool encrypted,
                      SmtpAuthMech *chosen)
{
    auto isOffered = [&offered](SmtpAuthMech m) { return offered.contains(Smtp::authMechId(m), Qt::CaseInsensitive); };
    if (requested != SmtpAuthMech::Auto) {
        if (!isOffered(requested))
            return false;
        *chosen = requested;
        return true;
    }
    QList<SmtpAuthMech> order;
    if (haveToken)
        order = {SmtpAuthMech::XOAuth2};
    else if (encrypted) // inside TLS PLAIN is the standard and the most interoperable
        order = {SmtpAuthMech::Plain, SmtpAuthMech::Login, SmtpAuthMech::CramMd5};
    else // in the clear, prefer the one that does not reveal the password
        order = {SmtpAuthMech::CramMd5, SmtpAuthMech::Plain, SmtpAuthMech::Login};
    for (SmtpAuthMech m : order) {
        if (isOffered(m)) {
            *chosen = m;
            return true;
        }
    }
    return false;
}

QByteArray SmtpSasl::plainPayload(const QString &user, const QString &password)
{
    return (QByteArray(1, '\0') + user.toUtf8() + QByteArray(1, '\0') + password.toUtf8()).toBase64();
}

QByteArray SmtpSasl::xoauth2Payload(const QString &user, const QString &token)
{
    return (QByteArray("user=") + user.toUtf8() + "\x01" "auth=Bearer " + token.toUtf8() + "\x01\x01").toBase64();
}

QByteArray SmtpSasl::cramMd5Response(const QByteArray &challengeBase64, const QString &user, const QString &password)
{
    const QByteArray challenge = QByteArray::fromBase64(challengeBase64);
    const QByteArray digest = QMessageAuthenticationCode::hash(challenge, password.toUtf8(), QCryptographicHash::Md5).toHex();
    return (user.toUtf8() + ' ' + digest).toBase64();
}

QByteArray SmtpSasl::initialCommand(SmtpAuthMech mech, const QString &user, const QString &password, const QString &token)
{
    switch (mech) {
    case SmtpAuthMech::Plain: return "AUTH PLAIN " + plainPayload(user, password);
    case SmtpAuthMech::Login: return "AUTH LOGIN";
    case SmtpAuthMech::CramMd5: return "AUTH CRAM-MD5";
    case SmtpAuthMech::XOAuth2: return "AUTH XOAUTH2 " + xoauth2Payload(user, token);
    case SmtpAuthMech::Auto: break;
    }
    return {};
}

QByteArray SmtpSasl::respond(SmtpAuthMech mech, int step, const QByteArray &challenge, const QString &user,
                             const QString &password, const QString &token)
{
    switch (mech) {
    case SmtpAuthMech::Login:
        return step == 0 ? user.toUtf8().toBase64() : password.toUtf8().toBase64();
    case SmtpAuthMech::CramMd5:
        return cramMd5Response(challenge, user, password);
    case SmtpAuthMech::Plain: // a server that ignored the initial response asks again
        return plainPayload(user, password);
    case SmtpAuthMech::XOAuth2: // the challenge is a JSON error; an empty line ends the exchange
        return QByteArray();
    case SmtpAuthMech::Auto: break;
    }
    return QByteArray("*");
}
