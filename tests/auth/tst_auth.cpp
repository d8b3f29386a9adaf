#include "AresResolver.h"
#include "AuthCheckJob.h"
#include "DkimCheck.h"
#include "DkimRecord.h"
#include "DmarcAlignment.h"
#include "DmarcCheck.h"
#include "DmarcRecord.h"
#include "DomainName.h"
#include "DomainReport.h"
#include "DomainSpfCheck.h"
#include "DomainTypo.h"
#include "MtaStsCheck.h"
#include "MxCheck.h"
#include "PtrNameClassifier.h"
#include "RdnsCheck.h"
#include "StaticResolver.h"
#include "TagList.h"
#include "TlsRptCheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {
QString key(const QString &name)
{
    QFile f(QStringLiteral(BD_TEST_DATA "/auth/") + name + QStringLiteral(".b64"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test key %s", qPrintable(name));
    return QString::fromLatin1(f.readAll()).trimmed();
}

// "{rsa2048}" and friends stand for the keys generated at authoring time (tests/data/auth).
QString withKeys(QString text)
{
    for (const char *k : {"rsa512", "rsa1024", "rsa2048", "rsa4096", "rsa2048-pkcs1", "ed25519"})
        text.replace(QStringLiteral("{%1}").arg(QLatin1String(k)), key(QLatin1String(k)));
    return text;
}

DnsStatus statusFromId(const QString &id)
{
    for (DnsStatus s : {DnsStatus::Ok, DnsStatus::NxDomain, DnsStatus::NoData, DnsStatus::ServFail, DnsStatus::Refused,
                        DnsStatus::Timeout, DnsStatus::BadName, DnsStatus::Error})
        if (dnsStatusId(s) == id)
            return s;
    qFatal("unknown status %s", qPrintable(id));
    return DnsStatus::Error;
}

DnsType typeFromName(const QString &name)
{
    for (DnsType t : {DnsType::A, DnsType::AAAA, DnsType::MX, DnsType::TXT, DnsType::PTR, DnsType::CNAME, DnsType::NS, DnsType::SOA})
        if (dnsTypeName(t) == name)
            return t;
    qFatal("unknown type %s", qPrintable(name));
    return DnsType::A;
}

// One line per answer: "name TYPE rdata" (MX rdata "pref host", "." = null MX) or "name TYPE !status".
void fill(StaticResolver &r, const QStringList &lines)
{
    for (const QString &line : lines) {
        const QString name = line.section(QLatin1Char(' '), 0, 0);
        const DnsType type = typeFromName(line.section(QLatin1Char(' '), 1, 1));
        const QString data = withKeys(line.section(QLatin1Char(' '), 2));
        if (data.startsWith(QLatin1Char('!')))
            r.setStatus(name, type, statusFromId(data.mid(1)));
        else if (type == DnsType::MX)
            r.addMx(name, {{data.section(QLatin1Char(' '), 0, 0).toInt(), data.section(QLatin1Char(' '), 1) == QLatin1String(".") ? QString() : data.section(QLatin1Char(' '), 1)}});
        else
            r.add(name, type, {data});
    }
}

// "mx:DOMAIN", "dmarc:DOMAIN", "dkim:DOMAIN[:sel,sel]", "rdns:IP", "mta-sts:DOMAIN", "tls-rpt:DOMAIN", "spf:DOMAIN"
std::unique_ptr<AuthCheckJob> makeJob(Resolver *r, const QString &spec)
{
    const QString kind = spec.section(QLatin1Char(':'), 0, 0);
    const QString arg = spec.section(QLatin1Char(':'), 1, 1);
    if (kind == QLatin1String("mx"))
        return std::make_unique<MxCheck>(r, arg);
    if (kind == QLatin1String("dmarc"))
        return std::make_unique<DmarcCheck>(r, arg);
    if (kind == QLatin1String("dkim"))
        return std::make_unique<DkimCheck>(r, arg, spec.section(QLatin1Char(':'), 2).split(QLatin1Char(','), Qt::SkipEmptyParts));
    if (kind == QLatin1String("rdns"))
        return std::make_unique<RdnsCheck>(r, spec.mid(5));
    if (kind == QLatin1String("mta-sts"))
        return std::make_unique<MtaStsCheck>(r, arg);
    if (kind == QLatin1String("tls-rpt"))
        return std::make_unique<TlsRptCheck>(r, arg);
    if (kind == QLatin1String("spf"))
        return std::make_unique<DomainSpfCheck>(r, arg);
    qFatal("unknown job %s", qPrintable(spec));
    return {};
}

CheckResults run(AuthCheckJob &job)
{
    QSignalSpy spy(&job, &AuthCheckJob::finished);
    job.start();
    if (!spy.wait(15000))
        return {};
    return job.results();
}

const CheckResult *find(const CheckResults &results, const QString &id)
{
    for (const CheckResult &r : results)
        if (r.id == id)
            return &r;
    return nullptr;
}

// "key=value" against the result's data (dotted paths into objects, [n] into arrays, JSON-ish values).
void verifyData(const CheckResult &r, const QString &expect)
{
    if (expect.isEmpty())
        return;
    for (const QString &pair : expect.split(QLatin1Char(';'))) {
        const QString path = pair.section(QLatin1Char('='), 0, 0);
        const QString want = pair.section(QLatin1Char('='), 1);
        QJsonValue v = r.data;
        for (const QString &part : path.split(QLatin1Char('.'))) {
            bool isIndex = false;
            const int idx = part.toInt(&isIndex);
            v = isIndex ? v.toArray().at(idx) : v.toObject().value(part);
        }
        QString got;
        if (v.isBool())
            got = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (v.isDouble())
            got = QString::number(v.toDouble());
        else if (v.isString())
            got = v.toString();
        else if (v.isArray())
            got = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        QVERIFY2(got == want, qPrintable(QStringLiteral("%1: got %2, want %3 (%4)").arg(path, got, want,
                 QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact)))));
    }
}
}

class TestAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tagList_data();
    void tagList();
    void organizationalDomain_data();
    void organizationalDomain();
    void domainTypo_data();
    void domainTypo();
    void ptrClassifier_data();
    void ptrClassifier();
    void reverseName_data();
    void reverseName();
    void knowledgeBuiltin();
    void knowledgeErrors_data();
    void knowledgeErrors();
    void dkimRecord_data();
    void dkimRecord();
    void dmarcRecord_data();
    void dmarcRecord();
    void dmarcAlignment_data();
    void dmarcAlignment();
    void checkStatic_data();
    void checkStatic();
    void checkStaticAsksInParallel();
    void domainReportStatic();
    void domainReportAbort();
    void checkKnot_data();
    void checkKnot();
    void domainReportKnot_data();
    void domainReportKnot();

private:
    std::unique_ptr<Resolver> knotResolver();
};

