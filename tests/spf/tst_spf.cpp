// RFC 7208 conformance tests for SpfRecord, SpfMacro, SpfEvaluator and SpfLint.
//
// The table-driven part follows the structure of the openspf RFC 7208 test suite (one zone per
// section, one row per case); zones are written in a small text form:
//   "name TYPE data"  (a tab after the name when it holds spaces)  TYPE = TXT, SPF, A, AAAA, MX ("pref host"), PTR, CNAME-LOOP
//   "name TIMEOUT"    every type of that name times out;  "name TXT-TIMEOUT" only TXT.
// Integration rows run the same evaluator over c-ares against the Knot fixture (zone spf.test).
#include "SpfEvaluator.h"
#include "SpfLint.h"
#include "SpfMacro.h"
#include "SpfRecord.h"
#include "SpfResult.h"
#include "dns/AresResolver.h"
#include "dns/StaticResolver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace {
using Zone = QStringList;

void loadZone(StaticResolver *r, const Zone &zone)
{
    for (const QString &line : zone) {
        // a tab ends the owner name when the name itself holds spaces
        const int s1 = line.contains(QLatin1Char('\t')) ? line.indexOf(QLatin1Char('\t')) : line.indexOf(QLatin1Char(' '));
        const QString name = line.left(s1);
        const int s2 = line.indexOf(QLatin1Char(' '), s1 + 1);
        const QString type = s2 < 0 ? line.mid(s1 + 1) : line.mid(s1 + 1, s2 - s1 - 1);
        const QString data = s2 < 0 ? QString() : line.mid(s2 + 1);
        if (type == QLatin1String("TIMEOUT")) {
            for (DnsType t : {DnsType::A, DnsType::AAAA, DnsType::MX, DnsType::TXT, DnsType::PTR, DnsType::SPF})
                r->setStatus(name, t, DnsStatus::Timeout);
        } else if (type == QLatin1String("TXT-TIMEOUT")) {
            r->setStatus(name, DnsType::TXT, DnsStatus::Timeout);
        } else if (type == QLatin1String("SERVFAIL")) {
            for (DnsType t : {DnsType::A, DnsType::AAAA, DnsType::MX, DnsType::TXT, DnsType::PTR})
                r->setStatus(name, t, DnsStatus::ServFail);
        } else if (type == QLatin1String("CNAME-LOOP")) {
            for (DnsType t : {DnsType::A, DnsType::AAAA})
                r->setStatus(name, t, DnsStatus::Error);
        } else if (type == QLatin1String("MX")) {
            const int sp = data.indexOf(QLatin1Char(' '));
            r->addMx(name, {MxRecord{data.left(sp).toInt(), data.mid(sp + 1)}});
        } else {
            static const QHash<QString, DnsType> types{{QStringLiteral("TXT"), DnsType::TXT},
                                                      {QStringLiteral("SPF"), DnsType::SPF},
                                                      {QStringLiteral("A"), DnsType::A},
                                                      {QStringLiteral("AAAA"), DnsType::AAAA},
                                                      {QStringLiteral("PTR"), DnsType::PTR}};
            QVERIFY2(types.contains(type), qPrintable(line));
            r->add(name, types.value(type), {data});
        }
    }
}

SpfResult runCheck(Resolver *resolver, const QString &host, const QString &mailFrom, const QString &helo,
                   const SpfEvaluator::Options &options = SpfEvaluator::Options())
{
    SpfEvaluator evaluator(resolver);
    evaluator.setOptions(options);
    QSignalSpy spy(&evaluator, &SpfEvaluator::finished);
    evaluator.start(host, mailFrom, helo);
    if (!spy.wait(15000))
        return SpfResult();
    return spy.first().first().value<SpfResult>();
}

struct Row
{
    const char *name;
    const char *host;
    const char *mailFrom;
    const char *helo;
    const char *result; // acceptable results separated by "|"
    const char *explanation; // nullptr: not checked; "DEFAULT": none from exp=
};

void addRows(const Zone &zone, std::initializer_list<Row> rows)
{
    for (const Row &r : rows)
        QTest::newRow(r.name) << zone << QString::fromUtf8(r.host) << QString::fromUtf8(r.mailFrom)
                              << QString::fromUtf8(r.helo) << QString::fromLatin1(r.result)
                              << (r.explanation ? QString::fromUtf8(r.explanation) : QString());
}
}

Q_DECLARE_METATYPE(SpfResult)

class TestSpf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void recordParse_data();
    void recordParse();
    void errorPosition();
    void macroExamples_data();
    void macroExamples();
    void macroSyntax_data();
    void macroSyntax();

    void suite_data();
    void suite();

    void lookupCounts_data();
    void lookupCounts();
    void traceTree();
    void cacheAsksOnce();
    void prefetchKeepsLimits();
    void nullSenderUsesHelo();
    void abortStopsCallbacks();
    void deleteInFinished();
    void idnDomain();
    void jsonShape();

    void lintWarnings_data();
    void lintWarnings();
    void suggestions_data();
    void suggestions();
    void lintTree();
    void lintProvider();
    void providersKnowledge();

    void knot_data();
    void knot();
    void cli_data();
    void cli();

private:
    QString m_dns;
};

void TestSpf::initTestCase()
{
    qRegisterMetaType<SpfResult>();
    m_dns = qEnvironmentVariable("BD_TEST_DNS");
}

// ---------------------------------------------------------------------------------------------
// SpfRecord

void TestSpf::recordParse_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("terms");

    QTest::newRow("empty") << "v=spf1" << true << 0;
    QTest::newRow("version-case") << "V=SpF1 -all" << true << 1;
    QTest::newRow("two-spaces") << "v=spf1 a  -all" << true << 2;
    QTest::newRow("trailing-space") << "v=spf1 a -all " << true << 2;
    QTest::newRow("all-mechanisms")
        << "v=spf1 +all -include:a.example ~a ?a:b.example/24//64 mx:c.example/0 ptr ptr:d.example "
           "ip4:192.0.2.0/24 ip6:2001:db8::/32 exists:%{ir}.e.example"
        << true << 10;
    QTest::newRow("modifiers") << "v=spf1 redirect=_spf.example.com exp=exp.example.com foo=bar" << true << 3;
    QTest::newRow("unknown-modifier-chars") << "v=spf1 moo.cow-far_out=man:dog/cat -all" << true << 2;
    QTest::newRow("mechanism-case") << "v=spf1 A MX IP4:1.2.3.4 Include:x.example -ALL" << true << 5;
    QTest::newRow("no-version-space") << "v=spf1mx" << false << 0;
    QTest::newRow("tab-separator") << "v=spf1 a\t-all" << false << 1;
    QTest::newRow("cr-in-term") << "v=spf1 a:ctrl.example.com\rptr -all" << false << 2;
    QTest::newRow("unknown-mech") << "v=spf1 moo" << false << 1;
    QTest::newRow("modifier-slash") << "v=spf1 moo.cow/far_out=man:dog/cat" << false << 1;
    QTest::newRow("modifier-colon") << "v=spf1 moo.cow:far_out=man:dog/cat" << false << 1;
    QTest::newRow("modifier-digit") << "v=spf1 1up=foo" << false << 1;
    QTest::newRow("modifier-empty") << "v=spf1 =all" << false << 1;
    QTest::newRow("redirect-colon") << "v=spf1 redirect:x.example.com" << false << 1;
    QTest::newRow("redirect-twice") << "v=spf1 redirect=a.example redirect=b.example" << false << 2;
    QTest::newRow("exp-twice") << "v=spf1 exp=a.example exp=b.example" << false << 2;
    QTest::newRow("exp-empty") << "v=spf1 exp=" << false << 1;
    QTest::newRow("redirect-bad") << "v=spf1 redirect=-all" << false << 1;
    QTest::newRow("all-dot") << "v=spf1 -all." << false << 1;
    QTest::newRow("all-arg") << "v=spf1 -all:foo" << false << 1;
    QTest::newRow("all-cidr") << "v=spf1 -all/8" << false << 1;
    QTest::newRow("ptr-cidr") << "v=spf1 ptr/0" << false << 1;
    QTest::newRow("ptr-empty") << "v=spf1 ptr:" << false << 1;
    QTest::newRow("a-empty") << "v=spf1 a:" << false << 1;
    QTest::newRow("a-cidr4-33") << "v=spf1 a/33" << false << 1;
    QTest::newRow("a-cidr6-129") << "v=spf1 a//129" << false << 1;
    QTest::newRow("a-dual-wrong") << "v=spf1 a/24/64" << false << 1;
    QTest::newRow("a-dual-ok") << "v=spf1 a/24//64" << true << 1;
    QTest::newRow("a-colon-domain") << "v=spf1 a:foo:bar/baz.example.com" << true << 1;
    QTest::newRow("a-port") << "v=spf1 a:example.com:8080" << false << 1;
    QTest::newRow("a-numeric") << "v=spf1 a:111.222.33.44" << false << 1;
    QTest::newRow("a-toplabel-dash") << "v=spf1 a:foo.example.xn--zckzah" << true << 1;
    QTest::newRow("a-bad-toplabel") << "v=spf1 a:example.-com" << false << 1;
    QTest::newRow("a-only-toplabel") << "v=spf1 a:museum" << false << 1;
    QTest::newRow("a-only-toplabel-dot") << "v=spf1 a:museum." << false << 1;
    QTest::newRow("a-trailing-dot") << "v=spf1 a:example.com." << true << 1;
    QTest::newRow("a-nul") << QString::fromLatin1("v=spf1 a:foo.example.com\0", 25) << false << 1;
    QTest::newRow("include-none") << "v=spf1 include" << false << 1;
    QTest::newRow("include-cidr") << "v=spf1 include:a.example.com/24" << false << 1;
    QTest::newRow("exists-none") << "v=spf1 exists" << false << 1;
    QTest::newRow("exists-cidr") << "v=spf1 exists:a.example.com/24" << false << 1;
    QTest::newRow("ip4-bare") << "v=spf1 ip4" << false << 1;
    QTest::newRow("ip4-short") << "v=spf1 ip4:1.2.3" << false << 1;
    QTest::newRow("ip4-port") << "v=spf1 ip4:1.2.3.4:8080" << false << 1;
    QTest::newRow("ip4-dual") << "v=spf1 ip4:1.2.3.4//32" << false << 1;
    QTest::newRow("ip4-cidr33") << "v=spf1 ip4:1.2.3.4/33" << false << 1;
    QTest::newRow("ip4-cidr032") << "v=spf1 ip4:1.2.3.4/032" << false << 1;
    QTest::newRow("ip4-leading-zero") << "v=spf1 ip4:1.2.3.04" << false << 1;
    QTest::newRow("ip4-256") << "v=spf1 ip4:1.2.3.256" << false << 1;
    QTest::newRow("ip6-bare") << "v=spf1 ip6" << false << 1;
    QTest::newRow("ip6-mapped-form") << "v=spf1 ip6:::1.1.1.1/0" << true << 1;
    QTest::newRow("ip6-129") << "v=spf1 ip6:::1.1.1.1/129" << false << 1;
    QTest::newRow("ip6-dual") << "v=spf1 ip6:::1.1.1.1//33" << false << 1;
    QTest::newRow("ip6-bad") << "v=spf1 ip6::CAFE::BABE" << false << 1;
    QTest::newRow("ip6-v4") << "v=spf1 ip6:1.2.3.4" << false << 1;
    QTest::newRow("macro-bad") << "v=spf1 exists:%(ir).sbl.example.com" << false << 1;
    QTest::newRow("macro-exp-letter") << "v=spf1 exists:%{c}.example.com" << false << 1;
    QTest::newRow("macro-unknown-modifier") << "v=spf1 foo=%abc" << false << 1;
    QTest::newRow("default-modifier") << "v=spf1 default=+" << true << 1;
    QTest::newRow("non-ascii") << QString::fromUtf8("v=spf1 a:\xEF\xBB\xBFgarbage.example.net -all") << false << 2;
}

void TestSpf::recordParse()
{
    QFETCH(QString, record);
    QFETCH(bool, valid);
    QFETCH(int, terms);
    const SpfRecord r = SpfRecord::parse(record);
    QCOMPARE(r.isValid(), valid);
    if (valid || terms > 0)
        QCOMPARE(r.terms().size(), qsizetype(terms));
    if (!valid) {
        QVERIFY(r.error().position >= 0);
        QVERIFY(!r.error().message.isEmpty());
    }
}

void TestSpf::errorPosition()
{
    const SpfRecord r = SpfRecord::parse(QStringLiteral("v=spf1 ip4:192.0.2.1  a:foo moo -all"));
    QVERIFY(!r.isValid());
    QCOMPARE(r.error().position, 22);
    QCOMPARE(r.error().term, QStringLiteral("a:foo"));
    const SpfRecord ok = SpfRecord::parse(QStringLiteral("v=spf1 ip4:192.0.2.1  -all"));
    QCOMPARE(ok.terms().at(1).position, 22);
    QCOMPARE(ok.terms().at(1).qualifier, SpfQualifier::Fail);
    QVERIFY(SpfRecord::isSpfRecord(QStringLiteral("v=spf1")));
    QVERIFY(SpfRecord::isSpfRecord(QStringLiteral("V=SPF1 a")));
    QVERIFY(!SpfRecord::isSpfRecord(QStringLiteral("v=spf10")));
    QVERIFY(!SpfRecord::isSpfRecord(QStringLiteral(" v=spf1 a")));
}

// ---------------------------------------------------------------------------------------------
// SpfMacro — RFC 7208 §7.4 examples

