#include "StepPageMailbox.h"

#include "BounceCase.h"
#include "Classifier.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

StepPageMailbox::StepPageMailbox(BounceCase *bounceCase, QWidget *parent)
    : StepPage(BounceCase::Mailbox, bounceCase, parent)
{
    setIntro(tr("The address exists, but the recipient's mailbox did not take the message. Only the recipient (or "
                "their mail administrator) can change that; here is what to tell them."));
    QWidget *area = contentLayout()->parentWidget();
    m_says = addParagraph(QStringLiteral("mailboxBounceSays"), tr("What the bounce says"));
    m_retry = addParagraph(QStringLiteral("mailboxRetry"), tr("When to retry"));

    auto *label = new QLabel(tr("&Message to send the recipient by another way (phone, chat, another address):"), area);
    label->setWordWrap(true);
    m_message = new QPlainTextEdit(area);
    m_message->setObjectName(QStringLiteral("mailboxMessage"));
    m_message->setAccessibleName(tr("Message for the recipient"));
    m_message->setAccessibleDescription(tr("A ready-to-send text; edit it as you like and copy it"));
    m_message->setTabChangesFocus(true);
    m_message->setMinimumHeight(140);
    label->setBuddy(m_message);
    contentLayout()->addWidget(label);
    contentLayout()->addWidget(m_message, 1);

    auto *row = new QHBoxLayout;
    auto *copy = new QPushButton(tr("Cop&y message"), area);
    copy->setObjectName(QStringLiteral("copyMailboxMessage"));
    copy->setAccessibleDescription(tr("Copies the message above to the clipboard"));
    m_told = new QCheckBox(tr("I have &told the recipient"), area);
    m_told->setObjectName(QStringLiteral("mailboxTold"));
    m_told->setAccessibleDescription(tr("Marks this step as done"));
    row->addWidget(copy);
    row->addStretch(1);
    row->addWidget(m_told);
    contentLayout()->addLayout(row);

    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_message->toPlainText());
        Q_EMIT message(tr("Message copied to the clipboard."), MessageBar::Positive);
    });
    connect(m_told, &QCheckBox::toggled, this, &StepPageMailbox::updateState);
}

QString StepPageMailbox::helpText() const
{
    return tr("A full or disabled mailbox is on the recipient's side. Send them the text by another channel; "
              "retry only when the bounce says the problem is temporary or after they have fixed it.");
}

void StepPageMailbox::initializePage()
{
    QStringList says;
    QString recipient = bounceCase()->facts().recipient;
    QString reason;
    if (bounceCase()->hasAnalysis()) {
        const Analysis &a = bounceCase()->analysis();
        for (const DeliveryFailure &f : a.bounce.failures) {
            if (f.cause != Cause::RecipientMailbox && f.cause != Cause::RecipientBlocked)
                continue;
            if (reason.isEmpty()) {
                reason = f.reason;
                if (!f.recipient.isEmpty())
                    recipient = f.recipient;
            }
            says << tr("%1: %2\n“%3”").arg(f.recipient, Classifier::instance().reasonTitle(f.reason), f.diagnostic.left(400));
        }
    }
    setResultText(m_says, says.isEmpty() ? tr("The bounce does not point to the recipient's mailbox.") : says.join(QStringLiteral("\n\n")));

    QString retry;
    QString ask;
    if (reason.contains(QLatin1String("full")) || reason.contains(QLatin1String("quota"))) {
        retry = tr("Retry after the recipient has made room — usually within a day or two. Many servers retry a full "
                   "mailbox on their own for a few days; after a permanent 5.2.2 they do not.");
        ask = tr("your mailbox is full, so my message was returned. Could you delete or archive some mail and tell me "
                 "when I can send it again?");
    } else if (reason.contains(QLatin1String("disabled")) || reason.contains(QLatin1String("inactive"))
               || reason.contains(QLatin1String("suspend"))) {
        retry = tr("Do not retry this address: it is closed or suspended. Ask for a current address instead.");
        ask = tr("my message to this address was returned because the mailbox is closed or suspended. Do you have "
                 "another address I should use?");
    } else if (!reason.isEmpty()) {
        retry = tr("Retry only after the recipient (or their administrator) has allowed mail from you.");
        ask = tr("your mail server refused my message (%1). Could you ask your mail administrator to allow mail from "
                 "my address or domain, and tell me when it is done?").arg(Classifier::instance().reasonTitle(reason));
    } else {
        retry = tr("Nothing in the bounce concerns the recipient's mailbox; this step can be skipped.");
        ask = tr("my message to you was returned by your mail server. Could you check that your mailbox can receive "
                 "mail from me?");
    }
    setResultText(m_retry, retry);
    if (m_message->toPlainText().isEmpty() || !m_message->document()->isModified()) {
        const QString bounced = recipient.isEmpty() ? tr("your address") : recipient;
        m_message->setPlainText(tr("Hello,\n\nI tried to email you at %1, but %2\n\nThank you!").arg(bounced, ask));
        m_message->document()->setModified(false);
    }
    updateState();
}

void StepPageMailbox::updateState()
{
    if (m_told->isChecked())
        setState(StepState::Passed);
    else
        setState(bounceCase()->applies(step()) ? StepState::NeedsAction : StepState::Skipped);
}
