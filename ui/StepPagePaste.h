#pragma once

#include "AnalysisOutcome.h"
#include "StepPage.h"

#include <QList>
#include <QPair>

#include <optional>

class AnalysisRunner;
class BounceEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;
class RecipientTableModel;

// Step 0: the user pastes (or drops, or opens) a bounce; the analysis runs in a worker thread
// shortly after each edit and the page shows cause, reason, evidence, recipients and facts.
class StepPagePaste : public StepPage
{
    Q_OBJECT
public:
    StepPagePaste(BounceCase *bounceCase, QWidget *parent = nullptr);

    // file name under :/samples/ and its translated title
    static QList<QPair<QString, QString>> samples();

    QString bounceText() const;
    void setBounceText(const QString &text);
    bool isAnalyzing() const;
    QMenu *samplesMenu() const { return m_samplesMenu; }
    RecipientTableModel *recipientModel() const { return m_model; }
    BounceEdit *editor() const { return m_edit; }

    bool isComplete() const override;
    bool validatePage() override;
    void cancelChecks() override;
    QString helpText() const override;

    void openFile();
    bool loadFile(const QString &path);
    void loadSample(const QString &fileName);
    void pasteFromClipboard();
    // Starts the analysis now instead of after the typing pause.
    void analyzeNow();
    // Restores the autosaved draft, if any (not when the editor already has text).
    void restoreDraft();

Q_SIGNALS:
    void analysisFinished();

private:
    void onTextChanged();
    void onAnalysisFinished(const AnalysisOutcome &outcome);
    void showAnalysis(const AnalysisOutcome &outcome);
    void clearResults();
    void highlight(const QList<EvidenceSpan> &spans);
    void factEdited();
    void fillFacts();
    void saveDraft();

    AnalysisRunner *m_runner = nullptr;
    QTimer *m_debounce = nullptr;
    BounceEdit *m_edit = nullptr;
    QMenu *m_samplesMenu = nullptr;
    QLabel *m_status = nullptr;
    QGroupBox *m_resultBox = nullptr;
    QLabel *m_cause = nullptr;
    QLabel *m_causeExplanation = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_codes = nullptr;
    QLabel *m_fixes = nullptr;
    QLabel *m_warnings = nullptr;
    QLabel *m_hop = nullptr;
    QTableView *m_table = nullptr;
    RecipientTableModel *m_model = nullptr;
    QLineEdit *m_sendingIp = nullptr;
    QLineEdit *m_helo = nullptr;
    QLineEdit *m_senderDomain = nullptr;
    QLineEdit *m_recipientDomain = nullptr;
    QLineEdit *m_dkimSelector = nullptr;
    QLineEdit *m_dkimDomain = nullptr;
    bool m_hasResult = false;
    bool m_loadingText = false;
    std::optional<QString> m_knownText;  // the text as last set by setBounceText(), until edited
};