void TestSpf::macroExamples_data()
{
    QTest::addColumn<QString>("macro");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("expected");
    const QString v4 = QStringLiteral("192.0.2.3");
    const QString v6 = QStringLiteral("2001:db8::cb01");
    QTest::newRow("s") << "%{s}" << v4 << "strong-bad@email.example.com";
    QTest::newRow("o") << "%{o}" << v4 << "email.example.com";
    QTest::newRow("d") << "%{d}" << v4 << "email.example.com";
    QTest::newRow("d4") << "%{d4}" << v4 << "email.example.com";
    QTest::newRow("d3") << "%{d3}" << v4 << "email.example.com";
    QTest::newRow("d2") << "%{d2}" << v4 << "example.com";
    QTest::newRow("d1") << "%{d1}" << v4 << "com";
    QTest::newRow("dr") << "%{dr}" << v4 << "com.example.email";
    QTest::newRow("d2r") << "%{d2r}" << v4 << "example.email";
    QTest::newRow("l") << "%{l}" << v4 << "strong-bad";
    QTest::newRow("l-") << "%{l-}" << v4 << "strong.bad";
    QTest::newRow("lr") << "%{lr}" << v4 << "strong-bad";
    QTest::newRow("lr-") << "%{lr-}" << v4 << "bad.strong";
    QTest::newRow("l1r-") << "%{l1r-}" << v4 << "strong";
    QTest::newRow("ir-v4") << "%{ir}.%{v}._spf.%{d2}" << v4 << "3.2.0.192.in-addr._spf.example.com";
    QTest::newRow("lr-lp") << "%{lr-}.lp._spf.%{d2}" << v4 << "bad.strong.lp._spf.example.com";
    QTest::newRow("lr-ir") << "%{lr-}.lp.%{ir}.%{v}._spf.%{d2}" << v4
                           << "bad.strong.lp.3.2.0.192.in-addr._spf.example.com";
    QTest::newRow("ir-l1r") << "%{ir}.%{v}.%{l1r-}.lp._spf.%{d2}" << v4
                            << "3.2.0.192.in-addr.strong.lp._spf.example.com";
    QTest::newRow("trusted") << "%{d2}.trusted-domains.example.net" << v4 << "example.com.trusted-domains.example.net";
    QTest::newRow("ir-v6") << "%{ir}.%{v}._spf.%{d2}" << v6
                           << "1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com";
    QTest::newRow("c-v6") << "%{c}" << v6 << "2001:db8::cb01";
    QTest::newRow("c-v4") << "%{c}" << v4 << "192.0.2.3";
    QTest::newRow("literals") << "a%%b%_c%-d" << v4 << "a%b c%20d";
    QTest::newRow("upper-escape") << "%{S}" << v4 << "strong-bad%40email.example.com";
    QTest::newRow("multi-delim") << "%{l2r+-}" << v4 << "bad.strong";
    QTest::newRow("big-digit") << "%{d99}" << v4 << "email.example.com";
    QTest::newRow("h") << "%{h}" << v4 << "mx.example.org";
    QTest::newRow("t") << "%{t}" << v4 << "1000000000";
    QTest::newRow("r") << "%{r}" << v4 << "mta.example.net";
    QTest::newRow("p-unknown") << "%{p}" << v4 << "unknown";
    QTest::newRow("reverse-case") << "%{dR}" << v4 << "com.example.email";
}

void TestSpf::macroExamples()
{
    QFETCH(QString, macro);
    QFETCH(QString, ip);
    QFETCH(QString, expected);
    SpfMacroContext c;
    c.sender = QStringLiteral("strong-bad@email.example.com");
    c.localPart = QStringLiteral("strong-bad");
    c.senderDomain = QStringLiteral("email.example.com");
    c.domain = QStringLiteral("email.example.com");
    c.ip = QHostAddress(ip);
    c.helo = QStringLiteral("mx.example.org");
    c.timestamp = 1000000000;
    c.receiver = QStringLiteral("mta.example.net");
    QVERIFY(SpfMacro::checkSyntax(macro, SpfMacro::Kind::Explanation));
    QCOMPARE(SpfMacro::expand(macro, c, SpfMacro::Kind::Explanation), expected);
}

void TestSpf::macroSyntax_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("domainSpec");
    QTest::addColumn<bool>("explanation");
    QTest::newRow("plain") << "example.com" << true << true;
    QTest::newRow("macro-end") << "%{d}" << true << true;
    QTest::newRow("percent-end") << "foo.%%" << true << true;
    QTest::newRow("zero-digit") << "%{d0}" << false << false;
    QTest::newRow("exp-letters") << "%{r}.example.com" << false << true;
    QTest::newRow("bad-letter") << "%{a}.example.com" << false << false;
    QTest::newRow("lone-percent") << "foo%.example.com" << false << false;
    QTest::newRow("unclosed") << "%{d.example.com" << false << false;
    QTest::newRow("space") << "a b.example.com" << false << true;
    QTest::newRow("literal-brace") << "foo}" << false << true;
    QTest::newRow("numeric-top") << "abc.123" << false << true;
    QTest::newRow("empty") << "" << false << true;
}

void TestSpf::macroSyntax()
{
    QFETCH(QString, text);
    QFETCH(bool, domainSpec);
    QFETCH(bool, explanation);
    QCOMPARE(SpfMacro::checkDomainSpec(text), domainSpec);
    QCOMPARE(SpfMacro::checkSyntax(text, SpfMacro::Kind::Explanation), explanation);
}

// ---------------------------------------------------------------------------------------------
// check_host(), section by section

