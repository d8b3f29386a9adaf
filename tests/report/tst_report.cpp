#include "AresResolver.h"
#include "BounceAnalyzer.h"
#include "CachingResolver.h"
#include "CaseReport.h"
#include "FixPlan.h"
#include "Investigation.h"
#include "ReportContent.h"
#include "ReportHtml.h"
#include "ReportMarkdown.h"
#include "ReportRedactor.h"
#include "ReportWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Reports of real cases: fixture bounces are read, investigated against the test Knot server
// and planned; the report in every format must carry the whole case, escaped, and never a password.
class TestReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void formatFromPath_data();
    void formatFromPath();
    void content_data();
    void content();
    void recordsWhole_data();
    void recordsWhole();
    void htmlEscapesMarkup_data();
    void htmlEscapesMarkup();
    void htmlSelfContained();
    void markdownEscaping_data();
    void markdownEscaping();
    void pdfHasPagesAndText_data();
    void pdfHasPagesAndText();
    void jsonSchema_data();
    void jsonSchema();
    void smtpTranscriptIncluded();
    void passwordNeverPresent_data();
    void passwordNeverPresent();
    void stateNotByColourAlone();
    void badPath_data();
    void badPath();
    void writeEachFormat_data();
    void writeEachFormat();

private:
    CaseReport caseFor(const QString &file);
    static CaseReport hostileCase();
    static SmtpResult smtpWithAuth(const QString &user, const QString &password, bool login);
    static QString pdfText(const QByteArray &pdf, int *pages);
    Resolver *m_resolver = nullptr;
    QHash<QString, CaseReport> m_cases;
};

namespace {
const QStringList kFixtures{QStringLiteral("spf-fail.eml"), QStringLiteral("blocklisted-listed.eml"),
                            QStringLiteral("rdns-missing.eml"), QStringLiteral("user-unknown.eml"),
                            QStringLiteral("domain-null-mx.eml"), QStringLiteral("reply-spf-no-facts.txt")};

// A DKIM-sized record with no spaces: it must wrap, never be cut.
QString longRecord()
{
    QString key;
    for (int i = 0; key.size() < 420; ++i)
        key += QStringLiteral("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA%1").arg(i, 3, 10, QLatin1Char('0'));
    return QStringLiteral("v=DKIM1; k=rsa; p=") + key + QStringLiteral("IDAQAB-END");
}

QString collapse(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}
}

void TestReport::initTestCase()
{
    AresResolver::Config config;
    config.servers = {qEnvironmentVariable("BD_TEST_DNS", QStringLiteral("127.0.0.1:15353"))};
    config.timeoutMs = 1000;
    config.tries = 1;
    auto created = AresResolver::create(config, this);
    QVERIFY(created.ok());
    m_resolver = created.value();
    for (const QString &f : kFixtures) {
        m_cases.insert(f, caseFor(f));
        QVERIFY2(m_cases.value(f).investigation, qPrintable(f));
    }
}

