#pragma once

#include "Result.h"

#include <QHostAddress>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

// Says whether a reverse-DNS name looks generic (an ISP's or cloud's name for a whole range, like
// "ip-192-0-2-1.dynamic.example.net") rather than the name of a mail server. Patterns live in
// resources/knowledge/auth-generic-ptr.json; the IP's own octets spelled into the name are
// detected here because they depend on the address.
class PtrNameClassifier
{
public:
    struct Pattern
    {
        QString id;
        QRegularExpression regex;
        QString description;
        bool wholeName = false; // false: only the labels left of the organizational domain
    };
    struct Match
    {
        QString id;
        QString description;
    };

    static const PtrNameClassifier &builtin();
    static Result<PtrNameClassifier> load(const QByteArray &json, const QString &fileName);

    QList<Match> classify(const QString &ptrName, const QHostAddress &ip) const;
    const QList<Pattern> &patterns() const { return m_patterns; }

private:
    QList<Pattern> m_patterns;
};
