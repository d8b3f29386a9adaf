// SMTP settings tester: parser, knowledge, redaction, and the probe against real servers
// (Postfix with Cyrus SASL, aiosmtpd, a fault server) started by the ctest fixture "smtp".
#include "SmtpAutoDetect.h"
#include "SmtpDiagnosis.h"
#include "SmtpProbe.h"
#include "SmtpReplyParser.h"
#include "SmtpSasl.h"
#include "SmtpTranscript.h"
#include "StaticResolver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

namespace {
const QString kUser = QStringLiteral("test@localhost");
const QString kPassword = QStringLiteral("s3cret");
const QString kToken = QStringLiteral("tok-good");

int envPort(const char *name)
{
    return qEnvironmentVariableIntValue(name);
}

QString certs(const QString &file)
{
    return qEnvironmentVariable("BD_TEST_SMTP_CERTS") + QLatin1Char('/') + file;
}

SmtpOptions base(int port, SmtpSecurity security)
{
    SmtpOptions o;
    o.host = QStringLiteral("localhost");
    o.port = port;
    o.security = security;
    o.caFile = certs(QStringLiteral("ca.crt"));
    o.connectTimeoutMs = 3000;
    o.tlsTimeoutMs = 3000;
    o.replyTimeoutMs = 5000;
    return o;
}

SmtpResult runProbe(const SmtpOptions &o, int limitMs = 20000)
{
    SmtpProbe probe;
    QSignalSpy spy(&probe, &SmtpProbe::finished);
    probe.start(o);
    if (spy.isEmpty())
        spy.wait(limitMs);
    if (spy.isEmpty()) {
        probe.abort();
        return probe.result();
    }
    return spy.first().first().value<SmtpResult>();
}

QString fingerprintOf(const QString &pemFile)
{
    const QList<QSslCertificate> c = QSslCertificate::fromPath(pemFile);
    return c.isEmpty() ? QString() : QString::fromLatin1(c.first().digest(QCryptographicHash::Sha256).toHex(':'));
}

// Everything the probe can show a person or a machine, in one string.
QString allOutput(const SmtpResult &r)
{
    return r.transcript.toText() + QLatin1Char('\n') + QString::fromUtf8(QJsonDocument(r.toJson()).toJson())
        + QLatin1Char('\n') + r.toCheckResult().evidence.join(QLatin1Char('\n'));
}

QStringList secretForms()
{
    return {kPassword,
            QString::fromLatin1(kPassword.toUtf8().toBase64()),
            QString::fromLatin1(SmtpSasl::plainPayload(kUser, kPassword)),
            QString::fromLatin1(SmtpSasl::xoauth2Payload(kUser, kToken)),
            kToken,
            QString::fromLatin1(kToken.toUtf8().toBase64())};
}
}

Q_DECLARE_METATYPE(SmtpResult)
Q_DECLARE_METATYPE(SmtpSecurity)
Q_DECLARE_METATYPE(SmtpAuthMech)

class TestSmtp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void replyParser_data();
    void replyParser();
    void replyParserSplitFeeds();
    void replyParserBounded();

    void knowledgeLoads();
    void knowledgeErrors_data();
    void knowledgeErrors();
    void matchReply_data();
    void matchReply();
    void providerHints_data();
    void providerHints();

    void cramMd5Vector();
    void saslChoice_data();
    void saslChoice();
    void transcriptScrubs();

    void probe_data();
    void probe();
    void redaction_data();
    void redaction();
    void plaintextCredentialsNeverSent();
    void trustOneFingerprint_data();
    void trustOneFingerprint();
    void tlsDetails();
    void sendMessage();
    void abortIsImmediate();
    void stagesInOrderAndRestart();

    void autoDetect();
    void autoDetectNoDns();

    void cliJson_data();
    void cliJson();
    void cliDetectThroughRealDns();

    void sameOutcomeAsSwaks_data();
    void sameOutcomeAsSwaks();
};

void TestSmtp::initTestCase()
{
    qRegisterMetaType<SmtpResult>();
    QVERIFY2(envPort("BD_TEST_SMTP_PF_SUBMISSION") > 0, "run through ctest: the smtp fixture exports the ports");
    QVERIFY2(QFile::exists(certs(QStringLiteral("ca.crt"))), "the smtp fixture did not make the certificates");
    QVERIFY(SmtpDiagnosis::instance().loadError().isEmpty());
}

// ---------------------------------------------------------------- parser

void TestSmtp::replyParser_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("state"); // SmtpReplyParser::State
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QStringList>("lines");

    const int ok = int(SmtpReplyParser::State::Ok), bad = int(SmtpReplyParser::State::NotSmtp);
    QTest::newRow("banner") << QByteArray("220 mx.example ESMTP\r\n") << ok << 220 << QString() << QStringList{"mx.example ESMTP"};
    QTest::newRow("enhanced") << QByteArray("550 5.1.1 <a@b>: User unknown\r\n") << ok << 550 << "5.1.1" << QStringList{"<a@b>: User unknown"};
    QTest::newRow("multiline-ehlo") << QByteArray("250-mx\r\n250-PIPELINING\r\n250-AUTH PLAIN LOGIN\r\n250 STARTTLS\r\n")
                                    << ok << 250 << QString() << QStringList{"mx", "PIPELINING", "AUTH PLAIN LOGIN", "STARTTLS"};
    QTest::newRow("multiline-enhanced") << QByteArray("550-5.7.1 Blocked\r\n550-5.7.1 see http://x\r\n550 5.7.1 bye\r\n")
                                        << ok << 550 << "5.7.1" << QStringList{"Blocked", "see http://x", "bye"};
    QTest::newRow("class-mismatch-not-enhanced") << QByteArray("550 4.1.1 odd\r\n") << ok << 550 << QString() << QStringList{"4.1.1 odd"};
    QTest::newRow("bare-code") << QByteArray("250\r\n") << ok << 250 << QString() << QStringList{""};
    QTest::newRow("lf-only") << QByteArray("221 2.0.0 Bye\n") << ok << 221 << "2.0.0" << QStringList{"Bye"};
    QTest::newRow("garbage") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << bad << 0 << QString() << QStringList();
    QTest::newRow("http") << QByteArray("HTTP/1.1 400 Bad Request\r\n") << bad << 0 << QString() << QStringList();
    QTest::newRow("code-change-mid-reply") << QByteArray("250-a\r\n550 b\r\n") << bad << 0 << QString() << QStringList();
    QTest::newRow("bad-separator") << QByteArray("250_x\r\n") << bad << 0 << QString() << QStringList();
    QTest::newRow("code-1xx") << QByteArray("150 x\r\n") << bad << 0 << QString() << QStringList();
}

void TestSmtp::replyParser()
{
    QFETCH(QByteArray, input);
    QFETCH(int, state);
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(QStringList, lines);
    SmtpReplyParser p;
    QCOMPARE(int(p.feed(input)), state);
    if (state != int(SmtpReplyParser::State::Ok)) {
        QVERIFY(!p.errorLine().isEmpty());
        return;
    }
    QVERIFY(p.hasReply());
    const SmtpReply r = p.takeReply();
    QCOMPARE(r.code, code);
    QCOMPARE(r.enhanced, enhanced);
    QCOMPARE(r.lines, lines);
    QVERIFY(!p.hasReply());
}

void TestSmtp::replyParserSplitFeeds()
{
    // Replies arrive in arbitrary TCP chunks; two pipelined replies in one chunk.
    const QByteArray all("250-mx.example\r\n250-SIZE 1000\r\n250 8BITMIME\r\n354 go ahead\r\n");
    for (int chunk = 1; chunk <= 7; ++chunk) {
        SmtpReplyParser p;
        for (int i = 0; i < all.size(); i += chunk)
            QCOMPARE(p.feed(all.mid(i, chunk)), SmtpReplyParser::State::Ok);
        const SmtpReply a = p.takeReply();
        const SmtpReply b = p.takeReply();
        QCOMPARE(a.code, 250);
        QCOMPARE(a.lines.size(), 3);
        QCOMPARE(b.code, 354);
        QVERIFY(!p.hasReply());
    }
}

