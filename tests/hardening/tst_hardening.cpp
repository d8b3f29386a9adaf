// Hardening: no credential leaks through any output channel, input limits with clear messages,
// and DNS fault shapes (loops, huge include graphs, oversized answers) ending in bounded time.
#include "FakeSmtpServer.h"
#include "MessageLog.h"
#include "SecretScan.h"

#include "AresResolver.h"
#include "BounceAnalyzer.h"
#include "CachingResolver.h"
#include "CaseReport.h"
#include "DnsMessage.h"
#include "ReportWriter.h"
#include "SmtpProbe.h"
#include "SmtpReplyParser.h"
#include "SpfEvaluator.h"
#include "SpfLint.h"
#include "SpfRecord.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString kUser = QStringLiteral("leak-check@hardening.test");
const QString kPassword = QStringLiteral("Zq7-sekret-Pw!91");
const QString kToken = QStringLiteral("ya29.FAKE-token-8c1f4e0b27d94a7c");

// Returns the first form of the test credentials found in `text`, empty when clean.
QString leakIn(const QByteArray &text)
{
    static const SecretScan scan(kUser, kPassword, kToken);
    return scan.leakIn(text);
}

QString dnsServer()
{
    return qEnvironmentVariable("BD_TEST_DNS", QStringLiteral("127.0.0.1:15353"));
}

} // namespace

class TestHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void secretsStayOut_data();
    void secretsStayOut();
    void cliJsonHasNoSecrets_data();
    void cliJsonHasNoSecrets();

    void inputLimits_data();
    void inputLimits();
    void spfLimits_data();
    void spfLimits();
    void smtpReplyLimits_data();
    void smtpReplyLimits();

    void dnsFaults_data();
    void dnsFaults();
    void spfLoopsAndGraphs_data();
    void spfLoopsAndGraphs();
    void spfLintOnLargeGraph();

private:
    std::unique_ptr<Resolver> makeResolver();
};

void TestHardening::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MessageLog::install();
}

void TestHardening::cleanupTestCase()
{
    MessageLog::uninstall();
}

std::unique_ptr<Resolver> TestHardening::makeResolver()
{
    AresResolver::Config config;
    config.servers = {dnsServer()};
    config.timeoutMs = 1500;
    config.tries = 2;
    Result<AresResolver *> ares = AresResolver::create(config);
    if (!ares)
        return nullptr;
    return std::make_unique<CachingResolver>(ares.value());
}

// --- secrets -----------------------------------------------------------------------------------

void TestHardening::secretsStayOut_data()
{
    QTest::addColumn<int>("mech");
    QTest::addColumn<int>("mode");
    const QList<QPair<const char *, SmtpAuthMech>> mechs{
        {"PLAIN", SmtpAuthMech::Plain}, {"LOGIN", SmtpAuthMech::Login}, {"XOAUTH2", SmtpAuthMech::XOAuth2}};
    const QList<QPair<const char *, FakeSmtpServer::Mode>> modes{{"accepted", FakeSmtpServer::Mode::Accept},
                                                                 {"rejected", FakeSmtpServer::Mode::Reject},
                                                                 {"echoed back", FakeSmtpServer::Mode::Echo}};
    for (const auto &m : mechs)
        for (const auto &s : modes)
            QTest::addRow("%s %s", m.first, s.first) << int(m.second) << int(s.second);
}

