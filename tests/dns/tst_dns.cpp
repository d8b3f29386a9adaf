// Resolver tests against the real Knot fixture (zones tests/data/zones/dns.test.zone and friends)
// and the scripted fault responder (tests/harness/dnsfault.py), plus pure unit rows.
#include "AresResolver.h"
#include "CachingResolver.h"
#include "CliSupport.h"
#include "DnsAnswerJson.h"
#include "DnsMessage.h"
#include "DnsName.h"
#include "DnsServerSpec.h"
#include "ReverseName.h"
#include "StaticResolver.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPointer>
#include <QRandomGenerator>
#include <QtTest>

#include <memory>

Q_DECLARE_METATYPE(DnsType)
Q_DECLARE_METATYPE(DnsStatus)

namespace {
QString knotServer()
{
    return qEnvironmentVariable("BD_TEST_DNS", QStringLiteral("127.0.0.1:15353"));
}

QString faultServer()
{
    return qEnvironmentVariable("BD_TEST_DNS_FAULT", QStringLiteral("127.0.0.1:15354"));
}

struct Box
{
    bool done = false;
    int calls = 0;
    DnsAnswer answer;
};

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}
}

class TestDns : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AresResolver> make(const QString &server, int timeoutMs = 1000, int tries = 2)
    {
        AresResolver::Config c;
        c.servers = {server};
        c.timeoutMs = timeoutMs;
        c.tries = tries;
        Result<AresResolver *> r = AresResolver::create(c);
        if (!r)
            qFatal("cannot create resolver: %s", qPrintable(r.error().message));
        return std::unique_ptr<AresResolver>(r.value());
    }

    std::shared_ptr<Box> start(Resolver *r, const QString &name, DnsType type, QObject *context = nullptr)
    {
        auto box = std::make_shared<Box>();
        r->lookup({name, type}, context ? context : this, [box](const DnsAnswer &a) {
            ++box->calls;
            box->done = true;
            box->answer = a;
        });
        return box;
    }

    // A local event loop rather than QTest::qWait, which sleeps 10 ms between rounds and would
    // hide the resolver's own latency.
    static bool waitUntil(const std::function<bool()> &done, int waitMs)
    {
        QEventLoop loop;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (done())
                loop.quit();
        });
        QElapsedTimer clock;
        clock.start();
        QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
        poll.start(0);
        if (!done())
            loop.exec();
        return done();
    }

    DnsAnswer ask(Resolver *r, const QString &name, DnsType type, int waitMs = 5000)
    {
        const auto box = start(r, name, type);
        if (!waitUntil([&] { return box->done; }, waitMs))
            qWarning("no answer for %s within %d ms", qPrintable(name), waitMs);
        return box->answer;
    }

private Q_SLOTS:
    void knotAnswers_data();
    void knotAnswers();
    void answerJson();
    void txtStrings_data();
    void txtStrings();
    void typedFields();
    void ttl_data();
    void ttl();
    void faults_data();
    void faults();
    void systemServers();
    void ipv6Server();
    void unreachableServer();
    void asyncDelivery_data();
    void asyncDelivery();
    void cacheCoalescing();
    void cacheKeepsFailures();
    void cacheOverStatic_data();
    void cacheOverStatic();
    void cancel_data();
    void cancel();
    void contextDestroyed();
    void withoutContext_data();
    void withoutContext();
    void parallel_data();
    void parallel();
    void inFlightCap();
    void destroyMidFlight();
    void destroyFromCallback();
    void serverSpec_data();
    void serverSpec();
    void reverseName_data();
    void reverseName();
    void dnsName_data();
    void dnsName();
    void messageParserSurvivesNoise();
    void cliSupport_data();
    void cliSupport();
    void cliDefaultTimeoutBound();
};