void TestSpf::suite_data()
{
    QTest::addColumn<QStringList>("zone");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("mailFrom");
    QTest::addColumn<QString>("helo");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("explanation");

    // §4.3 initial processing
    addRows({QStringLiteral("example.net TXT v=spf1 -all exp=exp.example.net"),
             QStringLiteral("exp.example.net TXT %{l}"),
             QStringLiteral("a12345678901234567890123456789012345678901234567890123456789012.example.com TXT v=spf1 -all"),
             QStringLiteral("hosed.example.com TXT ") + QString::fromUtf8("v=spf1 a:\xEF\xBB\xBFgarbage.example.net -all"),
             QStringLiteral("hosed2.example.com TXT ") + QString::fromLatin1("v=spf1 \x80" "a:example.net -all"),
             QStringLiteral("hosed3.example.com TXT ") + QString::fromLatin1("v=spf1 a:example.net \x96" "all"),
             QStringLiteral("nothosed.example.com TXT v=spf1 a:example.net -all"),
             QStringLiteral("nothosed.example.com TXT ") + QString::fromLatin1("\x96"),
             QStringLiteral("ctrl.example.com TXT v=spf1 a:ctrl.example.com\rptr -all"),
             QStringLiteral("ctrl.example.com A 192.0.2.3"),
             QStringLiteral("fine.example.com TXT v=spf1 a  -all"),
             QStringLiteral("trail.example.com TXT v=spf1 a -all "),
             QStringLiteral("example.com TIMEOUT")},
            {{"init-toolonglabel", "1.2.3.5", "lyme.eater@A123456789012345678901234567890123456789012345678901234567890123.example.com", "mail.example.net", "none", nullptr},
             {"init-longlabel", "1.2.3.5", "lyme.eater@A12345678901234567890123456789012345678901234567890123456789012.example.com", "mail.example.net", "fail", nullptr},
             {"init-emptylabel", "1.2.3.5", "lyme.eater@A...example.com", "mail.example.net", "none", nullptr},
             {"init-helo-not-fqdn", "1.2.3.5", "", "A2345678", "none", nullptr},
             {"init-helo-domain-literal", "1.2.3.5", "", "[1.2.3.5]", "none", nullptr},
             {"init-nolocalpart", "1.2.3.4", "@example.net", "mail.example.net", "fail", "postmaster"},
             {"init-domain-literal", "1.2.3.5", "foo@[1.2.3.5]", "OEMCOMPUTER", "none", nullptr},
             {"init-non-ascii-policy", "1.2.3.4", "foobar@hosed.example.com", "hosed", "permerror", nullptr},
             {"init-non-ascii-mech", "1.2.3.4", "foobar@hosed2.example.com", "hosed", "permerror", nullptr},
             {"init-non-ascii-result", "1.2.3.4", "foobar@hosed3.example.com", "hosed", "permerror", nullptr},
             {"init-non-ascii-non-spf", "1.2.3.4", "foobar@nothosed.example.com", "hosed", "fail", "DEFAULT"},
             {"init-control-char", "192.0.2.3", "foobar@ctrl.example.com", "hosed", "permerror", nullptr},
             {"init-two-spaces", "1.2.3.4", "actually@fine.example.com", "hosed", "fail", nullptr},
             {"init-trailing-space", "192.0.2.5", "silly@trail.example.com", "hosed", "fail", nullptr},
             {"init-numeric-domain", "1.2.3.5", "foo@1.2.3.5", "mail.example.net", "none", nullptr},
             {"init-bad-ip", "not-an-ip", "foo@example.net", "mail.example.net", "none", nullptr}});

    // §4.4 record lookup
    addRows({QStringLiteral("both.example.net TXT v=spf1 -all"), QStringLiteral("both.example.net SPF v=spf1 -all"),
             QStringLiteral("txtonly.example.net TXT v=spf1 -all"),
             QStringLiteral("spfonly.example.net SPF v=spf1 -all"),
             QStringLiteral("spftimeout.example.net TXT v=spf1 -all"),
             QStringLiteral("txttimeout.example.net SPF v=spf1 -all"),
             QStringLiteral("txttimeout.example.net TXT-TIMEOUT"),
             QStringLiteral("alltimeout.example.net TIMEOUT"),
             QStringLiteral("servfail.example.net SERVFAIL")},
            {{"lookup-both", "1.2.3.4", "foo@both.example.net", "mail.example.net", "fail", nullptr},
             {"lookup-txtonly", "1.2.3.4", "foo@txtonly.example.net", "mail.example.net", "fail", nullptr},
             {"lookup-spfonly", "1.2.3.4", "foo@spfonly.example.net", "mail.example.net", "none", nullptr},
             {"lookup-spftimeout", "1.2.3.4", "foo@spftimeout.example.net", "mail.example.net", "fail", nullptr},
             {"lookup-txttimeout", "1.2.3.4", "foo@txttimeout.example.net", "mail.example.net", "temperror", nullptr},
             {"lookup-alltimeout", "1.2.3.4", "foo@alltimeout.example.net", "mail.example.net", "temperror", nullptr},
             {"lookup-servfail", "1.2.3.4", "foo@servfail.example.net", "mail.example.net", "temperror", nullptr},
             {"lookup-nxdomain", "1.2.3.4", "foo@nowhere.example.net", "mail.example.net", "none", nullptr}});

    // §4.5 selecting records
    addRows({QStringLiteral("example3.com TXT v=spf10"), QStringLiteral("example3.com TXT v=spf1 mx"),
             QStringLiteral("example3.com MX 0 mail.example1.com"), QStringLiteral("example1.com TXT v=spf1"),
             QStringLiteral("example2.com TXT v=spf1mx"), QStringLiteral("mail.example1.com A 1.2.3.4"),
             QStringLiteral("example4.com SPF v=spf1 +all"), QStringLiteral("example4.com TXT v=spf1 -all"),
             QStringLiteral("example5.com TXT v=spf1 -all"), QStringLiteral("example5.com TXT v=spf1 +all"),
             QStringLiteral("example6.com TXT v=spf1 -all"), QStringLiteral("example6.com TXT V=sPf1 +all"),
             QStringLiteral("example8.com SPF v=spf1 -all"), QStringLiteral("example8.com TXT v=spf1 +all"),
             QStringLiteral("example9.com TXT v=SpF1 ~all"),
             QStringLiteral("example10.com TXT  v=spf1 +all")},
            {{"select-nospace1", "1.2.3.4", "foo@example2.com", "mail.example1.com", "none", nullptr},
             {"select-empty", "1.2.3.4", "foo@example1.com", "mail1.example1.com", "neutral", nullptr},
             {"select-nospace2", "1.2.3.4", "foo@example3.com", "mail.example1.com", "pass", nullptr},
             {"select-spfoverride", "1.2.3.4", "foo@example4.com", "mail.example1.com", "fail", nullptr},
             {"select-multitxt1", "1.2.3.4", "foo@example5.com", "mail.example1.com", "permerror", nullptr},
             {"select-multitxt2", "1.2.3.4", "foo@example6.com", "mail.example1.com", "permerror", nullptr},
             {"select-multispf2", "1.2.3.4", "foo@example8.com", "mail.example1.com", "pass", nullptr},
             {"select-nospf", "1.2.3.4", "foo@mail.example1.com", "mail.example1.com", "none", nullptr},
             {"select-case-insensitive", "1.2.3.4", "foo@example9.com", "mail.example1.com", "softfail", nullptr},
             {"select-leading-space", "1.2.3.4", "foo@example10.com", "mail.example1.com", "none", nullptr}});

    // §4.6 record evaluation
    addRows({QStringLiteral("mail.example.com A 1.2.3.4"),
             QStringLiteral("t1.example.com TXT v=spf1 ip4:1.2.3.4 -all moo"),
             QStringLiteral("t2.example.com TXT v=spf1 moo.cow-far_out=man:dog/cat ip4:1.2.3.4 -all"),
             QStringLiteral("t3.example.com TXT v=spf1 moo.cow/far_out=man:dog/cat ip4:1.2.3.4 -all"),
             QStringLiteral("t4.example.com TXT v=spf1 moo.cow:far_out=man:dog/cat ip4:1.2.3.4 -all"),
             QStringLiteral("t5.example.com TXT v=spf1 redirect=t5.example.com ~all"),
             QStringLiteral("t6.example.com TXT v=spf1 ip4:1.2.3.4 redirect=t2.example.com"),
             QStringLiteral("t7.example.com TXT v=spf1 ip4:1.2.3.4"),
             QStringLiteral("t8.example.com TXT v=spf1 ip4:1.2.3.4 redirect:t2.example.com"),
             QStringLiteral("t9.example.com TXT v=spf1 a:foo-bar -all"),
             QStringLiteral("t10.example.com TXT v=spf1 a:mail.example...com -all"),
             QStringLiteral("t11.example.com TXT v=spf1 a:a123456789012345678901234567890123456789012345678901234567890123.example.com -all"),
             QStringLiteral("t12.example.com TXT v=spf1 a:%{H}.bar -all")},
            {{"eval-detect-errors-anywhere", "1.2.3.4", "foo@t1.example.com", "mail.example.com", "permerror", nullptr},
             {"eval-modifier-charset-good", "1.2.3.4", "foo@t2.example.com", "mail.example.com", "pass", nullptr},
             {"eval-modifier-charset-bad1", "1.2.3.4", "foo@t3.example.com", "mail.example.com", "permerror", nullptr},
             {"eval-modifier-charset-bad2", "1.2.3.4", "foo@t4.example.com", "mail.example.com", "permerror", nullptr},
             {"eval-redirect-after-mechanisms1", "1.2.3.4", "foo@t5.example.com", "mail.example.com", "softfail", nullptr},
             {"eval-redirect-after-mechanisms2", "1.2.3.5", "foo@t6.example.com", "mail.example.com", "fail", nullptr},
             {"eval-default-result", "1.2.3.5", "foo@t7.example.com", "mail.example.com", "neutral", nullptr},
             {"eval-redirect-is-modifier", "1.2.3.4", "foo@t8.example.com", "mail.example.com", "permerror", nullptr},
             {"eval-invalid-domain", "1.2.3.4", "foo@t9.example.com", "mail.example.com", "permerror", nullptr},
             {"eval-invalid-domain-empty-label", "1.2.3.4", "foo@t10.example.com", "mail.example.com", "fail|permerror", nullptr},
             {"eval-invalid-domain-long", "1.2.3.4", "foo@t11.example.com", "mail.example.com", "fail|permerror", nullptr},
             {"eval-invalid-domain-long-via-macro", "1.2.3.4", "foo@t12.example.com", "%%%%%%%%%%%%%%%%%%%%%%", "fail|permerror", nullptr}});

    // §5.1 all
    addRows({QStringLiteral("mail.example.com A 1.2.3.4"), QStringLiteral("e1.example.com TXT v=spf1 -all."),
             QStringLiteral("e2.example.com TXT v=spf1 -all:foobar"), QStringLiteral("e3.example.com TXT v=spf1 -all/8"),
             QStringLiteral("e4.example.com TXT v=spf1 ?all"), QStringLiteral("e5.example.com TXT v=spf1 all -all")},
            {{"all-dot", "1.2.3.4", "foo@e1.example.com", "mail.example.com", "permerror", nullptr},
             {"all-arg", "1.2.3.4", "foo@e2.example.com", "mail.example.com", "permerror", nullptr},
             {"all-cidr", "1.2.3.4", "foo@e3.example.com", "mail.example.com", "permerror", nullptr},
             {"all-neutral", "1.2.3.4", "foo@e4.example.com", "mail.example.com", "neutral", nullptr},
             {"all-double", "1.2.3.4", "foo@e5.example.com", "mail.example.com", "pass", nullptr}});

    // §5.5 ptr
    addRows({QStringLiteral("mail.example.com A 1.2.3.4"), QStringLiteral("mail.example.com AAAA 2001:db8::1"),
             QStringLiteral("e1.example.com TXT v=spf1 ptr/0 -all"),
             QStringLiteral("e2.example.com TXT v=spf1 ptr:example.com -all"),
             QStringLiteral("4.3.2.1.in-addr.arpa PTR e3.example.com"),
             QStringLiteral("4.3.2.1.in-addr.arpa PTR e4.example.com"),
             QStringLiteral("4.3.2.1.in-addr.arpa PTR mail.example.com"),
             QStringLiteral("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.e.b.a.b.e.f.a.c.ip6.arpa PTR e3.example.com"),
             QStringLiteral("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa PTR mail.Example.com"),
             QStringLiteral("e3.example.com TXT v=spf1 ptr -all"), QStringLiteral("e3.example.com A 1.2.3.4"),
             QStringLiteral("e3.example.com AAAA CAFE:BABE::1"), QStringLiteral("e4.example.com TXT v=spf1 ptr -all"),
             QStringLiteral("e5.example.com TXT v=spf1 ptr:"), QStringLiteral("e6.example.com TXT v=spf1 ptr:example.Com -all"),
             QStringLiteral("loop.example.com TXT v=spf1 ptr"),
             QStringLiteral("4.2.0.192.in-addr.arpa PTR loop4.example.com."),
             QStringLiteral("loop4.example.com CNAME-LOOP"),
             QStringLiteral("e7.example.com TXT v=spf1 ptr -all"),
             QStringLiteral("5.2.0.192.in-addr.arpa SERVFAIL"),
             QStringLiteral("e8.example.com TXT v=spf1 ptr ?all")},
            {{"ptr-cidr", "1.2.3.4", "foo@e1.example.com", "mail.example.com", "permerror", nullptr},
             {"ptr-match-target", "1.2.3.4", "foo@e2.example.com", "mail.example.com", "pass", nullptr},
             {"ptr-match-implicit", "1.2.3.4", "foo@e3.example.com", "mail.example.com", "pass", nullptr},
             {"ptr-nomatch-invalid", "1.2.3.4", "foo@e4.example.com", "mail.example.com", "fail", nullptr},
             {"ptr-match-ip6", "CAFE:BABE::1", "foo@e3.example.com", "mail.example.com", "pass", nullptr},
             {"ptr-empty-domain", "1.2.3.4", "foo@e5.example.com", "mail.example.com", "permerror", nullptr},
             {"ptr-case-change", "2001:db8::1", "bar@e6.example.com", "mail.example.com", "pass", nullptr},
             {"ptr-cname-loop", "192.0.2.4", "postmaster@loop.example.com", "loop.example.com", "neutral", nullptr},
             {"ptr-no-ptr-record", "192.0.2.9", "foo@e7.example.com", "mail.example.com", "fail", nullptr},
             {"ptr-dns-error-no-match", "192.0.2.5", "foo@e8.example.com", "mail.example.com", "neutral", nullptr}});

    // §5.3 a
    addRows({QStringLiteral("mail.example.com A 1.2.3.4"), QStringLiteral("e1.example.com TXT v=spf1 a/0 -all"),
             QStringLiteral("e2.example.com A 1.1.1.1"), QStringLiteral("e2.example.com AAAA 1234::2"),
             QStringLiteral("e2.example.com TXT v=spf1 a/0 -all"), QStringLiteral("e2a.example.com AAAA 1234::1"),
             QStringLiteral("e2a.example.com TXT v=spf1 a//0 -all"), QStringLiteral("e2b.example.com A 1.1.1.1"),
             QStringLiteral("e2b.example.com TXT v=spf1 a//0 -all"), QStringLiteral("ipv6.example.com AAAA 1234::1"),
             QStringLiteral("ipv6.example.com A 1.1.1.1"), QStringLiteral("ipv6.example.com TXT v=spf1 a -all"),
             QStringLiteral("e3.example.com TXT ") + QString::fromLatin1("v=spf1 a:foo.example.com\0", 25),
             QStringLiteral("e4.example.com TXT v=spf1 a:111.222.33.44"),
             QStringLiteral("e5.example.com TXT v=spf1 a:abc.123"), QStringLiteral("e5a.example.com TXT v=spf1 a:museum"),
             QStringLiteral("e5b.example.com TXT v=spf1 a:museum."), QStringLiteral("e6.example.com TXT v=spf1 a//33 -all"),
             QStringLiteral("e6a.example.com TXT v=spf1 a/33 -all"), QStringLiteral("e7.example.com TXT v=spf1 a//129 -all"),
             QStringLiteral("e8.example.com A 1.2.3.5"), QStringLiteral("e8.example.com AAAA 2001:db8:1234::dead:beef"),
             QStringLiteral("e8.example.com TXT v=spf1 a/24//64 -all"), QStringLiteral("e8e.example.com A 1.2.3.5"),
             QStringLiteral("e8e.example.com AAAA 2001:db8:1234::dead:beef"),
             QStringLiteral("e8e.example.com TXT v=spf1 a/24/64 -all"), QStringLiteral("e8a.example.com A 1.2.3.5"),
             QStringLiteral("e8a.example.com AAAA 2001:db8:1234::dead:beef"),
             QStringLiteral("e8a.example.com TXT v=spf1 a/24 -all"), QStringLiteral("e8b.example.com A 1.2.3.5"),
             QStringLiteral("e8b.example.com AAAA 2001:db8:1234::dead:beef"),
             QStringLiteral("e8b.example.com TXT v=spf1 a//64 -all"),
             QStringLiteral("e9.example.com TXT v=spf1 a:example.com:8080"),
             QStringLiteral("e10.example.com TXT v=spf1 a:foo.example.com/24"), QStringLiteral("foo.example.com A 1.1.1.1"),
             QStringLiteral("foo.example.com A 1.2.3.5"), QStringLiteral("e11.example.com TXT v=spf1 a:foo:bar/baz.example.com"),
             QStringLiteral("foo:bar/baz.example.com A 1.2.3.4"), QStringLiteral("e12.example.com TXT v=spf1 a:example.-com"),
             QStringLiteral("e13.example.com TXT v=spf1 a:"),
             QStringLiteral("e14.example.com TXT v=spf1 a:foo.example.xn--zckzah -all"),
             QStringLiteral("foo.example.xn--zckzah A 1.2.3.4"),
             QStringLiteral("e15.example.com TXT v=spf1 a:err.example.com -all"),
             QStringLiteral("err.example.com TIMEOUT")},
            {{"a-cidr6", "1.2.3.4", "foo@e6.example.com", "mail.example.com", "fail", nullptr},
             {"a-bad-cidr4", "1.2.3.4", "foo@e6a.example.com", "mail.example.com", "permerror", nullptr},
             {"a-bad-cidr6", "1.2.3.4", "foo@e7.example.com", "mail.example.com", "permerror", nullptr},
             {"a-dual-cidr-ip4-match", "1.2.3.4", "foo@e8.example.com", "mail.example.com", "pass", nullptr},
             {"a-dual-cidr-ip4-err", "1.2.3.4", "foo@e8e.example.com", "mail.example.com", "permerror", nullptr},
             {"a-dual-cidr-ip6-match", "2001:db8:1234::cafe:babe", "foo@e8.example.com", "mail.example.com", "pass", nullptr},
             {"a-dual-cidr-ip4-default", "1.2.3.4", "foo@e8b.example.com", "mail.example.com", "fail", nullptr},
             {"a-dual-cidr-ip6-default", "2001:db8:1234::cafe:babe", "foo@e8a.example.com", "mail.example.com", "fail", nullptr},
             {"a-multi-ip1", "1.2.3.4", "foo@e10.example.com", "mail.example.com", "pass", nullptr},
             {"a-bad-domain", "1.2.3.4", "foo@e9.example.com", "mail.example.com", "permerror", nullptr},
             {"a-nxdomain", "1.2.3.4", "foo@e1.example.com", "mail.example.com", "fail", nullptr},
             {"a-cidr4-0", "1.2.3.4", "foo@e2.example.com", "mail.example.com", "pass", nullptr},
             {"a-cidr4-0-ip6", "1234::1", "foo@e2.example.com", "mail.example.com", "fail", nullptr},
             {"a-cidr6-0-ip4", "1.2.3.4", "foo@e2a.example.com", "mail.example.com", "fail", nullptr},
             {"a-cidr6-0-ip4mapped", "::FFFF:1.2.3.4", "foo@e2a.example.com", "mail.example.com", "fail", nullptr},
             {"a-cidr6-0-ip6", "1234::1", "foo@e2a.example.com", "mail.example.com", "pass", nullptr},
             {"a-ip6-dualstack", "1234::1", "foo@ipv6.example.com", "mail.example.com", "pass", nullptr},
             {"a-cidr6-0-nxdomain", "1234::1", "foo@e2b.example.com", "mail.example.com", "fail", nullptr},
             {"a-null", "1.2.3.5", "foo@e3.example.com", "mail.example.com", "permerror", nullptr},
             {"a-numeric", "1.2.3.4", "foo@e4.example.com", "mail.example.com", "permerror", nullptr},
             {"a-numeric-toplabel", "1.2.3.4", "foo@e5.example.com", "mail.example.com", "permerror", nullptr},
             {"a-dash-in-toplabel", "1.2.3.4", "foo@e14.example.com", "mail.example.com", "pass", nullptr},
             {"a-bad-toplabel", "1.2.3.4", "foo@e12.example.com", "mail.example.com", "permerror", nullptr},
             {"a-only-toplabel", "1.2.3.4", "foo@e5a.example.com", "mail.example.com", "permerror", nullptr},
             {"a-only-toplabel-trailing-dot", "1.2.3.4", "foo@e5b.example.com", "mail.example.com", "permerror", nullptr},
             {"a-colon-domain", "1.2.3.4", "foo@e11.example.com", "mail.example.com", "pass", nullptr},
             {"a-colon-domain-ip4mapped", "::FFFF:1.2.3.4", "foo@e11.example.com", "mail.example.com", "pass", nullptr},
             {"a-empty-domain", "1.2.3.4", "foo@e13.example.com", "mail.example.com", "permerror", nullptr},
             {"a-dns-error", "1.2.3.4", "foo@e15.example.com", "mail.example.com", "temperror", nullptr}});

    // §5.2 include
    addRows({QStringLiteral("mail.example.com A 1.2.3.4"), QStringLiteral("ip5.example.com TXT v=spf1 ip4:1.2.3.5 -all"),
             QStringLiteral("ip6.example.com TXT v=spf1 ip4:1.2.3.6 ~all"),
             QStringLiteral("ip7.example.com TXT v=spf1 ip4:1.2.3.7 ?all"), QStringLiteral("ip8.example.com TIMEOUT"),
             QStringLiteral("ip9.example.com TXT v=spf1 ip4:1.2.3.4 -all"),
             QStringLiteral("erehwon.example.com TXT v=spfl am not an SPF record"),
             QStringLiteral("e1.example.com TXT v=spf1 include:ip5.example.com ~all"),
             QStringLiteral("e2.example.com TXT v=spf1 include:ip6.example.com all"),
             QStringLiteral("e3.example.com TXT v=spf1 include:ip7.example.com -all"),
             QStringLiteral("e4.example.com TXT v=spf1 include:ip8.example.com -all"),
             QStringLiteral("e5.example.com TXT v=spf1 include:e6.example.com -all"),
             QStringLiteral("e6.example.com TXT v=spf1 include +all"),
             QStringLiteral("e7.example.com TXT v=spf1 include:erehwon.example.com -all"),
             QStringLiteral("e8.example.com TXT v=spf1 include: -all"),
             QStringLiteral("e9.example.com TXT v=spf1 include:ip5.example.com/24 -all"),
             QStringLiteral("e10.example.com TXT v=spf1 include:ip9.example.com -all"),
             QStringLiteral("e11.example.com TXT v=spf1 -include:ip9.example.com +all"),
             QStringLiteral("e12.example.com TXT v=spf1 include:nxdomain.example.com +all")},
            {{"include-fail", "1.2.3.4", "foo@e1.example.com", "mail.example.com", "softfail", nullptr},
             {"include-softfail", "1.2.3.4", "foo@e2.example.com", "mail.example.com", "pass", nullptr},
             {"include-neutral", "1.2.3.4", "foo@e3.example.com", "mail.example.com", "fail", nullptr},
             {"include-temperror", "1.2.3.4", "foo@e4.example.com", "mail.example.com", "temperror", nullptr},
             {"include-permerror", "1.2.3.4", "foo@e5.example.com", "mail.example.com", "permerror", nullptr},
             {"include-syntax-error", "1.2.3.4", "foo@e6.example.com", "mail.example.com", "permerror", nullptr},
             {"include-cidr", "1.2.3.4", "foo@e9.example.com", "mail.example.com", "permerror", nullptr},
             {"include-none", "1.2.3.4", "foo@e7.example.com", "mail.example.com", "permerror", nullptr},
             {"include-empty-domain", "1.2.3.4", "foo@e8.example.com", "mail.example.com", "permerror", nullptr},
             {"include-pass", "1.2.3.4", "foo@e10.example.com", "mail.example.com", "pass", nullptr},
             {"include-qualifier", "1.2.3.4", "foo@e11.example.com", "mail.example.com", "fail", nullptr},
             {"include-nxdomain", "1.2.3.4", "foo@e12.example.com", "mail.example.com", "permerror", nullptr}});

    // §5.4 mx
    addRows({QStringLiteral("mail.example.com A 1.2.3.4"), QStringLiteral("mail.example.com MX 0 "),
             QStringLiteral("mail.example.com TXT v=spf1 mx"), QStringLiteral("e1.example.com TXT v=spf1 mx/0 -all"),
             QStringLiteral("e1.example.com MX 0 e1.example.com"), QStringLiteral("e2.example.com A 1.1.1.1"),
             QStringLiteral("e2.example.com AAAA 1234::2"), QStringLiteral("e2.example.com MX 0 e2.example.com"),
             QStringLiteral("e2.example.com TXT v=spf1 mx/0 -all"), QStringLiteral("e2a.example.com AAAA 1234::1"),
             QStringLiteral("e2a.example.com MX 0 e2a.example.com"), QStringLiteral("e2a.example.com TXT v=spf1 mx//0 -all"),
             QStringLiteral("e2b.example.com A 1.1.1.1"), QStringLiteral("e2b.example.com MX 0 e2b.example.com"),
             QStringLiteral("e2b.example.com TXT v=spf1 mx//0 -all"),
             QStringLiteral("e3.example.com TXT ") + QString::fromLatin1("v=spf1 mx:foo.example.com\0", 26),
             QStringLiteral("e4.example.com TXT v=spf1 mx"), QStringLiteral("e4.example.com A 1.2.3.4"),
             QStringLiteral("e5.example.com TXT v=spf1 mx:abc.123"), QStringLiteral("e6.example.com TXT v=spf1 mx//33 -all"),
             QStringLiteral("e6a.example.com TXT v=spf1 mx/33 -all"), QStringLiteral("e7.example.com TXT v=spf1 mx//129 -all"),
             QStringLiteral("e9.example.com TXT v=spf1 mx:example.com:8080"),
             QStringLiteral("e10.example.com TXT v=spf1 mx:foo.example.com/24"),
             QStringLiteral("foo.example.com MX 0 foo1.example.com"), QStringLiteral("foo1.example.com A 1.1.1.1"),
             QStringLiteral("foo1.example.com A 1.2.3.5"), QStringLiteral("e11.example.com TXT v=spf1 mx:foo:bar/baz.example.com"),
             QStringLiteral("foo:bar/baz.example.com MX 0 foo:bar/baz.example.com"),
             QStringLiteral("foo:bar/baz.example.com A 1.2.3.4"), QStringLiteral("e12.example.com TXT v=spf1 mx:example.-com"),
             QStringLiteral("e13.example.com TXT v=spf1 mx: -all"),
             QStringLiteral("e14.example.com TXT v=spf1 mx -all"), QStringLiteral("e14.example.com MX 10 bad.example.com"),
             QStringLiteral("e14.example.com MX 20 good.example.com"), QStringLiteral("bad.example.com TIMEOUT"),
             QStringLiteral("good.example.com A 1.2.3.4")},
            {{"mx-cidr6", "1.2.3.4", "foo@e6.example.com", "mail.example.com", "fail", nullptr},
             {"mx-bad-cidr4", "1.2.3.4", "foo@e6a.example.com", "mail.example.com", "permerror", nullptr},
             {"mx-bad-cidr6", "1.2.3.4", "foo@e7.example.com", "mail.example.com", "permerror", nullptr},
             {"mx-multi-ip1", "1.2.3.4", "foo@e10.example.com", "mail.example.com", "pass", nullptr},
             {"mx-bad-domain", "1.2.3.4", "foo@e9.example.com", "mail.example.com", "permerror", nullptr},
             {"mx-nxdomain", "1.2.3.4", "foo@e1.example.com", "mail.example.com", "fail", nullptr},
             {"mx-cidr4-0", "1.2.3.4", "foo@e2.example.com", "mail.example.com", "pass", nullptr},
             {"mx-cidr4-0-ip6", "1234::1", "foo@e2.example.com", "mail.example.com", "fail", nullptr},
             {"mx-cidr6-0-ip4", "1.2.3.4", "foo@e2a.example.com", "mail.example.com", "fail", nullptr},
             {"mx-cidr6-0-ip4mapped", "::FFFF:1.2.3.4", "foo@e2a.example.com", "mail.example.com", "fail", nullptr},
             {"mx-cidr6-0-ip6", "1234::1", "foo@e2a.example.com", "mail.example.com", "pass", nullptr},
             {"mx-cidr6-0-nxdomain", "1234::1", "foo@e2b.example.com", "mail.example.com", "fail", nullptr},
             {"mx-null", "1.2.3.5", "foo@e3.example.com", "mail.example.com", "permerror", nullptr},
             {"mx-numeric-top-label", "1.2.3.4", "foo@e5.example.com", "mail.example.com", "permerror", nullptr},
             {"mx-colon-domain", "1.2.3.4", "foo@e11.example.com", "mail.example.com", "pass", nullptr},
             {"mx-colon-domain-ip4mapped", "::FFFF:1.2.3.4", "foo@e11.example.com", "mail.example.com", "pass", nullptr},
             {"mx-bad-toplab", "1.2.3.4", "foo@e12.example.com", "mail.example.com", "permerror", nullptr},
             {"mx-empty", "1.2.3.4", "", "mail.example.com", "neutral", nullptr},
             {"mx-implicit", "1.2.3.4", "foo@e4.example.com", "mail.example.com", "neutral", nullptr},
             {"mx-empty-domain", "1.2.3.4", "foo@e13.example.com", "mail.example.com", "permerror", nullptr},
             {"mx-host-dns-error", "1.2.3.4", "foo@e14.example.com", "mail.example.com", "temperror", nullptr}});

    // §5.7 exists
    addRows({QStringLiteral("mail.example.com A 1.2.3.4"), QStringLiteral("mail6.example.com AAAA CAFE:BABE::4"),
             QStringLiteral("err.example.com TIMEOUT"), QStringLiteral("e1.example.com TXT v=spf1 exists:"),
             QStringLiteral("e2.example.com TXT v=spf1 exists"), QStringLiteral("e3.example.com TXT v=spf1 exists:mail.example.com/24"),
             QStringLiteral("e4.example.com TXT v=spf1 exists:mail.example.com"),
             QStringLiteral("e5.example.com TXT v=spf1 exists:mail6.example.com -all"),
             QStringLiteral("e6.example.com TXT v=spf1 exists:err.example.com -all")},
            {{"exists-empty-domain", "1.2.3.4", "foo@e1.example.com", "mail.example.com", "permerror", nullptr},
             {"exists-implicit", "1.2.3.4", "foo@e2.example.com", "mail.example.com", "permerror", nullptr},
             {"exists-cidr", "1.2.3.4", "foo@e3.example.com", "mail.example.com", "permerror", nullptr},
             {"exists-ip4", "1.2.3.4", "foo@e4.example.com", "mail.example.com", "pass", nullptr},
             {"exists-ip6", "CAFE:BABE::3", "foo@e4.example.com", "mail.example.com", "pass", nullptr},
             {"exists-ip6only", "CAFE:BABE::3", "foo@e5.example.com", "mail.example.com", "fail", nullptr},
             {"exists-dnserr", "CAFE:BABE::3", "foo@e6.example.com", "mail.example.com", "temperror", nullptr}});

    // §5.6 ip4 / ip6
    addRows({QStringLiteral("mail.example.com A 1.2.3.4"), QStringLiteral("e1.example.com TXT v=spf1 ip4:1.1.1.1/0 -all"),
             QStringLiteral("e2.example.com TXT v=spf1 ip4:1.2.3.4/32 -all"), QStringLiteral("e3.example.com TXT v=spf1 ip4:1.2.3.4/33 -all"),
             QStringLiteral("e4.example.com TXT v=spf1 ip4:1.2.3.4/032 -all"), QStringLiteral("e5.example.com TXT v=spf1 ip4"),
             QStringLiteral("e6.example.com TXT v=spf1 ip4:1.2.3.4//32"),
             QStringLiteral("e7.example.com TXT v=spf1 -ip4:1.2.3.4 ip6:::FFFF:1.2.3.4"),
             QStringLiteral("e8.example.com TXT v=spf1 ip4:1.2.3.4:8080"), QStringLiteral("e9.example.com TXT v=spf1 ip4:1.2.3"),
             QStringLiteral("f1.example.com TXT v=spf1 -all ip6"), QStringLiteral("f2.example.com TXT v=spf1 ip6:::1.1.1.1/0"),
             QStringLiteral("f3.example.com TXT v=spf1 ip6:::1.1.1.1/129"), QStringLiteral("f4.example.com TXT v=spf1 ip6:::1.1.1.1//33"),
             QStringLiteral("f5.example.com TXT v=spf1 ip6:Cafe:Babe:8000::/33"), QStringLiteral("f6.example.com TXT v=spf1 ip6::CAFE::BABE"),
             QStringLiteral("f7.example.com TXT v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 -all")},
            {{"cidr4-0", "1.2.3.4", "foo@e1.example.com", "mail.example.com", "pass", nullptr},
             {"cidr4-32", "1.2.3.4", "foo@e2.example.com", "mail.example.com", "pass", nullptr},
             {"cidr4-33", "1.2.3.4", "foo@e3.example.com", "mail.example.com", "permerror", nullptr},
             {"cidr4-032", "1.2.3.4", "foo@e4.example.com", "mail.example.com", "permerror", nullptr},
             {"bare-ip4", "1.2.3.4", "foo@e5.example.com", "mail.example.com", "permerror", nullptr},
             {"bad-ip4-port", "1.2.3.4", "foo@e8.example.com", "mail.example.com", "permerror", nullptr},
             {"bad-ip4-short", "1.2.3.4", "foo@e9.example.com", "mail.example.com", "permerror", nullptr},
             {"ip4-dual-cidr", "1.2.3.4", "foo@e6.example.com", "mail.example.com", "permerror", nullptr},
             {"ip4-mapped-ip6", "::FFFF:1.2.3.4", "foo@e7.example.com", "mail.example.com", "fail", nullptr},
             {"bare-ip6", "1.2.3.4", "foo@f1.example.com", "mail.example.com", "permerror", nullptr},
             {"cidr6-0-ip4", "1.2.3.4", "foo@f2.example.com", "mail.example.com", "neutral", nullptr},
             {"cidr6-ip4", "::FFFF:1.2.3.4", "foo@f2.example.com", "mail.example.com", "neutral", nullptr},
             {"cidr6-0", "DEAF:BABE::CAB:FEE", "foo@f2.example.com", "mail.example.com", "pass", nullptr},
             {"cidr6-129", "1.2.3.4", "foo@f3.example.com", "mail.example.com", "permerror", nullptr},
             {"cidr6-bad", "1.2.3.4", "foo@f4.example.com", "mail.example.com", "permerror", nullptr},
             {"cidr6-33", "CAFE:BABE:8000::", "foo@f5.example.com", "mail.example.com", "pass", nullptr},
             {"cidr6-33-ip4", "1.2.3.4", "foo@f5.example.com", "mail.example.com", "neutral", nullptr},
             {"ip6-bad1", "1.2.3.4", "foo@f6.example.com", "mail.example.com", "permerror", nullptr},
             {"ip4-net-match", "192.0.2.200", "foo@f7.example.com", "mail.example.com", "pass", nullptr},
             {"ip6-net-match", "2001:db8:ffff::1", "foo@f7.example.com", "mail.example.com", "pass", nullptr},
             {"ip6-net-nomatch", "2001:db9::1", "foo@f7.example.com", "mail.example.com", "fail", nullptr}});

    // §6 redirect / exp / unknown modifiers
    addRows({QStringLiteral("mail.example.com A 1.2.3.4"),
             QStringLiteral("e1.example.com TXT v=spf1 exp=exp1.example.com redirect=e2.example.com"),
             QStringLiteral("e2.example.com TXT v=spf1 -all"),
             QStringLiteral("e3.example.com TXT v=spf1 exp=exp1.example.com redirect=e4.example.com"),
             QStringLiteral("e4.example.com TXT v=spf1 -all exp=exp2.example.com"),
             QStringLiteral("exp1.example.com TXT No-see-um"), QStringLiteral("exp2.example.com TXT See me."),
             QStringLiteral("exp3.example.com TXT Correct!"), QStringLiteral("exp4.example.com TXT %{l} in implementation"),
             QStringLiteral("e5.example.com TXT v=spf1 1up=foo"), QStringLiteral("e6.example.com TXT v=spf1 =all"),
             QStringLiteral("e7.example.com TXT v=spf1 include:e3.example.com -all exp=exp3.example.com"),
             QStringLiteral("e8.example.com TXT v=spf1 -all exp=exp4.example.com"),
             QStringLiteral("e9.example.com TXT v=spf1 -all foo=%abc"),
             QStringLiteral("e10.example.com TXT v=spf1 redirect=erehwon.example.com"),
             QStringLiteral("e11.example.com TXT v=spf1 -all exp=e11msg.example.com"),
             QStringLiteral("e11msg.example.com TXT Answer a fool according to his folly."),
             QStringLiteral("e11msg.example.com TXT Do not answer a fool according to his folly."),
             QStringLiteral("e12.example.com TXT v=spf1 exp= -all"),
             QStringLiteral("e13.example.com TXT v=spf1 exp=e13msg.example.com -all"),
             QStringLiteral("e13msg.example.com TXT The %{x}-files."),
             QStringLiteral("e14.example.com TXT v=spf1 exp=e13msg.example.com -all exp=e11msg.example.com"),
             QStringLiteral("e15.example.com TXT v=spf1 redirect=e12.example.com -all redirect=e12.example.com"),
             QStringLiteral("e16.example.com TXT v=spf1 exp=-all"), QStringLiteral("e17.example.com TXT v=spf1 redirect=-all ?all"),
             QStringLiteral("e18.example.com TXT v=spf1 ?all redirect="), QStringLiteral("e19.example.com TXT v=spf1 default=pass"),
             QStringLiteral("e20.example.com TXT v=spf1 default=+"),
             QStringLiteral("e21.example.com TXT v=spf1 exp=e21msg.example.com -all"), QStringLiteral("e21msg.example.com TIMEOUT"),
             QStringLiteral("e22.example.com TXT v=spf1 exp=mail.example.com -all"),
             QStringLiteral("nonascii.example.com TXT v=spf1 exp=badexp.example.com -all"),
             QStringLiteral("badexp.example.com TXT ") + QChar(0xFEFF) + QStringLiteral("Explanation"),
             QStringLiteral("tworecs.example.com TXT v=spf1 exp=twoexp.example.com -all"),
             QStringLiteral("twoexp.example.com TXT one"), QStringLiteral("twoexp.example.com TXT two"),
             QStringLiteral("e23.example.com TXT v=spf1 a:erehwon.example.com a:foobar.com exp=nxdomain.com -all"),
             QStringLiteral("e24.example.com TXT v=spf1 redirect=testimplicit.example.com"),
             QStringLiteral("e24.example.com A 192.0.2.1"), QStringLiteral("testimplicit.example.com TXT v=spf1 a -all"),
             QStringLiteral("testimplicit.example.com A 192.0.2.2"),
             QStringLiteral("e25.example.com TXT v=spf1 ~all exp=exp2.example.com"),
             QStringLiteral("e26.example.com TXT v=spf1 REDIRECT=e2.example.com"),
             QStringLiteral("e27.example.com TXT v=spf1 redirect=e28.example.com"),
             QStringLiteral("e28.example.com TXT v=spf1 ip4:1.2.3.5")},
            {{"mod-redirect-none", "1.2.3.4", "foo@e10.example.com", "mail.example.com", "permerror", nullptr},
             {"mod-redirect-cancels-exp", "1.2.3.4", "foo@e1.example.com", "mail.example.com", "fail", "DEFAULT"},
             {"mod-redirect-syntax-error", "1.2.3.4", "foo@e17.example.com", "mail.example.com", "permerror", nullptr},
             {"mod-include-ignores-exp", "1.2.3.4", "foo@e7.example.com", "mail.example.com", "fail", "Correct!"},
             {"mod-redirect-cancels-prior-exp", "1.2.3.4", "foo@e3.example.com", "mail.example.com", "fail", "See me."},
             {"mod-invalid-modifier", "1.2.3.4", "foo@e5.example.com", "mail.example.com", "permerror", nullptr},
             {"mod-empty-modifier-name", "1.2.3.4", "foo@e6.example.com", "mail.example.com", "permerror", nullptr},
             {"mod-dorky-sentinel", "1.2.3.4", "Macro Error@e8.example.com", "mail.example.com", "fail", "Macro Error in implementation"},
             {"mod-exp-multiple-txt", "1.2.3.4", "foo@e11.example.com", "mail.example.com", "fail", "DEFAULT"},
             {"mod-exp-no-txt", "1.2.3.4", "foo@e22.example.com", "mail.example.com", "fail", "DEFAULT"},
             {"mod-exp-dns-error", "1.2.3.4", "foo@e21.example.com", "mail.example.com", "fail", "DEFAULT"},
             {"mod-exp-empty-domain", "1.2.3.4", "foo@e12.example.com", "mail.example.com", "permerror", nullptr},
             {"mod-explanation-syntax-error", "1.2.3.4", "foo@e13.example.com", "mail.example.com", "fail", "DEFAULT"},
             {"mod-exp-syntax-error", "1.2.3.4", "foo@e16.example.com", "mail.example.com", "permerror", nullptr},
             {"mod-exp-twice", "1.2.3.4", "foo@e14.example.com", "mail.example.com", "permerror", nullptr},
             {"mod-redirect-empty-domain", "1.2.3.4", "foo@e18.example.com", "mail.example.com", "permerror", nullptr},
             {"mod-redirect-twice", "1.2.3.4", "foo@e15.example.com", "mail.example.com", "permerror", nullptr},
             {"mod-unknown-modifier-syntax", "1.2.3.4", "foo@e9.example.com", "mail.example.com", "permerror", nullptr},
             {"mod-default-modifier-obsolete", "1.2.3.4", "foo@e19.example.com", "mail.example.com", "neutral", nullptr},
             {"mod-default-modifier-obsolete2", "1.2.3.4", "foo@e20.example.com", "mail.example.com", "neutral", nullptr},
             {"mod-non-ascii-exp", "1.2.3.4", "foobar@nonascii.example.com", "hosed", "fail", "DEFAULT"},
             {"mod-two-exp-records", "1.2.3.4", "foobar@tworecs.example.com", "hosed", "fail", "DEFAULT"},
             {"mod-exp-void", "1.2.3.4", "foo@e23.example.com", "mail.example.com", "fail", "DEFAULT"},
             {"mod-redirect-implicit", "192.0.2.2", "bar@e24.example.com", "e24.example.com", "pass", nullptr},
             {"mod-exp-only-on-fail", "1.2.3.4", "foo@e25.example.com", "mail.example.com", "softfail", "DEFAULT"},
             {"mod-redirect-case", "1.2.3.4", "foo@e26.example.com", "mail.example.com", "fail", nullptr},
             {"mod-redirect-neutral", "1.2.3.4", "foo@e27.example.com", "mail.example.com", "neutral", nullptr}});

    // §7 macros
    addRows({QStringLiteral("example.com.d.spf.example.com TXT v=spf1 redirect=a.spf.example.com"),
             QStringLiteral("a.spf.example.com TXT v=spf1 include:o.spf.example.com. ~all"),
             QStringLiteral("o.spf.example.com TXT v=spf1 ip4:192.168.218.40"),
             QStringLiteral("msgbas2x.cos.example.com A 192.168.218.40"), QStringLiteral("example.com A 192.168.90.76"),
             QStringLiteral("example.com TXT v=spf1 redirect=%{d}.d.spf.example.com."),
             QStringLiteral("exp.example.com TXT v=spf1 exp=msg.example.com. -all"),
             QStringLiteral("msg.example.com TXT This is a test."),
             QStringLiteral("e1.example.com TXT v=spf1 -exists:%(ir).sbl.example.com ?all"),
             QStringLiteral("e1e.example.com TXT v=spf1 exists:foo%(ir).sbl.example.com ?all"),
             QStringLiteral("e1t.example.com TXT v=spf1 exists:foo%.sbl.example.com ?all"),
             QStringLiteral("e1a.example.com TXT v=spf1 a:macro%%percent%_%_space%-url-space.example.com -all"),
             QStringLiteral("macro%percent  space%20url-space.example.com\tA 1.2.3.4"),
             QStringLiteral("e2.example.com TXT v=spf1 -all exp=%{r}.example.com"),
             QStringLiteral("e3.example.com TXT v=spf1 -all exp=%{ir}.example.com"),
             QStringLiteral("40.218.168.192.example.com TXT Connections from %{c} not authorized."),
             QStringLiteral("somewhat.long.exp.example.com TXT v=spf1 -all exp=foobar.%{o}.%{o}.%{o}.%{o}.%{o}.%{o}.%{o}.%{o}.example.com"),
             QStringLiteral("somewhat.long.exp.example.com.somewhat.long.exp.example.com.somewhat.long.exp.example.com."
                            "somewhat.long.exp.example.com.somewhat.long.exp.example.com.somewhat.long.exp.example.com."
                            "somewhat.long.exp.example.com.somewhat.long.exp.example.com.example.com TXT Congratulations!  That was tricky."),
             QStringLiteral("e4.example.com TXT v=spf1 -all exp=e4msg.example.com"),
             QStringLiteral("e4msg.example.com TXT %{c} is queried as %{ir}.%{v}.arpa"),
             QStringLiteral("e5.example.com TXT v=spf1 a:%{a}.example.com -all"),
             QStringLiteral("e6.example.com TXT v=spf1 -all exp=e6msg.example.com"),
             QStringLiteral("e6msg.example.com TXT connect from %{p}"),
             QStringLiteral("mx.example.com A 192.168.218.41"), QStringLiteral("mx.example.com A 192.168.218.42"),
             QStringLiteral("mx.example.com AAAA CAFE:BABE::2"), QStringLiteral("mx.example.com AAAA CAFE:BABE::3"),
             QStringLiteral("40.218.168.192.in-addr.arpa PTR mx.example.com"),
             QStringLiteral("41.218.168.192.in-addr.arpa PTR mx.example.com"),
             QStringLiteral("42.218.168.192.in-addr.arpa PTR mx.example.com"),
             QStringLiteral("42.218.168.192.in-addr.arpa PTR mx.e7.example.com"),
             QStringLiteral("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.e.b.a.b.e.f.a.c.ip6.arpa PTR mx.example.com"),
             QStringLiteral("3.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.e.b.a.b.e.f.a.c.ip6.arpa PTR mx.example.com"),
             QStringLiteral("mx.e7.example.com A 192.168.218.42"),
             QStringLiteral("mx.e7.example.com.should.example.com A 127.0.0.2"),
             QStringLiteral("mx.example.com.ok.example.com A 127.0.0.2"),
             QStringLiteral("e7.example.com TXT v=spf1 exists:%{p}.should.example.com ~exists:%{p}.ok.example.com"),
             QStringLiteral("e8.example.com TXT v=spf1 -all exp=msg8.%{D2}"),
             QStringLiteral("msg8.example.com TXT http://example.com/why.html?l=%{L}"),
             QStringLiteral("e9.example.com TXT v=spf1 a:%{H} -all"),
             QStringLiteral("e10.example.com TXT v=spf1 -include:_spfh.%{d2} ip4:1.2.3.0/24 -all"),
             QStringLiteral("_spfh.example.com TXT v=spf1 -a:%{h} +all"),
             QStringLiteral("e11.example.com TXT v=spf1 exists:%{i}.%{l2r-}.user.%{d2}"),
             QStringLiteral("1.2.3.4.gladstone.philip.user.example.com A 127.0.0.2"),
             QStringLiteral("e12.example.com TXT v=spf1 exists:%{l2r+-}.user.%{d2}"),
             QStringLiteral("bar.foo.user.example.com A 127.0.0.2"),
             QStringLiteral("e13.example.com TXT v=spf1 -all exp=e13msg.example.com"),
             QStringLiteral("e13msg.example.com TXT at %{t} by %{r} for %{s} via %{h} (%{v})")},
            {{"macro-trailing-dot-domain", "192.168.218.40", "test@example.com", "msgbas2x.cos.example.com", "pass", nullptr},
             {"macro-trailing-dot-exp", "192.168.218.40", "test@exp.example.com", "msgbas2x.cos.example.com", "fail", "This is a test."},
             {"macro-exp-only-macro-char", "192.168.218.40", "test@e2.example.com", "msgbas2x.cos.example.com", "permerror", nullptr},
             {"macro-invalid-macro-char", "192.168.218.40", "test@e1.example.com", "msgbas2x.cos.example.com", "permerror", nullptr},
             {"macro-invalid-embedded-macro-char", "192.168.218.40", "test@e1e.example.com", "msgbas2x.cos.example.com", "permerror", nullptr},
             {"macro-invalid-trailing-macro-char", "192.168.218.40", "test@e1t.example.com", "msgbas2x.cos.example.com", "permerror", nullptr},
             {"macro-mania-in-domain", "1.2.3.4", "test@e1a.example.com", "mail.example.com", "pass", nullptr},
             {"macro-exp-txt-macro-char", "192.168.218.40", "test@e3.example.com", "msgbas2x.cos.example.com", "fail", "Connections from 192.168.218.40 not authorized."},
             {"macro-domain-name-truncation", "192.168.218.40", "test@somewhat.long.exp.example.com", "msgbas2x.cos.example.com", "fail", "Congratulations!  That was tricky."},
             {"macro-v-macro-ip4", "192.168.218.40", "test@e4.example.com", "msgbas2x.cos.example.com", "fail", "192.168.218.40 is queried as 40.218.168.192.in-addr.arpa"},
             {"macro-v-macro-ip6", "CAFE:BABE::1", "test@e4.example.com", "msgbas2x.cos.example.com", "fail", "cafe:babe::1 is queried as 1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.E.B.A.B.E.F.A.C.ip6.arpa"},
             {"macro-undef-macro", "CAFE:BABE::192.168.218.40", "test@e5.example.com", "msgbas2x.cos.example.com", "permerror", nullptr},
             {"macro-p-macro-ip4-novalid", "192.168.218.40", "test@e6.example.com", "msgbas2x.cos.example.com", "fail", "connect from unknown"},
             {"macro-p-macro-ip4-valid", "192.168.218.41", "test@e6.example.com", "msgbas2x.cos.example.com", "fail", "connect from mx.example.com"},
             {"macro-p-macro-ip6-novalid", "CAFE:BABE::1", "test@e6.example.com", "msgbas2x.cos.example.com", "fail", "connect from unknown"},
             {"macro-p-macro-ip6-valid", "CAFE:BABE::3", "test@e6.example.com", "msgbas2x.cos.example.com", "fail", "connect from mx.example.com"},
             {"macro-p-macro-multiple", "192.168.218.42", "test@e7.example.com", "msgbas2x.cos.example.com", "pass|softfail", nullptr},
             {"macro-upper-macro", "192.168.218.42", "~jack&jill=up-a_b3.c@e8.example.com", "msgbas2x.cos.example.com", "fail", "http://example.com/why.html?l=~jack%26jill%3Dup-a_b3.c"},
             {"macro-hello-macro", "192.168.218.40", "test@e9.example.com", "msgbas2x.cos.example.com", "pass", nullptr},
             {"macro-invalid-hello-macro", "192.168.218.40", "test@e9.example.com", "JUMPIN' JUPITER", "fail", nullptr},
             {"macro-hello-domain-literal", "192.168.218.40", "test@e9.example.com", "[192.168.218.40]", "fail", nullptr},
             {"macro-require-valid-helo", "1.2.3.4", "test@e10.example.com", "OEMCOMPUTER", "fail", nullptr},
             {"macro-reverse-split-on-dash", "1.2.3.4", "philip-gladstone-test@e11.example.com", "mail.example.com", "pass", nullptr},
             {"macro-multiple-delimiters", "1.2.3.4", "foo-bar+zip+quux@e12.example.com", "mail.example.com", "pass", nullptr},
             {"macro-exp-t-r-s-h-v", "2001:db8::1", "who@e13.example.com", "helo.example.org", "fail", "at 1700000000 by receiver.example.net for who@e13.example.com via helo.example.org (ip6)"}});

    // §4.6.4 processing limits
    QStringList limits{QStringLiteral("mail.example.com A 1.2.3.4"),
                       QStringLiteral("e1.example.com TXT v=spf1 ip4:1.1.1.1 redirect=e1.example.com"),
                       QStringLiteral("e1.example.com A 1.2.3.6"), QStringLiteral("e2.example.com TXT v=spf1 include:e3.example.com"),
                       QStringLiteral("e2.example.com A 1.2.3.7"), QStringLiteral("e3.example.com TXT v=spf1 include:e2.example.com"),
                       QStringLiteral("e3.example.com A 1.2.3.8"), QStringLiteral("e4.example.com TXT v=spf1 mx"),
                       QStringLiteral("e4.example.com A 1.2.3.5"), QStringLiteral("e5.example.com TXT v=spf1 ptr"),
                       QStringLiteral("e5.example.com A 1.2.3.5"),
                       QStringLiteral("e6.example.com TXT v=spf1 a mx a mx a mx a mx a ptr ip4:1.2.3.4 -all"),
                       QStringLiteral("e6.example.com A 1.2.3.8"), QStringLiteral("e6.example.com MX 10 e6.example.com"),
                       QStringLiteral("e7.example.com TXT v=spf1 a mx a mx a mx a mx a ptr a ip4:1.2.3.4 -all"),
                       QStringLiteral("e7.example.com A 1.2.3.20"),
                       QStringLiteral("e8.example.com TXT v=spf1 a include:inc.example.com ip4:1.2.3.4 mx -all"),
                       QStringLiteral("e8.example.com A 1.2.3.4"), QStringLiteral("inc.example.com TXT v=spf1 a a a a a a a a"),
                       QStringLiteral("inc.example.com A 1.2.3.10"),
                       QStringLiteral("e9.example.com TXT v=spf1 a include:inc.example.com a ip4:1.2.3.4 -all"),
                       QStringLiteral("e9.example.com A 1.2.3.21"), QStringLiteral("e10.example.com TXT v=spf1 a -all"),
                       QStringLiteral("e11.example.com TXT v=spf1 a:err.example.com a:err1.example.com a:err2.example.com ?all"),
                       QStringLiteral("e12.example.com TXT v=spf1 a:err.example.com a:err1.example.com ?all"),
                       QStringLiteral("e13.example.com TXT v=spf1 exists:n1.example.com mx:n2.example.com ptr ?all"),
                       QStringLiteral("e14.example.com TXT v=spf1 mx:many.example.com -all"),
                       QStringLiteral("e15.example.com TXT v=spf1 ip4:1.2.3.4 a a a a a a a a a a a -all")};
    for (int i = 0; i < 10; ++i)
        limits << QStringLiteral("e4.example.com MX %1 mail.example.com").arg(i);
    limits << QStringLiteral("e4.example.com MX 10 e4.example.com");
    for (int i = 1; i <= 12; ++i)
        limits << QStringLiteral("e10.example.com A 1.2.3.%1").arg(i);
    for (const char *n : {"e1", "e2", "e3", "e4", "example", "e6", "e7", "e8", "e9", "e10", "e5"})
        limits << QStringLiteral("5.3.2.1.in-addr.arpa PTR %1.example.com.").arg(QLatin1String(n));
    for (int i = 1; i <= 10; ++i)
        limits << QStringLiteral("many.example.com MX %1 h%1.example.com").arg(i);
    limits << QStringLiteral("h10.example.com A 1.2.3.4");
    addRows(limits,
            {{"limit-redirect-loop", "1.2.3.4", "foo@e1.example.com", "mail.example.com", "permerror", nullptr},
             {"limit-include-loop", "1.2.3.4", "foo@e2.example.com", "mail.example.com", "permerror", nullptr},
             {"limit-mx-limit", "1.2.3.5", "foo@e4.example.com", "mail.example.com", "permerror", nullptr},
             {"limit-ptr-limit", "1.2.3.5", "foo@e5.example.com", "mail.example.com", "neutral|pass", nullptr},
             {"limit-false-a-limit", "1.2.3.12", "foo@e10.example.com", "mail.example.com", "pass", nullptr},
             {"limit-mech-at-limit", "1.2.3.4", "foo@e6.example.com", "mail.example.com", "pass", nullptr},
             {"limit-mech-over-limit", "1.2.3.4", "foo@e7.example.com", "mail.example.com", "permerror", nullptr},
             {"limit-include-at-limit", "1.2.3.4", "foo@e8.example.com", "mail.example.com", "pass", nullptr},
             {"limit-include-over-limit", "1.2.3.4", "foo@e9.example.com", "mail.example.com", "permerror", nullptr},
             {"limit-void-at-limit", "1.2.3.4", "foo@e12.example.com", "mail.example.com", "neutral", nullptr},
             {"limit-void-over-limit", "1.2.3.4", "foo@e11.example.com", "mail.example.com", "permerror", nullptr},
             {"limit-void-mixed-mechanisms", "192.0.2.99", "foo@e13.example.com", "mail.example.com", "permerror", nullptr},
             {"limit-mx-ten-ok", "1.2.3.4", "foo@e14.example.com", "mail.example.com", "pass", nullptr},
             {"limit-not-reached-after-match", "1.2.3.4", "foo@e15.example.com", "mail.example.com", "pass", nullptr}});

    // implementation bugs seen elsewhere (pyspf bytes-bug), with ptr validation over IPv6
    addRows({QStringLiteral("example.org TXT v=spf1 mx redirect=_spf.example.com"),
             QStringLiteral("example.org MX 10 smtp.example.org"), QStringLiteral("example.org MX 10 smtp1.example.com"),
             QStringLiteral("smtp.example.org A 198.51.100.2"), QStringLiteral("smtp.example.org AAAA 2001:db8:ff0:100::3"),
             QStringLiteral("smtp1.example.com A 192.0.2.26"), QStringLiteral("smtp1.example.com AAAA 2001:db8:ff0:200::2"),
             QStringLiteral("2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.1.0.0.f.f.0.8.b.d.0.1.0.0.2.ip6.arpa PTR smtp6-v.fe.example.org"),
             QStringLiteral("smtp6-v.fe.example.org AAAA 2001:db8:ff0:100::2"),
             QStringLiteral("_spf.example.com TXT v=spf1 ptr:fe.example.org ptr:sgp.example.com exp=_expspf.example.org -all"),
             QStringLiteral("_expspf.example.org TXT Sender domain not allowed from this host. Please see "
                            "http://www.openspf.org/Why?s=mfrom&id=%{S}&ip=%{C}&r=%{R}")},
            {{"bug-bytes-bug", "2001:db8:ff0:100::2", "test@example.org", "example.org", "pass", nullptr},
             {"bug-bytes-bug-fail-exp", "2001:db8:ff0:100::9", "test@example.org", "example.org", "fail",
              "Sender domain not allowed from this host. Please see http://www.openspf.org/Why?s=mfrom&id=test%40example.org&ip=2001%3Adb8%3Aff0%3A100%3A%3A9&r=receiver.example.net"}});
}