void TestHardening::secretsStayOut()
{
    QFETCH(int, mech);
    QFETCH(int, mode);
    FakeSmtpServer server{FakeSmtpServer::Mode(mode)};
    QVERIFY(server.listen());

    SmtpOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = server.port();
    o.security = SmtpSecurity::None;
    o.allowPlaintextAuth = true;
    o.authMech = SmtpAuthMech(mech);
    o.user = kUser;
    if (o.authMech == SmtpAuthMech::XOAuth2)
        o.oauthToken = kToken;
    else
        o.password = kPassword;
    o.replyTimeoutMs = 5000;

    MessageLog::clear();
    SmtpProbe probe;
    QStringList live;
    connect(&probe, &SmtpProbe::transcriptLine, this, [&live](const SmtpTranscriptLine &l) { live.append(l.toText()); });
    QSignalSpy done(&probe, &SmtpProbe::finished);
    probe.start(o);
    QVERIFY(done.wait(20000));
    const SmtpResult result = probe.result();

    // The secret really went over the wire: otherwise this test would prove nothing.
    QVERIFY2(!leakIn(server.received()).isEmpty(), server.received().constData());
    QCOMPARE(result.authenticated, FakeSmtpServer::Mode(mode) == FakeSmtpServer::Mode::Accept);

    QList<QPair<QString, QByteArray>> channels;
    channels.append({QStringLiteral("live transcript"), live.join(QLatin1Char('\n')).toUtf8()});
    channels.append({QStringLiteral("transcript"), result.transcript.toText().toUtf8()});
    channels.append({QStringLiteral("result JSON"), QJsonDocument(result.toJson()).toJson()});
    channels.append({QStringLiteral("check result"), QJsonDocument(result.toCheckResult().toJson()).toJson()});

    // The report is given no secrets: the probe's own redaction must already suffice.
    CaseReport report;
    report.appVersion = QStringLiteral("0.1.0");
    report.created = QDateTime::currentDateTimeUtc();
    report.smtp = result;
    channels.append({QStringLiteral("report JSON"), ReportWriter::json(report)});
    channels.append({QStringLiteral("report HTML"), ReportWriter::html(report).toUtf8()});
    channels.append({QStringLiteral("report Markdown"), ReportWriter::markdown(report).toUtf8()});
    channels.append({QStringLiteral("log"), MessageLog::messages().join(QLatin1Char('\n')).toUtf8()});

    for (const auto &c : channels) {
        QVERIFY2(!c.second.isEmpty() || c.first == QLatin1String("log"), qPrintable(c.first + QLatin1String(" is empty")));
        const QString leak = leakIn(c.second);
        QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("%1 contains \"%2\":\n%3").arg(c.first, leak, QString::fromUtf8(c.second.left(4000)))));
    }
}

void TestHardening::cliJsonHasNoSecrets_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("mode");
    const QStringList pw{QStringLiteral("--user"), kUser, QStringLiteral("--password-env"), QStringLiteral("BD_HARDENING_PW")};
    const QStringList token{QStringLiteral("--user"), kUser, QStringLiteral("--token-env"), QStringLiteral("BD_HARDENING_TOKEN"),
                            QStringLiteral("--auth"), QStringLiteral("XOAUTH2")};
    const QStringList plain{QStringLiteral("--auth"), QStringLiteral("PLAIN")};
    const QStringList login{QStringLiteral("--auth"), QStringLiteral("LOGIN")};
    QTest::newRow("PLAIN accepted, JSON") << (pw + plain + QStringList{QStringLiteral("--json")}) << int(FakeSmtpServer::Mode::Accept);
    QTest::newRow("LOGIN echoed, JSON") << (pw + login + QStringList{QStringLiteral("--json")}) << int(FakeSmtpServer::Mode::Echo);
    QTest::newRow("PLAIN echoed, text") << (pw + plain) << int(FakeSmtpServer::Mode::Echo);
    QTest::newRow("XOAUTH2 rejected, JSON") << (token + QStringList{QStringLiteral("--json")}) << int(FakeSmtpServer::Mode::Reject);
    QTest::newRow("XOAUTH2 echoed, text") << token << int(FakeSmtpServer::Mode::Echo);
}

