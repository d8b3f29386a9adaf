#include "JsonEventReader.h"

#include "DsnFieldsParser.h"
#include "ReceivedChain.h"
#include "ReplyLineParser.h"
#include "RegexMatch.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
// The bytes QByteArray::trimmed() removes.
bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool isAddress(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[^\\s@<>\"]+@[^\\s@<>\"]+\\.[^\\s@<>\"]+$"));
    return RegexMatch::match(re, s).hasMatch();
}

QString key(const QString &k)
{
    QString out = k.toLower();
    out.remove(u'-');
    out.remove(u'_');
    return out;
}

QString scalar(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'f', 0);
    return {};
}

// Fields of one object and its nested objects (not arrays), keyed by normalised name; the
// shallowest occurrence wins.
void collect(const QJsonObject &o, QHash<QString, QString> &out, int depth = 0)
{
    if (depth > 6)
        return;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString k = key(it.key());
        if (it->isObject())
            continue;
        const QString v = scalar(*it);
        if (!v.isEmpty() && !out.contains(k))
            out.insert(k, v);
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it->isObject())
            collect(it->toObject(), out, depth + 1);
}

QString first(const QHash<QString, QString> &f, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const QString v = f.value(QString::fromLatin1(k));
        if (!v.isEmpty())
            return v;
    }
    return {};
}

// Objects that describe one recipient: they carry an address under a recipient-like key.
void findRecipientObjects(const QJsonValue &v, QList<QJsonObject> &out, int depth = 0)
{
    if (depth > 8 || out.size() > 10000)
        return;
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            findRecipientObjects(e, out, depth + 1);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString k = key(it.key());
        if ((k == QLatin1String("recipient") || k == QLatin1String("email") || k == QLatin1String("emailaddress")
             || k == QLatin1String("rcptto") || k == QLatin1String("rcpt") || k == QLatin1String("recipientaddress"))
            && isAddress(it->toString())) {
            out.append(o);
            return;
        }
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        findRecipientObjects(*it, out, depth + 1);
}
}

