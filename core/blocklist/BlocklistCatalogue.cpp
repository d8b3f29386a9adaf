#include "BlocklistCatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

static void initKnowledgeResources()
{
    Q_INIT_RESOURCE(bd_knowledge);
}

namespace {
Error invalid(const QString &file, const QString &entry, const QString &what)
{
    return {QStringLiteral("knowledge-invalid"),
            QCoreApplication::translate("Blocklist", "%1: entry \"%2\": %3").arg(file, entry, what)};
}

bool isLoopbackAnswer(const QString &text)
{
    QHostAddress a;
    return a.setAddress(text) && a.protocol() == QAbstractSocket::IPv4Protocol && (a.toIPv4Address() >> 24) == 127;
}

Result<BlocklistCode> readCode(const QJsonObject &o, bool bitmask, const QString &file, const QString &entry)
{
    BlocklistCode c;
    c.answer = o.value(QLatin1String("answer")).toString();
    c.bit = o.value(QLatin1String("bit")).toInt();
    c.list = o.value(QLatin1String("list")).toString();
    c.meaning = o.value(QLatin1String("meaning")).toString();
    c.listed = o.value(QLatin1String("listed")).toBool(true);
    c.severity = o.value(QLatin1String("severity")).toString(QStringLiteral("medium"));
    if (c.meaning.isEmpty())
        return invalid(file, entry, QStringLiteral("a code without \"meaning\""));
    if (bitmask) {
        if (c.bit <= 0 || c.bit > 255 || (c.bit & (c.bit - 1)) != 0)
            return invalid(file, entry, QStringLiteral("bitmask code needs a single \"bit\" between 1 and 128"));
    } else if (!isLoopbackAnswer(c.answer)) {
        return invalid(file, entry, QStringLiteral("code answer \"%1\" is not an address in 127.0.0.0/8").arg(c.answer));
    }
    static const QSet<QString> severities{QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low"),
                                          QStringLiteral("info")};
    if (!severities.contains(c.severity))
        return invalid(file, entry, QStringLiteral("unknown severity \"%1\"").arg(c.severity));
    return c;
}
}

const BlocklistCatalogue &BlocklistCatalogue::instance()
{
    static const BlocklistCatalogue catalogue = [] {
        initKnowledgeResources();
        auto loaded = load(QStringLiteral(":/knowledge/blocklist-zones.json"));
        if (loaded)
            return std::move(loaded).value();
        BlocklistCatalogue empty;
        empty.m_loadError = loaded.error().message;
        return empty;
    }();
    return catalogue;
}

Result<BlocklistCatalogue> BlocklistCatalogue::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("knowledge-missing"),
                     QCoreApplication::translate("Blocklist", "Cannot read the blocklist catalogue %1: %2")
                         .arg(path, f.errorString())};
    return fromJson(f.readAll(), path);
}

Result<BlocklistCatalogue> BlocklistCatalogue::fromJson(const QByteArray &json, const QString &file)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error{QStringLiteral("knowledge-invalid"),
                     QCoreApplication::translate("Blocklist", "%1: not valid JSON at offset %2: %3")
                         .arg(file).arg(pe.offset).arg(pe.errorString())};
    const QJsonArray zones = doc.object().value(QLatin1String("zones")).toArray();
    if (zones.isEmpty())
        return invalid(file, QStringLiteral("zones"), QStringLiteral("no zones"));

    BlocklistCatalogue cat;
    QSet<QString> ids, names;
    for (const QJsonValue &v : zones) {
        const QJsonObject o = v.toObject();
        BlocklistZone z;
        z.id = o.value(QLatin1String("id")).toString();
        z.zone = o.value(QLatin1String("zone")).toString().toLower();
        const QString entry = z.id.isEmpty() ? z.zone : z.id;
        if (z.id.isEmpty() || z.zone.isEmpty())
            return invalid(file, entry, QStringLiteral("needs \"id\" and \"zone\""));
        if (ids.contains(z.id) || names.contains(z.zone))
            return invalid(file, entry, QStringLiteral("duplicate id or zone"));
        ids.insert(z.id);
        names.insert(z.zone);
        z.name = o.value(QLatin1String("name")).toString(z.zone);
        for (const QJsonValue &k : o.value(QLatin1String("kinds")).toArray()) {
            const QString kind = k.toString();
            if (kind == QLatin1String("ipv4"))
                z.kinds |= BlocklistZone::Ipv4;
            else if (kind == QLatin1String("ipv6"))
                z.kinds |= BlocklistZone::Ipv6;
            else if (kind == QLatin1String("domain"))
                z.kinds |= BlocklistZone::Domain;
            else
                return invalid(file, entry, QStringLiteral("unknown kind \"%1\"").arg(kind));
        }
        if (!z.kinds)
            return invalid(file, entry, QStringLiteral("needs at least one kind"));
        z.weight = o.value(QLatin1String("weight")).toString();
        if (z.weight != QLatin1String("high") && z.weight != QLatin1String("medium") && z.weight != QLatin1String("low"))
            return invalid(file, entry, QStringLiteral("weight must be high, medium or low"));
        z.bitmask = o.value(QLatin1String("bitmask")).toBool();
        z.requiresKey = o.value(QLatin1String("requiresKey")).toBool();
        for (const QJsonValue &c : o.value(QLatin1String("codes")).toArray()) {
            auto code = readCode(c.toObject(), z.bitmask, file, entry);
            if (!code)
                return code.error();
            z.codes.append(code.value());
        }
        if (z.codes.isEmpty())
            return invalid(file, entry, QStringLiteral("no codes"));
        for (const QJsonValue &c : o.value(QLatin1String("errorCodes")).toArray()) {
            auto code = readCode(c.toObject(), false, file, entry);
            if (!code)
                return code.error();
            z.errorCodes.append(code.value());
        }
        z.errorRange = o.value(QLatin1String("errorRange")).toString();
        if (!z.errorRange.isEmpty() && QHostAddress::parseSubnet(z.errorRange).second < 0)
            return invalid(file, entry, QStringLiteral("errorRange is not a CIDR"));
        z.testListed = o.value(QLatin1String("testListed")).toString();
        z.testUnlisted = o.value(QLatin1String("testUnlisted")).toString();
        z.testListedAnyAnswer = o.value(QLatin1String("testListedAnyAnswer")).toBool();
        if (z.testListed.isEmpty() || z.testUnlisted.isEmpty())
            return invalid(file, entry, QStringLiteral("needs testListed and testUnlisted (RFC 5782 test entries)"));
        z.lookupUrl = o.value(QLatin1String("lookupUrl")).toString();
        z.delistUrl = o.value(QLatin1String("delistUrl")).toString();
        z.delist = o.value(QLatin1String("delist")).toString();
        z.publicResolvers = o.value(QLatin1String("publicResolvers")).toString();
        if (!z.delistUrl.startsWith(QLatin1String("https://")) || z.delist.isEmpty())
            return invalid(file, entry, QStringLiteral("needs an https delistUrl and delisting steps"));
        cat.m_zones.append(z);
    }
    return cat;
}

const BlocklistZone *BlocklistCatalogue::zone(const QString &idOrZone) const
{
    for (const BlocklistZone &z : m_zones)
        if (z.id == idOrZone || z.zone == idOrZone.toLower())
            return &z;
    return nullptr;
}
