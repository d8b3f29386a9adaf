#include "ReportContent.h"

#include "Classifier.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
ReportBlock heading(const QString &text, int level = 2, const QString &tone = {})
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Heading;
    b.level = level;
    b.text = text;
    b.tone = tone;
    return b;
}

ReportBlock paragraph(const QString &text, const QString &tone = {})
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Paragraph;
    b.text = text;
    b.tone = tone;
    return b;
}

ReportBlock list(const QStringList &items)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::List;
    b.items = items;
    return b;
}

ReportBlock code(const QString &text)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Code;
    b.text = text;
    return b;
}

ReportBlock table(const QStringList &header, const QList<QStringList> &rows)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Table;
    b.header = header;
    b.rows = rows;
    return b;
}

// Key/value rows; rows with an empty value are left out so the summary stays short.
class KeyValues
{
public:
    void add(const QString &label, const QString &value)
    {
        if (!value.trimmed().isEmpty())
            m_rows.append({label, value});
    }
    bool isEmpty() const { return m_rows.isEmpty(); }
    ReportBlock block() const
    {
        ReportBlock b;
        b.kind = ReportBlock::Kind::KeyValue;
        b.rows = m_rows;
        return b;
    }

private:
    QList<QStringList> m_rows;
};

QString factLabel(const QString &field)
{
    if (field == QLatin1String("sendingIp")) return QCoreApplication::translate("Report", "Sending IP address");
    if (field == QLatin1String("helo")) return QCoreApplication::translate("Report", "HELO name of the sending server");
    if (field == QLatin1String("senderAddress")) return QCoreApplication::translate("Report", "Sender address");
    if (field == QLatin1String("senderDomain")) return QCoreApplication::translate("Report", "Sender domain");
    if (field == QLatin1String("fromDomain")) return QCoreApplication::translate("Report", "Domain of the From header");
    if (field == QLatin1String("mailFromDomain")) return QCoreApplication::translate("Report", "Envelope sender domain");
    if (field == QLatin1String("recipient")) return QCoreApplication::translate("Report", "Recipient");
    if (field == QLatin1String("recipientDomain")) return QCoreApplication::translate("Report", "Recipient domain");
    if (field == QLatin1String("dkimSelector")) return QCoreApplication::translate("Report", "DKIM selector");
    if (field == QLatin1String("dkimDomain")) return QCoreApplication::translate("Report", "DKIM signing domain");
    if (field == QLatin1String("remoteMta")) return QCoreApplication::translate("Report", "Receiving server");
    if (field == QLatin1String("reportingMta")) return QCoreApplication::translate("Report", "Server that reported the failure");
    return field;
}

QString percent(double v)
{
    return QLocale().toString(qRound(v * 100)) + QLatin1Char('%');
}

void addSummary(ReportBlocks &out, const CaseReport &r)
{
    const Diagnosis &d = r.analysis.diagnosis;
    const Bounce &b = r.analysis.bounce;
    const Cause cause = r.headline();
    out.append(heading(QCoreApplication::translate("Report", "Summary")));
    out.append(paragraph(QCoreApplication::translate("Report", "Cause: %1").arg(causeTitle(cause)), isFixableCause(cause) ? QStringLiteral("fail") : QString()));
    out.append(paragraph(causeExplanation(cause)));
    KeyValues kv;
    if (r.investigation) {
        if (const CauseAssessment *a = r.investigation->assessment(cause))
            kv.add(QCoreApplication::translate("Report", "Live checks"), ReportContent::verdictLabel(a->verdict));
        if (cause != d.cause)
            kv.add(QCoreApplication::translate("Report", "Cause read from the bounce"), causeTitle(d.cause));
    }
    if (!d.reason.isEmpty())
        kv.add(QCoreApplication::translate("Report", "Reason"), QStringLiteral("%1 (%2)").arg(Classifier::instance().reasonTitle(d.reason), d.reason));
    kv.add(QCoreApplication::translate("Report", "Status code"), d.status);
    kv.add(QCoreApplication::translate("Report", "Reply code"), d.replyCode);
    if (d.confidence > 0)
        kv.add(QCoreApplication::translate("Report", "Confidence of the reading"), percent(d.confidence));
    kv.add(QCoreApplication::translate("Report", "Bounce format"), b.format);
    kv.add(QCoreApplication::translate("Report", "Reporting server"), b.reportingMta);
    kv.add(QCoreApplication::translate("Report", "Bounce subject"), b.subject);
    kv.add(QCoreApplication::translate("Report", "Bounce date"), b.date);
    out.append(kv.block());

    if (!b.failures.isEmpty()) {
        out.append(heading(QCoreApplication::translate("Report", "Recipients"), 3));
        QList<QStringList> rows;
        for (const DeliveryFailure &f : b.failures)
            rows.append({f.recipient, DeliveryFailure::actionTitle(f.action), f.status, f.replyCode, f.remoteMta,
                          f.reason.isEmpty() ? causeTitle(f.cause) : Classifier::instance().reasonTitle(f.reason)});
        out.append(table({QCoreApplication::translate("Report", "Recipient"), QCoreApplication::translate("Report", "Action"), QCoreApplication::translate("Report", "Status"), QCoreApplication::translate("Report", "Reply"), QCoreApplication::translate("Report", "Server"), QCoreApplication::translate("Report", "Reason")}, rows));
        for (const DeliveryFailure &f : b.failures) {
            if (f.diagnostic.isEmpty())
                continue;
            out.append(paragraph(QCoreApplication::translate("Report", "What the server said about %1:").arg(f.recipient.isEmpty() ? QCoreApplication::translate("Report", "the recipient") : f.recipient)));
            out.append(code(f.diagnostic));
        }
    }
    if (!b.warnings.isEmpty()) {
        out.append(paragraph(QCoreApplication::translate("Report", "Parts of the bounce that could not be read:"), QStringLiteral("warn")));
        out.append(list(b.warnings));
    }
}

