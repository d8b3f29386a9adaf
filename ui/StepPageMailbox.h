#pragma once

#include "StepPage.h"

class QCheckBox;
class QLabel;
class QPlainTextEdit;

// Step 2: the address exists but its mailbox refused the message (full, disabled, the
// recipient's own policy). Nothing to check live: what the bounce says, what to ask the
// recipient (a ready-to-send text), and whether retrying makes sense.
class StepPageMailbox : public StepPage
{
    Q_OBJECT
public:
    StepPageMailbox(BounceCase *bounceCase, QWidget *parent = nullptr);

    void initializePage() override;
    QString helpText() const override;

private:
    void updateState();

    QLabel *m_says = nullptr;
    QLabel *m_retry = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QCheckBox *m_told = nullptr;
};
