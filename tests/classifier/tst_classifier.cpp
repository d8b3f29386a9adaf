#include "Classifier.h"
#include "ClassifierCases.h"
#include "ReasonStrings.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {
Bounce oneFailure(const ClassifierCase &c)
{
    Bounce b;
    DeliveryFailure f;
    f.recipient = QStringLiteral("someone@example.org");
    f.status = QString::fromUtf8(c.status);
    f.replyCode = QString::fromUtf8(c.reply);
    f.action = QString::fromUtf8(c.action);
    f.diagnostic = QString::fromUtf8(c.diagnostic);
    b.failures.append(f);
    return b;
}

// Evidence must point at something the window can highlight or a field the bounce carries.
bool evidenceIsGrounded(const Bounce &b, const DeliveryFailure &f, const Evidence &e)
{
    if (e.text.isEmpty())
        return false;
    if (e.kind == QLatin1String("text"))
        return f.diagnostic.contains(e.text) || b.text.contains(e.text) || b.subject.contains(e.text);
    if (e.kind == QLatin1String("status") || e.kind == QLatin1String("vendor-code"))
        return e.text == f.status || f.diagnostic.contains(e.text);
    if (e.kind == QLatin1String("reply-code"))
        return e.text == f.replyCode || f.diagnostic.contains(e.text);
    if (e.kind == QLatin1String("dsn-field"))
        return e.text == f.action || e.text == f.smtpCommand;
    return false;
}

QString knowledgeDir()
{
    return QStringLiteral(BD_SOURCE_DIR "/resources/knowledge");
}

// Copies the real knowledge to a temporary directory and lets a test break one file.
bool copyKnowledge(const QTemporaryDir &dir)
{
    for (const QString &name : QDir(knowledgeDir()).entryList({QStringLiteral("bounce-*.json")})) {
        if (!QFile::copy(knowledgeDir() + QLatin1Char('/') + name, dir.filePath(name)))
            return false;
    }
    return true;
}

bool editJson(const QString &path, const std::function<void(QJsonObject &)> &edit)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    edit(o);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(QJsonDocument(o).toJson());
    return true;
}

QJsonArray modifiedFirst(QJsonArray a, const QString &key, const QJsonValue &value)
{
    QJsonObject first = a.at(0).toObject();
    if (value.isUndefined())
        first.remove(key);
    else
        first.insert(key, value);
    a.replace(0, first);
    return a;
}
}

class TestClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knowledgeLoads();
    void classify_data();
    void classify();
    void everyReasonHasACase();
    void textOnlyBounce();
    void recipientServerScope();
    void codeOnlyDiagnostic();
    void deferralsByOrigin_data();
    void deferralsByOrigin();
    void subjectAndTextSupport();
    void diagnoseHeadlinePrefersPermanent();
    void diagnoseRanking();
    void diagnoseWithoutFailures_data();
    void diagnoseWithoutFailures();
    void reasonTexts();
    void reasonStringsInSync();
    void brokenKnowledge_data();
    void brokenKnowledge();
    void missingKnowledgeDir();
    void manyRecipients();
    void speed();
};

void TestClassifier::knowledgeLoads()
{
    const Classifier &c = Classifier::instance();
    QVERIFY2(c.loadError().isEmpty(), qPrintable(c.loadError()));
    QVERIFY(c.reasonIds().size() >= 35);
    auto fromDisk = Classifier::load(knowledgeDir());
    QVERIFY2(fromDisk.ok(), fromDisk.ok() ? "" : qPrintable(fromDisk.error().message));
    QCOMPARE(fromDisk.value().reasonIds(), c.reasonIds());
}

void TestClassifier::classify_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < kClassifierCaseCount; ++i)
        QTest::newRow(kClassifierCases[i].name) << i;
}

