#include "Investigation.h"

#include "BlocklistChecker.h"
#include "ContentAdvisor.h"
#include "DkimCheck.h"
#include "DmarcAlignment.h"
#include "DmarcCheck.h"
#include "MxCheck.h"
#include "RdnsCheck.h"
#include "Resolver.h"
#include "SpfEvaluator.h"
#include "SpfResult.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTimer>

namespace {


const QStringList kAllChecks{QStringLiteral("recipient-mx"),     QStringLiteral("blocklist-ip"),
                             QStringLiteral("blocklist-domain"), QStringLiteral("sender-rdns"),
                             QStringLiteral("spf"),              QStringLiteral("dkim"),
                             QStringLiteral("dmarc"),            QStringLiteral("alignment"),
                             QStringLiteral("content"),          QStringLiteral("blocklist-links")};

QString checkTitle(const QString &id)
{
    if (id == QLatin1String("recipient-mx")) return QCoreApplication::translate("Investigation", "Recipient domain and mail servers");
    if (id == QLatin1String("blocklist-ip")) return QCoreApplication::translate("Investigation", "Sending IP on blocklists");
    if (id == QLatin1String("blocklist-domain")) return QCoreApplication::translate("Investigation", "Sender domain on blocklists");
    if (id == QLatin1String("sender-rdns")) return QCoreApplication::translate("Investigation", "Reverse DNS of the sending IP");
    if (id == QLatin1String("spf")) return QCoreApplication::translate("Investigation", "SPF for the sending IP");
    if (id == QLatin1String("dkim")) return QCoreApplication::translate("Investigation", "DKIM key");
    if (id == QLatin1String("dmarc")) return QCoreApplication::translate("Investigation", "DMARC record");
    if (id == QLatin1String("alignment")) return QCoreApplication::translate("Investigation", "DMARC alignment");
    if (id == QLatin1String("content")) return QCoreApplication::translate("Investigation", "Content of the message");
    if (id == QLatin1String("blocklist-links")) return QCoreApplication::translate("Investigation", "Linked domains on blocklists");
    return id;
}

// DKIM outcomes the receiving side recorded: "dkim=pass header.d=example.com" (RFC 8601).
QList<DmarcAlignment::Authenticated> dkimFromAuthResults(const QStringList &headers)
{
    static const QRegularExpression re(QStringLiteral(R"(\bdkim\s*=\s*(\w+)[^;]*?header\.d\s*=\s*([A-Za-z0-9._-]+))"),
                                       QRegularExpression::CaseInsensitiveOption);
    QList<DmarcAlignment::Authenticated> out;
    for (const QString &h : headers) {
        auto it = re.globalMatch(h);
        while (it.hasNext()) {
            const auto m = it.next();
            out.append({m.captured(2).toLower(), m.captured(1).toLower()});
        }
    }
    return out;
}

double clamp01(double v)
{
    return qBound(0.0, v, 1.0);
}
}

Investigation::Investigation(Resolver *resolver, QObject *parent) : QObject(parent), m_resolver(resolver) { }

Investigation::~Investigation()
{
    abort();
}

QStringList Investigation::checksFor(Cause cause)
{
    switch (cause) {
    case Cause::InvalidRecipient:
    case Cause::RecipientMailbox:
        return {QStringLiteral("recipient-mx")};
    case Cause::RecipientBlocked:
        return {QStringLiteral("recipient-mx"), QStringLiteral("blocklist-ip"), QStringLiteral("spf"),
                QStringLiteral("dmarc")};
    case Cause::SenderBlocklisted:
        return {QStringLiteral("blocklist-ip"), QStringLiteral("blocklist-domain"), QStringLiteral("sender-rdns")};
    case Cause::Authentication:
        return {QStringLiteral("spf"), QStringLiteral("dkim"), QStringLiteral("dmarc"), QStringLiteral("alignment")};
    case Cause::SpamContent:
        return {QStringLiteral("content"), QStringLiteral("blocklist-links"), QStringLiteral("blocklist-domain")};
    case Cause::ServerConfig:
        return {QStringLiteral("sender-rdns"), QStringLiteral("spf")};
    default:
        return {};
    }
}

