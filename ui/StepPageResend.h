#pragma once

#include "CaseReport.h"
#include "StepPage.h"

#include <QList>
#include <QPointer>
#include <QSet>

class QLabel;
class QPushButton;
class QTreeWidget;

// Step 7: a checklist of what was found and what is fixed, a re-run of every check with the
// state before and after, and — only when nothing needs action any more — the advice to resend.
// Also exports the case.
class StepPageResend : public StepPage
{
    Q_OBJECT
public:
    StepPageResend(BounceCase *bounceCase, QWidget *parent = nullptr);

    // The other steps, so the re-run can drive them.
    void setPages(const QList<StepPage *> &pages);

    void initializePage() override;
    void cancelChecks() override;
    QString helpText() const override;

    void rerunAll();
    bool isRerunning() const { return !m_waiting.isEmpty(); }
    void exportReport();
    // HTML, Markdown, PDF or JSON by the file's extension (core/report's ReportWriter).
    bool exportReportTo(const QString &path, QString *error = nullptr) const;
    CaseReport caseReport() const;
    // Strings the report must never contain (the SMTP password typed in step 6).
    void setSecrets(const QStringList &secrets) { m_secrets = secrets; }

private:
    bool isRelevant(int step) const;
    void refresh();
    void pageIdle(StepPage *page);

    QTreeWidget *m_list = nullptr;
    QPushButton *m_rerun = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_advice = nullptr;
    QList<QPointer<StepPage>> m_pages;
    QSet<StepPage *> m_waiting;
    bool m_rerunDone = false;
    QStringList m_secrets;
};