void TestClassifier::classify()
{
    QFETCH(int, index);
    const ClassifierCase &c = kClassifierCases[index];
    Bounce b = oneFailure(c);
    Classifier::instance().classify(b);
    const DeliveryFailure &f = b.failures.front();
    QString evidence;
    for (const Evidence &e : f.evidence)
        evidence += QStringLiteral(" [%1 %2 “%3” %4]").arg(e.kind, e.rule, e.text).arg(e.weight, 0, 'f', 2);
    QVERIFY2(f.reason == QLatin1String(c.reason),
             qPrintable(QStringLiteral("got %1 (%2, %3) expected %4; evidence:%5")
                            .arg(f.reason, causeId(f.cause)).arg(f.confidence, 0, 'f', 2).arg(QLatin1String(c.reason), evidence)));
    QCOMPARE(causeId(f.cause), QString::fromLatin1(c.cause));
    QCOMPARE(Classifier::instance().causeOf(f.reason), f.cause);
    QVERIFY(f.confidence >= 0 && f.confidence <= 1);
    if (f.reason != QLatin1String("unknown")) {
        QVERIFY2(!f.evidence.isEmpty(), "a recognised reason needs evidence");
        QVERIFY(f.confidence >= 0.3);
    }
    for (const Evidence &e : f.evidence)
        QVERIFY2(evidenceIsGrounded(b, f, e), qPrintable(QStringLiteral("ungrounded evidence %1 “%2”").arg(e.kind, e.text)));
}

void TestClassifier::everyReasonHasACase()
{
    QSet<QString> covered;
    for (int i = 0; i < kClassifierCaseCount; ++i)
        covered.insert(QString::fromLatin1(kClassifierCases[i].reason));
    QStringList missing;
    for (const QString &id : Classifier::instance().reasonIds())
        if (!covered.contains(id))
            missing.append(id);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("reasons without a test case: ") + missing.join(QLatin1String(", "))));
    QVERIFY(kClassifierCaseCount >= 150);
}

void TestClassifier::textOnlyBounce()
{
    // The parser found no per-recipient diagnostic: the human-readable text carries the reason.
    Bounce b;
    b.text = QStringLiteral("** Address not found **\n\nYour message wasn't delivered to bob@example.com because the address "
                            "couldn't be found, or is unable to receive mail.\n");
    b.failures.append(DeliveryFailure{});
    b.failures[0].recipient = QStringLiteral("bob@example.com");
    Classifier::instance().classify(b);
    QCOMPARE(b.failures[0].reason, QStringLiteral("user-unknown"));
    QVERIFY(!b.failures[0].evidence.isEmpty());
    QVERIFY(b.text.contains(b.failures[0].evidence.front().text));
}

void TestClassifier::recipientServerScope()
{
    // "Unrouteable address" from the recipient domain's own server means that server has no such user.
    Bounce b;
    b.reportingMta = QStringLiteral("mx.example.net");
    DeliveryFailure f;
    f.recipient = QStringLiteral("jdoe@example.net");
    f.action = QStringLiteral("failed");
    f.diagnostic = QStringLiteral("Unrouteable address");
    b.failures.append(f);
    Classifier::instance().classify(b);
    QCOMPARE(b.failures[0].reason, QStringLiteral("user-unknown"));
    b.reportingMta = QStringLiteral("smtp.sender.example");
    b.from = QStringLiteral("Mail Delivery System <Mailer-Daemon@smtp.sender.example>");
    Classifier::instance().classify(b);
    QCOMPARE(b.failures[0].reason, QStringLiteral("domain-not-found"));
    b.reportingMta.clear();
    b.from = QStringLiteral("Mail Delivery System <Mailer-Daemon@example.net>");
    Classifier::instance().classify(b);
    QCOMPARE(b.failures[0].reason, QStringLiteral("user-unknown"));
}

