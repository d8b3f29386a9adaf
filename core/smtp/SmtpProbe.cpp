#include "SmtpProbe.h"

#include "SmtpDiagnosis.h"
#include "SmtpSasl.h"
#include "dns/Resolver.h"

#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUuid>

namespace {
QString protocolName(QSsl::SslProtocol p)
{
    switch (p) {
    case QSsl::TlsV1_3: return QStringLiteral("TLSv1.3");
    case QSsl::TlsV1_2: return QStringLiteral("TLSv1.2");
    case QSsl::DtlsV1_2: return QStringLiteral("DTLSv1.2");
    default: break;
    }
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    if (p == QSsl::TlsV1_1)
        return QStringLiteral("TLSv1.1");
    if (p == QSsl::TlsV1_0)
        return QStringLiteral("TLSv1.0");
    QT_WARNING_POP
    return QStringLiteral("unknown");
}
}

SmtpProbe::SmtpProbe(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SmtpProbe::onTimeout);
}

SmtpProbe::~SmtpProbe()
{
    if (m_options.resolver)
        m_options.resolver->cancel(this);
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
}

void SmtpProbe::start(const SmtpOptions &options)
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    if (m_options.resolver)
        m_options.resolver->cancel(this);
    m_options = options;
    m_result = SmtpResult();
    m_result.host = options.host;
    m_result.port = options.port;
    m_result.security = options.security;
    m_parser.reset();
    m_awaiting = Awaiting::Nothing;
    m_authStep = 0;
    m_rcptIndex = 0;
    m_startTlsDone = false;
    m_quitting = false;
    m_sslErrors.clear();
    m_running = true;
    m_clock.start();

    // Every form a secret can take on the wire, scrubbed from whatever reaches the transcript.
    m_result.transcript.addSecret(options.password);
    m_result.transcript.addSecret(options.oauthToken);
    if (!options.password.isEmpty())
        m_result.transcript.addSecret(QString::fromLatin1(SmtpSasl::plainPayload(options.user, options.password)));
    if (!options.oauthToken.isEmpty())
        m_result.transcript.addSecret(QString::fromLatin1(SmtpSasl::xoauth2Payload(options.user, options.oauthToken)));

    if (options.host.trimmed().isEmpty() || options.port <= 0 || options.port > 65535) {
        failSoon(SmtpFailure::InvalidOptions, tr("A server name and a port between 1 and 65535 are needed."));
        return;
    }

    m_socket = new QSslSocket(this);
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!options.caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(options.caFile, QSsl::Pem);
        if (cas.isEmpty()) {
            failSoon(SmtpFailure::InvalidOptions, tr("No certificate could be read from the CA file %1.").arg(options.caFile));
            return;
        }
        conf.addCaCertificates(cas);
    }
    m_socket->setSslConfiguration(conf);
    m_socket->setPeerVerifyName(options.host);
    connect(m_socket, &QSslSocket::connected, this, &SmtpProbe::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpProbe::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpProbe::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpProbe::onSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, &SmtpProbe::onSslErrors);
    connect(m_socket, &QSslSocket::disconnected, this, &SmtpProbe::onDisconnected);
    connect(m_socket, &QSslSocket::hostFound, this, [this] {
        if (m_result.stage == SmtpStage::Resolve)
            setStage(SmtpStage::Connect, m_options.connectTimeoutMs);
    });

    setStage(SmtpStage::Resolve, options.resolveTimeoutMs);
    QHostAddress literal;
    if (literal.setAddress(options.host)) {
        connectToServer(options.host);
    } else if (options.resolver) {
        info(tr("Looking up %1").arg(options.host));
        lookupAddress(DnsType::A);
    } else {
        // Qt resolves the name; hostFound() moves us to the connect stage.
        connectToServer(QString());
    }
}

void SmtpProbe::lookupAddress(DnsType type)
{
    m_options.resolver->lookup({m_options.host, type}, this, [this, type](const DnsAnswer &answer) {
        if (!m_running || m_result.stage != SmtpStage::Resolve)
            return;
        if (answer.ok() && !answer.records.isEmpty())
            return connectToServer(answer.records.first());
        // An IPv6-only host answers NODATA for A.
        if (type == DnsType::A && answer.status == DnsStatus::NoData)
            return lookupAddress(DnsType::AAAA);
        fail(SmtpFailure::HostNotFound, answer.errorText.isEmpty() ? dnsStatusText(answer.status) : answer.errorText);
    });
}

