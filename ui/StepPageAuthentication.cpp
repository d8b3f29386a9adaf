#include "StepPageAuthentication.h"

#include "BounceCase.h"
#include "CheckResultView.h"
#include "DmarcAlignment.h"
#include "DomainName.h"
#include "DomainReport.h"
#include "SpfEvaluator.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

StepPageAuthentication::StepPageAuthentication(BounceCase *bounceCase, QWidget *parent)
    : StepPage(BounceCase::Authentication, bounceCase, parent)
{
    setIntro(tr("Receivers check that your domain allows your server to send (SPF), that the message is signed "
                "(DKIM), and what your domain asks them to do when both fail (DMARC)."));
    QWidget *area = contentLayout()->parentWidget();
    m_subject = addParagraph(QStringLiteral("authSubject"), tr("What is checked"));

    m_view = new CheckResultView(area);
    m_view->setObjectName(QStringLiteral("authResults"));
    m_view->setAccessibleTitle(tr("SPF, DKIM and DMARC checks"));
    auto *viewLabel = new QLabel(tr("Chec&ks of the domain:"), area);
    viewLabel->setBuddy(m_view->tree());
    contentLayout()->addWidget(viewLabel);
    contentLayout()->addWidget(m_view, 2);

    m_spfSummary = addParagraph(QStringLiteral("spfSummary"), tr("SPF evaluation"));
    auto *traceLabel = new QLabel(tr("SPF &evaluation, term by term (DNS lookups count against the limit of 10):"), area);
    traceLabel->setWordWrap(true);
    m_trace = new QTreeWidget(area);
    m_trace->setObjectName(QStringLiteral("spfTrace"));
    m_trace->setColumnCount(4);
    m_trace->setHeaderLabels({tr("Term"), tr("Result"), tr("Lookups"), tr("Note")});
    m_trace->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_trace->header()->setStretchLastSection(true);
    m_trace->setMinimumHeight(140);
    m_trace->setAccessibleName(tr("SPF evaluation tree"));
    m_trace->setAccessibleDescription(tr("Each SPF term with its result and the DNS lookups it used"));
    traceLabel->setBuddy(m_trace);
    contentLayout()->addWidget(traceLabel);
    contentLayout()->addWidget(m_trace, 1);

    m_alignment = addParagraph(QStringLiteral("dmarcAlignment"), tr("DMARC alignment"));
    connect(m_view, &CheckResultView::copied, this, [this](const QString &what) { Q_EMIT message(what, MessageBar::Positive); });
}

QString StepPageAuthentication::helpText() const
{
    return tr("Publish the suggested records at your DNS host (copy them with the button), wait for the TTL to pass, "
              "and re-run the checks. DMARC passes when SPF or DKIM passes for a domain that matches the From address.");
}

void StepPageAuthentication::initializePage()
{
    const Facts &f = bounceCase()->facts();
    const QString key = QStringList{f.senderDomain, f.fromDomain, f.dkimDomain, f.dkimSelector, f.sendingIp, f.mailFromDomain}.join(QLatin1Char('|'));
    if (key != m_checkedKey || bounceCase()->results(step()).isEmpty())
        runChecks();
}

bool StepPageAuthentication::rerunChecks()
{
    runChecks();
    return true;
}

void StepPageAuthentication::cancelChecks()
{
    const bool running = (m_report && m_report->isRunning()) || (m_spf && m_spf->isRunning());
    if (m_report)
        m_report->abort();
    if (m_spf)
        m_spf->abort();
    if (running) {
        m_reportDone = m_spfDone = true;
        setBusy(false);
        setState(StepState::CouldNotCheck);
        Q_EMIT transcript(tr("Authentication checks cancelled."));
    }
}

