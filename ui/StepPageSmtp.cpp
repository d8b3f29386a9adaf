#include "StepPageSmtp.h"

#include "BounceCase.h"
#include "CheckResultView.h"
#include "SmtpAutoDetect.h"
#include "SmtpProbe.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

StepPageSmtp::StepPageSmtp(BounceCase *bounceCase, QWidget *parent)
    : StepPage(BounceCase::Smtp, bounceCase, parent)
{
    setIntro(tr("Test the outgoing server settings of your mail program or web site: Bounce Doctor connects the way "
                "they do and tells you, step by step, where it goes wrong. Your password is never saved."));
    QWidget *area = contentLayout()->parentWidget();

    auto *form = new QFormLayout;
    m_host = new QLineEdit(area);
    m_host->setObjectName(QStringLiteral("smtpHost"));
    m_host->setPlaceholderText(tr("smtp.example.com"));
    m_host->setAccessibleName(tr("SMTP server"));
    m_port = new QSpinBox(area);
    m_port->setObjectName(QStringLiteral("smtpPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    m_port->setAccessibleName(tr("Port"));
    m_security = new QComboBox(area);
    m_security->setObjectName(QStringLiteral("smtpSecurity"));
    m_security->addItem(tr("STARTTLS (port 587)"), Smtp::securityId(SmtpSecurity::StartTls));
    m_security->addItem(tr("SSL/TLS (port 465)"), Smtp::securityId(SmtpSecurity::Tls));
    m_security->addItem(tr("STARTTLS if offered"), Smtp::securityId(SmtpSecurity::StartTlsOptional));
    m_security->addItem(tr("None (unencrypted)"), Smtp::securityId(SmtpSecurity::None));
    m_security->setAccessibleName(tr("Connection security"));
    m_user = new QLineEdit(area);
    m_user->setObjectName(QStringLiteral("smtpUser"));
    m_user->setAccessibleName(tr("User name"));
    m_user->setPlaceholderText(tr("empty: test without logging in"));
    m_password = new QLineEdit(area);
    m_password->setObjectName(QStringLiteral("smtpPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setAccessibleDescription(tr("Used for this test only and never saved"));
    m_mech = new QComboBox(area);
    m_mech->setObjectName(QStringLiteral("smtpAuthMech"));
    for (SmtpAuthMech mech : {SmtpAuthMech::Auto, SmtpAuthMech::Plain, SmtpAuthMech::Login, SmtpAuthMech::CramMd5})
        m_mech->addItem(mech == SmtpAuthMech::Auto ? tr("Automatic") : Smtp::authMechId(mech), Smtp::authMechId(mech));
    m_mech->setAccessibleName(tr("Authentication method"));
    m_mailFrom = new QLineEdit(area);
    m_mailFrom->setObjectName(QStringLiteral("smtpMailFrom"));
    m_mailFrom->setAccessibleName(tr("Sender address for the test"));
    m_mailFrom->setPlaceholderText(tr("empty: stop after logging in"));
    m_rcptTo = new QLineEdit(area);
    m_rcptTo->setObjectName(QStringLiteral("smtpRcptTo"));
    m_rcptTo->setAccessibleName(tr("Recipient address for the test"));
    m_rcptTo->setPlaceholderText(tr("asked with RCPT TO, no message is sent"));

    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("P&ort:"), area);
    portLabel->setBuddy(m_port);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);
    form->addRow(tr("&Server:"), hostRow);
    if (auto *l = qobject_cast<QLabel *>(form->labelForField(hostRow)))
        l->setBuddy(m_host);
    form->addRow(tr("Sec&urity:"), m_security);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("Aut&hentication:"), m_mech);
    form->addRow(tr("Sen&der (optional):"), m_mailFrom);
    form->addRow(tr("Recipien&t (optional):"), m_rcptTo);
    contentLayout()->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_detect = new QPushButton(tr("Detect settin&gs"), area);
    m_detect->setObjectName(QStringLiteral("smtpDetect"));
    m_detect->setAccessibleDescription(tr("Tries the usual ports and security modes of the server and fills in what works"));
    m_test = new QPushButton(tr("Te&st"), area);
    m_test->setObjectName(QStringLiteral("smtpTest"));
    m_test->setDefault(false);
    m_test->setAccessibleDescription(tr("Connects to the server with these settings and shows each step"));
    buttons->addWidget(m_detect);
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    contentLayout()->addLayout(buttons);

    m_verdict = addParagraph(QStringLiteral("smtpVerdict"), tr("Verdict"));
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);

    m_certPrompt = new QWidget(area);
    auto *certLayout = new QHBoxLayout(m_certPrompt);
    certLayout->setContentsMargins(0, 0, 0, 0);
    m_certText = makeReadOnlyLabel(m_certPrompt, QStringLiteral("smtpCertificate"), tr("Server certificate"));
    m_trust = new QPushButton(tr("Trust this certificate for this test"), m_certPrompt);
    m_trust->setObjectName(QStringLiteral("smtpTrustCertificate"));
    m_trust->setAccessibleDescription(tr("Repeats the test accepting only this one certificate, identified by its SHA-256 fingerprint"));
    certLayout->addWidget(m_certText, 1);
    certLayout->addWidget(m_trust, 0, Qt::AlignTop);
    contentLayout()->addWidget(m_certPrompt);
    m_certPrompt->hide();

    m_tls = addParagraph(QStringLiteral("smtpTls"), tr("TLS details"));

    auto *transcriptLabel = new QLabel(tr("Conve&rsation with the server (passwords hidden):"), area);
    m_transcript = new QPlainTextEdit(area);
    m_transcript->setObjectName(QStringLiteral("smtpTranscript"));
    m_transcript->setReadOnly(true);
    m_transcript->setTabChangesFocus(true);
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_transcript->setMinimumHeight(150);
    m_transcript->setAccessibleName(tr("SMTP conversation"));
    transcriptLabel->setBuddy(m_transcript);
    contentLayout()->addWidget(transcriptLabel);
    contentLayout()->addWidget(m_transcript, 1);

    m_view = new CheckResultView(area);
    m_view->setObjectName(QStringLiteral("smtpResults"));
    m_view->setAccessibleTitle(tr("SMTP test result"));
    contentLayout()->addWidget(m_view);

    connect(m_test, &QPushButton::clicked, this, &StepPageSmtp::startTest);
    connect(m_trust, &QPushButton::clicked, this, &StepPageSmtp::trustCertificate);
    connect(m_detect, &QPushButton::clicked, this, &StepPageSmtp::detectSettings);
    connect(m_security, &QComboBox::currentIndexChanged, this, &StepPageSmtp::securityChanged);
    connect(m_host, &QLineEdit::returnPressed, this, &StepPageSmtp::startTest);
    loadSettings();
}