void SmtpProbe::connectToServer(const QString &address)
{
    const QString target = address.isEmpty() ? m_options.host : address;
    if (!address.isEmpty()) {
        m_result.address = address;
        setStage(SmtpStage::Connect, m_options.connectTimeoutMs);
    }
    info(tr("Connecting to %1 port %2 (%3)").arg(target).arg(m_options.port).arg(Smtp::securityId(m_options.security)));
    if (m_options.security == SmtpSecurity::Tls) {
        m_result.tls.used = true;
        m_socket->connectToHostEncrypted(target, quint16(m_options.port), m_options.host);
    } else {
        m_socket->connectToHost(target, quint16(m_options.port));
    }
}

void SmtpProbe::setStage(SmtpStage stage, int timeoutMs)
{
    m_result.stage = stage;
    m_bytesSeen = false;
    m_timer.start(timeoutMs);
    Q_EMIT stageChanged(stage);
}

void SmtpProbe::info(const QString &text)
{
    m_result.transcript.add(SmtpTranscriptLine::Direction::Info, now(), m_socket && m_socket->isEncrypted(), text);
    Q_EMIT transcriptLine(m_result.transcript.lines().constLast());
}

void SmtpProbe::send(const QByteArray &line, const QString &shown)
{
    m_result.transcript.add(SmtpTranscriptLine::Direction::Client, now(), m_socket->isEncrypted(),
                            shown.isEmpty() ? QString::fromUtf8(line) : shown);
    Q_EMIT transcriptLine(m_result.transcript.lines().constLast());
    m_socket->write(line + "\r\n");
}

void SmtpProbe::onConnected()
{
    m_result.address = m_socket->peerAddress().toString();
    info(tr("Connected to %1 port %2").arg(m_result.address).arg(m_socket->peerPort()));
    if (m_options.security == SmtpSecurity::Tls) {
        setStage(SmtpStage::TlsHandshake, m_options.tlsTimeoutMs);
    } else {
        setStage(SmtpStage::Banner, m_options.replyTimeoutMs);
        m_awaiting = Awaiting::Banner;
    }
}

void SmtpProbe::captureTls()
{
    SmtpTlsInfo &t = m_result.tls;
    t.used = true;
    const QList<QSslCertificate> chain = m_socket->peerCertificateChain();
    if (!chain.isEmpty()) {
        t.chain.clear();
        for (const QSslCertificate &c : chain)
            t.chain.append(SmtpCertificateInfo::fromCertificate(c));
    }
    if (m_socket->isEncrypted()) {
        t.established = true;
        t.protocol = protocolName(m_socket->sessionProtocol());
        t.cipher = m_socket->sessionCipher().name();
    }
}

void SmtpProbe::onEncrypted()
{
    captureTls();
    m_result.encrypted = true;
    info(tr("TLS established: %1, %2").arg(m_result.tls.protocol, m_result.tls.cipher));
    if (!m_startTlsDone && m_options.security == SmtpSecurity::Tls) {
        setStage(SmtpStage::Banner, m_options.replyTimeoutMs);
        m_awaiting = Awaiting::Banner;
    } else {
        setStage(SmtpStage::EhloAfterTls, m_options.replyTimeoutMs);
        sendEhlo();
    }
}

