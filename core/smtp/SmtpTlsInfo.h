#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

// One certificate of the chain the server presented, in words a person can check.
struct SmtpCertificateInfo
{
    QString subject;
    QString issuer;
    QStringList subjectAltNames;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256;          // colon-separated upper-case hex, the form mail admins compare
    bool selfSigned = false;

    static SmtpCertificateInfo fromCertificate(const QSslCertificate &cert);
    QJsonObject toJson() const;
};

// What the TLS layer negotiated and what was wrong with it.
struct SmtpTlsInfo
{
    bool used = false;             // a handshake was attempted
    bool established = false;      // and completed
    QString protocol;              // "TLSv1.3"
    QString cipher;                // "TLS_AES_256_GCM_SHA384"
    QList<SmtpCertificateInfo> chain;
    QStringList errors;            // certificate problems as reported by the TLS library
    QString certificateProblem;    // verdict id of the main problem: tls-cert-expired ... or ""
    bool trustedByFingerprint = false;

    QJsonObject toJson() const;
    // Normalises "AB:CD…", "abcd…", "sha256:…" to upper-case hex without separators.
    static QString normalizeFingerprint(const QString &text);
    static QString certificateProblemId(const QList<QSslError> &errors);
};