QString StepPageSmtp::helpText() const
{
    return tr("Use the same server, port and security as your mail program. Port 587 uses STARTTLS, port 465 uses "
              "SSL/TLS. The test logs in only if you give a user name, and never sends a message.");
}

QString StepPageSmtp::transcriptText() const
{
    return m_transcript->toPlainText();
}

QString StepPageSmtp::password() const
{
    return m_password->text();
}

void StepPageSmtp::initializePage()
{
    if (m_mailFrom->text().isEmpty())
        m_mailFrom->setText(bounceCase()->facts().senderAddress);
    if (!m_tested && !m_host->text().trimmed().isEmpty())
        startTest();
    else if (!m_tested)
        setState(bounceCase()->applies(step()) ? StepState::ToDo : StepState::Skipped);
}

bool StepPageSmtp::rerunChecks()
{
    if (m_host->text().trimmed().isEmpty())
        return false;
    startTest();
    return true;
}

void StepPageSmtp::cancelChecks()
{
    if (m_probe && m_probe->isRunning())
        m_probe->abort();  // finished() follows with the Aborted failure
    if (m_detector && m_detector->isRunning()) {
        m_detector->abort();
        setBusy(false);
        setState(StepState::CouldNotCheck);
    }
}

void StepPageSmtp::securityChanged()
{
    const QString id = m_security->currentData().toString();
    // Follow the usual port for the mode unless the user chose an unusual one.
    if (id == Smtp::securityId(SmtpSecurity::Tls) && m_port->value() == 587)
        m_port->setValue(465);
    else if (id == Smtp::securityId(SmtpSecurity::StartTls) && m_port->value() == 465)
        m_port->setValue(587);
}