void TestClassifier::codeOnlyDiagnostic()
{
    // The parser kept only the codes; the provider's words are in the surrounding text.
    Bounce b;
    b.text = QStringLiteral("Ihre Nachricht hat wolf@example.de nicht erreicht.\nGemeldeter Fehler: 550 5.1.10 "
                            "RESOLVER.ADR.RecipientNotFound; Recipient wolf@example.de not found by SMTP address lookup");
    DeliveryFailure f;
    f.recipient = QStringLiteral("wolf@example.de");
    f.action = QStringLiteral("failed");
    f.status = QStringLiteral("5.1.10");
    f.replyCode = QStringLiteral("550");
    f.diagnostic = QStringLiteral("550 5.1.10");
    b.failures.append(f);
    Classifier::instance().classify(b);
    QCOMPARE(b.failures[0].reason, QStringLiteral("user-unknown"));
}

void TestClassifier::deferralsByOrigin_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("diagnostic");
    QTest::addColumn<QString>("reason");
    const QString tls = QStringLiteral("451 5.7.3 STARTTLS is required to send mail");
    const QString tss = QStringLiteral("421 4.7.0 [TSS04] Messages from 203.0.113.7 temporarily deferred due to unexpected volume or user complaints");
    const QString quota = QStringLiteral("452 4.2.2 Over quota");
    // A bare reply line: the action is the parser's guess; a cause retrying cannot cure wins.
    QTest::newRow("reply line tls") << QStringLiteral("reply-line") << QStringLiteral("delayed") << tls << QStringLiteral("tls-required");
    QTest::newRow("reply line reputation deferral") << QStringLiteral("reply-line") << QStringLiteral("delayed") << tss << QStringLiteral("rate-limited");
    QTest::newRow("reply line quota") << QStringLiteral("reply-line") << QStringLiteral("delayed") << quota << QStringLiteral("mailbox-full");
    // A DSN that says "delayed": only recipient-side facts overrule it.
    QTest::newRow("dsn delayed tls") << QStringLiteral("rfc3464") << QStringLiteral("delayed") << tls << QStringLiteral("delayed");
    QTest::newRow("dsn delayed quota") << QStringLiteral("rfc3464") << QStringLiteral("delayed") << quota << QStringLiteral("mailbox-full");
    // A DSN that says "failed" after retries: the last reason counts.
    QTest::newRow("dsn failed reputation") << QStringLiteral("rfc3464") << QStringLiteral("failed") << tss << QStringLiteral("poor-reputation");
}

void TestClassifier::deferralsByOrigin()
{
    QFETCH(QString, format);
    QFETCH(QString, action);
    QFETCH(QString, diagnostic);
    QFETCH(QString, reason);
    Bounce b;
    b.format = format;
    DeliveryFailure f;
    f.action = action;
    f.diagnostic = diagnostic;
    b.failures.append(f);
    Classifier::instance().classify(b);
    QCOMPARE(b.failures[0].reason, reason);
}

void TestClassifier::subjectAndTextSupport()
{
    // A bare 5.0.0 says nothing; the explanation around it decides.
    Bounce b;
    b.subject = QStringLiteral("Undeliverable: Quarterly report");
    b.text = QStringLiteral("Your message to anna@example.net couldn't be delivered.\nThe recipient's mailbox is full and can't accept messages now.");
    DeliveryFailure f;
    f.status = QStringLiteral("5.0.0");
    f.action = QStringLiteral("failed");
    f.diagnostic = QStringLiteral("550 5.0.0 Delivery failed");
    b.failures.append(f);
    Classifier::instance().classify(b);
    QCOMPARE(b.failures[0].reason, QStringLiteral("mailbox-full"));
    QCOMPARE(b.failures[0].cause, Cause::RecipientMailbox);
}

