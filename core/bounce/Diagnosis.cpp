#include "Diagnosis.h"

#include <QJsonArray>

namespace {
struct FactField
{
    const char *key;
    QString Facts::*member;
};

const FactField kFactFields[] = {
    {"sendingIp", &Facts::sendingIp},           {"helo", &Facts::helo},
    {"senderAddress", &Facts::senderAddress},   {"senderDomain", &Facts::senderDomain},
    {"fromDomain", &Facts::fromDomain},         {"mailFromDomain", &Facts::mailFromDomain},
    {"recipient", &Facts::recipient},           {"recipientDomain", &Facts::recipientDomain},
    {"dkimSelector", &Facts::dkimSelector},     {"dkimDomain", &Facts::dkimDomain},
    {"remoteMta", &Facts::remoteMta},           {"reportingMta", &Facts::reportingMta},
};
}

QJsonObject Facts::toJson() const
{
    QJsonObject o;
    for (const FactField &f : kFactFields)
        o.insert(QLatin1String(f.key), this->*f.member);
    return o;
}

Facts Facts::fromJson(const QJsonObject &o)
{
    Facts facts;
    for (const FactField &f : kFactFields)
        facts.*f.member = o.value(QLatin1String(f.key)).toString();
    return facts;
}

QJsonObject Diagnosis::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("cause"), causeId(cause));
    o.insert(QStringLiteral("causeTitle"), causeTitle(cause));
    o.insert(QStringLiteral("reason"), reason);
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("replyCode"), replyCode);
    o.insert(QStringLiteral("confidence"), confidence);
    QJsonArray ev;
    for (const Evidence &e : evidence)
        ev.append(e.toJson());
    o.insert(QStringLiteral("evidence"), ev);
    QJsonArray rank;
    for (const CauseScore &s : ranking)
        rank.append(QJsonObject{{QStringLiteral("cause"), causeId(s.cause)},
                                {QStringLiteral("confidence"), s.confidence},
                                {QStringLiteral("why"), QJsonArray::fromStringList(s.why)}});
    o.insert(QStringLiteral("ranking"), rank);
    o.insert(QStringLiteral("facts"), facts.toJson());
    return o;
}
