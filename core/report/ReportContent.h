#pragma once

#include "CaseReport.h"
#include "CheckResult.h"
#include "FixPlan.h"
#include "InvestigationResult.h"
#include "ReportBlock.h"

// What a human-readable report says, in which order, with translated labels
// (context "Report"). Shared by the HTML, Markdown and PDF outputs.
class ReportContent
{
public:
    static ReportBlocks build(const CaseReport &report);
    static QString title(const CaseReport &report);

    // States by text and symbol, never by colour alone.
    static QString statusLabel(CheckStatus status);               // "✔ Pass"
    static QString stepStateLabel(FixStep::State state);          // "✖ Needs action"
    static QString verdictLabel(CauseAssessment::Verdict verdict); // "✔ Confirmed"
    static QString toneOf(CheckStatus status);
};
