#pragma once

#include <QString>
#include <QStringView>

// An SMTP reply quoted in free text (not core/smtp's SmtpReply, a reply read off the wire): "550 5.1.1 <a@b>: Recipient address rejected ..."
struct QuotedReply
{
    QString replyCode;     // "550", empty when none
    QString status;        // "5.1.1", empty when none
    qsizetype start = -1;  // offset of the reply (its code) in the searched text
    qsizetype end = -1;    // end of the reply's text (end of its last continuation line)

    bool isValid() const { return start >= 0; }
};

// Recognises SMTP reply codes, RFC 3463 enhanced status codes and the SMTP command a failure
// happened at, without mistaking IP addresses, dates or version numbers for codes.
class ReplyLineParser
{
public:
    // The most credible reply in `text` (an "NNN X.Y.Z" pair wins over a lone code).
    static QuotedReply find(QStringView text);
    // First enhanced status code "X.Y.Z" (also "#X.Y.Z"), empty when none.
    static QString enhancedStatus(QStringView text);
    // The SMTP command named in `text` ("after RCPT TO", "in reply to end of DATA command", ">>> RCPT"...).
    static QString smtpCommand(QStringView text);
    // True when the whole text is one SMTP reply (possibly multi-line "550-... / 550 ...").
    static bool isReplyText(QStringView text);
    // The reply with its continuation lines joined into one line and decorations dropped.
    static QString replyText(QStringView text, const QuotedReply &reply);
};
