#include "FixPlan.h"

#include "GuideSteps.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
QString trStep(const QString &source)
{
    return QCoreApplication::translate("GuideStep", source.toUtf8().constData());
}

QList<FixText> fixesFor(const QString &stepId, const Bounce &bounce, const Diagnosis &diagnosis,
                        const InvestigationResult &inv)
{
    QList<FixText> out;
    const Facts &f = inv.facts;
    auto add = [&](FixText t) { out.append(t); };
    const auto results = [&](const QString &id) { return inv.checks.value(id); };

    if (stepId == QLatin1String("recipient-address")) {
        for (const CheckResult &r : results(QStringLiteral("recipient-mx")))
            if (r.id.contains(QLatin1String("typo")) && !r.suggestedRecord.isEmpty() && r.status != CheckStatus::Pass) {
                const QString local = f.recipient.section(QLatin1Char('@'), 0, 0);
                const QString corrected = local.isEmpty() ? r.suggestedRecord : local + QLatin1Char('@') + r.suggestedRecord;
                add({QStringLiteral("typo"), QCoreApplication::translate("FixPlan", "Corrected address"), r.summary, corrected, {}});
            }
    } else if (stepId == QLatin1String("recipient-mailbox")) {
        const QString to = f.recipient.isEmpty() ? QCoreApplication::translate("FixPlan", "the recipient") : f.recipient;
        QString ask;
        if (diagnosis.reason == QLatin1String("mailbox-full"))
            ask = QCoreApplication::translate("FixPlan", "Hello, my email to %1 came back because the mailbox is full. Could you make some room and "
                     "let me know, so I can send it again? Thank you.")
                      .arg(to);
        else if (diagnosis.cause != Cause::RecipientMailbox)
            // On this path for the recipient's policy, not for a broken mailbox.
            ask = QCoreApplication::translate("FixPlan", "Hello, my email to %1 was refused by your organisation's mail policy. Could you ask your mail "
                     "administrator to allow mail from %2? Thank you.")
                      .arg(to, f.senderDomain.isEmpty() ? QCoreApplication::translate("FixPlan", "my address") : f.senderDomain);
        else
            ask = QCoreApplication::translate("FixPlan", "Hello, my email to %1 came back: the mailbox seems disabled or unavailable. Is this address "
                     "still in use, or should I write to another one? Thank you.")
                      .arg(to);
        add({QStringLiteral("ask-recipient"), QCoreApplication::translate("FixPlan", "Message to send the recipient by another channel"), ask, ask, {}});
    } else if (stepId == QLatin1String("blocklists")) {
        for (const QString &id : {QStringLiteral("blocklist-ip"), QStringLiteral("blocklist-domain")})
            for (const CheckResult &r : results(id))
                if (r.status == CheckStatus::Fail)
                    add({QStringLiteral("delist:") + r.data.value(QLatin1String("zone")).toString(),
                         QCoreApplication::translate("FixPlan", "Delisting: %1").arg(r.data.value(QLatin1String("name")).toString()), r.fix,
                         r.data.value(QLatin1String("target")).toString(),
                         r.data.value(QLatin1String("delistUrl")).toString()});
        if (diagnosis.reason == QLatin1String("sender-blocked-ip") || diagnosis.reason == QLatin1String("poor-reputation")
            || diagnosis.cause == Cause::SenderBlocklisted) {
            const QString text = bounce.text;
            if (text.contains(QLatin1String("outlook"), Qt::CaseInsensitive)
                || text.contains(QLatin1String("protection.outlook.com"), Qt::CaseInsensitive)
                || diagnosis.status.startsWith(QLatin1String("5.7.6")) || diagnosis.status.startsWith(QLatin1String("5.7.7")))
                add({QStringLiteral("delist:microsoft"), QCoreApplication::translate("FixPlan", "Delisting at Microsoft"),
                     QCoreApplication::translate("FixPlan", "Microsoft uses its own block list. Request removal of the IP on the Office 365 delist portal."),
                     f.sendingIp, QStringLiteral("https://sender.office.com/")});
        }
    } else if (stepId == QLatin1String("authentication")) {
        for (const QString &id : {QStringLiteral("spf"), QStringLiteral("dmarc"), QStringLiteral("dkim")})
            for (const CheckResult &r : results(id))
                if (!r.suggestedRecord.isEmpty() && r.status != CheckStatus::Pass) {
                    const QString host = id == QLatin1String("dmarc") ? QStringLiteral("_dmarc.") + f.fromDomain
                                                                       : (id == QLatin1String("spf") ? f.senderDomain : f.dkimDomain);
                    add({id + QStringLiteral("-record"),
                         QCoreApplication::translate("FixPlan", "Suggested %1 record for %2").arg(id.toUpper(), host),
                         r.fix.isEmpty() ? QCoreApplication::translate("FixPlan", "Publish this TXT record at %1.").arg(host) : r.fix, r.suggestedRecord, {}});
                }
    } else if (stepId == QLatin1String("content")) {
        for (const CheckResult &r : results(QStringLiteral("content")))
            if (r.status == CheckStatus::Warn || r.status == CheckStatus::Fail)
                add({QStringLiteral("content"), QCoreApplication::translate("FixPlan", "What to change in the message"), r.details.join(QLatin1Char('\n')), {}, {}});
        for (const CheckResult &r : results(QStringLiteral("blocklist-links")))
            if (r.status == CheckStatus::Fail)
                add({QStringLiteral("link:") + r.data.value(QLatin1String("target")).toString(),
                     QCoreApplication::translate("FixPlan", "Listed link domain %1").arg(r.data.value(QLatin1String("target")).toString()),
                     QCoreApplication::translate("FixPlan", "Remove links to this domain or get it delisted."), r.data.value(QLatin1String("target")).toString(),
                     r.data.value(QLatin1String("delistUrl")).toString()});
    }
    if ((stepId == QLatin1String("smtp-settings") || stepId == QLatin1String("blocklists")) && !f.sendingIp.isEmpty()) {
        for (const CheckResult &r : results(QStringLiteral("sender-rdns")))
            if (r.status == CheckStatus::Fail || r.status == CheckStatus::Warn) {
                const QString host = f.helo.isEmpty() ? QStringLiteral("mail.") + (f.senderDomain.isEmpty() ? QStringLiteral("example.com") : f.senderDomain) : f.helo;
                const QString request =
                    QCoreApplication::translate("FixPlan", "Hello, please set the reverse DNS (PTR record) of our IP address %1 to %2. The name %2 "
                       "already resolves (or will resolve) to %1, so the reverse and forward lookups match. We need "
                       "this for our mail server to be accepted by other mail providers. Thank you.")
                        .arg(f.sendingIp, host);
                add({QStringLiteral("rdns-request"), QCoreApplication::translate("FixPlan", "Request to your hosting provider or ISP"), r.summary, request, {}});
                break;
            }
    }
    return out;
}
}

