#include "Classifier.h"

#include "KnowledgeBase.h"
#include "RegexMatch.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace {
// Only the start of a long paste is searched: the reply and its explanation come first, and the
// returned message (which can be anything, including words like "spam") comes last.
constexpr qsizetype kMaxTextScan = 16 * 1024;
constexpr double kSubjectFactor = 0.7;
constexpr double kTextFactor = 0.5;         // bounce text next to a per-recipient diagnostic
constexpr double kTextOnlyFactor = 0.95;    // bounce text when the failure has no diagnostic
constexpr double kRepeatDiscount = 0.5;
constexpr qsizetype kMaxSpans = 3;        // evidence spans kept per rule
constexpr double kHeadlineMargin = 0.25;  // how much better a later recipient must be to lead
constexpr double kRetryReasonNeeded = 0.4;  // support a specific temporary reason needs in a delay notice
constexpr double kNoFailureTextNeeded = 0.75; // a text-only paste must state its reason this clearly
constexpr double kExcludedFactor = 0.35;    // a reason another finding speaks against

const QRegularExpression &enhancedCodeRe()
{
    static const QRegularExpression re(QStringLiteral("(?<![0-9.])([245]\\.[0-9]{1,3}\\.[0-9]{1,3})(?![0-9]|\\.[0-9])"));
    return re;
}

const QRegularExpression &replyCodeRe()
{
    static const QRegularExpression re(QStringLiteral("(?:^|[\\s'\"(\\[:;=#<])([45][0-9][0-9])(?=[\\s-]|$)"));
    return re;
}

bool isEnhancedCode(const QString &s)
{
    int k, sub, d;
    return StatusCodePattern::split(s, k, sub, d);
}

// What a rule found in one of the three places a bounce says something.
struct RuleHit
{
    double factor = 0;
    QStringList spans;  // distinct, longest first, at most kMaxSpans

    void addSpan(const QString &span)
    {
        if (span.isEmpty() || spans.contains(span, Qt::CaseInsensitive))
            return;
        auto at = std::find_if(spans.begin(), spans.end(), [&](const QString &s) { return s.size() < span.size(); });
        spans.insert(at, span);
        if (spans.size() > kMaxSpans)
            spans.removeLast();
    }
};

// Per-bounce matching state, shared by all its failures: the subject and the human-readable text
// are searched once, whatever the number of recipients.
struct BounceScan
{
    QStringList reporterHosts;         // reporting MTA and the bounce sender's domain, lower case
    bool actionStated = true;          // false for a bare reply line: its action is guessed from the code
    std::vector<RuleHit> subjectHits;  // best hit per rule
    std::vector<RuleHit> textHits;
};

struct Contribution
{
    int reason;
    double weight;
    bool fromText;
    Evidence evidence;
};

struct Scored
{
    std::vector<double> score;      // per reason, the contributions combined (see combine())
    std::vector<double> textScore;  // the same from text rules only
    std::vector<Contribution> contributions;
    std::vector<std::pair<int, Evidence>> extraEvidence;  // further spans of a rule: shown, not counted
    QString status, replyCode;      // effective codes
    int klass = 0;                  // 2, 4, 5 or 0 when unknown
    int reason = -1;
    double confidence = 0;
    QList<Evidence> evidence;
    QStringList notes;              // translated, why a class rule overrode the text
};