void TestAuth::tagList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("names");  // comma-joined
    QTest::addColumn<QString>("values"); // |-joined
    QTest::addColumn<int>("errors");
    QTest::addColumn<QString>("duplicates");
    QTest::newRow("plain") << "v=DKIM1; k=rsa; p=abc" << "v,k,p" << "DKIM1|rsa|abc" << 0 << "";
    QTest::newRow("trailing semicolon and spaces") << "  v = DMARC1 ;p= none ;" << "v,p" << "DMARC1|none" << 0 << "";
    QTest::newRow("value with inner spaces") << "n=some notes here; p=ab cd" << "n,p" << "some notes here|ab cd" << 0 << "";
    QTest::newRow("missing equals") << "v=DMARC1; reject" << "v" << "DMARC1" << 1 << "";
    QTest::newRow("bad tag name") << "v=1; 9x=2" << "v" << "1" << 1 << "";
    QTest::newRow("duplicate") << "p=a; p=b" << "p,p" << "a|b" << 0 << "p";
    QTest::newRow("empty value") << "p=" << "p" << "" << 0 << "";
    QTest::newRow("equals in value") << "rua=mailto:a@b.c?x=y" << "rua" << "mailto:a@b.c?x=y" << 0 << "";
}

void TestAuth::tagList()
{
    QFETCH(QString, text);
    QFETCH(QString, names);
    QFETCH(QString, values);
    QFETCH(int, errors);
    QFETCH(QString, duplicates);
    const TagList t = TagList::parse(text);
    QStringList n, v;
    for (const auto &tag : t.tags()) {
        n.append(tag.name);
        v.append(tag.value);
    }
    QCOMPARE(n.join(QLatin1Char(',')), names);
    QCOMPARE(v.join(QLatin1Char('|')), values);
    QCOMPARE(int(t.errors().size()), errors);
    QCOMPARE(t.duplicates().join(QLatin1Char(',')), duplicates);
}

void TestAuth::organizationalDomain_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("org");
    QTest::newRow("sub of .test") << "sub.deep.auth.test" << "auth.test";
    QTest::newRow("org itself") << "auth.test" << "auth.test";
    QTest::newRow("co.uk") << "mail.example.co.uk" << "example.co.uk";
    QTest::newRow("upper case and dot") << "Mail.Google.COM." << "google.com";
    QTest::newRow("private suffix github.io") << "a.b.github.io" << "b.github.io";
    QTest::newRow("idn") << QString::fromUtf8("mail.bücher.de") << "xn--bcher-kva.de";
}

void TestAuth::organizationalDomain()
{
    QFETCH(QString, domain);
    QFETCH(QString, org);
    QCOMPARE(DomainName::organizationalDomain(domain), org);
}

void TestAuth::domainTypo_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("suggestion");
    QTest::newRow("gmial") << "gmial.com" << "gmail.com";
    QTest::newRow("hotmial") << "hotmial.com" << "hotmail.com";
    QTest::newRow("yaho") << "yaho.com" << "yahoo.com";
    QTest::newRow("outlok") << "outlok.com" << "outlook.com";
    QTest::newRow("gmail.con") << "gmail.con" << "gmail.com";
    QTest::newRow("unknown .con") << "example.con" << "example.com";
    QTest::newRow("two edits") << "hotnial.com" << "hotmail.com";
    QTest::newRow("five letters, two edits") << "gmali.cm" << "";
    QTest::newRow("tld slip and a typo") << "hotmial.con" << "hotmail.com";
    QTest::newRow("short name, two edits") << "gmx.at" << "";
    QTest::newRow("known domain") << "gmail.com" << "";
    QTest::newRow("far away") << "example.org" << "";
    QTest::newRow("short name needs exact-ish") << "qa.com" << "";
    QTest::newRow("three letters: no guess") << "aol.cm" << "";
    QTest::newRow("three letters: tld slip") << "aol.con" << "aol.com";
    QTest::newRow("four letters one edit") << "yaho.com" << "yahoo.com";
    QTest::newRow("case") << "GMIAL.COM" << "gmail.com";
}

void TestAuth::domainTypo()
{
    QFETCH(QString, domain);
    QFETCH(QString, suggestion);
    QVERIFY(!DomainTypo::builtin().domains().isEmpty());
    QCOMPARE(DomainTypo::builtin().suggest(domain), suggestion);
}

void TestAuth::ptrClassifier_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("ids");
    QTest::newRow("mail server") << "mail.example.com" << "192.0.2.1" << "";
    QTest::newRow("ip dashes + dynamic") << "ip-192-0-2-1.dynamic.example.net" << "192.0.2.1" << "ip-embedded,dynamic,ip-prefix";
    QTest::newRow("reversed octets dsl") << "1.2.0.192.adsl.isp.example" << "192.0.2.1" << "ip-embedded,dsl";
    QTest::newRow("ec2") << "ec2-192-0-2-1.compute-1.amazonaws.com" << "192.0.2.1" << "ip-embedded,cloud-default";
    QTest::newRow("provider name not flagged") << "mail.dsl-provider.net" << "192.0.2.1" << "";
    QTest::newRow("pool") << "host.pool.example.org" << "192.0.2.9" << "pool";
    QTest::newRow("other ip digits do not count") << "ip-10-0-0-1.example.org" << "192.0.2.1" << "ip-prefix";
    QTest::newRow("ipv6 dashed") << "2001-db8--1.cust.example.net" << "2001:db8::1" << "ip-embedded,customer";
    QTest::newRow("ipv6 clean") << "mx.example.net" << "2001:db8::1" << "";
}

void TestAuth::ptrClassifier()
{
    QFETCH(QString, name);
    QFETCH(QString, ip);
    QFETCH(QString, ids);
    QStringList got;
    for (const auto &m : PtrNameClassifier::builtin().classify(name, QHostAddress(ip)))
        got.append(m.id);
    QCOMPARE(got.join(QLatin1Char(',')), ids);
}

void TestAuth::reverseName_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("name");
    QTest::newRow("v4") << "198.51.100.10" << "10.100.51.198.in-addr.arpa";
    QTest::newRow("v6") << "2001:db8:a::25" << "5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.a.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa";
    QTest::newRow("invalid") << "300.1.1.1" << "";
}

void TestAuth::reverseName()
{
    QFETCH(QString, ip);
    QFETCH(QString, name);
    QCOMPARE(RdnsCheck::reverseName(QHostAddress(ip)), name);
}

void TestAuth::knowledgeBuiltin()
{
    QVERIFY(DomainTypo::builtin().isWellKnown(QStringLiteral("gmail.com")));
    QVERIFY(PtrNameClassifier::builtin().patterns().size() >= 5);
    const Result<QStringList> selectors = DkimCheck::commonSelectors();
    QVERIFY2(selectors.ok(), selectors.ok() ? "" : qPrintable(selectors.error().message));
    QVERIFY(selectors.value().contains(QStringLiteral("selector1")));
    QVERIFY(selectors.value().contains(QStringLiteral("google")));
}

