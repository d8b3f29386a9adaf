#pragma once

#include "DnsTypes.h"

#include <QJsonObject>

// One DNS answer as JSON, for --json output and reports:
// {name, type, status, records[], ttl, server, elapsedMs, fromCache, cnameChain[]?, txtStrings[[]]?,
//  mx[{preference, exchange}]?, srv[...]?, soa{...}?, error?}
QJsonObject dnsAnswerToJson(const DnsAnswer &answer);