QStringList Investigation::factsNeeded(const QString &checkId)
{
    if (checkId == QLatin1String("recipient-mx"))
        return {QStringLiteral("recipientDomain")};
    if (checkId == QLatin1String("blocklist-ip") || checkId == QLatin1String("sender-rdns"))
        return {QStringLiteral("sendingIp")};
    if (checkId == QLatin1String("blocklist-domain"))
        return {QStringLiteral("senderDomain")};
    if (checkId == QLatin1String("spf"))
        return {QStringLiteral("sendingIp"), QStringLiteral("senderDomain")};
    if (checkId == QLatin1String("dkim"))
        return {QStringLiteral("dkimDomain")};
    if (checkId == QLatin1String("dmarc") || checkId == QLatin1String("alignment"))
        return {QStringLiteral("fromDomain")};
    return {};
}

QString Investigation::factPrompt(const QString &fact)
{
    if (fact == QLatin1String("sendingIp"))
        return QCoreApplication::translate("Investigation", "Enter the public IP address of the server that sent your message. It is in the Received "
                  "headers of a message you sent (the first hop outside your network), or ask your provider.");
    if (fact == QLatin1String("senderDomain"))
        return QCoreApplication::translate("Investigation", "Enter the domain of your sender address (the part after the @).");
    if (fact == QLatin1String("recipientDomain"))
        return QCoreApplication::translate("Investigation", "Enter the domain of the address you wrote to (the part after the @).");
    if (fact == QLatin1String("dkimDomain"))
        return QCoreApplication::translate("Investigation", "Enter the domain that signs your mail with DKIM (usually your sender domain).");
    if (fact == QLatin1String("fromDomain"))
        return QCoreApplication::translate("Investigation", "Enter the domain of the From address your recipients see.");
    return QCoreApplication::translate("Investigation", "Enter %1.").arg(fact);
}

QString Investigation::factValue(const QString &fact) const
{
    const Facts &f = m_result.facts;
    if (fact == QLatin1String("sendingIp")) return f.sendingIp;
    if (fact == QLatin1String("senderDomain")) return f.senderDomain;
    if (fact == QLatin1String("recipientDomain")) return f.recipientDomain;
    if (fact == QLatin1String("dkimDomain")) return f.dkimDomain;
    if (fact == QLatin1String("fromDomain")) return f.fromDomain;
    return {};
}

void Investigation::start(const Bounce &bounce, const Diagnosis &diagnosis)
{
    abort();
    m_bounce = bounce;
    m_diagnosis = diagnosis;
    m_result = InvestigationResult{};
    m_result.facts = diagnosis.facts;
    Facts &f = m_result.facts;
    // Derived facts the user did not have to type twice.
    if (f.fromDomain.isEmpty())
        f.fromDomain = f.senderDomain;
    if (f.dkimDomain.isEmpty())
        f.dkimDomain = f.fromDomain;
    if (f.mailFromDomain.isEmpty())
        f.mailFromDomain = f.senderDomain;
    m_spfCode.clear();
    m_spfDomain.clear();
    m_clock.start();
    m_queriesAtStart = m_resolver ? m_resolver->queriesSent() : 0;
    m_running = true;

    // The candidates: the headline, and every ranked cause with some weight.
    QList<Cause> candidates{diagnosis.cause};
    for (const CauseScore &s : diagnosis.ranking)
        if (s.confidence >= 0.15 && !candidates.contains(s.cause))
            candidates.append(s.cause);
    QStringList wanted;
    for (Cause c : candidates)
        for (const QString &id : checksFor(c))
            if (!wanted.contains(id))
                wanted.append(id);
    // Keep a stable, readable order.
    QStringList ordered;
    for (const QString &id : kAllChecks)
        if (wanted.contains(id))
            ordered.append(id);

    for (const QString &id : ordered) {
        QStringList lacking;
        for (const QString &fact : factsNeeded(id))
            if (factValue(fact).trimmed().isEmpty())
                lacking.append(fact);
        if (id == QLatin1String("blocklist-links") && m_bounce.original.linkHosts.isEmpty())
            continue; // nothing to look up; the content check says the body is missing
        if (!lacking.isEmpty()) {
            for (const QString &fact : lacking) {
                auto it = std::find_if(m_result.missing.begin(), m_result.missing.end(),
                                       [&](const MissingFact &m) { return m.fact == fact; });
                if (it == m_result.missing.end())
                    m_result.missing.append({fact, factPrompt(fact), {id}});
                else
                    it->for_.append(id);
            }
            continue;
        }
        m_pending.append(id);
        m_result.checkOrder.append(id);
    }
    const QStringList toStart = m_pending;
    for (const QString &id : toStart)
        launch(id);
    if (m_pending.isEmpty())
        QTimer::singleShot(0, this, [this] { assess(); });
}

