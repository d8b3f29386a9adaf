#include "ReceivedChain.h"

#include "RegexMatch.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace {
bool isAuthenticatedSubmission(const ReceivedHop &hop)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:E?SMTPS?A|ESMTPSA|ESMTPA|UTF8SMTPSA|HTTPS?|local|LMTPA?)$|authenticated"),
        QRegularExpression::CaseInsensitiveOption);
    return RegexMatch::match(re, hop.with).hasMatch() || hop.raw.contains(QLatin1String("(authenticated"), Qt::CaseInsensitive)
        || hop.raw.contains(QLatin1String("Authenticated sender"), Qt::CaseInsensitive);
}
}

ReceivedHop ReceivedChain::parseHop(const QString &received)
{
    ReceivedHop hop;
    hop.raw = received.simplified();
    const QString &r = hop.raw;
    static const QRegularExpression byRe(QStringLiteral("(?:^|[\\s;)])by\\s+([^\\s;()]+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression withRe(QStringLiteral("\\swith\\s+([^\\s;()]+(?:\\s+SMTP\\s+Server)?)"),
                                           QRegularExpression::CaseInsensitiveOption);
    const auto by = RegexMatch::match(byRe, r);
    qsizetype fromEnd = r.size();
    if (by.hasMatch()) {
        hop.by = by.captured(1);
        fromEnd = by.capturedStart(0);
    }
    const auto with = RegexMatch::match(withRe, r);
    if (with.hasMatch())
        hop.with = with.captured(1);
    static const QRegularExpression fromRe(QStringLiteral("^\\s*from\\s+"), QRegularExpression::CaseInsensitiveOption);
    const auto from = RegexMatch::match(fromRe, r);
    if (!from.hasMatch())
        return hop;
    const QString clause = r.mid(from.capturedEnd(), fromEnd - from.capturedEnd());

    static const QRegularExpression heloEq(QStringLiteral("\\b(?:helo|ehlo)(?:\\s*=\\s*|\\s+)\\[?([^\\s)\\]]+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression ipRe(QStringLiteral(
        "(?:\\[(?:IPv6:)?([0-9A-Fa-f:.]+)\\]|\\(([0-9]{1,3}(?:\\.[0-9]{1,3}){3})\\)|(?<![\\w.:])([0-9]{1,3}(?:\\.[0-9]{1,3}){3})(?![\\w.]))"),
                                         QRegularExpression::CaseInsensitiveOption);
    auto it = RegexMatch::globalMatch(ipRe, clause);
    while (it.hasNext()) {
        const auto m = it.next();
        QString ip = m.captured(1);
        if (ip.isEmpty())
            ip = m.captured(2);
        if (ip.isEmpty())
            ip = m.captured(3);
        if (QHostAddress(ip).isNull())
            continue;
        hop.fromIp = ip;
        break;
    }
    const QString first = clause.section(u' ', 0, 0, QString::SectionSkipEmpty);
    const auto helo = RegexMatch::match(heloEq, clause);
    if (helo.hasMatch())
        hop.fromHelo = helo.captured(1);
    else if (!first.startsWith(u'(')) {
        QString h = first;
        if (h.startsWith(u'[') && h.endsWith(u']'))
            h = h.mid(1, h.size() - 2);
        hop.fromHelo = h;
    }
    static const QRegularExpression rdnsRe(QStringLiteral("\\(\\s*([A-Za-z0-9][A-Za-z0-9.\\-]*\\.[A-Za-z]{2,})\\.?\\s*\\[?"));
    const auto rdns = RegexMatch::match(rdnsRe, clause);
    if (rdns.hasMatch())
        hop.fromRdns = rdns.captured(1);
    return hop;
}

bool ReceivedChain::isNonPublicIp(const QString &ip)
{
    QHostAddress a(ip);
    if (a.isNull())
        return true;
    bool isV4 = false;
    const quint32 v4 = a.toIPv4Address(&isV4);
    if (isV4) {
        const auto in = [v4](quint32 net, int bits) { return (v4 >> (32 - bits)) == (net >> (32 - bits)); };
        return in(0x00000000, 8) || in(0x0A000000, 8) || in(0x64400000, 10) || in(0x7F000000, 8)
            || in(0xA9FE0000, 16) || in(0xAC100000, 12) || in(0xC0A80000, 16) || in(0xE0000000, 3);
    }
    if (a.isLoopback() || a.isLinkLocal() || a.isUniqueLocalUnicast() || a.isSiteLocal() || a.isMulticast())
        return true;
    return a == QHostAddress(QHostAddress::AnyIPv6);
}

ReceivedChain::ReceivedChain(const QStringList &receivedNewestFirst)
{
    for (const QString &r : receivedNewestFirst)
        m_hops.append(parseHop(r));
    // Oldest first: the first hop whose client is a public address is where the message reached the
    // public internet. A user's authenticated submission is skipped when a server-to-server hop follows.
    int fallback = -1;
    for (int i = m_hops.size() - 1; i >= 0; --i) {
        const ReceivedHop &hop = m_hops.at(i);
        if (hop.fromIp.isEmpty())
            continue;
        if (isNonPublicIp(hop.fromIp)) {
            ++m_skippedPrivate;
            continue;
        }
        if (isAuthenticatedSubmission(hop)) {
            if (fallback < 0)
                fallback = i;
            continue;
        }
        m_chosen = i;
        break;
    }
    if (m_chosen < 0 && fallback >= 0) {
        m_chosen = fallback;
        m_submissionOnly = true;
    }
}

QString ReceivedChain::sendingIp() const
{
    return m_chosen >= 0 ? m_hops.at(m_chosen).fromIp : QString();
}

QString ReceivedChain::helo() const
{
    return m_chosen >= 0 ? m_hops.at(m_chosen).fromHelo : QString();
}

QString ReceivedChain::explanation() const
{
    if (m_hops.isEmpty())
        return QCoreApplication::translate("ReceivedChain",
                                           "The returned message has no Received headers, so the sending IP is unknown.");
    if (m_chosen < 0)
        return QCoreApplication::translate("ReceivedChain",
                                           "None of the %n Received headers names a public client address, so the "
                                           "sending IP could not be taken from them.",
                                           nullptr, int(m_hops.size()));
    const ReceivedHop &hop = m_hops.at(m_chosen);
    const int number = int(m_hops.size()) - m_chosen; // 1 = oldest
    const QString by = hop.by.isEmpty() ? QCoreApplication::translate("ReceivedChain", "an unnamed server") : hop.by;
    if (m_submissionOnly)
        return QCoreApplication::translate("ReceivedChain",
                                           "Hop %1 of %2 (from %3 by %4) is an authenticated submission: %3 is the "
                                           "sender's own client, the only public address in the chain. The server "
                                           "that relayed it onwards is %4.")
            .arg(number)
            .arg(m_hops.size())
            .arg(hop.fromIp, by);
    if (m_skippedPrivate > 0)
        return QCoreApplication::translate("ReceivedChain",
                                           "Hop %1 of %2 (from %3 by %4) is where the message entered the first public "
                                           "server; %n earlier hop(s) used private or loopback addresses.",
                                           nullptr, m_skippedPrivate)
            .arg(number)
            .arg(m_hops.size())
            .arg(hop.fromIp, by);
    return QCoreApplication::translate("ReceivedChain",
                                       "Hop %1 of %2 (from %3 by %4) is the oldest hop with a public client address: "
                                       "where the message entered the first public server.")
        .arg(number)
        .arg(m_hops.size())
        .arg(hop.fromIp, by);
}