void addEvidence(ReportBlocks &out, const CaseReport &r)
{
    const QList<Evidence> &ev = r.analysis.diagnosis.evidence;
    if (ev.isEmpty())
        return;
    out.append(heading(QCoreApplication::translate("Report", "Evidence from the bounce")));
    out.append(paragraph(QCoreApplication::translate("Report", "The exact text that led to the diagnosis, quoted from the bounce.")));
    QList<QStringList> rows;
    for (const Evidence &e : ev)
        rows.append({e.kind, e.text, e.rule});
    out.append(table({QCoreApplication::translate("Report", "Kind"), QCoreApplication::translate("Report", "Quoted text"), QCoreApplication::translate("Report", "Rule")}, rows));
}

void addOriginal(ReportBlocks &out, const CaseReport &r)
{
    const ReturnedMessage &m = r.analysis.bounce.original;
    if (!m.present)
        return;
    out.append(heading(QCoreApplication::translate("Report", "The message that bounced")));
    KeyValues kv;
    kv.add(QCoreApplication::translate("Report", "From"), m.from);
    kv.add(QCoreApplication::translate("Report", "Return path"), m.returnPath);
    kv.add(QCoreApplication::translate("Report", "To"), m.to);
    kv.add(QCoreApplication::translate("Report", "Subject"), m.subject);
    kv.add(QCoreApplication::translate("Report", "Date"), m.date);
    kv.add(QCoreApplication::translate("Report", "Message ID"), m.messageId);
    if (!m.dkimDomain.isEmpty())
        kv.add(QCoreApplication::translate("Report", "DKIM signature"), QStringLiteral("d=%1 s=%2").arg(m.dkimDomain, m.dkimSelector));
    kv.add(QCoreApplication::translate("Report", "Sending IP address"), m.sendingIp);
    kv.add(QCoreApplication::translate("Report", "HELO name"), m.helo);
    kv.add(QCoreApplication::translate("Report", "How the sending server was found"), m.sendingHopExplanation);
    if (m.linkCount > 0)
        kv.add(QCoreApplication::translate("Report", "Links"), QLocale().toString(m.linkCount));
    kv.add(QCoreApplication::translate("Report", "Attachment types"), m.attachmentTypes.join(QStringLiteral(", ")));
    out.append(kv.block());
    if (!m.authenticationResults.isEmpty()) {
        out.append(paragraph(QCoreApplication::translate("Report", "Authentication-Results headers:")));
        out.append(code(m.authenticationResults.join(QLatin1Char('\n'))));
    }
    if (!m.received.isEmpty()) {
        out.append(paragraph(QCoreApplication::translate("Report", "Received headers (newest first):")));
        out.append(code(m.received.join(QLatin1Char('\n'))));
    }
}

