// GUI tests, offscreen: paste bounces and read what the window shows, walk the steps with the
// keyboard, check accessibility, responsiveness on a huge paste, and live checks against the
// harness's Knot DNS server.
#include "AnalysisWorker.h"
#include "BounceAnalyzer.h"
#include "BounceCase.h"
#include "BounceEdit.h"
#include "CheckResultView.h"
#include "Classifier.h"
#include "MainWindow.h"
#include "MessageLog.h"
#include "RecipientTableModel.h"
#include "SecretScan.h"
#include "StepPage.h"
#include "StepPagePaste.h"
#include "StepPageContent.h"
#include "StepPageResend.h"
#include "StepState.h"
#include "Translations.h"
#include "WindowHost.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

namespace {
QString readSample(const QString &name)
{
    QFile f(QStringLiteral(BD_SOURCE_DIR "/resources/samples/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// A bounce whose facts point into the harness's zones: recipient domain auth.test (has MX),
// sending IP 192.0.2.66 (listed on the test zen.spamhaus.org), sender domain auth.test.
const char kHarnessBounce[] =
    "Reporting-MTA: dns; mx1.auth.test\n"
    "This is the mail system at host relay.auth.test.\n\n"
    "<nobody-here@auth.test>: host mx1.auth.test[192.0.2.10] said: 550 5.1.1\n"
    "    <nobody-here@auth.test>: Recipient address rejected: User unknown in virtual mailbox\n"
    "    table (in reply to RCPT TO command)\n\n"
    "--- original message headers ---\n"
    "Received: from relay.auth.test (relay.auth.test [192.0.2.66])\n"
    "\tby mx1.auth.test (Postfix) with ESMTPS id 4AbC\n"
    "\tfor <nobody-here@auth.test>; Mon, 23 Nov 2026 10:00:00 +0000\n"
    "From: Sender <sender@auth.test>\n"
    "Return-Path: <sender@auth.test>\n"
    "To: nobody-here@auth.test\n"
    "Subject: hello\n";
}

class TestGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void stateBadges_data();
    void stateBadges();
    void pasteSample_data();
    void pasteSample();
    void recipientModel();
    void locateEvidenceAcrossFolds();
    void emptyAndGarbage();
    void walkStepsWithKeyboard();
    void nextFollowsApplicableSteps();
    void accessibleNames();
    void readOnlyResultsReachableByTab();
    void hugePasteKeepsWindowResponsive();
    void draftAndWindowStateRestored();
    void smtpPasswordNeverSaved();
    void liveRecipientCheckAgainstHarness();
    void liveBlocklistCheckAgainstHarness();
    void exportReport_data();
    void exportReport();
    void languageSwitchesLiveAndKeepsText();
    void smtpTestAgainstPostfix();

private:
    MainWindow *newWindow();
    void paste(const QString &text);

    std::unique_ptr<QTemporaryDir> m_config;
    MainWindow *m_window = nullptr;
};

void TestGui::initTestCase()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    // Never touch the user's real settings.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config->path());
    QCoreApplication::setOrganizationName(QStringLiteral("BounceDoctorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui"));
    MessageLog::install();  // every message of the run is searched for secrets
    QVERIFY2(Classifier::instance().loadError().isEmpty(), qPrintable(Classifier::instance().loadError()));
}

void TestGui::init()
{
    QSettings().clear();
    const QString dns = qEnvironmentVariable("BD_TEST_DNS", QStringLiteral("127.0.0.1:15353"));
    QSettings().setValue(QStringLiteral("dns/servers"), QStringList{dns});
}

void TestGui::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

MainWindow *TestGui::newWindow()
{
    delete m_window;
    m_window = new MainWindow;
    m_window->resize(1200, 800);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window))
        return nullptr;
    return m_window;
}

