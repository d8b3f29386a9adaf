#include "DnsTypes.h"

#include <QCoreApplication>

QString dnsTypeName(DnsType type)
{
    switch (type) {
    case DnsType::A: return QStringLiteral("A");
    case DnsType::AAAA: return QStringLiteral("AAAA");
    case DnsType::MX: return QStringLiteral("MX");
    case DnsType::TXT: return QStringLiteral("TXT");
    case DnsType::PTR: return QStringLiteral("PTR");
    case DnsType::CNAME: return QStringLiteral("CNAME");
    case DnsType::NS: return QStringLiteral("NS");
    case DnsType::SOA: return QStringLiteral("SOA");
    case DnsType::SRV: return QStringLiteral("SRV");
    case DnsType::SPF: return QStringLiteral("SPF");
    }
    return {};
}

QString dnsStatusId(DnsStatus status)
{
    switch (status) {
    case DnsStatus::Ok: return QStringLiteral("ok");
    case DnsStatus::NxDomain: return QStringLiteral("nxdomain");
    case DnsStatus::NoData: return QStringLiteral("nodata");
    case DnsStatus::ServFail: return QStringLiteral("servfail");
    case DnsStatus::Refused: return QStringLiteral("refused");
    case DnsStatus::Timeout: return QStringLiteral("timeout");
    case DnsStatus::BadName: return QStringLiteral("badname");
    case DnsStatus::Error: return QStringLiteral("error");
    }
    return {};
}

QString dnsStatusText(DnsStatus status)
{
    switch (status) {
    case DnsStatus::Ok: return QCoreApplication::translate("Dns", "answered");
    case DnsStatus::NxDomain: return QCoreApplication::translate("Dns", "the name does not exist (NXDOMAIN)");
    case DnsStatus::NoData: return QCoreApplication::translate("Dns", "the name exists but has no record of this type");
    case DnsStatus::ServFail: return QCoreApplication::translate("Dns", "the DNS server failed (SERVFAIL)");
    case DnsStatus::Refused: return QCoreApplication::translate("Dns", "the DNS server refused the query (REFUSED)");
    case DnsStatus::Timeout: return QCoreApplication::translate("Dns", "no answer from the DNS server (timeout)");
    case DnsStatus::BadName: return QCoreApplication::translate("Dns", "not a valid DNS name");
    case DnsStatus::Error: return QCoreApplication::translate("Dns", "the DNS query failed");
    }
    return {};
}