void collectHits(const KnowledgeBase &kb, const QString &original, const FoldedText &folded,
                 std::vector<RuleHit> &best, double factor)
{
    const auto &rules = kb.rules();
    std::vector<char> hinted(rules.size(), 0);
    for (const PhraseMatcher::Hit &h : kb.phrases().find(folded)) {
        const size_t rule = size_t(kb.ruleOfPhrase(h.phrase));
        if (kb.isHint(h.phrase)) {
            hinted[rule] = 1;
            continue;
        }
        RuleHit &slot = best[rule];
        if (slot.factor > factor)
            continue;
        if (slot.factor < factor) {
            slot.factor = factor;
            slot.spans.clear();
        }
        slot.addSpan(folded.originalSpan(original, h.start, h.length));
    }
    for (size_t i = 0; i < rules.size(); ++i) {
        if (best[i].factor >= factor || rules[i].regexes.empty() || (rules[i].gated && !hinted[i]))
            continue;
        for (const QRegularExpression &re : rules[i].regexes) {
            const auto m = RegexMatch::match(re, original);
            if (m.hasMatch() && m.capturedLength() > 0) {
                best[i].factor = factor;
                best[i].spans = QStringList{m.captured(0)};
                break;
            }
        }
    }
}

bool isNonFailureAction(const QString &action)
{
    return action == QLatin1String("delivered") || action == QLatin1String("relayed")
        || action == QLatin1String("expanded");
}

class Engine
{
public:
    explicit Engine(const KnowledgeBase &kb) : m_kb(kb) { }

    BounceScan scanBounce(const Bounce &bounce) const
    {
        BounceScan scan;
        scan.actionStated = bounce.format != QLatin1String("reply-line");
        if (!bounce.reportingMta.isEmpty())
            scan.reporterHosts.append(bounce.reportingMta.trimmed().toLower());
        const qsizetype at = bounce.from.lastIndexOf(QLatin1Char('@'));
        if (at >= 0)
            scan.reporterHosts.append(bounce.from.mid(at + 1).remove(QLatin1Char('>')).trimmed().toLower());
        const size_t n = m_kb.rules().size();
        scan.subjectHits.assign(n, {});
        scan.textHits.assign(n, {});
        if (!bounce.subject.isEmpty())
            collectHits(m_kb, bounce.subject, FoldedText::fold(bounce.subject), scan.subjectHits, 1);
        if (!bounce.text.isEmpty()) {
            const QString text = bounce.text.left(kMaxTextScan);
            collectHits(m_kb, text, FoldedText::fold(text), scan.textHits, 1);
        }
        return scan;
    }