void TestDns::knotAnswers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<DnsType>("type");
    QTest::addColumn<DnsStatus>("status");
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<QStringList>("chain");

    const QStringList none;
    QTest::newRow("A apex") << "dns.test" << DnsType::A << DnsStatus::Ok << QStringList{"192.0.2.1"} << none;
    QTest::newRow("A several") << "multi.dns.test" << DnsType::A << DnsStatus::Ok
                               << QStringList{"192.0.2.21", "192.0.2.22", "192.0.2.23"} << none;
    QTest::newRow("AAAA") << "dns.test" << DnsType::AAAA << DnsStatus::Ok << QStringList{"2001:db8::1"} << none;
    QTest::newRow("AAAA compressed form") << "v6only.dns.test" << DnsType::AAAA << DnsStatus::Ok
                                          << QStringList{"2001:db8:dead:beef::25"} << none;
    QTest::newRow("MX") << "dns.test" << DnsType::MX << DnsStatus::Ok
                        << QStringList{"10 mx1.dns.test", "20 mx2.dns.test"} << none;
    QTest::newRow("MX null") << "nullmx.dns.test" << DnsType::MX << DnsStatus::Ok << QStringList{"0 ."} << none;
    QTest::newRow("TXT") << "dns.test" << DnsType::TXT << DnsStatus::Ok << QStringList{"v=spf1 -all"} << none;
    QTest::newRow("TXT strings joined") << "txt-multi.dns.test" << DnsType::TXT << DnsStatus::Ok
                                        << QStringList{"other record", "part one; part two"} << none;
    QTest::newRow("SPF type 99") << "spf99.dns.test" << DnsType::SPF << DnsStatus::Ok
                                 << QStringList{"v=spf1 ip4:192.0.2.0/24 -all"} << none;
    QTest::newRow("PTR v4") << "250.113.0.203.in-addr.arpa" << DnsType::PTR << DnsStatus::Ok
                            << QStringList{"mx1.dns.test"} << none;
    QTest::newRow("PTR v6") << ReverseName::forPtr("2001:db8:dead:beef::25").value() << DnsType::PTR << DnsStatus::Ok
                            << QStringList{"v6only.dns.test"} << none;
    QTest::newRow("NS") << "dns.test" << DnsType::NS << DnsStatus::Ok << QStringList{"ns.dns.test"} << none;
    QTest::newRow("SOA") << "dns.test" << DnsType::SOA << DnsStatus::Ok
                         << QStringList{"ns.dns.test admin.dns.test 1 60 60 60 60"} << none;
    QTest::newRow("SRV") << "_smtp._tcp.dns.test" << DnsType::SRV << DnsStatus::Ok
                         << QStringList{"10 5 25 mx1.dns.test"} << none;
    QTest::newRow("CNAME asked") << "alias.dns.test" << DnsType::CNAME << DnsStatus::Ok
                                 << QStringList{"www.dns.test"} << none;
    QTest::newRow("CNAME asked, none") << "www.dns.test" << DnsType::CNAME << DnsStatus::NoData << none << none;
    QTest::newRow("CNAME followed") << "alias.dns.test" << DnsType::A << DnsStatus::Ok << QStringList{"192.0.2.80"}
                                    << QStringList{"www.dns.test"};
    QTest::newRow("CNAME chain") << "chain1.dns.test" << DnsType::TXT << DnsStatus::Ok
                                 << QStringList{"end of chain"} << QStringList{"chain2.dns.test", "chain3.dns.test"};
    QTest::newRow("CNAME to other zone") << "out.dns.test" << DnsType::A << DnsStatus::Ok
                                         << QStringList{"192.0.2.77"} << QStringList{"target.dns-other.test"};
    QTest::newRow("CNAME dangling") << "dangling.dns.test" << DnsType::A << DnsStatus::NxDomain << none
                                    << QStringList{"nothere.dns.test"};
    QTest::newRow("CNAME loop in zone") << "loop1.dns.test" << DnsType::A << DnsStatus::Error << none
                                        << QStringList{"loop2.dns.test", "loop1.dns.test"};
    QTest::newRow("CNAME loop across zones") << "xloop.dns.test" << DnsType::A << DnsStatus::Error << none
                                             << QStringList{"xloop.dns-other.test", "xloop.dns.test"};
    QTest::newRow("NODATA") << "onlya.dns.test" << DnsType::MX << DnsStatus::NoData << none << none;
    QTest::newRow("NODATA SPF") << "dns.test" << DnsType::SPF << DnsStatus::NoData << none << none;
    QTest::newRow("NXDOMAIN") << "nothere.dns.test" << DnsType::A << DnsStatus::NxDomain << none << none;
    QTest::newRow("NXDOMAIN TXT") << "no.such.name.dns.test" << DnsType::TXT << DnsStatus::NxDomain << none << none;
    QTest::newRow("REFUSED outside zones") << "example.invalid" << DnsType::A << DnsStatus::Refused << none << none;
    QTest::newRow("upper case") << "WWW.DNS.TEST" << DnsType::A << DnsStatus::Ok << QStringList{"192.0.2.80"} << none;
    QTest::newRow("trailing dot") << "www.dns.test." << DnsType::A << DnsStatus::Ok << QStringList{"192.0.2.80"} << none;
    QTest::newRow("IDN to A-label") << QString::fromUtf8("b\xc3\xbc" "cher.dns.test") << DnsType::A << DnsStatus::Ok
                                    << QStringList{"192.0.2.99"} << none;
    QTest::newRow("label of 63") << QString(63, QLatin1Char('a')) + ".dns.test" << DnsType::A << DnsStatus::Ok
                                 << QStringList{"192.0.2.63"} << none;
    QTest::newRow("label of 64") << QString(64, QLatin1Char('a')) + ".dns.test" << DnsType::A << DnsStatus::BadName
                                 << none << none;
    QTest::newRow("empty label") << "a..dns.test" << DnsType::A << DnsStatus::BadName << none << none;
    QTest::newRow("leading dot") << ".dns.test" << DnsType::A << DnsStatus::BadName << none << none;
    QTest::newRow("empty name") << "" << DnsType::A << DnsStatus::BadName << none << none;
    QTest::newRow("name over 253") << (QString(62, QLatin1Char('b')) + ".").repeated(4) + "dns.test" << DnsType::A
                                   << DnsStatus::BadName << none << none;
}

void TestDns::knotAnswers()
{
    QFETCH(QString, name);
    QFETCH(DnsType, type);
    QFETCH(DnsStatus, status);
    QFETCH(QStringList, records);
    QFETCH(QStringList, chain);

    auto r = make(knotServer());
    const DnsAnswer a = ask(r.get(), name, type);
    QCOMPARE(dnsStatusId(a.status), dnsStatusId(status));
    QCOMPARE(sorted(a.records), sorted(records));
    QCOMPARE(a.cnameChain, chain);
    QCOMPARE(a.question.name, name);
    QCOMPARE(a.question.type, type);
    QCOMPARE(a.server, knotServer());
    QVERIFY(a.elapsedMs >= 0 && a.elapsedMs < 5000);
    QVERIFY(!a.fromCache);
    if (!a.isDefinitive())
        QVERIFY2(!a.errorText.isEmpty(), "a failure must say why");
    QCOMPARE(r->pendingCount(), 0);

    const QJsonObject json = dnsAnswerToJson(a);
    QCOMPARE(json.value("name").toString(), name);
    QCOMPARE(json.value("type").toString(), dnsTypeName(type));
    QCOMPARE(json.value("status").toString(), dnsStatusId(status));
    QCOMPARE(json.value("records").toVariant().toStringList(), a.records);
    QCOMPARE(json.value("cnameChain").toVariant().toStringList(), chain);
    QCOMPARE(json.contains("error"), !a.isDefinitive());
}

void TestDns::answerJson()
{
    auto r = make(knotServer());
    const QJsonObject mx = dnsAnswerToJson(ask(r.get(), "nullmx.dns.test", DnsType::MX));
    QCOMPARE(mx.value("mx").toArray().first().toObject(), (QJsonObject{{"preference", 0}, {"exchange", ""}}));
    const QJsonObject soa = dnsAnswerToJson(ask(r.get(), "dns.test", DnsType::SOA));
    QCOMPARE(soa.value("soa").toObject().value("rname").toString(), QStringLiteral("admin.dns.test"));
    QCOMPARE(soa.value("soa").toObject().value("serial").toInt(), 1);
    const QJsonObject txt = dnsAnswerToJson(ask(r.get(), "txt-long.dns.test", DnsType::TXT));
    QCOMPARE(txt.value("txtStrings").toArray().first().toArray().size(), 3);
    QCOMPARE(txt.value("ttl").toInt(), 300);
    QCOMPARE(txt.value("server").toString(), knotServer());
    const QJsonObject srv = dnsAnswerToJson(ask(r.get(), "_smtp._tcp.dns.test", DnsType::SRV));
    QCOMPARE(srv.value("srv").toArray().first().toObject().value("port").toInt(), 25);
}

