#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Every form an SMTP credential takes on the wire: as typed, and base64 as AUTH LOGIN sends the
// password, AUTH PLAIN with and without an authorization id, and XOAUTH2 (when a token is given).
// A test looks for any of them in an output that must never carry the secret.
class SecretScan
{
public:
    SecretScan(const QString &user, const QString &password, const QString &token = QString());

    const QStringList &forms() const { return m_forms; }
    // The first form found in `text`, empty when it is clean.
    QString leakIn(const QByteArray &text) const;

private:
    QStringList m_forms;
};
