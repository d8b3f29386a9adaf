#include "MainWindow.h"

#include "AresResolver.h"
#include "BounceCase.h"
#include "CachingResolver.h"
#include "StepPageAuthentication.h"
#include "StepPageBlocklists.h"
#include "StepPageContent.h"
#include "StepPageMailbox.h"
#include "StepPagePaste.h"
#include "StepPageRecipient.h"
#include "StepPageResend.h"
#include "StepPageSmtp.h"
#include "Translations.h"

#include <QAccessible>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Bounce Doctor"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    m_case = new BounceCase(this);

    m_paste = new StepPagePaste(m_case);
    m_resend = new StepPageResend(m_case);
    m_pages = {m_paste,
               new StepPageRecipient(m_case),
               new StepPageMailbox(m_case),
               new StepPageBlocklists(m_case),
               new StepPageAuthentication(m_case),
               new StepPageContent(m_case),
               new StepPageSmtp(m_case),
               m_resend};
    m_resend->setPages(m_pages);

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    m_messageBar = new MessageBar(central);
    outer->addWidget(m_messageBar);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    auto *listBox = new QWidget(splitter);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *listLabel = new QLabel(tr("Ste&ps:"), listBox);
    m_stepList = new QListWidget(listBox);
    m_stepList->setObjectName(QStringLiteral("stepList"));
    m_stepList->setIconSize(QSize(20, 20));
    m_stepList->setSpacing(2);
    m_stepList->setWordWrap(true);
    m_stepList->setAccessibleName(tr("Steps"));
    m_stepList->setAccessibleDescription(tr("The steps of the diagnosis with their state; choose one to open it"));
    listLabel->setBuddy(m_stepList);
    listLayout->addWidget(listLabel);
    listLayout->addWidget(m_stepList);
    for (int s = 0; s < m_pages.size(); ++s)
        m_stepList->addItem(new QListWidgetItem);

    m_stack = new QStackedWidget(splitter);
    m_stack->setObjectName(QStringLiteral("stepStack"));
    for (StepPage *p : std::as_const(m_pages))
        m_stack->addWidget(p);
    splitter->addWidget(listBox);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({250, 850});
    outer->addWidget(splitter, 1);

    auto *nav = new QHBoxLayout;
    m_stepCounter = new QLabel(central);
    m_stepCounter->setObjectName(QStringLiteral("stepCounter"));
    m_back = new QPushButton(QIcon::fromTheme(QStringLiteral("go-previous")), tr("&Back"), central);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setAccessibleDescription(tr("Goes to the previous step that applies"));
    m_next = new QPushButton(QIcon::fromTheme(QStringLiteral("go-next")), tr("&Next"), central);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_next->setAccessibleDescription(tr("Goes to the next step that applies"));
    nav->addWidget(m_stepCounter, 1);
    nav->addWidget(m_back);
    nav->addWidget(m_next);
    outer->addLayout(nav);
    setCentralWidget(central);

    createDock();
    createActions();

    for (int s = 0; s < m_pages.size(); ++s) {
        StepPage *p = m_pages.at(s);
        connect(p, &StepPage::completeChanged, this, &MainWindow::updateNavigation);
        connect(p, &StepPage::message, this, &MainWindow::showMessage);
        connect(p, &StepPage::transcript, this, &MainWindow::appendTranscript);
        connect(p, &StepPage::stateChanged, this, [this, s](StepState state) {
            updateStepItem(s);
            // Screen readers hear outcomes of the step being looked at.
            if (s == currentStep() && state != StepState::Checking) {
                QAccessibleEvent event(m_stepList, QAccessible::NameChanged);
                QAccessible::updateAccessibility(&event);
            }
        });
    }
    connect(m_case, &BounceCase::stepStateChanged, this, [this](int step) { updateStepItem(step); });
    connect(m_case, &BounceCase::analysisChanged, this, &MainWindow::onAnalysisChanged);
    connect(m_stepList, &QListWidget::currentRowChanged, this, &MainWindow::goToStep);
    connect(m_back, &QPushButton::clicked, this, &MainWindow::goBack);
    connect(m_next, &QPushButton::clicked, this, &MainWindow::goNext);

    for (int s = 0; s < m_pages.size(); ++s)
        updateStepItem(s);
    setDnsServers(QSettings().value(QStringLiteral("dns/servers")).toStringList());
    m_stepList->setCurrentRow(0);
    goToStep(0);
}

MainWindow::~MainWindow() = default;

