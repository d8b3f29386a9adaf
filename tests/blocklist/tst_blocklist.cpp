#include "AresResolver.h"
#include "BlocklistCatalogue.h"
#include "BlocklistChecker.h"
#include "CachingResolver.h"

#include <QSignalSpy>
#include <QTest>

namespace {
// Never answers: the only way to see a zone's own deadline without a real silent server.
class SilentResolver : public Resolver
{
public:
    void lookup(const DnsQuestion &, QObject *, Callback) override { ++m_sent; }
    void cancel(QObject *) override { }
    int queriesSent() const override { return m_sent; }

private:
    int m_sent = 0;
};

const char *kZoneFixture = R"({"zones":[{"id":"x","zone":"x.test","kinds":["ipv4"],"weight":"high",
  "codes":[{"answer":"127.0.0.2","meaning":"m"}],"testListed":"127.0.0.2","testUnlisted":"127.0.0.1",
  "delistUrl":"https://x.test/","delist":"steps"}]})";
}

class TestBlocklist : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void catalogueLoads();
    void catalogueRejects_data();
    void catalogueRejects();
    void queryName_data();
    void queryName();
    void badTargets_data();
    void badTargets();
    void live_data();
    void live();
    void wholeCatalogueInParallel();
    void zoneTimeout();
    void abortStopsEverything();

private:
    QList<BlocklistResult> run(const QStringList &ips, const QStringList &domains, const QString &key = {});
    Resolver *m_resolver = nullptr;
};

void TestBlocklist::initTestCase()
{
    AresResolver::Config config;
    config.servers = {qEnvironmentVariable("BD_TEST_DNS", QStringLiteral("127.0.0.1:15353"))};
    config.timeoutMs = 1000;
    config.tries = 1;
    auto created = AresResolver::create(config, this);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    m_resolver = created.value();
}

void TestBlocklist::catalogueLoads()
{
    const BlocklistCatalogue &cat = BlocklistCatalogue::instance();
    QVERIFY2(cat.loadError().isEmpty(), qPrintable(cat.loadError()));
    QVERIFY(cat.zones().size() >= 20);
    int ip = 0, ip6 = 0, domain = 0;
    for (const BlocklistZone &z : cat.zones()) {
        QVERIFY2(!z.zone.contains(QLatin1String("sorbs")), "SORBS is retired and must stay out");
        ip += z.supports(BlocklistZone::Ipv4);
        ip6 += z.supports(BlocklistZone::Ipv6);
        domain += z.supports(BlocklistZone::Domain);
    }
    QVERIFY(ip >= 15);
    QVERIFY(ip6 >= 3);
    QVERIFY(domain >= 3);
    for (const char *must : {"zen.spamhaus.org", "dbl.spamhaus.org", "bl.spamcop.net", "b.barracudacentral.org",
                             "dnsbl-1.uceprotect.net", "dnsbl-3.uceprotect.net", "psbl.surriel.com",
                             "bl.mailspike.net", "rep.mailspike.net", "combined.mail.abusix.zone",
                             "multi.surbl.org", "multi.uribl.com"})
        QVERIFY2(cat.zone(QString::fromLatin1(must)), must);
}

void TestBlocklist::catalogueRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mustMention");
    const QByteArray good(kZoneFixture);
    QTest::newRow("not json") << QByteArray("{zones") << "not valid JSON";
    QTest::newRow("no zones") << QByteArray("{}") << "zones";
    QTest::newRow("code outside 127/8") << QByteArray(good).replace("\"answer\":\"127.0.0.2\"", "\"answer\":\"10.0.0.2\"")
                                        << "\"x\"";
    QTest::newRow("bad weight") << QByteArray(good).replace("\"high\"", "\"huge\"") << "weight";
    QTest::newRow("unknown kind") << QByteArray(good).replace("\"ipv4\"", "\"ipv5\"") << "ipv5";
    QTest::newRow("no test entry") << QByteArray(good).replace("\"testListed\":\"127.0.0.2\",", "") << "RFC 5782";
    QTest::newRow("http delisting") << QByteArray(good).replace("https://x.test/", "http://x.test/") << "delistUrl";
    QTest::newRow("duplicate") << QByteArray(good).replace("}]}", "},{\"id\":\"x\",\"zone\":\"y.test\"}]}")
                               << "duplicate";
}

