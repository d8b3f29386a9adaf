#include "StepPageRecipient.h"

#include "BounceCase.h"
#include "CheckBatch.h"
#include "CheckResultView.h"
#include "Classifier.h"
#include "DomainTypo.h"
#include "MxCheck.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

StepPageRecipient::StepPageRecipient(BounceCase *bounceCase, QWidget *parent)
    : StepPage(BounceCase::Recipient, bounceCase, parent)
{
    setIntro(tr("A mistyped or closed address is the most common reason for a bounce. This step checks the address "
                "and whether its domain can receive mail at all."));
    QWidget *area = contentLayout()->parentWidget();
    m_says = addParagraph(QStringLiteral("recipientBounceSays"), tr("What the bounce says"));

    auto *form = new QFormLayout;
    auto *row = new QHBoxLayout;
    m_address = new QLineEdit(area);
    m_address->setObjectName(QStringLiteral("recipientAddress"));
    m_address->setAccessibleName(tr("Recipient address"));
    m_address->setAccessibleDescription(tr("The address to check; correct it and press Check again"));
    m_check = new QPushButton(tr("Chec&k again"), area);
    m_check->setObjectName(QStringLiteral("recipientCheck"));
    m_check->setAccessibleDescription(tr("Checks the address and its domain again"));
    row->addWidget(m_address, 1);
    row->addWidget(m_check);
    form->addRow(tr("&Address:"), row);
    contentLayout()->addLayout(form);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(row)))
        label->setBuddy(m_address);

    m_syntax = addParagraph(QStringLiteral("recipientSyntax"), tr("Address syntax"));
    m_typo = addParagraph(QStringLiteral("recipientTypo"), tr("Typo hint"));

    auto *correctedRow = new QHBoxLayout;
    auto *correctedLabel = new QLabel(tr("Co&rrected address:"), area);
    m_corrected = new QLineEdit(area);
    m_corrected->setObjectName(QStringLiteral("correctedAddress"));
    m_corrected->setReadOnly(true);
    m_corrected->setAccessibleName(tr("Corrected address"));
    correctedLabel->setBuddy(m_corrected);
    m_copy = new QPushButton(tr("Cop&y corrected address"), area);
    m_copy->setObjectName(QStringLiteral("copyCorrectedAddress"));
    m_copy->setAccessibleDescription(tr("Copies the corrected address to the clipboard"));
    correctedRow->addWidget(correctedLabel);
    correctedRow->addWidget(m_corrected, 1);
    correctedRow->addWidget(m_copy);
    contentLayout()->addLayout(correctedRow);

    m_view = new CheckResultView(area);
    m_view->setObjectName(QStringLiteral("recipientResults"));
    m_view->setAccessibleTitle(tr("Recipient domain checks"));
    contentLayout()->addWidget(m_view, 1);

    connect(m_check, &QPushButton::clicked, this, &StepPageRecipient::runChecks);
    connect(m_address, &QLineEdit::returnPressed, this, &StepPageRecipient::runChecks);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_corrected->text());
        Q_EMIT message(tr("Copied %1 to the clipboard.").arg(m_corrected->text()), MessageBar::Positive);
    });
    connect(m_view, &CheckResultView::copied, this, [this](const QString &what) { Q_EMIT message(what, MessageBar::Positive); });
    m_corrected->setEnabled(false);
    m_copy->setEnabled(false);
}

QString StepPageRecipient::helpText() const
{
    return tr("Check the address for typos. If the bounce says the mailbox does not exist but the domain is fine, "
              "ask the recipient for their current address by another channel (phone, another address).");
}

QString StepPageRecipient::correctedAddress() const
{
    return m_corrected->text();
}

void StepPageRecipient::showBounceSays()
{
    QStringList lines;
    if (bounceCase()->hasAnalysis()) {
        for (const DeliveryFailure &f : bounceCase()->analysis().bounce.failures) {
            if (f.reason.isEmpty())
                continue;
            lines << tr("%1: %2").arg(f.recipient.isEmpty() ? tr("(recipient not stated)") : f.recipient,
                                      Classifier::instance().reasonTitle(f.reason));
        }
    }
    setResultText(m_says, lines.isEmpty() ? tr("The bounce names no recipient; type the address below.")
                                          : tr("The bounce says:\n%1").arg(lines.join(QLatin1Char('\n'))));
}