    Scored score(const DeliveryFailure &f, const BounceScan &scan) const
    {
        Scored s;
        const size_t nReasons = m_kb.reasons().size();
        s.score.assign(nReasons, 0);
        s.textScore.assign(nReasons, 0);

        // --- codes: the DSN's Status plus the codes the remote server wrote in its reply ---
        QStringList codes;
        QStringList codeSpans;
        if (isEnhancedCode(f.status)) {
            codes.append(f.status.trimmed());
            codeSpans.append(f.diagnostic.contains(f.status.trimmed()) ? f.status.trimmed() : f.status);
        }
        auto it = RegexMatch::globalMatch(enhancedCodeRe(), f.diagnostic.left(4096));
        while (it.hasNext() && codes.size() < 4) {
            const QString c = it.next().captured(1);
            if (!codes.contains(c)) {
                codes.append(c);
                codeSpans.append(c);
            }
        }
        s.status = codes.value(0);
        // A generic x.0.0 in the DSN says less than the remote server's own code.
        if (codes.size() > 1 && (s.status.endsWith(QLatin1String(".0.0")) || s.status.isEmpty()))
            s.status = codes.at(1);
        s.replyCode = f.replyCode.trimmed();
        if (s.replyCode.isEmpty()) {
            const auto m = RegexMatch::match(replyCodeRe(), f.diagnostic.left(4096));
            if (m.hasMatch())
                s.replyCode = m.captured(1);
        }
        if (!s.status.isEmpty())
            s.klass = s.status.at(0).digitValue();
        else if (!s.replyCode.isEmpty())
            s.klass = s.replyCode.at(0).digitValue();
        // The remote reply's class wins over a DSN status the reporting MTA made up after retries.
        if (!s.replyCode.isEmpty() && s.klass == 5 && s.replyCode.at(0) == QLatin1Char('4') && codes.size() <= 1)
            s.klass = 4;

        QStringList usedDefs;
        for (qsizetype i = 0; i < codes.size(); ++i) {
            for (const StatusCodeDef *def : m_kb.lookupStatus(codes.at(i))) {
                if (usedDefs.contains(def->id))
                    continue;
                usedDefs.append(def->id);
                // The first code found is the one the failure is about; later ones are context.
                const double w = def->weight * (i == 0 || codes.at(i) == s.status ? 1.0 : 0.8);
                add(s, def->reason, w, false,
                    Evidence{def->vendor ? QStringLiteral("vendor-code") : QStringLiteral("status"), codeSpans.at(i), def->id, w});
            }
        }
        for (const ReplyCodeDef &def : m_kb.replyCodes()) {
            if (def.code == s.replyCode)
                add(s, def.reason, def.weight, false, Evidence{QStringLiteral("reply-code"), s.replyCode, def.id, def.weight});
        }

        const QString command = f.smtpCommand.trimmed().toUpper();
        for (const CommandDef &def : m_kb.commands()) {
            if (command.isEmpty() || def.command != command)
                continue;
            // Evidence must be a span of the input, so the prior counts only where the bounce names it.
            const QString span = commandSpan(def, f.diagnostic);
            if (!span.isEmpty())
                add(s, def.reason, def.weight, false, Evidence{QStringLiteral("dsn-field"), span, def.id, def.weight});
        }

        // --- text rules ---
        const auto &rules = m_kb.rules();
        std::vector<RuleHit> diagHits(rules.size());
        if (!f.diagnostic.isEmpty())
            collectHits(m_kb, f.diagnostic, FoldedText::fold(f.diagnostic, kMaxTextScan), diagHits, 1);
        // A diagnostic that is only codes ("550 5.1.10") leaves the explaining to the bounce text.
        const bool diagnosticHasWords = hasWords(f.diagnostic);
        const double textFactor = diagnosticHasWords ? kTextFactor : kTextOnlyFactor;
        std::vector<double> damp(nReasons, 1.0);
        for (size_t i = 0; i < rules.size(); ++i) {
            const TextRule &rule = rules[i];
            RuleHit hit = diagHits[i];
            if (hit.factor == 0 && scan.subjectHits[i].factor > 0)
                hit = RuleHit{kSubjectFactor, scan.subjectHits[i].spans};
            if (hit.factor == 0 && scan.textHits[i].factor > 0)
                hit = RuleHit{textFactor, scan.textHits[i].spans};
            if (hit.factor == 0 || !conditionsHold(rule, codes, s.replyCode))
                continue;
            if (rule.atRecipientServer && !fromRecipientServer(f, scan))
                continue;
            const double w = rule.weight * hit.factor;
            add(s, rule.reason, w, true, Evidence{QStringLiteral("text"), hit.spans.front(), rule.id, w});
            for (qsizetype k = 1; k < hit.spans.size(); ++k)
                s.extraEvidence.push_back({rule.reason, Evidence{QStringLiteral("text"), hit.spans.at(k), rule.id, w}});
            // Only a finding about this recipient's reply speaks against other readings of it.
            if (hit.factor >= 1 || !diagnosticHasWords)
                for (int x : rule.excludes)
                    damp[size_t(x)] = kExcludedFactor;
        }
        finishScores(s, damp);
        decide(s, f, scan);
        return s;
    }

private:
    static bool hasWords(const QString &text)
    {
        int letters = 0;
        for (QChar c : text)
            if (c.isLetter() && ++letters >= 4)
                return true;
        return false;
    }

    // True when the bounce was written by a server of the recipient's own domain, which knows its
    // users: "unrouteable" there means the user, elsewhere usually the domain.
    static bool fromRecipientServer(const DeliveryFailure &f, const BounceScan &scan)
    {
        const qsizetype at = f.recipient.lastIndexOf(QLatin1Char('@'));
        if (at < 0)
            return false;
        const QString domain = f.recipient.mid(at + 1).trimmed().toLower();
        if (domain.isEmpty())
            return false;
        for (const QString &host : scan.reporterHosts)
            if (host == domain || host.endsWith(QLatin1Char('.') + domain))
                return true;
        return false;
    }

