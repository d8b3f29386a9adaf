#pragma once

#include "Result.h"

#include <QString>

// Turns a name as a user or a record gives it into the form put on the wire: IDN labels to
// A-labels (punycode), one trailing dot dropped, checked against RFC 1035 limits (label ≤ 63
// octets, no empty label, name ≤ 253 characters). Errors have code "dns-bad-name".
class DnsName
{
public:
    static Result<QString> normalize(const QString &name);
    // Case-folded key for caches: two spellings of one name give one key.
    static QString key(const QString &name);
};
