#pragma once

#include "DnsTypes.h"

#include <QString>
#include <QStringList>

// One resource record from a DNS message, decoded. `text` is the presentation form used in
// DnsAnswer::records; the typed fields are filled for their own type only.
struct DnsRecord
{
    QString owner;       // presentation form, no trailing dot
    quint16 type = 0;    // wire type number (1 = A, 5 = CNAME, ...)
    quint32 ttl = 0;
    QString text;
    QString target;      // CNAME, PTR, NS
    QStringList strings; // TXT, SPF: the character-strings of the record, unjoined
    MxRecord mx;
    SrvRecord srv;
    SoaRecord soa;
};
