#include "SecretScan.h"

SecretScan::SecretScan(const QString &user, const QString &password, const QString &token)
{
    const QByteArray u = user.toUtf8(), p = password.toUtf8(), t = token.toUtf8();
    m_forms.append(password);
    if (!token.isEmpty())
        m_forms.append(token);
    m_forms.append(QString::fromLatin1(p.toBase64()));                                    // AUTH LOGIN password
    m_forms.append(QString::fromLatin1((QByteArray(1, '\0') + u + '\0' + p).toBase64())); // AUTH PLAIN
    m_forms.append(QString::fromLatin1((u + '\0' + u + '\0' + p).toBase64()));            // PLAIN with authzid
    if (!token.isEmpty()) {
        m_forms.append(QString::fromLatin1(("user=" + u + "\1auth=Bearer " + t + "\1\1").toBase64())); // XOAUTH2
        m_forms.append(QString::fromLatin1(t.toBase64()));
    }
}

QString SecretScan::leakIn(const QByteArray &text) const
{
    for (const QString &form : m_forms)
        if (text.contains(form.toUtf8()))
            return form;
    return QString();
}