void TestAuth::knowledgeErrors_data()
{
    QTest::addColumn<QString>("loader");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mustMention");
    QTest::newRow("typo: not json") << "typo" << QByteArray("{") << "not valid JSON";
    QTest::newRow("typo: no domains") << "typo" << QByteArray("{}") << "domains";
    QTest::newRow("typo: bad domain") << "typo" << QByteArray(R"({"domains":["gmail.com","nodot"]})") << "domains[1]";
    QTest::newRow("typo: duplicate") << "typo" << QByteArray(R"({"domains":["gmail.com","GMAIL.com"]})") << "domains[1]";
    QTest::newRow("typo: bad tld map") << "typo" << QByteArray(R"({"domains":["a.com"],"tldTypos":{"con":1}})") << "tldTypos.con";
    QTest::newRow("ptr: bad regex") << "ptr" << QByteArray(R"({"patterns":[{"id":"x","regex":"(","description":"d"}]})") << "patterns[0] x";
    QTest::newRow("ptr: no id") << "ptr" << QByteArray(R"({"patterns":[{"regex":"a","description":"d"}]})") << "patterns[0]";
    QTest::newRow("ptr: bad scope") << "ptr" << QByteArray(R"({"patterns":[{"id":"x","regex":"a","description":"d","scope":"all"}]})") << "scope";
    QTest::newRow("ptr: duplicate id") << "ptr" << QByteArray(R"({"patterns":[{"id":"x","regex":"a","description":"d"},{"id":"x","regex":"b","description":"d"}]})") << "patterns[1]";
    QTest::newRow("dkim: empty") << "dkim" << QByteArray(R"({"selectors":[]})") << "selectors";
    QTest::newRow("dkim: bad selector") << "dkim" << QByteArray(R"({"selectors":["ok","bad selector"]})") << "selectors[1]";
    QTest::newRow("dkim: duplicate") << "dkim" << QByteArray(R"({"selectors":["s1","S1"]})") << "selectors[1]";
}

void TestAuth::knowledgeErrors()
{
    QFETCH(QString, loader);
    QFETCH(QByteArray, json);
    QFETCH(QString, mustMention);
    const QString file = QStringLiteral("test.json");
    QString message;
    if (loader == QLatin1String("typo")) {
        const auto r = DomainTypo::load(json, file);
        QVERIFY(!r.ok());
        message = r.error().message;
    } else if (loader == QLatin1String("ptr")) {
        const auto r = PtrNameClassifier::load(json, file);
        QVERIFY(!r.ok());
        message = r.error().message;
    } else {
        const auto r = DkimCheck::parseSelectorList(json, file);
        QVERIFY(!r.ok());
        message = r.error().message;
    }
    QVERIFY2(message.contains(file), qPrintable(message));
    QVERIFY2(message.contains(mustMention), qPrintable(message));
}

void TestAuth::dkimRecord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("keyType");
    QTest::addColumn<int>("bits");
    QTest::addColumn<bool>("revoked");
    QTest::addColumn<bool>("testing");
    QTest::addColumn<int>("warnings");
    QTest::newRow("rsa 1024") << "v=DKIM1; k=rsa; p={rsa1024}" << true << "rsa" << 1024 << false << false << 1;
    QTest::newRow("rsa 2048") << "v=DKIM1; k=rsa; p={rsa2048}" << true << "rsa" << 2048 << false << false << 0;
    QTest::newRow("rsa 4096") << "v=DKIM1; p={rsa4096}" << true << "rsa" << 4096 << false << false << 0;
    QTest::newRow("rsa 512 rejected") << "v=DKIM1; p={rsa512}" << false << "rsa" << 512 << false << false << 0;
    QTest::newRow("pkcs1 rsa 2048") << "v=DKIM1; p={rsa2048-pkcs1}" << true << "rsa" << 2048 << false << false << 0;
    QTest::newRow("no version") << "k=rsa; p={rsa2048}" << true << "rsa" << 2048 << false << false << 0;
    QTest::newRow("ed25519") << "v=DKIM1; k=ed25519; p={ed25519}" << true << "ed25519" << 256 << false << false << 0;
    QTest::newRow("ed25519 with rsa key") << "v=DKIM1; k=ed25519; p={rsa2048}" << false << "ed25519" << 0 << false << false << 0;
    QTest::newRow("revoked") << "v=DKIM1; k=rsa; p=" << true << "rsa" << 0 << true << false << 0;
    QTest::newRow("testing") << "v=DKIM1; t=y; p={rsa2048}" << true << "rsa" << 2048 << false << true << 0;
    QTest::newRow("t=s and y") << "v=DKIM1; t=y:s; p={rsa2048}" << true << "rsa" << 2048 << false << true << 0;
    QTest::newRow("key split by spaces") << "v=DKIM1; p=" + key(QStringLiteral("rsa2048")).insert(100, QStringLiteral(" \t ")) << true << "rsa" << 2048 << false << false << 0;
    QTest::newRow("broken base64") << "v=DKIM1; p=MIIBIjANBg!!" << false << "rsa" << 0 << false << false << 0;
    QTest::newRow("base64 but not a key") << "v=DKIM1; p=aGVsbG8gd29ybGQ=" << false << "rsa" << 0 << false << false << 0;
    QTest::newRow("no p") << "v=DKIM1; k=rsa" << false << "rsa" << 0 << false << false << 0;
    QTest::newRow("v not first") << "k=rsa; v=DKIM1; p={rsa2048}" << false << "rsa" << 2048 << false << false << 0;
    QTest::newRow("wrong version") << "v=DKIM2; p={rsa2048}" << false << "rsa" << 2048 << false << false << 0;
    QTest::newRow("unknown key type") << "v=DKIM1; k=dsa; p={rsa2048}" << false << "dsa" << 0 << false << false << 0;
    QTest::newRow("sha1 only") << "v=DKIM1; h=sha1; p={rsa2048}" << false << "rsa" << 2048 << false << false << 0;
    QTest::newRow("sha256 and sha1") << "v=DKIM1; h=sha1:sha256; p={rsa2048}" << true << "rsa" << 2048 << false << false << 0;
    QTest::newRow("service not email") << "v=DKIM1; s=tlsrpt; p={rsa2048}" << false << "rsa" << 2048 << false << false << 0;
    QTest::newRow("unknown tag warns") << "v=DKIM1; x=1; p={rsa2048}" << true << "rsa" << 2048 << false << false << 1;
    QTest::newRow("duplicate p") << "v=DKIM1; p={rsa2048}; p=" << false << "rsa" << 0 << true << false << 0;
}

void TestAuth::dkimRecord()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, keyType);
    QFETCH(int, bits);
    QFETCH(bool, revoked);
    QFETCH(bool, testing);
    QFETCH(int, warnings);
    const DkimRecord rec = DkimRecord::parse(withKeys(text));
    QVERIFY2(rec.isValid() == valid, qPrintable(rec.errors.join(QStringLiteral(" / "))));
    QCOMPARE(rec.keyTypeName, keyType);
    QCOMPARE(rec.keyBits, bits);
    QCOMPARE(rec.revoked, revoked);
    QCOMPARE(rec.testing(), testing);
    QCOMPARE(int(rec.warnings.size()), warnings);
    // The hand-written DER reader agrees with QSslKey wherever a key decoded.
    if (rec.keyType == DkimRecord::KeyType::Rsa && rec.keyBits > 0)
        QCOMPARE(DkimRecord::rsaKeyBits(rec.publicKey), bits);
}