void StepPageAuthentication::runChecks()
{
    if (m_report) {
        m_report->abort();
        m_report->deleteLater();
    }
    if (m_spf) {
        m_spf->abort();
        m_spf->deleteLater();
    }
    const Facts &f = bounceCase()->facts();
    m_checkedKey = QStringList{f.senderDomain, f.fromDomain, f.dkimDomain, f.dkimSelector, f.sendingIp, f.mailFromDomain}.join(QLatin1Char('|'));
    m_reportResults.clear();
    m_spfResult.reset();
    m_view->clear();
    m_trace->clear();
    setResultText(m_spfSummary, QString());
    setResultText(m_alignment, QString());

    const QString domain = !f.senderDomain.isEmpty() ? f.senderDomain : !f.fromDomain.isEmpty() ? f.fromDomain : f.dkimDomain;
    if (domain.isEmpty()) {
        setResultText(m_subject, tr("The bounce names no sender domain. Enter it on the first step (Facts for the checks)."));
        setState(StepState::CouldNotCheck);
        return;
    }
    Resolver *resolver = bounceCase()->resolver();
    if (!resolver) {
        setResultText(m_subject, tr("No DNS resolver: %1").arg(bounceCase()->resolverError()));
        setState(StepState::CouldNotCheck);
        return;
    }
    QStringList what{tr("domain %1").arg(domain)};
    if (!f.dkimSelector.isEmpty())
        what << tr("DKIM selector %1").arg(f.dkimSelector);
    if (!f.sendingIp.isEmpty())
        what << tr("SPF for the sending IP %1").arg(f.sendingIp);
    setResultText(m_subject, tr("Checking %1.").arg(what.join(QStringLiteral(", "))));

    DomainReportOptions options;
    options.domain = domain;
    options.fromDomain = f.fromDomain.isEmpty() ? f.dkimDomain : f.fromDomain;
    if (!f.dkimSelector.isEmpty())
        options.selectors << f.dkimSelector;
    options.mailFrom = f.senderAddress;
    options.helo = f.helo;
    // The sending IP's reverse DNS is step 3's; here it would only repeat.
    m_report = new DomainReport(resolver, this);
    connect(m_report, &DomainReport::progress, this, [this](int done, int total, const QString &title) {
        setProgress(done, total, tr("Checked: %1").arg(title));
        Q_EMIT transcript(tr("Authentication: %1 done (%2 of %3).").arg(title).arg(done).arg(total));
    });
    connect(m_report, &DomainReport::finished, this, &StepPageAuthentication::onReportFinished);
    m_reportDone = false;
    m_spfDone = f.sendingIp.isEmpty();
    setBusy(true);
    setState(StepState::Checking);
    setProgress(0, 0, tr("Asking DNS…"));
    m_report->start(options);
    if (!f.sendingIp.isEmpty()) {
        m_spf = new SpfEvaluator(resolver, this);
        connect(m_spf, &SpfEvaluator::finished, this, &StepPageAuthentication::onSpfFinished);
        const QString mailFrom = !f.senderAddress.isEmpty() ? f.senderAddress : QStringLiteral("postmaster@") + domain;
        m_spf->start(f.sendingIp, mailFrom, f.helo);
    } else {
        setResultText(m_spfSummary, tr("No sending IP: SPF can only be evaluated for an IP. Enter it on the first step."));
    }
}

void StepPageAuthentication::onReportFinished(const CheckResults &results)
{
    m_reportResults = results;
    m_reportDone = true;
    maybeFinish();
}

void StepPageAuthentication::onSpfFinished(const SpfResult &result)
{
    m_spfResult = result;
    m_spfDone = true;
    showTrace(result);
    maybeFinish();
}

void StepPageAuthentication::maybeFinish()
{
    if (!m_reportDone || !m_spfDone)
        return;
    setBusy(false);
    CheckResults all;
    if (m_spfResult)
        all.append(m_spfResult->toCheckResult());
    for (const CheckResult &r : std::as_const(m_reportResults))
        if (!(m_spfResult && r.id == QLatin1String("spf.evaluate")))  // evaluated here, with the trace
            all.append(r);
    showAlignment();
    m_view->setResults(all);
    bounceCase()->setResults(step(), all);
    for (const CheckResult &r : std::as_const(all))
        Q_EMIT transcript(tr("%1: %2 — %3").arg(CheckResult::statusText(r.status), r.title, r.summary));
    setState(stateFromResults(all));
}