void TestHardening::cliJsonHasNoSecrets()
{
    QFETCH(QStringList, args);
    QFETCH(int, mode);
    const QString cli = qEnvironmentVariable("BD_TEST_CLI");
    if (cli.isEmpty() || !QFile::exists(cli))
        QSKIP("bounce-doctor-cli not built (BD_TEST_CLI)");
    FakeSmtpServer server{FakeSmtpServer::Mode(mode)};
    QVERIFY(server.listen());

    // The CLI's settings and caches land in this directory: it is grepped as well.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BD_HARDENING_PW"), kPassword);
    env.insert(QStringLiteral("BD_HARDENING_TOKEN"), kToken);
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.path() + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    process.setProcessEnvironment(env);
    QSignalSpy done(&process, &QProcess::finished);
    process.start(cli, QStringList{QStringLiteral("smtp"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                                   QStringLiteral("--port"), QString::number(server.port()), QStringLiteral("--security"),
                                   QStringLiteral("none"), QStringLiteral("--allow-plain-auth")}
                           + args);
    QVERIFY(done.wait(30000));
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(!leakIn(server.received()).isEmpty(), server.received().constData());
    QVERIFY2(!out.isEmpty(), err.constData());
    if (args.contains(QStringLiteral("--json")))
        QVERIFY2(QJsonDocument::fromJson(out).isObject(), out.constData());
    QString leak = leakIn(out);
    QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("stdout contains \"%1\":\n%2").arg(leak, QString::fromUtf8(out))));
    leak = leakIn(err);
    QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("stderr contains \"%1\":\n%2").arg(leak, QString::fromUtf8(err))));
    QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        leak = leakIn(f.readAll());
        QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("%1 contains \"%2\"").arg(f.fileName(), leak)));
    }
}

// --- input limits ------------------------------------------------------------------------------

void TestHardening::inputLimits_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("maxMimeDepth");
    QTest::addColumn<int>("maxRecipients");
    QTest::addColumn<QString>("errorCode");   // expected Error code, or empty when it parses
    QTest::addColumn<QString>("warningHas");  // expected text in a warning, when it parses
    QTest::addColumn<int>("recipients");      // -1: not checked

    const ParseLimits defaults;
    QTest::newRow("paste over 32 MB") << QByteArray(defaults.maxInputBytes + 1, 'a') << defaults.maxMimeDepth
                                      << defaults.maxRecipients << QStringLiteral("input-too-large") << QString() << -1;

    // MIME nesting deeper than the limit: the outer parts are read, a warning says the rest was not.
    QByteArray nested = "From: MAILER-DAEMON@mx.hardening.test\r\nSubject: Undelivered Mail Returned to Sender\r\n"
                        "MIME-Version: 1.0\r\n";
    const int depth = 12;
    for (int i = 0; i < depth; ++i)
        nested += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i) + "\"\r\n\r\n--b" + QByteArray::number(i) + "\r\n";
    nested += "Content-Type: text/plain\r\n\r\n<user@example.com>: host mx.example.com said: 550 5.1.1 User unknown\r\n";
    for (int i = depth - 1; i >= 0; --i)
        nested += "--b" + QByteArray::number(i) + "--\r\n";
    QTest::newRow("MIME depth") << nested << 5 << defaults.maxRecipients << QString() << QStringLiteral("levels deep") << -1;

    QByteArray dsn = "From: MAILER-DAEMON@mx.hardening.test\r\nSubject: Delivery Status Notification (Failure)\r\n"
                     "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\r\n\r\n"
                     "--r\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n--r\r\n"
                     "Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.hardening.test\r\n";
    for (int i = 0; i < 40; ++i)
        dsn += "\r\nFinal-Recipient: rfc822; user" + QByteArray::number(i) + "@example.com\r\nAction: failed\r\n"
               "Status: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\n";
    dsn += "--r--\r\n";
    QTest::newRow("recipients") << dsn << defaults.maxMimeDepth << 10 << QString() << QStringLiteral("10") << 10;
    QTest::newRow("recipients under the limit") << dsn << defaults.maxMimeDepth << 100 << QString() << QString() << 40;
}