void TestAuth::dmarcRecord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("policies"); // p/sp/np
    QTest::addColumn<QString>("alignment"); // adkim/aspf
    QTest::addColumn<int>("pct");
    QTest::addColumn<QString>("rua");      // domains, comma-joined
    QTest::addColumn<QString>("warningMentions");
    QTest::newRow("minimal") << "v=DMARC1; p=none" << true << "none/none/none" << "r/r" << 100 << "" << "";
    QTest::newRow("full") << "v=DMARC1; p=reject; sp=quarantine; np=reject; adkim=s; aspf=s; rua=mailto:a@Example.com, mailto:b@r.example.net!10m; ruf=mailto:f@example.com; fo=1; ri=3600"
                          << true << "reject/quarantine/reject" << "s/s" << 100 << "example.com,r.example.net" << "!10m";
    QTest::newRow("sp defaults to p, np to sp") << "v=DMARC1; p=quarantine" << true << "quarantine/quarantine/quarantine" << "r/r" << 100 << "" << "";
    QTest::newRow("np defaults to sp") << "v=DMARC1; p=reject; sp=none" << true << "reject/none/none" << "r/r" << 100 << "" << "";
    QTest::newRow("pct") << "v=DMARC1; p=reject; pct=20" << true << "reject/reject/reject" << "r/r" << 20 << "" << "pct";
    QTest::newRow("missing p") << "v=DMARC1; rua=mailto:d@example.com" << true << "none/none/none" << "r/r" << 100 << "example.com" << "p=";
    QTest::newRow("p not second") << "v=DMARC1; rua=mailto:d@example.com; p=reject" << true << "reject/reject/reject" << "r/r" << 100 << "example.com" << "right after";
    QTest::newRow("bad p") << "v=DMARC1; p=rejekt" << false << "none/none/none" << "r/r" << 100 << "" << "";
    QTest::newRow("pct out of range") << "v=DMARC1; p=reject; pct=200" << false << "reject/reject/reject" << "r/r" << 100 << "" << "";
    QTest::newRow("bad adkim") << "v=DMARC1; p=reject; adkim=x" << false << "reject/reject/reject" << "r/r" << 100 << "" << "";
    QTest::newRow("bad fo") << "v=DMARC1; p=reject; fo=2" << false << "reject/reject/reject" << "r/r" << 100 << "" << "";
    QTest::newRow("fo 0 and 1") << "v=DMARC1; p=reject; fo=0:1" << true << "reject/reject/reject" << "r/r" << 100 << "" << "fo=";
    QTest::newRow("rua not a uri") << "v=DMARC1; p=reject; rua=dmarc@example.com" << false << "reject/reject/reject" << "r/r" << 100 << "" << "";
    QTest::newRow("rua https") << "v=DMARC1; p=reject; rua=https://r.example.org/x" << true << "reject/reject/reject" << "r/r" << 100 << "r.example.org" << "https";
    QTest::newRow("duplicate tag") << "v=DMARC1; p=reject; p=none" << false << "none/none/none" << "r/r" << 100 << "" << "";
    QTest::newRow("not first v") << "p=reject; v=DMARC1" << false << "reject/reject/reject" << "r/r" << 100 << "" << "";
    QTest::newRow("unknown tag") << "v=DMARC1; p=reject; foo=bar" << true << "reject/reject/reject" << "r/r" << 100 << "" << "foo";
    QTest::newRow("lower-case version") << "v=dmarc1; p=reject" << true << "reject/reject/reject" << "r/r" << 100 << "" << "v=DMARC1";
    QTest::newRow("psd and t") << "v=DMARC1; p=reject; psd=n; t=y" << true << "reject/reject/reject" << "r/r" << 100 << "" << "";
    QTest::newRow("bad psd") << "v=DMARC1; p=reject; psd=maybe" << false << "reject/reject/reject" << "r/r" << 100 << "" << "";
}

void TestAuth::dmarcRecord()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, policies);
    QFETCH(QString, alignment);
    QFETCH(int, pct);
    QFETCH(QString, rua);
    QFETCH(QString, warningMentions);
    const DmarcRecord rec = DmarcRecord::parse(text);
    QVERIFY2(rec.isValid() == valid, qPrintable(rec.errors.join(QStringLiteral(" / "))));
    QCOMPARE(QStringList({DmarcRecord::policyName(rec.policy), DmarcRecord::policyName(rec.subdomainPolicy),
                          DmarcRecord::policyName(rec.nonexistentPolicy)}).join(QLatin1Char('/')), policies);
    QCOMPARE(DmarcRecord::modeName(rec.adkim) + QLatin1Char('/') + DmarcRecord::modeName(rec.aspf), alignment);
    QCOMPARE(rec.pct, pct);
    QStringList domains;
    for (const auto &u : rec.rua)
        domains.append(u.domain);
    QCOMPARE(domains.join(QLatin1Char(',')), rua);
    if (!warningMentions.isEmpty())
        QVERIFY2(rec.warnings.join(QLatin1Char(' ')).contains(warningMentions), qPrintable(rec.warnings.join(QStringLiteral(" / "))));
    QCOMPARE(DmarcRecord::isDmarcRecord(text), text.startsWith(QLatin1String("v=DMARC1"), Qt::CaseInsensitive));
}

void TestAuth::dmarcAlignment_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("spf");  // domain/result
    QTest::addColumn<QString>("dkim"); // domain/result,domain/result
    QTest::addColumn<QString>("modes"); // adkim/aspf
    QTest::addColumn<bool>("pass");
    QTest::addColumn<bool>("spfAligned");
    QTest::addColumn<bool>("dkimAligned");
    QTest::newRow("both aligned exact") << "example.com" << "example.com/pass" << "example.com/pass" << "r/r" << true << true << true;
    QTest::newRow("relaxed subdomain spf") << "example.com" << "bounces.example.com/pass" << "" << "r/r" << true << true << false;
    QTest::newRow("strict subdomain spf") << "example.com" << "bounces.example.com/pass" << "" << "r/s" << false << false << false;
    QTest::newRow("esp spf, own dkim") << "example.com" << "sendgrid.net/pass" << "example.com/pass" << "r/r" << true << false << true;
    QTest::newRow("esp dkim only") << "example.com" << "mail.esp.example/pass" << "esp.example/pass" << "r/r" << false << false << false;
    QTest::newRow("aligned spf but failed") << "example.com" << "example.com/softfail" << "example.com/fail" << "r/r" << false << false << false;
    QTest::newRow("strict dkim sub") << "news.example.com" << "" << "example.com/pass" << "s/r" << false << false << false;
    QTest::newRow("relaxed dkim parent") << "news.example.com" << "" << "example.com/pass" << "r/r" << true << false << true;
    QTest::newRow("second signature aligned") << "example.co.uk" << "" << "other.co.uk/pass,mail.example.co.uk/pass" << "r/r" << true << false << true;
    QTest::newRow("co.uk siblings not aligned") << "a.co.uk" << "b.co.uk/pass" << "" << "r/r" << false << false << false;
    QTest::newRow("no from") << "" << "example.com/pass" << "" << "r/r" << false << false << false;
}