void TestSpf::suite()
{
    QFETCH(QStringList, zone);
    QFETCH(QString, host);
    QFETCH(QString, mailFrom);
    QFETCH(QString, helo);
    QFETCH(QString, result);
    QFETCH(QString, explanation);

    StaticResolver resolver;
    loadZone(&resolver, zone);
    SpfEvaluator::Options options;
    options.receiver = QStringLiteral("receiver.example.net");
    options.timestamp = 1700000000;
    const SpfResult r = runCheck(&resolver, host, mailFrom, helo, options);
    QVERIFY(r.trace);
    const QStringList accepted = result.split(QLatin1Char('|'));
    QVERIFY2(accepted.contains(SpfResult::codeId(r.code)),
             qPrintable(QStringLiteral("got %1 (%2), want %3").arg(SpfResult::codeId(r.code), r.problem, result)));
    if (explanation == QLatin1String("DEFAULT"))
        QCOMPARE(r.explanation, QString());
    else if (!explanation.isEmpty())
        QCOMPARE(r.explanation, explanation);
    QVERIFY(r.lookups <= 11);
}

// ---------------------------------------------------------------------------------------------
// lookups, trace, cache, async behaviour

void TestSpf::lookupCounts_data()
{
    QTest::addColumn<QStringList>("zone");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("lookups");
    QTest::addColumn<int>("voids");
    QTest::addColumn<int>("queries");
    const QStringList zone{QStringLiteral("d.example TXT v=spf1 ip4:192.0.2.1 include:i.example a:none.example mx -all"),
                           QStringLiteral("i.example TXT v=spf1 ip4:198.51.100.0/24 ~all"),
                           QStringLiteral("d.example MX 10 mx.d.example"), QStringLiteral("mx.d.example A 203.0.113.5")};
    QTest::newRow("ip4-first") << zone << "192.0.2.1" << 0 << 0 << 2;                 // TXT d + prefetch TXT i
    QTest::newRow("include-match") << zone << "198.51.100.7" << 1 << 0 << 2;          // TXT d, TXT i
    QTest::newRow("mx-match") << zone << "203.0.113.5" << 3 << 1 << 5;                // + A none, MX d, A mx
    QTest::newRow("no-match") << zone << "203.0.113.6" << 3 << 1 << 5;
}

