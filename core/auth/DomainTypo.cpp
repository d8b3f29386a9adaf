#include "DomainTypo.h"

#include "AuthKnowledge.h"
#include "DomainName.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtDebug>

#include <algorithm>
#include <vector>

namespace {
const QString kFile = QStringLiteral("auth-popular-domains.json");
}

const DomainTypo &DomainTypo::builtin()
{
    static const DomainTypo typo = [] {
        Result<QJsonObject> json = AuthKnowledge::read(kFile);
        if (!json) {
            qWarning().noquote() << json.error().message;
            return DomainTypo();
        }
        Result<DomainTypo> loaded = load(QJsonDocument(json.value()).toJson(), kFile);
        if (!loaded) {
            qWarning().noquote() << loaded.error().message;
            return DomainTypo();
        }
        return loaded.value();
    }();
    return typo;
}

Result<DomainTypo> DomainTypo::load(const QByteArray &json, const QString &fileName)
{
    Result<QJsonObject> parsed = AuthKnowledge::parse(json, fileName);
    if (!parsed)
        return parsed.error();
    const QJsonObject o = parsed.value();
    if (!o.value(QStringLiteral("domains")).isArray())
        return AuthKnowledge::entryError(fileName, QStringLiteral("domains"),
                                         QCoreApplication::translate("DomainTypo", "must be an array of domain names."));
    DomainTypo typo;
    const QJsonArray domains = o.value(QStringLiteral("domains")).toArray();
    for (int i = 0; i < domains.size(); ++i) {
        const QString d = DomainName::normalize(domains.at(i).toString());
        if (!domains.at(i).isString() || d.isEmpty() || !d.contains(QLatin1Char('.')))
            return AuthKnowledge::entryError(fileName, QStringLiteral("domains[%1]").arg(i),
                                             QCoreApplication::translate("DomainTypo", "is not a domain name."));
        if (typo.m_domains.contains(d))
            return AuthKnowledge::entryError(fileName, QStringLiteral("domains[%1]").arg(i),
                                             QCoreApplication::translate("DomainTypo", "%1 is listed twice.").arg(d));
        typo.m_domains.append(d);
    }
    const QJsonObject tlds = o.value(QStringLiteral("tldTypos")).toObject();
    for (auto it = tlds.begin(); it != tlds.end(); ++it) {
        if (!it.value().isString() || it.value().toString().isEmpty() || it.key().isEmpty())
            return AuthKnowledge::entryError(fileName, QStringLiteral("tldTypos.%1").arg(it.key()),
                                             QCoreApplication::translate("DomainTypo", "must map a mistyped TLD to the intended one."));
        typo.m_tldTypos.insert(it.key().toLower(), it.value().toString().toLower());
    }
    return typo;
}

bool DomainTypo::isWellKnown(const QString &domain) const
{
    return m_domains.contains(DomainName::normalize(domain));
}

QString DomainTypo::suggest(const QString &domain) const
{
    const QString d = DomainName::normalize(domain);
    if (d.isEmpty() || m_domains.contains(d))
        return {};

    // A slip in the top-level domain: "gmail.con", "example.cpm", "yahoo.couk".
    QString tldFixed;
    for (auto it = m_tldTypos.constBegin(); it != m_tldTypos.constEnd() && tldFixed.isEmpty(); ++it) {
        const QString suffix = QLatin1Char('.') + it.key();
        if (d.endsWith(suffix) && d.size() > suffix.size())
            tldFixed = d.left(d.size() - suffix.size()) + QLatin1Char('.') + it.value();
    }
    const QString candidate = tldFixed.isEmpty() ? d : tldFixed;
    if (m_domains.contains(candidate))
        return candidate;

    // Otherwise the nearest popular domain, if it is close: none for names of three letters or
    // fewer (qa.com is not a typo of qq.com), one edit up to five letters, two beyond. Ties keep
    // the list's order.
    QString best;
    int bestDistance = 3;
    for (const QString &known : m_domains) {
        const int shortest = int(std::min(candidate.section(QLatin1Char('.'), 0, 0).size(), known.section(QLatin1Char('.'), 0, 0).size()));
        const int allowed = shortest <= 3 ? 0 : shortest <= 5 ? 1 : 2;
        const int dist = editDistance(candidate, known);
        if (dist > 0 && dist <= allowed && dist < bestDistance) {
            best = known;
            bestDistance = dist;
        }
    }
    return best.isEmpty() ? tldFixed : best;
}

int DomainTypo::editDistance(const QString &a, const QString &b)
{
    const int n = int(a.size()), m = int(b.size());
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
    for (int i = 0; i <= n; ++i)
        d[i][0] = i;
    for (int j = 0; j <= m; ++j)
        d[0][j] = j;
    for (int i = 1; i <= n; ++i) {
        for (int j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}