void TestSmtp::replyParserBounded()
{
    SmtpReplyParser p;
    const QByteArray line = "220 " + QByteArray(SmtpReplyParser::kMaxLineLength + 10, 'x');
    QCOMPARE(p.feed(line), SmtpReplyParser::State::TooLong); // no CRLF needed to give up
    SmtpReplyParser q;
    QByteArray many;
    for (int i = 0; i <= SmtpReplyParser::kMaxLines; ++i)
        many += "250-x\r\n";
    QCOMPARE(q.feed(many), SmtpReplyParser::State::TooLong);
}

// ---------------------------------------------------------------- knowledge

void TestSmtp::knowledgeLoads()
{
    QFile f(QStringLiteral(BD_SOURCE_DIR "/resources/knowledge/smtp-verdicts.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Result<SmtpDiagnosis> d = SmtpDiagnosis::fromJson(f.readAll(), f.fileName());
    QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().message));
    // Every verdict the engine can name in code exists in the catalogue.
    const QStringList fromCode{"ok", "ok-unencrypted", "aborted", "invalid-options", "host-not-found",
                               "connection-refused", "connect-timeout", "no-banner", "reply-timeout",
                               "connection-dropped", "not-smtp", "reply-too-long", "tls-on-plain-port",
                               "tls-handshake-failed", "tls-handshake-timeout", "tls-handshake-dropped",
                               "tls-cert-self-signed", "tls-cert-expired", "tls-cert-wrong-host",
                               "tls-cert-unknown-ca", "tls-cert-invalid", "starttls-not-offered",
                               "auth-not-offered", "auth-not-offered-before-tls", "auth-mechanism-not-offered",
                               "auth-plaintext-refused", "network-error", "rejected", "temporary-failure"};
    for (const QString &id : fromCode)
        QVERIFY2(d.value().verdictIds().contains(id), qPrintable(id));
}

void TestSmtp::knowledgeErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    const QByteArray v = R"({"id":"ok","severity":"pass","title":"t","message":"m","next":"n"},
        {"id":"rejected","severity":"fail","title":"t","message":"m","next":"n"},
        {"id":"temporary-failure","severity":"warn","title":"t","message":"m","next":"n"})";
    QTest::newRow("not-json") << QByteArray("{") << "offset";
    QTest::newRow("no-verdicts") << QByteArray("{}") << "verdicts";
    QTest::newRow("bad-severity") << QByteArray(R"({"verdicts":[{"id":"x","severity":"meh","title":"t","message":"m","next":"n"}]})") << "verdicts[0] (x)";
    QTest::newRow("missing-next") << QByteArray(R"({"verdicts":[{"id":"x","severity":"fail","title":"t","message":"m"}]})") << "verdicts[0] (x)";
    QTest::newRow("duplicate") << QByteArray("{\"verdicts\":[" + v + "," + R"({"id":"ok","severity":"pass","title":"t","message":"m","next":"n"})" + "]}") << "verdicts[3] (ok)";
    QTest::newRow("rule-unknown-verdict") << QByteArray("{\"verdicts\":[" + v + R"(],"replyRules":[{"verdict":"nope","codes":[550]}]})") << "replyRules[0] (nope)";
    QTest::newRow("rule-bad-stage") << QByteArray("{\"verdicts\":[" + v + R"(],"replyRules":[{"verdict":"rejected","stages":["lunch"],"codes":[550]}]})") << "replyRules[0] (rejected)";
    QTest::newRow("rule-bad-code") << QByteArray("{\"verdicts\":[" + v + R"(],"replyRules":[{"verdict":"rejected","codes":[650]}]})") << "replyRules[0]";
    QTest::newRow("rule-no-code") << QByteArray("{\"verdicts\":[" + v + R"(],"replyRules":[{"verdict":"rejected","text":["x"]}]})") << "replyRules[0]";
    QTest::newRow("rule-bad-enhanced") << QByteArray("{\"verdicts\":[" + v + R"(],"replyRules":[{"verdict":"rejected","codes":[550],"enhanced":["9.9"]}]})") << "replyRules[0]";
    QTest::newRow("missing-fallback") << QByteArray(R"({"verdicts":[{"id":"ok","severity":"pass","title":"t","message":"m","next":"n"}]})") << "rejected";
    QTest::newRow("hint-no-domains") << QByteArray("{\"verdicts\":[" + v + R"(],"providerHints":[{"id":"g","hint":"h"}]})") << "providerHints[0] (g)";
}

void TestSmtp::knowledgeErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const Result<SmtpDiagnosis> d = SmtpDiagnosis::fromJson(json, QStringLiteral("bad.json"));
    QVERIFY(!d.ok());
    QVERIFY2(d.error().message.contains(QLatin1String("bad.json")), qPrintable(d.error().message));
    QVERIFY2(d.error().message.contains(mentions), qPrintable(d.error().message));
}

void TestSmtp::matchReply_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("postfix-must-starttls") << QByteArray("530 5.7.0 Must issue a STARTTLS command first") << "mail-from" << "must-starttls";
    QTest::newRow("aiosmtpd-must-starttls") << QByteArray("530 Must issue a STARTTLS command first") << "mail-from" << "must-starttls";
    QTest::newRow("encryption-required-538") << QByteArray("538 5.7.11 Encryption required for requested authentication mechanism") << "auth" << "must-starttls";
    QTest::newRow("auth-required") << QByteArray("530 5.7.0 <a@b>: Sender address rejected: Authentication required") << "mail-from" << "auth-required";
    QTest::newRow("auth-required-550-text") << QByteArray("550 5.7.1 Authentication required") << "mail-from" << "auth-required";
    QTest::newRow("bad-credentials") << QByteArray("535 5.7.8 Error: authentication failed: authentication failure") << "auth" << "auth-failed";
    QTest::newRow("bad-credentials-exim") << QByteArray("535 Incorrect authentication data") << "auth" << "auth-failed";
    QTest::newRow("gmail-app-password") << QByteArray("534 5.7.9 Application-specific password required. Learn more at https://support.google.com/mail/?p=InvalidSecondFactor") << "auth" << "auth-app-password";
    QTest::newRow("m365-smtp-auth-disabled") << QByteArray("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.") << "auth" << "auth-smtp-disabled";
    QTest::newRow("relay-postfix") << QByteArray("554 5.7.1 <x@gmail.example>: Relay access denied") << "rcpt-to" << "relay-denied";
    QTest::newRow("relay-exchange") << QByteArray("550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain") << "rcpt-to" << "relay-denied";
    QTest::newRow("relay-no-enhanced") << QByteArray("550 relaying denied") << "rcpt-to" << "relay-denied";
    QTest::newRow("sender-rejected-mail") << QByteArray("554 5.7.1 <blocked@example.test>: Sender address rejected: not allowed") << "mail-from" << "sender-rejected";
    QTest::newRow("sender-rejected-517") << QByteArray("553 5.1.7 The sender address is invalid") << "mail-from" << "sender-rejected";
    QTest::newRow("user-unknown") << QByteArray("550 5.1.1 <n@localhost>: Recipient address rejected: User unknown in local recipient table") << "rcpt-to" << "recipient-unknown";
    QTest::newRow("user-unknown-no-enhanced") << QByteArray("550 No such user here") << "rcpt-to" << "recipient-unknown";
    QTest::newRow("size-postfix") << QByteArray("552 5.3.4 Message size exceeds fixed limit") << "mail-from" << "message-too-large";
    QTest::newRow("size-aiosmtpd") << QByteArray("552 Error: message size exceeds fixed maximum message size") << "mail-from" << "message-too-large";
    QTest::newRow("mailbox-full") << QByteArray("552 5.2.2 Mailbox full") << "rcpt-to" << "mailbox-full";
    QTest::newRow("greylist-450") << QByteArray("450 4.7.1 <g@localhost>: Recipient address rejected: Greylisted") << "rcpt-to" << "greylisted";
    QTest::newRow("greylist-451") << QByteArray("451 4.7.1 Please try again later") << "rcpt-to" << "greylisted";
    QTest::newRow("greylist-text-only") << QByteArray("451 Greylisted, see http://x") << "rcpt-to" << "greylisted";
    QTest::newRow("temp-generic") << QByteArray("421 4.3.2 Service shutting down") << "mail-from" << "temporary-failure";
    QTest::newRow("perm-generic") << QByteArray("554 5.7.0 Transaction failed") << "data" << "rejected";
    QTest::newRow("banner-554") << QByteArray("554 5.7.1 Your IP is blocked") << "banner" << "banner-rejected";
    QTest::newRow("starttls-454") << QByteArray("454 4.7.0 TLS not available due to local problem") << "starttls" << "starttls-refused";
    QTest::newRow("auth-454") << QByteArray("454 4.7.0 Temporary authentication failure") << "auth" << "auth-temporary";
}