CaseReport TestReport::caseFor(const QString &file)
{
    CaseReport r;
    QFile f(QStringLiteral(BD_TEST_DATA "/guide/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return r;
    auto analysis = BounceAnalyzer().analyze(f.readAll());
    if (!analysis.ok())
        return r;
    r.appVersion = QStringLiteral("9.8.7");
    r.created = QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
    r.source = file;
    r.analysis = analysis.value();
    CachingResolver cache(m_resolver);
    Investigation inv(&cache);
    QObject::connect(&inv, &Investigation::checkStarted, &inv,
                     [&r](const QString &id, const QString &title) { r.checkTitles.insert(id, title); });
    QSignalSpy done(&inv, &Investigation::finished);
    inv.start(r.analysis.bounce, r.analysis.diagnosis);
    if (inv.isRunning())
        done.wait(20000);
    r.investigation = inv.result();
    FixPlan plan = FixPlan::build(r.analysis.bounce, r.analysis.diagnosis, inv.result());
    // Some state the user gave: the first checklist item of the first step on the path is done.
    if (!plan.path().isEmpty() && !plan.path().constFirst()->checklist.isEmpty())
        plan.setChecklistItem(plan.path().constFirst()->id, plan.path().constFirst()->checklist.constFirst().id, true);
    r.plan = plan;
    return r;
}

// A case whose every text field carries markup an attacker could put in a bounce.
CaseReport TestReport::hostileCase()
{
    CaseReport r;
    r.appVersion = QStringLiteral("1.0");
    r.created = QDateTime::currentDateTimeUtc();
    r.analysis.diagnosis.cause = Cause::Authentication;
    r.analysis.diagnosis.reason = QStringLiteral("spf-fail");
    r.analysis.diagnosis.status = QStringLiteral("5.7.1");
    r.analysis.diagnosis.replyCode = QStringLiteral("550");
    DeliveryFailure fail;
    fail.recipient = QStringLiteral("<script>alert('rcpt')</script>@example.com");
    fail.status = QStringLiteral("5.7.1");
    fail.diagnostic = QStringLiteral("550 5.7.1 <script>alert(\"diag\")</script> & <img src=x onerror=alert(1)>");
    r.analysis.bounce.failures.append(fail);
    r.analysis.bounce.subject = QStringLiteral("Undelivered: <iframe src=\"https://evil.example/\"></iframe>");
    r.analysis.diagnosis.evidence.append({QStringLiteral("text"), QStringLiteral("<b onmouseover=alert(2)>spf</b>"),
                                          QStringLiteral("rule<1>"), 1.0});
    InvestigationResult inv;
    CheckResult c;
    c.id = QStringLiteral("spf");
    c.title = QStringLiteral("SPF <svg onload=alert(3)>");
    c.status = CheckStatus::Fail;
    c.summary = QStringLiteral("Record says <script>evil()</script>");
    c.details = {QStringLiteral("detail <style>body{display:none}</style>")};
    c.evidence = {QStringLiteral("v=spf1 include:<script>x</script> -all"), longRecord()};
    c.fix = QStringLiteral("Fix </pre><script>y</script>");
    c.suggestedRecord = QStringLiteral("v=spf1 ip4:192.0.2.1 <link rel=stylesheet href=//evil> -all");
    inv.checks.insert(c.id, {c});
    inv.checkOrder = {c.id};
    inv.headline = Cause::Authentication;
    r.investigation = inv;
    r.checkTitles.insert(c.id, QStringLiteral("SPF <marquee>"));
    return r;
}

SmtpResult TestReport::smtpWithAuth(const QString &user, const QString &password, bool login)
{
    SmtpResult s;
    s.host = QStringLiteral("smtp.example.test");
    s.port = 587;
    s.security = SmtpSecurity::StartTls;
    s.address = QStringLiteral("192.0.2.25");
    s.stage = SmtpStage::Auth;
    s.failure = SmtpFailure::ServerReply;
    s.authMechUsed = login ? QStringLiteral("LOGIN") : QStringLiteral("PLAIN");
    s.verdict.id = QStringLiteral("auth-failed");
    s.verdict.severity = CheckStatus::Fail;
    s.verdict.title = QStringLiteral("The server refused the user name or password");
    s.verdict.message = QStringLiteral("535 5.7.8 Authentication credentials invalid");
    s.verdict.nextStep = QStringLiteral("Check the password; some providers need an app password.");
    using D = SmtpTranscriptLine::Direction;
    // Deliberately NOT registered with addSecret(): a leak the probe missed must still not reach a report.
    SmtpTranscript &t = s.transcript;
    t.add(D::Info, 0, false, QStringLiteral("Connected to 192.0.2.25:587"));
    t.add(D::Server, 10, false, QStringLiteral("220 smtp.example.test ESMTP"));
    t.add(D::Client, 11, false, QStringLiteral("EHLO probe.example"));
    t.add(D::Server, 12, false, QStringLiteral("250-smtp.example.test"));
    t.add(D::Server, 12, false, QStringLiteral("250 AUTH PLAIN LOGIN"));
    const QByteArray u = user.toUtf8(), p = password.toUtf8();
    if (login) {
        t.add(D::Client, 20, true, QStringLiteral("AUTH LOGIN"));
        t.add(D::Server, 21, true, QStringLiteral("334 VXNlcm5hbWU6"));
        t.add(D::Client, 22, true, QString::fromLatin1(u.toBase64()));
        t.add(D::Server, 23, true, QStringLiteral("334 UGFzc3dvcmQ6"));
        t.add(D::Client, 24, true, QString::fromLatin1(p.toBase64()));
    } else {
        t.add(D::Client, 20, true, QStringLiteral("AUTH PLAIN ") + QString::fromLatin1(('\0' + u + '\0' + p).toBase64()));
    }
    t.add(D::Server, 30, true, QStringLiteral("535 5.7.8 Authentication credentials invalid"));
    t.add(D::Client, 31, true, QStringLiteral("QUIT"));
    return s;
}

QString TestReport::pdfText(const QByteArray &pdf, int *pages)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.pdf"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(pdf);
    f.close();
    auto run = [](const QString &program, const QStringList &args) {
        QProcess p;
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(program, args);
        if (!finished.wait(30000))
            return QString();
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    *pages = m.hasMatch() ? m.captured(1).toInt() : 0;
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
}

void TestReport::formatFromPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("format"); // "" = not a report format
    QTest::newRow("html") << "/tmp/case.html" << "html";
    QTest::newRow("htm upper") << "CASE.HTM" << "html";
    QTest::newRow("md") << "notes/case.md" << "markdown";
    QTest::newRow("pdf") << "case.pdf" << "pdf";
    QTest::newRow("json") << "case.json" << "json";
    QTest::newRow("txt") << "case.txt" << "";
    QTest::newRow("none") << "case" << "";
    QTest::newRow("dot dir") << "/tmp/x.pdf/case" << "";
}

void TestReport::formatFromPath()
{
    QFETCH(QString, path);
    QFETCH(QString, format);
    const auto f = Report::formatFromPath(path);
    QCOMPARE(f ? Report::formatId(*f) : QString(), format);
}

void TestReport::content_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    for (const QString &f : kFixtures)
        for (const char *fmt : {"html", "markdown"})
            QTest::addRow("%s %s", qPrintable(f), fmt) << f << QString::fromLatin1(fmt);
}

