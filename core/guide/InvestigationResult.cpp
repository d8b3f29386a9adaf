#include "InvestigationResult.h"

#include <QCoreApplication>
#include <QJsonArray>

QString CauseAssessment::verdictId(Verdict v)
{
    switch (v) {
    case Verdict::Confirmed: return QStringLiteral("confirmed");
    case Verdict::Refuted: return QStringLiteral("refuted");
    case Verdict::Unconfirmed: return QStringLiteral("unconfirmed");
    case Verdict::NotChecked: return QStringLiteral("not-checked");
    }
    return QStringLiteral("not-checked");
}

QString CauseAssessment::verdictText() const
{
    switch (verdict) {
    case Verdict::Confirmed: return QCoreApplication::translate("Investigation", "confirmed by the live checks");
    case Verdict::Refuted: return QCoreApplication::translate("Investigation", "not supported by the live checks");
    case Verdict::Unconfirmed: return QCoreApplication::translate("Investigation", "the live checks neither confirm nor refute it");
    case Verdict::NotChecked: return QCoreApplication::translate("Investigation", "no live check can test this");
    }
    return {};
}

QJsonObject CauseAssessment::toJson() const
{
    return QJsonObject{{QStringLiteral("cause"), causeId(cause)},
                       {QStringLiteral("title"), causeTitle(cause)},
                       {QStringLiteral("before"), qRound(before * 100) / 100.0},
                       {QStringLiteral("after"), qRound(after * 100) / 100.0},
                       {QStringLiteral("verdict"), verdictId(verdict)},
                       {QStringLiteral("why"), QJsonArray::fromStringList(why)},
                       {QStringLiteral("checks"), QJsonArray::fromStringList(checkIds)}};
}

CheckStatus InvestigationResult::worstStatus(const QString &checkId) const
{
    return ::worstStatus(checks.value(checkId));
}

const CauseAssessment *InvestigationResult::assessment(Cause cause) const
{
    for (const CauseAssessment &a : causes)
        if (a.cause == cause)
            return &a;
    return nullptr;
}

QJsonObject InvestigationResult::toJson() const
{
    QJsonObject checksJson;
    for (const QString &id : checkOrder) {
        QJsonArray arr;
        for (const CheckResult &r : checks.value(id))
            arr.append(r.toJson());
        checksJson.insert(id, arr);
    }
    QJsonArray causesJson;
    for (const CauseAssessment &a : causes)
        causesJson.append(a.toJson());
    QJsonArray missingJson;
    for (const MissingFact &m : missing)
        missingJson.append(QJsonObject{{QStringLiteral("fact"), m.fact},
                                       {QStringLiteral("prompt"), m.prompt},
                                       {QStringLiteral("for"), QJsonArray::fromStringList(m.for_)}});
    return QJsonObject{{QStringLiteral("headline"), causeId(headline)},
                       {QStringLiteral("causes"), causesJson},
                       {QStringLiteral("checks"), checksJson},
                       {QStringLiteral("missingFacts"), missingJson},
                       {QStringLiteral("facts"), facts.toJson()},
                       {QStringLiteral("elapsedMs"), qRound(elapsedMs)},
                       {QStringLiteral("queries"), queries}};
}