void TestSmtp::matchReply()
{
    QFETCH(QByteArray, reply);
    QFETCH(QString, stage);
    QFETCH(QString, verdict);
    const SmtpReply r = SmtpReplyParser::parse(reply);
    QVERIFY(r.isValid());
    SmtpStage s = SmtpStage::Resolve;
    for (int i = 0; i <= int(SmtpStage::Done); ++i)
        if (Smtp::stageId(SmtpStage(i)) == stage)
            s = SmtpStage(i);
    QCOMPARE(Smtp::stageId(s), stage);
    QCOMPARE(SmtpDiagnosis::instance().matchReply(r, s), verdict);
}

void TestSmtp::providerHints_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("gmail-host") << "smtp.gmail.com" << "" << "app password";
    QTest::newRow("gmail-user") << "mail.example" << "me@gmail.com" << "Gmail";
    QTest::newRow("outlook") << "smtp-mail.outlook.com" << "" << "Microsoft 365";
    QTest::newRow("office365") << "smtp.office365.com" << "" << "Authenticated SMTP";
    QTest::newRow("yahoo") << "smtp.mail.yahoo.com" << "" << "Yahoo";
    QTest::newRow("icloud") << "smtp.mail.me.com" << "a@icloud.com" << "iCloud";
    QTest::newRow("none") << "mail.example.test" << "a@example.test" << "";
    QTest::newRow("lookalike-not-matched") << "notgmail.com" << "" << "";
}

void TestSmtp::providerHints()
{
    QFETCH(QString, host);
    QFETCH(QString, user);
    QFETCH(QString, mentions);
    const QString hint = SmtpDiagnosis::instance().providerHint(host, user);
    if (mentions.isEmpty())
        QVERIFY2(hint.isEmpty(), qPrintable(hint));
    else
        QVERIFY2(hint.contains(mentions), qPrintable(hint));
}

// ---------------------------------------------------------------- SASL and redaction