void TestSpf::lookupCounts()
{
    QFETCH(QStringList, zone);
    QFETCH(QString, host);
    QFETCH(int, lookups);
    QFETCH(int, voids);
    QFETCH(int, queries);
    StaticResolver resolver;
    loadZone(&resolver, zone);
    const SpfResult r = runCheck(&resolver, host, QStringLiteral("x@d.example"), QStringLiteral("h.example"));
    QCOMPARE(r.lookups, lookups);
    QCOMPARE(r.voidLookups, voids);
    QCOMPARE(r.dnsQueries, queries);
    QCOMPARE(resolver.queriesSent(), queries);
    QCOMPARE(r.trace->subtreeLookups(), lookups);
    QCOMPARE(r.trace->subtreeVoidLookups(), voids);
}

void TestSpf::traceTree()
{
    StaticResolver resolver;
    loadZone(&resolver, {QStringLiteral("t.example TXT v=spf1 include:a.example redirect=r.example"),
                         QStringLiteral("a.example TXT v=spf1 include:b.example -all"),
                         QStringLiteral("b.example TXT v=spf1 a:host.b.example ~all"),
                         QStringLiteral("host.b.example A 192.0.2.50"),
                         QStringLiteral("r.example TXT v=spf1 ip4:192.0.2.60 -all")});
    const SpfResult r = runCheck(&resolver, QStringLiteral("192.0.2.60"), QStringLiteral("u@t.example"),
                                 QStringLiteral("h.example"));
    QCOMPARE(r.code, SpfResultCode::Pass);
    QCOMPARE(r.lookups, 4); // include a, include b, a:host, redirect
    QCOMPARE(r.matchedTerm, QStringLiteral("ip4:192.0.2.60"));
    const SpfTraceNode &root = *r.trace;
    QCOMPARE(root.domain, QStringLiteral("t.example"));
    QCOMPARE(root.children.size(), 2);
    const SpfTraceNode &inc = *root.children.at(0);
    QCOMPARE(inc.term, QStringLiteral("include:a.example"));
    QCOMPARE(inc.lookups, 1);
    QCOMPARE(inc.subtreeLookups(), 3);
    QCOMPARE(inc.result, QStringLiteral("fail"));
    QVERIFY(!inc.matched);
    QCOMPARE(inc.record, QStringLiteral("v=spf1 include:b.example -all"));
    QCOMPARE(inc.children.size(), 2);
    QCOMPARE(inc.children.at(0)->children.at(0)->term, QStringLiteral("a:host.b.example"));
    QCOMPARE(inc.children.at(0)->children.at(0)->dnsQueries.first().summary, QStringLiteral("192.0.2.50"));
    const SpfTraceNode &red = *root.children.at(1);
    QCOMPARE(red.kind, QStringLiteral("modifier"));
    QCOMPARE(red.result, QStringLiteral("pass"));
    QCOMPARE(red.children.at(0)->term, QStringLiteral("ip4:192.0.2.60"));
    QVERIFY(red.children.at(0)->matched);
    const QString text = r.traceText();
    QVERIFY2(text.contains(QStringLiteral("include:a.example  [3 lookup")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("\n    include:b.example")));
}

