#pragma once

#include "CheckResult.h"
#include "DmarcRecord.h"

#include <QList>
#include <QString>

// DMARC's verdict for one message (RFC 7489 §3.1, §4.2): it passes when SPF passed for a domain
// aligned with the From domain, or a DKIM signature verified for an aligned d=. Relaxed alignment
// compares organizational domains, strict compares the names exactly. A pure function.
class DmarcAlignment
{
public:
    struct Authenticated
    {
        QString domain; // SPF: the MAIL FROM (or HELO) domain checked; DKIM: d=
        QString result; // "pass", "fail", "softfail", "none", ... (empty: unknown)
    };
    struct Input
    {
        QString fromDomain;
        Authenticated spf;
        QList<Authenticated> dkim;
        DmarcAlignmentMode adkim = DmarcAlignmentMode::Relaxed;
        DmarcAlignmentMode aspf = DmarcAlignmentMode::Relaxed;
    };
    struct Outcome
    {
        bool pass = false;
        bool spfAligned = false;   // SPF passed and its domain is aligned
        bool dkimAligned = false;  // some DKIM signature passed with an aligned d=
        QStringList reasons;       // translated, one line per mechanism/signature
    };

    static bool aligned(const QString &fromDomain, const QString &authDomain, DmarcAlignmentMode mode);
    static Outcome evaluate(const Input &input);
    static CheckResult check(const Input &input); // id "dmarc.alignment"
};