void Investigation::launch(const QString &id)
{
    Q_EMIT checkStarted(id, checkTitle(id));
    const Facts &f = m_result.facts;
    auto runJob = [this, id](AuthCheckJob *job) {
        m_jobs.append(job);
        connect(job, &AuthCheckJob::finished, this, [this, id](const CheckResults &r) { complete(id, r); });
        job->start();
    };
    if (id == QLatin1String("recipient-mx")) {
        runJob(new MxCheck(m_resolver, f.recipientDomain, this));
    } else if (id == QLatin1String("sender-rdns")) {
        runJob(new RdnsCheck(m_resolver, f.sendingIp, this));
    } else if (id == QLatin1String("dkim")) {
        runJob(new DkimCheck(m_resolver, f.dkimDomain,
                             f.dkimSelector.isEmpty() ? QStringList() : QStringList{f.dkimSelector}, this));
    } else if (id == QLatin1String("dmarc")) {
        auto *dmarc = new DmarcCheck(m_resolver, f.fromDomain, this);
        m_dmarc = dmarc;
        runJob(dmarc);
    } else if (id == QLatin1String("spf")) {
        startSpf();
    } else if (id == QLatin1String("alignment")) {
        startAlignmentWhenReady();
    } else if (id == QLatin1String("content")) {
        const CheckResult r = ContentAdvisor::assess(m_bounce);
        QTimer::singleShot(0, this, [this, r] { complete(QStringLiteral("content"), {r}); });
    } else if (id.startsWith(QLatin1String("blocklist-"))) {
        auto *checker = new BlocklistChecker(m_resolver, this);
        m_jobs.append(checker);
        QStringList ips, domains;
        if (id == QLatin1String("blocklist-ip"))
            ips = {f.sendingIp};
        else if (id == QLatin1String("blocklist-domain"))
            domains = {f.senderDomain};
        else
            domains = m_bounce.original.linkHosts.mid(0, 20);
        connect(checker, &BlocklistChecker::finished, this, [this, id](const QList<BlocklistResult> &results) {
            CheckResults out;
            for (const BlocklistResult &r : results)
                out.append(r.toCheckResult());
            complete(id, out);
        });
        QString error;
        if (!checker->start(ips, domains, &error)) {
            CheckResult r;
            r.id = id;
            r.title = checkTitle(id);
            r.status = CheckStatus::CouldNotCheck;
            r.summary = error;
            QTimer::singleShot(0, this, [this, id, r] { complete(id, {r}); });
        }
    }
}

void Investigation::startSpf()
{
    const Facts &f = m_result.facts;
    auto *spf = new SpfEvaluator(m_resolver, this);
    m_jobs.append(spf);
    connect(spf, &SpfEvaluator::finished, this, [this](const SpfResult &r) {
        m_spfCode = SpfResult::codeId(r.code);
        m_spfDomain = r.domain;
        complete(QStringLiteral("spf"), {r.toCheckResult()});
        startAlignmentWhenReady();
    });
    // The envelope sender when the bounce gave one (Return-Path), else the sender address.
    QString mailFrom = f.senderAddress;
    if (mailFrom.isEmpty() || !mailFrom.contains(QLatin1Char('@')))
        mailFrom = QStringLiteral("postmaster@") + (f.mailFromDomain.isEmpty() ? f.senderDomain : f.mailFromDomain);
    spf->start(f.sendingIp, mailFrom, f.helo.isEmpty() ? f.senderDomain : f.helo);
}