void TestSpf::cacheAsksOnce()
{
    StaticResolver resolver;
    loadZone(&resolver, {QStringLiteral("c.example TXT v=spf1 a:h.example a:h.example/24 mx:m.example -all"),
                         QStringLiteral("h.example A 192.0.2.1"), QStringLiteral("m.example MX 1 h.example")});
    const SpfResult r = runCheck(&resolver, QStringLiteral("198.51.100.1"), QStringLiteral("u@c.example"), QStringLiteral("x.example"));
    QCOMPARE(r.code, SpfResultCode::Fail);
    QCOMPARE(r.lookups, 3);
    QCOMPARE(resolver.queriesSent(), 3); // TXT c, A h (once), MX m
    const QStringList asked = resolver.asked();
    QCOMPARE(asked.count(QStringLiteral("h.example/A")), 1);
}

void TestSpf::prefetchKeepsLimits()
{
    // Eleven includes: prefetching all of them must not change the verdict (permerror at the 11th).
    QStringList zone;
    QString rec = QStringLiteral("v=spf1");
    for (int i = 1; i <= 11; ++i) {
        rec += QStringLiteral(" include:i%1.example").arg(i);
        zone << QStringLiteral("i%1.example TXT v=spf1 ip4:10.0.0.%1 -all").arg(i);
    }
    zone << QStringLiteral("p.example TXT ") + rec + QStringLiteral(" -all");
    for (bool prefetch : {true, false}) {
        StaticResolver resolver;
        loadZone(&resolver, zone);
        SpfEvaluator::Options o;
        o.prefetch = prefetch;
        SpfResult r = runCheck(&resolver, QStringLiteral("10.0.0.10"), QStringLiteral("u@p.example"), QStringLiteral("h.example"), o);
        QCOMPARE(r.code, SpfResultCode::Pass);
        QCOMPARE(r.lookups, 10);
        r = runCheck(&resolver, QStringLiteral("10.0.0.11"), QStringLiteral("u@p.example"), QStringLiteral("h.example"), o);
        QCOMPARE(r.code, SpfResultCode::PermError);
        QCOMPARE(r.lookups, 11);
        if (!prefetch)
            QCOMPARE(r.dnsQueries, 11); // p + i1..i10, never i11
    }
}