void TestReport::content()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    const CaseReport r = m_cases.value(file);
    const bool html = format == QLatin1String("html");
    const QString out = html ? ReportWriter::html(r) : ReportWriter::markdown(r);
    // Line breaks inside a text are rendered as <br/> (HTML) or a hard break (Markdown).
    const auto text = [&](const QString &s) {
        return html ? ReportHtml::escape(s).replace(QLatin1Char('\n'), QLatin1String("<br/>"))
                    : ReportMarkdown::escape(s).replace(QLatin1Char('\n'), QLatin1String("  \n  "));
    };
    auto has = [&](const QString &s, const char *what) {
        if (!s.isEmpty() && !out.contains(text(s)))
            QFAIL(qPrintable(QStringLiteral("%1 missing: %2").arg(QLatin1String(what), s)));
    };

    has(causeTitle(r.headline()), "cause");
    has(causeExplanation(r.headline()), "cause explanation");
    has(r.analysis.diagnosis.reason, "reason id");
    has(r.analysis.diagnosis.status, "status");
    for (const DeliveryFailure &f : r.analysis.bounce.failures)
        has(f.recipient, "recipient");
    for (const Evidence &e : r.analysis.diagnosis.evidence)
        has(e.text, "evidence span");
    // A check ran, or the report says which facts it waits for.
    QVERIFY(!r.investigation->checkOrder.isEmpty() || !r.investigation->missing.isEmpty());
    for (const QString &id : r.investigation->checkOrder) {
        has(r.checkTitle(id), "check group");
        for (const CheckResult &c : r.investigation->checks.value(id)) {
            has(c.title, "check title");
            has(CheckResult::statusText(c.status), "check status");
            has(c.summary, "check summary");
            for (const QString &d : c.details)
                has(d, "check detail");
            has(c.fix, "check fix");
        }
    }
    for (const MissingFact &m : r.investigation->missing)
        has(m.prompt, "missing fact prompt");
    for (const CauseAssessment &a : r.investigation->causes)
        has(a.verdictText(), "verdict");
    for (const FixStep *s : r.plan->path()) {
        has(s->title, "step title");
        has(FixStep::stateText(s->state), "step state");
        for (const FixChecklistItem &i : s->checklist)
            has(i.text, "checklist item");
        for (const FixText &f : s->fixes) {
            has(f.title, "fix title");
            has(f.text, "fix text");
        }
    }
    // Done and not-done checklist items are both spelled out.
    QVERIFY(out.contains(text(QStringLiteral("☑"))));
    QVERIFY(out.contains(text(QStringLiteral("☐"))));
}

