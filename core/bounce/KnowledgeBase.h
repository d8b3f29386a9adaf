#pragma once

#include "Cause.h"
#include "PhraseMatcher.h"
#include "Result.h"
#include "StatusCodePattern.h"

#include <QByteArray>
#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

struct ReasonDef
{
    QString id;
    Cause cause = Cause::Unknown;
    int priority = 0;           // breaks ties between equally supported reasons
    bool persistent = false;    // retrying does not help: named clearly, it wins even over a 4xx/delay
    QByteArray title;           // English source text, translated in context "BounceReason"
    QByteArray explanation;
};

// One enhanced status code (or range / wildcard) and what it points to.
struct StatusCodeDef
{
    QString id;                 // "status:5.1.1"
    StatusCodePattern pattern;
    int reason = -1;
    double weight = 0;
    bool vendor = false;        // a provider's own code rather than RFC 3463/5248
    QString meaning;
};

struct ReplyCodeDef
{
    QString id;                 // "reply:521"
    QString code;
    int reason = -1;
    double weight = 0;
};

// The SMTP command a failure happened at, as a weak prior (end of DATA: content; greeting: IP).
struct CommandDef
{
    QString id;                 // "command:DATA"
    QString command;
    QStringList spans;          // how bounces name the command; the evidence is the span found
    int reason = -1;
    double weight = 0;
};

// Phrases and regular expressions that support one reason, optionally only when the failure
// carries one of the listed status codes or reply codes/classes (any one of them suffices).
struct TextRule
{
    QString id;
    int reason = -1;
    double weight = 0;
    std::vector<QRegularExpression> regexes;
    bool gated = false;         // regexes run only where one of the rule's "hints" occurs
    std::vector<StatusCodePattern> whenStatus;
    QStringList whenReply;      // "550", "5", "4"
    std::vector<int> excludes;  // reasons this finding speaks against (e.g. a sending quota is no full mailbox)
    bool atRecipientServer = false;  // only when the bounce comes from the recipient's own domain
};

// The classifier's knowledge, loaded from bounce-reasons.json, bounce-status-codes.json and
// bounce-rules.json, validated (every error names the file and the entry) and compiled once.
class KnowledgeBase
{
public:
    static Result<std::shared_ptr<const KnowledgeBase>> load(const QString &dir);

    const std::vector<ReasonDef> &reasons() const { return m_reasons; }
    int reasonIndex(const QString &id) const { return m_reasonIndex.value(id, -1); }
    const std::vector<StatusCodeDef> &statusCodes() const { return m_codes; }
    const std::vector<ReplyCodeDef> &replyCodes() const { return m_replies; }
    const std::vector<CommandDef> &commands() const { return m_commands; }
    const std::vector<TextRule> &rules() const { return m_rules; }
    const PhraseMatcher &phrases() const { return m_matcher; }
    int ruleOfPhrase(int phrase) const { return m_phraseRule[size_t(phrase)]; }
    bool isHint(int phrase) const { return m_phraseIsHint[size_t(phrase)]; }

    // The most specific status code entries for a code (all entries of the best specificity).
    std::vector<const StatusCodeDef *> lookupStatus(const QString &code) const;

private:
    std::vector<ReasonDef> m_reasons;
    QHash<QString, int> m_reasonIndex;
    std::vector<StatusCodeDef> m_codes;
    std::vector<ReplyCodeDef> m_replies;
    std::vector<CommandDef> m_commands;
    std::vector<TextRule> m_rules;
    PhraseMatcher m_matcher;
    std::vector<int> m_phraseRule;
    std::vector<bool> m_phraseIsHint;
};