void TestAuth::dmarcAlignment()
{
    QFETCH(QString, from);
    QFETCH(QString, spf);
    QFETCH(QString, dkim);
    QFETCH(QString, modes);
    QFETCH(bool, pass);
    QFETCH(bool, spfAligned);
    QFETCH(bool, dkimAligned);
    DmarcAlignment::Input in;
    in.fromDomain = from;
    in.spf = {spf.section(QLatin1Char('/'), 0, 0), spf.section(QLatin1Char('/'), 1)};
    for (const QString &d : dkim.split(QLatin1Char(','), Qt::SkipEmptyParts))
        in.dkim.append({d.section(QLatin1Char('/'), 0, 0), d.section(QLatin1Char('/'), 1)});
    in.adkim = modes.startsWith(QLatin1Char('s')) ? DmarcAlignmentMode::Strict : DmarcAlignmentMode::Relaxed;
    in.aspf = modes.endsWith(QLatin1Char('s')) ? DmarcAlignmentMode::Strict : DmarcAlignmentMode::Relaxed;
    const DmarcAlignment::Outcome o = DmarcAlignment::evaluate(in);
    QCOMPARE(o.pass, pass);
    QCOMPARE(o.spfAligned, spfAligned);
    QCOMPARE(o.dkimAligned, dkimAligned);
    const CheckResult r = DmarcAlignment::check(in);
    QCOMPARE(r.id, QStringLiteral("dmarc.alignment"));
    QCOMPARE(r.status, from.isEmpty() ? CheckStatus::CouldNotCheck : pass ? CheckStatus::Pass : CheckStatus::Fail);
    QVERIFY(!r.details.isEmpty());
}

void TestAuth::checkStatic_data()
{
    QTest::addColumn<QStringList>("zone");
    QTest::addColumn<QString>("job");
    QTest::addColumn<QString>("id");
    QTest::addColumn<CheckStatus>("status");
    QTest::addColumn<QString>("data");

    const QStringList mx = {"ex.test MX 10 mx1.ex.test", "mx1.ex.test A 192.0.2.10"};
    QTest::newRow("mx ok") << mx << "mx:ex.test" << "mx.records" << CheckStatus::Pass << "hosts.0.addresses=[\"192.0.2.10\"]";
    QTest::newRow("domain exists") << mx << "mx:ex.test" << "domain.exists" << CheckStatus::Pass << "";
    QTest::newRow("nxdomain") << QStringList() << "mx:gone.test" << "domain.exists" << CheckStatus::Fail << "";
    QTest::newRow("null mx") << QStringList{"ex.test MX 0 ."} << "mx:ex.test" << "mx.records" << CheckStatus::Fail << "nullMx=true";
    QTest::newRow("implicit mx") << QStringList{"ex.test A 192.0.2.5"} << "mx:ex.test" << "mx.records" << CheckStatus::Warn << "implicitMx=true;addresses=[\"192.0.2.5\"]";
    QTest::newRow("no mx no address") << QStringList{"ex.test TXT hello"} << "mx:ex.test" << "mx.records" << CheckStatus::Fail << "implicitMx=true";
    QTest::newRow("mx cname") << QStringList{"ex.test MX 10 alias.ex.test", "alias.ex.test CNAME mx1.ex.test", "alias.ex.test A 192.0.2.10"}
                              << "mx:ex.test" << "mx.records" << CheckStatus::Warn << "hosts.0.problem=cname;hosts.0.cname=mx1.ex.test";
    QTest::newRow("mx ip literal") << QStringList{"ex.test MX 10 192.0.2.55"} << "mx:ex.test" << "mx.records" << CheckStatus::Fail << "hosts.0.problem=ip-literal";
    QTest::newRow("mx servfail") << QStringList{"ex.test MX !servfail"} << "mx:ex.test" << "mx.records" << CheckStatus::CouldNotCheck << "";
    QTest::newRow("mx host timeout") << QStringList{"ex.test MX 10 mx1.ex.test", "mx1.ex.test A !timeout", "mx1.ex.test AAAA !timeout"}
                                     << "mx:ex.test" << "mx.records" << CheckStatus::CouldNotCheck << "";
    QTest::newRow("typo hint") << QStringList{"gmial.com A 192.0.2.1"} << "mx:gmial.com" << "domain.typo" << CheckStatus::Warn << "suggestion=gmail.com";

    QTest::newRow("dmarc reject") << QStringList{"_dmarc.ex.test TXT v=DMARC1; p=reject; rua=mailto:d@ex.test"} << "dmarc:ex.test" << "dmarc.record" << CheckStatus::Pass << "effectivePolicy=reject;inherited=false";
    QTest::newRow("dmarc none") << QStringList{"_dmarc.ex.test TXT v=DMARC1; p=none"} << "dmarc:ex.test" << "dmarc.record" << CheckStatus::Warn << "effectivePolicy=none";
    QTest::newRow("dmarc missing") << QStringList{"ex.test A 192.0.2.1"} << "dmarc:ex.test" << "dmarc.record" << CheckStatus::Fail << "organizationalDomain=ex.test";
    QTest::newRow("dmarc org fallback sp") << QStringList{"_dmarc.ex.test TXT v=DMARC1; p=reject; sp=quarantine; rua=mailto:d@ex.test"}
                                           << "dmarc:a.b.ex.test" << "dmarc.record" << CheckStatus::Pass << "inherited=true;effectivePolicy=quarantine;location=_dmarc.ex.test";
    QTest::newRow("dmarc tree walk note") << QStringList{"_dmarc.ex.test TXT v=DMARC1; p=reject; rua=mailto:d@ex.test", "_dmarc.b.ex.test TXT v=DMARC1; p=none"}
                                          << "dmarc:a.b.ex.test" << "dmarc.record" << CheckStatus::Pass << "location=_dmarc.ex.test;treeWalkLocation=_dmarc.b.ex.test";
    QTest::newRow("dmarc own record wins") << QStringList{"_dmarc.ex.test TXT v=DMARC1; p=reject", "_dmarc.a.ex.test TXT v=DMARC1; p=none"}
                                           << "dmarc:a.ex.test" << "dmarc.record" << CheckStatus::Warn << "inherited=false";
    QTest::newRow("dmarc servfail no fallback") << QStringList{"_dmarc.a.ex.test TXT !servfail", "_dmarc.ex.test TXT v=DMARC1; p=reject"}
                                                << "dmarc:a.ex.test" << "dmarc.record" << CheckStatus::CouldNotCheck << "";
    QTest::newRow("dmarc broken") << QStringList{"_dmarc.ex.test TXT v=DMARC1; p=rejekt"} << "dmarc:ex.test" << "dmarc.record" << CheckStatus::Fail << "";
    QTest::newRow("dmarc external unauthorised") << QStringList{"_dmarc.ex.test TXT v=DMARC1; p=reject; rua=mailto:d@reports.example"}
                                                 << "dmarc:ex.test" << "dmarc.report-authorization" << CheckStatus::Warn << "destinations.0.authorized=false;destinations.0.name=ex.test._report._dmarc.reports.example";
    QTest::newRow("dmarc external authorised") << QStringList{"_dmarc.ex.test TXT v=DMARC1; p=reject; rua=mailto:d@reports.example", "ex.test._report._dmarc.reports.example TXT v=DMARC1"}
                                               << "dmarc:ex.test" << "dmarc.report-authorization" << CheckStatus::Pass << "destinations.0.authorized=true";

    QTest::newRow("dkim given ok") << QStringList{"s1._domainkey.ex.test TXT v=DKIM1; p={rsa2048}"} << "dkim:ex.test:s1" << "dkim.s1" << CheckStatus::Pass << "record.keyBits=2048";
    QTest::newRow("dkim given missing") << QStringList() << "dkim:ex.test:s1" << "dkim.s1" << CheckStatus::Fail << "selector=s1";
    QTest::newRow("dkim revoked") << QStringList{"s1._domainkey.ex.test TXT v=DKIM1; p="} << "dkim:ex.test:s1" << "dkim.s1" << CheckStatus::Fail << "record.revoked=true";
    QTest::newRow("dkim 1024 warns") << QStringList{"s1._domainkey.ex.test TXT v=DKIM1; p={rsa1024}"} << "dkim:ex.test:s1" << "dkim.s1" << CheckStatus::Warn << "record.keyBits=1024";
    QTest::newRow("dkim discovery finds") << QStringList{"selector2._domainkey.ex.test TXT v=DKIM1; k=ed25519; p={ed25519}"} << "dkim:ex.test" << "dkim.selector2" << CheckStatus::Pass << "record.keyType=ed25519";
    QTest::newRow("dkim discovery none") << QStringList() << "dkim:ex.test" << "dkim.discovery" << CheckStatus::Warn << "";

    QTest::newRow("rdns pass") << QStringList{"1.2.0.192.in-addr.arpa PTR mail.ex.test", "mail.ex.test A 192.0.2.1"} << "rdns:192.0.2.1" << "rdns.ptr" << CheckStatus::Pass << "forwardConfirmed=true;confirmedName=mail.ex.test";
    QTest::newRow("rdns missing") << QStringList() << "rdns:192.0.2.1" << "rdns.ptr" << CheckStatus::Fail << "";
    QTest::newRow("rdns mismatch") << QStringList{"1.2.0.192.in-addr.arpa PTR mail.ex.test", "mail.ex.test A 192.0.2.9"} << "rdns:192.0.2.1" << "rdns.ptr" << CheckStatus::Fail << "forwardConfirmed=false";
    QTest::newRow("rdns generic") << QStringList{"1.2.0.192.in-addr.arpa PTR 192-0-2-1.dyn.isp.test", "192-0-2-1.dyn.isp.test A 192.0.2.1"} << "rdns:192.0.2.1" << "rdns.ptr" << CheckStatus::Warn << "generic=true";
    QTest::newRow("rdns v6") << QStringList{"1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa PTR mx.ex.test", "mx.ex.test AAAA 2001:db8::1"}
                             << "rdns:2001:db8::1" << "rdns.ptr" << CheckStatus::Pass << "forwardConfirmed=true";
    QTest::newRow("rdns not an ip") << QStringList() << "rdns:nonsense" << "rdns.ptr" << CheckStatus::CouldNotCheck << "";
    QTest::newRow("rdns ptr timeout") << QStringList{"1.2.0.192.in-addr.arpa PTR !timeout"} << "rdns:192.0.2.1" << "rdns.ptr" << CheckStatus::CouldNotCheck << "";

    QTest::newRow("mta-sts ok") << QStringList{"_mta-sts.ex.test TXT v=STSv1; id=2024"} << "mta-sts:ex.test" << "mta-sts.record" << CheckStatus::Pass << "policyFetched=false";
    QTest::newRow("mta-sts bad id") << QStringList{"_mta-sts.ex.test TXT v=STSv1; id=not-ok!"} << "mta-sts:ex.test" << "mta-sts.record" << CheckStatus::Fail << "";
    QTest::newRow("mta-sts none") << QStringList() << "mta-sts:ex.test" << "mta-sts.record" << CheckStatus::Info << "";
    QTest::newRow("tls-rpt ok") << QStringList{"_smtp._tls.ex.test TXT v=TLSRPTv1; rua=mailto:t@ex.test"} << "tls-rpt:ex.test" << "tls-rpt.record" << CheckStatus::Pass << "";
    QTest::newRow("tls-rpt bad rua") << QStringList{"_smtp._tls.ex.test TXT v=TLSRPTv1; rua=ftp://x"} << "tls-rpt:ex.test" << "tls-rpt.record" << CheckStatus::Fail << "";
    QTest::newRow("tls-rpt refused") << QStringList{"_smtp._tls.ex.test TXT !refused"} << "tls-rpt:ex.test" << "tls-rpt.record" << CheckStatus::CouldNotCheck << "";

    QTest::newRow("spf ok") << QStringList{"ex.test TXT v=spf1 mx -all"} << "spf:ex.test" << "spf.record" << CheckStatus::Pass << "topLevelLookups=1";
    QTest::newRow("spf none") << QStringList{"ex.test TXT hello"} << "spf:ex.test" << "spf.record" << CheckStatus::Fail << "";
    QTest::newRow("spf +all") << QStringList{"ex.test TXT v=spf1 +all"} << "spf:ex.test" << "spf.record" << CheckStatus::Warn << "";
}