void TestDns::txtStrings_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("stringCount");
    QTest::addColumn<int>("joinedLength");
    QTest::addColumn<QString>("prefix");

    // 3 × 200 bytes: over 255 joined and over 512 bytes, still one UDP answer with EDNS.
    QTest::newRow("long TXT") << knotServer() << "txt-long.dns.test" << 3 << 600 << "L00-xxx";
    // 15 × 250 bytes: over the EDNS size, so truncated over UDP and fetched again over TCP.
    QTest::newRow("huge TXT via TCP (Knot)") << knotServer() << "txt-huge.dns.test" << 15 << 3750 << "H00-xxx";
    QTest::newRow("5000-byte TXT via TCP") << faultServer() << "bigtxt.fault.test" << 20 << 5000 << "T000-ttt";
    QTest::newRow("60000-byte TXT via TCP") << faultServer() << "hugetxt.fault.test" << 240 << 60000 << "U000-uuu";
    QTest::newRow("TC bit, full answer only on TCP") << faultServer() << "truncated.fault.test" << 1 << 15 << "served over TCP";
}

void TestDns::txtStrings()
{
    QFETCH(QString, server);
    QFETCH(QString, name);
    QFETCH(int, stringCount);
    QFETCH(int, joinedLength);
    QFETCH(QString, prefix);

    auto r = make(server);
    const DnsAnswer a = ask(r.get(), name, DnsType::TXT);
    QCOMPARE(dnsStatusId(a.status), dnsStatusId(DnsStatus::Ok));
    QCOMPARE(a.records.size(), 1);
    QCOMPARE(a.txtStrings.size(), 1);
    QCOMPARE(a.txtStrings.first().size(), stringCount);
    QCOMPARE(a.records.first().size(), joinedLength);
    QCOMPARE(a.txtStrings.first().join(QString()), a.records.first());
    QVERIFY2(a.records.first().startsWith(prefix), qPrintable(a.records.first().left(40)));
    for (const QString &s : a.txtStrings.first())
        QVERIFY(s.size() <= 255);
}

void TestDns::typedFields()
{
    auto r = make(knotServer());
    const DnsAnswer mx = ask(r.get(), "dns.test", DnsType::MX);
    QCOMPARE(mx.mx.size(), 2);
    QList<MxRecord> list = mx.mx;
    std::sort(list.begin(), list.end(), [](const MxRecord &a, const MxRecord &b) { return a.preference < b.preference; });
    QCOMPARE(list.at(0).preference, 10);
    QCOMPARE(list.at(0).exchange, QStringLiteral("mx1.dns.test"));
    QCOMPARE(list.at(1).preference, 20);
    QCOMPARE(list.at(1).exchange, QStringLiteral("mx2.dns.test"));

    const DnsAnswer nullMx = ask(r.get(), "nullmx.dns.test", DnsType::MX);
    QCOMPARE(nullMx.mx.size(), 1);
    QCOMPARE(nullMx.mx.first().preference, 0);
    QCOMPARE(nullMx.mx.first().exchange, QString());

    const DnsAnswer srv = ask(r.get(), "_smtp._tcp.dns.test", DnsType::SRV);
    QCOMPARE(srv.srv.size(), 1);
    QCOMPARE(srv.srv.first().priority, 10);
    QCOMPARE(srv.srv.first().weight, 5);
    QCOMPARE(srv.srv.first().port, 25);
    QCOMPARE(srv.srv.first().target, QStringLiteral("mx1.dns.test"));

    const DnsAnswer soa = ask(r.get(), "dns.test", DnsType::SOA);
    QCOMPARE(soa.soa.mname, QStringLiteral("ns.dns.test"));
    QCOMPARE(soa.soa.rname, QStringLiteral("admin.dns.test"));
    QCOMPARE(soa.soa.serial, 1u);
    QCOMPARE(soa.soa.minimum, 60u);

    const DnsAnswer txt = ask(r.get(), "txt-multi.dns.test", DnsType::TXT);
    QList<QStringList> strings = txt.txtStrings;
    std::sort(strings.begin(), strings.end(), [](const QStringList &a, const QStringList &b) { return a.join(QString()) < b.join(QString()); });
    QCOMPARE(strings, (QList<QStringList>{{"other record"}, {"part one;", " part two"}}));
}

void TestDns::ttl_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<DnsType>("type");
    QTest::addColumn<int>("ttl");
    QTest::newRow("zone default") << "dns.test" << DnsType::A << 300;
    QTest::newRow("explicit") << "multi.dns.test" << DnsType::A << 120;
    QTest::newRow("smallest along the chain") << "alias.dns.test" << DnsType::A << 60;
}

void TestDns::ttl()
{
    QFETCH(QString, name);
    QFETCH(DnsType, type);
    QFETCH(int, ttl);
    auto r = make(knotServer());
    QCOMPARE(ask(r.get(), name, type).ttl, ttl);
}

void TestDns::faults_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<DnsType>("type");
    QTest::addColumn<DnsStatus>("status");
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<QStringList>("chain");
    QTest::addColumn<int>("wireQueries");

    const QStringList none;
    QTest::newRow("SERVFAIL") << "servfail.fault.test" << DnsType::A << DnsStatus::ServFail << none << none << 1;
    QTest::newRow("REFUSED") << "refused.fault.test" << DnsType::TXT << DnsStatus::Refused << none << none << 1;
    QTest::newRow("REFUSED out of zone") << "example.invalid" << DnsType::A << DnsStatus::Refused << none << none << 1;
    QTest::newRow("NOTIMP") << "notimp.fault.test" << DnsType::A << DnsStatus::Error << none << none << 1;
    QTest::newRow("FORMERR") << "formerr.fault.test" << DnsType::A << DnsStatus::Error << none << none << 1;
    QTest::newRow("NXDOMAIN") << "nothing.fault.test" << DnsType::A << DnsStatus::NxDomain << none << none << 1;
    QTest::newRow("silence") << "silent.fault.test" << DnsType::A << DnsStatus::Timeout << none << none << 1;
    QTest::newRow("wrong ID") << "wrongid.fault.test" << DnsType::A << DnsStatus::Timeout << none << none << 1;
    QTest::newRow("garbage after our ID") << "garbage.fault.test" << DnsType::A << DnsStatus::Timeout << none << none << 1;
    QTest::newRow("3 garbage bytes") << "garbage-short.fault.test" << DnsType::A << DnsStatus::Timeout << none << none << 1;
    QTest::newRow("record past the end") << "badrr.fault.test" << DnsType::A << DnsStatus::Error << none << none << 1;
    QTest::newRow("TC over UDP, silence over TCP") << "truncated-then-silent.fault.test" << DnsType::TXT << DnsStatus::Timeout << none << none << 1;
    QTest::newRow("TC over UDP, TCP closed at once") << "truncated-then-close.fault.test" << DnsType::TXT << DnsStatus::Error << none << none << 1;
    QTest::newRow("TC over UDP, garbage over TCP") << "truncated-then-garbage.fault.test" << DnsType::TXT << DnsStatus::Timeout << none << none << 1;
    QTest::newRow("answer to another question") << "otherq.fault.test" << DnsType::A << DnsStatus::Timeout << none << none << 1;
    QTest::newRow("slow but in time") << "slow.fault.test" << DnsType::A << DnsStatus::Ok << QStringList{"192.0.2.15"} << none << 1;
    QTest::newRow("alias-only answers, hop by hop") << "hop1.fault.test" << DnsType::A << DnsStatus::Ok
                                                    << QStringList{"192.0.2.3"}
                                                    << QStringList{"hop2.fault.test", "hop3.fault.test"} << 3;
    QTest::newRow("alias-only loop") << "hoploop-a.fault.test" << DnsType::A << DnsStatus::Error << none
                                     << QStringList{"hoploop-b.fault.test", "hoploop-a.fault.test"} << 2;
    QStringList endless;
    for (int i = 1; i <= AresResolver::kMaxCnameHops + 1; ++i)
        endless << QStringLiteral("endless%1.fault.test").arg(i);
    QTest::newRow("endless alias chain") << "endless0.fault.test" << DnsType::A << DnsStatus::Error << none << endless
                                         << AresResolver::kMaxCnameHops + 1;
    QTest::newRow("recursive server's NODATA chain") << "recursive-cname.fault.test" << DnsType::A << DnsStatus::NoData
                                                     << none << QStringList{"elsewhere.fault.test"} << 1;
}