void TestClassifier::diagnoseHeadlinePrefersPermanent()
{
    Bounce b;
    DeliveryFailure delayed;
    delayed.recipient = QStringLiteral("a@example.org");
    delayed.action = QStringLiteral("delayed");
    delayed.status = QStringLiteral("4.4.1");
    delayed.diagnostic = QStringLiteral("connect to mx.example.org[192.0.2.1]:25: Connection timed out");
    DeliveryFailure failed;
    failed.recipient = QStringLiteral("b@example.org");
    failed.action = QStringLiteral("failed");
    failed.status = QStringLiteral("5.1.1");
    failed.replyCode = QStringLiteral("550");
    failed.diagnostic = QStringLiteral("550 5.1.1 <b@example.org>: Recipient address rejected: User unknown in local recipient table");
    b.failures = {delayed, failed};
    const Diagnosis d = Classifier::instance().diagnose(b);
    QCOMPARE(d.cause, Cause::InvalidRecipient);
    QCOMPARE(d.reason, QStringLiteral("user-unknown"));
    QCOMPARE(d.status, QStringLiteral("5.1.1"));
    QCOMPARE(d.replyCode, QStringLiteral("550"));
    QVERIFY(!d.evidence.isEmpty());
    QVERIFY(d.confidence > 0.5);
}

void TestClassifier::diagnoseRanking()
{
    Bounce b;
    DeliveryFailure f;
    f.status = QStringLiteral("5.7.1");
    f.replyCode = QStringLiteral("554");
    f.action = QStringLiteral("failed");
    f.diagnostic = QStringLiteral("554 5.7.1 Service unavailable; Client host [203.0.113.10] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.10");
    b.failures.append(f);
    const Diagnosis d = Classifier::instance().diagnose(b);
    QCOMPARE(d.cause, Cause::SenderBlocklisted);
    QCOMPARE(d.reason, QStringLiteral("blocklist-listed"));
    QVERIFY(d.ranking.size() >= 2);
    QCOMPARE(d.ranking.front().cause, Cause::SenderBlocklisted);
    QVERIFY(!d.ranking.front().why.isEmpty());
    QVERIFY(d.ranking.front().why.join(QLatin1Char(' ')).contains(QLatin1String("spamhaus"), Qt::CaseInsensitive));
    for (qsizetype i = 1; i < d.ranking.size(); ++i) {
        QVERIFY(d.ranking[i].confidence <= d.ranking[i - 1].confidence);
        QVERIFY(d.ranking[i].cause != d.ranking.front().cause);
    }
}

void TestClassifier::diagnoseWithoutFailures_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("cause");
    QTest::newRow("out of office") << QStringLiteral("Automatic reply: Invoice 42")
                                   << QStringLiteral("I am out of the office until Monday.") << QStringLiteral("auto-reply")
                                   << int(Cause::NotAFailure);
    QTest::newRow("arf") << QStringLiteral("Abuse report") << QStringLiteral("Feedback-Type: abuse\nVersion: 1")
                         << QStringLiteral("feedback-report") << int(Cause::NotAFailure);
    QTest::newRow("success") << QStringLiteral("Delivery Status Notification (Success)")
                             << QStringLiteral("This is an automatically generated Delivery Status Notification.")
                             << QStringLiteral("delivered") << int(Cause::NotAFailure);
    QTest::newRow("nothing") << QStringLiteral("Hello") << QStringLiteral("Lunch tomorrow?") << QStringLiteral("unknown")
                             << int(Cause::Unknown);
    QTest::newRow("a reply line the parser could not split") << QString()
        << QStringLiteral("connect to mx.example.net[198.51.100.30]:25: Connection timed out") << QStringLiteral("network")
        << int(Cause::Temporary);
    QTest::newRow("a passing mention is not enough") << QStringLiteral("Re: our spam filter")
        << QStringLiteral("Could you check the filter settings?") << QStringLiteral("unknown") << int(Cause::Unknown);
}

