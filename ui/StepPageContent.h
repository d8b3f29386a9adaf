#pragma once

#include "Analysis.h"
#include "StepPage.h"

class CheckResultView;
class QLabel;

// Step 5: advice drawn from the returned message (links, attachments, size) and from the
// bounce's own wording about content and sending volume. No network.
class StepPageContent : public StepPage
{
    Q_OBJECT
public:
    StepPageContent(BounceCase *bounceCase, QWidget *parent = nullptr);

    void initializePage() override;
    bool rerunChecks() override;
    QString helpText() const override;

    // The advice for an analysis, as check results (ids "content.*").
    static CheckResults adviceFor(const Analysis &analysis);

private:
    QLabel *m_says = nullptr;
    CheckResultView *m_view = nullptr;
};