QJsonObject FixText::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("title"), title}, {QStringLiteral("text"), text}};
    if (!copyable.isEmpty())
        o.insert(QStringLiteral("copy"), copyable);
    if (!url.isEmpty())
        o.insert(QStringLiteral("url"), url);
    return o;
}

QString FixStep::stateId(State s)
{
    switch (s) {
    case State::ToDo: return QStringLiteral("to-do");
    case State::Checking: return QStringLiteral("checking");
    case State::Passed: return QStringLiteral("passed");
    case State::NeedsAction: return QStringLiteral("needs-action");
    case State::CouldNotCheck: return QStringLiteral("couldnt-check");
    case State::Skipped: return QStringLiteral("skipped");
    case State::NotNeeded: return QStringLiteral("not-needed");
    }
    return {};
}

QString FixStep::stateText(State s)
{
    switch (s) {
    case State::ToDo: return QCoreApplication::translate("FixPlan", "To do");
    case State::Checking: return QCoreApplication::translate("FixPlan", "Checking");
    case State::Passed: return QCoreApplication::translate("FixPlan", "Passed");
    case State::NeedsAction: return QCoreApplication::translate("FixPlan", "Needs action");
    case State::CouldNotCheck: return QCoreApplication::translate("FixPlan", "Couldn't check");
    case State::Skipped: return QCoreApplication::translate("FixPlan", "Skipped");
    case State::NotNeeded: return QCoreApplication::translate("FixPlan", "Not needed");
    }
    return {};
}