void TestClassifier::diagnoseWithoutFailures()
{
    QFETCH(QString, subject);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QFETCH(int, cause);
    Bounce b;
    b.subject = subject;
    b.text = text;
    const Diagnosis d = Classifier::instance().diagnose(b);
    QCOMPARE(d.reason, reason);
    QCOMPARE(int(d.cause), cause);
}

void TestClassifier::reasonTexts()
{
    const Classifier &c = Classifier::instance();
    QSet<Cause> causes;
    for (const QString &id : c.reasonIds()) {
        QVERIFY2(!c.reasonTitle(id).isEmpty(), qPrintable(id));
        QVERIFY2(c.reasonExplanation(id).size() > c.reasonTitle(id).size(), qPrintable(id));
        causes.insert(c.causeOf(id));
    }
    QCOMPARE(causes.size(), 10); // every cause has at least one reason
    QCOMPARE(c.causeOf(QStringLiteral("no-such-reason")), Cause::Unknown);
    QCOMPARE(c.reasonTitle(QStringLiteral("no-such-reason")), QStringLiteral("no-such-reason"));
}

void TestClassifier::reasonStringsInSync()
{
    QFile f(knowledgeDir() + QStringLiteral("/bounce-reasons.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray reasons = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("reasons")).toArray();
    const QStringList known = reasonSourceStrings();
    QStringList missing;
    for (const QJsonValue &v : reasons)
        for (const char *key : {"title", "explanation"})
            if (!known.contains(v.toObject().value(QLatin1String(key)).toString()))
                missing.append(v.toObject().value(QLatin1String("id")).toString() + QLatin1Char('.') + QLatin1String(key));
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("run tests/classifier/gen_reason_strings.py; missing: ") + missing.join(QLatin1String(", "))));
    QCOMPARE(known.size(), reasons.size() * 2);
}

