#pragma once

#include <QString>

#include <optional>

// The seven causes (the wizard's fix steps 1..7 follow this order), plus the three outcomes that
// are not a permanent failure to fix. Ids are stable: the CLI's JSON and tests depend on them.
enum class Cause {
    RecipientBlocked,  // 1 recipient-blocked
    InvalidRecipient,  // 2 invalid-recipient
    RecipientMailbox,  // 3 recipient-mailbox
    SenderBlocklisted, // 4 sender-blocklisted
    Authentication,    // 5 authentication
    SpamContent,       // 6 spam-content
    ServerConfig,      // 7 server-config
    Temporary,         // temporary
    NotAFailure,       // not-a-failure
    Unknown            // unknown
};

QString causeId(Cause cause);
std::optional<Cause> causeFromId(const QString &id);
QString causeTitle(Cause cause);       // translated, short: "Sender IP or domain on a blocklist"
QString causeExplanation(Cause cause); // translated, one plain sentence for a person
int causeStep(Cause cause);            // 1..7 for the seven, 0 otherwise
bool isFixableCause(Cause cause);      // one of the seven
