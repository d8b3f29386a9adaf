#include "KnowledgeBase.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

// The knowledge JSON is compiled into bd_common; static libraries need an explicit init.
static void initKnowledgeResource()
{
    Q_INIT_RESOURCE(bd_knowledge);
}

namespace {
const QString kReasonsFile = QStringLiteral("bounce-reasons.json");
const QString kCodesFile = QStringLiteral("bounce-status-codes.json");
const QString kRulesFile = QStringLiteral("bounce-rules.json");

Error fail(const QString &file, const QString &entry, const QString &what)
{
    if (entry.isEmpty())
        return Error{QStringLiteral("knowledge-invalid"), QCoreApplication::translate("KnowledgeBase", "%1: %2").arg(file, what)};
    return Error{QStringLiteral("knowledge-invalid"), QCoreApplication::translate("KnowledgeBase", "%1: entry “%2”: %3").arg(file, entry, what)};
}

Result<QJsonObject> readJson(const QString &dir, const QString &file)
{
    QFile f(dir + QLatin1Char('/') + file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(file, {}, QCoreApplication::translate("KnowledgeBase", "cannot be read (%1)").arg(f.errorString()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(file, {}, QCoreApplication::translate("KnowledgeBase", "invalid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString()));
    if (!doc.isObject())
        return fail(file, {}, QCoreApplication::translate("KnowledgeBase", "the top level must be an object"));
    return doc.object();
}

// Rejects fields we do not know so a typo ("phrase" for "phrases") is an error, not silence.
std::optional<Error> checkFields(const QString &file, const QString &entry, const QJsonObject &o,
                                 std::initializer_list<const char *> allowed,
                                 std::initializer_list<const char *> required)
{
    for (const char *r : required)
        if (!o.contains(QLatin1String(r)))
            return fail(file, entry, QCoreApplication::translate("KnowledgeBase", "missing field “%1”").arg(QLatin1String(r)));
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool known = false;
        for (const char *a : allowed)
            known = known || it.key() == QLatin1String(a);
        if (!known)
            return fail(file, entry, QCoreApplication::translate("KnowledgeBase", "unknown field “%1”").arg(it.key()));
    }
    return std::nullopt;
}

std::optional<Error> readString(const QString &file, const QString &entry, const QJsonObject &o,
                                const char *key, QString &out, bool required = true)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() && !required)
        return std::nullopt;
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return fail(file, entry, QCoreApplication::translate("KnowledgeBase", "field “%1” must be a non-empty string").arg(QLatin1String(key)));
    out = v.toString();
    return std::nullopt;
}

std::optional<Error> readWeight(const QString &file, const QString &entry, const QJsonObject &o, double &out)
{
    const QJsonValue v = o.value(QLatin1String("weight"));
    if (!v.isDouble() || v.toDouble() <= 0 || v.toDouble() > 1)
        return fail(file, entry, QCoreApplication::translate("KnowledgeBase", "field “weight” must be a number in (0, 1]"));
    out = v.toDouble();
    return std::nullopt;
}

std::optional<Error> readStringList(const QString &file, const QString &entry, const QJsonObject &o,
                                    const char *key, QStringList &out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isArray())
        return fail(file, entry, QCoreApplication::translate("KnowledgeBase", "field “%1” must be an array of strings").arg(QLatin1String(key)));
    for (const QJsonValue &e : v.toArray()) {
        if (!e.isString() || e.toString().trimmed().isEmpty())
            return fail(file, entry, QCoreApplication::translate("KnowledgeBase", "field “%1” must contain only non-empty strings").arg(QLatin1String(key)));
        out.append(e.toString());
    }
    return std::nullopt;
}

Result<QJsonArray> readEntries(const QString &file, const QJsonObject &root, const char *key)
{
    const QJsonValue v = root.value(QLatin1String(key));
    if (!v.isArray())
        return fail(file, {}, QCoreApplication::translate("KnowledgeBase", "missing array “%1”").arg(QLatin1String(key)));
    return v.toArray();
}

QString entryName(const QJsonValue &v, int index, const char *key = "id")
{
    const QString id = v.toObject().value(QLatin1String(key)).toString();
    return id.isEmpty() ? QStringLiteral("#%1").arg(index) : id;
}
}

Result<std::shared_ptr<const KnowledgeBase>> KnowledgeBase::load(const QString &dir)
{
    if (dir.startsWith(QLatin1Char(':')))
        initKnowledgeResource();
    auto kb = std::make_shared<KnowledgeBase>();

    // --- reasons ---
    {
        auto root = readJson(dir, kReasonsFile);
        if (!root)
            return root.error();
        auto entries = readEntries(kReasonsFile, root.value(), "reasons");
        if (!entries)
            return entries.error();
        int index = 0;
        for (const QJsonValue &v : entries.value()) {
            const QString name = entryName(v, index++);
            if (!v.isObject())
                return fail(kReasonsFile, name, QCoreApplication::translate("KnowledgeBase", "must be an object"));
            const QJsonObject o = v.toObject();
            if (auto e = checkFields(kReasonsFile, name, o, {"id", "cause", "priority", "persistent", "title", "explanation"},
                                     {"id", "cause", "title", "explanation"}))
                return *e;
            ReasonDef r;
            QString cause, title, explanation;
            if (auto e = readString(kReasonsFile, name, o, "id", r.id))
                return *e;
            if (auto e = readString(kReasonsFile, name, o, "cause", cause))
                return *e;
            if (auto e = readString(kReasonsFile, name, o, "title", title))
                return *e;
            if (auto e = readString(kReasonsFile, name, o, "explanation", explanation))
                return *e;
            const auto c = causeFromId(cause);
            if (!c)
                return fail(kReasonsFile, name, QCoreApplication::translate("KnowledgeBase", "unknown cause id “%1”").arg(cause));
            if (kb->m_reasonIndex.contains(r.id))
                return fail(kReasonsFile, name, QCoreApplication::translate("KnowledgeBase", "duplicate id"));
            r.cause = *c;
            const QJsonValue priority = o.value(QLatin1String("priority"));
            if (!priority.isUndefined() && !priority.isDouble())
                return fail(kReasonsFile, name, QCoreApplication::translate("KnowledgeBase", "field “priority” must be a number"));
            r.priority = priority.toInt(0);
            const QJsonValue persistent = o.value(QLatin1String("persistent"));
            if (!persistent.isUndefined() && !persistent.isBool())
                return fail(kReasonsFile, name, QCoreApplication::translate("KnowledgeBase", "field “persistent” must be true or false"));
            r.persistent = persistent.toBool(false);
            r.title = title.toUtf8();
            r.explanation = explanation.toUtf8();
            kb->m_reasonIndex.insert(r.id, int(kb->m_reasons.size()));
            kb->m_reasons.push_back(std::move(r));
        }
        for (const char *required : {"unknown", "delayed", "delivered"})
            if (!kb->m_reasonIndex.contains(QLatin1String(required)))
                return fail(kReasonsFile, QLatin1String(required), QCoreApplication::translate("KnowledgeBase", "this reason is required by the classifier"));
    }

    auto reasonOf = [&kb](const QString &file, const QString &name, const QJsonObject &o, int &out)
        -> std::optional<Error> {
        QString reason;
        if (auto e = readString(file, name, o, "reason", reason))
            return e;
        out = kb->reasonIndex(reason);
        if (out < 0)
            return fail(file, name, QCoreApplication::translate("KnowledgeBase", "unknown reason id “%1”").arg(reason));
        return std::nullopt;
    };

    // --- status and reply codes ---
    {
        auto root = readJson(dir, kCodesFile);
        if (!root)
            return root.error();
        auto entries = readEntries(kCodesFile, root.value(), "codes");
        if (!entries)
            return entries.error();
        QSet<QString> seen;
        int index = 0;
        for (const QJsonValue &v : entries.value()) {
            const QString name = entryName(v, index++, "code");
            if (!v.isObject())
                return fail(kCodesFile, name, QCoreApplication::translate("KnowledgeBase", "must be an object"));
            const QJsonObject o = v.toObject();
            if (auto e = checkFields(kCodesFile, name, o, {"code", "reason", "weight", "vendor", "meaning", "source"},
                                     {"code", "reason", "weight", "meaning"}))
                return *e;
            StatusCodeDef d;
            QString code;
            if (auto e = readString(kCodesFile, name, o, "code", code))
                return *e;
            const auto pattern = StatusCodePattern::parse(code);
            if (!pattern)
                return fail(kCodesFile, name, QCoreApplication::translate("KnowledgeBase", "“%1” is not a status code, range or wildcard").arg(code));
            if (seen.contains(pattern->text()))
                return fail(kCodesFile, name, QCoreApplication::translate("KnowledgeBase", "duplicate code"));
            seen.insert(pattern->text());
            d.pattern = *pattern;
            d.id = QStringLiteral("status:") + pattern->text();
            if (auto e = reasonOf(kCodesFile, name, o, d.reason))
                return *e;
            if (auto e = readWeight(kCodesFile, name, o, d.weight))
                return *e;
            if (auto e = readString(kCodesFile, name, o, "meaning", d.meaning))
                return *e;
            d.vendor = o.value(QLatin1String("vendor")).isString();
            kb->m_codes.push_back(std::move(d));
        }
        auto replies = readEntries(kCodesFile, root.value(), "replyCodes");
        if (!replies)
            return replies.error();
        index = 0;
        QSet<QString> seenReplies;
        for (const QJsonValue &v : replies.value()) {
            const QString name = entryName(v, index++, "code");
            if (!v.isObject())
                return fail(kCodesFile, name, QCoreApplication::translate("KnowledgeBase", "must be an object"));
            const QJsonObject o = v.toObject();
            if (auto e = checkFields(kCodesFile, name, o, {"code", "reason", "weight", "meaning"},
                                     {"code", "reason", "weight"}))
                return *e;
            ReplyCodeDef d;
            if (auto e = readString(kCodesFile, name, o, "code", d.code))
                return *e;
            static const QRegularExpression replyRe(QStringLiteral("^[245][0-9][0-9]$"));
            if (!replyRe.match(d.code).hasMatch())
                return fail(kCodesFile, name, QCoreApplication::translate("KnowledgeBase", "“%1” is not an SMTP reply code").arg(d.code));
            if (seenReplies.contains(d.code))
                return fail(kCodesFile, name, QCoreApplication::translate("KnowledgeBase", "duplicate code"));
            seenReplies.insert(d.code);
            d.id = QStringLiteral("reply:") + d.code;
            if (auto e = reasonOf(kCodesFile, name, o, d.reason))
                return *e;
            if (auto e = readWeight(kCodesFile, name, o, d.weight))
                return *e;
            kb->m_replies.push_back(std::move(d));
        }
        auto commands = readEntries(kCodesFile, root.value(), "smtpCommands");
        if (!commands)
            return commands.error();
        index = 0;
        QSet<QString> seenCommands;
        for (const QJsonValue &v : commands.value()) {
            const QString name = entryName(v, index++, "command");
            if (!v.isObject())
                return fail(kCodesFile, name, QCoreApplication::translate("KnowledgeBase", "must be an object"));
            const QJsonObject o = v.toObject();
            if (auto e = checkFields(kCodesFile, name, o, {"command", "reason", "weight", "meaning", "spans"},
                                     {"command", "reason", "weight", "spans"}))
                return *e;
            CommandDef d;
            if (auto e = readString(kCodesFile, name, o, "command", d.command))
                return *e;
            d.command = d.command.toUpper();
            if (auto e = readStringList(kCodesFile, name, o, "spans", d.spans))
                return *e;
            if (d.spans.isEmpty())
                return fail(kCodesFile, name, QCoreApplication::translate("KnowledgeBase", "field “spans” must not be empty"));
            if (seenCommands.contains(d.command))
                return fail(kCodesFile, name, QCoreApplication::translate("KnowledgeBase", "duplicate command"));
            seenCommands.insert(d.command);
            d.id = QStringLiteral("command:") + d.command;
            if (auto e = reasonOf(kCodesFile, name, o, d.reason))
                return *e;
            if (auto e = readWeight(kCodesFile, name, o, d.weight))
                return *e;
            kb->m_commands.push_back(std::move(d));
        }
    }

    // --- text rules ---
    {
        auto root = readJson(dir, kRulesFile);
        if (!root)
            return root.error();
        auto entries = readEntries(kRulesFile, root.value(), "rules");
        if (!entries)
            return entries.error();
        QSet<QString> ids;
        int index = 0;
        for (const QJsonValue &v : entries.value()) {
            const QString name = entryName(v, index++);
            if (!v.isObject())
                return fail(kRulesFile, name, QCoreApplication::translate("KnowledgeBase", "must be an object"));
            const QJsonObject o = v.toObject();
            if (auto e = checkFields(kRulesFile, name, o,
                                     {"id", "reason", "weight", "phrases", "regex", "hints", "status", "reply", "excludes", "at", "lang", "source", "note"},
                                     {"id", "reason", "weight"}))
                return *e;
            TextRule r;
            if (auto e = readString(kRulesFile, name, o, "id", r.id))
                return *e;
            if (ids.contains(r.id))
                return fail(kRulesFile, name, QCoreApplication::translate("KnowledgeBase", "duplicate id"));
            ids.insert(r.id);
            if (auto e = reasonOf(kRulesFile, name, o, r.reason))
                return *e;
            if (auto e = readWeight(kRulesFile, name, o, r.weight))
                return *e;
            QStringList phrases, regexes, hints, status, reply, excludes;
            if (auto e = readStringList(kRulesFile, name, o, "phrases", phrases))
                return *e;
            if (auto e = readStringList(kRulesFile, name, o, "regex", regexes))
                return *e;
            if (auto e = readStringList(kRulesFile, name, o, "hints", hints))
                return *e;
            if (!hints.isEmpty() && regexes.isEmpty())
                return fail(kRulesFile, name, QCoreApplication::translate("KnowledgeBase", "“hints” only make sense with “regex”"));
            if (auto e = readStringList(kRulesFile, name, o, "status", status))
                return *e;
            if (auto e = readStringList(kRulesFile, name, o, "reply", reply))
                return *e;
            if (auto e = readStringList(kRulesFile, name, o, "excludes", excludes))
                return *e;
            for (const QString &x : excludes) {
                const int xi = kb->reasonIndex(x);
                if (xi < 0)
                    return fail(kRulesFile, name, QCoreApplication::translate("KnowledgeBase", "unknown reason id “%1” in “excludes”").arg(x));
                r.excludes.push_back(xi);
            }
            if (phrases.isEmpty() && regexes.isEmpty())
                return fail(kRulesFile, name, QCoreApplication::translate("KnowledgeBase", "needs at least one of “phrases” or “regex”"));
            for (const QString &re : regexes) {
                QRegularExpression rx(re, QRegularExpression::CaseInsensitiveOption);
                if (!rx.isValid())
                    return fail(kRulesFile, name, QCoreApplication::translate("KnowledgeBase", "invalid regex “%1”: %2 at offset %3")
                                                      .arg(re, rx.errorString())
                                                      .arg(rx.patternErrorOffset()));
                rx.optimize();
                r.regexes.push_back(std::move(rx));
            }
            for (const QString &s : status) {
                const auto p = StatusCodePattern::parse(s);
                if (!p)
                    return fail(kRulesFile, name, QCoreApplication::translate("KnowledgeBase", "“%1” is not a status code, range or wildcard").arg(s));
                r.whenStatus.push_back(*p);
            }
            static const QRegularExpression replyRe(QStringLiteral("^[245]([0-9][0-9])?$"));
            for (const QString &s : reply) {
                if (!replyRe.match(s).hasMatch())
                    return fail(kRulesFile, name, QCoreApplication::translate("KnowledgeBase", "“%1” is not a reply code or class").arg(s));
                r.whenReply.append(s);
            }
            const int ruleIndex = int(kb->m_rules.size());
            for (const QString &p : phrases) {
                if (PhraseMatcher::foldPhrase(p).isEmpty())
                    return fail(kRulesFile, name, QCoreApplication::translate("KnowledgeBase", "empty phrase"));
                kb->m_matcher.add(p);
                kb->m_phraseRule.push_back(ruleIndex);
                kb->m_phraseIsHint.push_back(false);
            }
            // Hints are literals a regex cannot match without; the phrase pass finds them for free,
            // so most regexes never run.
            for (const QString &p : hints) {
                if (PhraseMatcher::foldPhrase(p).isEmpty())
                    return fail(kRulesFile, name, QCoreApplication::translate("KnowledgeBase", "empty hint"));
                kb->m_matcher.add(p);
                kb->m_phraseRule.push_back(ruleIndex);
                kb->m_phraseIsHint.push_back(true);
            }
            r.gated = !hints.isEmpty();
            const QJsonValue at = o.value(QLatin1String("at"));
            if (!at.isUndefined()) {
                if (at.toString() != QLatin1String("recipient-server"))
                    return fail(kRulesFile, name, QCoreApplication::translate("KnowledgeBase", "field “at” must be “recipient-server”"));
                r.atRecipientServer = true;
            }
            kb->m_rules.push_back(std::move(r));
        }
        kb->m_matcher.build();
    }
    return std::shared_ptr<const KnowledgeBase>(std::move(kb));
}

std::vector<const StatusCodeDef *> KnowledgeBase::lookupStatus(const QString &code) const
{
    std::vector<const StatusCodeDef *> best;
    int k, s, d;
    if (!StatusCodePattern::split(code, k, s, d))
        return best;
    int bestSpec = -1;
    for (const StatusCodeDef &def : m_codes) {
        if (!def.pattern.matches(k, s, d))
            continue;
        const int spec = def.pattern.specificity();
        if (spec > bestSpec) {
            best.clear();
            bestSpec = spec;
        }
        if (spec == bestSpec)
            best.push_back(&def);
    }
    return best;
}
