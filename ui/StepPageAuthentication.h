#pragma once

#include "SpfResult.h"
#include "StepPage.h"

#include <QPointer>

#include <optional>

class CheckResultView;
class DomainReport;
class QLabel;
class QTreeWidget;
class SpfEvaluator;

// Step 4: SPF, DKIM and DMARC of the sender's domain, each record shown whole with its checks,
// the SPF evaluation for the sending IP as a tree with the lookup count, the DMARC alignment in
// words, and suggested records with Copy buttons.
class StepPageAuthentication : public StepPage
{
    Q_OBJECT
public:
    StepPageAuthentication(BounceCase *bounceCase, QWidget *parent = nullptr);

    void initializePage() override;
    void cancelChecks() override;
    bool rerunChecks() override;
    QString helpText() const override;

private:
    void runChecks();
    void onReportFinished(const CheckResults &results);
    void onSpfFinished(const SpfResult &result);
    void maybeFinish();
    void showTrace(const SpfResult &result);
    void showAlignment();

    QLabel *m_subject = nullptr;
    CheckResultView *m_view = nullptr;
    QLabel *m_spfSummary = nullptr;
    QTreeWidget *m_trace = nullptr;
    QLabel *m_alignment = nullptr;
    QPointer<DomainReport> m_report;
    QPointer<SpfEvaluator> m_spf;
    CheckResults m_reportResults;
    std::optional<SpfResult> m_spfResult;
    bool m_reportDone = true;
    bool m_spfDone = true;
    QString m_checkedKey;
};