void SmtpProbe::onSslErrors(const QList<QSslError> &errors)
{
    captureTls();
    const QList<QSslCertificate> chain = m_socket->peerCertificateChain();
    const QString wanted = SmtpTlsInfo::normalizeFingerprint(m_options.trustFingerprint);
    const QString leaf = chain.isEmpty()
        ? QString()
        : QString::fromLatin1(chain.first().digest(QCryptographicHash::Sha256).toHex().toUpper());
    for (const QSslError &e : errors)
        m_result.tls.errors.append(e.errorString());
    m_result.tls.certificateProblem = SmtpTlsInfo::certificateProblemId(errors);
    if (!wanted.isEmpty() && wanted == leaf) {
        // The user vouched for exactly this certificate: ignore the errors about it, and only
        // those. A problem elsewhere in the chain still stops the test.
        QList<QSslError> own;
        for (const QSslError &e : errors)
            if (e.certificate().isNull() || e.certificate() == chain.first())
                own.append(e);
        m_result.tls.trustedByFingerprint = own.size() == errors.size();
        if (m_result.tls.trustedByFingerprint)
            info(tr("Certificate problem accepted for this test only (fingerprint matches): %1")
                     .arg(m_result.tls.errors.join(QStringLiteral("; "))));
        if (m_result.tls.trustedByFingerprint) {
            m_socket->ignoreSslErrors(own);
            return;
        }
    }
    m_sslErrors = errors;
    info(tr("Certificate not accepted: %1").arg(m_result.tls.errors.join(QStringLiteral("; "))));
}

void SmtpProbe::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray data = m_socket->readAll();
    if (data.isEmpty())
        return;
    m_bytesSeen = true;
    if (m_awaiting == Awaiting::Nothing && !m_quitting) {
        // Bytes we did not ask for (e.g. plaintext after a STARTTLS 220) are never trusted.
        info(tr("Ignored %n unexpected byte(s) from the server", nullptr, int(data.size())));
        return;
    }
    const SmtpReplyParser::State state = m_parser.feed(data);
    const bool tls = m_socket->isEncrypted();
    for (const QString &l : m_parser.takeRawLines()) {
        m_result.transcript.add(SmtpTranscriptLine::Direction::Server, now(), tls, l);
        Q_EMIT transcriptLine(m_result.transcript.lines().constLast());
    }
    if (state == SmtpReplyParser::State::NotSmtp) {
        if (m_quitting)
            return finish();
        fail(SmtpFailure::NotSmtp, m_parser.errorLine());
        return;
    }
    if (state == SmtpReplyParser::State::TooLong) {
        if (m_quitting)
            return finish();
        fail(SmtpFailure::ReplyTooLong, m_parser.errorLine());
        return;
    }
    QPointer<SmtpProbe> guard(this);
    while (guard && m_running && m_parser.hasReply())
        handleReply(m_parser.takeReply());
}

void SmtpProbe::sendEhlo()
{
    m_awaiting = Awaiting::Ehlo;
    send("EHLO " + m_options.heloName.toUtf8());
}

