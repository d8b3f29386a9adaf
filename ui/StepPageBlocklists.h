#pragma once

#include "BlocklistResult.h"
#include "StepPage.h"

#include <QList>
#include <QPointer>

class BlocklistChecker;
class CheckBatch;
class CheckResultView;
class QLabel;
class QPushButton;
class QTableWidget;

// Step 3: the sending IP and domain against the blocklist catalogue (listed / clean / couldn't
// check, what a listing means, where to ask for removal) and the IP's reverse DNS.
class StepPageBlocklists : public StepPage
{
    Q_OBJECT
public:
    StepPageBlocklists(BounceCase *bounceCase, QWidget *parent = nullptr);

    void initializePage() override;
    void cancelChecks() override;
    bool rerunChecks() override;
    QString helpText() const override;

private:
    void runChecks();
    void addRow(const BlocklistResult &result);
    void maybeFinish();
    void openDelisting();
    void updateDelistButton();

    QLabel *m_targets = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_recheck = nullptr;
    QPushButton *m_delist = nullptr;
    CheckResultView *m_rdnsView = nullptr;
    QPointer<BlocklistChecker> m_checker;
    QPointer<CheckBatch> m_rdns;
    QList<BlocklistResult> m_results;
    CheckResults m_rdnsResults;
    QString m_checkedKey;
    bool m_blocklistsDone = true;
    bool m_rdnsDone = true;
};
