#include "AresResolver.h"
#include "BounceAnalyzer.h"
#include "CachingResolver.h"
#include "ContentAdvisor.h"
#include "FixPlan.h"
#include "GuideSteps.h"
#include "Investigation.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

// End to end: a fixture bounce is read, the live checks run against the test Knot server whose
// zones make each cause true or false, and the verdict and the plan must follow.
class TestGuide : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void stepsLoad();
    void stepsRejectBadKnowledge_data();
    void stepsRejectBadKnowledge();
    void investigate_data();
    void investigate();
    void missingFactsAreAsked();
    void userSuppliedFactRerun();
    void resendNeedsResolvedSteps();
    void recheckShowsBeforeAfter();
    void contentAdvice_data();
    void contentAdvice();

private:
    struct Run
    {
        Analysis analysis;
        InvestigationResult result;
    };
    Run run(const QString &file, const Facts *overrides = nullptr);
    Resolver *m_resolver = nullptr;
};

void TestGuide::initTestCase()
{
    AresResolver::Config config;
    config.servers = {qEnvironmentVariable("BD_TEST_DNS", QStringLiteral("127.0.0.1:15353"))};
    config.timeoutMs = 1000;
    config.tries = 1;
    auto created = AresResolver::create(config, this);
    QVERIFY(created.ok());
    m_resolver = created.value();
}

void TestGuide::stepsLoad()
{
    const GuideSteps &steps = GuideSteps::instance();
    QVERIFY2(steps.loadError().isEmpty(), qPrintable(steps.loadError()));
    QCOMPARE(steps.steps().size(), 7);
    QCOMPARE(steps.steps().last().id, QStringLiteral("resend"));
    for (int c = 0; c <= int(Cause::ServerConfig); ++c)
        QVERIFY(steps.stepForCause(Cause(c)));
}

void TestGuide::stepsRejectBadKnowledge_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mention");
    QFile f(QStringLiteral(BD_SOURCE_DIR "/resources/knowledge/guide-steps.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray good = f.readAll();
    QTest::newRow("broken json") << good.left(100) << "not valid JSON";
    QTest::newRow("unknown cause") << QByteArray(good).replace("\"invalid-recipient\"", "\"typo-recipient\"") << "typo-recipient";
    QTest::newRow("cause without step") << QByteArray(good).replace("\"causes\": [\"spam-content\"]", "\"causes\": []")
                                        << "spam-content";
    QTest::newRow("numbering") << QByteArray(good).replace("\"number\": 3", "\"number\": 9") << "numbered";
}

void TestGuide::stepsRejectBadKnowledge()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mention);
    const auto r = GuideSteps::fromJson(json, QStringLiteral("guide-steps.json"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(mention), qPrintable(r.error().message));
}

