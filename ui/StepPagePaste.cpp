#include "StepPagePaste.h"

#include "AnalysisRunner.h"
#include "BounceCase.h"
#include "BounceEdit.h"
#include "Classifier.h"
#include "RecipientTableModel.h"
#include "StatusColors.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int kDebounceMs = 300;
constexpr qsizetype kMaxDraftChars = 512 * 1024;   // bigger pastes are not worth a settings file
constexpr qsizetype kMaxFileBytes = 32 * 1024 * 1024;
const char kDraftKey[] = "paste/draft";
}

StepPagePaste::StepPagePaste(BounceCase *bounceCase, QWidget *parent)
    : StepPage(BounceCase::Paste, bounceCase, parent)
{
    setIntro(tr("Paste the bounce message you received — the whole message if you have it, or just the error text. "
                "You can also drop an .eml or .txt file here. The analysis starts as soon as you stop typing."));

    m_runner = new AnalysisRunner(this);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);

    QWidget *area = contentLayout()->parentWidget();

    // --- input row
    auto *buttons = new QHBoxLayout;
    auto *open = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open file…"), area);
    open->setObjectName(QStringLiteral("openFileButton"));
    open->setAccessibleDescription(tr("Opens a saved bounce message (.eml or .txt)"));
    auto *paste = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-paste")), tr("&Paste from clipboard"), area);
    paste->setObjectName(QStringLiteral("pasteButton"));
    paste->setAccessibleDescription(tr("Replaces the text below with the clipboard's contents"));
    auto *samplesButton = new QToolButton(area);
    samplesButton->setObjectName(QStringLiteral("samplesButton"));
    samplesButton->setText(tr("Sa&mple bounces"));
    samplesButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    samplesButton->setPopupMode(QToolButton::InstantPopup);
    samplesButton->setAccessibleDescription(tr("Loads an example bounce to see how the analysis works"));
    m_samplesMenu = new QMenu(tr("Sa&mple bounces"), this);
    m_samplesMenu->setObjectName(QStringLiteral("samplesMenu"));
    for (const auto &[file, title] : samples()) {
        QAction *action = m_samplesMenu->addAction(title);
        action->setObjectName(QStringLiteral("sample:") + file);
        const QString name = file;
        connect(action, &QAction::triggered, this, [this, name] { loadSample(name); });
    }
    samplesButton->setMenu(m_samplesMenu);
    auto *clear = new QPushButton(tr("Clea&r"), area);
    clear->setObjectName(QStringLiteral("clearButton"));
    clear->setAccessibleDescription(tr("Empties the bounce text; Undo brings it back"));
    buttons->addWidget(open);
    buttons->addWidget(paste);
    buttons->addWidget(samplesButton);
    buttons->addStretch(1);
    buttons->addWidget(clear);
    contentLayout()->addLayout(buttons);

    auto *editLabel = new QLabel(tr("Bounce te&xt:"), area);
    m_edit = new BounceEdit(area);
    m_edit->setObjectName(QStringLiteral("bounceEdit"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setPlaceholderText(tr("Paste the bounce here (Ctrl+V), or drop a file…"));
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_edit->setMinimumHeight(180);
    m_edit->setAccessibleName(tr("Bounce text"));
    m_edit->setAccessibleDescription(tr("The bounce message to analyse. Evidence that decided the cause is highlighted."));
    editLabel->setBuddy(m_edit);
    contentLayout()->addWidget(editLabel);
    contentLayout()->addWidget(m_edit, 2);

    m_status = makeReadOnlyLabel(area, QStringLiteral("analysisStatus"), tr("Analysis status"));
    contentLayout()->addWidget(m_status);

    // --- what happened
    m_resultBox = new QGroupBox(tr("What happened"), area);
    m_resultBox->setObjectName(QStringLiteral("resultBox"));
    auto *resultLayout = new QVBoxLayout(m_resultBox);
    m_cause = makeReadOnlyLabel(m_resultBox, QStringLiteral("causeLabel"), tr("Cause"));
    QFont big = m_cause->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_cause->setFont(big);
    m_causeExplanation = makeReadOnlyLabel(m_resultBox, QStringLiteral("causeExplanation"), tr("Cause explained"));
    m_reason = makeReadOnlyLabel(m_resultBox, QStringLiteral("reasonLabel"), tr("Reason"));
    m_codes = makeReadOnlyLabel(m_resultBox, QStringLiteral("codesLabel"), tr("Codes"));
    m_fixes = makeReadOnlyLabel(m_resultBox, QStringLiteral("fixesLabel"), tr("Fix steps that apply"));
    m_hop = makeReadOnlyLabel(m_resultBox, QStringLiteral("hopLabel"), tr("Sending server"));
    m_warnings = makeReadOnlyLabel(m_resultBox, QStringLiteral("warningsLabel"), tr("What could not be read"));
    for (QLabel *l : {m_cause, m_causeExplanation, m_reason, m_codes, m_fixes, m_hop, m_warnings})
        resultLayout->addWidget(l);
    contentLayout()->addWidget(m_resultBox);

    // --- recipients and facts side by side
    auto *lower = new QHBoxLayout;
    auto *recipientsBox = new QGroupBox(area);
    auto *recipientsLayout = new QVBoxLayout(recipientsBox);
    auto *tableLabel = new QLabel(tr("Recipien&ts:"), recipientsBox);
    m_model = new RecipientTableModel(this);
    m_table = new QTableView(recipientsBox);
    m_table->setObjectName(QStringLiteral("recipientTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(120);
    m_table->setAccessibleName(tr("Recipients"));
    m_table->setAccessibleDescription(tr("One row per recipient with its status, reply code, reason and cause"));
    tableLabel->setBuddy(m_table);
    recipientsLayout->addWidget(tableLabel);
    recipientsLayout->addWidget(m_table);
    lower->addWidget(recipientsBox, 3);

    auto *factsBox = new QGroupBox(tr("Facts for the checks"), area);
    factsBox->setObjectName(QStringLiteral("factsBox"));
    auto *form = new QFormLayout(factsBox);
    auto addFact = [&](QLineEdit *&edit, const QString &objectName, const QString &label, const QString &accessible,
                       const QString &description) {
        edit = new QLineEdit(factsBox);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessible);
        edit->setAccessibleDescription(description);
        edit->setClearButtonEnabled(true);
        form->addRow(label, edit);  // QFormLayout makes the label the field's buddy
        connect(edit, &QLineEdit::editingFinished, this, &StepPagePaste::factEdited);
    };
    addFact(m_sendingIp, QStringLiteral("factSendingIp"), tr("Sending &IP:"), tr("Sending IP"),
            tr("The public IP address of the server that sent your message"));
    addFact(m_helo, QStringLiteral("factHelo"), tr("HE&LO name:"), tr("HELO name"),
            tr("The name your server introduced itself with"));
    addFact(m_senderDomain, QStringLiteral("factSenderDomain"), tr("Sen&der domain:"), tr("Sender domain"),
            tr("The domain of your address, checked for SPF, DKIM and DMARC"));
    addFact(m_recipientDomain, QStringLiteral("factRecipientDomain"), tr("Recipient dom&ain:"), tr("Recipient domain"),
            tr("The domain of the address that bounced"));
    addFact(m_dkimSelector, QStringLiteral("factDkimSelector"), tr("DKIM s&elector:"), tr("DKIM selector"),
            tr("The s= tag of your message's DKIM signature"));
    addFact(m_dkimDomain, QStringLiteral("factDkimDomain"), tr("D&KIM domain:"), tr("DKIM domain"),
            tr("The d= tag of your message's DKIM signature"));
    lower->addWidget(factsBox, 2);
    contentLayout()->addLayout(lower);

    connect(open, &QPushButton::clicked, this, &StepPagePaste::openFile);
    connect(paste, &QPushButton::clicked, this, &StepPagePaste::pasteFromClipboard);
    connect(clear, &QPushButton::clicked, this, [this] {
        QTextCursor cursor(m_edit->document());
        cursor.select(QTextCursor::Document);
        cursor.removeSelectedText();  // through the cursor, so Undo restores it
    });
    connect(m_edit, &BounceEdit::fileDropped, this, [this](const QString &path) { loadFile(path); });
    connect(m_edit, &QPlainTextEdit::textChanged, this, &StepPagePaste::onTextChanged);
    connect(m_debounce, &QTimer::timeout, this, &StepPagePaste::analyzeNow);
    connect(m_runner, &AnalysisRunner::finished, this, &StepPagePaste::onAnalysisFinished);
    connect(m_runner, &AnalysisRunner::busyChanged, this, [this](bool busy) {
        setBusy(busy);
        if (busy) {
            setProgress(0, 0, tr("Reading the bounce…"));
            setState(StepState::Checking);
        }
    });
    clearResults();
}

QList<QPair<QString, QString>> StepPagePaste::samples()
{
    return {
        {QStringLiteral("gmail-user-unknown.eml"), tr("Gmail: address not found (5.1.1)")},
        {QStringLiteral("m365-banned-ip-5.7.606.eml"), tr("Microsoft 365: banned sending IP (5.7.606)")},
        {QStringLiteral("dmarc-reject-5.7.26.txt"), tr("Gmail via Postfix: DMARC policy (5.7.26)")},
        {QStringLiteral("mailbox-full.txt"), tr("Exim: mailbox full (5.2.2)")},
    };
}

QString StepPagePaste::bounceText() const
{
    return m_edit->toPlainText();
}

void StepPagePaste::setBounceText(const QString &original)
{
    // The editor turns CRLF and CR into one line break; doing it here keeps the analysed text and
    // the editor's positions identical, so evidence highlights land on the right characters.
    QString text = original;
    if (text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    m_loadingText = true;
    m_knownText = text;
    if (text.size() > 2 * 1024 * 1024) {
        // Undo history for a huge paste would double its memory; the draft is gone anyway.
        m_edit->setPlainText(text);
    } else {
        QTextCursor cursor(m_edit->document());
        cursor.select(QTextCursor::Document);
        cursor.insertText(text);  // through the cursor, so Undo brings back the previous text
    }
    m_edit->moveCursor(QTextCursor::Start);
    m_loadingText = false;
    m_debounce->start();
    Q_EMIT completeChanged();
}

bool StepPagePaste::isAnalyzing() const
{
    return m_runner->isBusy() || m_debounce->isActive();
}

bool StepPagePaste::isComplete() const
{
    return m_hasResult && !isAnalyzing();
}

bool StepPagePaste::validatePage()
{
    if (m_debounce->isActive())
        analyzeNow();
    if (bounceText().trimmed().isEmpty()) {
        Q_EMIT message(tr("Paste a bounce first: the next steps start from what it says."), MessageBar::Warning);
        return false;
    }
    return m_hasResult;
}

void StepPagePaste::cancelChecks()
{
    m_debounce->stop();
    m_runner->cancel();
    setResultText(m_status, tr("Analysis cancelled. Edit the text or press Next to run it again."));
    setState(m_hasResult ? StepState::Passed : StepState::ToDo);
}

QString StepPagePaste::helpText() const
{
    return tr("Paste the bounce (the message that says your mail was not delivered). Bounce Doctor reads the codes and "
              "wording, names the cause, highlights the words that decided it, and picks the fix steps that apply. "
              "Correct a fact (for example the sending IP) if it was read wrongly; the later checks use these fields.");
}

void StepPagePaste::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a bounce"), QString(),
                                                      tr("Messages (*.eml *.txt *.msg *.mbox);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool StepPagePaste::loadFile(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).size() > kMaxFileBytes) {
        Q_EMIT message(tr("%1 is larger than 32 MB; that is not a bounce message.").arg(QFileInfo(path).fileName()),
                       MessageBar::Error);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT message(tr("Could not open %1: %2").arg(QFileInfo(path).fileName(), file.errorString()), MessageBar::Error);
        return false;
    }
    // Decoding is the parser's job (charsets, MIME); Latin-1 keeps every byte if it is not UTF-8.
    const QByteArray data = file.readAll();
    QString text = QString::fromUtf8(data);
    if (text.contains(QChar::ReplacementCharacter))
        text = QString::fromLatin1(data);
    setBounceText(text);
    analyzeNow();
    Q_EMIT transcript(tr("Opened %1 (%2).").arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(data.size())));
    return true;
}

void StepPagePaste::loadSample(const QString &fileName)
{
    loadFile(QStringLiteral(":/samples/") + fileName);
}

void StepPagePaste::pasteFromClipboard()
{
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        Q_EMIT message(tr("The clipboard holds no text. Copy the bounce in your mail program first."), MessageBar::Warning);
        return;
    }
    setBounceText(text);
    analyzeNow();
}