std::optional<Bounce> JsonEventReader::read(const QByteArray &input, int maxRecipients)
{
    // Look at the first non-blank byte before copying: almost every input is not JSON.
    qsizetype lead = 0;
    while (lead < input.size() && isAsciiSpace(input.at(lead)))
        ++lead;
    if (lead >= input.size() || (input.at(lead) != '{' && input.at(lead) != '['))
        return std::nullopt;
    const QByteArray trimmed = input.trimmed();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return std::nullopt;
    const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());

    QList<QJsonObject> objects;
    findRecipientObjects(root, objects);
    QHash<QString, QString> top;
    if (doc.isObject())
        collect(doc.object(), top);
    else if (!doc.array().isEmpty() && doc.array().first().isObject())
        collect(doc.array().first().toObject(), top);

    Bounce b;
    b.text = QString::fromUtf8(trimmed);
    if (top.contains(QStringLiteral("notificationtype")) || top.contains(QStringLiteral("bouncetype")))
        b.format = QStringLiteral("ses");
    else if (top.contains(QStringLiteral("sgeventid")) || top.contains(QStringLiteral("sgmessageid")))
        b.format = QStringLiteral("sendgrid");
    else if (top.contains(QStringLiteral("recordtype")))
        b.format = QStringLiteral("postmark");
    else if (top.contains(QStringLiteral("attemptno")) || top.contains(QStringLiteral("mxhost")))
        b.format = QStringLiteral("mailgun");
    else
        b.format = QStringLiteral("json-event");
    b.reportingMta = DsnFieldsParser::stripType(first(top, {"reportingmta"}));

    const QString eventKind = first(top, {"bouncetype", "severity", "event", "type", "notificationtype"}).toLower();
    const bool temporary = eventKind.contains(QLatin1String("transient")) || eventKind.contains(QLatin1String("temporary"))
        || eventKind.contains(QLatin1String("defer")) || eventKind.contains(QLatin1String("delay"));
    const bool delivered = eventKind == QLatin1String("delivered") || eventKind == QLatin1String("delivery");
    // A spam complaint (SES "Complaint", SendGrid "spamreport", Mailgun "complained", Postmark
    // "SpamComplaint", SparkPost "spam_complaint") is a feedback report: nobody's delivery failed.
    const QString kinds = (eventKind + u' ' + first(top, {"recordtype", "eventtype"})).toLower();
    if (kinds.contains(QLatin1String("complain")) || kinds.contains(QLatin1String("spamreport"))) {
        b.format = QStringLiteral("arf");
        return b;
    }

    for (const QJsonObject &o : std::as_const(objects)) {
        if (b.failures.size() >= maxRecipients) {
            b.warnings.append(QCoreApplication::translate("BounceParser", "Only the first %n recipients were read.",
                                                          nullptr, maxRecipients));
            break;
        }
        QHash<QString, QString> f;
        collect(o, f);
        for (auto it = top.cbegin(); it != top.cend(); ++it)
            if (!f.contains(it.key()))
                f.insert(it.key(), it.value());
        DeliveryFailure d;
        d.recipient = first(f, {"recipient", "email", "emailaddress", "rcptto", "rcpt", "recipientaddress"});
        QString diagnosticType;
        d.diagnostic = DsnFieldsParser::stripType(
            first(f, {"diagnosticcode", "smtpresponse", "response", "message", "reason", "description", "details",
                      "bouncemessage", "error", "rawrcpttoresponse"}),
            &diagnosticType);
        // A "reason" that is just a label ("bounce") says less than a message with codes.
        for (const char *k : {"message", "reason", "description", "response", "details", "error"}) {
            const QString alt = f.value(QString::fromLatin1(k));
            if (ReplyLineParser::find(alt).isValid() && !ReplyLineParser::find(d.diagnostic).isValid()) {
                d.diagnostic = alt;
                break;
            }
        }
        d.diagnosticType = diagnosticType;
        const QuotedReply reply = ReplyLineParser::find(d.diagnostic);
        d.replyCode = reply.replyCode;
        d.status = ReplyLineParser::enhancedStatus(first(f, {"status", "enhancedstatus", "enhancedstatuscode"}));
        if (d.status.isEmpty())
            d.status = reply.status.isEmpty() ? ReplyLineParser::enhancedStatus(d.diagnostic) : reply.status;
        if (d.replyCode.isEmpty()) {
            const QString code = first(f, {"code", "smtpcode", "statuscode", "smtpstatus", "bouncecode"});
            static const QRegularExpression three(QStringLiteral("^[245]\\d\\d$"));
            if (RegexMatch::match(three, code).hasMatch())
                d.replyCode = code;
        }
        d.remoteMta = first(f, {"mxhost", "remotemta", "remotemtaip", "mx"});
        d.action = first(f, {"action"}).toLower();
        if (d.action.isEmpty())
            d.action = delivered ? QStringLiteral("delivered")
                       : (temporary && !d.status.startsWith(u'5')) ? QStringLiteral("delayed")
                                                                   : QStringLiteral("failed");
        d.smtpCommand = ReplyLineParser::smtpCommand(d.diagnostic);
        b.failures.append(d);
    }

    ReturnedMessage &r = b.original;
    r.from = first(top, {"from", "source"});
    r.subject = first(top, {"subject"});
    r.messageId = first(top, {"messageid", "smtpid"});
    r.to = first(top, {"to"});
    r.present = !r.from.isEmpty() || !r.subject.isEmpty();
    if (r.present && isAddress(first(top, {"source", "sender"})))
        r.returnPath = first(top, {"source", "sender"});
    const QString ip = first(top, {"sendingip", "ip", "originatingip"});
    if (!QHostAddress(ip).isNull() && !ReceivedChain::isNonPublicIp(ip))
        r.sendingIp = ip;
    return b;
}