void SmtpProbe::handleReply(const SmtpReply &reply)
{
    const Awaiting was = m_awaiting;
    m_awaiting = Awaiting::Nothing;
    switch (was) {
    case Awaiting::Nothing:
        return;
    case Awaiting::Banner:
        if (reply.code != 220)
            return fail(SmtpFailure::ServerReply, QString(), reply);
        m_result.banner = reply.firstLine();
        setStage(SmtpStage::Ehlo, m_options.replyTimeoutMs);
        return sendEhlo();
    case Awaiting::Ehlo:
        if (reply.code == 250) {
            m_result.extensions = reply.lines.mid(1);
            m_result.authOffered.clear();
            m_result.startTlsOffered = false;
            for (const QString &ext : std::as_const(m_result.extensions)) {
                const QStringList words = ext.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (words.isEmpty())
                    continue;
                const QString kw = words.first().toUpper();
                if (kw == QLatin1String("STARTTLS"))
                    m_result.startTlsOffered = true;
                // "AUTH=LOGIN PLAIN" is the pre-standard form some servers still send
                if (kw == QLatin1String("AUTH") || kw.startsWith(QLatin1String("AUTH="))) {
                    QStringList mechs = words.mid(1);
                    if (kw.startsWith(QLatin1String("AUTH=")))
                        mechs.prepend(kw.mid(5));
                    for (const QString &m : mechs)
                        if (!m_result.authOffered.contains(m.toUpper()))
                            m_result.authOffered.append(m.toUpper());
                }
            }
            return afterEhlo();
        }
        if (reply.isPermanent()) { // a server that does not speak ESMTP
            m_awaiting = Awaiting::Helo;
            send("HELO " + m_options.heloName.toUtf8());
            return;
        }
        return fail(SmtpFailure::ServerReply, QString(), reply);
    case Awaiting::Helo:
        if (reply.code != 250)
            return fail(SmtpFailure::ServerReply, QString(), reply);
        m_result.extensions.clear();
        m_result.authOffered.clear();
        m_result.startTlsOffered = false;
        return afterEhlo();
    case Awaiting::StartTls:
        if (reply.code != 220)
            return fail(SmtpFailure::ServerReply, QString(), reply);
        m_startTlsDone = true;
        m_result.tls.used = true;
        m_parser.reset();
        setStage(SmtpStage::TlsHandshake, m_options.tlsTimeoutMs);
        m_socket->startClientEncryption();
        return;
    case Awaiting::Auth:
        if (reply.code == 235) {
            m_result.authenticated = true;
            return startMail();
        }
        if (reply.code == 334 && m_authStep < 4) {
            const QByteArray challenge = reply.lines.value(0).toLatin1();
            const QByteArray answer = SmtpSasl::respond(m_mech, m_authStep++, challenge, m_options.user,
                                                        m_options.password, m_options.oauthToken);
            m_awaiting = Awaiting::Auth;
            send(answer, answer.isEmpty() ? QString() : SmtpTranscript::redactedMarker());
            return;
        }
        return fail(SmtpFailure::ServerReply, QString(), reply);
    case Awaiting::Mail:
        if (reply.code != 250)
            return fail(SmtpFailure::ServerReply, QString(), reply);
        return nextRecipient();
    case Awaiting::Rcpt:
        if (reply.code != 250 && reply.code != 251)
            return fail(SmtpFailure::ServerReply, QString(), reply);
        m_result.recipientsAccepted.append(m_options.rcptTo.value(m_rcptIndex - 1));
        return nextRecipient();
    case Awaiting::Rset:
        return quit();
    case Awaiting::Data:
        if (reply.code != 354)
            return fail(SmtpFailure::ServerReply, QString(), reply);
        return sendMessage();
    case Awaiting::DataEnd:
        if (reply.code != 250)
            return fail(SmtpFailure::ServerReply, QString(), reply);
        m_result.messageSent = true;
        m_result.lastReply = reply;
        return quit();
    case Awaiting::Quit:
        return finish();
    }
}

void SmtpProbe::afterEhlo()
{
    const bool wantTls = !m_socket->isEncrypted()
        && (m_options.security == SmtpSecurity::StartTls
            || (m_options.security == SmtpSecurity::StartTlsOptional && m_result.startTlsOffered));
    if (wantTls) {
        if (!m_result.startTlsOffered)
            return fail(SmtpFailure::StartTlsNotOffered);
        setStage(SmtpStage::StartTls, m_options.replyTimeoutMs);
        m_awaiting = Awaiting::StartTls;
        send("STARTTLS");
        return;
    }
    startAuth();
}

void SmtpProbe::startAuth()
{
    if (m_options.user.isEmpty() && m_options.oauthToken.isEmpty())
        return startMail();
    if (!m_socket->isEncrypted() && !m_options.allowPlaintextAuth)
        return fail(SmtpFailure::PlaintextAuthRefused);
    setStage(SmtpStage::Auth, m_options.replyTimeoutMs);
    if (m_result.authOffered.isEmpty())
        return fail(SmtpFailure::AuthNotOffered);
    if (!SmtpSasl::choose(m_options.authMech, m_result.authOffered, !m_options.oauthToken.isEmpty(),
                          m_socket->isEncrypted(), &m_mech))
        return fail(SmtpFailure::AuthMechNotOffered);
    m_result.authMechUsed = Smtp::authMechId(m_mech);
    m_authStep = 0;
    m_awaiting = Awaiting::Auth;
    const QByteArray cmd = SmtpSasl::initialCommand(m_mech, m_options.user, m_options.password, m_options.oauthToken);
    const int space = cmd.indexOf(' ', 5);
    send(cmd, space > 0 ? QString::fromLatin1(cmd.left(space)) + QLatin1Char(' ') + SmtpTranscript::redactedMarker()
                        : QString());
}