void TestClassifier::brokenKnowledge_data()
{
    using Edit = std::function<void(QJsonObject &)>;
    QTest::addColumn<QString>("file");
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("mustMention");

    QTest::newRow("bad regex") << QStringLiteral("bounce-rules.json")
        << Edit([](QJsonObject &o) {
               o[QStringLiteral("rules")] = modifiedFirst(o[QStringLiteral("rules")].toArray(), QStringLiteral("regex"), QJsonArray{QStringLiteral("(unclosed")});
           })
        << QStringLiteral("user-unknown.en");
    QTest::newRow("unknown cause") << QStringLiteral("bounce-reasons.json")
        << Edit([](QJsonObject &o) {
               o[QStringLiteral("reasons")] = modifiedFirst(o[QStringLiteral("reasons")].toArray(), QStringLiteral("cause"), QStringLiteral("bad-luck"));
           })
        << QStringLiteral("bad-luck");
    QTest::newRow("missing title") << QStringLiteral("bounce-reasons.json")
        << Edit([](QJsonObject &o) {
               o[QStringLiteral("reasons")] = modifiedFirst(o[QStringLiteral("reasons")].toArray(), QStringLiteral("title"), QJsonValue::Undefined);
           })
        << QStringLiteral("title");
    QTest::newRow("duplicate reason id") << QStringLiteral("bounce-reasons.json")
        << Edit([](QJsonObject &o) {
               QJsonArray a = o[QStringLiteral("reasons")].toArray();
               a.append(a.at(0));
               o[QStringLiteral("reasons")] = a;
           })
        << QStringLiteral("duplicate");
    QTest::newRow("duplicate rule id") << QStringLiteral("bounce-rules.json")
        << Edit([](QJsonObject &o) {
               QJsonArray a = o[QStringLiteral("rules")].toArray();
               a.append(a.at(3));
               o[QStringLiteral("rules")] = a;
           })
        << QStringLiteral("duplicate");
    QTest::newRow("rule names unknown reason") << QStringLiteral("bounce-rules.json")
        << Edit([](QJsonObject &o) {
               o[QStringLiteral("rules")] = modifiedFirst(o[QStringLiteral("rules")].toArray(), QStringLiteral("reason"), QStringLiteral("user-unknwon"));
           })
        << QStringLiteral("user-unknwon");
    QTest::newRow("typo in field name") << QStringLiteral("bounce-rules.json")
        << Edit([](QJsonObject &o) {
               o[QStringLiteral("rules")] = modifiedFirst(o[QStringLiteral("rules")].toArray(), QStringLiteral("phrase"), QJsonArray{QStringLiteral("x")});
           })
        << QStringLiteral("phrase");
    QTest::newRow("weight out of range") << QStringLiteral("bounce-rules.json")
        << Edit([](QJsonObject &o) {
               o[QStringLiteral("rules")] = modifiedFirst(o[QStringLiteral("rules")].toArray(), QStringLiteral("weight"), 3);
           })
        << QStringLiteral("weight");
    QTest::newRow("bad status code") << QStringLiteral("bounce-status-codes.json")
        << Edit([](QJsonObject &o) {
               o[QStringLiteral("codes")] = modifiedFirst(o[QStringLiteral("codes")].toArray(), QStringLiteral("code"), QStringLiteral("5.x.1"));
           })
        << QStringLiteral("5.x.1");
    QTest::newRow("code names unknown reason") << QStringLiteral("bounce-status-codes.json")
        << Edit([](QJsonObject &o) {
               o[QStringLiteral("codes")] = modifiedFirst(o[QStringLiteral("codes")].toArray(), QStringLiteral("reason"), QStringLiteral("nope"));
           })
        << QStringLiteral("nope");
    QTest::newRow("bad reply code") << QStringLiteral("bounce-status-codes.json")
        << Edit([](QJsonObject &o) {
               o[QStringLiteral("replyCodes")] = modifiedFirst(o[QStringLiteral("replyCodes")].toArray(), QStringLiteral("code"), QStringLiteral("999"));
           })
        << QStringLiteral("999");
    QTest::newRow("unknown excluded reason") << QStringLiteral("bounce-rules.json")
        << Edit([](QJsonObject &o) {
               o[QStringLiteral("rules")] = modifiedFirst(o[QStringLiteral("rules")].toArray(), QStringLiteral("excludes"), QJsonArray{QStringLiteral("ghost")});
           })
        << QStringLiteral("ghost");
    QTest::newRow("bad scope") << QStringLiteral("bounce-rules.json")
        << Edit([](QJsonObject &o) {
               o[QStringLiteral("rules")] = modifiedFirst(o[QStringLiteral("rules")].toArray(), QStringLiteral("at"), QStringLiteral("anywhere"));
           })
        << QStringLiteral("at");
    QTest::newRow("hints without regex") << QStringLiteral("bounce-rules.json")
        << Edit([](QJsonObject &o) {
               QJsonArray a = o[QStringLiteral("rules")].toArray();
               QJsonObject r{{QStringLiteral("id"), QStringLiteral("orphan-hints")}, {QStringLiteral("reason"), QStringLiteral("spam-content")},
                             {QStringLiteral("weight"), 0.5}, {QStringLiteral("phrases"), QJsonArray{QStringLiteral("x")}},
                             {QStringLiteral("hints"), QJsonArray{QStringLiteral("y")}}};
               a.append(r);
               o[QStringLiteral("rules")] = a;
           })
        << QStringLiteral("orphan-hints");
    QTest::newRow("command without spans") << QStringLiteral("bounce-status-codes.json")
        << Edit([](QJsonObject &o) {
               o[QStringLiteral("smtpCommands")] = modifiedFirst(o[QStringLiteral("smtpCommands")].toArray(), QStringLiteral("spans"), QJsonArray{});
           })
        << QStringLiteral("spans");
    QTest::newRow("persistent not a bool") << QStringLiteral("bounce-reasons.json")
        << Edit([](QJsonObject &o) {
               o[QStringLiteral("reasons")] = modifiedFirst(o[QStringLiteral("reasons")].toArray(), QStringLiteral("persistent"), QStringLiteral("yes"));
           })
        << QStringLiteral("persistent");
    QTest::newRow("no rules array") << QStringLiteral("bounce-rules.json")
        << Edit([](QJsonObject &o) { o.remove(QStringLiteral("rules")); })
        << QStringLiteral("rules");
}

