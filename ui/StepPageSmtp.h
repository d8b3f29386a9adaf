#pragma once

#include "SmtpResult.h"
#include "StepPage.h"

#include <QPointer>

#include <optional>

class CheckResultView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class SmtpAutoDetect;
class SmtpProbe;

// Step 6: the user's outgoing SMTP settings, tested live the way a mail client would use them,
// with the (redacted) conversation as it happens, the TLS details, a one-certificate trust prompt
// and a verdict in plain words. Settings except the password are remembered.
class StepPageSmtp : public StepPage
{
    Q_OBJECT
public:
    StepPageSmtp(BounceCase *bounceCase, QWidget *parent = nullptr);

    void initializePage() override;
    void cancelChecks() override;
    bool rerunChecks() override;
    QString helpText() const override;

    void startTest();
    QString transcriptText() const;
    QString password() const;
    std::optional<SmtpResult> lastResult() const { return m_lastResult; }

private:
    void onProbeFinished(const SmtpResult &result);
    void trustCertificate();
    void detectSettings();
    void loadSettings();
    void saveSettings() const;
    void securityChanged();

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_mech = nullptr;
    QLineEdit *m_mailFrom = nullptr;
    QLineEdit *m_rcptTo = nullptr;
    QPushButton *m_detect = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_verdict = nullptr;
    QPlainTextEdit *m_transcript = nullptr;
    QLabel *m_tls = nullptr;
    QWidget *m_certPrompt = nullptr;
    QLabel *m_certText = nullptr;
    QPushButton *m_trust = nullptr;
    CheckResultView *m_view = nullptr;
    QPointer<SmtpProbe> m_probe;
    QPointer<SmtpAutoDetect> m_detector;
    QString m_trustFingerprint;
    QString m_pendingFingerprint;
    bool m_tested = false;
    std::optional<SmtpResult> m_lastResult;
};
