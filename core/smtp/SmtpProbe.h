#pragma once

#include "SmtpOptions.h"
#include "SmtpReplyParser.h"
#include "SmtpResult.h"
#include "dns/DnsTypes.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class QSslSocket;

// Tests one set of SMTP settings the way a mail client would use them, step by step, and says
// what went wrong in plain words. Asynchronous: a QSslSocket state machine on the event loop,
// every stage bounded by its own timeout, no waitFor*().
//
// resolve → connect → (implicit TLS) → banner → EHLO (HELO fallback) → STARTTLS → EHLO →
// AUTH → MAIL FROM → RCPT TO → RSET | DATA → QUIT
class SmtpProbe : public QObject
{
    Q_OBJECT
public:
    explicit SmtpProbe(QObject *parent = nullptr);
    ~SmtpProbe() override;

    // Starts (or restarts) a test. finished() is emitted exactly once per start(), always later
    // from the event loop. From a slot connected to finished(), delete the probe with deleteLater().
    void start(const SmtpOptions &options);
    bool isRunning() const { return m_running; }
    const SmtpResult &result() const { return m_result; }
    const SmtpOptions &options() const { return m_options; }

public Q_SLOTS:
    // Stops at once; finished() is emitted with the Aborted failure.
    void abort();

Q_SIGNALS:
    void stageChanged(SmtpStage stage);
    void transcriptLine(const SmtpTranscriptLine &line);
    void finished(const SmtpResult &result);

private:
    enum class Awaiting { Nothing, Banner, Ehlo, Helo, StartTls, Auth, Mail, Rcpt, Rset, Data, DataEnd, Quit };

    void setStage(SmtpStage stage, int timeoutMs);
    void lookupAddress(DnsType type);
    void connectToServer(const QString &address);
    void send(const QByteArray &line, const QString &shown = QString());
    void info(const QString &text);
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSocketError();
    void onSslErrors(const QList<QSslError> &errors);
    void onDisconnected();
    void onTimeout();
    void handleReply(const SmtpReply &reply);
    void sendEhlo();
    void afterEhlo();
    void startAuth();
    void startMail();
    void nextRecipient();
    void sendMessage();
    void quit();
    void failSoon(SmtpFailure failure, const QString &errorText);
    void fail(SmtpFailure failure, const QString &errorText = QString(), const SmtpReply &reply = SmtpReply());
    void finish();
    void captureTls();
    QByteArray testMessage() const;
    qint64 now() const { return m_clock.elapsed(); }

    SmtpOptions m_options;
    SmtpResult m_result;
    QPointer<QSslSocket> m_socket;
    QTimer m_timer;
    QElapsedTimer m_clock;
    SmtpReplyParser m_parser;
    Awaiting m_awaiting = Awaiting::Nothing;
    SmtpAuthMech m_mech = SmtpAuthMech::Auto;
    int m_authStep = 0;
    int m_rcptIndex = 0;
    bool m_running = false;
    bool m_startTlsDone = false;
    bool m_bytesSeen = false;   // any byte from the server since the current stage began
    bool m_quitting = false;
    QList<QSslError> m_sslErrors;
};