void TestGui::paste(const QString &text)
{
    StepPagePaste *page = m_window->pastePage();
    page->setBounceText(text);
    // The debounce starts the analysis by itself; the window must not need a button press.
    QTRY_VERIFY_WITH_TIMEOUT(page->isAnalyzing(), 2000);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isAnalyzing(), 20000);
}

void TestGui::stateBadges_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("id");
    QTest::newRow("todo") << int(StepState::ToDo) << QStringLiteral("todo");
    QTest::newRow("checking") << int(StepState::Checking) << QStringLiteral("checking");
    QTest::newRow("passed") << int(StepState::Passed) << QStringLiteral("passed");
    QTest::newRow("needs-action") << int(StepState::NeedsAction) << QStringLiteral("needs-action");
    QTest::newRow("couldnt-check") << int(StepState::CouldNotCheck) << QStringLiteral("couldnt-check");
    QTest::newRow("skipped") << int(StepState::Skipped) << QStringLiteral("skipped");
}

void TestGui::stateBadges()
{
    QFETCH(int, state);
    QFETCH(QString, id);
    const auto s = StepState(state);
    QCOMPARE(stepStateId(s), id);
    QVERIFY(!stepStateText(s).isEmpty());
    // Never colour alone: every state has its own words and its own icon.
    const QIcon icon = stepStateIcon(s);
    QVERIFY2(!icon.pixmap(16, 16).isNull(), qPrintable(id));
    for (int other = 0; other <= int(StepState::Skipped); ++other)
        if (other != state)
            QVERIFY(stepStateText(StepState(other)) != stepStateText(s));
}

void TestGui::pasteSample_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<int>("fixStep");
    QTest::newRow("gmail user unknown") << QStringLiteral("gmail-user-unknown.eml") << QStringLiteral("invalid-recipient")
                                        << QStringLiteral("jon.smiht@gmail.com") << int(BounceCase::Recipient);
    QTest::newRow("m365 5.7.606") << QStringLiteral("m365-banned-ip-5.7.606.eml") << QStringLiteral("sender-blocklisted")
                                  << QStringLiteral("lena@contoso.example") << int(BounceCase::Blocklists);
    QTest::newRow("dmarc 5.7.26") << QStringLiteral("dmarc-reject-5.7.26.txt") << QStringLiteral("authentication")
                                  << QStringLiteral("paul.meyer@gmail.com") << int(BounceCase::Authentication);
    QTest::newRow("mailbox full") << QStringLiteral("mailbox-full.txt") << QStringLiteral("recipient-mailbox")
                                  << QStringLiteral("maria.garcia@provider.example") << int(BounceCase::Mailbox);
}