void StepPagePaste::onTextChanged()
{
    if (m_loadingText)
        return;
    m_knownText.reset();
    m_debounce->start();
    Q_EMIT completeChanged();
}

void StepPagePaste::analyzeNow()
{
    m_debounce->stop();
    // Copying a 20 MB document out of the editor takes a noticeable moment on the GUI thread;
    // text that was set programmatically (file, sample, clipboard) is still at hand.
    const QString text = m_knownText ? *m_knownText : bounceText();
    if (text.trimmed().isEmpty()) {
        m_runner->cancel();
        clearResults();
        bounceCase()->clearAnalysis();
        QSettings().remove(QLatin1String(kDraftKey));
        return;
    }
    setResultText(m_status, tr("Analysing %1…").arg(QLocale().formattedDataSize(text.size())));
    m_runner->analyze(text);
}

void StepPagePaste::onAnalysisFinished(const AnalysisOutcome &outcome)
{
    if (!outcome.ok) {
        clearResults();
        bounceCase()->clearAnalysis();
        setResultText(m_status, outcome.error.message);
        Q_EMIT message(outcome.error.message, MessageBar::Warning);
        setState(StepState::NeedsAction);
        Q_EMIT completeChanged();
        return;
    }
    showAnalysis(outcome);
    bounceCase()->setAnalysis(outcome.analysis);
    fillFacts();
    saveDraft();
    setState(StepState::Passed);
    Q_EMIT transcript(tr("Analysed %1 in %2 ms: %3.")
                          .arg(QLocale().formattedDataSize(outcome.inputBytes))
                          .arg(outcome.elapsedMs)
                          .arg(causeTitle(outcome.analysis.diagnosis.cause)));
    Q_EMIT completeChanged();
    Q_EMIT analysisFinished();
}