void MainWindow::createDock()
{
    m_dock = new QDockWidget(tr("Details and transcript"), this);
    m_dock->setObjectName(QStringLiteral("transcriptDock"));
    m_dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    m_transcript = new QPlainTextEdit(m_dock);
    m_transcript->setObjectName(QStringLiteral("transcriptView"));
    m_transcript->setReadOnly(true);
    m_transcript->setTabChangesFocus(true);
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_transcript->setMaximumBlockCount(5000);
    m_transcript->setAccessibleName(tr("Transcript"));
    m_transcript->setAccessibleDescription(tr("Every check and its outcome as it happened; passwords are hidden"));
    m_dock->setWidget(m_transcript);
    addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    resizeDocks({m_dock}, {120}, Qt::Vertical);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Bounce…"));
    open->setObjectName(QStringLiteral("actionOpen"));
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a saved bounce message"));
    connect(open, &QAction::triggered, this, [this] {
        goToStep(BounceCase::Paste);
        m_paste->openFile();
    });
    QAction *paste = file->addAction(QIcon::fromTheme(QStringLiteral("edit-paste")), tr("&Paste Bounce"));
    paste->setObjectName(QStringLiteral("actionPaste"));
    // Ctrl+V stays the text field's own paste; this one replaces the whole bounce from anywhere.
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    paste->setStatusTip(tr("Replace the bounce with the clipboard's text"));
    connect(paste, &QAction::triggered, this, [this] {
        goToStep(BounceCase::Paste);
        m_paste->pasteFromClipboard();
    });
    file->addMenu(m_paste->samplesMenu());
    file->addSeparator();
    m_exportAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("&Export Report…"));
    m_exportAction->setObjectName(QStringLiteral("actionExport"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, m_resend, &StepPageResend::exportReport);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    m_backAction = go->addAction(QIcon::fromTheme(QStringLiteral("go-previous")), tr("&Back"));
    m_backAction->setObjectName(QStringLiteral("actionBack"));
    m_backAction->setShortcut(QKeySequence::Back);
    connect(m_backAction, &QAction::triggered, this, &MainWindow::goBack);
    m_nextAction = go->addAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("&Next"));
    m_nextAction->setObjectName(QStringLiteral("actionNext"));
    m_nextAction->setShortcut(QKeySequence::Forward);
    connect(m_nextAction, &QAction::triggered, this, &MainWindow::goNext);
    go->addSeparator();
    for (int s = 0; s < m_pages.size(); ++s) {
        QAction *a = go->addAction(tr("&%1. %2").arg(s).arg(BounceCase::stepTitle(s)));
        a->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_0 + s)));
        connect(a, &QAction::triggered, this, [this, s] { goToStep(s); });
    }
    QAction *cancel = go->addAction(tr("&Cancel Check"));
    cancel->setObjectName(QStringLiteral("actionCancel"));
    cancel->setShortcut(QKeySequence::Cancel);
    connect(cancel, &QAction::triggered, this, [this] {
        if (StepPage *p = page(currentStep()))
            p->cancelChecks();
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *dockToggle = m_dock->toggleViewAction();
    dockToggle->setText(tr("&Details and Transcript"));
    dockToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    view->addAction(dockToggle);

    QMenu *language = menuBar()->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    for (const Translations::Language &l : Translations::available()) {
        QAction *a = language->addAction(l.native);
        a->setCheckable(true);
        a->setChecked(l.code == Translations::current());
        a->setObjectName(QStringLiteral("language_") + l.code);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = l.code] {
            if (code != Translations::current())
                Q_EMIT languageRequested(code);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *helpAction = help->addAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("&Help for This Step"));
    helpAction->setObjectName(QStringLiteral("actionHelp"));
    helpAction->setShortcut(QKeySequence::HelpContents);
    connect(helpAction, &QAction::triggered, this, &MainWindow::showHelp);
    QAction *about = help->addAction(tr("&About Bounce Doctor"));
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    QToolBar *tools = addToolBar(tr("Main toolbar"));
    tools->setObjectName(QStringLiteral("mainToolbar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(open);
    tools->addAction(paste);
    tools->addAction(m_exportAction);
    tools->addSeparator();
    tools->addAction(helpAction);
}

int MainWindow::currentStep() const
{
    return m_stack->currentIndex();
}

QString MainWindow::stepBadgeText(int step) const
{
    return stepStateText(m_case->stepState(step));
}

void MainWindow::updateStepItem(int step)
{
    QListWidgetItem *item = m_stepList->item(step);
    if (!item)
        return;
    const StepState state = step == BounceCase::Paste ? m_pages.at(step)->state() : m_case->stepState(step);
    const QString title = tr("%1. %2").arg(step).arg(BounceCase::stepTitle(step));
    item->setText(tr("%1\n%2").arg(title, stepStateText(state)));
    item->setIcon(stepStateIcon(state));
    item->setData(Qt::AccessibleTextRole, tr("%1: %2").arg(title, stepStateText(state)));
    item->setData(Qt::UserRole, stepStateId(state));
    QFont f = item->font();
    f.setBold(m_case->applies(step) && step != BounceCase::Paste);
    item->setFont(f);
    item->setToolTip(m_case->applies(step) ? tr("This step applies to your bounce.") : QString());
}

void MainWindow::onAnalysisChanged()
{
    for (int s = 1; s < m_pages.size(); ++s) {
        m_pages.at(s)->resetForNewCase(m_case->applies(s));
        updateStepItem(s);
    }
    updateNavigation();
}

void MainWindow::goToStep(int step)
{
    if (step < 0 || step >= m_pages.size())
        return;
    m_messageBar->hideMessage();
    if (m_stepList->currentRow() != step) {
        const QSignalBlocker blocker(m_stepList);
        m_stepList->setCurrentRow(step);
    }
    const bool changed = m_stack->currentIndex() != step;
    m_stack->setCurrentIndex(step);
    StepPage *p = m_pages.at(step);
    setWindowTitle(tr("%1 — Bounce Doctor").arg(BounceCase::stepTitle(step)));
    p->initializePage();
    updateNavigation();
    if (changed) {
        m_stack->setAccessibleName(tr("Step %1: %2").arg(step).arg(BounceCase::stepTitle(step)));
        QAccessibleEvent event(m_stack, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void MainWindow::goNext()
{
    const int current = currentStep();
    StepPage *p = m_pages.at(current);
    if (!p->isComplete() || !p->validatePage())
        return;
    for (int s = current + 1; s < m_pages.size(); ++s) {
        if (m_case->applies(s)) {
            goToStep(s);
            return;
        }
    }
}

void MainWindow::goBack()
{
    for (int s = currentStep() - 1; s >= 0; --s) {
        if (s == BounceCase::Paste || m_case->applies(s)) {
            goToStep(s);
            return;
        }
    }
}

void MainWindow::updateNavigation()
{
    const int current = currentStep();
    bool hasNext = false;
    for (int s = current + 1; s < m_pages.size(); ++s)
        hasNext = hasNext || m_case->applies(s);
    const bool canNext = hasNext && m_pages.at(current)->isComplete();
    m_next->setEnabled(canNext);
    m_back->setEnabled(current > 0);
    if (m_nextAction) {
        m_nextAction->setEnabled(canNext);
        m_backAction->setEnabled(current > 0);
    }
    m_stepCounter->setText(tr("Step %1 of %2").arg(current).arg(m_pages.size() - 1));
}

void MainWindow::showMessage(const QString &text, MessageBar::Type type)
{
    m_messageBar->showMessage(text, type);
}

void MainWindow::appendTranscript(const QString &line)
{
    m_transcript->appendPlainText(QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), line));
}

void MainWindow::showHelp()
{
    StepPage *p = m_pages.at(currentStep());
    m_messageBar->showMessage(tr("%1: %2").arg(p->title(), p->helpText()), MessageBar::Information);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Bounce Doctor"),
                       tr("<h3>Bounce Doctor %1</h3><p>Reads the bounce you received, proves its cause with live DNS, "
                          "blocklist and SMTP checks, and guides you through the fix.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::setDnsServers(const QStringList &servers)
{
    AresResolver::Config config;
    config.servers = servers;
    Result<AresResolver *> created = AresResolver::create(config);
    Resolver *old = m_case->resolver();
    if (created.ok()) {
        auto *caching = new CachingResolver(created.value(), this);
        m_case->setResolver(caching);
    } else {
        m_case->setResolver(nullptr, created.error().message);
        showMessage(tr("DNS checks are unavailable: %1").arg(created.error().message), MessageBar::Error);
    }
    if (old)
        old->deleteLater();
}

void MainWindow::openBounceFile(const QString &path)
{
    goToStep(BounceCase::Paste);
    m_paste->loadFile(path);
}

void MainWindow::restoreSession()
{
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_paste->restoreDraft();
}

void MainWindow::saveWindowState() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (StepPage *p : std::as_const(m_pages))
        p->cancelChecks();
    saveWindowState();
    event->accept();
}
