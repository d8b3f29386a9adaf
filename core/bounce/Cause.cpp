#include "Cause.h"

#include <QCoreApplication>

#include <array>

namespace {
constexpr std::array kAll = {Cause::RecipientBlocked, Cause::InvalidRecipient, Cause::RecipientMailbox,
                             Cause::SenderBlocklisted, Cause::Authentication, Cause::SpamContent,
                             Cause::ServerConfig, Cause::Temporary, Cause::NotAFailure, Cause::Unknown};
}

QString causeId(Cause cause)
{
    switch (cause) {
    case Cause::RecipientBlocked: return QStringLiteral("recipient-blocked");
    case Cause::InvalidRecipient: return QStringLiteral("invalid-recipient");
    case Cause::RecipientMailbox: return QStringLiteral("recipient-mailbox");
    case Cause::SenderBlocklisted: return QStringLiteral("sender-blocklisted");
    case Cause::Authentication: return QStringLiteral("authentication");
    case Cause::SpamContent: return QStringLiteral("spam-content");
    case Cause::ServerConfig: return QStringLiteral("server-config");
    case Cause::Temporary: return QStringLiteral("temporary");
    case Cause::NotAFailure: return QStringLiteral("not-a-failure");
    case Cause::Unknown: return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

std::optional<Cause> causeFromId(const QString &id)
{
    for (Cause c : kAll)
        if (causeId(c) == id)
            return c;
    return std::nullopt;
}

QString causeTitle(Cause cause)
{
    switch (cause) {
    case Cause::RecipientBlocked: return QCoreApplication::translate("Cause", "Recipient blocked by policy");
    case Cause::InvalidRecipient: return QCoreApplication::translate("Cause", "Invalid recipient address");
    case Cause::RecipientMailbox: return QCoreApplication::translate("Cause", "Recipient mailbox issue");
    case Cause::SenderBlocklisted: return QCoreApplication::translate("Cause", "Sender IP or domain on a blocklist");
    case Cause::Authentication: return QCoreApplication::translate("Cause", "SPF, DKIM or DMARC failure");
    case Cause::SpamContent: return QCoreApplication::translate("Cause", "Spam filter, content or security");
    case Cause::ServerConfig: return QCoreApplication::translate("Cause", "Mail server configuration");
    case Cause::Temporary: return QCoreApplication::translate("Cause", "Temporary problem");
    case Cause::NotAFailure: return QCoreApplication::translate("Cause", "Not a delivery failure");
    case Cause::Unknown: return QCoreApplication::translate("Cause", "Unknown cause");
    }
    return {};
}

QString causeExplanation(Cause cause)
{
    switch (cause) {
    case Cause::RecipientBlocked:
        return QCoreApplication::translate("Cause", "The recipient's server accepted the address but its policy refuses mail from you.");
    case Cause::InvalidRecipient:
        return QCoreApplication::translate("Cause", "The address you wrote to does not exist: the mailbox or the whole domain is unknown.");
    case Cause::RecipientMailbox:
        return QCoreApplication::translate("Cause", "The address exists, but the mailbox cannot take mail right now: it is full, disabled or suspended.");
    case Cause::SenderBlocklisted:
        return QCoreApplication::translate("Cause", "The recipient's server refuses your sending server's IP address or your domain because of its reputation or a blocklist.");
    case Cause::Authentication:
        return QCoreApplication::translate("Cause", "Your message failed the sender checks (SPF, DKIM or DMARC) that prove it really comes from your domain.");
    case Cause::SpamContent:
        return QCoreApplication::translate("Cause", "A spam or security filter refused the message itself: its content, links, attachments or size.");
    case Cause::ServerConfig:
        return QCoreApplication::translate("Cause", "A mail server setting stands in the way: relaying, authentication, encryption, reverse DNS or routing.");
    case Cause::Temporary:
        return QCoreApplication::translate("Cause", "The failure is temporary: the sending server will retry, or you can resend later.");
    case Cause::NotAFailure:
        return QCoreApplication::translate("Cause", "This message is not a delivery failure (a delivery notice, auto-reply or report).");
    case Cause::Unknown:
        return QCoreApplication::translate("Cause", "The bounce does not say clearly why delivery failed.");
    }
    return {};
}

int causeStep(Cause cause)
{
    return isFixableCause(cause) ? int(cause) + 1 : 0;
}

bool isFixableCause(Cause cause)
{
    return int(cause) <= int(Cause::ServerConfig);
}
