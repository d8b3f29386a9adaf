#pragma once

#include "DnsRecord.h"
#include "Result.h"

#include <QByteArray>
#include <QList>

// A DNS response decoded from wire format: header flags and the answer section. Only the answer
// section is kept because that is all a stub resolver acts on. Malformed input gives an Error,
// never a crash (this is fed raw bytes from the network and from the fuzzer).
class DnsMessage
{
public:
    enum Rcode { NoError = 0, FormErr = 1, ServFail = 2, NxDomain = 3, NotImp = 4, Refused = 5 };

    static Result<DnsMessage> parse(const QByteArray &wire);
    static quint16 typeCode(DnsType type);

    quint16 id() const { return m_id; }
    int rcode() const { return m_rcode; }
    bool truncated() const { return m_truncated; }
    bool recursionAvailable() const { return m_recursionAvailable; }
    QString questionName() const { return m_questionName; }
    const QList<DnsRecord> &answers() const { return m_answers; }

private:
    quint16 m_id = 0;
    int m_rcode = 0;
    bool m_truncated = false;
    bool m_recursionAvailable = false;
    QString m_questionName;
    QList<DnsRecord> m_answers;
};
