#include "StepPageContent.h"

#include "BounceCase.h"
#include "CheckResultView.h"

#include <QTreeWidget>
#include "Classifier.h"

#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QVBoxLayout>

StepPageContent::StepPageContent(BounceCase *bounceCase, QWidget *parent)
    : StepPage(BounceCase::Content, bounceCase, parent)
{
    setIntro(tr("Spam filters judge the message itself and how you send: links, attachments, size, and sudden jumps "
                "in volume. This advice comes from the message that came back with the bounce."));
    QWidget *area = contentLayout()->parentWidget();
    m_says = addParagraph(QStringLiteral("contentBounceSays"), tr("What the bounce says about content"));
    auto *label = new QLabel(tr("&Advice:"), area);
    m_view = new CheckResultView(area);
    m_view->setObjectName(QStringLiteral("contentAdvice"));
    m_view->setAccessibleTitle(tr("Content advice"));
    label->setBuddy(m_view->tree());
    contentLayout()->addWidget(label);
    contentLayout()->addWidget(m_view, 1);
}

QString StepPageContent::helpText() const
{
    return tr("Send a plain test message without links or attachments to the same recipient. If it arrives, the content "
              "was the problem; add elements back one at a time.");
}

bool StepPageContent::rerunChecks()
{
    initializePage();
    return true;
}

void StepPageContent::initializePage()
{
    if (!bounceCase()->hasAnalysis()) {
        setResultText(m_says, tr("Paste a bounce first."));
        m_view->clear();
        setState(StepState::CouldNotCheck);
        return;
    }
    const Analysis &a = bounceCase()->analysis();
    QStringList says;
    for (const DeliveryFailure &f : a.bounce.failures)
        if (f.cause == Cause::SpamContent || f.cause == Cause::RecipientBlocked)
            says << tr("%1: “%2”").arg(Classifier::instance().reasonTitle(f.reason), f.diagnostic.left(400));
    setResultText(m_says, says.isEmpty() ? tr("The bounce does not blame the content.") : says.join(QStringLiteral("\n")));
    const CheckResults advice = adviceFor(a);
    m_view->setResults(advice);
    bounceCase()->setResults(step(), advice);
    StepState state = stateFromResults(advice);
    if (state == StepState::Passed && !says.isEmpty())
        state = StepState::NeedsAction;
    setState(state);
}

CheckResults StepPageContent::adviceFor(const Analysis &a)
{
    CheckResults out;
    const ReturnedMessage &m = a.bounce.original;
    if (!m.present) {
        CheckResult r;
        r.id = QStringLiteral("content.message");
        r.title = tr("Returned message");
        r.status = CheckStatus::CouldNotCheck;
        r.summary = tr("The bounce did not include your message, so its content cannot be judged.");
        r.fix = tr("If your mail program can show the full bounce (with the returned message), paste that instead.");
        out << r;
        return out;
    }
    const QString sender = a.diagnosis.facts.senderDomain;
    {
        CheckResult r;
        r.id = QStringLiteral("content.links");
        r.title = tr("Links");
        QSet<QString> foreign;
        for (const QString &host : m.linkHosts)
            if (sender.isEmpty() || !(host == sender || host.endsWith(QLatin1Char('.') + sender)))
                foreign.insert(host);
        r.evidence = m.linkHosts;
        if (m.linkCount == 0) {
            r.status = m.bodyBytes > 0 ? CheckStatus::Pass : CheckStatus::Info;
            r.summary = m.bodyBytes > 0 ? tr("No links.") : tr("The body did not come back; links are unknown.");
        } else if (m.linkCount > 10 || !foreign.isEmpty()) {
            r.status = CheckStatus::Warn;
            r.summary = tr("%n link(s); %1 to other domains than yours.", nullptr, m.linkCount).arg(foreign.size());
            r.fix = tr("Filters rate every linked domain. Link to your own domain, avoid URL shorteners and tracking "
                       "redirects, and keep the number of links small.");
        } else {
            r.status = CheckStatus::Pass;
            r.summary = tr("%n link(s), all to your own domain.", nullptr, m.linkCount);
        }
        out << r;
    }
    {
        CheckResult r;
        r.id = QStringLiteral("content.attachments");
        r.title = tr("Attachments");
        // Types that mail filters commonly quarantine: executables, scripts, macros, archives, disk images.
        static const QStringList risky{QStringLiteral("exe"), QStringLiteral("js"), QStringLiteral("vbs"), QStringLiteral("scr"),
                                       QStringLiteral("bat"), QStringLiteral("cmd"), QStringLiteral("zip"), QStringLiteral("rar"),
                                       QStringLiteral("7z"), QStringLiteral("iso"), QStringLiteral("img"), QStringLiteral("docm"),
                                       QStringLiteral("xlsm"), QStringLiteral("html"), QStringLiteral("htm")};
        QStringList flagged;
        for (const QString &t : m.attachmentTypes)
            for (const QString &ext : risky)
                if (t.endsWith(ext, Qt::CaseInsensitive))
                    flagged << t;
        r.evidence = m.attachmentTypes;
        if (m.attachmentTypes.isEmpty()) {
            r.status = CheckStatus::Pass;
            r.summary = tr("No attachments.");
        } else if (!flagged.isEmpty()) {
            r.status = CheckStatus::Warn;
            r.summary = tr("Attachments that filters often block: %1").arg(flagged.join(QStringLiteral(", ")));
            r.fix = tr("Share such files through a link to a file service instead of attaching them.");
        } else {
            r.status = CheckStatus::Pass;
            r.summary = tr("Attachments: %1").arg(m.attachmentTypes.join(QStringLiteral(", ")));
        }
        out << r;
    }
    if (m.bodyBytes > 0) {
        CheckResult r;
        r.id = QStringLiteral("content.size");
        r.title = tr("Size");
        const bool big = m.bodyBytes > 10 * 1024 * 1024;
        r.status = big ? CheckStatus::Warn : CheckStatus::Pass;
        r.summary = tr("The message body is %1.").arg(QLocale().formattedDataSize(m.bodyBytes));
        if (big)
            r.fix = tr("Many servers refuse messages over 10–25 MB. Send large files as a link.");
        out << r;
    }
    {
        CheckResult r;
        r.id = QStringLiteral("content.volume");
        r.title = tr("Sending activity");
        r.status = CheckStatus::Info;
        r.summary = tr("Sudden volume from a new IP or domain looks like spam to receivers.");
        r.fix = tr("If you recently started sending much more mail (a newsletter, a new server), ramp up over days, "
                   "send only to people who asked for it, and offer a one-click unsubscribe.");
        out << r;
    }
    return out;
}
