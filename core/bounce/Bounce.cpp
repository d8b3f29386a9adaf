#include "Bounce.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
void putIf(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}
}

QJsonObject Evidence::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kind}, {QStringLiteral("text"), text}};
    putIf(o, "rule", rule);
    if (weight != 0)
        o.insert(QStringLiteral("weight"), weight);
    return o;
}

QString DeliveryFailure::actionTitle(const QString &action)
{
    // RFC 3464 §2.3.3 actions.
    if (action == QLatin1String("failed"))
        return QCoreApplication::translate("DeliveryAction", "failed");
    if (action == QLatin1String("delayed"))
        return QCoreApplication::translate("DeliveryAction", "delayed");
    if (action == QLatin1String("delivered"))
        return QCoreApplication::translate("DeliveryAction", "delivered");
    if (action == QLatin1String("relayed"))
        return QCoreApplication::translate("DeliveryAction", "relayed");
    if (action == QLatin1String("expanded"))
        return QCoreApplication::translate("DeliveryAction", "expanded");
    return action;
}

QJsonObject DeliveryFailure::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("recipient"), recipient);
    putIf(o, "originalRecipient", originalRecipient);
    o.insert(QStringLiteral("action"), action);
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("replyCode"), replyCode);
    putIf(o, "remoteMta", remoteMta);
    putIf(o, "diagnosticType", diagnosticType);
    o.insert(QStringLiteral("diagnostic"), diagnostic);
    putIf(o, "smtpCommand", smtpCommand);
    o.insert(QStringLiteral("reason"), reason);
    o.insert(QStringLiteral("cause"), causeId(cause));
    o.insert(QStringLiteral("confidence"), confidence);
    QJsonArray ev;
    for (const Evidence &e : evidence)
        ev.append(e.toJson());
    o.insert(QStringLiteral("evidence"), ev);
    return o;
}

QJsonObject ReturnedMessage::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("present"), present);
    putIf(o, "from", from);
    putIf(o, "returnPath", returnPath);
    putIf(o, "to", to);
    putIf(o, "subject", subject);
    putIf(o, "messageId", messageId);
    putIf(o, "date", date);
    putIf(o, "dkimDomain", dkimDomain);
    putIf(o, "dkimSelector", dkimSelector);
    if (!authenticationResults.isEmpty())
        o.insert(QStringLiteral("authenticationResults"), QJsonArray::fromStringList(authenticationResults));
    if (!received.isEmpty())
        o.insert(QStringLiteral("received"), QJsonArray::fromStringList(received));
    putIf(o, "sendingIp", sendingIp);
    putIf(o, "helo", helo);
    putIf(o, "sendingHopExplanation", sendingHopExplanation);
    if (bodyBytes)
        o.insert(QStringLiteral("bodyBytes"), bodyBytes);
    if (linkCount)
        o.insert(QStringLiteral("linkCount"), linkCount);
    if (!linkHosts.isEmpty())
        o.insert(QStringLiteral("linkHosts"), QJsonArray::fromStringList(linkHosts));
    if (!attachmentTypes.isEmpty())
        o.insert(QStringLiteral("attachmentTypes"), QJsonArray::fromStringList(attachmentTypes));
    return o;
}

QJsonObject Bounce::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), format);
    putIf(o, "reportingMta", reportingMta);
    putIf(o, "subject", subject);
    putIf(o, "from", from);
    putIf(o, "date", date);
    putIf(o, "messageId", messageId);
    QJsonArray rs;
    for (const DeliveryFailure &f : failures)
        rs.append(f.toJson());
    o.insert(QStringLiteral("recipients"), rs);
    o.insert(QStringLiteral("original"), original.toJson());
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return o;
}
