#include "CaseReport.h"

#include <QJsonArray>

namespace {
// Field names of Facts in the order they are shown; the JSON of Facts uses the same names.
const char *const kFactFields[] = {"sendingIp",   "helo",         "senderAddress", "senderDomain",
                                   "fromDomain",  "mailFromDomain", "recipient",   "recipientDomain",
                                   "dkimSelector", "dkimDomain",  "remoteMta",     "reportingMta"};
}

QString CaseReport::schemaId()
{
    return QStringLiteral("bounce-doctor-report/1");
}

Facts CaseReport::facts() const
{
    if (investigation)
        return investigation->facts;
    if (userFacts)
        return *userFacts;
    return analysis.diagnosis.facts;
}

QStringList CaseReport::editedFacts() const
{
    QStringList out;
    const QJsonObject now = facts().toJson();
    const QJsonObject read = analysis.diagnosis.facts.toJson();
    for (const char *f : kFactFields) {
        const QString key = QLatin1String(f);
        if (now.value(key).toString() != read.value(key).toString())
            out.append(key);
    }
    return out;
}

Cause CaseReport::headline() const
{
    return investigation ? investigation->headline : analysis.diagnosis.cause;
}

QString CaseReport::checkTitle(const QString &checkId) const
{
    const QString t = checkTitles.value(checkId);
    if (!t.isEmpty())
        return t;
    if (investigation) {
        const CheckResults results = investigation->checks.value(checkId);
        if (results.size() == 1 && !results.constFirst().title.isEmpty())
            return results.constFirst().title;
    }
    return checkId;
}

QJsonObject CaseReport::toJson() const
{
    QJsonObject o{{QStringLiteral("schema"), schemaId()},
                  {QStringLiteral("generator"),
                   QJsonObject{{QStringLiteral("name"), QStringLiteral("Bounce Doctor")},
                               {QStringLiteral("version"), appVersion}}},
                  {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("source"), source},
                  {QStringLiteral("cause"), causeId(headline())},
                  {QStringLiteral("analysis"), analysis.toJson()},
                  {QStringLiteral("facts"), facts().toJson()},
                  {QStringLiteral("editedFacts"), QJsonArray::fromStringList(editedFacts())}};
    if (investigation) {
        o.insert(QStringLiteral("investigation"), investigation->toJson());
        QJsonObject titles;
        for (const QString &id : investigation->checkOrder)
            titles.insert(id, checkTitle(id));
        o.insert(QStringLiteral("checkTitles"), titles);
    }
    if (plan)
        o.insert(QStringLiteral("plan"), plan->toJson());
    if (smtp)
        o.insert(QStringLiteral("smtp"), smtp->toJson());
    return o;
}