void TestHardening::inputLimits()
{
    QFETCH(QByteArray, input);
    QFETCH(int, maxMimeDepth);
    QFETCH(int, maxRecipients);
    QFETCH(QString, errorCode);
    QFETCH(QString, warningHas);
    QFETCH(int, recipients);

    ParseLimits limits;
    limits.maxMimeDepth = maxMimeDepth;
    limits.maxRecipients = maxRecipients;
    const BounceAnalyzer analyzer(limits);
    QElapsedTimer clock;
    clock.start();
    const Result<Analysis> analysis = analyzer.analyze(input);
    QVERIFY2(clock.elapsed() < 20000, "a limit must make reading cheap, not slow");
    if (!errorCode.isEmpty()) {
        QVERIFY(!analysis);
        QCOMPARE(analysis.error().code, errorCode);
        QVERIFY2(analysis.error().message.contains(QLatin1String("MB")), qPrintable(analysis.error().message));
        return;
    }
    QVERIFY2(analysis, analysis ? "" : qPrintable(analysis.error().message));
    const Bounce &bounce = analysis.value().bounce;
    if (recipients >= 0)
        QCOMPARE(bounce.failures.size(), recipients);
    const QString warnings = bounce.warnings.join(QLatin1Char('\n'));
    if (warningHas.isEmpty())
        QVERIFY2(bounce.warnings.isEmpty() || recipients < 0, qPrintable(warnings));
    else
        QVERIFY2(warnings.contains(warningHas), qPrintable(warnings));
}

void TestHardening::spfLimits_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("messageHas");
    auto terms = [](int n) {
        QStringList t;
        for (int i = 0; i < n; ++i)
            t.append(QStringLiteral("a"));
        return QStringLiteral("v=spf1 ") + t.join(QLatin1Char(' '));
    };
    QTest::newRow("terms at the limit") << terms(SpfRecord::kMaxTerms) << true << QString();
    QTest::newRow("too many terms") << terms(SpfRecord::kMaxTerms + 1) << false << QStringLiteral("terms");
    QTest::newRow("too long") << (QStringLiteral("v=spf1 a:") + QString(SpfRecord::kMaxRecordLength, QLatin1Char('a'))
                                  + QStringLiteral(".example -all"))
                              << false << QStringLiteral("characters long");
}

void TestHardening::spfLimits()
{
    QFETCH(QString, record);
    QFETCH(bool, valid);
    QFETCH(QString, messageHas);
    const SpfRecord r = SpfRecord::parse(record);
    QCOMPARE(r.isValid(), valid);
    if (!valid)
        QVERIFY2(r.error().message.contains(messageHas), qPrintable(r.error().message));
}

void TestHardening::smtpReplyLimits_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("state");
    const QByteArray line = "250 " + QByteArray(SmtpReplyParser::kMaxLineLength - 4, 'x') + "\r\n";
    QTest::newRow("line at the limit") << line << int(SmtpReplyParser::State::Ok);
    QTest::newRow("1 MB line") << ("550 " + QByteArray(1024 * 1024, 'x') + "\r\n") << int(SmtpReplyParser::State::TooLong);
    QTest::newRow("1 MB without a newline") << QByteArray(1024 * 1024, 'x') << int(SmtpReplyParser::State::TooLong);
    QByteArray many;
    for (int i = 0; i < SmtpReplyParser::kMaxLines + 1; ++i)
        many += "250-line " + QByteArray::number(i) + "\r\n";
    QTest::newRow("too many lines") << many << int(SmtpReplyParser::State::TooLong);
}

void TestHardening::smtpReplyLimits()
{
    QFETCH(QByteArray, input);
    QFETCH(int, state);
    SmtpReplyParser parser;
    // Fed in TCP-sized pieces, as the probe receives it.
    for (qsizetype at = 0; at < input.size() && parser.state() == SmtpReplyParser::State::Ok; at += 1400)
        parser.feed(input.mid(at, 1400));
    QCOMPARE(int(parser.state()), state);
    if (state != int(SmtpReplyParser::State::Ok)) {
        // The message names the offending input, shortened to something a person can read.
        QVERIFY(!parser.errorLine().isEmpty());
        QVERIFY2(parser.errorLine().size() < 300, qPrintable(QString::number(parser.errorLine().size())));
    }
}

// --- DNS faults --------------------------------------------------------------------------------

void TestHardening::dnsFaults_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorHas");
    QTest::addColumn<int>("minBytes"); // of the joined records
    QTest::newRow("CNAME loop") << QStringLiteral("loop1.hardening.test") << int(DnsType::TXT) << int(DnsStatus::Error)
                                << QStringLiteral("CNAME") << 0;
    QTest::newRow("CNAME to itself") << QStringLiteral("self.hardening.test") << int(DnsType::A) << int(DnsStatus::Error)
                                     << QStringLiteral("CNAME") << 0;
    QTest::newRow("15 KB TXT over TCP") << QStringLiteral("bigtxt.hardening.test") << int(DnsType::TXT)
                                        << int(DnsStatus::Ok) << QString() << 60 * 255;
}

