#include "PtrNameClassifier.h"

#include "AuthKnowledge.h"
#include "DomainName.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtDebug>

namespace {
const QString kFile = QStringLiteral("auth-generic-ptr.json");
}

const PtrNameClassifier &PtrNameClassifier::builtin()
{
    static const PtrNameClassifier classifier = [] {
        Result<QJsonObject> json = AuthKnowledge::read(kFile);
        Result<PtrNameClassifier> loaded = json ? load(QJsonDocument(json.value()).toJson(), kFile)
                                                : Result<PtrNameClassifier>(json.error());
        if (!loaded) {
            qWarning().noquote() << loaded.error().message;
            return PtrNameClassifier();
        }
        return loaded.value();
    }();
    return classifier;
}

Result<PtrNameClassifier> PtrNameClassifier::load(const QByteArray &json, const QString &fileName)
{
    Result<QJsonObject> parsed = AuthKnowledge::parse(json, fileName);
    if (!parsed)
        return parsed.error();
    const QJsonValue list = parsed.value().value(QStringLiteral("patterns"));
    if (!list.isArray() || list.toArray().isEmpty())
        return AuthKnowledge::entryError(fileName, QStringLiteral("patterns"),
                                         QCoreApplication::translate("PtrNameClassifier", "must be a non-empty array."));
    PtrNameClassifier c;
    const QJsonArray arr = list.toArray();
    for (int i = 0; i < arr.size(); ++i) {
        const QJsonObject o = arr.at(i).toObject();
        const QString entry = QStringLiteral("patterns[%1]").arg(i);
        Pattern p;
        p.id = o.value(QStringLiteral("id")).toString();
        p.description = o.value(QStringLiteral("description")).toString();
        const QString scope = o.value(QStringLiteral("scope")).toString(QStringLiteral("host"));
        if (p.id.isEmpty() || p.description.isEmpty())
            return AuthKnowledge::entryError(fileName, entry, QCoreApplication::translate("PtrNameClassifier", "needs an id and a description."));
        if (scope != QLatin1String("host") && scope != QLatin1String("name"))
            return AuthKnowledge::entryError(fileName, entry + QLatin1Char(' ') + p.id,
                                             QCoreApplication::translate("PtrNameClassifier", "scope must be \"host\" or \"name\"."));
        p.wholeName = scope == QLatin1String("name");
        p.regex = QRegularExpression(o.value(QStringLiteral("regex")).toString(), QRegularExpression::CaseInsensitiveOption);
        if (o.value(QStringLiteral("regex")).toString().isEmpty() || !p.regex.isValid())
            return AuthKnowledge::entryError(fileName, entry + QLatin1Char(' ') + p.id,
                                             QCoreApplication::translate("PtrNameClassifier", "the regex is invalid: %1").arg(p.regex.errorString()));
        for (const Pattern &other : std::as_const(c.m_patterns))
            if (other.id == p.id)
                return AuthKnowledge::entryError(fileName, entry, QCoreApplication::translate("PtrNameClassifier", "id %1 is used twice.").arg(p.id));
        c.m_patterns.append(p);
    }
    return c;
}

QList<PtrNameClassifier::Match> PtrNameClassifier::classify(const QString &ptrName, const QHostAddress &ip) const
{
    QList<Match> matches;
    const QString name = DomainName::normalize(ptrName);
    if (name.isEmpty())
        return matches;
    const QString org = DomainName::organizationalDomain(name);
    const QString hostPart = name.size() > org.size() ? name.left(name.size() - org.size() - 1) : QString();

    // The address itself inside the name, forwards or backwards, in decimal or hex.
    if (ip.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v4 = ip.toIPv4Address();
        const QStringList o = {QString::number(v4 >> 24), QString::number((v4 >> 16) & 0xff),
                               QString::number((v4 >> 8) & 0xff), QString::number(v4 & 0xff)};
        const QStringList r = {o[3], o[2], o[1], o[0]};
        const QString sep = QStringLiteral("[-._x]");
        const QString fwd = QStringLiteral("(^|[^0-9])") + o.join(sep) + QStringLiteral("([^0-9]|$)");
        const QString back = QStringLiteral("(^|[^0-9])") + r.join(sep) + QStringLiteral("([^0-9]|$)");
        const QString hex = QStringLiteral("%1").arg(v4, 8, 16, QLatin1Char('0'));
        if (QRegularExpression(fwd).match(name).hasMatch() || QRegularExpression(back).match(name).hasMatch()
            || name.contains(hex) || name.contains(QString::number(v4))) {
            matches.append({QStringLiteral("ip-embedded"),
                            QCoreApplication::translate("PtrNameClassifier", "contains the IP address itself")});
        }
    } else if (ip.protocol() == QAbstractSocket::IPv6Protocol) {
        // Generic IPv6 names spell out the last groups: "2001-db8--1", or the full 32 nibbles.
        const QString compact = ip.toString().toLower();
        QString nibbles;
        const Q_IPV6ADDR a = ip.toIPv6Address();
        for (int i = 0; i < 16; ++i)
            nibbles += QStringLiteral("%1").arg(a[i], 2, 16, QLatin1Char('0'));
        QString dashed = compact;
        dashed.replace(QLatin1Char(':'), QLatin1Char('-'));
        QString flat = name;
        flat.remove(QLatin1Char('-')).remove(QLatin1Char('.'));
        if (name.contains(dashed) || flat.contains(nibbles))
            matches.append({QStringLiteral("ip-embedded"),
                            QCoreApplication::translate("PtrNameClassifier", "contains the IP address itself")});
    }

    for (const Pattern &p : m_patterns) {
        const QString subject = p.wholeName ? name : hostPart;
        if (!subject.isEmpty() && p.regex.match(subject).hasMatch())
            matches.append({p.id, p.description});
    }
    return matches;
}
