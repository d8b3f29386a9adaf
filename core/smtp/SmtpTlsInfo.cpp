#include "SmtpTlsInfo.h"

#include <QJsonArray>
#include <QSsl>

namespace {
QString joinedInfo(const QSslCertificate &cert, bool issuer)
{
    QStringList parts;
    const auto attrs = issuer ? cert.issuerInfoAttributes() : cert.subjectInfoAttributes();
    for (const QByteArray &a : attrs) {
        const QStringList values = issuer ? cert.issuerInfo(a) : cert.subjectInfo(a);
        for (const QString &v : values)
            parts.append(QString::fromLatin1(a) + QLatin1Char('=') + v);
    }
    return parts.join(QStringLiteral(", "));
}
}

SmtpCertificateInfo SmtpCertificateInfo::fromCertificate(const QSslCertificate &cert)
{
    SmtpCertificateInfo info;
    info.subject = joinedInfo(cert, false);
    info.issuer = joinedInfo(cert, true);
    const auto sans = cert.subjectAlternativeNames();
    for (auto it = sans.cbegin(); it != sans.cend(); ++it)
        info.subjectAltNames.append((it.key() == QSsl::IpAddressEntry ? QStringLiteral("IP:") : QStringLiteral("DNS:"))
                                    + it.value());
    info.notBefore = cert.effectiveDate();
    info.notAfter = cert.expiryDate();
    info.sha256 = QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    info.selfSigned = cert.isSelfSigned();
    return info;
}

QJsonObject SmtpCertificateInfo::toJson() const
{
    return QJsonObject{{QStringLiteral("subject"), subject},
                       {QStringLiteral("issuer"), issuer},
                       {QStringLiteral("san"), QJsonArray::fromStringList(subjectAltNames)},
                       {QStringLiteral("notBefore"), notBefore.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("notAfter"), notAfter.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("sha256"), sha256},
                       {QStringLiteral("selfSigned"), selfSigned}};
}

QJsonObject SmtpTlsInfo::toJson() const
{
    QJsonArray c;
    for (const SmtpCertificateInfo &i : chain)
        c.append(i.toJson());
    return QJsonObject{{QStringLiteral("used"), used},
                       {QStringLiteral("established"), established},
                       {QStringLiteral("protocol"), protocol},
                       {QStringLiteral("cipher"), cipher},
                       {QStringLiteral("chain"), c},
                       {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
                       {QStringLiteral("certificateProblem"), certificateProblem},
                       {QStringLiteral("trustedByFingerprint"), trustedByFingerprint}};
}

QString SmtpTlsInfo::normalizeFingerprint(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1String("sha256:"), Qt::CaseInsensitive) || t.startsWith(QLatin1String("sha256="), Qt::CaseInsensitive))
        t = t.mid(7);
    QString out;
    for (QChar c : t) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

QString SmtpTlsInfo::certificateProblemId(const QList<QSslError> &errors)
{
    // The order says which problem we name first when several apply: the one the user is most
    // likely to be able to act on.
    auto has = [&errors](std::initializer_list<QSslError::SslError> kinds) {
        for (const QSslError &e : errors)
            for (QSslError::SslError k : kinds)
                if (e.error() == k)
                    return true;
        return false;
    };
    if (has({QSslError::SelfSignedCertificate, QSslError::SelfSignedCertificateInChain}))
        return QStringLiteral("tls-cert-self-signed");
    if (has({QSslError::CertificateExpired, QSslError::CertificateNotYetValid}))
        return QStringLiteral("tls-cert-expired");
    if (has({QSslError::HostNameMismatch}))
        return QStringLiteral("tls-cert-wrong-host");
    if (has({QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToVerifyFirstCertificate,
             QSslError::CertificateUntrusted, QSslError::UnableToGetIssuerCertificate}))
        return QStringLiteral("tls-cert-unknown-ca");
    return errors.isEmpty() ? QString() : QStringLiteral("tls-cert-invalid");
}