QJsonObject FixStep::toJson() const
{
    QJsonArray items, checkJson, fixJson;
    for (const FixChecklistItem &i : checklist)
        items.append(QJsonObject{{QStringLiteral("id"), i.id}, {QStringLiteral("text"), i.text}, {QStringLiteral("done"), i.done}});
    for (const CheckResult &r : checks)
        checkJson.append(r.toJson());
    for (const FixText &t : fixes)
        fixJson.append(t.toJson());
    static const char *relevanceIds[] = {"primary", "secondary", "none"};
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("number"), number},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("summary"), summary},
                       {QStringLiteral("state"), stateId(state)},
                       {QStringLiteral("relevance"), QLatin1String(relevanceIds[int(relevance)])},
                       {QStringLiteral("why"), why},
                       {QStringLiteral("checklist"), items},
                       {QStringLiteral("checks"), checkJson},
                       {QStringLiteral("fixes"), fixJson}};
}

FixPlan FixPlan::build(const Bounce &bounce, const Diagnosis &diagnosis, const InvestigationResult &inv)
{
    FixPlan plan;
    plan.m_before = inv;
    for (const GuideStep &g : GuideSteps::instance().steps()) {
        FixStep s;
        s.id = g.id;
        s.number = g.number;
        s.title = trStep(g.title);
        s.summary = trStep(g.summary);
        for (const GuideChecklistItem &i : g.checklist)
            s.checklist.append({i.id, trStep(i.text), false});
        for (const QString &checkId : g.checks)
            s.checks += inv.checks.value(checkId);

        // Relevance: the cause the checks settled on, every confirmed cause, then the rest of the
        // bounce's candidates.
        double best = 0;
        bool confirmed = false;
        for (Cause c : g.causes) {
            if (const CauseAssessment *a = inv.assessment(c)) {
                best = qMax(best, a->after);
                confirmed |= a->verdict == CauseAssessment::Verdict::Confirmed;
            }
            if (c == inv.headline || c == diagnosis.cause)
                best = qMax(best, 1.0);
        }
        if (g.id == QLatin1String("resend")) {
            s.relevance = FixStep::Relevance::Primary;
            s.why = QCoreApplication::translate("FixPlan", "Resend once the cause is fixed.");
        } else if (best >= 0.99 || confirmed) {
            s.relevance = FixStep::Relevance::Primary;
            s.why = confirmed ? QCoreApplication::translate("FixPlan", "The live checks confirm this cause.") : QCoreApplication::translate("FixPlan", "The bounce points here.");
        } else if (best >= 0.15) {
            s.relevance = FixStep::Relevance::Secondary;
            s.why = QCoreApplication::translate("FixPlan", "A possible cause worth checking.");
        } else {
            s.why = QCoreApplication::translate("FixPlan", "Nothing points here for this bounce; you can skip it.");
        }

        const CheckStatus st = worstStatus(s.checks);
        if (g.id == QLatin1String("resend"))
            s.state = FixStep::State::ToDo;
        else if (st == CheckStatus::Fail || (s.relevance == FixStep::Relevance::Primary && st == CheckStatus::Warn))
            s.state = FixStep::State::NeedsAction;
        else if (s.relevance == FixStep::Relevance::None)
            s.state = st == CheckStatus::Pass ? FixStep::State::Passed : FixStep::State::NotNeeded;
        else if (st == CheckStatus::CouldNotCheck)
            s.state = FixStep::State::CouldNotCheck;
        else if (s.relevance == FixStep::Relevance::Primary)
            s.state = FixStep::State::NeedsAction; // the bounce says so even when no live check can show it
        else
            s.state = st == CheckStatus::Pass ? FixStep::State::Passed : FixStep::State::ToDo;
        s.fixes = fixesFor(g.id, bounce, diagnosis, inv);
        plan.m_steps.append(s);
    }
    return plan;
}