void TestBlocklist::catalogueRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mustMention);
    QVERIFY(BlocklistCatalogue::fromJson(QByteArray(kZoneFixture), QStringLiteral("good.json")).ok());
    const auto r = BlocklistCatalogue::fromJson(json, QStringLiteral("zones.json"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("zones.json")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(mustMention), qPrintable(r.error().message));
}

void TestBlocklist::queryName_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ipv4") << "192.0.2.66" << "66.2.0.192.zen.spamhaus.org";
    QTest::newRow("ipv6 nibbles") << "2001:db8::66"
                                  << "6.6.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.zen.spamhaus.org";
    QTest::newRow("domain") << "Bad-Domain.Example." << "bad-domain.example.zen.spamhaus.org";
    QTest::newRow("idn") << QString::fromUtf8("bücher.example") << "xn--bcher-kva.example.zen.spamhaus.org";
}

void TestBlocklist::queryName()
{
    QFETCH(QString, target);
    QFETCH(QString, expected);
    QCOMPARE(BlocklistChecker::queryName(target, QStringLiteral("zen.spamhaus.org")), expected);
}

void TestBlocklist::badTargets_data()
{
    QTest::addColumn<QStringList>("ips");
    QTest::addColumn<QStringList>("domains");
    QTest::newRow("nothing") << QStringList() << QStringList();
    QTest::newRow("not an ip") << QStringList{QStringLiteral("300.1.2.3")} << QStringList();
    QTest::newRow("not a domain") << QStringList() << QStringList{QStringLiteral("no spaces.example")};
    QTest::newRow("ip as domain") << QStringList() << QStringList{QStringLiteral("192.0.2.1")};
    QTest::newRow("single label") << QStringList() << QStringList{QStringLiteral("localhost")};
}

void TestBlocklist::badTargets()
{
    QFETCH(QStringList, ips);
    QFETCH(QStringList, domains);
    BlocklistChecker checker(m_resolver);
    QString error;
    QVERIFY(!checker.start(ips, domains, &error));
    QVERIFY(!error.isEmpty());
}

QList<BlocklistResult> TestBlocklist::run(const QStringList &ips, const QStringList &domains, const QString &key)
{
    CachingResolver cache(m_resolver);
    BlocklistChecker checker(&cache);
    checker.setZoneTimeout(4000);
    checker.setAbusixKey(key);
    QSignalSpy finished(&checker, &BlocklistChecker::finished);
    QSignalSpy perZone(&checker, &BlocklistChecker::zoneFinished);
    QString error;
    if (!checker.start(ips, domains, &error)) {
        qWarning() << error;
        return {};
    }
    if (!finished.wait(15000))
        return {};
    if (perZone.size() != checker.total())
        qWarning() << "zoneFinished" << perZone.size() << "total" << checker.total();
    return checker.results();
}