void TestReport::recordsWhole_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &f : kFixtures)
        QTest::newRow(qPrintable(f)) << f;
    QTest::newRow("long record") << QString();
}

void TestReport::recordsWhole()
{
    QFETCH(QString, file);
    const CaseReport r = file.isEmpty() ? hostileCase() : m_cases.value(file);
    const QString html = ReportWriter::html(r);
    const QString md = ReportWriter::markdown(r);
    int records = 0;
    auto whole = [&](const QString &record) {
        if (record.isEmpty())
            return;
        ++records;
        QVERIFY2(html.contains(ReportHtml::escape(record)), qPrintable(record));
        QVERIFY2(md.contains(record), qPrintable(record)); // verbatim inside a code fence
    };
    for (const CheckResults &results : r.investigation->checks)
        for (const CheckResult &c : results) {
            for (const QString &e : c.evidence)
                whole(e);
            whole(c.suggestedRecord);
        }
    if (r.plan)
        for (const FixStep *s : r.plan->path()) // steps off the path are listed, not detailed
            for (const FixText &f : s->fixes)
                whole(f.copyable);
    if (!r.investigation->checkOrder.isEmpty())
        QVERIFY2(records > 0, "the case has records to show");
}

void TestReport::htmlEscapesMarkup_data()
{
    QTest::addColumn<QString>("raw");
    QTest::newRow("script") << "<script";
    QTest::newRow("img") << "<img";
    QTest::newRow("iframe") << "<iframe";
    QTest::newRow("svg") << "<svg";
    QTest::newRow("bold handler") << "<b onmouseover";
    QTest::newRow("closing pre") << "</pre><script>";
    QTest::newRow("link") << "<link";
    QTest::newRow("marquee") << "<marquee";
    QTest::newRow("inline style element") << "<style>body";
}

void TestReport::htmlEscapesMarkup()
{
    QFETCH(QString, raw);
    const QString html = ReportWriter::html(hostileCase());
    QVERIFY2(!html.contains(raw, Qt::CaseInsensitive), qPrintable(raw));
    QVERIFY2(html.contains(ReportHtml::escape(raw)), qPrintable(ReportHtml::escape(raw))); // shown, not dropped
}

void TestReport::htmlSelfContained()
{
    for (const CaseReport &r : std::as_const(m_cases)) {
        const QString html = ReportWriter::html(r);
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QLatin1String("<style>")));
        static const QRegularExpression external(QStringLiteral(R"((<script|<link|<img|\bsrc=|\bhref=|@import|url\())"),
                                                 QRegularExpression::CaseInsensitiveOption);
        const auto m = external.match(html);
        QVERIFY2(!m.hasMatch(), qPrintable(m.captured(0)));
    }
}

void TestReport::markdownEscaping_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("html") << "<script>x</script>" << "\\<script\\>x\\</script\\>";
    QTest::newRow("heading") << "# not a heading" << "\\# not a heading";
    QTest::newRow("ordered") << "12. not a list" << "12\\. not a list";
    QTest::newRow("bullet") << "  - no" << "  \\- no";
    QTest::newRow("inline") << "a*b_c`d|e" << "a\\*b\\_c\\`d\\|e";
    QTest::newRow("link") << "[x](http://e)" << "\\[x\\](http://e)";
    QTest::newRow("entity") << "&lt;" << "\\&lt;";
    QTest::newRow("plain") << "5.7.1 plain text" << "5.7.1 plain text";
    QTest::newRow("setext underline") << "===" << "\\===";
    QTest::newRow("dash in text") << "-5 dBm" << "-5 dBm";
}

