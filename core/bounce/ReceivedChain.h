#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One Received header, reduced to what identifies the hop.
struct ReceivedHop
{
    QString raw;
    QString fromHelo;    // name the client gave in HELO/EHLO
    QString fromRdns;    // reverse DNS name the receiving server noted, if any
    QString fromIp;      // client IP address
    QString by;          // receiving server
    QString with;        // protocol ("ESMTPS", "ESMTPSA", "LMTP", "Microsoft SMTP Server" ...)
};

// Reads the Received chain (newest first, as in the message) and picks the hop where the message
// entered the first public server: its client address is the sending IP remote servers judged.
class ReceivedChain
{
public:
    explicit ReceivedChain(const QStringList &receivedNewestFirst);

    const QList<ReceivedHop> &hops() const { return m_hops; }
    int chosenIndex() const { return m_chosen; } // index into hops(), -1 when none fits
    QString sendingIp() const;
    QString helo() const;
    QString explanation() const;                 // translated

    static ReceivedHop parseHop(const QString &received);
    // Private (RFC 1918, CGNAT, ULA), loopback, link-local, unspecified or otherwise unroutable.
    // Documentation ranges count as public: examples and test fixtures use them.
    static bool isNonPublicIp(const QString &ip);

private:
    QList<ReceivedHop> m_hops;
    int m_chosen = -1;
    bool m_submissionOnly = false;
    int m_skippedPrivate = 0;
};
