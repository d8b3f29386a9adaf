#pragma once

#include "Result.h"

#include <QHash>
#include <QStringList>

// The recipient-domain typo hint: "gmial.com" is probably "gmail.com". Matches against a list of
// popular mailbox domains (resources/knowledge/auth-popular-domains.json) by edit distance
// (transpositions count as one edit) and against known top-level-domain slips (".con").
class DomainTypo
{
public:
    static const DomainTypo &builtin(); // the compiled-in list; empty (and a warning) if it is broken
    static Result<DomainTypo> load(const QByteArray &json, const QString &fileName);

    // The intended domain, or empty when `domain` is well known or nothing is close enough.
    QString suggest(const QString &domain) const;
    bool isWellKnown(const QString &domain) const;
    const QStringList &domains() const { return m_domains; }

    static int editDistance(const QString &a, const QString &b); // optimal string alignment

private:
    QStringList m_domains;
    QHash<QString, QString> m_tldTypos;
};