static void addTraceNode(QTreeWidgetItem *parent, QTreeWidget *tree, const std::shared_ptr<SpfTraceNode> &node)
{
    if (!node)
        return;
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
    QString term = node->term;
    if (term.isEmpty())
        term = QCoreApplication::translate("StepPageAuthentication", "SPF record of %1").arg(node->domain);
    item->setText(0, term);
    item->setText(1, node->evaluated ? (node->matched ? QCoreApplication::translate("StepPageAuthentication", "matched: %1").arg(node->result)
                                                      : node->result)
                                     : QCoreApplication::translate("StepPageAuthentication", "not reached"));
    item->setText(2, QString::number(node->subtreeLookups()));
    QString note = node->note;
    if (!node->record.isEmpty())
        note = note.isEmpty() ? node->record : note + QLatin1Char('\n') + node->record;
    item->setText(3, note);
    for (const SpfDnsQuery &q : node->dnsQueries) {
        auto *query = new QTreeWidgetItem(item);
        query->setText(0, QStringLiteral("%1 %2").arg(q.type, q.name));
        query->setText(1, q.status);
        query->setText(3, q.summary);
    }
    for (const auto &child : node->children)
        addTraceNode(item, tree, child);
}

void StepPageAuthentication::showTrace(const SpfResult &result)
{
    m_trace->clear();
    setResultText(m_spfSummary, tr("SPF for %1 sending as %2: %3. %n DNS lookup(s) of the 10 allowed.", nullptr, result.lookups)
                                    .arg(result.ip, result.sender.isEmpty() ? result.helo : result.sender,
                                         SpfResult::codeText(result.code))
                                + (result.problem.isEmpty() ? QString() : QLatin1Char(' ') + result.problem));
    addTraceNode(nullptr, m_trace, result.trace);
    m_trace->expandAll();
}

void StepPageAuthentication::showAlignment()
{
    const Facts &f = bounceCase()->facts();
    const QString from = !f.fromDomain.isEmpty() ? f.fromDomain : f.senderDomain;
    if (from.isEmpty())
        return;
    DmarcAlignment::Input input;
    input.fromDomain = from;
    const QString spfDomain = !f.mailFromDomain.isEmpty() ? f.mailFromDomain : f.senderDomain;
    input.spf = {spfDomain, m_spfResult ? SpfResult::codeId(m_spfResult->code) : QString()};
    if (!f.dkimDomain.isEmpty())
        input.dkim.append({f.dkimDomain, QString()});
    const DmarcAlignment::Outcome outcome = DmarcAlignment::evaluate(input);
    QStringList lines;
    lines << tr("From domain %1 (organizational domain %2).").arg(from, DomainName::organizationalDomain(from));
    lines << tr("SPF checks %1: %2.").arg(spfDomain.isEmpty() ? tr("(unknown)") : spfDomain,
                                          DmarcAlignment::aligned(from, spfDomain, DmarcAlignmentMode::Relaxed)
                                              ? tr("aligned with the From domain") : tr("not aligned with the From domain"));
    if (!f.dkimDomain.isEmpty())
        lines << tr("DKIM signs as %1: %2.").arg(f.dkimDomain, DmarcAlignment::aligned(from, f.dkimDomain, DmarcAlignmentMode::Relaxed)
                                                                  ? tr("aligned with the From domain") : tr("not aligned with the From domain"));
    else
        lines << tr("The returned message shows no DKIM signature, so only SPF can make DMARC pass.");
    lines += outcome.reasons;
    setResultText(m_alignment, lines.join(QLatin1Char('\n')));
}