void TestGui::pasteSample()
{
    QFETCH(QString, file);
    QFETCH(QString, cause);
    QFETCH(QString, recipient);
    QFETCH(int, fixStep);
    QVERIFY(newWindow());
    const QString text = readSample(file);
    QVERIFY(!text.isEmpty());
    QElapsedTimer clock;
    clock.start();
    paste(text);
    // "Within the same second" (the debounce included).
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));

    // What the window shows is what the engine says about the same text...
    const Result<Analysis> engine = BounceAnalyzer().analyze(text.toUtf8());
    QVERIFY(engine.ok());
    const Analysis &a = engine.value();
    auto *causeLabel = m_window->findChild<QLabel *>(QStringLiteral("causeLabel"));
    auto *reasonLabel = m_window->findChild<QLabel *>(QStringLiteral("reasonLabel"));
    QVERIFY(causeLabel && reasonLabel);
    QCOMPARE(causeLabel->text(), causeTitle(a.diagnosis.cause));
    QVERIFY(reasonLabel->text().startsWith(Classifier::instance().reasonTitle(a.diagnosis.reason)));
    QVERIFY(causeLabel->accessibleName().contains(causeLabel->text()));
    // ... and the engine gets the sample right.
    QCOMPARE(causeId(a.diagnosis.cause), cause);

    auto *table = m_window->findChild<QTableView *>(QStringLiteral("recipientTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), int(a.bounce.failures.size()));
    QVERIFY(table->model()->rowCount() >= 1);
    QCOMPARE(table->model()->index(0, RecipientTableModel::RecipientColumn).data().toString(), recipient);

    const Facts &f = a.diagnosis.facts;
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("factSendingIp"))->text(), f.sendingIp);
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("factSenderDomain"))->text(), f.senderDomain);
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("factRecipientDomain"))->text(), f.recipientDomain);
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("factDkimSelector"))->text(), f.dkimSelector);

    // Evidence is highlighted in the pasted text.
    auto *edit = m_window->findChild<BounceEdit *>(QStringLiteral("bounceEdit"));
    QVERIFY(edit);
    if (!a.diagnosis.evidence.isEmpty())
        QVERIFY(!edit->extraSelections().isEmpty());
    for (const QTextEdit::ExtraSelection &sel : edit->extraSelections())
        QVERIFY(!sel.cursor.selectedText().isEmpty());

    // The fix step is pre-selected, never asked: it applies and the list says so.
    QVERIFY(m_window->bounceCase()->applies(fixStep));
    QCOMPARE(m_window->stepBadgeText(fixStep), stepStateText(StepState::ToDo));
    auto *fixes = m_window->findChild<QLabel *>(QStringLiteral("fixesLabel"));
    QVERIFY(fixes->text().contains(BounceCase::stepTitle(fixStep)));
    for (int s = BounceCase::Recipient; s < BounceCase::Resend; ++s)
        if (!m_window->bounceCase()->applies(s))
            QCOMPARE(m_window->stepBadgeText(s), stepStateText(StepState::Skipped));
    QCOMPARE(m_window->stepBadgeText(BounceCase::Paste), stepStateText(StepState::Passed));
}

void TestGui::recipientModel()
{
    RecipientTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Result<Analysis> a = BounceAnalyzer().analyze(readSample(QStringLiteral("m365-banned-ip-5.7.606.eml")).toUtf8());
    QVERIFY(a.ok());
    model.setFailures(a.value().bounce.failures);
    QCOMPARE(model.rowCount(), int(a.value().bounce.failures.size()));
    QCOMPARE(model.columnCount(), int(RecipientTableModel::ColumnCount));
    QCOMPARE(model.index(0, 0).data(RecipientTableModel::CauseIdRole).toString(), causeId(a.value().bounce.failures.first().cause));
    QList<DeliveryFailure> many;
    for (int i = 0; i < 500; ++i) {
        DeliveryFailure f;
        f.recipient = QStringLiteral("user%1@example.org").arg(i);
        f.status = QStringLiteral("5.1.1");
        f.action = QStringLiteral("failed");
        many << f;
    }
    model.setFailures(many);
    QCOMPARE(model.rowCount(), 500);
    QCOMPARE(model.index(499, RecipientTableModel::StatusColumn).data().toString(), QStringLiteral("5.1.1 (failed)"));
    model.setFailures({});
    QCOMPARE(model.rowCount(), 0);
}

void TestGui::locateEvidenceAcrossFolds()
{
    const QString text = QStringLiteral("host said:\n    550 5.7.26 Unauthenticated email\n    from example.com is not accepted");
    Evidence e;
    e.kind = QStringLiteral("text");
    e.text = QStringLiteral("Unauthenticated email from example.com is not accepted");
    Evidence code;
    code.kind = QStringLiteral("status");
    code.text = QStringLiteral("5.7.26");
    const QList<EvidenceSpan> spans = AnalysisWorker::locateEvidence(text, {e, code});
    QCOMPARE(spans.size(), 2);
    QCOMPARE(text.mid(spans.at(0).start, spans.at(0).length), QStringLiteral("Unauthenticated email\n    from example.com is not accepted"));
    QCOMPARE(text.mid(spans.at(1).start, spans.at(1).length), QStringLiteral("5.7.26"));
    Evidence missing;
    missing.text = QStringLiteral("not in there");
    QVERIFY(AnalysisWorker::locateEvidence(text, {missing}).isEmpty());
}

