#pragma once

#include <optional>

#include "Bounce.h"
#include "ParseLimits.h"
#include "Result.h"

#include <QByteArray>

struct MimeDocument;
struct ProseFindings;

// Reads whatever a person pastes or drops (a raw message, an RFC 3464 report, a vendor NDR, the text
// a mail client shows, or one SMTP reply line) into a Bounce. Never throws, never aborts.
// Error codes: "input-empty", "input-too-large", "not-text", "parse-failed".
class BounceParser
{
public:
    explicit BounceParser(const ParseLimits &limits = {});

    Result<Bounce> parse(const QByteArray &input) const noexcept;

    const ParseLimits &limits() const { return m_limits; }

private:
    Bounce parseNormalized(const QByteArray &input, int nesting) const;
    Bounce parseMime(const MimeDocument &doc, int nesting) const;
    Bounce parseText(const QString &text, QStringList warnings, int nesting) const;
    std::optional<Bounce> readForwardedInline(const Bounce &outer, const ProseFindings &prose, int nesting) const;
    void finish(Bounce &bounce, const ProseFindings &prose, const QString &text) const;

    ParseLimits m_limits;
};
