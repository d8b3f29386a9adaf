#pragma once

#include "Bounce.h"
#include "CheckResult.h"

#include <QStringList>

// Content advice from the returned message (links, shorteners, attachments, size) and the
// bounce's wording. Works offline: it only reads what came back with the bounce.
class ContentAdvisor
{
public:
    static CheckResult assess(const Bounce &bounce);
    static bool isShortener(const QString &host);
    static QStringList riskyAttachments(const QStringList &attachmentTypes);
};