void TestDns::faults()
{
    QFETCH(QString, name);
    QFETCH(DnsType, type);
    QFETCH(DnsStatus, status);
    QFETCH(QStringList, records);
    QFETCH(QStringList, chain);
    QFETCH(int, wireQueries);

    // 250 ms × 2 tries: c-ares waits 250 ms, then 500 ms on the second round (doubling).
    constexpr int kTimeoutMs = 250;
    auto r = make(faultServer(), kTimeoutMs, 2);
    QElapsedTimer clock;
    clock.start();
    const DnsAnswer a = ask(r.get(), name, type, 10000);
    const qint64 wall = clock.elapsed();
    QCOMPARE(dnsStatusId(a.status), dnsStatusId(status));
    QCOMPARE(a.records, records);
    QCOMPARE(a.cnameChain, chain);
    QCOMPARE(r->queriesSent(), wireQueries);
    if (!a.isDefinitive())
        QVERIFY2(!a.errorText.isEmpty(), "a failure must say why");
    if (status == DnsStatus::Timeout) {
        QVERIFY2(wall >= kTimeoutMs - 20, qPrintable(QString::number(wall)));
        QVERIFY2(wall < 3 * kTimeoutMs + 1500, qPrintable(QString::number(wall))); // slack for a loaded machine
        qInfo("timeout bound (%d ms x 2 tries): %lld ms", kTimeoutMs, wall);
    } else {
        QVERIFY2(wall < 2 * kTimeoutMs * wireQueries + 1500, qPrintable(QString::number(wall)));
    }
}

void TestDns::systemServers()
{
    // No --dns-server: the channel takes the servers from /etc/resolv.conf (c-ares falls back to
    // 127.0.0.1 when there are none). Nothing is asked: the test machine has no outside DNS.
    QStringList expected;
    QFile conf(QStringLiteral("/etc/resolv.conf"));
    if (conf.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : conf.readAll().split('\n')) {
            const QList<QByteArray> words = line.simplified().split(' ');
            if (words.size() >= 2 && words.at(0) == "nameserver") {
                const Result<DnsServerSpec> spec = DnsServerSpec::parse(QString::fromLatin1(words.at(1)));
                if (spec)
                    expected.append(spec.value().toString());
            }
        }
    }
    if (expected.isEmpty())
        expected = {QStringLiteral("127.0.0.1:53")};
    auto r = std::unique_ptr<AresResolver>(AresResolver::create({}).value());
    QCOMPARE(r->servers(), expected);
}

void TestDns::ipv6Server()
{
    const QString port = faultServer().section(QLatin1Char(':'), -1);
    auto r = make(QStringLiteral("[::1]:") + port);
    QCOMPARE(r->servers(), QStringList{QStringLiteral("[::1]:") + port});
    const DnsAnswer a = ask(r.get(), "hop3.fault.test", DnsType::A);
    QCOMPARE(dnsStatusId(a.status), QStringLiteral("ok"));
    QCOMPARE(a.records, QStringList{"192.0.2.3"});
    QCOMPARE(a.server, QStringLiteral("[::1]:") + port);
    // Truncation over IPv6 falls back to TCP over IPv6 as well.
    const DnsAnswer big = ask(r.get(), "bigtxt.fault.test", DnsType::TXT);
    QCOMPARE(dnsStatusId(big.status), QStringLiteral("ok"));
    QCOMPARE(big.records.value(0).size(), 5000);
}

void TestDns::unreachableServer()
{
    // Nothing listens on port 9 (discard): ICMP port unreachable or silence, either way bounded.
    auto r = make(QStringLiteral("127.0.0.1:9"), 200, 2);
    QElapsedTimer clock;
    clock.start();
    const DnsAnswer a = ask(r.get(), "dns.test", DnsType::A);
    QVERIFY(a.status == DnsStatus::Error || a.status == DnsStatus::Timeout);
    QVERIFY(!a.errorText.isEmpty());
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));

    // With a second, working server, the answer still comes.
    AresResolver::Config c;
    c.servers = {QStringLiteral("127.0.0.1:9"), knotServer()};
    c.timeoutMs = 300;
    auto both = std::unique_ptr<AresResolver>(AresResolver::create(c).value());
    QCOMPARE(both->servers().size(), 2);
    const DnsAnswer ok = ask(both.get(), "dns.test", DnsType::A);
    QCOMPARE(dnsStatusId(ok.status), QStringLiteral("ok"));
}

void TestDns::asyncDelivery_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("cached");
    QTest::newRow("answer") << "dns.test" << false;
    QTest::newRow("bad name") << "a..b" << false;
    QTest::newRow("cache hit") << "dns.test" << true;
    QTest::newRow("cached bad name") << "a..b" << true;
}