void StepPageSmtp::startTest()
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->abort();
        m_probe->deleteLater();
    }
    const QString host = m_host->text().trimmed();
    if (host.isEmpty()) {
        Q_EMIT message(tr("Enter the SMTP server's name first."), MessageBar::Warning);
        m_host->setFocus();
        return;
    }
    saveSettings();
    SmtpOptions o;
    o.host = host;
    o.port = m_port->value();
    Smtp::securityFromId(m_security->currentData().toString(), &o.security);
    o.user = m_user->text().trimmed();
    o.password = m_password->text();
    Smtp::authMechFromId(m_mech->currentData().toString(), &o.authMech);
    o.mailFrom = m_mailFrom->text().trimmed();
    if (!m_rcptTo->text().trimmed().isEmpty())
        o.rcptTo << m_rcptTo->text().trimmed();
    o.trustFingerprint = m_trustFingerprint;
    o.resolver = bounceCase()->resolver();

    m_tested = true;
    m_transcript->clear();
    m_view->clear();
    m_certPrompt->hide();
    setResultText(m_verdict, tr("Testing %1:%2…").arg(host).arg(o.port));
    setResultText(m_tls, QString());
    m_probe = new SmtpProbe(this);
    connect(m_probe, &SmtpProbe::stageChanged, this, [this](SmtpStage stage) {
        setProgress(int(stage), int(SmtpStage::Done), Smtp::stageText(stage));
    });
    connect(m_probe, &SmtpProbe::transcriptLine, this, [this](const SmtpTranscriptLine &line) {
        m_transcript->appendPlainText(line.toText());
        Q_EMIT transcript(line.toText());
    });
    connect(m_probe, &SmtpProbe::finished, this, &StepPageSmtp::onProbeFinished);
    setBusy(true);
    setState(StepState::Checking);
    m_probe->start(o);
}

void StepPageSmtp::onProbeFinished(const SmtpResult &result)
{
    setBusy(false);
    m_lastResult = result;
    const SmtpVerdict &v = result.verdict;
    QStringList lines;
    if (v.isValid()) {
        lines << v.title;
        if (!v.message.isEmpty())
            lines << v.message;
        if (!v.nextStep.isEmpty())
            lines << v.nextStep;
        if (!v.providerHint.isEmpty())
            lines << v.providerHint;
    } else {
        lines << (result.ok ? tr("The server accepted these settings.") : tr("The test stopped at: %1").arg(Smtp::stageText(result.stage)));
    }
    setResultText(m_verdict, lines.join(QLatin1Char('\n')));

    const SmtpTlsInfo &tls = result.tls;
    if (tls.used) {
        QStringList t;
        t << (tls.established ? tr("Encrypted with %1, %2.").arg(tls.protocol, tls.cipher) : tr("The TLS handshake did not complete."));
        if (!tls.chain.isEmpty()) {
            const SmtpCertificateInfo &c = tls.chain.first();
            t << tr("Certificate: %1, issued by %2, valid until %3.").arg(c.subject, c.issuer, QLocale().toString(c.notAfter, QLocale::ShortFormat));
            if (!c.subjectAltNames.isEmpty())
                t << tr("Names: %1").arg(c.subjectAltNames.join(QStringLiteral(", ")));
        }
        t += tls.errors;
        if (tls.trustedByFingerprint)
            t << tr("Trusted for this test by its fingerprint.");
        setResultText(m_tls, t.join(QLatin1Char('\n')));
    } else {
        setResultText(m_tls, tr("No TLS was used."));
    }
    if (result.failure == SmtpFailure::TlsCertificate && !tls.chain.isEmpty()) {
        const SmtpCertificateInfo &c = tls.chain.first();
        m_pendingFingerprint = c.sha256;
        setResultText(m_certText, tr("The server's certificate is not trusted (%1).\nSHA-256 fingerprint: %2\n"
                                     "Compare it with the one your provider publishes before trusting it.")
                                      .arg(tls.errors.join(QStringLiteral("; ")), c.sha256));
        m_certPrompt->show();
    }
    const CheckResult check = result.toCheckResult();
    m_view->setResults({check});
    bounceCase()->setResults(step(), {check});
    setState(result.failure == SmtpFailure::Aborted ? StepState::CouldNotCheck : stateFromResults({check}));
}

