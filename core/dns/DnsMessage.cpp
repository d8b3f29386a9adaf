#include "DnsMessage.h"

#include <QCoreApplication>

#include <ares.h>
#include <arpa/inet.h>

namespace {

constexpr int kHeaderSize = 12;

Error malformed(const QString &what)
{
    return Error{QStringLiteral("dns-malformed"),
                 QCoreApplication::translate("Dns", "malformed DNS answer: %1").arg(what)};
}

quint16 u16(const unsigned char *p)
{
    return quint16((p[0] << 8) | p[1]);
}

quint32 u32(const unsigned char *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

// Reads a (possibly compressed) name at `pos`; advances `pos` past its encoding in place.
bool readName(const unsigned char *msg, int len, int &pos, QString &out)
{
    if (pos < 0 || pos >= len)
        return false;
    char *name = nullptr;
    long encLen = 0;
    if (ares_expand_name(msg + pos, msg, len, &name, &encLen) != ARES_SUCCESS)
        return false;
    out = QString::fromUtf8(name);
    ares_free_string(name);
    if (out.endsWith(QLatin1Char('.')) && !out.endsWith(QLatin1String("\\.")))
        out.chop(1);
    pos += int(encLen);
    return pos <= len;
}

// Decodes the rdata at [pos, end) into `r`. Names may point anywhere earlier in the message.
bool decodeRdata(const unsigned char *msg, int len, int pos, int end, DnsRecord &r)
{
    const int rdlen = end - pos;
    switch (r.type) {
    case 1: { // A
        if (rdlen != 4)
            return false;
        char buf[INET_ADDRSTRLEN];
        inet_ntop(AF_INET, msg + pos, buf, sizeof buf);
        r.text = QString::fromLatin1(buf);
        return true;
    }
    case 28: { // AAAA
        if (rdlen != 16)
            return false;
        char buf[INET6_ADDRSTRLEN];
        inet_ntop(AF_INET6, msg + pos, buf, sizeof buf);
        r.text = QString::fromLatin1(buf);
        return true;
    }
    case 2: case 5: case 12: { // NS, CNAME, PTR
        int p = pos;
        if (!readName(msg, len, p, r.target) || p > end)
            return false;
        r.text = r.target;
        return true;
    }
    case 15: { // MX
        if (rdlen < 3)
            return false;
        r.mx.preference = u16(msg + pos);
        int p = pos + 2;
        if (!readName(msg, len, p, r.mx.exchange) || p > end)
            return false;
        r.text = QString::number(r.mx.preference) + QLatin1Char(' ')
            + (r.mx.exchange.isEmpty() ? QStringLiteral(".") : r.mx.exchange);
        return true;
    }
    case 16: case 99: { // TXT, SPF: a sequence of <length><bytes>
        int p = pos;
        QByteArray joined;
        while (p < end) {
            const int n = msg[p];
            if (p + 1 + n > end)
                return false;
            const QByteArray s(reinterpret_cast<const char *>(msg + p + 1), n);
            r.strings.append(QString::fromUtf8(s));
            joined += s;
            p += 1 + n;
        }
        // Join the bytes before decoding, so a UTF-8 sequence split across strings survives.
        r.text = QString::fromUtf8(joined);
        return true;
    }
    case 6: { // SOA
        int p = pos;
        if (!readName(msg, len, p, r.soa.mname) || !readName(msg, len, p, r.soa.rname) || p + 20 != end)
            return false;
        r.soa.serial = u32(msg + p);
        r.soa.refresh = u32(msg + p + 4);
        r.soa.retry = u32(msg + p + 8);
        r.soa.expire = u32(msg + p + 12);
        r.soa.minimum = u32(msg + p + 16);
        r.text = QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                     .arg(r.soa.mname, r.soa.rname)
                     .arg(r.soa.serial)
                     .arg(r.soa.refresh)
                     .arg(r.soa.retry)
                     .arg(r.soa.expire)
                     .arg(r.soa.minimum);
        return true;
    }
    case 33: { // SRV
        if (rdlen < 7)
            return false;
        r.srv.priority = u16(msg + pos);
        r.srv.weight = u16(msg + pos + 2);
        r.srv.port = u16(msg + pos + 4);
        int p = pos + 6;
        if (!readName(msg, len, p, r.srv.target) || p > end)
            return false;
        r.text = QStringLiteral("%1 %2 %3 %4").arg(r.srv.priority).arg(r.srv.weight).arg(r.srv.port).arg(r.srv.target);
        return true;
    }
    default: // a type we don't decode (RRSIG, ...): keep it, so the caller can still see it exists
        r.text = QStringLiteral("\\# %1 %2").arg(rdlen).arg(QString::fromLatin1(
                     QByteArray(reinterpret_cast<const char *>(msg + pos), rdlen).toHex()));
        return true;
    }
}

} // namespace

quint16 DnsMessage::typeCode(DnsType type)
{
    switch (type) {
    case DnsType::A: return 1;
    case DnsType::NS: return 2;
    case DnsType::CNAME: return 5;
    case DnsType::SOA: return 6;
    case DnsType::PTR: return 12;
    case DnsType::MX: return 15;
    case DnsType::TXT: return 16;
    case DnsType::AAAA: return 28;
    case DnsType::SRV: return 33;
    case DnsType::SPF: return 99;
    }
    return 0;
}

Result<DnsMessage> DnsMessage::parse(const QByteArray &wire)
{
    const auto *msg = reinterpret_cast<const unsigned char *>(wire.constData());
    const int len = int(wire.size());
    if (len < kHeaderSize)
        return malformed(QCoreApplication::translate("Dns", "shorter than a DNS header"));

    DnsMessage m;
    m.m_id = u16(msg);
    m.m_truncated = msg[2] & 0x02;
    m.m_rcode = msg[3] & 0x0f;
    m.m_recursionAvailable = msg[3] & 0x80;
    const int qdcount = u16(msg + 4);
    const int ancount = u16(msg + 6);

    int pos = kHeaderSize;
    for (int i = 0; i < qdcount; ++i) {
        QString name;
        if (!readName(msg, len, pos, name) || pos + 4 > len)
            return malformed(QCoreApplication::translate("Dns", "bad question section"));
        if (i == 0)
            m.m_questionName = name;
        pos += 4;
    }
    for (int i = 0; i < ancount; ++i) {
        DnsRecord r;
        if (!readName(msg, len, pos, r.owner) || pos + 10 > len)
            return malformed(QCoreApplication::translate("Dns", "bad record header in the answer section"));
        r.type = u16(msg + pos);
        const quint16 cls = u16(msg + pos + 2);
        r.ttl = u32(msg + pos + 4);
        if (r.ttl > 0x7fffffff) // RFC 2181 §8: treat as zero
            r.ttl = 0;
        const int rdlen = u16(msg + pos + 8);
        pos += 10;
        if (pos + rdlen > len)
            return malformed(QCoreApplication::translate("Dns", "record data runs past the end"));
        if (!decodeRdata(msg, len, pos, pos + rdlen, r))
            return malformed(QCoreApplication::translate("Dns", "bad data in a type %1 record").arg(r.type));
        pos += rdlen;
        if (cls == 1) // IN; anything else is not an answer to our question
            m.m_answers.append(r);
    }
    return m;
}