void SmtpProbe::startMail()
{
    if (m_options.mailFrom.isEmpty() && m_options.rcptTo.isEmpty())
        return quit();
    setStage(SmtpStage::MailFrom, m_options.replyTimeoutMs);
    QByteArray cmd = "MAIL FROM:<" + m_options.mailFrom.toUtf8() + '>';
    if (m_options.declaredSize > 0) {
        for (const QString &e : std::as_const(m_result.extensions))
            if (e.section(QLatin1Char(' '), 0, 0).compare(QLatin1String("SIZE"), Qt::CaseInsensitive) == 0)
                cmd += " SIZE=" + QByteArray::number(m_options.declaredSize);
    }
    m_awaiting = Awaiting::Mail;
    send(cmd);
}

void SmtpProbe::nextRecipient()
{
    if (m_rcptIndex < m_options.rcptTo.size()) {
        setStage(SmtpStage::RcptTo, m_options.replyTimeoutMs);
        m_awaiting = Awaiting::Rcpt;
        send("RCPT TO:<" + m_options.rcptTo.at(m_rcptIndex++).toUtf8() + '>');
        return;
    }
    if (m_options.sendMessage && !m_result.recipientsAccepted.isEmpty()) {
        setStage(SmtpStage::Data, m_options.replyTimeoutMs);
        m_awaiting = Awaiting::Data;
        send("DATA");
        return;
    }
    // A recipient probe only: take the envelope back so nothing is sent.
    setStage(SmtpStage::Rset, m_options.replyTimeoutMs);
    m_awaiting = Awaiting::Rset;
    send("RSET");
}

QByteArray SmtpProbe::testMessage() const
{
    const QString date = QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss +0000"));
    QByteArray m;
    m += "Date: " + date.toLatin1() + "\r\n";
    m += "From: <" + m_options.mailFrom.toUtf8() + ">\r\n";
    m += "To: <" + m_options.rcptTo.value(0).toUtf8() + ">\r\n";
    m += "Subject: Bounce Doctor test message\r\n";
    m += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + "@bounce-doctor.invalid>\r\n";
    m += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n";
    m += "This is a test message sent by Bounce Doctor to check the SMTP settings.\r\n";
    m += ".If this line starts with a single dot, dot-stuffing works.\r\n";
    return m;
}

void SmtpProbe::sendMessage()
{
    const QList<QByteArray> lines = testMessage().split('\n');
    int count = 0;
    for (QByteArray l : lines) {
        if (l.endsWith('\r'))
            l.chop(1);
        if (l.isEmpty() && count == lines.size() - 1)
            break;
        if (l.startsWith('.'))
            l.prepend('.');
        m_socket->write(l + "\r\n");
        ++count;
    }
    info(tr("(test message: %n line(s))", nullptr, count));
    m_awaiting = Awaiting::DataEnd;
    send(".");
}

void SmtpProbe::quit()
{
    m_result.ok = m_result.failure == SmtpFailure::None;
    m_quitting = true;
    m_awaiting = Awaiting::Quit;
    // Stage stays where a failure happened; only a clean run is marked as reaching QUIT.
    if (m_result.ok)
        m_result.stage = SmtpStage::Quit;
    m_timer.start(m_options.quitTimeoutMs);
    Q_EMIT stageChanged(SmtpStage::Quit);
    send("QUIT");
}

void SmtpProbe::failSoon(SmtpFailure failure, const QString &errorText)
{
    // finished() always arrives from the event loop, never from inside start().
    QTimer::singleShot(0, this, [this, failure, errorText] { fail(failure, errorText); });
}