void TestSmtp::cramMd5Vector()
{
    // RFC 2195 §2 example.
    const QByteArray challenge = QByteArray("<1896.697170952@postoffice.reston.mci.net>").toBase64();
    const QByteArray resp = QByteArray::fromBase64(SmtpSasl::cramMd5Response(challenge, QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf")));
    QCOMPARE(resp, QByteArray("tim b913a602c7eda7a495b4e6e7334d3890"));
    QCOMPARE(QByteArray::fromBase64(SmtpSasl::plainPayload(QStringLiteral("u"), QStringLiteral("p"))), QByteArray("\0u\0p", 4));
    QCOMPARE(QByteArray::fromBase64(SmtpSasl::xoauth2Payload(QStringLiteral("u@x"), QStringLiteral("T"))),
             QByteArray("user=u@x\x01" "auth=Bearer T\x01\x01"));
}

void TestSmtp::saslChoice_data()
{
    QTest::addColumn<SmtpAuthMech>("requested");
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<bool>("token");
    QTest::addColumn<bool>("encrypted");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<SmtpAuthMech>("chosen");
    const QStringList all{"PLAIN", "LOGIN", "CRAM-MD5", "XOAUTH2"};
    QTest::newRow("tls-prefers-plain") << SmtpAuthMech::Auto << all << false << true << true << SmtpAuthMech::Plain;
    QTest::newRow("clear-prefers-cram") << SmtpAuthMech::Auto << all << false << false << true << SmtpAuthMech::CramMd5;
    QTest::newRow("token-xoauth2") << SmtpAuthMech::Auto << all << true << true << true << SmtpAuthMech::XOAuth2;
    QTest::newRow("token-not-offered") << SmtpAuthMech::Auto << QStringList{"PLAIN"} << true << true << false << SmtpAuthMech::Auto;
    QTest::newRow("login-only") << SmtpAuthMech::Auto << QStringList{"LOGIN"} << false << true << true << SmtpAuthMech::Login;
    QTest::newRow("requested-offered") << SmtpAuthMech::Login << all << false << true << true << SmtpAuthMech::Login;
    QTest::newRow("requested-missing") << SmtpAuthMech::CramMd5 << QStringList{"PLAIN", "LOGIN"} << false << true << false << SmtpAuthMech::Auto;
    QTest::newRow("only-unknown") << SmtpAuthMech::Auto << QStringList{"GSSAPI", "NTLM"} << false << true << false << SmtpAuthMech::Auto;
}

void TestSmtp::saslChoice()
{
    QFETCH(SmtpAuthMech, requested);
    QFETCH(QStringList, offered);
    QFETCH(bool, token);
    QFETCH(bool, encrypted);
    QFETCH(bool, ok);
    QFETCH(SmtpAuthMech, chosen);
    SmtpAuthMech got = SmtpAuthMech::Auto;
    QCOMPARE(SmtpSasl::choose(requested, offered, token, encrypted, &got), ok);
    QCOMPARE(got, chosen);
}

void TestSmtp::transcriptScrubs()
{
    SmtpTranscript t;
    t.addSecret(kPassword);
    t.addSecret(QString::fromLatin1(SmtpSasl::plainPayload(kUser, kPassword)));
    t.add(SmtpTranscriptLine::Direction::Client, 0, true, QStringLiteral("AUTH PLAIN ") + QString::fromLatin1(SmtpSasl::plainPayload(kUser, kPassword)));
    t.add(SmtpTranscriptLine::Direction::Info, 1, true, QStringLiteral("password was s3cret"));
    t.add(SmtpTranscriptLine::Direction::Client, 2, true, QString::fromLatin1(kPassword.toUtf8().toBase64()));
    t.add(SmtpTranscriptLine::Direction::Server, 3, true, QStringLiteral("250 nothing secret here"));
    const QString all = t.toText() + QString::fromUtf8(QJsonDocument(QJsonObject{{"t", t.toJson()}}).toJson());
    for (const QString &s : secretForms().mid(0, 3))
        QVERIFY2(!all.contains(s), qPrintable(s));
    QVERIFY(all.contains(QLatin1String("250 nothing secret here")));
    QCOMPARE(t.lines().size(), 4);
    QVERIFY(t.lines().at(0).text.contains(SmtpTranscript::redactedMarker()));
}

// ---------------------------------------------------------------- real servers

void TestSmtp::probe_data()
{
    QTest::addColumn<SmtpOptions>("options");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("maxMs"); // bounded time to verdict

    const int pfSub = envPort("BD_TEST_SMTP_PF_SUBMISSION"), pfSmtps = envPort("BD_TEST_SMTP_PF_SMTPS"),
              pfMx = envPort("BD_TEST_SMTP_PF_MX"), aSub = envPort("BD_TEST_SMTP_AIO_SUBMISSION"),
              aSmtps = envPort("BD_TEST_SMTP_AIO_SMTPS"), aReq = envPort("BD_TEST_SMTP_AIO_STARTTLS_REQUIRED"),
              aPlain = envPort("BD_TEST_SMTP_AIO_PLAIN"), aExpired = envPort("BD_TEST_SMTP_AIO_EXPIRED"),
              aWrong = envPort("BD_TEST_SMTP_AIO_WRONGNAME"), aSelf = envPort("BD_TEST_SMTP_AIO_SELFSIGNED"),
              fBlack = envPort("BD_TEST_SMTP_FAULT_BLACKHOLE"), fSilence = envPort("BD_TEST_SMTP_FAULT_SILENCE"),
              fTrickle = envPort("BD_TEST_SMTP_FAULT_TRICKLE"), fHuge = envPort("BD_TEST_SMTP_FAULT_HUGE"),
              fGarbage = envPort("BD_TEST_SMTP_FAULT_GARBAGE"), fDrop = envPort("BD_TEST_SMTP_FAULT_DROP_FIRST"),
              fScript = envPort("BD_TEST_SMTP_FAULT_SCRIPT"), fHelo = envPort("BD_TEST_SMTP_FAULT_HELO_ONLY"),
              closed = envPort("BD_TEST_SMTP_CLOSED");
    auto o = [](int port, SmtpSecurity sec) { return base(port, sec); };
    auto login = [](SmtpOptions x, SmtpAuthMech m = SmtpAuthMech::Auto, const QString &pw = kPassword) {
        x.user = kUser;
        x.password = pw;
        x.authMech = m;
        return x;
    };
    auto env = [](SmtpOptions x, const QString &from, const QString &rcpt) {
        x.mailFrom = from;
        if (!rcpt.isEmpty())
            x.rcptTo = {rcpt};
        return x;
    };
    auto quick = [](SmtpOptions x, int ms) {
        x.connectTimeoutMs = x.replyTimeoutMs = x.tlsTimeoutMs = ms;
        return x;
    };
    const auto ST = SmtpSecurity::StartTls, TLS = SmtpSecurity::Tls, NONE = SmtpSecurity::None,
               OPT = SmtpSecurity::StartTlsOptional;
    const QString me = QStringLiteral("test@localhost");

    // Every security mode and AUTH mechanism that works, on Postfix (Cyrus SASL) and aiosmtpd.
    QTest::newRow("pf-starttls-auto") << login(o(pfSub, ST)) << "ok" << "done" << true << 5000;
    QTest::newRow("pf-starttls-plain") << login(o(pfSub, ST), SmtpAuthMech::Plain) << "ok" << "done" << true << 5000;
    QTest::newRow("pf-starttls-login") << login(o(pfSub, ST), SmtpAuthMech::Login) << "ok" << "done" << true << 5000;
    QTest::newRow("pf-starttls-cram") << login(o(pfSub, ST), SmtpAuthMech::CramMd5) << "ok" << "done" << true << 5000;
    QTest::newRow("pf-tls-auto") << login(o(pfSmtps, TLS)) << "ok" << "done" << true << 5000;
    QTest::newRow("pf-starttls-optional") << login(o(pfSub, OPT)) << "ok" << "done" << true << 5000;
    QTest::newRow("pf-mx-starttls-optional-noauth") << env(o(pfMx, OPT), "a@example.test", me) << "ok" << "done" << true << 5000;
    QTest::newRow("aio-starttls-cram") << login(o(aSub, ST), SmtpAuthMech::CramMd5) << "ok" << "done" << true << 5000;
    QTest::newRow("aio-tls-login") << login(o(aSmtps, TLS), SmtpAuthMech::Login) << "ok" << "done" << true << 5000;
    QTest::newRow("aio-tls-xoauth2") << [&] { SmtpOptions x = o(aSmtps, TLS); x.user = kUser; x.oauthToken = kToken; return x; }()
                                     << "ok" << "done" << true << 5000;
    QTest::newRow("aio-plain-allowed") << [&] { SmtpOptions x = login(o(aPlain, NONE)); x.allowPlaintextAuth = true; return x; }()
                                       << "ok-unencrypted" << "done" << true << 5000;
    QTest::newRow("aio-optional-no-starttls") << o(aPlain, OPT) << "ok-unencrypted" << "done" << true << 5000;
    QTest::newRow("pf-recipient-probe") << env(login(o(pfSub, ST)), me, me) << "ok" << "done" << true << 5000;

    // Credentials
    QTest::newRow("pf-535") << login(o(pfSub, ST), SmtpAuthMech::Plain, QStringLiteral("WRONG")) << "auth-failed" << "auth" << false << 5000;
    QTest::newRow("pf-535-cram") << login(o(pfSub, ST), SmtpAuthMech::CramMd5, QStringLiteral("WRONG")) << "auth-failed" << "auth" << false << 5000;
    QTest::newRow("aio-535-login") << login(o(aSmtps, TLS), SmtpAuthMech::Login, QStringLiteral("WRONG")) << "auth-failed" << "auth" << false << 5000;
    QTest::newRow("aio-xoauth2-bad-token") << [&] { SmtpOptions x = o(aSmtps, TLS); x.user = kUser; x.oauthToken = QStringLiteral("tok-bad"); return x; }()
                                           << "auth-failed" << "auth" << false << 5000;
    QTest::newRow("pf-xoauth2-not-offered") << [&] { SmtpOptions x = o(pfSub, ST); x.user = kUser; x.oauthToken = kToken; return x; }()
                                            << "auth-mechanism-not-offered" << "auth" << false << 5000;
    QTest::newRow("pf-mx-auth-not-offered") << login(o(pfMx, ST)) << "auth-not-offered" << "auth" << false << 5000;
    QTest::newRow("aio-auth-before-tls-hidden") << [&] { SmtpOptions x = login(o(aSub, NONE)); x.allowPlaintextAuth = true; return x; }()
                                                << "auth-not-offered-before-tls" << "auth" << false << 5000;
    QTest::newRow("plaintext-auth-refused") << login(o(aPlain, NONE)) << "auth-plaintext-refused" << "ehlo" << false << 5000;

    // Envelope
    QTest::newRow("pf-530-must-starttls") << env(o(pfSub, NONE), me, me) << "must-starttls" << "mail-from" << false << 5000;
    QTest::newRow("aio-530-must-starttls") << env(o(aReq, NONE), me, me) << "must-starttls" << "mail-from" << false << 5000;
    QTest::newRow("pf-530-auth-required") << env(o(pfSub, ST), me, me) << "auth-required" << "mail-from" << false << 5000;
    QTest::newRow("aio-530-auth-required") << env(o(aSub, ST), me, me) << "auth-required" << "mail-from" << false << 5000;
    QTest::newRow("pf-550-user-unknown") << env(login(o(pfSub, ST)), me, QStringLiteral("nosuchuser@localhost")) << "recipient-unknown" << "rcpt-to" << false << 5000;
    QTest::newRow("aio-550-user-unknown") << env(login(o(aSmtps, TLS)), me, QStringLiteral("nosuchuser@localhost")) << "recipient-unknown" << "rcpt-to" << false << 5000;
    QTest::newRow("pf-554-relay") << env(o(pfMx, ST), QStringLiteral("a@example.test"), QStringLiteral("someone@gmail.example")) << "relay-denied" << "rcpt-to" << false << 5000;
    QTest::newRow("aio-554-relay") << env(o(aPlain, NONE), QStringLiteral("a@example.test"), QStringLiteral("someone@gmail.example")) << "relay-denied" << "rcpt-to" << false << 5000;
    QTest::newRow("pf-sender-rejected") << env(o(pfMx, ST), QStringLiteral("blocked@example.test"), me) << "sender-rejected" << "mail-from" << false << 5000;
    QTest::newRow("aio-sender-rejected") << env(login(o(aSmtps, TLS)), QStringLiteral("blocked@example.test"), me) << "sender-rejected" << "mail-from" << false << 5000;
    QTest::newRow("pf-552-size") << [&] { SmtpOptions x = env(login(o(pfSub, ST)), me, me); x.declaredSize = 50'000'000; return x; }()
                                 << "message-too-large" << "mail-from" << false << 5000;
    QTest::newRow("aio-552-size") << [&] { SmtpOptions x = env(login(o(aSmtps, TLS)), me, me); x.declaredSize = 5'000'000; return x; }()
                                  << "message-too-large" << "mail-from" << false << 5000;
    QTest::newRow("aio-450-greylisted") << env(login(o(aSmtps, TLS)), me, QStringLiteral("greylist@localhost")) << "greylisted" << "rcpt-to" << false << 5000;

    // Security choice mistakes
    QTest::newRow("pf-tls-on-starttls-port") << o(pfSub, TLS) << "tls-on-plain-port" << "tls" << false << 5000;
    QTest::newRow("aio-tls-on-plain-port") << o(aPlain, TLS) << "tls-on-plain-port" << "tls" << false << 5000;
    QTest::newRow("pf-starttls-on-implicit-port") << quick(o(pfSmtps, ST), 2000) << "no-banner" << "banner" << false << 4000;
    QTest::newRow("starttls-not-offered") << o(aPlain, ST) << "starttls-not-offered" << "ehlo" << false << 5000;

    // Certificates: verified by default
    QTest::newRow("cert-self-signed") << o(aSelf, TLS) << "tls-cert-self-signed" << "tls" << false << 5000;
    QTest::newRow("cert-expired") << o(aExpired, TLS) << "tls-cert-expired" << "tls" << false << 5000;
    QTest::newRow("cert-wrong-host") << o(aWrong, TLS) << "tls-cert-wrong-host" << "tls" << false << 5000;
    QTest::newRow("cert-unknown-ca") << [&] { SmtpOptions x = o(pfSmtps, TLS); x.caFile.clear(); return x; }() << "tls-cert-unknown-ca" << "tls" << false << 5000;
    QTest::newRow("cert-unknown-ca-starttls") << [&] { SmtpOptions x = o(pfSub, ST); x.caFile.clear(); return x; }() << "tls-cert-unknown-ca" << "tls" << false << 5000;
    QTest::newRow("ca-file-unreadable") << [&] { SmtpOptions x = o(pfSmtps, TLS); x.caFile = QStringLiteral("/nonexistent/ca.pem"); return x; }()
                                        << "invalid-options" << "resolve" << false << 1000;

    // Network and faults: bounded time to a clear verdict each time
    QTest::newRow("connection-refused") << o(closed, ST) << "connection-refused" << "connect" << false << 2000;
    QTest::newRow("connect-timeout") << quick(o(fBlack, ST), 1500) << "connect-timeout" << "connect" << false << 3000;
    QTest::newRow("host-not-found") << [&] { SmtpOptions x = o(pfSub, ST); x.host = QStringLiteral("nonexistent.invalid"); return x; }()
                                    << "host-not-found" << "resolve" << false << 12000;
    QTest::newRow("silence-after-connect") << quick(o(fSilence, ST), 1500) << "no-banner" << "banner" << false << 3000;
    QTest::newRow("byte-every-2s") << quick(o(fTrickle, ST), 3000) << "reply-timeout" << "banner" << false << 4500;
    QTest::newRow("one-mib-reply-line") << o(fHuge, ST) << "reply-too-long" << "banner" << false << 3000;
    QTest::newRow("garbage") << o(fGarbage, ST) << "not-smtp" << "banner" << false << 3000;
    QTest::newRow("drop-after-connect") << o(fDrop, ST) << "connection-dropped" << "banner" << false << 3000;
    QTest::newRow("drop-at-ehlo") << o(fDrop + 1, ST) << "connection-dropped" << "ehlo" << false << 3000;
    QTest::newRow("drop-mid-ehlo-reply") << o(fDrop + 2, ST) << "connection-dropped" << "ehlo" << false << 3000;
    QTest::newRow("drop-mid-tls") << o(fDrop + 3, ST) << "tls-handshake-dropped" << "tls" << false << 3000;
    QTest::newRow("drop-at-ehlo-inside-tls") << o(fDrop + 4, ST) << "connection-dropped" << "ehlo-tls" << false << 3000;
    QTest::newRow("drop-at-auth") << login(o(fDrop + 5, ST)) << "connection-dropped" << "auth" << false << 3000;
    QTest::newRow("drop-at-mail") << env(login(o(fDrop + 6, ST)), me, me) << "connection-dropped" << "mail-from" << false << 3000;
    QTest::newRow("drop-at-rcpt") << env(login(o(fDrop + 7, ST)), me, me) << "connection-dropped" << "rcpt-to" << false << 3000;
    QTest::newRow("drop-at-data") << [&] { SmtpOptions x = env(login(o(fDrop + 8, ST)), me, me); x.sendMessage = true; return x; }()
                                  << "connection-dropped" << "data" << false << 3000;
    QTest::newRow("helo-fallback") << env(o(fHelo, NONE), me, me) << "ok-unencrypted" << "done" << true << 3000;
    QTest::newRow("helo-only-no-starttls") << o(fHelo, ST) << "starttls-not-offered" << "ehlo" << false << 3000;
    QTest::newRow("script-full-run") << [&] { SmtpOptions x = env(login(o(fScript, ST)), me, me); x.sendMessage = true; return x; }()
                                     << "ok" << "done" << true << 3000;
}

void TestSmtp::probe()
{
    QFETCH(SmtpOptions, options);
    QFETCH(QString, verdict);
    QFETCH(QString, stage);
    QFETCH(bool, ok);
    QFETCH(int, maxMs);
    QElapsedTimer clock;
    clock.start();
    const SmtpResult r = runProbe(options);
    const qint64 ms = clock.elapsed();
    const QByteArray why = r.transcript.toText().toUtf8() + "\nverdict " + r.verdict.id.toUtf8() + " stage "
        + Smtp::stageId(r.stage).toUtf8() + " failure " + Smtp::failureId(r.failure).toUtf8() + " error " + r.errorText.toUtf8();
    QVERIFY2(r.verdict.id == verdict, why.constData());
    QVERIFY2(Smtp::stageId(r.stage) == stage, why.constData());
    QCOMPARE(r.ok, ok);
    QVERIFY2(ms <= maxMs, qPrintable(QStringLiteral("%1 ms > %2 ms").arg(ms).arg(maxMs)));
    // Every verdict is something a person can act on.
    QVERIFY(!r.verdict.title.isEmpty());
    QVERIFY(!r.verdict.nextStep.isEmpty());
    QVERIFY2(!r.verdict.message.contains(QLatin1Char('{')), qPrintable(r.verdict.message));
    if (!options.password.isEmpty() || !options.oauthToken.isEmpty()) {
        const QString all = allOutput(r);
        for (const QString &s : secretForms())
            QVERIFY2(!all.contains(s), qPrintable(QStringLiteral("secret form leaked: ") + s));
    }
}

void TestSmtp::redaction_data()
{
    QTest::addColumn<int>("port");
    QTest::addColumn<SmtpSecurity>("security");
    QTest::addColumn<SmtpAuthMech>("mech");
    QTest::addColumn<bool>("useToken");
    QTest::newRow("plain") << envPort("BD_TEST_SMTP_PF_SUBMISSION") << SmtpSecurity::StartTls << SmtpAuthMech::Plain << false;
    QTest::newRow("login") << envPort("BD_TEST_SMTP_PF_SMTPS") << SmtpSecurity::Tls << SmtpAuthMech::Login << false;
    QTest::newRow("cram-md5") << envPort("BD_TEST_SMTP_AIO_SUBMISSION") << SmtpSecurity::StartTls << SmtpAuthMech::CramMd5 << false;
    QTest::newRow("xoauth2") << envPort("BD_TEST_SMTP_AIO_SMTPS") << SmtpSecurity::Tls << SmtpAuthMech::XOAuth2 << true;
}

void TestSmtp::redaction()
{
    QFETCH(int, port);
    QFETCH(SmtpSecurity, security);
    QFETCH(SmtpAuthMech, mech);
    QFETCH(bool, useToken);
    SmtpOptions o = base(port, security);
    o.user = kUser;
    o.authMech = mech;
    (useToken ? o.oauthToken : o.password) = useToken ? kToken : kPassword;
    SmtpProbe probe;
    QStringList live;
    connect(&probe, &SmtpProbe::transcriptLine, this, [&live](const SmtpTranscriptLine &l) { live.append(l.toText()); });
    QSignalSpy spy(&probe, &SmtpProbe::finished);
    probe.start(o);
    QVERIFY(spy.wait(10000));
    const SmtpResult r = spy.first().first().value<SmtpResult>();
    QVERIFY2(r.ok && r.authenticated, qPrintable(r.transcript.toText()));
    QCOMPARE(r.authMechUsed, Smtp::authMechId(mech));
    const QString all = allOutput(r) + live.join(QLatin1Char('\n'));
    for (const QString &s : secretForms())
        QVERIFY2(!all.contains(s), qPrintable(QStringLiteral("secret form leaked: ") + s));
    // The AUTH command itself is visible (only its payload is hidden), inside TLS.
    bool sawAuth = false;
    for (const SmtpTranscriptLine &l : r.transcript.lines()) {
        if (l.direction == SmtpTranscriptLine::Direction::Client && l.text.startsWith(QLatin1String("AUTH "))) {
            sawAuth = true;
            QVERIFY(l.insideTls);
            if (mech == SmtpAuthMech::Plain || mech == SmtpAuthMech::XOAuth2)
                QCOMPARE(l.text, QStringLiteral("AUTH %1 <redacted>").arg(Smtp::authMechId(mech)));
        }
    }
    QVERIFY(sawAuth);
}

void TestSmtp::plaintextCredentialsNeverSent()
{
    // Plain port that would accept AUTH in clear: without permission no AUTH line leaves us.
    SmtpOptions o = base(envPort("BD_TEST_SMTP_AIO_PLAIN"), SmtpSecurity::None);
    o.user = kUser;
    o.password = kPassword;
    const SmtpResult r = runProbe(o);
    QCOMPARE(r.verdict.id, QStringLiteral("auth-plaintext-refused"));
    for (const SmtpTranscriptLine &l : r.transcript.lines())
        QVERIFY2(!(l.direction == SmtpTranscriptLine::Direction::Client && l.text.startsWith(QLatin1String("AUTH"))),
                 qPrintable(l.text));
    // STARTTLS-optional on a server without STARTTLS: same rule.
    o.security = SmtpSecurity::StartTlsOptional;
    QCOMPARE(runProbe(o).verdict.id, QStringLiteral("auth-plaintext-refused"));
}

void TestSmtp::trustOneFingerprint_data()
{
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("fingerprintOf"); // cert file whose fingerprint the user trusts
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<bool>("trusted");
    const int self = envPort("BD_TEST_SMTP_AIO_SELFSIGNED"), expired = envPort("BD_TEST_SMTP_AIO_EXPIRED"),
              wrong = envPort("BD_TEST_SMTP_AIO_WRONGNAME");
    QTest::newRow("self-signed-trusted") << self << "selfsigned.crt" << "ok" << true;
    QTest::newRow("expired-trusted") << expired << "expired.crt" << "ok" << true;
    QTest::newRow("wrong-name-trusted") << wrong << "wrongname.crt" << "ok" << true;
    // Trusting one certificate never trusts another.
    QTest::newRow("other-cert-not-trusted") << self << "expired.crt" << "tls-cert-self-signed" << false;
    QTest::newRow("expired-not-trusted-by-self") << expired << "selfsigned.crt" << "tls-cert-expired" << false;
}

void TestSmtp::trustOneFingerprint()
{
    QFETCH(int, port);
    QFETCH(QString, fingerprintOf);
    QFETCH(QString, verdict);
    QFETCH(bool, trusted);
    SmtpOptions o = base(port, SmtpSecurity::Tls);
    o.trustFingerprint = ::fingerprintOf(certs(fingerprintOf));
    QVERIFY(!o.trustFingerprint.isEmpty());
    const SmtpResult r = runProbe(o);
    QVERIFY2(r.verdict.id == verdict, qPrintable(r.transcript.toText()));
    QCOMPARE(r.tls.trustedByFingerprint, trusted);
    QVERIFY(!r.tls.errors.isEmpty()); // the problem is still reported, even when accepted
}

void TestSmtp::tlsDetails()
{
    const SmtpResult r = runProbe(base(envPort("BD_TEST_SMTP_PF_SMTPS"), SmtpSecurity::Tls));
    QVERIFY2(r.ok, qPrintable(r.transcript.toText()));
    QVERIFY(r.tls.established);
    QVERIFY2(r.tls.protocol.startsWith(QLatin1String("TLSv1.")), qPrintable(r.tls.protocol));
    QVERIFY(!r.tls.cipher.isEmpty());
    QVERIFY(!r.tls.chain.isEmpty());
    const SmtpCertificateInfo &leaf = r.tls.chain.first();
    QVERIFY(leaf.subject.contains(QLatin1String("CN=localhost")));
    QVERIFY(leaf.issuer.contains(QLatin1String("Bounce Doctor Test CA")));
    QVERIFY(leaf.subjectAltNames.contains(QStringLiteral("DNS:smtp.example.test")));
    QVERIFY(!leaf.selfSigned);
    QVERIFY(leaf.notAfter > QDateTime::currentDateTimeUtc());
    QCOMPARE(leaf.sha256, fingerprintOf(certs(QStringLiteral("good.crt"))).toUpper());
    const SmtpResult bad = runProbe(base(envPort("BD_TEST_SMTP_AIO_SELFSIGNED"), SmtpSecurity::Tls));
    QVERIFY(!bad.tls.chain.isEmpty());
    QVERIFY(bad.tls.chain.first().selfSigned);
    const SmtpResult exp = runProbe(base(envPort("BD_TEST_SMTP_AIO_EXPIRED"), SmtpSecurity::Tls));
    QVERIFY(!exp.tls.chain.isEmpty());
    QCOMPARE(exp.tls.chain.first().notAfter.date(), QDate(2021, 1, 1));
    // Every line inside TLS is marked so, and only those.
    bool sawPlain = false, sawTls = false;
    const SmtpResult st = runProbe(base(envPort("BD_TEST_SMTP_PF_SUBMISSION"), SmtpSecurity::StartTls));
    for (const SmtpTranscriptLine &l : st.transcript.lines()) {
        if (l.text == QLatin1String("STARTTLS"))
            QVERIFY(!l.insideTls);
        sawPlain = sawPlain || !l.insideTls;
        sawTls = sawTls || l.insideTls;
    }
    QVERIFY(sawPlain && sawTls);
}

void TestSmtp::sendMessage()
{
    const QString spool = qEnvironmentVariable("BD_TEST_SMTP_RUN") + QStringLiteral("/spool");
    SmtpOptions o = base(envPort("BD_TEST_SMTP_AIO_SMTPS"), SmtpSecurity::Tls);
    o.user = kUser;
    o.password = kPassword;
    o.mailFrom = kUser;
    o.rcptTo = {kUser};
    o.sendMessage = true;
    const SmtpResult r = runProbe(o);
    QVERIFY2(r.ok && r.messageSent, qPrintable(r.transcript.toText()));
    QVERIFY(r.lastReply.text().contains(QLatin1String("queued")));
    // Without --send the same envelope is only probed: RSET, nothing queued.
    o.sendMessage = false;
    const SmtpResult p = runProbe(o);
    QVERIFY(p.ok && !p.messageSent);
    bool sawRset = false, sawData = false;
    for (const SmtpTranscriptLine &l : p.transcript.lines()) {
        sawRset = sawRset || l.text == QLatin1String("RSET");
        sawData = sawData || l.text == QLatin1String("DATA");
    }
    QVERIFY(sawRset && !sawData);
    Q_UNUSED(spool);
}

void TestSmtp::abortIsImmediate()
{
    SmtpProbe probe;
    QSignalSpy spy(&probe, &SmtpProbe::finished);
    probe.start(base(envPort("BD_TEST_SMTP_FAULT_SILENCE"), SmtpSecurity::StartTls));
    QTest::qWait(200);
    QElapsedTimer t;
    t.start();
    probe.abort();
    QCOMPARE(spy.size(), 1);
    QVERIFY(t.elapsed() < 100);
    QCOMPARE(spy.first().first().value<SmtpResult>().verdict.id, QStringLiteral("aborted"));
}

void TestSmtp::stagesInOrderAndRestart()
{
    SmtpOptions o = base(envPort("BD_TEST_SMTP_PF_SUBMISSION"), SmtpSecurity::StartTls);
    o.user = kUser;
    o.password = kPassword;
    o.mailFrom = kUser;
    o.rcptTo = {kUser};
    SmtpProbe probe;
    QList<SmtpStage> stages;
    connect(&probe, &SmtpProbe::stageChanged, this, [&stages](SmtpStage s) { stages.append(s); });
    QSignalSpy spy(&probe, &SmtpProbe::finished);
    probe.start(o);
    QVERIFY(spy.wait(10000));
    const QList<SmtpStage> expected{SmtpStage::Resolve, SmtpStage::Connect, SmtpStage::Banner, SmtpStage::Ehlo,
                                    SmtpStage::StartTls, SmtpStage::TlsHandshake, SmtpStage::EhloAfterTls,
                                    SmtpStage::Auth, SmtpStage::MailFrom, SmtpStage::RcptTo, SmtpStage::Rset,
                                    SmtpStage::Quit};
    QCOMPARE(stages, expected);
    qint64 last = -1;
    for (const SmtpTranscriptLine &l : probe.result().transcript.lines()) {
        QVERIFY(l.offsetMs >= last);
        last = l.offsetMs;
    }
    // The same object runs a second, different test from scratch.
    o.password = QStringLiteral("WRONG");
    probe.start(o);
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.size(), 2);
    const SmtpResult second = spy.at(1).first().value<SmtpResult>();
    QCOMPARE(second.verdict.id, QStringLiteral("auth-failed"));
    QVERIFY(!second.authenticated);
    QVERIFY(second.recipientsAccepted.isEmpty());
}

// ---------------------------------------------------------------- auto-detect

void TestSmtp::autoDetect()
{
    StaticResolver dns;
    dns.add(QStringLiteral("_submissions._tcp.example.test"), DnsType::SRV, {QStringLiteral("0 1 %1 smtp.example.test.").arg(envPort("BD_TEST_SMTP_PF_SMTPS"))});
    dns.add(QStringLiteral("_submission._tcp.example.test"), DnsType::SRV, {QStringLiteral("0 1 %1 smtp.example.test.").arg(envPort("BD_TEST_SMTP_PF_SUBMISSION"))});
    dns.addMx(QStringLiteral("example.test"), {{10, QStringLiteral("mx.example.test")}});
    for (const char *h : {"smtp.example.test", "mail.example.test", "mx.example.test"})
        dns.add(QLatin1String(h), DnsType::A, {QStringLiteral("127.0.0.1")});
    SmtpAutoDetect detect(&dns);
    // The fixture's stand-ins for 465/587/25: aiosmtpd's ports and a closed one.
    detect.setPortPlan({{envPort("BD_TEST_SMTP_AIO_SMTPS"), SmtpSecurity::Tls},
                        {envPort("BD_TEST_SMTP_AIO_PLAIN"), SmtpSecurity::StartTls},
                        {envPort("BD_TEST_SMTP_CLOSED"), SmtpSecurity::StartTls}});
    SmtpOptions o = base(0, SmtpSecurity::Tls);
    o.user = kUser;
    o.password = kPassword;
    detect.setProbeOptions(o);
    QSignalSpy done(&detect, &SmtpAutoDetect::finished);
    QSignalSpy each(&detect, &SmtpAutoDetect::attemptFinished);
    QElapsedTimer t;
    t.start();
    detect.start(QStringLiteral("someone@example.test"));
    QVERIFY(done.wait(20000));
    const QList<SmtpAutoDetectAttempt> ranked = detect.attempts();
    QVERIFY(dns.asked().contains(QStringLiteral("_submissions._tcp.example.test/SRV")));
    QVERIFY(dns.asked().contains(QStringLiteral("_submission._tcp.example.test/SRV")));
    QVERIFY(dns.asked().contains(QStringLiteral("example.test/MX")));
    // 2 SRV + 3 names (smtp., mail., mx) x 3 plan entries + smtp.example.test (MX-derived, dedup'd) = 11
    QCOMPARE(ranked.size(), 11);
    QCOMPARE(each.size(), ranked.size()); // every attempt is reported
    const SmtpAutoDetectAttempt &best = ranked.first();
    QVERIFY2(best.works(), qPrintable(best.result.transcript.toText()));
    QCOMPARE(best.source, QStringLiteral("srv-submissions")); // implicit TLS from SRV ranks first
    QCOMPARE(best.security, SmtpSecurity::Tls);
    QCOMPARE(best.port, envPort("BD_TEST_SMTP_PF_SMTPS"));
    QCOMPARE(ranked.at(1).source, QStringLiteral("srv-submission"));
    QVERIFY(ranked.at(1).works());
    // STARTTLS on a port without it and the closed port do not work, and rank last.
    int working = 0;
    for (const SmtpAutoDetectAttempt &a : ranked) {
        if (a.works())
            ++working;
        if (a.port == envPort("BD_TEST_SMTP_CLOSED"))
            QCOMPARE(a.result.verdict.id, QStringLiteral("connection-refused"));
    }
    QCOMPARE(working, 2 + 3); // both SRV + aiosmtpd TLS on smtp./mail./mx
    QCOMPARE(ranked.last().score, 0);
    QVERIFY(t.elapsed() < 10000);
}

void TestSmtp::autoDetectNoDns()
{
    // Nothing in DNS: every name fails quickly and nothing is recommended.
    StaticResolver dns;
    SmtpAutoDetect detect(&dns);
    detect.setPortPlan({{envPort("BD_TEST_SMTP_PF_SMTPS"), SmtpSecurity::Tls}});
    QSignalSpy done(&detect, &SmtpAutoDetect::finished);
    detect.start(QStringLiteral("a@nothing.test"));
    QVERIFY(done.wait(10000));
    const auto ranked = detect.attempts();
    QCOMPARE(ranked.size(), 2); // smtp. and mail.
    for (const SmtpAutoDetectAttempt &a : ranked) {
        QCOMPARE(a.result.verdict.id, QStringLiteral("host-not-found"));
        QVERIFY(!a.works());
    }
}

// ---------------------------------------------------------------- CLI

void TestSmtp::cliJson_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("stage");
    const QString ca = certs(QStringLiteral("ca.crt"));
    const QString sub = QString::number(envPort("BD_TEST_SMTP_PF_SUBMISSION"));
    const QString smtps = QString::number(envPort("BD_TEST_SMTP_PF_SMTPS"));
    QTest::newRow("ok-starttls") << QStringList{"--host", "localhost", "--port", sub, "--security", "starttls", "--user", kUser,
                                                "--password-env", "BD_SMTP_PW", "--ca-file", ca, "--json"} << 0 << "ok" << "done";
    QTest::newRow("ok-tls-rcpt") << QStringList{"--host", "localhost", "--port", smtps, "--security", "tls", "--user", kUser,
                                                "--password-env", "BD_SMTP_PW", "--ca-file", ca, "--from", kUser, "--rcpt", kUser, "--json"}
                                 << 0 << "ok" << "done";
    QTest::newRow("535") << QStringList{"--host", "localhost", "--port", sub, "--user", kUser, "--password-env", "BD_SMTP_BAD",
                                        "--ca-file", ca, "--auth", "LOGIN", "--json"} << 1 << "auth-failed" << "auth";
    QTest::newRow("unknown-ca") << QStringList{"--host", "localhost", "--port", smtps, "--security", "tls", "--json"} << 1 << "tls-cert-unknown-ca" << "tls";
    QTest::newRow("trust-fingerprint") << QStringList{"--host", "localhost", "--port", smtps, "--security", "tls", "--json",
                                                      "--trust-fingerprint", fingerprintOf(certs(QStringLiteral("good.crt")))} << 0 << "ok" << "done";
    QTest::newRow("refused") << QStringList{"--host", "127.0.0.1", "--port", QString::number(envPort("BD_TEST_SMTP_CLOSED")), "--json"}
                             << 1 << "connection-refused" << "connect";
    QTest::newRow("usage-bad-security") << QStringList{"--host", "x", "--security", "ssl3"} << 2 << "" << "";
    QTest::newRow("usage-no-host") << QStringList{"--port", "25"} << 2 << "" << "";
}

