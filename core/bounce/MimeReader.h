#pragma once

#include "MimeDocument.h"
#include "ParseLimits.h"

#include <QByteArray>

// The only place that talks to GMime: turns a raw message into a MimeDocument.
class MimeReader
{
public:
    explicit MimeReader(const ParseLimits &limits);

    // `input` must already have LF line ends. Returns parsed == false when GMime found no message.
    // `wantEmbedded` keeps the raw bytes of the first attached message (a forwarded bounce).
    MimeDocument read(const QByteArray &input, bool wantEmbedded = false) const;

    // A message with nothing to decode (one plain-text ASCII/UTF-8 part, 7bit/8bit, no encoded
    // words) is read without building a MIME tree; empty parsed flag when it needs GMime.
    static MimeDocument readPlain(const QByteArray &input);

    // Parses a header block (e.g. quoted in a body); RFC 2047 words are decoded with GMime.
    static MailHeaders readHeaderBlock(const QByteArray &block);

    // Reduces HTML to readable text (tags dropped, entities decoded, block elements as new lines).
    static QString htmlToText(const QString &html);

private:
    ParseLimits m_limits;
};