void SmtpProbe::fail(SmtpFailure failure, const QString &errorText, const SmtpReply &reply)
{
    if (!m_running)
        return;
    m_result.failure = failure;
    m_result.errorText = errorText;
    if (reply.isValid()) {
        m_result.lastReply = reply;
        // A server may quote the credentials back in its refusal; the reply is exported (JSON,
        // reports) like the transcript, so it is scrubbed the same way.
        for (QString &line : m_result.lastReply.lines)
            line = m_result.transcript.scrub(line);
    }
    if (!errorText.isEmpty())
        info(errorText);
    // After a reply-level refusal the session is still healthy: leave politely with QUIT.
    const bool polite = m_socket && m_socket->state() == QAbstractSocket::ConnectedState && !m_quitting
        && (failure == SmtpFailure::ServerReply || failure == SmtpFailure::StartTlsNotOffered
            || failure == SmtpFailure::AuthNotOffered || failure == SmtpFailure::AuthMechNotOffered
            || failure == SmtpFailure::PlaintextAuthRefused)
        && m_result.stage != SmtpStage::TlsHandshake;
    if (polite) {
        quit();
        return;
    }
    finish();
}

void SmtpProbe::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    if (m_options.resolver)
        m_options.resolver->cancel(this);
    if (m_result.ok)
        m_result.stage = SmtpStage::Done;
    m_result.elapsedMs = now();
    m_result.verdict = SmtpDiagnosis::instance().diagnose(m_result, m_options);
    info(tr("Verdict: %1").arg(m_result.verdict.title));
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    Q_EMIT finished(m_result);
}

void SmtpProbe::abort()
{
    if (!m_running)
        return;
    m_quitting = false;
    m_result.ok = false;
    m_result.failure = SmtpFailure::Aborted;
    finish();
}

void SmtpProbe::onSocketError()
{
    if (!m_running || !m_socket)
        return;
    const QAbstractSocket::SocketError err = m_socket->error();
    const QString text = m_socket->errorString();
    if (m_quitting) // the server hung up after (or instead of) answering QUIT: that is fine
        return finish();
    switch (err) {
    case QAbstractSocket::HostNotFoundError:
        return fail(SmtpFailure::HostNotFound, text);
    case QAbstractSocket::ConnectionRefusedError:
        return fail(SmtpFailure::ConnectionRefused, text);
    case QAbstractSocket::SslHandshakeFailedError:
        if (!m_sslErrors.isEmpty())
            return fail(SmtpFailure::TlsCertificate, text);
        return fail(SmtpFailure::TlsHandshakeFailed, text);
    case QAbstractSocket::RemoteHostClosedError:
        if (m_result.stage == SmtpStage::TlsHandshake)
            return fail(SmtpFailure::TlsHandshakeFailed, text);
        return fail(SmtpFailure::ConnectionDropped, text);
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return fail(SmtpFailure::TlsHandshakeFailed, text);
    default:
        if (m_result.stage == SmtpStage::TlsHandshake)
            return fail(SmtpFailure::TlsHandshakeFailed, text);
        return fail(SmtpFailure::NetworkError, text);
    }
}

void SmtpProbe::onDisconnected()
{
    if (!m_running)
        return;
    if (m_quitting)
        return finish();
    if (m_result.stage == SmtpStage::TlsHandshake)
        return fail(m_sslErrors.isEmpty() ? SmtpFailure::TlsHandshakeFailed : SmtpFailure::TlsCertificate,
                    tr("The server closed the connection during the TLS handshake."));
    fail(SmtpFailure::ConnectionDropped, tr("The server closed the connection."));
}

void SmtpProbe::onTimeout()
{
    if (!m_running)
        return;
    if (m_quitting)
        return finish();
    const double secs = double(m_timer.interval()) / 1000.0;
    switch (m_result.stage) {
    case SmtpStage::Resolve:
        return fail(SmtpFailure::HostNotFound, tr("No answer to the name lookup within %1 s.").arg(secs));
    case SmtpStage::Connect:
        return fail(SmtpFailure::ConnectTimeout, tr("No connection within %1 s.").arg(secs));
    case SmtpStage::TlsHandshake:
        return fail(SmtpFailure::TlsHandshakeFailed, tr("The TLS handshake did not finish within %1 s.").arg(secs));
    default:
        m_result.partialReply = m_bytesSeen || m_parser.hasPartialData();
        return fail(SmtpFailure::ReplyTimeout,
                    m_bytesSeen || m_parser.hasPartialData()
                        ? tr("The server started a reply but did not finish it within %1 s.").arg(secs)
                        : tr("No reply within %1 s.").arg(secs));
    }
}
