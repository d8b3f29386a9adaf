#include "StepPageResend.h"

#include "BounceCase.h"
#include "CheckResultView.h"
#include "ReportWriter.h"
#include "StepPageSmtp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column { StepColumn, NowColumn, BeforeColumn, FoundColumn, ColumnCount };
}

StepPageResend::StepPageResend(BounceCase *bounceCase, QWidget *parent)
    : StepPage(BounceCase::Resend, bounceCase, parent)
{
    setIntro(tr("Before you send the message again, make sure what caused the bounce is fixed: re-run the checks and "
                "compare. Resending too early can make a blocklisting or a reputation problem worse."));
    QWidget *area = contentLayout()->parentWidget();
    auto *label = new QLabel(tr("Chec&klist:"), area);
    m_list = new QTreeWidget(area);
    m_list->setObjectName(QStringLiteral("resendChecklist"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Step"), tr("Now"), tr("Before"), tr("What was found")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(StepColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(NowColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(BeforeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setMinimumHeight(220);
    m_list->setAccessibleName(tr("Fix checklist"));
    m_list->setAccessibleDescription(tr("Each step that applies, its state now and before the re-run, and what was found"));
    label->setBuddy(m_list);
    contentLayout()->addWidget(label);
    contentLayout()->addWidget(m_list, 1);

    auto *row = new QHBoxLayout;
    m_rerun = new QPushButton(tr("Re-r&un all checks"), area);
    m_rerun->setObjectName(QStringLiteral("rerunAll"));
    m_rerun->setAccessibleDescription(tr("Runs every check of the steps again and compares with the first run"));
    m_export = new QPushButton(tr("E&xport report…"), area);
    m_export->setObjectName(QStringLiteral("exportReport"));
    m_export->setAccessibleDescription(tr("Saves the whole case: the bounce summary, evidence and every check result"));
    row->addWidget(m_rerun);
    row->addWidget(m_export);
    row->addStretch(1);
    contentLayout()->addLayout(row);
    m_advice = addParagraph(QStringLiteral("resendAdvice"), tr("Advice"));
    QFont bold = m_advice->font();
    bold.setBold(true);
    m_advice->setFont(bold);

    connect(m_rerun, &QPushButton::clicked, this, &StepPageResend::rerunAll);
    connect(m_export, &QPushButton::clicked, this, &StepPageResend::exportReport);
    connect(bounceCase, &BounceCase::stepStateChanged, this, [this] {
        if (isVisible())
            refresh();
    });
}

QString StepPageResend::helpText() const
{
    return tr("Work through the steps marked “Needs action”, then press Re-run all checks. Resend only when nothing "
              "needs action; for a blocklisting, wait until the list has removed you.");
}

void StepPageResend::setPages(const QList<StepPage *> &pages)
{
    m_pages.clear();
    for (StepPage *p : pages)
        if (p != this)
            m_pages.append(p);
}

void StepPageResend::initializePage()
{
    refresh();
}

void StepPageResend::cancelChecks()
{
    for (const QPointer<StepPage> &p : std::as_const(m_pages))
        if (p && m_waiting.contains(p))
            p->cancelChecks();
}

void StepPageResend::rerunAll()
{
    m_rerunDone = false;
    m_waiting.clear();
    int started = 0;
    for (const QPointer<StepPage> &p : std::as_const(m_pages)) {
        if (!p || !isRelevant(p->step()))
            continue;
        connect(p, &StepPage::busyChanged, this, [this, page = p.data()](bool busy) {
            if (!busy)
                pageIdle(page);
        }, Qt::UniqueConnection);
        if (p->rerunChecks()) {
            ++started;
            if (p->isBusy())
                m_waiting.insert(p);
        }
    }
    Q_EMIT transcript(tr("Re-running the checks of %n step(s)…", nullptr, started));
    if (m_waiting.isEmpty()) {
        m_rerunDone = true;
        setBusy(false);
        refresh();
    } else {
        setBusy(true);
        setProgress(0, int(m_waiting.size()), tr("Re-running checks…"));
    }
}

void StepPageResend::pageIdle(StepPage *page)
{
    if (!m_waiting.remove(page))
        return;
    if (m_waiting.isEmpty()) {
        m_rerunDone = true;
        setBusy(false);
        Q_EMIT transcript(tr("All checks re-run."));
    }
    refresh();
}

bool StepPageResend::isRelevant(int step) const
{
    // The steps the bounce points to, and any other step the user has run checks on.
    return step != BounceCase::Paste && step != BounceCase::Resend
        && (bounceCase()->applies(step) || !bounceCase()->results(step).isEmpty());
}

void StepPageResend::refresh()
{
    m_list->clear();
    int open = 0;
    int unknown = 0;
    for (const QPointer<StepPage> &p : std::as_const(m_pages)) {
        if (!p || !isRelevant(p->step()))
            continue;
        const int s = p->step();
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(StepColumn, tr("%1. %2").arg(s).arg(BounceCase::stepTitle(s)));
        const StepState now = p->state();
        item->setIcon(NowColumn, stepStateIcon(now));
        item->setText(NowColumn, stepStateText(now));
        const CheckResults first = bounceCase()->firstResults(s);
        const CheckResults latest = bounceCase()->results(s);
        if (m_rerunDone && !first.isEmpty()) {
            const StepState before = stateFromResults(first);
            item->setIcon(BeforeColumn, stepStateIcon(before));
            item->setText(BeforeColumn, stepStateText(before));
        }
        QStringList found;
        for (const CheckResult &r : latest)
            if (r.status == CheckStatus::Fail || r.status == CheckStatus::Warn)
                found << tr("%1: %2").arg(r.title, r.summary);
        if (found.isEmpty() && now == StepState::NeedsAction && bounceCase()->hasAnalysis())
            found << tr("The bounce: %1").arg(causeExplanation(bounceCase()->analysis().diagnosis.cause));
        else if (found.isEmpty() && !latest.isEmpty())
            found << tr("Nothing wrong found.");
        item->setText(FoundColumn, found.join(QLatin1Char('\n')));
        if (now == StepState::NeedsAction || now == StepState::ToDo)
            ++open;
        if (now == StepState::CouldNotCheck)
            ++unknown;
    }
    QString advice;
    StepState state = StepState::ToDo;
    if (!bounceCase()->hasAnalysis()) {
        advice = tr("Paste a bounce first.");
    } else if (!m_rerunDone) {
        advice = tr("Re-run all checks when you have made your changes; the advice to resend comes after that.");
    } else if (open > 0) {
        advice = tr("Not yet: %n step(s) still need action. Fix them and re-run the checks before you resend.", nullptr, open);
        state = StepState::NeedsAction;
    } else if (unknown > 0) {
        advice = tr("Nothing that could be checked needs action, but %n step(s) could not be checked. Resend one "
                    "message first and watch for a new bounce before resending the rest.", nullptr, unknown);
        state = StepState::CouldNotCheck;
    } else {
        advice = tr("Everything checked is in order. Resend the message — once, to the affected recipients only. "
                    "If it bounces again, paste the new bounce.");
        state = StepState::Passed;
    }
    setResultText(m_advice, advice);
    setState(state);
}

void StepPageResend::exportReport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"), QStringLiteral("bounce-report.html"),
                                                      tr("Web page (*.html);;Markdown (*.md);;PDF (*.pdf);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportReportTo(path, &error))
        Q_EMIT message(tr("Report saved to %1.").arg(path), MessageBar::Positive);
    else
        Q_EMIT message(tr("Could not save the report: %1").arg(error), MessageBar::Error);
}

CaseReport StepPageResend::caseReport() const
{
    CaseReport report;
    report.appVersion = QCoreApplication::applicationVersion();
    report.created = QDateTime::currentDateTimeUtc();
    if (bounceCase()->hasAnalysis())
        report.analysis = bounceCase()->analysis();
    report.userFacts = bounceCase()->facts();
    InvestigationResult investigation;
    investigation.facts = bounceCase()->facts();
    investigation.headline = report.analysis.diagnosis.cause;
    for (int s = BounceCase::Recipient; s < BounceCase::Resend; ++s) {
        const CheckResults results = bounceCase()->results(s);
        for (const CheckResult &r : results) {
            if (!investigation.checks.contains(r.id))
                investigation.checkOrder << r.id;
            investigation.checks[r.id] << r;
            report.checkTitles.insert(r.id, r.title);
        }
    }
    if (!investigation.checkOrder.isEmpty())
        report.investigation = investigation;
    report.secrets = m_secrets;
    for (const QPointer<StepPage> &p : m_pages) {
        if (auto *smtp = qobject_cast<StepPageSmtp *>(p.data())) {
            report.smtp = smtp->lastResult();
            if (!smtp->password().isEmpty())
                report.secrets << smtp->password();
        }
    }
    return report;
}

bool StepPageResend::exportReportTo(const QString &path, QString *error) const
{
    const Result<bool> written = ReportWriter::write(caseReport(), path);
    if (!written.ok() && error)
        *error = written.error().message;
    return written.ok();
}