void TestGui::emptyAndGarbage()
{
    QVERIFY(newWindow());
    paste(QStringLiteral("550 5.1.1 <a@b.example>: Recipient address rejected: User unknown"));
    QVERIFY(m_window->bounceCase()->hasAnalysis());
    // Clearing the text clears the case; nothing stale stays on screen.
    m_window->pastePage()->setBounceText(QString());
    QTRY_VERIFY(!m_window->pastePage()->isAnalyzing());
    QVERIFY(!m_window->bounceCase()->hasAnalysis());
    QCOMPARE(m_window->pastePage()->recipientModel()->rowCount(), 0);
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("nextButton"))->isEnabled());
    // Binary garbage: a clear result or message, never a crash.
    QString garbage;
    for (int i = 0; i < 4096; ++i)
        garbage += QChar(ushort((i * 7919) % 0xD7FF + 1));
    paste(garbage);
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("analysisStatus"))->text().isEmpty());
}

void TestGui::walkStepsWithKeyboard()
{
    QVERIFY(newWindow());
    paste(readSample(QStringLiteral("m365-banned-ip-5.7.606.eml")));
    auto *list = m_window->findChild<QListWidget *>(QStringLiteral("stepList"));
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("stepStack"));
    QVERIFY(list && stack);
    list->setFocus();
    QVERIFY(list->hasFocus() || !QApplication::focusWidget());
    for (int s = 1; s < BounceCase::StepCount; ++s) {
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(m_window->currentStep(), s);
        QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(m_window->page(s)));
        QVERIFY(m_window->windowTitle().contains(BounceCase::stepTitle(s)));
        QVERIFY(stack->accessibleName().contains(BounceCase::stepTitle(s)));
        // Each step tells what it is and has a badge; checks may run but never block this loop.
        QVERIFY(!m_window->stepBadgeText(s).isEmpty());
        auto *heading = m_window->page(s)->findChild<QLabel *>(QStringLiteral("stepHeading"));
        QCOMPARE(heading->text(), BounceCase::stepTitle(s));
    }
    // And back with Home.
    QTest::keyClick(list, Qt::Key_Home);
    QCOMPARE(m_window->currentStep(), 0);
}

void TestGui::nextFollowsApplicableSteps()
{
    QVERIFY(newWindow());
    auto *next = m_window->findChild<QPushButton *>(QStringLiteral("nextButton"));
    auto *back = m_window->findChild<QPushButton *>(QStringLiteral("backButton"));
    QVERIFY(next && back);
    QVERIFY(!next->text().remove(QLatin1Char('&')).isEmpty());  // words, not arrows
    QVERIFY(!next->isEnabled());
    paste(readSample(QStringLiteral("mailbox-full.txt")));
    QTRY_VERIFY(next->isEnabled());
    const QList<int> applicable = m_window->bounceCase()->applicableSteps();
    QVERIFY(applicable.contains(BounceCase::Mailbox));
    int expected = 0;
    for (int s : applicable) {
        if (s <= expected)
            continue;
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 20000);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(m_window->currentStep(), s);
        expected = s;
    }
    QCOMPARE(m_window->currentStep(), int(BounceCase::Resend));
    QVERIFY(!next->isEnabled());
    QTest::mouseClick(back, Qt::LeftButton);
    QVERIFY(m_window->currentStep() < BounceCase::Resend);
}

