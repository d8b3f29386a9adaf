#pragma once

#include "MailHeaders.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// What MimeReader found in a raw message: decoded texts, machine-readable reports and the
// returned message. Plain values only, so no GMime type leaks out of MimeReader.cpp.
struct MimeDocument
{
    bool parsed = false;          // GMime read it as a message with headers
    MailHeaders headers;          // top-level headers, unfolded and RFC 2047-decoded
    QStringList texts;            // human-readable parts in order, UTF-8, HTML reduced to text
    QStringList deliveryStatus;   // message/delivery-status and message/global-delivery-status bodies
    bool hasReturned = false;     // a message/rfc822 or text/rfc822-headers part was found
    MailHeaders returnedHeaders;
    QStringList returnedTexts;    // text of the returned message's body (for body statistics)
    qint64 returnedBodyBytes = 0;
    QStringList returnedAttachmentTypes;
    QString feedbackReport;       // message/feedback-report (RFC 5965) body, when present
    QByteArray embeddedMessage;   // raw bytes of the first message/rfc822 (a forwarded bounce, maybe)
    QStringList warnings;         // translated
};