void TestSmtp::cliJson()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, verdict);
    QFETCH(QString, stage);
    const QString cli = qEnvironmentVariable("BD_TEST_SMTP_CLI");
    if (!QFile::exists(cli))
        QSKIP("bounce-doctor-cli is not built (build the bounce-doctor-cli target)");
    QProcess proc;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BD_SMTP_PW"), kPassword);
    env.insert(QStringLiteral("BD_SMTP_BAD"), QStringLiteral("WRONG-s3cret-WRONG"));
    proc.setProcessEnvironment(env);
    QSignalSpy spy(&proc, &QProcess::finished);
    proc.start(cli, QStringList{QStringLiteral("smtp")} + args);
    QVERIFY(spy.wait(20000));
    const QByteArray out = proc.readAllStandardOutput();
    const QByteArray err = proc.readAllStandardError();
    QVERIFY2(proc.exitCode() == exitCode, (out + err).constData());
    QVERIFY(!out.contains(kPassword.toUtf8()) && !err.contains(kPassword.toUtf8()));
    QVERIFY(!out.contains(SmtpSasl::plainPayload(kUser, kPassword)));
    QVERIFY(!out.contains("WRONG-s3cret-WRONG"));
    if (verdict.isEmpty())
        return;
    const QJsonObject j = QJsonDocument::fromJson(out).object();
    QCOMPARE(j.value(QLatin1String("verdict")).toString(), verdict);
    QCOMPARE(j.value(QLatin1String("stage")).toString(), stage);
    QCOMPARE(j.value(QLatin1String("ok")).toBool(), exitCode == 0);
    QVERIFY(!j.value(QLatin1String("message")).toString().isEmpty());
    QVERIFY(!j.value(QLatin1String("transcript")).toArray().isEmpty());
    QVERIFY(j.value(QLatin1String("tls")).isObject());
}