TestGuide::Run TestGuide::run(const QString &file, const Facts *overrides)
{
    Run out;
    QFile f(QStringLiteral(BD_TEST_DATA "/guide/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    auto analysis = BounceAnalyzer().analyze(f.readAll());
    if (!analysis.ok())
        return out;
    out.analysis = analysis.value();
    Diagnosis d = out.analysis.diagnosis;
    if (overrides)
        d.facts = *overrides;
    CachingResolver cache(m_resolver);
    Investigation inv(&cache);
    QSignalSpy done(&inv, &Investigation::finished);
    inv.start(out.analysis.bounce, d);
    if (inv.isRunning())
        done.wait(20000);
    out.result = inv.result();
    return out;
}

void TestGuide::investigate_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("cause");      // what the bounce says
    QTest::addColumn<QString>("verdict");    // what the live checks make of it
    QTest::addColumn<QString>("firstStep");  // the plan's first step
    QTest::addColumn<QString>("fix");        // a fix id the plan must offer ("" = none required)
    QTest::addColumn<QString>("check");      // a check that must have run, with its worst status
    QTest::addColumn<QString>("checkStatus");

    QTest::newRow("user unknown, domain fine") << "user-unknown.eml" << "invalid-recipient" << "unconfirmed"
                                               << "recipient-address" << "" << "recipient-mx" << "pass";
    QTest::newRow("null MX confirmed") << "domain-null-mx.eml" << "invalid-recipient" << "confirmed"
                                       << "recipient-address" << "" << "recipient-mx" << "fail";
    QTest::newRow("domain gone confirmed") << "domain-gone.eml" << "invalid-recipient" << "confirmed"
                                           << "recipient-address" << "" << "recipient-mx" << "fail";
    QTest::newRow("listed IP confirmed") << "blocklisted-listed.eml" << "sender-blocklisted" << "confirmed"
                                         << "blocklists" << "delist:zen.spamhaus.org" << "blocklist-ip" << "fail";
    QTest::newRow("clean IP refuted") << "blocklisted-clean.eml" << "sender-blocklisted" << "refuted"
                                      << "blocklists" << "" << "blocklist-ip" << "couldnt-check";
    // (Zones the test server does not serve answer REFUSED: couldn't check, never "listed".)
    QTest::newRow("SPF fail confirmed") << "spf-fail.eml" << "authentication" << "confirmed"
                                        << "authentication" << "spf-record" << "spf" << "fail";
    QTest::newRow("DMARC aligned now refuted") << "dmarc-aligned.eml" << "authentication" << "refuted"
                                               << "authentication" << "" << "alignment" << "pass";
    QTest::newRow("no PTR confirmed") << "rdns-missing.eml" << "server-config" << "confirmed"
                                      << "smtp-settings" << "rdns-request" << "sender-rdns" << "fail";
}

void TestGuide::investigate()
{
    QFETCH(QString, file);
    QFETCH(QString, cause);
    QFETCH(QString, verdict);
    QFETCH(QString, firstStep);
    QFETCH(QString, fix);
    QFETCH(QString, check);
    QFETCH(QString, checkStatus);

    const Run r = run(file);
    QCOMPARE(causeId(r.analysis.diagnosis.cause), cause);
    QVERIFY2(r.result.checks.contains(check), qPrintable(r.result.checkOrder.join(QLatin1Char(','))));
    QCOMPARE(CheckResult::statusId(r.result.worstStatus(check)), checkStatus);
    const CauseAssessment *a = r.result.assessment(*causeFromId(cause));
    QVERIFY(a);
    QVERIFY2(CauseAssessment::verdictId(a->verdict) == verdict,
             qPrintable(CauseAssessment::verdictId(a->verdict) + QStringLiteral(": ") + a->why.join(QStringLiteral(" | "))));
    QVERIFY(!a->why.isEmpty());
    if (verdict == QLatin1String("confirmed"))
        QVERIFY(a->after > a->before);
    if (verdict == QLatin1String("refuted"))
        QVERIFY(a->after < a->before);

    const FixPlan plan = FixPlan::build(r.analysis.bounce, r.analysis.diagnosis, r.result);
    QCOMPARE(plan.steps().size(), 7);
    QVERIFY(!plan.path().isEmpty());
    QCOMPARE(plan.path().constFirst()->id, firstStep);
    QCOMPARE(plan.path().constLast()->id, QStringLiteral("resend"));
    if (!fix.isEmpty()) {
        QStringList ids;
        for (const FixStep &s : plan.steps())
            for (const FixText &t : s.fixes)
                ids.append(t.id);
        QVERIFY2(ids.contains(fix), qPrintable(ids.join(QLatin1Char(','))));
    }
    // The investigation runs its checks in parallel: a few round trips, not their sum.
    QVERIFY2(r.result.elapsedMs < 5000, qPrintable(QString::number(r.result.elapsedMs)));
}

void TestGuide::missingFactsAreAsked()
{
    const Run r = run(QStringLiteral("reply-spf-no-facts.txt"));
    QCOMPARE(r.analysis.diagnosis.cause, Cause::Authentication);
    QStringList facts;
    for (const MissingFact &m : r.result.missing) {
        facts.append(m.fact);
        QVERIFY(!m.prompt.isEmpty());
        QVERIFY(!m.for_.isEmpty());
    }
    QVERIFY2(facts.contains(QStringLiteral("sendingIp")), qPrintable(facts.join(QLatin1Char(','))));
    QVERIFY(!r.result.checks.contains(QStringLiteral("spf"))); // never guessed
}

void TestGuide::userSuppliedFactRerun()
{
    // The user supplies what the reply line lacked; SPF then runs and fails for that IP.
    Facts f;
    f.sendingIp = QStringLiteral("203.0.113.9");
    f.senderDomain = QStringLiteral("sender.guide.test");
    f.senderAddress = QStringLiteral("alice@sender.guide.test");
    f.fromDomain = QStringLiteral("sender.guide.test");
    const Run r = run(QStringLiteral("reply-spf-no-facts.txt"), &f);
    QVERIFY(r.result.checks.contains(QStringLiteral("spf")));
    QCOMPARE(r.result.worstStatus(QStringLiteral("spf")), CheckStatus::Fail);
    QCOMPARE(r.result.assessment(Cause::Authentication)->verdict, CauseAssessment::Verdict::Confirmed);
}

void TestGuide::resendNeedsResolvedSteps()
{
    const Run r = run(QStringLiteral("spf-fail.eml"));
    FixPlan plan = FixPlan::build(r.analysis.bounce, r.analysis.diagnosis, r.result);
    QVERIFY(!plan.canResend());
    QVERIFY(plan.blockingSteps().contains(QStringLiteral("authentication")));
    for (const QString &id : plan.blockingSteps())
        id == QLatin1String("authentication") ? plan.markResolved(id) : plan.skip(id);
    QVERIFY(plan.canResend());
    QVERIFY(plan.toJson().value(QLatin1String("canResend")).toBool());
}

void TestGuide::recheckShowsBeforeAfter()
{
    const Run first = run(QStringLiteral("spf-fail.eml"));
    FixPlan plan = FixPlan::build(first.analysis.bounce, first.analysis.diagnosis, first.result);
    // "After the fix": the user now sends from the authorised IP.
    Facts fixed = first.analysis.diagnosis.facts;
    fixed.sendingIp = QStringLiteral("192.0.2.25");
    const Run second = run(QStringLiteral("spf-fail.eml"), &fixed);
    plan.setRecheck(second.result);
    const QString changes = plan.recheckChanges().join(QLatin1Char('\n'));
    QVERIFY2(changes.contains(QStringLiteral("→")), qPrintable(changes));
    QCOMPARE(plan.step(QStringLiteral("authentication"))->state == FixStep::State::NeedsAction,
             second.result.worstStatus(QStringLiteral("spf")) == CheckStatus::Fail);
}

void TestGuide::contentAdvice_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QStringList>("attachments");
    QTest::addColumn<int>("links");
    QTest::addColumn<QString>("status");
    QTest::newRow("clean") << QStringList{QStringLiteral("example.com")} << QStringList() << 2 << "pass";
    QTest::newRow("shortener") << QStringList{QStringLiteral("bit.ly")} << QStringList() << 1 << "warn";
    QTest::newRow("exe") << QStringList() << QStringList{QStringLiteral("invoice.exe")} << 0 << "warn";
    QTest::newRow("macro doc") << QStringList() << QStringList{QStringLiteral("report.docm")} << 0 << "warn";
    QTest::newRow("many links") << QStringList{QStringLiteral("example.com")} << QStringList() << 40 << "warn";
}

void TestGuide::contentAdvice()
{
    QFETCH(QStringList, hosts);
    QFETCH(QStringList, attachments);
    QFETCH(int, links);
    QFETCH(QString, status);
    Bounce b;
    b.original.present = true;
    b.original.bodyBytes = 2048;
    b.original.linkHosts = hosts;
    b.original.linkCount = links;
    b.original.attachmentTypes = attachments;
    QCOMPARE(CheckResult::statusId(ContentAdvisor::assess(b).status), status);
    Bounce none;
    QCOMPARE(ContentAdvisor::assess(none).status, CheckStatus::CouldNotCheck);
}

QTEST_GUILESS_MAIN(TestGuide)
#include "tst_guide.moc"