void TestDns::asyncDelivery()
{
    QFETCH(QString, name);
    QFETCH(bool, cached);
    CachingResolver cache(make(knotServer()).release());
    Resolver *r = cached ? static_cast<Resolver *>(&cache) : cache.inner();
    if (cached)
        ask(r, name, DnsType::A);
    bool inside = true;
    bool calledInside = false;
    bool called = false;
    r->lookup({name, DnsType::A}, this, [&](const DnsAnswer &) {
        called = true;
        calledInside = inside;
    });
    inside = false;
    QVERIFY(!calledInside);
    QTRY_VERIFY_WITH_TIMEOUT(called, 5000);
}

void TestDns::cacheCoalescing()
{
    auto *ares = make(knotServer()).release();
    CachingResolver cache(ares);
    QList<std::shared_ptr<Box>> boxes;
    for (int i = 0; i < 10; ++i)
        boxes.append(start(&cache, i % 2 ? "Multi.DNS.test" : "multi.dns.test.", DnsType::A));
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(boxes.begin(), boxes.end(), [](const auto &b) { return b->done; }), 5000);
    QCOMPARE(cache.queriesSent(), 1);
    QCOMPARE(ares->queriesSent(), 1);
    int fromCache = 0;
    for (const auto &b : boxes) {
        QCOMPARE(b->calls, 1);
        QCOMPARE(sorted(b->answer.records), (QStringList{"192.0.2.21", "192.0.2.22", "192.0.2.23"}));
        fromCache += b->answer.fromCache;
    }
    QCOMPARE(fromCache, 9);
    QCOMPARE(boxes.at(1)->answer.question.name, QStringLiteral("Multi.DNS.test"));

    // Asked again later: from the cache, still one wire query. Another type is another question.
    const DnsAnswer again = ask(&cache, "MULTI.dns.test", DnsType::A);
    QVERIFY(again.fromCache);
    QCOMPARE(cache.queriesSent(), 1);
    ask(&cache, "multi.dns.test", DnsType::AAAA);
    QCOMPARE(cache.queriesSent(), 2);
    QCOMPARE(cache.cacheHits(), 10);

    cache.clear();
    const DnsAnswer fresh = ask(&cache, "multi.dns.test", DnsType::A);
    QVERIFY(!fresh.fromCache);
    QCOMPARE(cache.queriesSent(), 3);
}

void TestDns::cacheKeepsFailures()
{
    CachingResolver cache(make(faultServer(), 150, 1).release());
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(ask(&cache, "silent.fault.test", DnsType::A).status, DnsStatus::Timeout);
    const qint64 first = clock.restart();
    const DnsAnswer second = ask(&cache, "silent.fault.test", DnsType::A);
    QCOMPARE(second.status, DnsStatus::Timeout);
    QVERIFY(second.fromCache);
    QVERIFY2(clock.elapsed() < first, "a cached timeout must not wait again");
    QCOMPARE(cache.queriesSent(), 1);
}

void TestDns::cacheOverStatic_data()
{
    QTest::addColumn<QStringList>("asked"); // name/TYPE, all at once
    QTest::addColumn<QStringList>("wire");  // what reached the inner resolver, in order
    QTest::newRow("10 identical") << QStringList(10, "a.example/A") << QStringList{"a.example/A"};
    QTest::newRow("case and trailing dot") << QStringList{"A.Example/A", "a.example./A", "a.EXAMPLE/A"}
                                           << QStringList{"a.example/A"};
    QTest::newRow("types are separate") << QStringList{"a.example/A", "a.example/AAAA", "a.example/A"}
                                        << QStringList{"a.example/A", "a.example/AAAA"};
    QTest::newRow("names are separate") << QStringList{"a.example/MX", "b.example/MX", "a.example/MX", "b.example/MX"}
                                        << QStringList{"a.example/MX", "b.example/MX"};
    QTest::newRow("IDN and its A-label") << QStringList{QString::fromUtf8("m\xc3\xbcller.example/A"), "xn--mller-kva.example/A"}
                                         << QStringList{QString::fromUtf8("m\xc3\xbcller.example/A")};
}

void TestDns::cacheOverStatic()
{
    QFETCH(QStringList, asked);
    QFETCH(QStringList, wire);
    auto *inner = new StaticResolver;
    inner->add(QStringLiteral("a.example"), DnsType::A, {QStringLiteral("192.0.2.1")});
    CachingResolver cache(inner);
    QList<std::shared_ptr<Box>> boxes;
    const auto typeOf = [](const QString &t) {
        for (DnsType type : {DnsType::A, DnsType::AAAA, DnsType::MX})
            if (dnsTypeName(type) == t)
                return type;
        return DnsType::TXT;
    };
    for (const QString &q : asked)
        boxes.append(start(&cache, q.section(QLatin1Char('/'), 0, 0), typeOf(q.section(QLatin1Char('/'), 1))));
    QVERIFY(waitUntil([&] { return std::all_of(boxes.begin(), boxes.end(), [](const auto &b) { return b->done; }); }, 2000));
    QCOMPARE(inner->asked(), wire); // StaticResolver records the first asker's name, lower-cased
    QCOMPARE(cache.queriesSent(), int(wire.size()));
    QCOMPARE(cache.cacheHits(), int(asked.size() - wire.size()));
    for (int i = 0; i < boxes.size(); ++i) {
        QCOMPARE(boxes.at(i)->calls, 1);
        QCOMPARE(boxes.at(i)->answer.question.name, asked.at(i).section(QLatin1Char('/'), 0, 0));
    }
}

void TestDns::cancel_data()
{
    QTest::addColumn<bool>("cached");
    QTest::newRow("AresResolver") << false;
    QTest::newRow("CachingResolver") << true;
}

void TestDns::cancel()
{
    QFETCH(bool, cached);
    CachingResolver cache(make(knotServer()).release());
    Resolver *r = cached ? static_cast<Resolver *>(&cache) : cache.inner();
    if (cached)
        ask(r, "www.dns.test", DnsType::A); // so one cancelled lookup is a queued cache hit

    QObject a, b;
    QList<std::shared_ptr<Box>> ofA;
    ofA << start(r, "www.dns.test", DnsType::A, &a) << start(r, "dns.test", DnsType::MX, &a)
        << start(r, "a..b", DnsType::A, &a);
    const auto ofB = start(r, "dns.test", DnsType::MX, &b); // shares the wire query with a cancelled one
    r->cancel(&a);
    QTRY_VERIFY_WITH_TIMEOUT(ofB->done, 5000);
    const auto later = start(r, "multi.dns.test", DnsType::A, &b);
    QTRY_VERIFY_WITH_TIMEOUT(later->done, 5000);
    QTest::qWait(50);
    for (const auto &box : ofA)
        QCOMPARE(box->calls, 0);
    QCOMPARE(sorted(ofB->answer.records), (QStringList{"10 mx1.dns.test", "20 mx2.dns.test"}));
    // The context stays usable after cancel().
    const auto after = start(r, "dns.test", DnsType::A, &a);
    QTRY_VERIFY_WITH_TIMEOUT(after->done, 5000);
}