void StepPagePaste::showAnalysis(const AnalysisOutcome &outcome)
{
    const Bounce &bounce = outcome.analysis.bounce;
    const Diagnosis &d = outcome.analysis.diagnosis;
    const Classifier &classifier = Classifier::instance();
    m_hasResult = true;
    m_resultBox->setEnabled(true);

    setResultText(m_status, tr("Read %1 in %2 ms · format: %3 · %n recipient(s)", nullptr, int(bounce.failures.size()))
                                .arg(QLocale().formattedDataSize(outcome.inputBytes))
                                .arg(outcome.elapsedMs)
                                .arg(bounce.format.isEmpty() ? tr("unrecognised") : bounce.format));
    setResultText(m_cause, causeTitle(d.cause));
    setResultText(m_causeExplanation, causeExplanation(d.cause));
    if (d.reason.isEmpty()) {
        setResultText(m_reason, tr("No finer reason could be named."));
    } else {
        const QString explanation = classifier.reasonExplanation(d.reason);
        setResultText(m_reason, explanation.isEmpty() ? classifier.reasonTitle(d.reason)
                                                      : tr("%1 — %2").arg(classifier.reasonTitle(d.reason), explanation));
    }
    QStringList codes;
    if (!d.replyCode.isEmpty())
        codes << tr("reply %1").arg(d.replyCode);
    if (!d.status.isEmpty())
        codes << tr("status %1").arg(d.status);
    codes << tr("confidence %1 %").arg(qRound(d.confidence * 100));
    setResultText(m_codes, codes.join(QStringLiteral(" · ")));

    QStringList fixes;
    const QList<int> steps = BounceCase::stepsFor(outcome.analysis);
    for (int s : steps)
        if (s != BounceCase::Resend)
            fixes << tr("%1. %2").arg(s).arg(BounceCase::stepTitle(s));
    if (fixes.isEmpty())
        setResultText(m_fixes, d.cause == Cause::Temporary || d.cause == Cause::NotAFailure
                                   ? tr("Nothing to fix: this is not a permanent delivery failure.")
                                   : tr("No fix step could be chosen from this bounce; the checks in the list can still be run."));
    else
        setResultText(m_fixes, tr("Fix steps that apply (selected in the list): %1").arg(fixes.join(QStringLiteral(", "))));

    const QString hop = bounce.original.sendingHopExplanation;
    m_hop->setVisible(!hop.isEmpty());
    setResultText(m_hop, hop);
    m_warnings->setVisible(!bounce.warnings.isEmpty());
    setResultText(m_warnings, bounce.warnings.join(QLatin1Char('\n')));

    m_model->setFailures(bounce.failures);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    highlight(outcome.spans);
}