void Investigation::startAlignmentWhenReady()
{
    if (!m_pending.contains(QLatin1String("alignment")))
        return;
    // Alignment needs the SPF outcome (when SPF runs) and the DMARC record's modes.
    if (m_pending.contains(QLatin1String("spf")) || m_pending.contains(QLatin1String("dmarc")))
        return;
    const Facts &f = m_result.facts;
    DmarcAlignment::Input in;
    in.fromDomain = f.fromDomain;
    in.spf = {m_spfDomain.isEmpty() ? f.mailFromDomain : m_spfDomain, m_spfCode};
    in.dkim = dkimFromAuthResults(m_bounce.original.authenticationResults);
    if (in.dkim.isEmpty() && !f.dkimDomain.isEmpty() && !m_bounce.original.dkimDomain.isEmpty())
        in.dkim.append({f.dkimDomain, QString()}); // signed, outcome unknown
    if (m_dmarc && m_dmarc->found()) {
        in.adkim = m_dmarc->record().adkim;
        in.aspf = m_dmarc->record().aspf;
    }
    CheckResult r = DmarcAlignment::check(in);
    if (in.dkim.isEmpty())
        r.details.append(QCoreApplication::translate("Investigation", "The bounce did not say whether a DKIM signature passed; only SPF could be weighed."));
    QTimer::singleShot(0, this, [this, r] { complete(QStringLiteral("alignment"), {r}); });
}

void Investigation::complete(const QString &id, const CheckResults &results)
{
    if (!m_running || !m_pending.contains(id))
        return;
    m_pending.removeAll(id);
    m_result.checks.insert(id, results);
    Q_EMIT checkFinished(id, results);
    Q_EMIT progress(int(m_result.checkOrder.size() - m_pending.size()), int(m_result.checkOrder.size()));
    if (id == QLatin1String("dmarc"))
        startAlignmentWhenReady();
    if (m_pending.isEmpty())
        assess();
}