void StepPageRecipient::initializePage()
{
    showBounceSays();
    const QString recipient = bounceCase()->facts().recipient;
    if (m_address->text().isEmpty() || (m_address->text() == m_checkedAddress && recipient != m_checkedAddress))
        m_address->setText(recipient);
    if (m_address->text() != m_checkedAddress || bounceCase()->results(step()).isEmpty())
        runChecks();
}

bool StepPageRecipient::rerunChecks()
{
    runChecks();
    return true;
}

void StepPageRecipient::cancelChecks()
{
    if (m_batch && m_batch->isRunning()) {
        m_batch->abort();
        setBusy(false);
        setState(StepState::CouldNotCheck);
        Q_EMIT transcript(tr("Recipient checks cancelled."));
    }
}

void StepPageRecipient::runChecks()
{
    if (m_batch) {
        m_batch->abort();
        m_batch->deleteLater();
    }
    const QString address = m_address->text().trimmed();
    m_checkedAddress = address;
    m_corrected->clear();
    m_corrected->setEnabled(false);
    m_copy->setEnabled(false);
    setResultText(m_typo, QString());
    m_view->clear();
    if (address.isEmpty()) {
        setResultText(m_syntax, tr("No address to check."));
        setState(StepState::CouldNotCheck);
        return;
    }
    // A plain shape test: one @, a non-empty local part, a domain that converts to ASCII (IDN).
    const int at = int(address.lastIndexOf(QLatin1Char('@')));
    const QString local = at > 0 ? address.left(at) : QString();
    const QString domain = at > 0 ? address.mid(at + 1) : QString();
    const QByteArray ace = QUrl::toAce(domain);
    static const QRegularExpression labelRe(QStringLiteral("^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$"));
    bool domainOk = !ace.isEmpty() && ace.contains('.');
    for (const QByteArray &label : ace.split('.'))
        domainOk = domainOk && labelRe.match(QString::fromLatin1(label)).hasMatch();
    m_syntaxOk = !local.isEmpty() && !local.contains(QLatin1Char(' ')) && domainOk;
    setResultText(m_syntax, m_syntaxOk ? tr("The address is well formed.")
                                       : tr("The address is not well formed: it needs one name, an @ and a domain like example.com."));

    const QString suggestion = domainOk ? DomainTypo::builtin().suggest(domain) : QString();
    if (!suggestion.isEmpty()) {
        setResultText(m_typo, tr("“%1” looks like a typo of “%2”.").arg(domain, suggestion));
        m_corrected->setText(local + QLatin1Char('@') + suggestion);
        m_corrected->setEnabled(true);
        m_copy->setEnabled(true);
    }
    if (!domainOk) {
        setState(StepState::NeedsAction);
        return;
    }
    Resolver *resolver = bounceCase()->resolver();
    if (!resolver) {
        setResultText(m_typo, tr("The domain could not be checked: %1").arg(bounceCase()->resolverError()));
        setState(StepState::CouldNotCheck);
        return;
    }
    m_batch = new CheckBatch(this);
    m_batch->add(new MxCheck(resolver, QString::fromLatin1(ace)));
    connect(m_batch, &CheckBatch::progress, this, [this](int done, int total) {
        setProgress(done, total, tr("Looking up the recipient's domain…"));
    });
    connect(m_batch, &CheckBatch::finished, this, &StepPageRecipient::onFinished);
    setBusy(true);
    setState(StepState::Checking);
    Q_EMIT transcript(tr("Checking the domain %1 (MX, A/AAAA)…").arg(domain));
    m_batch->start();
}

void StepPageRecipient::onFinished(const CheckResults &results)
{
    setBusy(false);
    m_view->setResults(results);
    bounceCase()->setResults(step(), results);
    for (const CheckResult &r : results)
        Q_EMIT transcript(tr("%1: %2 — %3").arg(CheckResult::statusText(r.status), r.title, r.summary));
    StepState state = m_syntaxOk ? stateFromResults(results) : StepState::NeedsAction;
    // The domain can be fine while the mailbox is gone: the bounce itself is then the evidence.
    if (state == StepState::Passed && bounceCase()->hasAnalysis()
        && bounceCase()->analysis().diagnosis.cause == Cause::InvalidRecipient
        && m_checkedAddress.compare(bounceCase()->facts().recipient, Qt::CaseInsensitive) == 0) {
        setResultText(m_typo, tr("The domain accepts mail, but its server says this mailbox does not exist. "
                                 "Confirm the address with the recipient by another channel."));
        state = StepState::NeedsAction;
    }
    setState(state);
}
