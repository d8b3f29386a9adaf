#pragma once

#include "MessageBar.h"
#include "StepState.h"

#include <QList>
#include <QMainWindow>

class BounceCase;
class QAction;
class QDockWidget;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class StepPage;
class StepPagePaste;
class StepPageResend;

// The wizard window: the step list with a state badge per step on the left, the current step in
// the middle, a transcript/details dock, Back/Next with words, menus and toolbar with the
// standard shortcuts, and errors shown inline in a message bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    BounceCase *bounceCase() const { return m_case; }
    StepPage *page(int step) const { return m_pages.value(step); }
    StepPagePaste *pastePage() const { return m_paste; }
    int currentStep() const;
    // The badge as the list shows it, e.g. "Needs action".
    QString stepBadgeText(int step) const;
    MessageBar *messageBar() const { return m_messageBar; }

    void goToStep(int step);
    void goNext();
    void goBack();
    // DNS servers for the live checks ("HOST[:PORT]"); empty = the system's resolvers.
    void setDnsServers(const QStringList &servers);
    void openBounceFile(const QString &path);
    void restoreSession();

Q_SIGNALS:
    // The user picked a language in the Language menu (a code from Translations::available()).
    void languageRequested(const QString &code);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDock();
    void updateStepItem(int step);
    void updateNavigation();
    void onAnalysisChanged();
    void showMessage(const QString &text, MessageBar::Type type);
    void appendTranscript(const QString &line);
    void showHelp();
    void showAbout();
    void saveWindowState() const;

    BounceCase *m_case = nullptr;
    QList<StepPage *> m_pages;
    StepPagePaste *m_paste = nullptr;
    StepPageResend *m_resend = nullptr;
    QListWidget *m_stepList = nullptr;
    QStackedWidget *m_stack = nullptr;
    MessageBar *m_messageBar = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_stepCounter = nullptr;
    QDockWidget *m_dock = nullptr;
    QPlainTextEdit *m_transcript = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_exportAction = nullptr;
};