    static QString commandSpan(const CommandDef &def, const QString &diagnostic)
    {
        for (const QString &name : def.spans) {
            const qsizetype at = diagnostic.indexOf(name, 0, Qt::CaseInsensitive);
            if (at >= 0)
                return diagnostic.mid(at, name.size());
        }
        return {};
    }

    // A rule with conditions applies when any listed status code or reply code matches.
    static bool conditionsHold(const TextRule &rule, const QStringList &codes, const QString &reply)
    {
        if (rule.whenStatus.empty() && rule.whenReply.isEmpty())
            return true;
        for (const StatusCodePattern &p : rule.whenStatus)
            for (const QString &c : codes)
                if (p.matches(c))
                    return true;
        for (const QString &r : rule.whenReply)
            if (!reply.isEmpty() && reply.startsWith(r))
                return true;
        return false;
    }

    void add(Scored &s, int reason, double weight, bool fromText, Evidence ev) const
    {
        s.contributions.push_back({reason, std::clamp(weight, 0.0, 0.99), fromText, std::move(ev)});
    }

    // Independent findings reinforce each other, but each further finding for the same reason counts
    // half as much as the one before: several phrasings of one fact are not several facts.
    static double combine(std::vector<double> weights, double damp)
    {
        std::sort(weights.begin(), weights.end(), std::greater<double>());
        double miss = 1, factor = 1;
        for (double w : weights) {
            miss *= 1 - w * factor;
            factor *= kRepeatDiscount;
        }
        return (1 - miss) * damp;
    }

    void finishScores(Scored &s, const std::vector<double> &damp) const
    {
        const size_t n = s.score.size();
        std::vector<std::vector<double>> all(n), text(n);
        // Two rules quoting the same words are one finding, not two.
        std::vector<const Contribution *> kept;
        for (const Contribution &c : s.contributions) {
            auto same = std::find_if(kept.begin(), kept.end(), [&](const Contribution *k) {
                return k->reason == c.reason && k->fromText == c.fromText && k->evidence.text == c.evidence.text;
            });
            if (same == kept.end())
                kept.push_back(&c);
            else if ((*same)->weight < c.weight)
                *same = &c;
        }
        for (const Contribution *c : kept) {
            all[size_t(c->reason)].push_back(c->weight);
            if (c->fromText)
                text[size_t(c->reason)].push_back(c->weight);
        }
        for (size_t r = 0; r < n; ++r) {
            s.score[r] = all[r].empty() ? 0 : combine(all[r], damp[r]);
            s.textScore[r] = text[r].empty() ? 0 : combine(text[r], damp[r]);
        }
    }

    Cause causeOf(int reason) const { return m_kb.reasons()[size_t(reason)].cause; }

    // The best reason among those a predicate allows; -1 when none has any support.
    template<class Pred>
    int best(const Scored &s, Pred allowed) const
    {
        int bestIndex = -1;
        for (size_t i = 0; i < s.score.size(); ++i) {
            if (s.score[i] <= 0 || !allowed(int(i)))
                continue;
            if (bestIndex < 0 || s.score[i] > s.score[size_t(bestIndex)] + 1e-9
                || (std::abs(s.score[i] - s.score[size_t(bestIndex)]) <= 1e-9
                    && m_kb.reasons()[i].priority > m_kb.reasons()[size_t(bestIndex)].priority))
                bestIndex = int(i);
        }
        return bestIndex;
    }

    int reasonId(const char *id) const { return m_kb.reasonIndex(QLatin1String(id)); }