void TestReport::markdownEscaping()
{
    QFETCH(QString, input);
    QFETCH(QString, escaped);
    QCOMPARE(ReportMarkdown::escape(input), escaped);
    QCOMPARE(ReportMarkdown::fence(QStringLiteral("a ``` b")), QStringLiteral("````"));
    QCOMPARE(ReportMarkdown::fence(QStringLiteral("plain")), QStringLiteral("```"));
    // Outside code fences no raw '<' survives in a hostile case's Markdown.
    const QString md = ReportWriter::markdown(hostileCase());
    bool inFence = false;
    QString fenceMark;
    for (const QString &line : md.split(QLatin1Char('\n'))) {
        if (!inFence && line.startsWith(QLatin1String("```"))) {
            inFence = true;
            fenceMark = line.section(QLatin1Char('t'), 0, 0);
            continue;
        }
        if (inFence) {
            if (line == fenceMark)
                inFence = false;
            continue;
        }
        QVERIFY2(!QRegularExpression(QStringLiteral(R"((^|[^\\])<[a-zA-Z/])")).match(line).hasMatch(), qPrintable(line));
    }
    QVERIFY(!inFence);
}

void TestReport::pdfHasPagesAndText_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("spf") << "spf-fail.eml";
    QTest::newRow("blocklist") << "blocklisted-listed.eml";
    QTest::newRow("hostile + long record") << QString();
}

void TestReport::pdfHasPagesAndText()
{
    QFETCH(QString, file);
    CaseReport r = file.isEmpty() ? hostileCase() : m_cases.value(file);
    r.smtp = smtpWithAuth(QStringLiteral("alice"), QStringLiteral("Tr0ub4dor&3-pdf"), false);
    const auto pdf = ReportWriter::render(r, ReportFormat::Pdf);
    QVERIFY2(pdf.ok(), qPrintable(pdf ? QString() : pdf.error().message));
    QVERIFY(pdf.value().startsWith("%PDF-"));
    int pages = 0;
    const QString text = pdfText(pdf.value(), &pages);
    QVERIFY2(pages > 0, "pdfinfo reads the pages");
    QVERIFY(text.contains(causeTitle(r.headline())));
    QVERIFY(text.contains(QStringLiteral("1 / %1").arg(pages)) || text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    // Every record whole: wrapped over lines, but every character there.
    const QString flat = collapse(text);
    for (const CheckResults &results : r.investigation->checks)
        for (const CheckResult &c : results)
            for (const QString &e : c.evidence)
                QVERIFY2(flat.contains(collapse(e)), qPrintable(e));
    QVERIFY(flat.contains(collapse(QStringLiteral("AUTH PLAIN <redacted>"))));
    QVERIFY(!text.contains(QLatin1String("Tr0ub4dor")));
}

void TestReport::jsonSchema_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &f : kFixtures)
        QTest::newRow(qPrintable(f)) << f;
}

