#include "DsnFieldsParser.h"

#include "MailHeaders.h"
#include "ReplyLineParser.h"
#include "RegexMatch.h"

#include <QRegularExpression>

namespace {
QString actionFromStatus(const QString &status)
{
    if (status.startsWith(u'5'))
        return QStringLiteral("failed");
    if (status.startsWith(u'4'))
        return QStringLiteral("delayed");
    if (status.startsWith(u'2'))
        return QStringLiteral("delivered");
    return QStringLiteral("failed");
}

bool isRecipientStart(const QString &name)
{
    return name.compare(QLatin1String("Final-Recipient"), Qt::CaseInsensitive) == 0;
}

// X.0.0 says nothing specific; the diagnostic's own enhanced code often does.
bool isGeneric(const QString &status)
{
    return status.endsWith(QLatin1String(".0.0"));
}
}

QString DsnFieldsParser::stripType(const QString &value, QString *type)
{
    const qsizetype semi = value.indexOf(u';');
    // The type is a short atom ("rfc822", "dns", "smtp", "X-Postfix", "utf-8"); anything longer is text.
    if (semi > 0 && semi < 24 && !value.left(semi).contains(u' ')) {
        if (type)
            *type = value.left(semi).trimmed();
        return value.mid(semi + 1).trimmed();
    }
    if (type)
        type->clear();
    return value.trimmed();
}

QString DsnFieldsParser::cleanAddress(QString address)
{
    address = address.trimmed();
    if (address.startsWith(u'<') && address.endsWith(u'>'))
        address = address.mid(1, address.size() - 2).trimmed();
    static const QRegularExpression angle(QStringLiteral("<([^<>\\s]+@[^<>\\s]+)>"));
    const auto m = RegexMatch::match(angle, address);
    if (m.hasMatch())
        address = m.captured(1);
    if (address.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        address = address.mid(7);
    while (address.endsWith(u'.') || address.endsWith(u':') || address.endsWith(u','))
        address.chop(1);
    return address;
}

bool DsnFieldsParser::containsDsnFields(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^(?:Final-Recipient|Original-Recipient)\\s*:"),
                                       QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    return RegexMatch::match(re, text.toString()).hasMatch();
}

DsnReport DsnFieldsParser::parse(QStringView text, int maxRecipients)
{
    DsnReport report;
    qsizetype pos = 0;
    DeliveryFailure current;
    bool inRecipient = false;
    auto finish = [&] {
        if (!inRecipient)
            return;
        inRecipient = false;
        if (current.recipient.isEmpty() && current.originalRecipient.isEmpty())
            return;
        if (current.recipient.isEmpty())
            current.recipient = current.originalRecipient;
        if (current.originalRecipient.compare(current.recipient, Qt::CaseInsensitive) == 0)
            current.originalRecipient.clear();
        const QuotedReply reply = ReplyLineParser::find(current.diagnostic);
        if (reply.isValid()) {
            current.replyCode = reply.replyCode;
            if (current.status.isEmpty() || (isGeneric(current.status) && !reply.status.isEmpty()
                                             && reply.status.at(0) == current.status.at(0)))
                current.status = reply.status.isEmpty() ? current.status : reply.status;
        }
        if (current.action.isEmpty())
            current.action = actionFromStatus(current.status.isEmpty() ? reply.replyCode : current.status);
        current.smtpCommand = ReplyLineParser::smtpCommand(current.diagnostic);
        if (report.recipients.size() >= maxRecipients) {
            report.truncated = true;
            return;
        }
        report.recipients.append(current);
        current = DeliveryFailure();
    };

    while (pos < text.size()) {
        // Skip blank lines between blocks.
        while (pos < text.size() && (text.at(pos) == u'\n' || text.at(pos) == u' ' || text.at(pos) == u'\t')) {
            if (text.at(pos) == u'\n' && inRecipient)
                finish();
            ++pos;
        }
        if (pos >= text.size())
            break;
        qsizetype consumed = 0;
        const MailHeaders block = MailHeaders::parseFields(text.mid(pos), &consumed);
        if (block.isEmpty()) {
            const qsizetype nl = text.indexOf(u'\n', pos);
            pos = nl < 0 ? text.size() : nl + 1;
            continue;
        }
        pos += qMax<qsizetype>(consumed, 1);
        for (const auto &[name, value] : block.fields()) {
            const QString key = name.toLower();
            if (isRecipientStart(name) && inRecipient && !current.recipient.isEmpty())
                finish();
            if (key == QLatin1String("reporting-mta")) {
                report.reportingMta = stripType(value);
            } else if (key == QLatin1String("received-from-mta")) {
                report.receivedFromMta = stripType(value);
            } else if (key == QLatin1String("arrival-date")) {
                report.arrivalDate = value;
            } else if (key == QLatin1String("final-recipient") || key == QLatin1String("x-actual-recipient")) {
                inRecipient = true;
                if (current.recipient.isEmpty() || key == QLatin1String("final-recipient"))
                    current.recipient = cleanAddress(stripType(value));
            } else if (key == QLatin1String("original-recipient")) {
                inRecipient = true;
                current.originalRecipient = cleanAddress(stripType(value));
            } else if (key == QLatin1String("action")) {
                inRecipient = true;
                current.action = value.section(u' ', 0, 0).toLower();
                current.action.remove(u';');
            } else if (key == QLatin1String("status")) {
                inRecipient = true;
                current.status = ReplyLineParser::enhancedStatus(value);
                if (current.status.isEmpty()) {
                    static const QRegularExpression loose(QStringLiteral("\\b([245]\\.\\d{1,3}\\.\\d{1,3})\\b"));
                    current.status = RegexMatch::match(loose, value).captured(1);
                }
            } else if (key == QLatin1String("remote-mta")) {
                inRecipient = true;
                current.remoteMta = stripType(value).section(u' ', 0, 0);
                while (current.remoteMta.endsWith(u'.'))
                    current.remoteMta.chop(1);
                if (current.remoteMta.startsWith(u'[') && current.remoteMta.endsWith(u']'))
                    current.remoteMta = current.remoteMta.mid(1, current.remoteMta.size() - 2);
            } else if (key == QLatin1String("diagnostic-code")) {
                inRecipient = true;
                current.diagnostic = stripType(value, &current.diagnosticType);
            }
        }
    }
    finish();
    return report;
}