    // The temporary reason to report. After the sender gave up, "expired" says it best unless the
    // text names the cause (greylisting, rate limit...); while retrying, a temporary reason with
    // fair support beats the generic "delayed".
    int temporaryReason(const Scored &s, bool gaveUp, bool stillRetrying, double needed = kRetryReasonNeeded) const
    {
        const int expired = reasonId("expired");
        const int delayed = reasonId("delayed");
        const int network = reasonId("network");
        const int serverBusy = reasonId("server-busy");
        if (gaveUp) {
            const int named = best(s, [&](int r) {
                return causeOf(r) == Cause::Temporary && r != expired && r != delayed && r != network && r != serverBusy
                    && s.textScore[size_t(r)] >= 0.6;
            });
            return named >= 0 ? named : (expired >= 0 ? expired : delayed);
        }
        const int specific = best(s, [&](int r) {
            return causeOf(r) == Cause::Temporary && r != expired && r != delayed
                && (!stillRetrying || s.score[size_t(r)] >= needed);
        });
        return specific >= 0 ? specific : delayed;
    }

    void decide(Scored &s, const DeliveryFailure &f, const BounceScan &scan) const
    {
        // For a bare reply line the parser guesses the action from the code; that is no statement.
        const QString action = scan.actionStated || isNonFailureAction(f.action.trimmed().toLower())
            ? f.action.trimmed().toLower() : QString();
        const bool failedAction = action == QLatin1String("failed");
        const bool delayedAction = action == QLatin1String("delayed");
        // Parsers call any prose bounce "failed", so only a code or "delayed" proves a failure.
        const bool failureSignalled = delayedAction || s.klass == 4 || s.klass == 5;

        if (isNonFailureAction(action)) {
            const int relayed = reasonId("relayed");
            s.reason = (action != QLatin1String("delivered") && relayed >= 0) ? relayed : reasonId("delivered");
            s.confidence = 0.95;
            s.evidence.append(Evidence{QStringLiteral("dsn-field"), f.action, QStringLiteral("action:") + action, 0.95});
            return;
        }

        // An auto-reply or report found in the text does not outweigh an actual failure code.
        auto allowedMain = [&](int r) { return !(failureSignalled && causeOf(r) == Cause::NotAFailure); };
        int chosen = best(s, allowedMain);
        const bool transient = delayedAction || s.klass == 4;
        if (transient && (chosen < 0 || causeOf(chosen) != Cause::Temporary)) {
            // A deferral is temporary unless the bounce clearly names a cause worth fixing: after the
            // sender gave up (action failed) the last reason counts; a bare 4xx reply counts when it
            // names a cause retrying cannot cure; a delay notice only yields to recipient-side facts.
            bool keep = false;
            if (chosen >= 0 && causeOf(chosen) != Cause::Unknown) {
                const bool persistent = m_kb.reasons()[size_t(chosen)].persistent && s.textScore[size_t(chosen)] >= 0.6;
                const bool recipientSide = causeOf(chosen) == Cause::InvalidRecipient || causeOf(chosen) == Cause::RecipientMailbox;
                if (failedAction)
                    keep = s.score[size_t(chosen)] >= 0.45;
                else if (delayedAction)
                    keep = persistent && recipientSide;  // a delay notice: only facts about the recipient overrule it
                else
                    keep = persistent;  // a bare 4xx reply naming a cause that retrying cannot cure
            }
            if (!keep) {
                s.notes.append(delayedAction ? QCoreApplication::translate("Classifier", "The message was only delayed: the sending server keeps retrying.")
                                             : QCoreApplication::translate("Classifier", "The reply is a temporary (4xx) refusal."));
                // When the bounce names another cause, a specific temporary reason needs as strong a case.
                const double needed = chosen >= 0 && s.score[size_t(chosen)] >= 0.6 ? 0.6 : kRetryReasonNeeded;
                chosen = temporaryReason(s, failedAction, delayedAction, needed);
            }
        } else if (failedAction && s.klass == 4 && causeOf(chosen) == Cause::Temporary) {
            // The sender retried a temporary failure until it gave up: the message expired.
            chosen = temporaryReason(s, true, false);
        } else if (delayedAction && causeOf(chosen) == Cause::Temporary) {
            chosen = temporaryReason(s, false, true);
        }
        if (chosen < 0) {
            s.reason = reasonId("unknown");
            s.confidence = 0;
            if (!s.status.isEmpty())
                s.evidence.append(Evidence{QStringLiteral("status"), s.status, QString(), 0});
            return;
        }
        s.reason = chosen;

        // Confidence: the support for the winner, reduced by the strongest rival cause.
        const double top = s.score[size_t(chosen)];
        double rival = 0;
        for (size_t i = 0; i < s.score.size(); ++i)
            if (causeOf(int(i)) != causeOf(chosen) && allowedMain(int(i)))
                rival = std::max(rival, s.score[i]);
        // A distant rival costs little, an equal one 40 %.
        const double ratio = top <= 0 ? 1.0 : std::min(1.0, rival / top);
        double confidence = top <= 0 ? 0.5 : top * (1 - 0.4 * ratio * ratio);
        if (!s.notes.isEmpty())
            confidence = std::max(confidence, 0.6);
        s.confidence = std::clamp(confidence, 0.05, 0.99);

        for (const Contribution &c : s.contributions)
            if (c.reason == chosen)
                s.evidence.append(c.evidence);
        for (const auto &[reason, ev] : s.extraEvidence)
            if (reason == chosen)
                s.evidence.append(ev);
        std::stable_sort(s.evidence.begin(), s.evidence.end(),
                         [](const Evidence &a, const Evidence &b) { return a.weight > b.weight; });
        const bool hasStatus = std::any_of(s.evidence.cbegin(), s.evidence.cend(), [](const Evidence &e) {
            return e.kind == QLatin1String("status") || e.kind == QLatin1String("vendor-code");
        });
        if (!hasStatus && !s.status.isEmpty())
            s.evidence.append(Evidence{QStringLiteral("status"), s.status, QString(), 0});
    }