void TestSmtp::cliDetectThroughRealDns()
{
    // Registered a second time as tst_smtp_dns, with the Knot fixture serving smtp.test.
    if (qEnvironmentVariable("BD_TEST_SMTP_WITH_DNS") != QLatin1String("1"))
        QSKIP("runs as the ctest test tst_smtp_dns (needs the dns fixture)");
    const QString cli = qEnvironmentVariable("BD_TEST_SMTP_CLI");
    QVERIFY2(QFile::exists(cli), "build the bounce-doctor-cli target");
    const QString plan = QStringLiteral("%1:tls,%2:starttls,%3:starttls")
                             .arg(envPort("BD_TEST_SMTP_PF_SMTPS")).arg(envPort("BD_TEST_SMTP_PF_SUBMISSION"))
                             .arg(envPort("BD_TEST_SMTP_CLOSED"));
    QProcess proc;
    QSignalSpy spy(&proc, &QProcess::finished);
    proc.start(cli, {QStringLiteral("smtp"), QStringLiteral("--detect"), QStringLiteral("someone@smtp.test"),
                     QStringLiteral("--dns-server"), qEnvironmentVariable("BD_TEST_DNS"), QStringLiteral("--ports"), plan,
                     QStringLiteral("--ca-file"), certs(QStringLiteral("ca.crt")), QStringLiteral("--json")});
    QVERIFY(spy.wait(30000));
    const QByteArray out = proc.readAllStandardOutput();
    QVERIFY2(proc.exitCode() == 0, (out + proc.readAllStandardError()).constData());
    const QJsonObject j = QJsonDocument::fromJson(out).object();
    QVERIFY(j.value(QLatin1String("ok")).toBool());
    const QJsonObject best = j.value(QLatin1String("best")).toObject();
    QCOMPARE(best.value(QLatin1String("host")).toString(), QStringLiteral("smtp.smtp.test"));
    QCOMPARE(best.value(QLatin1String("port")).toInt(), envPort("BD_TEST_SMTP_PF_SMTPS"));
    QCOMPARE(best.value(QLatin1String("security")).toString(), QStringLiteral("tls"));
    QCOMPARE(best.value(QLatin1String("source")).toString(), QStringLiteral("srv-submissions"));
    // SRV x2, then smtp. (closed port only, the rest already came from SRV), mail. x3, mx x3.
    const QJsonArray attempts = j.value(QLatin1String("attempts")).toArray();
    QCOMPARE(attempts.size(), 9);
    int refused = 0;
    for (const QJsonValue a : attempts)
        refused += a.toObject().value(QLatin1String("verdict")).toString() == QLatin1String("connection-refused");
    QCOMPARE(refused, 3);
}