void StepPageSmtp::trustCertificate()
{
    if (m_pendingFingerprint.isEmpty())
        return;
    m_trustFingerprint = m_pendingFingerprint;  // for this session's tests only; never saved
    startTest();
}

void StepPageSmtp::detectSettings()
{
    const QString address = !m_user->text().trimmed().isEmpty() && m_user->text().contains(QLatin1Char('@'))
        ? m_user->text().trimmed()
        : m_mailFrom->text().trimmed();
    if (address.isEmpty() && m_host->text().trimmed().isEmpty()) {
        Q_EMIT message(tr("Enter your address (as sender or user name) or the server's name to detect settings."),
                       MessageBar::Warning);
        return;
    }
    if (m_detector) {
        m_detector->abort();
        m_detector->deleteLater();
    }
    SmtpOptions base;
    base.user = m_user->text().trimmed();
    base.password = m_password->text();
    base.resolver = bounceCase()->resolver();
    m_detector = new SmtpAutoDetect(bounceCase()->resolver(), this);
    m_detector->setProbeOptions(base);
    connect(m_detector, &SmtpAutoDetect::attemptFinished, this, [this](const SmtpAutoDetectAttempt &a) {
        Q_EMIT transcript(tr("Detect: %1:%2 (%3) — %4")
                              .arg(a.host)
                              .arg(a.port)
                              .arg(Smtp::securityId(a.security), a.works() ? tr("works") : a.result.verdict.title));
    });
    connect(m_detector, &SmtpAutoDetect::finished, this, [this](const QList<SmtpAutoDetectAttempt> &ranked) {
        setBusy(false);
        if (ranked.isEmpty() || !ranked.first().works()) {
            setResultText(m_verdict, tr("No working settings were found (%n combination(s) tried).", nullptr, int(ranked.size())));
            setState(StepState::NeedsAction);
            return;
        }
        const SmtpAutoDetectAttempt &best = ranked.first();
        m_host->setText(best.host);
        m_security->setCurrentIndex(qMax(0, m_security->findData(Smtp::securityId(best.security))));
        m_port->setValue(best.port);
        setResultText(m_verdict, tr("Found: %1, port %2, %3. Press Test to check it with your login.")
                                     .arg(best.host)
                                     .arg(best.port)
                                     .arg(m_security->currentText()));
        setState(StepState::ToDo);
    });
    setBusy(true);
    setState(StepState::Checking);
    setProgress(0, 0, tr("Trying the usual servers and ports…"));
    m_detector->start(address, m_host->text().trimmed());
}

void StepPageSmtp::loadSettings()
{
    QSettings s;
    s.beginGroup(QStringLiteral("smtp"));
    m_host->setText(s.value(QStringLiteral("host")).toString());
    m_port->setValue(s.value(QStringLiteral("port"), 587).toInt());
    const int sec = m_security->findData(s.value(QStringLiteral("security"), Smtp::securityId(SmtpSecurity::StartTls)));
    m_security->setCurrentIndex(qMax(0, sec));
    m_port->setValue(s.value(QStringLiteral("port"), 587).toInt());
    m_user->setText(s.value(QStringLiteral("user")).toString());
    m_mech->setCurrentIndex(qMax(0, m_mech->findData(s.value(QStringLiteral("authMech"), QStringLiteral("auto")))));
    m_mailFrom->setText(s.value(QStringLiteral("mailFrom")).toString());
}

void StepPageSmtp::saveSettings() const
{
    // Everything but the password: a test tool must not leave credentials on disk.
    QSettings s;
    s.beginGroup(QStringLiteral("smtp"));
    s.setValue(QStringLiteral("host"), m_host->text().trimmed());
    s.setValue(QStringLiteral("port"), m_port->value());
    s.setValue(QStringLiteral("security"), m_security->currentData());
    s.setValue(QStringLiteral("user"), m_user->text().trimmed());
    s.setValue(QStringLiteral("authMech"), m_mech->currentData());
    s.setValue(QStringLiteral("mailFrom"), m_mailFrom->text().trimmed());
}