    const KnowledgeBase &m_kb;
};

// classify() and diagnose() are called one after the other on the same bounce (BounceAnalyzer);
// the second call reuses the scores instead of matching everything again.
struct ScoreCache
{
    const KnowledgeBase *knowledge = nullptr;
    const Bounce *bounce = nullptr;
    size_t fingerprint = 0;
    std::vector<Scored> scored;
};
thread_local ScoreCache t_cache;

size_t fingerprintOf(const Bounce &b)
{
    size_t h = qHash(b.text) ^ (qHash(b.subject) * 31) ^ (qHash(b.reportingMta) * 7) ^ (qHash(b.from) * 13);
    for (const DeliveryFailure &f : b.failures)
        h = h * 1000003u ^ qHash(f.diagnostic) ^ (qHash(f.status) * 3) ^ (qHash(f.replyCode) * 5)
            ^ (qHash(f.action) * 11) ^ (qHash(f.recipient) * 17) ^ (qHash(f.smtpCommand) * 19);
    return h ^ size_t(b.failures.size());
}

int causeRank(Cause c)
{
    if (isFixableCause(c))
        return 3;
    if (c == Cause::Unknown)
        return 2;
    if (c == Cause::Temporary)
        return 1;
    return 0;
}
}

Classifier::Classifier(std::shared_ptr<const KnowledgeBase> knowledge, QString loadError)
    : m_knowledge(std::move(knowledge)), m_loadError(std::move(loadError))
{
}

const Classifier &Classifier::instance()
{
    static const Classifier classifier = [] {
        auto loaded = load();
        if (loaded)
            return std::move(loaded).value();
        qWarning("Bounce knowledge failed to load: %s", qUtf8Printable(loaded.error().message));
        return Classifier(nullptr, loaded.error().message);
    }();
    return classifier;
}