void TestSpf::nullSenderUsesHelo()
{
    StaticResolver resolver;
    loadZone(&resolver, {QStringLiteral("helo.example TXT v=spf1 exists:%{l}.%{o}.chk.example -all"),
                         QStringLiteral("postmaster.helo.example.chk.example A 127.0.0.2")});
    const SpfResult r = runCheck(&resolver, QStringLiteral("192.0.2.1"), QString(), QStringLiteral("helo.example"));
    QCOMPARE(r.code, SpfResultCode::Pass);
    QCOMPARE(r.identity, QStringLiteral("helo"));
    QCOMPARE(r.domain, QStringLiteral("helo.example"));
    QCOMPARE(r.sender, QStringLiteral("postmaster@helo.example"));
    const SpfResult r2 = runCheck(&resolver, QStringLiteral("192.0.2.1"), QStringLiteral("<>"), QStringLiteral("helo.example"));
    QCOMPARE(r2.code, SpfResultCode::Pass);
}

void TestSpf::abortStopsCallbacks()
{
    StaticResolver resolver;
    loadZone(&resolver, {QStringLiteral("a.example TXT v=spf1 -all")});
    auto *evaluator = new SpfEvaluator(&resolver);
    QSignalSpy spy(evaluator, &SpfEvaluator::finished);
    evaluator->start(QStringLiteral("192.0.2.1"), QStringLiteral("u@a.example"), QStringLiteral("h.example"));
    QVERIFY(evaluator->isRunning());
    evaluator->abort();
    QVERIFY(!evaluator->isRunning());
    QTest::qWait(50);
    QCOMPARE(spy.count(), 0);
    // destroyed while running: no crash, no late callback
    evaluator->start(QStringLiteral("192.0.2.1"), QStringLiteral("u@a.example"), QStringLiteral("h.example"));
    delete evaluator;
    QTest::qWait(50);
    // restartable after abort
    SpfEvaluator again(&resolver);
    QSignalSpy spy2(&again, &SpfEvaluator::finished);
    again.start(QStringLiteral("192.0.2.1"), QStringLiteral("u@a.example"), QStringLiteral("h.example"));
    again.abort();
    again.start(QStringLiteral("192.0.2.1"), QStringLiteral("u@a.example"), QStringLiteral("h.example"));
    QVERIFY(spy2.wait(2000));
    QCOMPARE(spy2.count(), 1);
    QCOMPARE(spy2.first().first().value<SpfResult>().code, SpfResultCode::Fail);
}

void TestSpf::deleteInFinished()
{
    // A receiver that deletes the evaluator from finished(), while answers come from the cache
    // inside a loop over MX hosts, must not crash.
    StaticResolver resolver;
    loadZone(&resolver, {QStringLiteral("d.example TXT v=spf1 a:h1.example mx -all"),
                         QStringLiteral("d.example MX 1 h1.example"), QStringLiteral("d.example MX 2 h2.example"),
                         QStringLiteral("h1.example A 192.0.2.1"), QStringLiteral("h2.example A 192.0.2.2")});
    auto *evaluator = new SpfEvaluator(&resolver);
    QPointer<SpfEvaluator> guard(evaluator);
    SpfResultCode code = SpfResultCode::None;
    connect(evaluator, &SpfEvaluator::finished, this, [&](const SpfResult &r) {
        code = r.code;
        delete evaluator;
    });
    evaluator->start(QStringLiteral("192.0.2.1"), QStringLiteral("u@d.example"), QStringLiteral("h.example"));
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(code, SpfResultCode::Pass);
}

void TestSpf::idnDomain()
{
    StaticResolver resolver;
    loadZone(&resolver, {QStringLiteral("xn--bcher-kva.example TXT v=spf1 ip4:192.0.2.8 -all")});
    const SpfResult r = runCheck(&resolver, QStringLiteral("192.0.2.8"), QString::fromUtf8("u@b\xC3\xBC" "cher.example"),
                                 QStringLiteral("h.example"));
    QCOMPARE(r.code, SpfResultCode::Pass);
}

void TestSpf::jsonShape()
{
    StaticResolver resolver;
    loadZone(&resolver, {QStringLiteral("j.example TXT v=spf1 a:x.j.example +all exp=e.j.example"),
                         QStringLiteral("e.j.example TXT nope")});
    const SpfResult r = runCheck(&resolver, QStringLiteral("192.0.2.1"), QStringLiteral("u@j.example"), QStringLiteral("h.example"));
    const QJsonObject o = r.toJson();
    QCOMPARE(o.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    QCOMPARE(o.value(QStringLiteral("lookups")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("voidLookups")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("domain")).toString(), QStringLiteral("j.example"));
    QVERIFY(o.value(QStringLiteral("warnings")).toArray().size() >= 1); // +all
    const QJsonObject trace = o.value(QStringLiteral("trace")).toObject();
    const QJsonArray kids = trace.value(QStringLiteral("children")).toArray();
    QCOMPARE(kids.size(), 2);
    QCOMPARE(kids.at(0).toObject().value(QStringLiteral("dnsQueries")).toArray().at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("nxdomain"));
    QCOMPARE(kids.at(1).toObject().value(QStringLiteral("matched")).toBool(), true);
    const CheckResult c = r.toCheckResult();
    QCOMPARE(c.id, QStringLiteral("spf.evaluate"));
    QCOMPARE(c.status, CheckStatus::Warn); // pass, but +all
    QCOMPARE(c.suggestedRecord, QStringLiteral("v=spf1 a:x.j.example ~all exp=e.j.example"));
}

// ---------------------------------------------------------------------------------------------
// SpfLint

void TestSpf::lintWarnings_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QStringList>("strings");
    QTest::addColumn<QString>("expect"); // substring of a warning, "" = no warning
    QTest::newRow("clean") << "v=spf1 ip4:192.0.2.0/24 -all" << QStringList() << "";
    QTest::newRow("ptr") << "v=spf1 ptr -all" << QStringList() << "ptr mechanism";
    QTest::newRow("plus-all") << "v=spf1 +all" << QStringList() << "every host";
    QTest::newRow("bare-all") << "v=spf1 all" << QStringList() << "every host";
    QTest::newRow("neutral-all") << "v=spf1 ?all" << QStringList() << "?all";
    QTest::newRow("dup-include") << "v=spf1 include:a.example include:A.example. -all" << QStringList() << "more than once";
    QTest::newRow("long-string") << "v=spf1 -all" << QStringList{QString(256, QLatin1Char('a'))} << "255";
    QString big = QStringLiteral("v=spf1");
    for (int i = 0; i < 40; ++i)
        big += QStringLiteral(" ip4:198.51.100.%1").arg(i);
    QTest::newRow("over-512") << big + QStringLiteral(" -all") << QStringList() << "512";
}

void TestSpf::lintWarnings()
{
    QFETCH(QString, record);
    QFETCH(QStringList, strings);
    QFETCH(QString, expect);
    const QStringList w = SpfLint::recordWarnings(QStringLiteral("l.example"), record, strings);
    if (expect.isEmpty()) {
        QVERIFY2(w.isEmpty(), qPrintable(w.join(QLatin1Char('\n'))));
    } else {
        QVERIFY2(!w.filter(expect).isEmpty(), qPrintable(w.join(QLatin1Char('\n'))));
        QVERIFY(w.first().startsWith(QStringLiteral("l.example: ")));
    }
}

void TestSpf::suggestions_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("suggested");
    QTest::newRow("add-ip4") << "v=spf1 mx -all" << "192.0.2.7" << "fail" << "v=spf1 mx ip4:192.0.2.7 -all";
    QTest::newRow("add-ip6") << "v=spf1 mx ~all" << "2001:db8::7" << "softfail" << "v=spf1 mx ip6:2001:db8::7 ~all";
    QTest::newRow("mapped") << "v=spf1 mx ~all" << "::ffff:192.0.2.8" << "softfail" << "v=spf1 mx ip4:192.0.2.8 ~all";
    QTest::newRow("no-all") << "v=spf1 mx redirect=x.example" << "192.0.2.7" << "neutral" << "v=spf1 mx ip4:192.0.2.7 redirect=x.example";
    QTest::newRow("plus-all") << "v=spf1 mx +all" << "192.0.2.7" << "pass" << "v=spf1 mx ~all";
    QTest::newRow("neutral-all-ptr") << "v=spf1 ptr ?all" << "192.0.2.7" << "neutral" << "v=spf1 ip4:192.0.2.7 ~all";
    QTest::newRow("already-fine") << "v=spf1 ip4:192.0.2.7 -all" << "192.0.2.7" << "pass" << "";
    QTest::newRow("permerror-syntax") << "v=spf1 moo -all" << "192.0.2.7" << "permerror" << "";
    QTest::newRow("none-publish") << "" << "192.0.2.7" << "none" << "v=spf1 ip4:192.0.2.7 ~all";
}

void TestSpf::suggestions()
{
    QFETCH(QString, record);
    QFETCH(QString, ip);
    QFETCH(QString, result);
    QFETCH(QString, suggested);
    SpfResult r;
    r.record = record;
    r.ip = ip;
    r.domain = QStringLiteral("s.example");
    r.code = SpfResult::codeFromId(result);
    QCOMPARE(SpfLint::suggestRecord(r), suggested);
    if (record.isEmpty()) { // no record for a name that is not a domain: nothing to publish
        r.domain = QStringLiteral("A2345678");
        QCOMPARE(SpfLint::suggestRecord(r), QString());
    }
}