void TestReport::jsonSchema()
{
    QFETCH(QString, file);
    CaseReport r = m_cases.value(file);
    r.smtp = smtpWithAuth(QStringLiteral("bob"), QStringLiteral("json-secret-pw"), true);
    const auto bytes = ReportWriter::render(r, ReportFormat::Json);
    QVERIFY(bytes.ok());
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.value(), &err);
    QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(err.errorString()));
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(QLatin1String("schema")).toString(), QStringLiteral("bounce-doctor-report/1"));
    QCOMPARE(o.value(QLatin1String("generator")).toObject().value(QLatin1String("version")).toString(), QStringLiteral("9.8.7"));
    QCOMPARE(o.value(QLatin1String("created")).toString(), QStringLiteral("2026-11-29T09:00:00Z"));
    QCOMPARE(o.value(QLatin1String("cause")).toString(), causeId(r.headline()));
    QCOMPARE(o.value(QLatin1String("analysis")).toObject().value(QLatin1String("cause")).toString(),
             causeId(r.analysis.diagnosis.cause));
    const QJsonObject checks = o.value(QLatin1String("investigation")).toObject().value(QLatin1String("checks")).toObject();
    QCOMPARE(checks.keys().size(), r.investigation->checks.size());
    for (const QString &id : r.investigation->checkOrder) {
        QVERIFY2(checks.contains(id), qPrintable(id));
        QCOMPARE(o.value(QLatin1String("checkTitles")).toObject().value(id).toString(), r.checkTitle(id));
    }
    QCOMPARE(o.value(QLatin1String("plan")).toObject().value(QLatin1String("steps")).toArray().size(), 7);
    QVERIFY(o.value(QLatin1String("facts")).isObject());
    QVERIFY(o.value(QLatin1String("editedFacts")).isArray());
    const QJsonArray transcript = o.value(QLatin1String("smtp")).toObject().value(QLatin1String("transcript")).toArray();
    QVERIFY(transcript.size() >= 8);
    QVERIFY(!bytes.value().contains("json-secret-pw"));
    QVERIFY(!bytes.value().contains(QByteArray("json-secret-pw").toBase64()));
}

void TestReport::smtpTranscriptIncluded()
{
    CaseReport r = m_cases.value(QStringLiteral("spf-fail.eml"));
    r.smtp = smtpWithAuth(QStringLiteral("carol"), QStringLiteral("s3cret-transcript"), false);
    const QString html = ReportWriter::html(r);
    const QString md = ReportWriter::markdown(r);
    for (const SmtpTranscriptLine &l : r.smtp->transcript.lines()) {
        if (l.text.startsWith(QLatin1String("AUTH PLAIN ")))
            continue; // its payload is replaced (passwordNeverPresent)
        QVERIFY2(html.contains(ReportHtml::escape(l.toText())), qPrintable(l.toText()));
        QVERIFY2(md.contains(l.toText()), qPrintable(l.toText()));
    }
    QVERIFY(html.contains(ReportHtml::escape(r.smtp->verdict.title)));
    QVERIFY(html.contains(QStringLiteral("smtp.example.test:587")));
}

void TestReport::passwordNeverPresent_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("login");      // AUTH LOGIN (334 challenges) or AUTH PLAIN
    QTest::addColumn<bool>("tellSecret"); // the caller passes the password in CaseReport::secrets
    QTest::addColumn<QString>("leakIn");  // where else the password shows: "" or "error" or "check"
    for (const char *fmt : {"html", "markdown", "json", "pdf"}) {
        QTest::addRow("%s plain", fmt) << QString::fromLatin1(fmt) << false << false << QString();
        QTest::addRow("%s login", fmt) << QString::fromLatin1(fmt) << true << false << QString();
        QTest::addRow("%s plain told", fmt) << QString::fromLatin1(fmt) << false << true << QString();
        QTest::addRow("%s error text told", fmt) << QString::fromLatin1(fmt) << true << true << QStringLiteral("error");
        QTest::addRow("%s check evidence told", fmt) << QString::fromLatin1(fmt) << false << true << QStringLiteral("check");
    }
}

