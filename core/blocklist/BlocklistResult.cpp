#include "BlocklistResult.h"

#include <QCoreApplication>
#include <QJsonArray>

QString BlocklistResult::statusId(ListingStatus status)
{
    switch (status) {
    case ListingStatus::Listed: return QStringLiteral("listed");
    case ListingStatus::Clean: return QStringLiteral("clean");
    case ListingStatus::CouldNotCheck: return QStringLiteral("couldnt-check");
    }
    return QStringLiteral("couldnt-check");
}

QString BlocklistResult::meaningText() const
{
    QStringList out;
    for (const QString &m : meanings)
        out.append(QCoreApplication::translate("Blocklist", m.toUtf8().constData()));
    return out.join(QStringLiteral("; "));
}

QJsonObject BlocklistResult::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("target"), target);
    o.insert(QStringLiteral("zone"), zone);
    o.insert(QStringLiteral("zoneId"), zoneId);
    o.insert(QStringLiteral("name"), zoneName);
    o.insert(QStringLiteral("weight"), weight);
    o.insert(QStringLiteral("query"), queryName);
    o.insert(QStringLiteral("status"), statusId(status));
    o.insert(QStringLiteral("codes"), QJsonArray::fromStringList(codes));
    o.insert(QStringLiteral("meaning"), meaningText());
    if (!severity.isEmpty())
        o.insert(QStringLiteral("severity"), severity);
    if (!txt.isEmpty())
        o.insert(QStringLiteral("txt"), txt);
    if (!problem.isEmpty())
        o.insert(QStringLiteral("problem"), problem);
    o.insert(QStringLiteral("lookupUrl"), lookupUrl);
    o.insert(QStringLiteral("delistUrl"), delistUrl);
    if (status == ListingStatus::Listed)
        o.insert(QStringLiteral("delist"), QCoreApplication::translate("Blocklist", delist.toUtf8().constData()));
    o.insert(QStringLiteral("elapsedMs"), qRound(elapsedMs * 10) / 10.0);
    return o;
}

CheckResult BlocklistResult::toCheckResult() const
{
    CheckResult r;
    r.id = QStringLiteral("dnsbl.") + zone;
    r.title = QCoreApplication::translate("Blocklist", "%1 (%2) for %3").arg(zoneName, zone, target);
    switch (status) {
    case ListingStatus::Listed:
        r.status = CheckStatus::Fail;
        r.summary = QCoreApplication::translate("Blocklist", "Listed: %1").arg(meaningText());
        r.fix = QCoreApplication::translate("Blocklist", delist.toUtf8().constData());
        if (!delistUrl.isEmpty())
            r.details.append(QCoreApplication::translate("Blocklist", "Delisting page: %1").arg(delistUrl));
        break;
    case ListingStatus::Clean:
        r.status = CheckStatus::Pass;
        r.summary = meanings.isEmpty() ? QCoreApplication::translate("Blocklist", "Not listed")
                                       : QCoreApplication::translate("Blocklist", "Not listed (%1)").arg(meaningText());
        break;
    case ListingStatus::CouldNotCheck:
        r.status = CheckStatus::CouldNotCheck;
        r.summary = QCoreApplication::translate("Blocklist", "Couldn't check: %1").arg(problem);
        if (!publicResolvers.isEmpty())
            r.details.append(QCoreApplication::translate("Blocklist", "How this list treats resolvers: %1")
                                 .arg(QCoreApplication::translate("Blocklist", publicResolvers.toUtf8().constData())));
        break;
    }
    r.evidence.append(queryName + QStringLiteral(" A ") + (codes.isEmpty() ? QStringLiteral("-") : codes.join(QLatin1Char(' '))));
    if (!txt.isEmpty())
        r.evidence.append(queryName + QStringLiteral(" TXT \"") + txt + QLatin1Char('"'));
    r.data = toJson();
    return r;
}