void TestDns::contextDestroyed()
{
    auto ares = make(knotServer());
    CachingResolver cache(make(knotServer()).release());
    auto *context = new QObject;
    const auto direct = start(ares.get(), "dns.test", DnsType::A, context);
    const auto viaCache = start(&cache, "dns.test", DnsType::A, context);
    const auto bad = start(ares.get(), "-..", DnsType::A, context);
    delete context;
    const auto sentinel = start(ares.get(), "multi.dns.test", DnsType::A);
    const auto sentinel2 = start(&cache, "multi.dns.test", DnsType::A);
    QTRY_VERIFY_WITH_TIMEOUT(sentinel->done && sentinel2->done, 5000);
    QTest::qWait(50);
    QCOMPARE(direct->calls + viaCache->calls + bad->calls, 0);
    QCOMPARE(ares->pendingCount(), 0);
}

void TestDns::withoutContext_data()
{
    QTest::addColumn<bool>("cached");
    QTest::newRow("AresResolver") << false;
    QTest::newRow("CachingResolver") << true;
}

void TestDns::withoutContext()
{
    // No context: the answer always comes; cancel(nullptr) cancels nothing.
    QFETCH(bool, cached);
    CachingResolver cache(make(knotServer()).release());
    Resolver *r = cached ? static_cast<Resolver *>(&cache) : cache.inner();
    int calls = 0;
    QStringList records;
    r->lookup({QStringLiteral("www.dns.test"), DnsType::A}, nullptr, [&](const DnsAnswer &a) {
        ++calls;
        records = a.records;
    });
    r->cancel(nullptr);
    QVERIFY(waitUntil([&] { return calls > 0; }, 5000));
    QCOMPARE(calls, 1);
    QCOMPARE(records, QStringList{"192.0.2.80"});
}

void TestDns::parallel_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("pattern"); // %1 = query number; every 4th asks www.dns.test on Knot
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("sequentialCount");
    QTest::addColumn<int>("maxParallelMs");
    QTest::newRow("200 to Knot") << knotServer() << "n%1.dns.test" << 200 << 200 << 5000;
    QTest::newRow("1000 to Knot") << knotServer() << "n%1.dns.test" << 1000 << 0 << 10000;
    // The responder waits 150 ms before each answer: in parallel the 200 overlap.
    QTest::newRow("200 to a 150 ms server") << faultServer() << "q%1.slow.fault.test" << 200 << 10 << 3000;
}

void TestDns::parallel()
{
    QFETCH(QString, server);
    QFETCH(QString, pattern);
    QFETCH(int, count);
    QFETCH(int, sequentialCount);
    QFETCH(int, maxParallelMs);
    const bool knot = server == knotServer();
    const auto nameOf = [&](int i) {
        return knot && i % 4 == 0 ? QStringLiteral("www.dns.test") : pattern.arg(i);
    };
    const auto expected = [&](int i) { return knot && i % 4 != 0 ? DnsStatus::NxDomain : DnsStatus::Ok; };
    auto r = make(server, 2000, 2);

    QElapsedTimer clock;
    clock.start();
    QList<std::shared_ptr<Box>> boxes;
    for (int i = 0; i < count; ++i)
        boxes.append(start(r.get(), nameOf(i), DnsType::A));
    QVERIFY(waitUntil([&] { return std::all_of(boxes.begin(), boxes.end(), [](const auto &b) { return b->done; }); }, 30000));
    const qint64 parallelMs = clock.elapsed();
    for (int i = 0; i < count; ++i) {
        QCOMPARE(boxes.at(i)->calls, 1);
        QCOMPARE(dnsStatusId(boxes.at(i)->answer.status), dnsStatusId(expected(i)));
        QCOMPARE(boxes.at(i)->answer.question.name, nameOf(i));
    }
    QCOMPARE(r->queriesSent(), count);
    QCOMPARE(r->pendingCount(), 0);
    QVERIFY2(parallelMs < maxParallelMs, qPrintable(QString::number(parallelMs)));

    if (sequentialCount == 0) {
        qInfo("%d queries in parallel: %lld ms", count, parallelMs);
        return;
    }
    // The first few again, one after the other, each asked when the previous one answered.
    int next = 0;
    int answered = 0;
    std::function<void()> askNext = [&] {
        r->lookup({nameOf(next++), DnsType::A}, this, [&](const DnsAnswer &a) {
            answered += a.isDefinitive();
            if (next < sequentialCount)
                askNext();
        });
    };
    clock.restart();
    askNext();
    QVERIFY(waitUntil([&] { return answered == sequentialCount; }, 30000));
    const qint64 sequentialMs = clock.elapsed();
    qInfo("%d queries in parallel: %lld ms; %d sequential: %lld ms (%.2f ms each, so %d would take ~%lld ms)", count,
          parallelMs, sequentialCount, sequentialMs, double(sequentialMs) / sequentialCount, count,
          sequentialMs * count / sequentialCount);
}

