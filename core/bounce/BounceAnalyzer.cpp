#include "BounceAnalyzer.h"

#include "Classifier.h"
#include "ProseExtractor.h"
#include "ReceivedChain.h"
#include "RegexMatch.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

#include <exception>

namespace {
QString firstAddress(const QString &value)
{
    static const QRegularExpression re(ProseExtractor::addressPattern(), QRegularExpression::UseUnicodePropertiesOption);
    return RegexMatch::match(re, value).captured(0);
}

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0)
        return {};
    QString d = address.mid(at + 1).toLower();
    if (d.startsWith(u'[') && d.endsWith(u']'))
        return {};
    while (d.endsWith(u'.'))
        d.chop(1);
    return d;
}

// A remote server that refuses a sender usually names the client address it saw:
// "Client host [203.0.113.7] blocked", "banned sending IP [203.0.113.7]", "?ip=203.0.113.7".
QString clientIpStatedIn(const DeliveryFailure &f)
{
    static const QRegularExpression ipRe(QStringLiteral(
        "(?<![\\w.:])(?:\\[|\\(|ip=|IP:?\\s|address\\s|host\\s)?((?:\\d{1,3}\\.){3}\\d{1,3}|[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![\\w.:])"),
                                         QRegularExpression::CaseInsensitiveOption);
    auto it = RegexMatch::globalMatch(ipRe, f.diagnostic);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString ip = m.captured(1);
        if (QHostAddress(ip).isNull() || ReceivedChain::isNonPublicIp(ip) || ip == f.remoteMta)
            continue;
        // "mx.example.com[198.51.100.7]" is a server with its address (the remote one, in
        // "connect to ...[ip]" or "host ...[ip] said"), never the client being judged.
        const qsizetype at = m.capturedStart(1);
        if (at >= 2 && f.diagnostic.at(at - 1) == u'[' && (f.diagnostic.at(at - 2).isLetterOrNumber() || f.diagnostic.at(at - 2) == u'.'))
            continue;
        return ip;
    }
    return {};
}

const DeliveryFailure *headlineFailure(const Bounce &bounce)
{
    for (const DeliveryFailure &f : bounce.failures)
        if (f.action == QLatin1String("failed"))
            return &f;
    return bounce.failures.isEmpty() ? nullptr : &bounce.failures.first();
}
}

BounceAnalyzer::BounceAnalyzer() = default;

BounceAnalyzer::BounceAnalyzer(const ParseLimits &limits) : m_parser(limits) { }

Facts BounceAnalyzer::factsFrom(const Bounce &bounce)
{
    Facts facts;
    const ReturnedMessage &o = bounce.original;
    const DeliveryFailure *headline = headlineFailure(bounce);
    if (headline)
        facts.sendingIp = clientIpStatedIn(*headline);
    if (facts.sendingIp.isEmpty())
        facts.sendingIp = o.sendingIp;
    facts.helo = o.helo;
    const QString returnPath = firstAddress(o.returnPath);
    const QString from = firstAddress(o.from);
    facts.senderAddress = returnPath.isEmpty() ? from : returnPath;
    facts.senderDomain = domainOf(facts.senderAddress);
    facts.fromDomain = domainOf(from);
    facts.mailFromDomain = domainOf(returnPath);
    if (headline) {
        facts.recipient = headline->recipient;
        facts.recipientDomain = domainOf(headline->recipient);
        facts.remoteMta = headline->remoteMta;
    }
    facts.dkimSelector = o.dkimSelector;
    facts.dkimDomain = o.dkimDomain;
    facts.reportingMta = bounce.reportingMta;
    return facts;
}

Result<Analysis> BounceAnalyzer::analyze(const QByteArray &input) const noexcept
{
    Result<Bounce> parsed = m_parser.parse(input);
    if (!parsed)
        return parsed.error();
    try {
        Analysis analysis;
        analysis.bounce = std::move(parsed).value();
        const Classifier &classifier = Classifier::instance();
        classifier.classify(analysis.bounce);
        analysis.diagnosis = classifier.diagnose(analysis.bounce);
        analysis.diagnosis.facts = factsFrom(analysis.bounce);
        return analysis;
    } catch (const std::exception &) {
        return Error{QStringLiteral("analyze-failed"),
                     QCoreApplication::translate("BounceAnalyzer", "The bounce could not be analysed (out of memory).")};
    }
}
