#include "DnsAnswerJson.h"

#include <QJsonArray>

QJsonObject dnsAnswerToJson(const DnsAnswer &a)
{
    QJsonObject o{
        {QStringLiteral("name"), a.question.name},
        {QStringLiteral("type"), dnsTypeName(a.question.type)},
        {QStringLiteral("status"), dnsStatusId(a.status)},
        {QStringLiteral("records"), QJsonArray::fromStringList(a.records)},
        {QStringLiteral("ttl"), a.ttl},
        {QStringLiteral("server"), a.server},
        {QStringLiteral("elapsedMs"), qRound(a.elapsedMs * 100) / 100.0},
        {QStringLiteral("fromCache"), a.fromCache},
    };
    if (!a.cnameChain.isEmpty())
        o.insert(QStringLiteral("cnameChain"), QJsonArray::fromStringList(a.cnameChain));
    if (!a.errorText.isEmpty() && !a.isDefinitive())
        o.insert(QStringLiteral("error"), a.errorText);
    if (!a.txtStrings.isEmpty()) {
        QJsonArray strings;
        for (const QStringList &s : a.txtStrings)
            strings.append(QJsonArray::fromStringList(s));
        o.insert(QStringLiteral("txtStrings"), strings);
    }
    if (!a.mx.isEmpty()) {
        QJsonArray mx;
        for (const MxRecord &m : a.mx)
            mx.append(QJsonObject{{QStringLiteral("preference"), m.preference}, {QStringLiteral("exchange"), m.exchange}});
        o.insert(QStringLiteral("mx"), mx);
    }
    if (!a.srv.isEmpty()) {
        QJsonArray srv;
        for (const SrvRecord &s : a.srv)
            srv.append(QJsonObject{{QStringLiteral("priority"), s.priority}, {QStringLiteral("weight"), s.weight},
                                   {QStringLiteral("port"), s.port}, {QStringLiteral("target"), s.target}});
        o.insert(QStringLiteral("srv"), srv);
    }
    if (a.question.type == DnsType::SOA && a.ok()) {
        o.insert(QStringLiteral("soa"), QJsonObject{
            {QStringLiteral("mname"), a.soa.mname}, {QStringLiteral("rname"), a.soa.rname},
            {QStringLiteral("serial"), double(a.soa.serial)}, {QStringLiteral("refresh"), double(a.soa.refresh)},
            {QStringLiteral("retry"), double(a.soa.retry)}, {QStringLiteral("expire"), double(a.soa.expire)},
            {QStringLiteral("minimum"), double(a.soa.minimum)}});
    }
    return o;
}