void TestSpf::lintTree()
{
    StaticResolver resolver;
    QStringList zone{QStringLiteral("big.example TXT v=spf1 include:p1.example include:p2.example a:web.big.example mx ptr:big.example -all"),
                     QStringLiteral("big.example SPF v=spf1 -all"),
                     QStringLiteral("p1.example TXT v=spf1 include:p3.example include:p4.example ip4:192.0.2.0/25 ~all"),
                     QStringLiteral("p2.example TXT v=spf1 a:a1.p2.example a:a2.p2.example a:a3.p2.example a:gone.p2.example ip6:2001:db8::/48 -all"),
                     QStringLiteral("p3.example TXT v=spf1 ip4:198.51.100.0/24 -all"),
                     QStringLiteral("p4.example TXT v=spf1 include:p3.example -all"),
                     QStringLiteral("a1.p2.example A 203.0.113.1"), QStringLiteral("a2.p2.example A 203.0.113.2"),
                     QStringLiteral("a3.p2.example AAAA 2001:db8:1::3"), QStringLiteral("web.big.example A 203.0.113.9"),
                     QStringLiteral("big.example MX 10 mx.big.example"), QStringLiteral("mx.big.example A 203.0.113.10")};
    loadZone(&resolver, zone);
    SpfLint lint(&resolver);
    QSignalSpy spy(&lint, &SpfLint::finished);
    lint.run(QStringLiteral("big.example"));
    QVERIFY(spy.wait(5000));
    const SpfLintReport rep = spy.first().first().value<SpfLintReport>();
    QCOMPARE(rep.lookups, 12); // 2 include + a + mx + ptr | 2 include | 4 a | 1 include
    QVERIFY(rep.hasSpfRrType);
    QCOMPARE(rep.voidLookups, 1);
    const QString all = rep.warnings.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("type 99")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("12 DNS lookups")));
    QVERIFY(all.contains(QStringLiteral("ptr mechanism")));
    QVERIFY(all.contains(QStringLiteral("gone.p2.example")));
    QVERIFY(all.contains(QStringLiteral("p3.example is included more than once")));
    QCOMPARE(rep.flattenBlocker, QStringLiteral("the ptr mechanism"));

    // without the ptr the tree flattens into ip4/ip6 terms
    StaticResolver resolver2;
    zone[0] = QStringLiteral("big.example TXT v=spf1 include:p1.example include:p2.example a:web.big.example mx mx mx -all");
    loadZone(&resolver2, zone);
    SpfLint lint2(&resolver2);
    QSignalSpy spy2(&lint2, &SpfLint::finished);
    lint2.run(QStringLiteral("big.example"));
    QVERIFY(spy2.wait(5000));
    const SpfLintReport rep2 = spy2.first().first().value<SpfLintReport>();
    QCOMPARE(rep2.lookups, 13);
    QVERIFY2(rep2.flattenBlocker.isEmpty(), qPrintable(rep2.flattenBlocker));
    QVERIFY(rep2.addresses.contains(QStringLiteral("ip4:198.51.100.0/24")));
    QVERIFY(rep2.addresses.contains(QStringLiteral("ip4:203.0.113.10")));
    QVERIFY(rep2.addresses.contains(QStringLiteral("ip6:2001:db8:1::3")));
    QVERIFY(rep2.suggestedRecord.startsWith(QStringLiteral("v=spf1 ip4:")));
    QVERIFY(rep2.suggestedRecord.endsWith(QStringLiteral(" -all")));
    QVERIFY(!rep2.suggestedRecord.contains(QStringLiteral("include:")));
    // The flattened record must authorize exactly what the original does, for every listed host.
    StaticResolver flat;
    loadZone(&flat, {QStringLiteral("big.example TXT ") + rep2.suggestedRecord});
    for (const QString &ip : {QStringLiteral("192.0.2.5"), QStringLiteral("198.51.100.77"), QStringLiteral("203.0.113.2"),
                              QStringLiteral("203.0.113.10"), QStringLiteral("2001:db8:1::3"), QStringLiteral("2001:db8::99"),
                              QStringLiteral("203.0.113.77"), QStringLiteral("192.0.2.200")}) {
        const SpfResult a = runCheck(&resolver2, ip, QStringLiteral("u@big.example"), QStringLiteral("h.example"));
        const SpfResult b = runCheck(&flat, ip, QStringLiteral("u@big.example"), QStringLiteral("h.example"));
        const bool origPass = a.code == SpfResultCode::Pass || a.code == SpfResultCode::PermError; // over the limit
        if (a.code == SpfResultCode::PermError)
            continue;
        QCOMPARE(b.code == SpfResultCode::Pass, origPass);
    }
}

void TestSpf::lintProvider()
{
    StaticResolver resolver;
    loadZone(&resolver, {QStringLiteral("shop.example TXT v=spf1 mx -all"),
                         QStringLiteral("7.2.0.192.in-addr.arpa PTR o7.out.mailer.example"),
                         QStringLiteral("_spf.mailer.example TXT v=spf1 ip4:192.0.2.0/28 -all")});
    SpfLint lint(&resolver);
    lint.setProviders({SpfLint::Provider{QStringLiteral("Mailer"), QStringLiteral("_spf.mailer.example"),
                                         {QStringLiteral("out.mailer.example")}}});
    QSignalSpy spy(&lint, &SpfLint::finished);
    lint.run(QStringLiteral("shop.example"), QStringLiteral("192.0.2.7"));
    QVERIFY(spy.wait(5000));
    const SpfLintReport rep = spy.first().first().value<SpfLintReport>();
    QCOMPARE(rep.providerInclude, QStringLiteral("_spf.mailer.example"));
    SpfResult r;
    r.record = rep.record;
    r.ip = QStringLiteral("192.0.2.7");
    r.domain = QStringLiteral("shop.example");
    r.code = SpfResultCode::Fail;
    QCOMPARE(SpfLint::suggestRecord(r, rep), QStringLiteral("v=spf1 mx include:_spf.mailer.example -all"));

    // an IP the provider does not authorize: no include suggested
    SpfLint lint2(&resolver);
    lint2.setProviders(lint.property("x").isValid() ? QList<SpfLint::Provider>() : QList<SpfLint::Provider>{
        SpfLint::Provider{QStringLiteral("Mailer"), QStringLiteral("_spf.mailer.example"), {QStringLiteral("out.mailer.example")}}});
    QSignalSpy spy2(&lint2, &SpfLint::finished);
    resolver.add(QStringLiteral("99.2.0.192.in-addr.arpa"), DnsType::PTR, {QStringLiteral("o99.out.mailer.example")});
    lint2.run(QStringLiteral("shop.example"), QStringLiteral("192.0.2.99"));
    QVERIFY(spy2.wait(5000));
    QCOMPARE(spy2.first().first().value<SpfLintReport>().providerInclude, QString());
}

void TestSpf::providersKnowledge()
{
    QString error;
    const QList<SpfLint::Provider> list = SpfLint::providers(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(list.size() >= 8);
    for (const SpfLint::Provider &p : list)
        QVERIFY2(SpfEvaluator::isValidDomain(p.include), qPrintable(p.include));
    SpfLint::parseProviders(R"({"providers":[{"name":"X","include":"nodot","ptrSuffixes":["a.b"]}]})", QStringLiteral("t.json"), &error);
    QVERIFY(error.contains(QStringLiteral("t.json")));
    QVERIFY(error.contains(QStringLiteral("entry 0")));
    error.clear();
    SpfLint::parseProviders("[]", QStringLiteral("u.json"), &error);
    QVERIFY(error.contains(QStringLiteral("u.json")));
}

// ---------------------------------------------------------------------------------------------
// Integration: c-ares against the Knot fixture serving tests/data/zones/spf.test.zone

void TestSpf::knot_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("mailFrom");
    QTest::addColumn<QString>("helo");
    QTest::addColumn<QString>("result");
    QTest::addColumn<int>("lookups");
    QTest::addColumn<QString>("explanation");
    auto row = [](const char *name, const char *host, const char *from, const char *result, int lookups, const char *exp = "") {
        QTest::newRow(name) << QString::fromLatin1(host) << QString::fromLatin1(from) << QStringLiteral("mta.spf.test")
                            << QString::fromLatin1(result) << lookups << QString::fromLatin1(exp);
    };
    row("simple-pass", "192.0.2.10", "a@simple.spf.test", "pass", 0);
    row("simple-fail", "192.0.2.99", "a@simple.spf.test", "fail", 0);
    row("chain-pass-deep", "198.51.100.33", "a@chain.spf.test", "pass", 4);
    row("chain-softfail", "203.0.113.200", "a@chain.spf.test", "softfail", 4);
    row("loop", "192.0.2.1", "a@loop1.spf.test", "permerror", 11);
    row("over-limit", "198.51.100.200", "a@toomany.spf.test", "permerror", 11);
    row("at-limit", "198.51.100.200", "a@tenlookups.spf.test", "pass", 10);
    row("void-over", "192.0.2.1", "a@voids.spf.test", "permerror", 3);
    row("void-at", "192.0.2.1", "a@twovoids.spf.test", "neutral", 2);
    row("macro-exists", "192.0.2.77", "alice@macro.spf.test", "pass", 1);
    row("macro-exists-other-user", "192.0.2.77", "bob@macro.spf.test", "fail", 1);
    row("cidr-a-24", "192.0.2.250", "a@cidr.spf.test", "pass", 1);
    row("cidr-mx-ip6", "2001:db8:5::1", "a@cidr.spf.test", "pass", 2);
    row("ipv6-only", "2001:db8:6::25", "a@v6.spf.test", "pass", 1);
    row("ipv6-mapped-v4", "::ffff:192.0.2.10", "a@simple.spf.test", "pass", 0);
    row("redirect", "198.51.100.5", "a@redir.spf.test", "pass", 1);
    row("redirect-none", "198.51.100.5", "a@redir-none.spf.test", "permerror", 1);
    row("exp", "192.0.2.99", "carol@exp.spf.test", "fail", 0, "carol@exp.spf.test is not allowed from 192.0.2.99");
    row("multiple-records", "192.0.2.10", "a@multi.spf.test", "permerror", 0);
    row("broken-syntax", "192.0.2.10", "a@broken.spf.test", "permerror", 0);
    row("no-record", "192.0.2.10", "a@norecord.spf.test", "none", 0);
    row("nxdomain", "192.0.2.10", "a@nothere.spf.test", "none", 0);
    row("split-strings", "192.0.2.10", "a@split.spf.test", "pass", 0);
    row("include-none", "192.0.2.10", "a@incnone.spf.test", "permerror", 1);
    row("ptr-validated", "192.0.2.55", "a@ptr.spf.test", "pass", 1);
    row("mx-null", "192.0.2.10", "a@nullmx.spf.test", "fail", 1);
    row("cname-target", "192.0.2.66", "a@cname.spf.test", "pass", 1);
    row("null-sender-helo", "192.0.2.10", "", "pass", 0);
}

void TestSpf::knot()
{
    if (m_dns.isEmpty())
        QSKIP("BD_TEST_DNS not set (run through ctest)");
    QFETCH(QString, host);
    QFETCH(QString, mailFrom);
    QFETCH(QString, helo);
    QFETCH(QString, result);
    QFETCH(int, lookups);
    QFETCH(QString, explanation);
    AresResolver::Config cfg;
    cfg.servers = {m_dns};
    cfg.timeoutMs = 1000;
    auto created = AresResolver::create(cfg);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    std::unique_ptr<AresResolver> resolver(created.value());
    const SpfResult r = runCheck(resolver.get(), host, mailFrom, mailFrom.isEmpty() ? QStringLiteral("simple.spf.test") : helo);
    QVERIFY2(SpfResult::codeId(r.code) == result,
             qPrintable(QStringLiteral("got %1 (%2)\n%3").arg(SpfResult::codeId(r.code), r.problem, r.traceText())));
    QCOMPARE(r.lookups, lookups);
    if (!explanation.isEmpty())
        QCOMPARE(r.explanation, explanation);
    QVERIFY(r.dnsQueries >= 1);
}

// The command line: JSON shape, exit codes, the human-readable tree.
void TestSpf::cli_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("result");   // JSON "result", "" when not JSON
    QTest::addColumn<QString>("contains"); // in stdout (JSON text or tree), or in stderr for exit 2
    QTest::newRow("json-pass") << QStringList{"--ip", "198.51.100.33", "--mail-from", "a@chain.spf.test", "--helo", "mta.spf.test", "--json"}
                               << 0 << "pass" << "\"subtreeLookups\": 4";
    QTest::newRow("json-null-sender") << QStringList{"--ip", "192.0.2.10", "--mail-from", "", "--helo", "simple.spf.test", "--json"}
                                      << 0 << "pass" << "\"identity\": \"helo\"";
    QTest::newRow("json-exp") << QStringList{"--ip", "192.0.2.99", "--mail-from", "carol@exp.spf.test", "--helo", "m.spf.test", "--json"}
                              << 0 << "fail" << "carol@exp.spf.test is not allowed from 192.0.2.99";
    QTest::newRow("json-permerror-position") << QStringList{"--ip", "192.0.2.10", "--mail-from", "a@broken.spf.test", "--helo", "m.spf.test", "--json"}
                                             << 0 << "permerror" << "position 23";
    QTest::newRow("json-lint-type99") << QStringList{"--ip", "192.0.2.99", "--mail-from", "a@oldtype.spf.test", "--helo", "m.spf.test", "--json"}
                                      << 0 << "pass" << "type 99";
    QTest::newRow("json-suggestion") << QStringList{"--ip", "192.0.2.99", "--mail-from", "a@simple.spf.test", "--helo", "m.spf.test", "--json"}
                                     << 0 << "fail" << "v=spf1 ip4:192.0.2.10 ip4:192.0.2.99 -all";
    QTest::newRow("text-tree") << QStringList{"--ip", "203.0.113.200", "--mail-from", "a@chain.spf.test", "--helo", "m.spf.test"}
                               << 0 << "" << "  include:c1.chain.spf.test  [4 lookups";
    QTest::newRow("no-ip") << QStringList{"--mail-from", "a@b.example", "--helo", "h.example"} << 2 << "" << "--ip";
    QTest::newRow("bad-ip") << QStringList{"--ip", "300.1.1.1", "--mail-from", "a@b.example"} << 2 << "" << "300.1.1.1";
    QTest::newRow("no-mail-from") << QStringList{"--ip", "192.0.2.1", "--helo", "h.example"} << 2 << "" << "--mail-from";
    QTest::newRow("null-sender-no-helo") << QStringList{"--ip", "192.0.2.1", "--mail-from", ""} << 2 << "" << "--helo";
}

void TestSpf::cli()
{
    if (m_dns.isEmpty())
        QSKIP("BD_TEST_DNS not set (run through ctest)");
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, result);
    QFETCH(QString, contains);
    const QString cli = QStringLiteral(BD_BINARY_DIR "/app/cli/bounce-doctor-cli");
    if (!QFile::exists(cli))
        QSKIP("bounce-doctor-cli not built");
    QProcess p;
    QSignalSpy done(&p, &QProcess::finished);
    p.start(cli, QStringList{QStringLiteral("spf"), QStringLiteral("--dns-server"), m_dns} + args);
    QVERIFY(done.wait(30000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), exitCode);
    if (exitCode == 2) {
        QVERIFY2(err.contains(contains), qPrintable(err));
        return;
    }
    QVERIFY2(out.contains(contains), qPrintable(out));
    if (!result.isEmpty()) {
        const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("result")).toString(), result);
        for (const char *key : {"explanation", "trace", "lookups", "voidLookups", "warnings", "domain", "record", "problem"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
    }
}

QTEST_GUILESS_MAIN(TestSpf)
#include "tst_spf.moc"