void StepPagePaste::clearResults()
{
    m_hasResult = false;
    setResultText(m_status, tr("Nothing analysed yet."));
    setResultText(m_cause, tr("Paste a bounce to see its cause."));
    setResultText(m_causeExplanation, QString());
    setResultText(m_reason, QString());
    setResultText(m_codes, QString());
    setResultText(m_fixes, QString());
    m_hop->hide();
    m_warnings->hide();
    m_model->setFailures({});
    m_edit->setExtraSelections({});
    for (QLineEdit *e : {m_sendingIp, m_helo, m_senderDomain, m_recipientDomain, m_dkimSelector, m_dkimDomain})
        e->clear();
    setState(StepState::ToDo);
}

void StepPagePaste::highlight(const QList<EvidenceSpan> &spans)
{
    QList<QTextEdit::ExtraSelection> selections;
    const QPalette pal = palette();
    const int size = m_edit->document()->characterCount();
    for (const EvidenceSpan &span : spans) {
        if (span.start + span.length >= size)
            continue;  // the text changed since the analysis started
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(m_edit->document());
        sel.cursor.setPosition(span.start);
        sel.cursor.setPosition(span.start + span.length, QTextCursor::KeepAnchor);
        const bool code = span.kind == QLatin1String("status") || span.kind == QLatin1String("reply-code")
            || span.kind == QLatin1String("vendor-code");
        sel.format.setBackground(StatusColors::color(code ? StatusColors::EvidenceStrong : StatusColors::EvidenceBackground, pal));
        sel.format.setForeground(pal.color(QPalette::Text));
        // Not colour alone: evidence is also underlined.
        sel.format.setFontUnderline(true);
        sel.format.setToolTip(tr("Evidence (%1)").arg(span.kind));
        selections.append(sel);
    }
    m_edit->setExtraSelections(selections);
}