QList<const FixStep *> FixPlan::path() const
{
    QList<const FixStep *> primary, secondary;
    const FixStep *resend = nullptr;
    for (const FixStep &s : m_steps) {
        if (s.id == QLatin1String("resend"))
            resend = &s;
        else if (s.relevance == FixStep::Relevance::Primary)
            primary.append(&s);
        else if (s.relevance == FixStep::Relevance::Secondary)
            secondary.append(&s);
    }
    QList<const FixStep *> out = primary + secondary;
    if (resend)
        out.append(resend);
    return out;
}

const FixStep *FixPlan::step(const QString &id) const
{
    for (const FixStep &s : m_steps)
        if (s.id == id)
            return &s;
    return nullptr;
}

FixStep *FixPlan::mutableStep(const QString &id)
{
    for (FixStep &s : m_steps)
        if (s.id == id)
            return &s;
    return nullptr;
}

void FixPlan::markResolved(const QString &stepId)
{
    if (FixStep *s = mutableStep(stepId); s && s->id != QLatin1String("resend"))
        s->state = FixStep::State::Passed;
}

void FixPlan::skip(const QString &stepId)
{
    if (FixStep *s = mutableStep(stepId); s && s->id != QLatin1String("resend"))
        s->state = FixStep::State::Skipped;
}

void FixPlan::setChecklistItem(const QString &stepId, const QString &itemId, bool done)
{
    if (FixStep *s = mutableStep(stepId))
        for (FixChecklistItem &i : s->checklist)
            if (i.id == itemId)
                i.done = done;
}

QStringList FixPlan::blockingSteps() const
{
    QStringList out;
    for (const FixStep &s : m_steps)
        if (s.id != QLatin1String("resend") && s.relevance != FixStep::Relevance::None
            && (s.state == FixStep::State::NeedsAction || s.state == FixStep::State::ToDo
                || s.state == FixStep::State::Checking || s.state == FixStep::State::CouldNotCheck))
            out.append(s.id);
    return out;
}

bool FixPlan::canResend() const
{
    return blockingSteps().isEmpty();
}

void FixPlan::setRecheck(const InvestigationResult &after)
{
    m_changes.clear();
    m_rechecked = true;
    for (const QString &id : after.checkOrder) {
        const CheckResults now = after.checks.value(id);
        const CheckResults then = m_before.checks.value(id);
        for (const CheckResult &r : now) {
            const auto old = std::find_if(then.begin(), then.end(), [&](const CheckResult &o) { return o.id == r.id; });
            const QString before = old == then.end() ? QCoreApplication::translate("FixPlan", "not checked") : CheckResult::statusText(old->status);
            if (old == then.end() || old->status != r.status)
                m_changes.append(QCoreApplication::translate("FixPlan", "%1: %2 → %3").arg(r.title, before, CheckResult::statusText(r.status)));
        }
    }
    if (m_changes.isEmpty())
        m_changes.append(QCoreApplication::translate("FixPlan", "No check changed since the first run."));
    // Re-attach the new results so every step shows the current state.
    for (FixStep &s : m_steps) {
        const GuideStep *g = GuideSteps::instance().step(s.id);
        if (!g || s.id == QLatin1String("resend"))
            continue;
        CheckResults fresh;
        for (const QString &checkId : g->checks)
            fresh += after.checks.value(checkId);
        if (fresh.isEmpty())
            continue;
        s.checks = fresh;
        const CheckStatus st = worstStatus(fresh);
        if (s.state != FixStep::State::Skipped)
            s.state = st == CheckStatus::Fail ? FixStep::State::NeedsAction
                      : st == CheckStatus::Pass ? FixStep::State::Passed
                                                : s.state;
    }
}

QStringList FixPlan::recheckChanges() const
{
    return m_changes;
}

QJsonObject FixPlan::toJson() const
{
    QJsonArray steps, pathIds;
    for (const FixStep &s : m_steps)
        steps.append(s.toJson());
    for (const FixStep *s : path())
        pathIds.append(s->id);
    QJsonObject o{{QStringLiteral("steps"), steps},
                  {QStringLiteral("path"), pathIds},
                  {QStringLiteral("canResend"), canResend()},
                  {QStringLiteral("blocking"), QJsonArray::fromStringList(blockingSteps())}};
    if (m_rechecked)
        o.insert(QStringLiteral("recheckChanges"), QJsonArray::fromStringList(m_changes));
    return o;
}