void TestDns::inFlightCap()
{
    // 30 lookups, 10 on the wire at a time, each answered after 150 ms: three waves.
    AresResolver::Config c;
    c.servers = {faultServer()};
    c.maxInFlight = 10;
    auto r = std::unique_ptr<AresResolver>(AresResolver::create(c).value());
    QElapsedTimer clock;
    clock.start();
    QList<std::shared_ptr<Box>> boxes;
    for (int i = 0; i < 30; ++i)
        boxes.append(start(r.get(), QStringLiteral("w%1.slow.fault.test").arg(i), DnsType::A));
    QCOMPARE(r->queriesSent(), 10);
    QVERIFY(waitUntil([&] { return std::all_of(boxes.begin(), boxes.end(), [](const auto &b) { return b->done; }); }, 10000));
    QVERIFY2(clock.elapsed() >= 3 * 150, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(r->queriesSent(), 30);
    for (const auto &b : boxes)
        QCOMPARE(b->answer.records, QStringList{"192.0.2.15"});

    // Lookups cancelled while waiting for a slot never reach the wire.
    QObject context;
    for (int i = 0; i < 30; ++i)
        start(r.get(), QStringLiteral("x%1.slow.fault.test").arg(i), DnsType::A, &context);
    r->cancel(&context);
    const auto last = start(r.get(), "y.slow.fault.test", DnsType::A);
    QVERIFY(waitUntil([&] { return last->done; }, 10000));
    QCOMPARE(r->queriesSent(), 30 + 10 + 1);
}

void TestDns::destroyMidFlight()
{
    int calls = 0;
    const auto count = [&calls](const DnsAnswer &) { ++calls; };
    {
        // Queries on the wire, sockets open, the TCP retry of a truncated answer under way.
        auto fault = make(faultServer(), 2000, 2);
        for (int i = 0; i < 25; ++i) {
            fault->lookup({QStringLiteral("silent.fault.test"), DnsType::A}, this, count);
            fault->lookup({QStringLiteral("truncated.fault.test"), DnsType::TXT}, this, count);
            fault->lookup({QStringLiteral("a..b"), DnsType::A}, this, count); // queued, never delivered
        }
        QVERIFY(fault->pendingCount() == 75);
    }
    {
        // Answers already waiting in the socket buffer, not yet read by c-ares.
        auto knot = make(knotServer());
        for (int i = 0; i < 25; ++i)
            knot->lookup({QStringLiteral("n%1.dns.test").arg(i), DnsType::A}, this, count);
        QThread::msleep(50);
    }
    {
        // Queries whose answers were read by c-ares, but whose delivery is still queued.
        auto knot = make(knotServer());
        for (int i = 0; i < 25; ++i)
            knot->lookup({QStringLiteral("n%1.dns.test").arg(i), DnsType::A}, this, count);
        QThread::msleep(50);
        QTest::qWait(0); // one round: sockets read, deliveries posted; maybe some delivered
        calls = 0;
    }
    QTest::qWait(300);
    QCOMPARE(calls, 0);
}

void TestDns::destroyFromCallback()
{
    QPointer<AresResolver> r = make(knotServer()).release();
    int calls = 0;
    for (int i = 0; i < 20; ++i)
        r->lookup({QStringLiteral("n%1.dns.test").arg(i), DnsType::A}, this, [&](const DnsAnswer &) {
            ++calls;
            delete r.data();
        });
    QTRY_VERIFY_WITH_TIMEOUT(r.isNull(), 5000);
    QTest::qWait(200);
    QCOMPARE(calls, 1);

    // The same through the cache: coalesced waiters after the deleting one are dropped.
    QPointer<CachingResolver> cache = new CachingResolver(make(knotServer()).release());
    calls = 0;
    for (int i = 0; i < 5; ++i)
        cache->lookup({QStringLiteral("www.dns.test"), DnsType::A}, this, [&](const DnsAnswer &) {
            ++calls;
            delete cache.data();
        });
    QTRY_VERIFY_WITH_TIMEOUT(cache.isNull(), 5000);
    QTest::qWait(100);
    QCOMPARE(calls, 1);
}

void TestDns::serverSpec_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("v4") << "192.0.2.53" << true << "192.0.2.53:53";
    QTest::newRow("v4 port") << "127.0.0.1:5353" << true << "127.0.0.1:5353";
    QTest::newRow("v4 spaces") << "  10.0.0.1:53 " << true << "10.0.0.1:53";
    QTest::newRow("v6 bare") << "2001:db8::53" << true << "[2001:db8::53]:53";
    QTest::newRow("v6 loopback") << "::1" << true << "[::1]:53";
    QTest::newRow("v6 brackets") << "[::1]" << true << "[::1]:53";
    QTest::newRow("v6 brackets port") << "[2001:DB8::1]:8053" << true << "[2001:db8::1]:8053";
    QTest::newRow("port max") << "127.0.0.1:65535" << true << "127.0.0.1:65535";
    QTest::newRow("empty") << "" << false << "";
    QTest::newRow("hostname") << "dns.example" << false << "";
    QTest::newRow("hostname port") << "dns.example:53" << false << "";
    QTest::newRow("short v4") << "127.1" << false << "";
    QTest::newRow("port 0") << "127.0.0.1:0" << false << "";
    QTest::newRow("port too big") << "127.0.0.1:65536" << false << "";
    QTest::newRow("port not number") << "127.0.0.1:dns" << false << "";
    QTest::newRow("port missing") << "127.0.0.1:" << false << "";
    QTest::newRow("v6 unclosed") << "[::1:53" << false << "";
    QTest::newRow("v6 junk after ]") << "[::1]53" << false << "";
    QTest::newRow("v6 port missing") << "[::1]:" << false << "";
    QTest::newRow("scope id") << "fe80::1%eth0" << false << "";
    QTest::newRow("octet over 255") << "256.0.0.1" << false << "";
}

void TestDns::serverSpec()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, normalized);
    const Result<DnsServerSpec> spec = DnsServerSpec::parse(text);
    QCOMPARE(spec.ok(), valid);
    if (valid)
        QCOMPARE(spec.value().toString(), normalized);
    else
        QCOMPARE(spec.error().code, QStringLiteral("dns-server-invalid"));
}

void TestDns::reverseName_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("expected");
    QTest::newRow("v4 ptr") << "192.0.2.1" << "" << "1.2.0.192.in-addr.arpa";
    QTest::newRow("v4 zero octets") << "10.0.0.255" << "" << "255.0.0.10.in-addr.arpa";
    QTest::newRow("v4 dnsbl") << "127.0.0.2" << "zen.spamhaus.org" << "2.0.0.127.zen.spamhaus.org";
    QTest::newRow("v4 zone with dots") << "127.0.0.2" << ".bl.example." << "2.0.0.127.bl.example";
    QTest::newRow("v6 ptr") << "2001:db8::567:89ab" << ""
                            << "b.a.9.8.7.6.5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa";
    QTest::newRow("v6 dnsbl") << "2001:DB8::1" << "zen.spamhaus.org"
                              << "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.zen.spamhaus.org";
    QTest::newRow("v6 loopback") << "::1" << ""
                                 << "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.ip6.arpa";
    QTest::newRow("v4-mapped v6") << "::ffff:192.0.2.7" << "" << "7.2.0.192.in-addr.arpa";
    QTest::newRow("spaces") << " 192.0.2.1 " << "" << "1.2.0.192.in-addr.arpa";
    QTest::newRow("not an ip") << "mail.example" << "" << "";
    QTest::newRow("short v4") << "10.1" << "" << "";
    QTest::newRow("empty") << "" << "" << "";
    QTest::newRow("octet over 255") << "1.2.3.256" << "" << "";
    QTest::newRow("empty zone") << "192.0.2.1" << "." << "";
}