void TestAuth::checkStatic()
{
    QFETCH(QStringList, zone);
    QFETCH(QString, job);
    QFETCH(QString, id);
    QFETCH(CheckStatus, status);
    QFETCH(QString, data);
    StaticResolver resolver;
    fill(resolver, zone);
    auto check = makeJob(&resolver, job);
    const CheckResults results = run(*check);
    QVERIFY2(!results.isEmpty(), "the check did not finish");
    const CheckResult *r = find(results, id);
    QVERIFY2(r, qPrintable(QStringLiteral("no result %1").arg(id)));
    QVERIFY2(r->status == status, qPrintable(QString::fromUtf8(QJsonDocument(r->toJson()).toJson())));
    QVERIFY(!r->summary.isEmpty());
    verifyData(*r, data);
    if (status == CheckStatus::Fail || status == CheckStatus::Warn)
        QVERIFY2(!r->fix.isEmpty() || !r->details.isEmpty(), "a problem comes with advice or details");
}

void TestAuth::checkStaticAsksInParallel()
{
    // Both MX hosts' addresses are asked in the same round, right after the MX answer: the
    // resolver sees MX+A+AAAA first, then all six host questions.
    StaticResolver resolver;
    fill(resolver, {"ex.test MX 10 a.ex.test", "ex.test MX 20 b.ex.test", "a.ex.test A 192.0.2.1", "b.ex.test A 192.0.2.2"});
    MxCheck check(&resolver, QStringLiteral("ex.test"));
    QSignalSpy spy(&check, &AuthCheckJob::finished);
    check.start();
    QCOMPARE(resolver.queriesSent(), 3);
    QVERIFY(spy.wait(5000));
    QCOMPARE(resolver.queriesSent(), 3 + 6);
    QCOMPARE(check.questionsAsked(), 9);
}

