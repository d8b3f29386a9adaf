#pragma once

#include "CheckResult.h"
#include "MessageBar.h"
#include "StepState.h"

#include <QWidget>

class BounceCase;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

// One step of the wizard, with the contract of QWizardPage (Qt's licensewizard/classwizard)
// even though the window is a side-list stepper: initializePage() runs every time the step
// opens and starts its checks (Kleopatra's KeyCreationPage shape), isComplete() is false while
// a check runs and completeChanged() says when that changes, validatePage() may refuse to move on.
class StepPage : public QWidget
{
    Q_OBJECT
public:
    StepPage(int step, BounceCase *bounceCase, QWidget *parent = nullptr);

    int step() const { return m_step; }
    QString title() const;
    StepState state() const { return m_state; }
    bool isBusy() const { return m_busy; }

    virtual void initializePage();
    virtual bool isComplete() const;
    virtual bool validatePage();
    // Stops whatever the step is checking; results so far stay on screen.
    virtual void cancelChecks();
    // Runs the step's live checks again (step 7 "re-run all checks"). Returns false when the
    // step has nothing it can run in this build.
    virtual bool rerunChecks();
    // A new bounce was analysed: the step starts over as to do, or skipped when it does not apply.
    void resetForNewCase(bool applies);
    // One paragraph of help for the Help action.
    virtual QString helpText() const;

Q_SIGNALS:
    void completeChanged();
    void stateChanged(StepState state);
    void busyChanged(bool busy);
    void transcript(const QString &line);
    void message(const QString &text, MessageBar::Type type);

protected:
    BounceCase *bounceCase() const { return m_case; }
    QVBoxLayout *contentLayout() const { return m_content; }
    void setIntro(const QString &text);
    void setState(StepState state);
    void setBusy(bool busy);
    // Progress of a running check; total 0 shows a busy indicator.
    void setProgress(int done, int total, const QString &what = {});
    // A read-only paragraph that Tab reaches (for results a screen reader must find).
    QLabel *addParagraph(const QString &objectName, const QString &accessibleName);
    static QLabel *makeReadOnlyLabel(QWidget *parent, const QString &objectName, const QString &accessibleName);
    // Needs action when any check failed or warned; couldn't check when more checks got no answer
    // than got one; else passed.
    static StepState stateFromResults(const CheckResults &results);
    // Sets a result label's text and keeps its accessible name "<what it is>: <text>".
    static void setResultText(QLabel *label, const QString &text);

private:
    int m_step;
    BounceCase *m_case;
    StepState m_state = StepState::ToDo;
    bool m_busy = false;
    QLabel *m_heading = nullptr;
    QLabel *m_intro = nullptr;
    QVBoxLayout *m_content = nullptr;
    QWidget *m_progressRow = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QPushButton *m_cancel = nullptr;
};