void TestGui::accessibleNames()
{
    QVERIFY(newWindow());
    paste(readSample(QStringLiteral("gmail-user-unknown.eml")));
    QStringList missing;
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        // Parts of composite controls (a spin box's line edit, a combo's view) speak through their owner.
        // Parts of Qt's composite controls (headers, a line edit's clear button, toolbar extension
        // buttons) are spoken through their owner.
        QWidget *parent = w->parentWidget();
        if (qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent) || qobject_cast<QLineEdit *>(parent)
            || qobject_cast<QAbstractItemView *>(parent) || qobject_cast<QHeaderView *>(w)
            || w->inherits("QComboBoxPrivateContainer") || w->objectName().startsWith(QLatin1String("qt_"))
            || w->window() != m_window)
            continue;
        // Explicitly hidden parts (an empty message bar) are not shown; pages of the stack are checked too.
        bool hidden = false;
        for (QWidget *a = w; a && a != m_window; a = a->parentWidget())
            hidden = hidden || (a->isHidden() && !qobject_cast<QStackedWidget *>(a->parentWidget()));
        if (hidden)
            continue;
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
            || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || qobject_cast<QPlainTextEdit *>(w) || (w->focusPolicy() & Qt::TabFocus);
        if (!interactive)
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        QVERIFY(iface);
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            missing << QStringLiteral("%1 \"%2\"").arg(QLatin1String(w->metaObject()->className()), w->objectName());
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TestGui::readOnlyResultsReachableByTab()
{
    QVERIFY(newWindow());
    paste(readSample(QStringLiteral("gmail-user-unknown.eml")));
    auto *cause = m_window->findChild<QLabel *>(QStringLiteral("causeLabel"));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("recipientTable"));
    auto *edit = m_window->findChild<BounceEdit *>(QStringLiteral("bounceEdit"));
    QVERIFY(cause && table && edit);
    QApplication::setActiveWindow(m_window);
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    bool reachedCause = false, reachedTable = false;
    for (int i = 0; i < 60 && !(reachedCause && reachedTable); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reachedCause = reachedCause || QApplication::focusWidget() == cause;
        reachedTable = reachedTable || QApplication::focusWidget() == table;
    }
    QVERIFY(reachedCause);
    QVERIFY(reachedTable);
}

void TestGui::hugePasteKeepsWindowResponsive()
{
    QVERIFY(newWindow());
    const QString sample = readSample(QStringLiteral("dmarc-reject-5.7.26.txt"));
#ifdef BD_SANITIZED
    // Under ASan the point is memory safety on a big paste; the time limits below mean nothing there.
    constexpr qsizetype kMegabytes = 4;
    constexpr bool kTimed = false;
#else
    constexpr qsizetype kMegabytes = 20;
    constexpr bool kTimed = true;
#endif
    QString huge = sample;
    huge.reserve((kMegabytes + 1) * 1024 * 1024);
    const QString filler = QStringLiteral("X-Filler: lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod\n");
    while (huge.size() < kMegabytes * 1024 * 1024)
        huge += filler;
    StepPagePaste *page = m_window->pastePage();
    page->setBounceText(huge);
    QTest::qWait(100);  // the first paint of the new text belongs to the paste, not to the analysis
    // Measure the longest gap between event-loop turns while the analysis runs.
    QElapsedTimer gap;
    qint64 worst = 0;
    bool worstWhileBusy = false;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] {
        const qint64 g = gap.restart();
        if (g > worst) {
            worst = g;
            worstWhileBusy = page->isAnalyzing();
        }
    });
    QElapsedTimer call;
    call.start();
    page->analyzeNow();
    const qint64 callMs = call.elapsed();
    QVERIFY(page->isAnalyzing());
    gap.start();
    ticker.start();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isAnalyzing(), 120000);
    ticker.stop();
    qInfo("%lld MB paste: analyzeNow() returned in %lld ms; longest event-loop gap during analysis %lld ms (%s)",
          static_cast<long long>(kMegabytes), callMs, worst, worstWhileBusy ? "while the worker ran" : "showing the result");
    if (kTimed) {
        QVERIFY2(callMs < 500, qPrintable(QString::number(callMs)));
        QVERIFY2(worst < 500, qPrintable(QString::number(worst)));
    }
    // The text is kept whole, and the analysis result is shown (or a clear message).
    QCOMPARE(page->bounceText().size(), huge.size());
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("analysisStatus"))->text().isEmpty());
}

