#pragma once

#include <QList>
#include <QString>
#include <QStringList>

enum class DnsType { A, AAAA, MX, TXT, PTR, CNAME, NS, SOA, SRV, SPF };

// How a query ended. Everything but Ok/NxDomain/NoData means "couldn't check" for a caller.
enum class DnsStatus { Ok, NxDomain, NoData, ServFail, Refused, Timeout, BadName, Error };

struct MxRecord
{
    int preference = 0;
    QString exchange; // without trailing dot; "" for a null MX (RFC 7505: "0 .")
};

struct SrvRecord
{
    int priority = 0;
    int weight = 0;
    int port = 0;
    QString target;
};

struct SoaRecord
{
    QString mname, rname;
    quint32 serial = 0, refresh = 0, retry = 0, expire = 0, minimum = 0;
};

struct DnsQuestion
{
    QString name; // presentation form, no trailing dot needed
    DnsType type = DnsType::A;
};

// One answer. `records` holds the answer in presentation form for every type
// (A/AAAA: address text; TXT/SPF: the strings of one record joined with nothing between them,
// RFC 7208 §3.3; PTR/CNAME/NS: names without trailing dot; MX: "pref host"); the typed
// lists are filled for their type. `cnameChain` lists aliases followed on the way.
struct DnsAnswer
{
    DnsQuestion question;
    DnsStatus status = DnsStatus::Error;
    QStringList records;
    QList<MxRecord> mx;
    QList<SrvRecord> srv;
    QList<QStringList> txtStrings; // TXT/SPF: the character-strings of each record, unjoined
    SoaRecord soa;
    QStringList cnameChain;
    int ttl = 0;
    QString server;        // which server answered, "host:port"
    QString errorText;     // technical detail for CouldNotCheck
    double elapsedMs = 0;
    bool fromCache = false;

    bool ok() const { return status == DnsStatus::Ok; }
    // NXDOMAIN and NODATA are real answers ("there is nothing"); the rest are failures to ask.
    bool isDefinitive() const
    {
        return status == DnsStatus::Ok || status == DnsStatus::NxDomain || status == DnsStatus::NoData;
    }
};

QString dnsTypeName(DnsType type);     // "A", "MX", ...
QString dnsStatusId(DnsStatus status); // "ok", "nxdomain", "nodata", "servfail", "refused", "timeout", "badname", "error"
QString dnsStatusText(DnsStatus status); // translated