void TestBlocklist::live_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("codes");
    QTest::addColumn<QString>("detail"); // substring of meaning, TXT or problem

    QTest::newRow("zen SBL+XBL") << "192.0.2.66" << "zen.spamhaus.org" << "" << "listed" << "127.0.0.2,127.0.0.4"
                                 << "SBL999999";
    QTest::newRow("zen XBL meaning") << "192.0.2.66" << "zen.spamhaus.org" << "" << "listed" << "127.0.0.2,127.0.0.4"
                                     << "infected";
    QTest::newRow("zen PBL") << "192.0.2.10" << "zen.spamhaus.org" << "" << "listed" << "127.0.0.11" << "PBL";
    QTest::newRow("zen clean") << "192.0.2.1" << "zen.spamhaus.org" << "" << "clean" << "" << "";
    QTest::newRow("zen refuses resolver") << "192.0.2.77" << "zen.spamhaus.org" << "" << "couldnt-check"
                                          << "127.255.255.254" << "public or open resolver";
    QTest::newRow("zen ipv6 CSS") << "2001:db8::66" << "zen.spamhaus.org" << "" << "listed" << "127.0.0.3" << "CSS";
    QTest::newRow("zen ipv6 clean") << "2001:db8::1" << "zen.spamhaus.org" << "" << "clean" << "" << "";
    QTest::newRow("spamcop listed+txt") << "192.0.2.66" << "bl.spamcop.net" << "" << "listed" << "127.0.0.2"
                                        << "spamcop.net/bl.shtml";
    QTest::newRow("answer outside 127/8") << "192.0.2.88" << "bl.spamcop.net" << "" << "couldnt-check"
                                          << "198.51.100.80" << "outside 127.0.0.0/8";
    QTest::newRow("no test entry: clean untrusted") << "192.0.2.1" << "b.barracudacentral.org" << "" << "couldnt-check"
                                                    << "" << "test entry";
    QTest::newRow("no test entry: listing still shown") << "192.0.2.66" << "b.barracudacentral.org" << ""
                                                        << "listed" << "127.0.0.2" << "reputation";
    QTest::newRow("unknown code still listed") << "192.0.2.99" << "psbl.surriel.com" << "" << "listed"
                                               << "127.0.0.99" << "does not describe";
    QTest::newRow("good reputation is clean") << "192.0.2.1" << "rep.mailspike.net" << "" << "clean" << "127.0.0.18"
                                              << "good reputation";
    QTest::newRow("bad reputation listed") << "192.0.2.66" << "rep.mailspike.net" << "" << "listed" << "127.0.0.11"
                                           << "very bad";
    QTest::newRow("nxdomain rewriting flagged") << "192.0.2.1" << "bl.0spam.org" << "" << "couldnt-check"
                                                << "127.0.0.2" << "invents answers";
    QTest::newRow("zone not served: refused") << "192.0.2.1" << "bl.nordspam.com" << "" << "couldnt-check" << ""
                                              << "REFUSED";
    QTest::newRow("needs key") << "192.0.2.66" << "combined.mail.abusix.zone" << "" << "couldnt-check" << ""
                               << "key";
    QTest::newRow("with key") << "192.0.2.66" << "combined.mail.abusix.zone" << "testkey" << "listed" << "127.0.0.3"
                              << "exploit";
    QTest::newRow("dronebl ipv6") << "2001:db8::66" << "dnsbl.dronebl.org" << "" << "listed" << "127.0.0.17"
                                  << "botnet";
    QTest::newRow("dbl listed") << "bad-domain.example" << "dbl.spamhaus.org" << "" << "listed" << "127.0.1.2"
                                << "searchterm=bad-domain.example";
    QTest::newRow("dbl phishing") << "phish.example" << "dbl.spamhaus.org" << "" << "listed" << "127.0.1.4"
                                  << "phishing";
    QTest::newRow("dbl clean") << "good.example" << "dbl.spamhaus.org" << "" << "clean" << "" << "";
    QTest::newRow("surbl bitmask") << "bad-domain.example" << "multi.surbl.org" << "" << "listed" << "127.0.0.72"
                                   << "PH: phishing sites; ABUSE";
    QTest::newRow("uribl refused") << "refused.example" << "multi.uribl.com" << "" << "couldnt-check" << "127.0.0.1"
                                   << "refused";
    QTest::newRow("uribl grey") << "grey.example" << "multi.uribl.com" << "" << "listed" << "127.0.0.4" << "grey";
}