void TestGui::draftAndWindowStateRestored()
{
    QVERIFY(newWindow());
    const QString text = readSample(QStringLiteral("mailbox-full.txt"));
    paste(text);
    m_window->resize(1000, 700);
    QTest::qWait(50);
    m_window->close();
    delete m_window;
    m_window = new MainWindow;
    m_window->restoreSession();
    QCOMPARE(m_window->pastePage()->bounceText(), text);
    QCOMPARE(m_window->size(), QSize(1000, 700));
}

void TestGui::smtpPasswordNeverSaved()
{
    QVERIFY(newWindow());
    m_window->goToStep(BounceCase::Smtp);
    auto *host = m_window->findChild<QLineEdit *>(QStringLiteral("smtpHost"));
    auto *password = m_window->findChild<QLineEdit *>(QStringLiteral("smtpPassword"));
    auto *user = m_window->findChild<QLineEdit *>(QStringLiteral("smtpUser"));
    QVERIFY(host && password && user);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    host->setText(QStringLiteral("127.0.0.1"));
    user->setText(QStringLiteral("test@localhost"));
    password->setText(QStringLiteral("s3cret-never-on-disk"));
    m_window->findChild<QSpinBox *>(QStringLiteral("smtpPort"))->setValue(1);  // nothing listens there
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("smtpTest")), Qt::LeftButton);
    StepPage *page = m_window->page(BounceCase::Smtp);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
    QSettings settings;
    settings.sync();
    QCOMPARE(settings.value(QStringLiteral("smtp/host")).toString(), QStringLiteral("127.0.0.1"));
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("s3cret-never-on-disk"));
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("smtpVerdict"))->text().isEmpty());
    QCOMPARE(page->state(), StepState::NeedsAction);
    QVERIFY(!m_window->findChild<QPlainTextEdit *>(QStringLiteral("transcriptView"))->toPlainText().contains(QStringLiteral("s3cret")));
}

void TestGui::liveRecipientCheckAgainstHarness()
{
    QVERIFY(newWindow());
    paste(QString::fromLatin1(kHarnessBounce));
    QCOMPARE(m_window->bounceCase()->facts().recipientDomain, QStringLiteral("auth.test"));
    m_window->goToStep(BounceCase::Recipient);
    StepPage *page = m_window->page(BounceCase::Recipient);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
    auto *view = page->findChild<CheckResultView *>(QStringLiteral("recipientResults"));
    QVERIFY(view);
    bool mxPass = false;
    for (const CheckResult &r : view->results())
        mxPass = mxPass || (r.id == QLatin1String("mx.records") && r.status == CheckStatus::Pass);
    QVERIFY2(mxPass, "mx.records should pass for auth.test on the harness DNS");
    QVERIFY(view->tree()->topLevelItemCount() > 0);
    // The domain is fine but the mailbox is not: the step still needs action, said in words.
    QCOMPARE(m_window->stepBadgeText(BounceCase::Recipient), stepStateText(StepState::NeedsAction));
}

void TestGui::liveBlocklistCheckAgainstHarness()
{
    QVERIFY(newWindow());
    paste(QString::fromLatin1(kHarnessBounce));
    auto *ip = m_window->findChild<QLineEdit *>(QStringLiteral("factSendingIp"));
    // Facts are editable: correct the sending IP and the checks use the corrected one.
    ip->setText(QStringLiteral("192.0.2.66"));
    Q_EMIT ip->editingFinished();
    QCOMPARE(m_window->bounceCase()->facts().sendingIp, QStringLiteral("192.0.2.66"));
    m_window->goToStep(BounceCase::Blocklists);
    StepPage *page = m_window->page(BounceCase::Blocklists);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 60000);
    auto *table = page->findChild<QTableWidget *>(QStringLiteral("blocklistTable"));
    QVERIFY(table);
    QVERIFY(table->rowCount() > 0);
    bool zenListed = false;
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 2)->text().contains(QLatin1String("Spamhaus"), Qt::CaseInsensitive)
            && table->item(row, 1)->text() == QLatin1String("192.0.2.66") && table->item(row, 0)->text() == QObject::tr("Listed"))
            zenListed = true;
    QVERIFY2(zenListed, "192.0.2.66 is listed on the harness's zen.spamhaus.org");
    QCOMPARE(page->state(), StepState::NeedsAction);
}