void addFacts(ReportBlocks &out, const CaseReport &r)
{
    const QJsonObject facts = r.facts().toJson();
    const QStringList edited = r.editedFacts();
    out.append(heading(QCoreApplication::translate("Report", "Facts used by the checks")));
    QList<QStringList> rows;
    const QStringList order{QStringLiteral("sendingIp"),    QStringLiteral("helo"),          QStringLiteral("senderAddress"),
                            QStringLiteral("senderDomain"), QStringLiteral("fromDomain"),    QStringLiteral("mailFromDomain"),
                            QStringLiteral("recipient"),    QStringLiteral("recipientDomain"), QStringLiteral("dkimSelector"),
                            QStringLiteral("dkimDomain"),   QStringLiteral("remoteMta"),     QStringLiteral("reportingMta")};
    for (const QString &field : order) {
        const QString value = facts.value(field).toString();
        if (value.isEmpty() && !edited.contains(field))
            continue;
        rows.append({factLabel(field), value.isEmpty() ? QCoreApplication::translate("Report", "(none)") : value,
                     edited.contains(field) ? QCoreApplication::translate("Report", "entered by you") : QCoreApplication::translate("Report", "read from the bounce")});
    }
    if (rows.isEmpty())
        out.append(paragraph(QCoreApplication::translate("Report", "The bounce gave no facts the checks could use.")));
    else
        out.append(table({QCoreApplication::translate("Report", "Fact"), QCoreApplication::translate("Report", "Value"), QCoreApplication::translate("Report", "Source")}, rows));
}

void addAssessments(ReportBlocks &out, const InvestigationResult &inv)
{
    if (!inv.causes.isEmpty()) {
        out.append(heading(QCoreApplication::translate("Report", "Causes after the live checks")));
        QList<QStringList> rows;
        for (const CauseAssessment &a : inv.causes)
            rows.append({causeTitle(a.cause), ReportContent::verdictLabel(a.verdict), percent(a.before), percent(a.after),
                         a.why.join(QLatin1Char('\n'))});
        out.append(table({QCoreApplication::translate("Report", "Cause"), QCoreApplication::translate("Report", "Verdict"), QCoreApplication::translate("Report", "Before"), QCoreApplication::translate("Report", "After"), QCoreApplication::translate("Report", "Why")}, rows));
        out.append(paragraph(QCoreApplication::translate("Report", "%n check(s) answered with %1 DNS queries in %2 ms.", nullptr, int(inv.checks.size()))
                                 .arg(inv.queries)
                                 .arg(qRound(inv.elapsedMs)),
                             QStringLiteral("note")));
    }
    if (!inv.missing.isEmpty()) {
        out.append(heading(QCoreApplication::translate("Report", "Facts still needed")));
        out.append(paragraph(QCoreApplication::translate("Report", "These checks could not run because the bounce does not say what they need. "
                                "Enter the facts and run the checks again."),
                             QStringLiteral("warn")));
        QStringList items;
        for (const MissingFact &m : inv.missing)
            items.append(QCoreApplication::translate("Report", "%1: %2 (needed by: %3)").arg(factLabel(m.fact), m.prompt, m.for_.join(QStringLiteral(", "))));
        out.append(list(items));
    }
}

void addCheckResult(ReportBlocks &out, const CheckResult &c, int level)
{
    out.append(heading(QStringLiteral("%1 — %2").arg(ReportContent::statusLabel(c.status), c.title.isEmpty() ? c.id : c.title),
                       level, ReportContent::toneOf(c.status)));
    if (!c.summary.isEmpty())
        out.append(paragraph(c.summary));
    if (!c.details.isEmpty())
        out.append(list(c.details));
    if (!c.evidence.isEmpty()) {
        out.append(paragraph(QCoreApplication::translate("Report", "Records and replies, in full:")));
        out.append(code(c.evidence.join(QLatin1Char('\n'))));
    }
    if (!c.fix.isEmpty())
        out.append(paragraph(QCoreApplication::translate("Report", "What to do: %1").arg(c.fix), QStringLiteral("note")));
    if (!c.suggestedRecord.isEmpty()) {
        out.append(paragraph(QCoreApplication::translate("Report", "Suggested record (copy it whole):")));
        out.append(code(c.suggestedRecord));
    }
}