void StepPagePaste::fillFacts()
{
    const Facts &f = bounceCase()->facts();
    m_sendingIp->setText(f.sendingIp);
    m_helo->setText(f.helo);
    m_senderDomain->setText(f.senderDomain);
    m_recipientDomain->setText(f.recipientDomain);
    m_dkimSelector->setText(f.dkimSelector);
    m_dkimDomain->setText(f.dkimDomain);
    for (QLineEdit *e : {m_sendingIp, m_helo, m_senderDomain, m_recipientDomain, m_dkimSelector, m_dkimDomain})
        e->setCursorPosition(0);
}

void StepPagePaste::factEdited()
{
    Facts f = bounceCase()->facts();
    const Facts before = f;
    f.sendingIp = m_sendingIp->text().trimmed();
    f.helo = m_helo->text().trimmed();
    f.senderDomain = m_senderDomain->text().trimmed();
    f.recipientDomain = m_recipientDomain->text().trimmed();
    f.dkimSelector = m_dkimSelector->text().trimmed();
    f.dkimDomain = m_dkimDomain->text().trimmed();
    if (f.toJson() != before.toJson())
        bounceCase()->setFacts(f);
}

void StepPagePaste::saveDraft()
{
    QSettings settings;
    // Ask the document for its size first: copying out a 20 MB text would stall the window.
    if (m_edit->document()->characterCount() <= kMaxDraftChars)
        settings.setValue(QLatin1String(kDraftKey), bounceText());
    else
        settings.remove(QLatin1String(kDraftKey));
}

void StepPagePaste::restoreDraft()
{
    if (!bounceText().isEmpty())
        return;
    const QString draft = QSettings().value(QLatin1String(kDraftKey)).toString();
    if (draft.isEmpty())
        return;
    setBounceText(draft);
    analyzeNow();
    Q_EMIT transcript(tr("Restored the bounce you were working on last time."));
}