void TestAuth::domainReportStatic()
{
    StaticResolver resolver;
    fill(resolver, {"ex.test MX 10 mx.ex.test", "mx.ex.test A 192.0.2.1", "ex.test TXT v=spf1 a -all",
                    "_dmarc.ex.test TXT v=DMARC1; p=reject; rua=mailto:d@ex.test", "s1._domainkey.ex.test TXT v=DKIM1; p={rsa2048}",
                    "1.2.0.192.in-addr.arpa PTR mx.ex.test"});
    DomainReport report(&resolver);
    QSignalSpy progress(&report, &DomainReport::progress);
    QSignalSpy done(&report, &DomainReport::finished);
    DomainReportOptions o;
    o.domain = QStringLiteral("ex.test");
    o.ip = QStringLiteral("192.0.2.1");
    o.selectors = {QStringLiteral("s1")};
    report.start(o);
    QVERIFY(done.wait(5000));
    QCOMPARE(progress.size(), report.checkCount());
    QStringList ids;
    for (const CheckResult &r : report.results())
        ids.append(r.id);
    for (const char *want : {"domain.exists", "mx.records", "spf.record", "dmarc.record", "dkim.s1", "rdns.ptr", "mta-sts.record", "tls-rpt.record"})
        QVERIFY2(ids.contains(QLatin1String(want)), qPrintable(ids.join(QLatin1Char(','))));
    QCOMPARE(find(report.results(), QStringLiteral("rdns.ptr"))->status, CheckStatus::Pass);
    QCOMPARE(find(report.results(), QStringLiteral("dkim.s1"))->status, CheckStatus::Pass);
}

void TestAuth::domainReportAbort()
{
    StaticResolver resolver;
    DomainReport report(&resolver);
    QSignalSpy done(&report, &DomainReport::finished);
    report.start({QStringLiteral("ex.test"), {}, {}, {}, {}, {}});
    QVERIFY(report.isRunning());
    report.abort();
    QVERIFY(!report.isRunning());
    QVERIFY(!done.wait(300));
    // A deleted job never calls back.
    auto check = std::make_unique<MxCheck>(&resolver, QStringLiteral("ex.test"));
    check->start();
    check.reset();
    QTest::qWait(50);
}

std::unique_ptr<Resolver> TestAuth::knotResolver()
{
    const QString server = qEnvironmentVariable("BD_TEST_DNS");
    if (server.isEmpty())
        return {};
    AresResolver::Config config;
    config.servers = {server};
    config.timeoutMs = 1000;
    Result<AresResolver *> r = AresResolver::create(config);
    if (!r)
        qFatal("AresResolver: %s", qPrintable(r.error().message));
    return std::unique_ptr<Resolver>(r.value());
}

void TestAuth::checkKnot_data()
{
    QTest::addColumn<QString>("job");
    QTest::addColumn<QString>("id");
    QTest::addColumn<CheckStatus>("status");
    QTest::addColumn<QString>("data");
    QTest::newRow("mx healthy") << "mx:auth.test" << "mx.records" << CheckStatus::Pass << "hosts.0.exchange=mx1.auth.test;hosts.1.addresses=[\"2001:db8:a::25\"]";
    QTest::newRow("null mx") << "mx:nullmx.auth.test" << "mx.records" << CheckStatus::Fail << "nullMx=true";
    QTest::newRow("null mx mixed") << "mx:mixednull.auth.test" << "mx.records" << CheckStatus::Fail << "nullMx=true";
    QTest::newRow("cname mx") << "mx:cnamemx.auth.test" << "mx.records" << CheckStatus::Warn << "hosts.0.problem=cname;hosts.0.addresses=[\"192.0.2.10\"]";
    QTest::newRow("ip literal mx") << "mx:iplitmx.auth.test" << "mx.records" << CheckStatus::Fail << "hosts.0.problem=ip-literal";
    QTest::newRow("implicit mx") << "mx:nomx.auth.test" << "mx.records" << CheckStatus::Warn << "implicitMx=true";
    QTest::newRow("dead mx host") << "mx:deadmx.auth.test" << "mx.records" << CheckStatus::Fail << "hosts.0.problem=no-address";
    QTest::newRow("no mx no address") << "mx:noaddr.auth.test" << "mx.records" << CheckStatus::Fail << "";
    QTest::newRow("missing domain") << "mx:missing.auth.test" << "domain.exists" << CheckStatus::Fail << "";
    QTest::newRow("refused zone") << "mx:not-served.example" << "domain.exists" << CheckStatus::CouldNotCheck << "";

    QTest::newRow("dmarc healthy") << "dmarc:auth.test" << "dmarc.record" << CheckStatus::Pass << "effectivePolicy=reject;record.tags.adkim.value=s;record.tags.aspf.explicit=false";
    QTest::newRow("dmarc authorised rua") << "dmarc:auth.test" << "dmarc.report-authorization" << CheckStatus::Pass << "destinations.0.destination=reports-auth.test";
    QTest::newRow("dmarc org fallback") << "dmarc:sub.deep.auth.test" << "dmarc.record" << CheckStatus::Pass << "inherited=true;effectivePolicy=quarantine;organizationalDomain=auth.test";
    QTest::newRow("dmarc tree walk differs") << "dmarc:x.y.mid.auth.test" << "dmarc.record" << CheckStatus::Pass << "inherited=true;location=_dmarc.auth.test;treeWalkLocation=_dmarc.mid.auth.test";
    QTest::newRow("dmarc tree walk agrees") << "dmarc:sub.deep.auth.test" << "dmarc.record" << CheckStatus::Pass << "treeWalkLocation=_dmarc.auth.test";
    QTest::newRow("dmarc duplicate") << "dmarc:dup.auth.test" << "dmarc.record" << CheckStatus::Fail << "";
    QTest::newRow("dmarc broken") << "dmarc:broken.auth.test" << "dmarc.record" << CheckStatus::Fail << "";
    QTest::newRow("dmarc p=none") << "dmarc:monitor.auth.test" << "dmarc.record" << CheckStatus::Warn << "effectivePolicy=none";
    QTest::newRow("dmarc unauthorised rua") << "dmarc:extbad.auth.test" << "dmarc.report-authorization" << CheckStatus::Warn << "destinations.0.authorized=false";
    QTest::newRow("dmarc spf at _dmarc falls back") << "dmarc:spfthere.auth.test" << "dmarc.record" << CheckStatus::Pass << "inherited=true";
    QTest::newRow("dmarc missing") << "dmarc:nodmarc-auth.test" << "dmarc.record" << CheckStatus::Fail << "";

    QTest::newRow("dkim rsa1024") << "dkim:auth.test:rsa1024" << "dkim.rsa1024" << CheckStatus::Warn << "record.keyBits=1024";
    QTest::newRow("dkim rsa2048") << "dkim:auth.test:rsa2048" << "dkim.rsa2048" << CheckStatus::Pass << "record.keyBits=2048";
    QTest::newRow("dkim rsa4096 multi-string") << "dkim:auth.test:rsa4096" << "dkim.rsa4096" << CheckStatus::Pass << "record.keyBits=4096";
    QTest::newRow("dkim rsa512") << "dkim:auth.test:rsa512" << "dkim.rsa512" << CheckStatus::Fail << "record.keyBits=512";
    QTest::newRow("dkim pkcs1") << "dkim:auth.test:pkcs1" << "dkim.pkcs1" << CheckStatus::Pass << "record.keyBits=2048";
    QTest::newRow("dkim ed25519") << "dkim:auth.test:ed" << "dkim.ed" << CheckStatus::Pass << "record.keyType=ed25519";
    QTest::newRow("dkim revoked") << "dkim:auth.test:revoked" << "dkim.revoked" << CheckStatus::Fail << "record.revoked=true";
    QTest::newRow("dkim testing") << "dkim:auth.test:testing" << "dkim.testing" << CheckStatus::Warn << "record.testing=true";
    QTest::newRow("dkim t=s") << "dkim:auth.test:strict" << "dkim.strict" << CheckStatus::Pass << "record.strictSubdomains=true";
    QTest::newRow("dkim broken base64") << "dkim:auth.test:broken" << "dkim.broken" << CheckStatus::Fail << "record.valid=false";
    QTest::newRow("dkim sha1 only") << "dkim:auth.test:sha1" << "dkim.sha1" << CheckStatus::Fail << "";
    QTest::newRow("dkim wrong version") << "dkim:auth.test:wrongv" << "dkim.wrongv" << CheckStatus::Fail << "";
    QTest::newRow("dkim missing selector") << "dkim:auth.test:nothere" << "dkim.nothere" << CheckStatus::Fail << "";
    QTest::newRow("dkim discovery selector1") << "dkim:disc.auth.test" << "dkim.selector1" << CheckStatus::Pass << "record.keyBits=2048";
    QTest::newRow("dkim discovery google") << "dkim:disc.auth.test" << "dkim.google" << CheckStatus::Pass << "record.keyType=ed25519";
    QTest::newRow("dkim discovery none") << "dkim:nodmarc-auth.test" << "dkim.discovery" << CheckStatus::Warn << "";

    QTest::newRow("fcrdns pass") << "rdns:198.51.100.10" << "rdns.ptr" << CheckStatus::Pass << "confirmedName=mail10.auth.test;generic=false";
    QTest::newRow("fcrdns mismatch") << "rdns:198.51.100.20" << "rdns.ptr" << CheckStatus::Fail << "forwardConfirmed=false";
    QTest::newRow("fcrdns generic") << "rdns:198.51.100.30" << "rdns.ptr" << CheckStatus::Warn << "generic=true;genericPatterns=[\"ip-embedded\",\"dynamic\",\"ip-prefix\"]";
    QTest::newRow("no ptr") << "rdns:198.51.100.40" << "rdns.ptr" << CheckStatus::Fail << "";
    QTest::newRow("ptr name gone") << "rdns:198.51.100.50" << "rdns.ptr" << CheckStatus::Fail << "forwardConfirmed=false";
    QTest::newRow("two ptrs one confirms") << "rdns:198.51.100.60" << "rdns.ptr" << CheckStatus::Pass << "confirmedName=mail60.auth.test";
    QTest::newRow("fcrdns v6 pass") << "rdns:2001:db8:a::25" << "rdns.ptr" << CheckStatus::Pass << "confirmedName=mail6.auth.test";
    QTest::newRow("fcrdns v6 mismatch") << "rdns:2001:db8:a::26" << "rdns.ptr" << CheckStatus::Fail << "forwardConfirmed=false";

    QTest::newRow("mta-sts") << "mta-sts:auth.test" << "mta-sts.record" << CheckStatus::Pass << "";
    QTest::newRow("mta-sts none") << "mta-sts:nodmarc-auth.test" << "mta-sts.record" << CheckStatus::Info << "";
    QTest::newRow("tls-rpt") << "tls-rpt:auth.test" << "tls-rpt.record" << CheckStatus::Pass << "";
    QTest::newRow("spf record") << "spf:auth.test" << "spf.record" << CheckStatus::Pass << "";
    QTest::newRow("spf duplicate") << "spf:nodmarc-auth.test" << "spf.record" << CheckStatus::Fail << "";
}