void addChecks(ReportBlocks &out, const CaseReport &r)
{
    const InvestigationResult &inv = *r.investigation;
    out.append(heading(QCoreApplication::translate("Report", "Every check and its result")));
    if (inv.checkOrder.isEmpty()) {
        out.append(paragraph(QCoreApplication::translate("Report", "No live check could run.")));
        return;
    }
    for (const QString &id : inv.checkOrder) {
        const CheckResults results = inv.checks.value(id);
        out.append(heading(QStringLiteral("%1 — %2").arg(ReportContent::statusLabel(inv.worstStatus(id)), r.checkTitle(id)), 3,
                           ReportContent::toneOf(inv.worstStatus(id))));
        if (results.isEmpty())
            out.append(paragraph(QCoreApplication::translate("Report", "No result.")));
        for (const CheckResult &c : results)
            addCheckResult(out, c, 4);
    }
}

void addStep(ReportBlocks &out, const FixStep &s)
{
    out.append(heading(QStringLiteral("%1. %2 — %3").arg(s.number).arg(s.title, ReportContent::stepStateLabel(s.state)), 3,
                       s.state == FixStep::State::NeedsAction ? QStringLiteral("fail")
                       : s.state == FixStep::State::Passed   ? QStringLiteral("pass")
                                                              : QString()));
    if (!s.summary.isEmpty())
        out.append(paragraph(s.summary));
    if (!s.why.isEmpty())
        out.append(paragraph(s.why, QStringLiteral("note")));
    if (!s.checklist.isEmpty()) {
        QStringList items;
        for (const FixChecklistItem &i : s.checklist)
            items.append(i.done ? QCoreApplication::translate("Report", "☑ Done: %1").arg(i.text) : QCoreApplication::translate("Report", "☐ Not done: %1").arg(i.text));
        out.append(paragraph(QCoreApplication::translate("Report", "Checklist:")));
        out.append(list(items));
    }
    if (!s.checks.isEmpty()) {
        QStringList items;
        for (const CheckResult &c : s.checks)
            items.append(QStringLiteral("%1 — %2: %3").arg(ReportContent::statusLabel(c.status), c.title, c.summary));
        out.append(paragraph(QCoreApplication::translate("Report", "Checks for this step:")));
        out.append(list(items));
    }
    for (const FixText &f : s.fixes) {
        out.append(heading(f.title, 4));
        if (!f.text.isEmpty())
            out.append(paragraph(f.text));
        if (!f.copyable.isEmpty() && f.copyable != f.text) {
            out.append(paragraph(QCoreApplication::translate("Report", "Copy this:")));
            out.append(code(f.copyable));
        } else if (!f.copyable.isEmpty()) {
            out.append(code(f.copyable));
        }
        if (!f.url.isEmpty())
            out.append(paragraph(QCoreApplication::translate("Report", "Link: %1").arg(f.url)));
    }
}

void addPlan(ReportBlocks &out, const FixPlan &plan)
{
    out.append(heading(QCoreApplication::translate("Report", "Fix plan")));
    const QStringList blocking = plan.blockingSteps();
    if (plan.canResend()) {
        out.append(paragraph(QCoreApplication::translate("Report", "✔ Every step on your path is resolved or skipped: you can resend the message."),
                             QStringLiteral("pass")));
    } else {
        QStringList titles;
        for (const QString &id : blocking)
            if (const FixStep *s = plan.step(id))
                titles.append(QStringLiteral("%1. %2").arg(s->number).arg(s->title));
        out.append(paragraph(QCoreApplication::translate("Report", "✖ Before you resend, resolve or skip: %1").arg(titles.join(QStringLiteral("; "))),
                             QStringLiteral("fail")));
    }
    const QList<const FixStep *> path = plan.path();
    for (const FixStep *s : path)
        addStep(out, *s);
    QStringList others;
    for (const FixStep &s : plan.steps()) {
        if (path.contains(&s))
            continue;
        others.append(QStringLiteral("%1. %2 — %3%4")
                          .arg(s.number)
                          .arg(s.title, ReportContent::stepStateLabel(s.state),
                               s.why.isEmpty() ? QString() : QStringLiteral(": ") + s.why));
    }
    if (!others.isEmpty()) {
        out.append(heading(QCoreApplication::translate("Report", "Steps not on your path"), 3));
        out.append(list(others));
    }
    const QStringList changes = plan.recheckChanges();
    if (!changes.isEmpty()) {
        out.append(heading(QCoreApplication::translate("Report", "Before and after the re-check"), 3));
        out.append(list(changes));
    }
}