Result<Classifier> Classifier::load(const QString &dir)
{
    auto kb = KnowledgeBase::load(dir);
    if (!kb)
        return kb.error();
    return Classifier(std::move(kb).value(), QString());
}

QString Classifier::loadError() const
{
    return m_loadError;
}

void Classifier::classify(Bounce &bounce) const
{
    if (!m_knowledge) {
        for (DeliveryFailure &f : bounce.failures) {
            f.reason = QStringLiteral("unknown");
            f.cause = Cause::Unknown;
            f.confidence = 0;
            f.evidence.clear();
        }
        return;
    }
    const Engine engine(*m_knowledge);
    const BounceScan scan = engine.scanBounce(bounce);
    std::vector<Scored> scored;
    scored.reserve(size_t(bounce.failures.size()));
    for (DeliveryFailure &f : bounce.failures) {
        Scored s = engine.score(f, scan);
        const ReasonDef &r = m_knowledge->reasons()[size_t(s.reason)];
        f.reason = r.id;
        f.cause = r.cause;
        f.confidence = s.confidence;
        f.evidence = s.evidence;
        scored.push_back(std::move(s));
    }
    t_cache = ScoreCache{m_knowledge.get(), &bounce, fingerprintOf(bounce), std::move(scored)};
}

Diagnosis Classifier::diagnose(const Bounce &bounce) const
{
    Diagnosis d;
    d.reason = QStringLiteral("unknown");
    if (!m_knowledge)
        return d;
    const Engine engine(*m_knowledge);
    std::vector<Scored> scored;
    if (!bounce.failures.isEmpty() && t_cache.knowledge == m_knowledge.get() && t_cache.bounce == &bounce
        && t_cache.scored.size() == size_t(bounce.failures.size()) && t_cache.fingerprint == fingerprintOf(bounce)) {
        scored = t_cache.scored;
    } else if (bounce.failures.isEmpty()) {
        const BounceScan scan = engine.scanBounce(bounce);
        // Nothing failed per recipient: the text may still be an auto-reply, a report or a notice.
        DeliveryFailure none;
        scored.push_back(engine.score(none, scan));
        const Scored &s = scored.front();
        const ReasonDef &r = m_knowledge->reasons()[size_t(s.reason)];
        const bool clear = s.textScore[size_t(s.reason)] >= kNoFailureTextNeeded;
        if (r.cause != Cause::NotAFailure && r.cause != Cause::Unknown && !clear) {
            // Without a failure, only a non-failure finding or a clear statement is meaningful.
            d.confidence = 0;
            d.ranking.append(CauseScore{Cause::Unknown, 0, {QCoreApplication::translate("Classifier", "No failed recipient was found in the message.")}});
            return d;
        }
    } else {
        const BounceScan scan = engine.scanBounce(bounce);
        for (const DeliveryFailure &f : bounce.failures)
            scored.push_back(engine.score(f, scan));
    }

    size_t head = 0;
    for (size_t i = 1; i < scored.size(); ++i) {
        const Cause a = m_knowledge->reasons()[size_t(scored[i].reason)].cause;
        const Cause b = m_knowledge->reasons()[size_t(scored[head].reason)].cause;
        // The first permanent failure is the headline; a later one only wins with a more severe
        // kind of cause or clearly better support.
        if (causeRank(a) > causeRank(b)
            || (causeRank(a) == causeRank(b) && scored[i].confidence > scored[head].confidence + kHeadlineMargin))
            head = i;
    }
    const Scored &h = scored[head];
    const ReasonDef &hr = m_knowledge->reasons()[size_t(h.reason)];
    d.cause = hr.cause;
    d.reason = hr.id;
    d.status = bounce.failures.isEmpty() ? h.status : bounce.failures[qsizetype(head)].status;
    if (d.status.isEmpty())
        d.status = h.status;
    d.replyCode = h.replyCode;
    d.confidence = h.confidence;
    d.evidence = h.evidence;

    // Ranking: per cause, the best support any recipient gave it.
    struct Agg
    {
        double score = 0;
        const Scored *from = nullptr;
        int reason = -1;
    };
    std::vector<Agg> agg(10);
    for (const Scored &s : scored) {
        for (size_t r = 0; r < s.score.size(); ++r) {
            const int c = int(m_knowledge->reasons()[r].cause);
            if (s.score[r] > agg[size_t(c)].score)
                agg[size_t(c)] = Agg{s.score[r], &s, int(r)};
        }
    }
    auto whyFor = [this](const Scored &s, int reason) {
        QStringList why;
        const QString title = reasonTitle(m_knowledge->reasons()[size_t(reason)].id);
        for (const Contribution &c : s.contributions) {
            if (c.reason != reason || why.size() >= 3)
                continue;
            const Evidence &e = c.evidence;
            if (e.kind == QLatin1String("text"))
                why.append(QCoreApplication::translate("Classifier", "The bounce says “%1”: %2").arg(e.text, title));
            else if (e.kind == QLatin1String("vendor-code"))
                why.append(QCoreApplication::translate("Classifier", "Provider code %1: %2").arg(e.text, title));
            else if (e.kind == QLatin1String("reply-code"))
                why.append(QCoreApplication::translate("Classifier", "Reply code %1: %2").arg(e.text, title));
            else
                why.append(QCoreApplication::translate("Classifier", "Status code %1: %2").arg(e.text, title));
        }
        for (const auto &[r, e] : s.extraEvidence)
            if (r == reason && why.size() < 4)
                why.append(QCoreApplication::translate("Classifier", "The bounce says “%1”: %2").arg(e.text, title));
        return why;
    };
    CauseScore headline{d.cause, d.confidence, whyFor(h, h.reason)};
    headline.why.append(h.notes);
    if (hr.cause == Cause::NotAFailure && h.evidence.size() == 1 && h.evidence.front().kind == QLatin1String("dsn-field"))
        headline.why.append(QCoreApplication::translate("Classifier", "The report says the message was %1.").arg(h.evidence.front().text));
    d.ranking.append(headline);
    std::vector<CauseScore> rest;
    for (size_t c = 0; c < agg.size(); ++c) {
        if (Cause(c) == d.cause || agg[c].score <= 0 || !agg[c].from)
            continue;
        rest.push_back(CauseScore{Cause(c), std::min(agg[c].score, d.confidence > 0 ? std::max(0.01, agg[c].score * 0.9) : agg[c].score),
                                  whyFor(*agg[c].from, agg[c].reason)});
    }
    std::sort(rest.begin(), rest.end(), [](const CauseScore &a, const CauseScore &b) { return a.confidence > b.confidence; });
    for (CauseScore &c : rest)
        d.ranking.append(std::move(c));
    return d;
}

QStringList Classifier::reasonIds() const
{
    QStringList ids;
    if (m_knowledge)
        for (const ReasonDef &r : m_knowledge->reasons())
            ids.append(r.id);
    return ids;
}

Cause Classifier::causeOf(const QString &reasonId) const
{
    if (!m_knowledge)
        return Cause::Unknown;
    const int i = m_knowledge->reasonIndex(reasonId);
    return i < 0 ? Cause::Unknown : m_knowledge->reasons()[size_t(i)].cause;
}

QString Classifier::reasonTitle(const QString &reasonId) const
{
    if (!m_knowledge)
        return reasonId;
    const int i = m_knowledge->reasonIndex(reasonId);
    if (i < 0)
        return reasonId;
    return QCoreApplication::translate("BounceReason", m_knowledge->reasons()[size_t(i)].title.constData());
}

QString Classifier::reasonExplanation(const QString &reasonId) const
{
    if (!m_knowledge)
        return {};
    const int i = m_knowledge->reasonIndex(reasonId);
    if (i < 0)
        return {};
    return QCoreApplication::translate("BounceReason", m_knowledge->reasons()[size_t(i)].explanation.constData());
}