void TestAuth::checkKnot()
{
    QFETCH(QString, job);
    QFETCH(QString, id);
    QFETCH(CheckStatus, status);
    QFETCH(QString, data);
    std::unique_ptr<Resolver> resolver = knotResolver();
    if (!resolver)
        QSKIP("BD_TEST_DNS is not set (run through ctest for the Knot fixture)");
    auto check = makeJob(resolver.get(), job);
    const CheckResults results = run(*check);
    QVERIFY2(!results.isEmpty(), "the check did not finish");
    const CheckResult *r = find(results, id);
    QVERIFY2(r, qPrintable(QStringLiteral("no result %1").arg(id)));
    QVERIFY2(r->status == status, qPrintable(QString::fromUtf8(QJsonDocument(r->toJson()).toJson())));
    verifyData(*r, data);
}

void TestAuth::domainReportKnot_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("selectors");
    QTest::addColumn<QString>("expect"); // id=status,...
    QTest::newRow("healthy, authorised ip") << "auth.test" << "198.51.100.10" << "" << ""
        << "domain.exists=pass,mx.records=pass,spf.record=pass,spf.lint=pass,spf.evaluate=pass,dmarc.record=pass,"
           "dmarc.report-authorization=pass,rdns.ptr=pass,mta-sts.record=pass,tls-rpt.record=pass,dmarc.alignment=pass";
    QTest::newRow("unauthorised ip, no ptr") << "auth.test" << "2001:db8:a::99" << "" << "rsa2048"
        << "spf.evaluate=fail,dmarc.alignment=warn,rdns.ptr=fail,dkim.rsa2048=pass";
    QTest::newRow("no ip: no evaluation") << "nodmarc-auth.test" << "" << "" << ""
        << "spf.record=fail,dmarc.record=fail,dkim.discovery=warn,mta-sts.record=info,tls-rpt.record=info";
    QTest::newRow("from domain differs") << "deepchain.auth.test" << "198.51.100.10" << "monitor.auth.test" << ""
        << "spf.evaluate=pass,spf.lint=pass,dmarc.record=warn,dmarc.alignment=pass";
}

void TestAuth::domainReportKnot()
{
    QFETCH(QString, domain);
    QFETCH(QString, ip);
    QFETCH(QString, from);
    QFETCH(QString, selectors);
    QFETCH(QString, expect);
    std::unique_ptr<Resolver> resolver = knotResolver();
    if (!resolver)
        QSKIP("BD_TEST_DNS is not set (run through ctest for the Knot fixture)");
    DomainReport report(resolver.get());
    QSignalSpy done(&report, &DomainReport::finished);
    DomainReportOptions o;
    o.domain = domain;
    o.ip = ip;
    o.fromDomain = from;
    o.selectors = selectors.split(QLatin1Char(','), Qt::SkipEmptyParts);
    report.start(o);
    QVERIFY(done.wait(20000));
    for (const QString &pair : expect.split(QLatin1Char(','))) {
        const QString id = pair.section(QLatin1Char('='), 0, 0);
        const CheckResult *r = nullptr;
        // With a different From domain, "dmarc.record" appears twice: the From domain's comes last.
        for (const CheckResult &c : report.results())
            if (c.id == id)
                r = &c;
        QVERIFY2(r, qPrintable(QStringLiteral("no result %1").arg(id)));
        QVERIFY2(CheckResult::statusId(r->status) == pair.section(QLatin1Char('='), 1),
                 qPrintable(QString::fromUtf8(QJsonDocument(r->toJson()).toJson())));
    }
    QCOMPARE(find(report.results(), QStringLiteral("spf.evaluate")) != nullptr, !ip.isEmpty());
    QCOMPARE(find(report.results(), QStringLiteral("dmarc.alignment")) != nullptr, !ip.isEmpty());
}

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
