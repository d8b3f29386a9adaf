#pragma once

#include "MailHeaders.h"

#include <QString>

// Names the software or provider that wrote a bounce ("postfix", "m365", "gmail", ...), from its
// headers and wording; "rfc3464" for a standard report from an unrecognised sender.
class FormatDetector
{
public:
    static QString detect(const MailHeaders &headers, const QString &text, bool hasDeliveryStatus,
                          const QString &reportingMta);
};