void TestClassifier::brokenKnowledge()
{
    using Edit = std::function<void(QJsonObject &)>;
    QFETCH(QString, file);
    QFETCH(Edit, edit);
    QFETCH(QString, mustMention);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyKnowledge(dir));
    QVERIFY(Classifier::load(dir.path()).ok()); // the unbroken copy loads
    QVERIFY(editJson(dir.filePath(file), edit));
    const auto loaded = Classifier::load(dir.path());
    QVERIFY(!loaded.ok());
    const QString message = loaded.error().message;
    QCOMPARE(loaded.error().code, QStringLiteral("knowledge-invalid"));
    QVERIFY2(message.contains(file), qPrintable(message));
    QVERIFY2(message.contains(mustMention), qPrintable(message));
}

void TestClassifier::missingKnowledgeDir()
{
    const auto loaded = Classifier::load(QStringLiteral("/nonexistent/knowledge"));
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error().message.contains(QLatin1String("bounce-reasons.json")));
    QTemporaryDir dir;
    QVERIFY(copyKnowledge(dir));
    QFile broken(dir.filePath(QStringLiteral("bounce-status-codes.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("{ \"codes\": [ ");
    broken.close();
    const auto invalid = Classifier::load(dir.path());
    QVERIFY(!invalid.ok());
    QVERIFY(invalid.error().message.contains(QLatin1String("bounce-status-codes.json")));
}

void TestClassifier::manyRecipients()
{
    Bounce b;
    b.text = QStringLiteral("Delivery has failed to these recipients or groups.");
    for (int i = 0; i < 500; ++i) {
        DeliveryFailure f;
        f.recipient = QStringLiteral("user%1@example.org").arg(i);
        f.action = QStringLiteral("failed");
        f.status = i % 2 ? QStringLiteral("5.1.1") : QStringLiteral("5.2.2");
        f.diagnostic = i % 2 ? QStringLiteral("550 5.1.1 User unknown") : QStringLiteral("552 5.2.2 Mailbox full");
        b.failures.append(f);
    }
    QElapsedTimer t;
    t.start();
    Classifier::instance().classify(b);
    const Diagnosis d = Classifier::instance().diagnose(b);
    QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(b.failures[1].reason, QStringLiteral("user-unknown"));
    QCOMPARE(b.failures[2].reason, QStringLiteral("mailbox-full"));
    QVERIFY(isFixableCause(d.cause));
}

void TestClassifier::speed()
{
    // Typical input: a DSN with a one-line diagnostic and a few KB of explanation text.
    QString text;
    for (int i = 0; i < 30; ++i)
        text += QStringLiteral("This is the mail system at host mail.example.net. I'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n");
    const Classifier &c = Classifier::instance();
    // The best of several batches: the machine may be busy with other work.
    constexpr int rounds = 100;
    double perBounceMs = 1e9;
    for (int batch = 0; batch < 5; ++batch) {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < rounds; ++i) {
            Bounce b = oneFailure(kClassifierCases[(batch * rounds + i) % kClassifierCaseCount]);
            b.text = text;
            c.classify(b);
            c.diagnose(b);
        }
        perBounceMs = std::min(perBounceMs, double(t.nsecsElapsed()) / 1e6 / rounds);
    }
    qInfo("classification: %.3f ms per bounce", perBounceMs);
    QVERIFY2(perBounceMs < 1.0, qPrintable(QString::number(perBounceMs)));
}

QTEST_GUILESS_MAIN(TestClassifier)
#include "tst_classifier.moc"
