#pragma once

#include "StepPage.h"

#include <QPointer>

class CheckBatch;
class CheckResultView;
class QLabel;
class QLineEdit;
class QPushButton;

// Step 1: is the address that bounced right? Syntax, the domain's DNS and MX, and a typo hint
// with the corrected address ready to copy.
class StepPageRecipient : public StepPage
{
    Q_OBJECT
public:
    StepPageRecipient(BounceCase *bounceCase, QWidget *parent = nullptr);

    void initializePage() override;
    void cancelChecks() override;
    bool rerunChecks() override;
    QString helpText() const override;

    QString correctedAddress() const;

private:
    void runChecks();
    void onFinished(const CheckResults &results);
    void showBounceSays();

    QLabel *m_says = nullptr;
    QLineEdit *m_address = nullptr;
    QPushButton *m_check = nullptr;
    QLabel *m_syntax = nullptr;
    QLabel *m_typo = nullptr;
    QLineEdit *m_corrected = nullptr;
    QPushButton *m_copy = nullptr;
    CheckResultView *m_view = nullptr;
    QPointer<CheckBatch> m_batch;
    QString m_checkedAddress;
    bool m_syntaxOk = false;
};