void TestBlocklist::live()
{
    QFETCH(QString, target);
    QFETCH(QString, zone);
    QFETCH(QString, key);
    QFETCH(QString, status);
    QFETCH(QString, codes);
    QFETCH(QString, detail);
    QHostAddress a;
    const bool isIp = a.setAddress(target);
    const auto results = run(isIp ? QStringList{target} : QStringList(), isIp ? QStringList() : QStringList{target}, key);
    QVERIFY(!results.isEmpty());
    const auto it = std::find_if(results.begin(), results.end(),
                                 [&](const BlocklistResult &r) { return r.zone == zone && r.target == target; });
    QVERIFY2(it != results.end(), qPrintable(zone));
    const QString text = it->meaningText() + QLatin1Char(' ') + it->txt + QLatin1Char(' ') + it->problem;
    QVERIFY2(BlocklistResult::statusId(it->status) == status,
             qPrintable(BlocklistResult::statusId(it->status) + QStringLiteral(": ") + text));
    QStringList got = it->codes;
    got.sort();
    QCOMPARE(got.join(QLatin1Char(',')), codes);
    QVERIFY2(text.contains(detail, Qt::CaseInsensitive), qPrintable(text));
    const QJsonObject json = it->toJson();
    for (const char *field : {"zone", "status", "codes", "meaning", "delistUrl"})
        QVERIFY2(json.contains(QLatin1String(field)), field);
    const CheckResult check = it->toCheckResult();
    QCOMPARE(check.status, status == QLatin1String("listed")  ? CheckStatus::Fail
                           : status == QLatin1String("clean") ? CheckStatus::Pass
                                                              : CheckStatus::CouldNotCheck);
}

void TestBlocklist::wholeCatalogueInParallel()
{
    CachingResolver cache(m_resolver);
    BlocklistChecker checker(&cache);
    QSignalSpy finished(&checker, &BlocklistChecker::finished);
    QSignalSpy progress(&checker, &BlocklistChecker::progress);
    QVERIFY(checker.start({QStringLiteral("192.0.2.66"), QStringLiteral("2001:db8::66")},
                          {QStringLiteral("bad-domain.example")}));
    const int total = checker.total();
    QVERIFY(total >= 25);
    QVERIFY(finished.wait(15000));
    QCOMPARE(progress.size(), total);
    QCOMPARE(progress.last().at(0).toInt(), total);
    // Every zone answers from one local server: in parallel the whole run stays near a few round
    // trips; sequential would be ~3 queries x zones. The bound is loose on purpose (CI load).
    QVERIFY2(checker.elapsedMs() < 3000, qPrintable(QString::number(checker.elapsedMs())));
}

void TestBlocklist::zoneTimeout()
{
    SilentResolver silent;
    BlocklistChecker checker(&silent);
    checker.setZoneTimeout(300);
    checker.setZones({QStringLiteral("spamhaus-zen"), QStringLiteral("spamcop")});
    QSignalSpy finished(&checker, &BlocklistChecker::finished);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(checker.start({QStringLiteral("192.0.2.66")}, {}));
    QVERIFY(finished.wait(5000));
    QVERIFY(clock.elapsed() < 2000);
    const auto results = checker.results();
    QCOMPARE(results.size(), 2);
    for (const BlocklistResult &r : results) {
        QCOMPARE(r.status, ListingStatus::CouldNotCheck);
        QVERIFY(r.problem.contains(QLatin1String("300 ms")));
    }
}

void TestBlocklist::abortStopsEverything()
{
    SilentResolver silent;
    auto *checker = new BlocklistChecker(&silent);
    checker->setZoneTimeout(200);
    QSignalSpy finished(checker, &BlocklistChecker::finished);
    QSignalSpy perZone(checker, &BlocklistChecker::zoneFinished);
    QVERIFY(checker->start({QStringLiteral("192.0.2.66")}, {}));
    QVERIFY(checker->isRunning());
    checker->abort();
    QVERIFY(!checker->isRunning());
    QTest::qWait(400); // past every zone deadline: nothing may fire after abort
    QCOMPARE(finished.size(), 0);
    QCOMPARE(perZone.size(), 0);
    delete checker;
}

QTEST_GUILESS_MAIN(TestBlocklist)
#include "tst_blocklist.moc"