void TestDns::reverseName()
{
    QFETCH(QString, ip);
    QFETCH(QString, zone);
    QFETCH(QString, expected);
    const Result<QString> r = zone.isEmpty() ? ReverseName::forPtr(ip) : ReverseName::forZone(ip, zone);
    QCOMPARE(r.ok(), !expected.isEmpty());
    if (r.ok())
        QCOMPARE(r.value(), expected);
    else
        QVERIFY(!r.error().message.isEmpty());
}

void TestDns::dnsName_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("wire");
    QTest::newRow("plain") << "mail.example.com" << "mail.example.com";
    QTest::newRow("trailing dot") << "example.com." << "example.com";
    QTest::newRow("root") << "." << ".";
    QTest::newRow("underscore") << "_dmarc.example.com" << "_dmarc.example.com";
    QTest::newRow("IDN") << QString::fromUtf8("m\xc3\xbcller.example") << "xn--mller-kva.example";
    QTest::newRow("IDN next to underscore") << QString::fromUtf8("_dmarc.m\xc3\xbcller.example") << "_dmarc.xn--mller-kva.example";
    QTest::newRow("253 characters") << (QString(62, QLatin1Char('c')) + ".").repeated(4) + "a" << (QString(62, QLatin1Char('c')) + ".").repeated(4) + "a";
    QTest::newRow("254 characters") << (QString(62, QLatin1Char('c')) + ".").repeated(4) + "ab" << "";
    QTest::newRow("escaped dot stays in its label") << "a\\.b.example" << "a\\.b.example";
    QTest::newRow("63 octets with an escape") << "\\." + QString(62, QLatin1Char('e')) + ".example" << "\\." + QString(62, QLatin1Char('e')) + ".example";
    QTest::newRow("64 octets with an escape") << "\\." + QString(63, QLatin1Char('e')) + ".example" << "";
    QTest::newRow("IDN label over 63 once encoded") << QString(60, QChar(0x00fc)) + ".example" << "";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("double dot") << "a..b" << "";
    QTest::newRow("two trailing dots") << "a.b.." << "";
    QTest::newRow("control character") << QStringLiteral("a\nb.example") << "";
}

void TestDns::dnsName()
{
    QFETCH(QString, input);
    QFETCH(QString, wire);
    const Result<QString> r = DnsName::normalize(input);
    QCOMPARE(r.ok(), !wire.isEmpty());
    if (r.ok())
        QCOMPARE(r.value(), wire);
    else
        QCOMPARE(r.error().code, QStringLiteral("dns-bad-name"));
}

void TestDns::messageParserSurvivesNoise()
{
    // A real answer, then every prefix of it and random flips: parse() must return, never crash.
    // (tests/fuzz will hammer the same entry point harder.)
    const QByteArray real = QByteArray::fromHex(
        "abcd8180000100020000000004746573740000010001c00c000100010000003c0004c0000201"
        "c00c000100010000003c0004c0000202");
    const Result<DnsMessage> ok = DnsMessage::parse(real);
    QVERIFY(ok.ok());
    QCOMPARE(ok.value().answers().size(), 2);
    QCOMPARE(ok.value().answers().at(1).text, QStringLiteral("192.0.2.2"));
    QCOMPARE(ok.value().answers().at(0).owner, QStringLiteral("test"));
    for (int n = 0; n < real.size(); ++n)
        QVERIFY(!DnsMessage::parse(real.left(n)).ok());
    QRandomGenerator rng(42);
    for (int i = 0; i < 20000; ++i) {
        QByteArray m = real;
        for (int k = 0; k < 3; ++k)
            m[int(rng.bounded(int(m.size())))] = char(rng.bounded(256));
        (void)DnsMessage::parse(m);
    }
    // A compression pointer that points at itself.
    QVERIFY(!DnsMessage::parse(QByteArray::fromHex("abcd81800001000000000000c00c00010001")).ok());
}

void TestDns::cliSupport_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("one server") << QStringList{"--dns-server", knotServer()} << "";
    QTest::newRow("server and timeout") << QStringList{"--dns-server", knotServer(), "--dns-timeout", "500"} << "";
    QTest::newRow("two servers") << QStringList{"--dns-server", "127.0.0.1:9", "--dns-server", knotServer(), "--dns-timeout", "300"} << "";
    QTest::newRow("bad server") << QStringList{"--dns-server", "dns.example"} << "dns-server-invalid";
    QTest::newRow("bad timeout") << QStringList{"--dns-server", knotServer(), "--dns-timeout", "soon"} << "dns-timeout-invalid";
    QTest::newRow("zero timeout") << QStringList{"--dns-server", knotServer(), "--dns-timeout", "0"} << "dns-timeout-invalid";
}

void TestDns::cliSupport()
{
    QFETCH(QStringList, args);
    QFETCH(QString, errorCode);
    QCommandLineParser parser;
    addDnsServerOption(parser);
    QVERIFY(parser.parse(QStringList{"bounce-doctor-cli test"} + args));
    QObject owner;
    const Result<Resolver *> r = makeResolver(parser, &owner);
    QCOMPARE(r.ok(), errorCode.isEmpty());
    if (!r.ok()) {
        QCOMPARE(r.error().code, errorCode);
        QVERIFY(!r.error().message.isEmpty());
        return;
    }
    QCOMPARE(r.value()->parent(), &owner);
    QVERIFY(qobject_cast<CachingResolver *>(r.value()));
    const DnsAnswer a = ask(r.value(), "dns.test", DnsType::A);
    QCOMPARE(a.records, QStringList{"192.0.2.1"});
    ask(r.value(), "dns.test", DnsType::A);
    QCOMPARE(r.value()->queriesSent(), 1);
}

void TestDns::cliDefaultTimeoutBound()
{
    // The worst case a CLI user waits for one silent name with the defaults: 2 s, then 4 s
    // (c-ares doubles the timeout on the second round).
    QCommandLineParser parser;
    addDnsServerOption(parser);
    QVERIFY(parser.parse({"bounce-doctor-cli test", "--dns-server", faultServer()}));
    QObject owner;
    Resolver *r = makeResolver(parser, &owner).value();
    QElapsedTimer clock;
    clock.start();
    const DnsAnswer a = ask(r, "silent.fault.test", DnsType::A, 10000);
    const qint64 wall = clock.elapsed();
    QCOMPARE(a.status, DnsStatus::Timeout);
    qInfo("default timeout bound (2000 ms x 2 tries): %lld ms", wall);
    QVERIFY2(wall >= 5900 && wall < 8000, qPrintable(QString::number(wall)));
}

QTEST_GUILESS_MAIN(TestDns)
#include "tst_dns.moc"