void addSmtp(ReportBlocks &out, const SmtpResult &s)
{
    out.append(heading(QCoreApplication::translate("Report", "SMTP settings test")));
    if (s.verdict.isValid())
        out.append(paragraph(QStringLiteral("%1 — %2").arg(ReportContent::statusLabel(s.verdict.severity), s.verdict.title),
                             ReportContent::toneOf(s.verdict.severity)));
    KeyValues kv;
    kv.add(QCoreApplication::translate("Report", "Server"), QStringLiteral("%1:%2").arg(s.host).arg(s.port));
    kv.add(QCoreApplication::translate("Report", "Security"), Smtp::securityId(s.security));
    kv.add(QCoreApplication::translate("Report", "Connected to"), s.address);
    kv.add(QCoreApplication::translate("Report", "What happened"), s.verdict.message);
    kv.add(QCoreApplication::translate("Report", "Next step"), s.verdict.nextStep);
    kv.add(QCoreApplication::translate("Report", "Provider hint"), s.verdict.providerHint);
    if (!s.ok)
        kv.add(QCoreApplication::translate("Report", "Stopped at"), Smtp::stageText(s.stage));
    kv.add(QCoreApplication::translate("Report", "Error"), s.errorText);
    if (s.tls.established)
        kv.add(QCoreApplication::translate("Report", "TLS"), QStringLiteral("%1 %2").arg(s.tls.protocol, s.tls.cipher));
    kv.add(QCoreApplication::translate("Report", "Authentication"), s.authMechUsed.isEmpty() ? QString()
                                 : s.authenticated ? QCoreApplication::translate("Report", "%1: accepted").arg(s.authMechUsed)
                                                   : QCoreApplication::translate("Report", "%1: refused").arg(s.authMechUsed));
    kv.add(QCoreApplication::translate("Report", "Time"), QCoreApplication::translate("Report", "%1 ms").arg(s.elapsedMs));
    out.append(kv.block());
    if (!s.transcript.isEmpty()) {
        out.append(paragraph(QCoreApplication::translate("Report", "Transcript (passwords and tokens removed; C: client, S: server, ~ inside TLS):")));
        out.append(code(s.transcript.toText()));
    }
}
}

QString ReportContent::title(const CaseReport &report)
{
    Q_UNUSED(report);
    return QCoreApplication::translate("Report", "Bounce Doctor report");
}

ReportBlocks ReportContent::build(const CaseReport &r)
{
    ReportBlocks out;
    ReportBlock t;
    t.kind = ReportBlock::Kind::Title;
    t.text = title(r);
    out.append(t);
    const QString when = QLocale().toString(r.created.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    out.append(paragraph(r.source.isEmpty() ? QCoreApplication::translate("Report", "Made on %1 by Bounce Doctor %2 from a pasted bounce.").arg(when, r.appVersion)
                                            : QCoreApplication::translate("Report", "Made on %1 by Bounce Doctor %2 from %3.").arg(when, r.appVersion, r.source),
                         QStringLiteral("note")));
    addSummary(out, r);
    addEvidence(out, r);
    addFacts(out, r);
    if (r.investigation) {
        addAssessments(out, *r.investigation);
        addChecks(out, r);
    } else {
        out.append(paragraph(QCoreApplication::translate("Report", "The live checks were not run for this report."), QStringLiteral("note")));
    }
    if (r.plan)
        addPlan(out, *r.plan);
    if (r.smtp)
        addSmtp(out, *r.smtp);
    addOriginal(out, r);
    return out;
}

QString ReportContent::statusLabel(CheckStatus status)
{
    static const char *const symbols[] = {"✔", "⚠", "✖", "?", "ℹ"};
    return QStringLiteral("%1 %2").arg(QString::fromUtf8(symbols[int(status)]), CheckResult::statusText(status));
}

QString ReportContent::stepStateLabel(FixStep::State state)
{
    static const char *const symbols[] = {"○", "…", "✔", "✖", "?", "↷", "–"};
    return QStringLiteral("%1 %2").arg(QString::fromUtf8(symbols[int(state)]), FixStep::stateText(state));
}

QString ReportContent::verdictLabel(CauseAssessment::Verdict verdict)
{
    static const char *const symbols[] = {"✔", "✖", "?", "–"};
    CauseAssessment a;
    a.verdict = verdict;
    return QStringLiteral("%1 %2").arg(QString::fromUtf8(symbols[int(verdict)]), a.verdictText());
}

QString ReportContent::toneOf(CheckStatus status)
{
    return CheckResult::statusId(status);
}