void TestReport::passwordNeverPresent()
{
    QFETCH(QString, format);
    QFETCH(bool, login);
    QFETCH(bool, tellSecret);
    QFETCH(QString, leakIn);
    const QString user = QStringLiteral("dave@example.test");
    const QString password = QStringLiteral("Correct-Horse-9");
    CaseReport r = m_cases.value(QStringLiteral("rdns-missing.eml"));
    r.smtp = smtpWithAuth(user, password, login);
    if (leakIn == QLatin1String("error"))
        r.smtp->errorText = QStringLiteral("server said: bad password %1").arg(password);
    if (leakIn == QLatin1String("check")) {
        CheckResult c = r.smtp->toCheckResult();
        c.evidence.append(QStringLiteral("password=") + password);
        r.investigation->checks.insert(c.id, {c});
        r.investigation->checkOrder.append(c.id);
    }
    if (tellSecret)
        r.secrets = {password};
    const ReportFormat fmt = format == QLatin1String("html") ? ReportFormat::Html
                             : format == QLatin1String("markdown") ? ReportFormat::Markdown
                             : format == QLatin1String("json") ? ReportFormat::Json
                                                               : ReportFormat::Pdf;
    const auto bytes = ReportWriter::render(r, fmt);
    QVERIFY(bytes.ok());
    QString out = QString::fromUtf8(bytes.value());
    if (fmt == ReportFormat::Pdf) {
        int pages = 0;
        out = pdfText(bytes.value(), &pages);
        QVERIFY(pages > 0);
        out = collapse(out);
    }
    const QByteArray p = password.toUtf8(), u = user.toUtf8();
    const QStringList forbidden{password, QString::fromLatin1(p.toBase64()),
                                QString::fromLatin1(('\0' + u + '\0' + p).toBase64()),
                                QString::fromLatin1(('\0' + u + '\0' + p).toBase64()).left(24)};
    for (const QString &f : forbidden)
        QVERIFY2(!out.contains(f), qPrintable(f));
    QVERIFY(out.contains(QLatin1String("redacted")));
}

void TestReport::stateNotByColourAlone()
{
    const QString html = ReportWriter::html(m_cases.value(QStringLiteral("spf-fail.eml")));
    // Every element with a state class also says the state in words.
    static const QRegularExpression toned(QStringLiteral(R"re(<(h[2-6]|p) class="(pass|fail|warn|couldnt-check|info)">([^<]*)<)re"));
    int seen = 0;
    for (auto it = toned.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const QString text = m.captured(3);
        ++seen;
        const bool worded = text.contains(QStringLiteral("✔")) || text.contains(QStringLiteral("✖"))
                            || text.contains(QStringLiteral("⚠")) || text.contains(QStringLiteral("?"))
                            || text.contains(QStringLiteral("ℹ")) || text.startsWith(QLatin1String("Cause:"))
                            || text.contains(QStringLiteral("Parts of the bounce"));
        QVERIFY2(worded, qPrintable(text));
    }
    QVERIFY(seen > 3);
}

void TestReport::badPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mention");
    QTest::newRow("txt") << "case.txt" << "report-format" << ".html";
    QTest::newRow("no extension") << "case" << "report-format" << ".pdf";
    QTest::newRow("missing dir") << "/nonexistent-dir-bd/sub/case.html" << "report-write" << "/nonexistent-dir-bd/sub/case.html";
    QTest::newRow("a directory") << "/tmp/.bd-report-dir.json" << "report-write" << ".bd-report-dir.json";
}

void TestReport::badPath()
{
    QFETCH(QString, path);
    QFETCH(QString, code);
    QFETCH(QString, mention);
    if (path.endsWith(QLatin1String("-dir.json")))
        QDir().mkpath(path);
    const auto r = ReportWriter::write(m_cases.value(QStringLiteral("spf-fail.eml")), path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QVERIFY2(r.error().message.contains(mention), qPrintable(r.error().message));
    if (path.endsWith(QLatin1String("-dir.json")))
        QDir(path).removeRecursively();
}

void TestReport::writeEachFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("html") << "case.html" << QByteArray("<!DOCTYPE html>");
    QTest::newRow("htm") << "case.htm" << QByteArray("<!DOCTYPE html>");
    QTest::newRow("md") << "case.md" << QByteArray("# ");
    QTest::newRow("pdf") << "case.pdf" << QByteArray("%PDF-");
    QTest::newRow("json") << "case.json" << QByteArray("{");
}

void TestReport::writeEachFormat()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, start);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    const auto r = ReportWriter::write(m_cases.value(QStringLiteral("blocklisted-listed.eml")), path);
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith(start));
    QVERIFY(bytes.size() > 1000);
    if (qEnvironmentVariableIsSet("BD_REPORT_KEEP")) // for looking at the output by hand
        QFile::copy(path, qEnvironmentVariable("BD_REPORT_KEEP") + QLatin1Char('/') + name);
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