void TestHardening::dnsFaults()
{
    QFETCH(QString, name);
    QFETCH(int, type);
    QFETCH(int, status);
    QFETCH(QString, errorHas);
    QFETCH(int, minBytes);
    std::unique_ptr<Resolver> resolver = makeResolver();
    QVERIFY(resolver);
    QObject context;
    bool answered = false;
    DnsAnswer answer;
    QElapsedTimer clock;
    clock.start();
    resolver->lookup({name, DnsType(type)}, &context, [&](const DnsAnswer &a) {
        answer = a;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(int(answer.status), status);
    if (!errorHas.isEmpty())
        QVERIFY2(answer.errorText.contains(errorHas), qPrintable(answer.errorText));
    QVERIFY(answer.records.join(QString()).size() >= minBytes);
}

void TestHardening::spfLoopsAndGraphs_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("problemHas");
    QTest::newRow("include loop") << QStringLiteral("incloop1.hardening.test") << int(SpfResultCode::PermError) << QString();
    QTest::newRow("redirect loop") << QStringLiteral("redirloop1.hardening.test") << int(SpfResultCode::PermError) << QString();
    QTest::newRow("include/redirect loop") << QStringLiteral("mixloop.hardening.test") << int(SpfResultCode::PermError) << QString();
    QTest::newRow("1,000-name include graph") << QStringLiteral("graph.hardening.test") << int(SpfResultCode::PermError)
                                              << QStringLiteral("10");
    QTest::newRow("15 KB record") << QStringLiteral("bigspf.hardening.test") << int(SpfResultCode::PermError)
                                  << QStringLiteral("characters long");
}

void TestHardening::spfLoopsAndGraphs()
{
    QFETCH(QString, domain);
    QFETCH(int, code);
    QFETCH(QString, problemHas);
    std::unique_ptr<Resolver> resolver = makeResolver();
    QVERIFY(resolver);
    SpfEvaluator evaluator(resolver.get());
    QSignalSpy done(&evaluator, &SpfEvaluator::finished);
    QElapsedTimer clock;
    clock.start();
    evaluator.checkHost(QStringLiteral("192.0.2.200"), domain, QStringLiteral("postmaster@") + domain,
                        QStringLiteral("mx.example.org"));
    QVERIFY(done.wait(25000));
    const SpfResult result = done.first().first().value<SpfResult>();
    QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(SpfResult::codeId(SpfResultCode(result.code)), SpfResult::codeId(SpfResultCode(code)));
    QVERIFY2(!result.problem.isEmpty(), "a permerror says why");
    if (!problemHas.isEmpty())
        QVERIFY2(result.problem.contains(problemHas), qPrintable(result.problem));
    QVERIFY2(result.dnsQueries <= 40, qPrintable(QString::number(result.dnsQueries)));
}

void TestHardening::spfLintOnLargeGraph()
{
    // The lint walks the whole tree (to count lookups like checkdmarc): 1,000 names with
    // back-edges must still be walked once each, in bounded time.
    std::unique_ptr<Resolver> resolver = makeResolver();
    QVERIFY(resolver);
    SpfLint lint(resolver.get());
    QSignalSpy done(&lint, &SpfLint::finished);
    QElapsedTimer clock;
    clock.start();
    lint.run(QStringLiteral("graph.hardening.test"));
    QVERIFY(done.wait(60000));
    const SpfLintReport report = done.first().first().value<SpfLintReport>();
    QVERIFY2(clock.elapsed() < 45000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(report.lookups > 10, qPrintable(QString::number(report.lookups)));
    QVERIFY2(resolver->queriesSent() <= 2 * 1001 + 10, qPrintable(QString::number(resolver->queriesSent())));
    QVERIFY(!report.warnings.isEmpty());
}

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