// ---------------------------------------------------------------- swaks comparison

void TestSmtp::sameOutcomeAsSwaks_data()
{
    // Same server, same settings: our verdict and swaks's exit code must tell the same story.
    // swaks exit codes: 0 ok, 2 connect failed, 21 timeout/read error, 23 MAIL rejected,
    // 24 RCPT rejected, 28 AUTH failed or not offered, 29 TLS failed.
    QTest::addColumn<SmtpOptions>("options");
    QTest::addColumn<QStringList>("swaks");
    QTest::addColumn<int>("swaksExit");
    QTest::addColumn<QString>("verdict");
    const int sub = envPort("BD_TEST_SMTP_PF_SUBMISSION"), smtps = envPort("BD_TEST_SMTP_PF_SMTPS");
    const QStringList s{"-s", "127.0.0.1", "--timeout", "3"};
    const QStringList u{"-au", kUser, "-ap", kPassword};
    auto opt = [](int port, SmtpSecurity sec, bool auth, const QString &pw = kPassword) {
        SmtpOptions o = base(port, sec);
        o.host = QStringLiteral("127.0.0.1");
        o.trustFingerprint = fingerprintOf(certs(QStringLiteral("good.crt"))); // swaks does not verify
        if (auth) {
            o.user = kUser;
            o.password = pw;
        }
        return o;
    };
    const QString p1 = QString::number(sub), p2 = QString::number(smtps);
    QTest::newRow("starttls-auth") << opt(sub, SmtpSecurity::StartTls, true) << (s + QStringList{"-p", p1, "-tls", "--quit-after", "AUTH"} + u) << 0 << "ok";
    QTest::newRow("tls-auth") << opt(smtps, SmtpSecurity::Tls, true) << (s + QStringList{"-p", p2, "-tlsc", "--quit-after", "AUTH"} + u) << 0 << "ok";
    QTest::newRow("wrong-password") << opt(sub, SmtpSecurity::StartTls, true, QStringLiteral("WRONG"))
                                    << (s + QStringList{"-p", p1, "-tls", "-a", "PLAIN", "-au", kUser, "-ap", "WRONG", "--quit-after", "AUTH"}) << 28 << "auth-failed";
    QTest::newRow("tls-on-starttls-port") << opt(sub, SmtpSecurity::Tls, false) << (s + QStringList{"-p", p1, "-tlsc", "--quit-after", "EHLO"}) << 29 << "tls-on-plain-port";
    QTest::newRow("plain-on-smtps-port") << [&] { SmtpOptions o = opt(smtps, SmtpSecurity::None, false); o.replyTimeoutMs = 3000; return o; }()
                                         << (s + QStringList{"-p", p2, "--quit-after", "EHLO"}) << 21 << "no-banner";
    QTest::newRow("closed-port") << opt(envPort("BD_TEST_SMTP_CLOSED"), SmtpSecurity::StartTls, false)
                                 << (s + QStringList{"-p", QString::number(envPort("BD_TEST_SMTP_CLOSED")), "--quit-after", "CONNECT"}) << 2 << "connection-refused";
    QTest::newRow("rcpt-unknown") << [&] { SmtpOptions o = opt(sub, SmtpSecurity::StartTls, true); o.mailFrom = kUser; o.rcptTo = {"nosuchuser@localhost"}; return o; }()
                                  << (s + QStringList{"-p", p1, "-tls", "-f", kUser, "-t", "nosuchuser@localhost", "--quit-after", "RCPT"} + u) << 24 << "recipient-unknown";
    QTest::newRow("mail-without-auth") << [&] { SmtpOptions o = opt(sub, SmtpSecurity::StartTls, false); o.mailFrom = kUser; o.rcptTo = {kUser}; return o; }()
                                       << (s + QStringList{"-p", p1, "-tls", "-f", kUser, "-t", kUser, "--quit-after", "MAIL"}) << 23 << "auth-required";
}

void TestSmtp::sameOutcomeAsSwaks()
{
    QFETCH(SmtpOptions, options);
    QFETCH(QStringList, swaks);
    QFETCH(int, swaksExit);
    QFETCH(QString, verdict);
    const SmtpResult r = runProbe(options);
    QVERIFY2(r.verdict.id == verdict, qPrintable(r.transcript.toText()));
    QProcess proc;
    QSignalSpy spy(&proc, &QProcess::finished);
    proc.start(QStringLiteral("swaks"), swaks);
    QVERIFY(spy.wait(15000));
    QVERIFY2(proc.exitCode() == swaksExit, proc.readAllStandardOutput().constData());
    QCOMPARE(r.ok, swaksExit == 0);
}

QTEST_GUILESS_MAIN(TestSmtp)
#include "tst_smtp.moc"