void Investigation::assess()
{
    if (!m_running)
        return;
    InvestigationResult &res = m_result;
    QList<CauseScore> ranking = m_diagnosis.ranking;
    if (std::none_of(ranking.begin(), ranking.end(), [&](const CauseScore &s) { return s.cause == m_diagnosis.cause; }))
        ranking.prepend({m_diagnosis.cause, m_diagnosis.confidence, {}});

    auto has = [&](const QString &id) { return res.checks.contains(id); };
    auto worst = [&](const QString &id) { return res.worstStatus(id); };
    auto anyListed = [&](const QString &id, const QString &weight) {
        for (const CheckResult &r : res.checks.value(id))
            if (r.status == CheckStatus::Fail && (weight.isEmpty() || r.data.value(QLatin1String("weight")).toString() == weight))
                return true;
        return false;
    };
    auto allCouldNot = [&](const QString &id) {
        const CheckResults rs = res.checks.value(id);
        return !rs.isEmpty() && std::all_of(rs.begin(), rs.end(), [](const CheckResult &r) {
            return r.status == CheckStatus::CouldNotCheck;
        });
    };
    const QString reason = m_diagnosis.reason;

    res.causes.clear();
    for (const CauseScore &s : ranking) {
        CauseAssessment a;
        a.cause = s.cause;
        a.before = s.confidence;
        double delta = 0;
        bool spoke = false, confirmedBy = false;
        for (const QString &id : checksFor(s.cause))
            if (has(id))
                a.checkIds.append(id);

        switch (s.cause) {
        case Cause::InvalidRecipient:
        case Cause::RecipientMailbox:
            if (has(QStringLiteral("recipient-mx"))) {
                spoke = true;
                const CheckStatus st = worst(QStringLiteral("recipient-mx"));
                if (st == CheckStatus::Fail) {
                    if (s.cause == Cause::InvalidRecipient) {
                        delta += 0.3;
                        confirmedBy = true;
                        a.why.append(QCoreApplication::translate("Investigation", "The recipient domain cannot receive mail (no such domain, null MX or no mail server)."));
                    } else {
                        delta -= 0.3;
                        a.why.append(QCoreApplication::translate("Investigation", "The recipient domain itself cannot receive mail, so the address is wrong rather than the mailbox."));
                    }
                } else if (st == CheckStatus::Pass || st == CheckStatus::Warn) {
                    if (reason == QLatin1String("domain-not-found") || reason == QLatin1String("null-mx")) {
                        delta -= 0.3;
                        a.why.append(QCoreApplication::translate("Investigation", "The recipient domain has working mail servers now; the failure may have been temporary or fixed since."));
                    } else {
                        a.why.append(QCoreApplication::translate("Investigation", "The recipient domain accepts mail; only its server knows which mailboxes exist, and the bounce speaks for it."));
                    }
                }
                for (const CheckResult &r : res.checks.value(QStringLiteral("recipient-mx")))
                    if (r.id.contains(QLatin1String("typo")) && r.status != CheckStatus::Pass && s.cause == Cause::InvalidRecipient) {
                        delta += 0.2;
                        confirmedBy = true;
                        a.why.append(r.summary);
                    }
            }
            break;
        case Cause::SenderBlocklisted:
            if (has(QStringLiteral("blocklist-ip")) || has(QStringLiteral("blocklist-domain"))) {
                spoke = true;
                if (anyListed(QStringLiteral("blocklist-ip"), QStringLiteral("high"))
                    || anyListed(QStringLiteral("blocklist-domain"), QStringLiteral("high"))) {
                    delta += 0.3;
                    confirmedBy = true;
                    a.why.append(QCoreApplication::translate("Investigation", "Listed on a blocklist that large mail providers use."));
                } else if (anyListed(QStringLiteral("blocklist-ip"), {}) || anyListed(QStringLiteral("blocklist-domain"), {})) {
                    delta += 0.15;
                    confirmedBy = true;
                    a.why.append(QCoreApplication::translate("Investigation", "Listed on a smaller blocklist; some receivers use it."));
                } else if (allCouldNot(QStringLiteral("blocklist-ip"))) {
                    spoke = false;
                    a.why.append(QCoreApplication::translate("Investigation", "The blocklists could not be checked from this network."));
                } else {
                    delta -= 0.15;
                    a.why.append(QCoreApplication::translate("Investigation", "Not listed on any public blocklist that answered; the receiver may use its own reputation data (Microsoft and Gmail do), so follow its delisting steps."));
                }
            }
            if (has(QStringLiteral("sender-rdns")) && worst(QStringLiteral("sender-rdns")) == CheckStatus::Fail) {
                spoke = true;
                delta += 0.05;
                a.why.append(QCoreApplication::translate("Investigation", "The sending IP has no working reverse DNS, which hurts its reputation."));
            }
            break;
        case Cause::Authentication: {
            const CheckStatus spf = has(QStringLiteral("spf")) ? worst(QStringLiteral("spf")) : CheckStatus::Info;
            const CheckStatus dkim = has(QStringLiteral("dkim")) ? worst(QStringLiteral("dkim")) : CheckStatus::Info;
            const CheckStatus dmarc = has(QStringLiteral("dmarc")) ? worst(QStringLiteral("dmarc")) : CheckStatus::Info;
            const CheckStatus align = has(QStringLiteral("alignment")) ? worst(QStringLiteral("alignment")) : CheckStatus::Info;
            if (spf != CheckStatus::Info && spf != CheckStatus::CouldNotCheck) {
                spoke = true;
                if (m_spfCode == QLatin1String("fail") || m_spfCode == QLatin1String("softfail")
                    || m_spfCode == QLatin1String("permerror") || m_spfCode == QLatin1String("none")) {
                    delta += 0.25;
                    confirmedBy = true;
                    a.why.append(QCoreApplication::translate("Investigation", "SPF does not pass for the sending IP (result: %1).").arg(m_spfCode));
                } else if (m_spfCode == QLatin1String("pass")) {
                    delta -= 0.1;
                    a.why.append(QCoreApplication::translate("Investigation", "SPF passes for the sending IP."));
                }
            }
            if (dkim == CheckStatus::Fail) {
                spoke = true;
                delta += 0.15;
                confirmedBy = true;
                a.why.append(QCoreApplication::translate("Investigation", "The DKIM key is missing or broken."));
            } else if (dkim == CheckStatus::Pass) {
                spoke = true;
                a.why.append(QCoreApplication::translate("Investigation", "A DKIM key is published."));
            }
            if (dmarc == CheckStatus::Fail && (reason.startsWith(QLatin1String("dmarc")) || reason == QLatin1String("unauthenticated"))) {
                spoke = true;
                delta += 0.1;
                confirmedBy = true;
                a.why.append(QCoreApplication::translate("Investigation", "The DMARC record has a problem."));
            }
            if (align == CheckStatus::Fail) {
                spoke = true;
                delta += 0.2;
                confirmedBy = true;
                a.why.append(QCoreApplication::translate("Investigation", "Neither SPF nor DKIM passes with a domain aligned to the From domain, so DMARC fails."));
            } else if (align == CheckStatus::Pass) {
                spoke = true;
                delta -= 0.15;
                a.why.append(QCoreApplication::translate("Investigation", "DMARC alignment passes now; the failure may have been fixed since, or happened at a forwarder."));
            }
            break;
        }
        case Cause::ServerConfig:
            if (has(QStringLiteral("sender-rdns"))) {
                spoke = true;
                const CheckStatus st = worst(QStringLiteral("sender-rdns"));
                const bool aboutRdns = reason == QLatin1String("rdns-missing") || reason == QLatin1String("bad-helo");
                if (st == CheckStatus::Fail) {
                    delta += aboutRdns ? 0.3 : 0.05;
                    confirmedBy = aboutRdns;
                    a.why.append(QCoreApplication::translate("Investigation", "The sending IP has no forward-confirmed reverse DNS."));
                } else if (st == CheckStatus::Pass && aboutRdns) {
                    delta -= 0.2;
                    a.why.append(QCoreApplication::translate("Investigation", "The sending IP's reverse DNS is correct now."));
                }
            }
            break;
        case Cause::SpamContent:
            if (has(QStringLiteral("content"))) {
                const CheckStatus st = worst(QStringLiteral("content"));
                if (st == CheckStatus::Warn || st == CheckStatus::Fail) {
                    spoke = true;
                    delta += 0.15;
                    confirmedBy = true;
                    a.why.append(QCoreApplication::translate("Investigation", "The returned message has content that filters dislike."));
                } else if (st == CheckStatus::Pass) {
                    spoke = true;
                    a.why.append(QCoreApplication::translate("Investigation", "Nothing in the returned message stands out."));
                }
            }
            if (anyListed(QStringLiteral("blocklist-links"), {})) {
                spoke = true;
                delta += 0.25;
                confirmedBy = true;
                a.why.append(QCoreApplication::translate("Investigation", "A domain linked in the message is on a domain blocklist."));
            }
            break;
        case Cause::RecipientBlocked:
            if (anyListed(QStringLiteral("blocklist-ip"), QStringLiteral("high"))) {
                spoke = true;
                a.why.append(QCoreApplication::translate("Investigation", "The sending IP is on a major blocklist; the recipient's policy may be reacting to it."));
            }
            break;
        default:
            break;
        }
        a.after = clamp01(a.before + delta);
        if (!spoke)
            a.verdict = a.checkIds.isEmpty() ? CauseAssessment::Verdict::NotChecked : CauseAssessment::Verdict::Unconfirmed;
        else if (confirmedBy && a.after >= a.before)
            a.verdict = CauseAssessment::Verdict::Confirmed;
        else if (a.after <= a.before - 0.1)
            a.verdict = CauseAssessment::Verdict::Refuted;
        else
            a.verdict = CauseAssessment::Verdict::Unconfirmed;
        res.causes.append(a);
    }
    std::stable_sort(res.causes.begin(), res.causes.end(),
                     [](const CauseAssessment &x, const CauseAssessment &y) { return x.after > y.after; });
    res.headline = res.causes.isEmpty() ? m_diagnosis.cause : res.causes.constFirst().cause;
    // A refuted headline only gives way to a cause the checks confirmed.
    if (!res.causes.isEmpty() && res.causes.constFirst().verdict != CauseAssessment::Verdict::Confirmed)
        if (const CauseAssessment *own = res.assessment(m_diagnosis.cause);
            own && own->verdict != CauseAssessment::Verdict::Refuted)
            res.headline = m_diagnosis.cause;
    res.elapsedMs = double(m_clock.nsecsElapsed()) / 1e6;
    res.queries = m_resolver ? m_resolver->queriesSent() - m_queriesAtStart : 0;
    m_running = false;
    Q_EMIT finished(res);
}

void Investigation::abort()
{
    const auto jobs = m_jobs;
    m_jobs.clear();
    for (const QPointer<QObject> &job : jobs)
        delete job.data(); // each job's destructor aborts its queries
    m_pending.clear();
    m_running = false;
}