void TestGui::exportReport_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("json") << QStringLiteral("report.json");
    QTest::newRow("html") << QStringLiteral("report.html");
    QTest::newRow("markdown") << QStringLiteral("report.md");
    QTest::newRow("pdf") << QStringLiteral("report.pdf");
}

void TestGui::exportReport()
{
    QFETCH(QString, file);
    QVERIFY(newWindow());
    paste(readSample(QStringLiteral("m365-banned-ip-5.7.606.eml")));
    m_window->goToStep(BounceCase::Content);  // a step with results, so the report has checks
    QTemporaryDir dir;
    const QString path = dir.filePath(file);
    auto *resend = static_cast<StepPageResend *>(m_window->page(BounceCase::Resend));
    resend->setSecrets({QStringLiteral("s3cret-pass")});
    QString error;
    QVERIFY2(resend->exportReportTo(path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    QVERIFY(data.size() > 200);
    if (file.endsWith(QLatin1String(".pdf"))) {
        QVERIFY(data.startsWith("%PDF"));
    } else {
        QVERIFY2(data.contains("5.7.606"), data.left(400).constData());
        QVERIFY(data.contains("content.links") || data.contains(StepPageContent::tr("Links").toUtf8()));
    }
    if (file.endsWith(QLatin1String(".json"))) {
        const QJsonObject o = QJsonDocument::fromJson(data).object();
        QVERIFY(!o.isEmpty());
    }
}

void TestGui::languageSwitchesLiveAndKeepsText()
{
    WindowHost host;
    host.start();
    MainWindow *before = host.window();
    QVERIFY(QTest::qWaitForWindowExposed(before));
    QFile f(QStringLiteral(BD_SOURCE_DIR "/resources/samples/gmail-user-unknown.eml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    before->pastePage()->setBounceText(text);
    before->goToStep(1);
    const QString englishMenu = before->menuBar()->actions().constFirst()->text();

    // The menu offers every compiled-in language; picking one rebuilds the window in it.
    QAction *german = before->findChild<QAction *>(QStringLiteral("language_de"));
    QVERIFY(german);
    german->trigger();
    QTRY_VERIFY(host.window() != before);
    MainWindow *after = host.window();
    QCOMPARE(Translations::current(), QStringLiteral("de"));
    QCOMPARE(after->pastePage()->bounceText(), text); // the paste is never lost
    QCOMPARE(after->currentStep(), 1);
    QVERIFY(after->menuBar()->actions().constFirst()->text() != englishMenu);
    QVERIFY(after->findChild<QAction *>(QStringLiteral("language_de"))->isChecked());
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));

    host.switchLanguage(QStringLiteral("en"));
    QCOMPARE(host.window()->menuBar()->actions().constFirst()->text(), englishMenu);
}

void TestGui::smtpTestAgainstPostfix()
{
    // The harness's real Postfix on implicit TLS, with a certificate from the test CA: the window
    // must stop at the unknown certificate, offer to trust that one certificate, then log in.
    QVERIFY(newWindow());
    m_window->goToStep(BounceCase::Smtp);
    auto *host = m_window->findChild<QLineEdit *>(QStringLiteral("smtpHost"));
    auto *user = m_window->findChild<QLineEdit *>(QStringLiteral("smtpUser"));
    auto *password = m_window->findChild<QLineEdit *>(QStringLiteral("smtpPassword"));
    auto *security = m_window->findChild<QComboBox *>(QStringLiteral("smtpSecurity"));
    auto *port = m_window->findChild<QSpinBox *>(QStringLiteral("smtpPort"));
    auto *test = m_window->findChild<QPushButton *>(QStringLiteral("smtpTest"));
    auto *trust = m_window->findChild<QPushButton *>(QStringLiteral("smtpTrustCertificate"));
    auto *transcript = m_window->findChild<QPlainTextEdit *>(QStringLiteral("smtpTranscript"));
    QVERIFY(host && user && password && security && port && test && trust && transcript);
    host->setText(QStringLiteral("127.0.0.1"));
    security->setCurrentIndex(security->findData(QStringLiteral("tls")));
    QVERIFY(security->currentIndex() >= 0);
    port->setValue(qEnvironmentVariableIntValue("BD_TEST_SMTP_PF_SMTPS") ? qEnvironmentVariableIntValue("BD_TEST_SMTP_PF_SMTPS") : 4465);
    user->setText(QStringLiteral("test@localhost"));
    password->setText(QStringLiteral("s3cret"));
    StepPage *page = m_window->page(BounceCase::Smtp);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
    QVERIFY2(trust->isVisible(), qPrintable(transcript->toPlainText()));
    QTest::mouseClick(trust, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
    const QString log = transcript->toPlainText();
    QVERIFY2(log.contains(QLatin1String("235")), qPrintable(log)); // authenticated
    QVERIFY(!log.contains(QLatin1String("s3cret")));
    QVERIFY(!log.contains(QLatin1String("AHRlc3RAbG9jYWxob3N0AHMzY3JldA"))); // base64 of the PLAIN payload

    // Every other channel the window writes after a real login: the report in each text format
    // (it carries the SMTP step's transcript), the window's own QSettings file and the log.
    QList<QPair<QString, QByteArray>> channels;
    QTemporaryDir dir;
    auto *resend = static_cast<StepPageResend *>(m_window->page(BounceCase::Resend));
    for (const QString &file : {QStringLiteral("r.json"), QStringLiteral("r.html"), QStringLiteral("r.md")}) {
        QString error;
        QVERIFY2(resend->exportReportTo(dir.filePath(file), &error), qPrintable(error));
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        channels.append({file, f.readAll()});
    }
    QVERIFY2(channels.constFirst().second.contains("235"), "the report must carry the SMTP transcript, or this proves nothing");
    // The PDF's text streams are compressed: read them back through poppler's pdftotext.
    {
        QString error;
        QVERIFY2(resend->exportReportTo(dir.filePath(QStringLiteral("r.pdf")), &error), qPrintable(error));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed to read the PDF report");
        QProcess extract;
        QSignalSpy extracted(&extract, &QProcess::finished);
        extract.start(pdftotext, {dir.filePath(QStringLiteral("r.pdf")), QStringLiteral("-")});
        QVERIFY(extracted.wait(30000));
        const QByteArray text = extract.readAllStandardOutput();
        QVERIFY2(text.contains("235"), text.left(2000).constData());
        channels.append({QStringLiteral("r.pdf"), text});
    }
    m_window->close();  // saves the window's settings
    QSettings settings;
    settings.sync();
    QFile settingsFile(settings.fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    channels.append({settings.fileName(), settingsFile.readAll()});
    QVERIFY2(channels.constLast().second.contains("test@localhost"), "the settings file must hold the saved SMTP form");
    channels.append({QStringLiteral("log"), MessageLog::messages().join(QLatin1Char('\n')).toUtf8()});
    const SecretScan scan(QStringLiteral("test@localhost"), QStringLiteral("s3cret"));
    for (const auto &[name, data] : std::as_const(channels)) {
        const QString leak = scan.leakIn(data);
        QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("%1 contains %2").arg(name, leak)));
    }
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
