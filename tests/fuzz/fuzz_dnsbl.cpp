#include "FuzzSupport.h"

#include "BlocklistCatalogue.h"
#include "BlocklistChecker.h"
#include "DnsMessage.h"
#include "Resolver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <cstdio>

namespace {

// Answers the n-th question with the n-th wire message of the input (cycling), decoded by
// DnsMessage exactly as AresResolver decodes what a server sent. Input layout: one byte picking
// the catalogue zone, then messages each preceded by a 16-bit big-endian length.
class WireResolver : public Resolver
{
public:
    explicit WireResolver(const QList<QByteArray> &messages) : m_messages(messages) { }

    void lookup(const DnsQuestion &question, QObject *context, Callback done) override
    {
        DnsAnswer answer;
        answer.question = question;
        answer.server = QStringLiteral("fuzz");
        const QByteArray wire = m_messages.isEmpty() ? QByteArray() : m_messages.at(m_asked % m_messages.size());
        ++m_asked;
        const Result<DnsMessage> parsed = DnsMessage::parse(wire);
        if (!parsed) {
            answer.status = DnsStatus::Error;
            answer.errorText = parsed.error().message;
        } else {
            const DnsMessage &m = parsed.value();
            switch (m.rcode()) {
            case DnsMessage::NoError: answer.status = DnsStatus::Ok; break;
            case DnsMessage::NxDomain: answer.status = DnsStatus::NxDomain; break;
            case DnsMessage::ServFail: answer.status = DnsStatus::ServFail; break;
            case DnsMessage::Refused: answer.status = DnsStatus::Refused; break;
            default: answer.status = DnsStatus::Error; break;
            }
            const quint16 want = DnsMessage::typeCode(question.type);
            for (const DnsRecord &r : m.answers()) {
                if (r.type != want)
                    continue;
                answer.records.append(r.text);
                if (!r.strings.isEmpty())
                    answer.txtStrings.append(r.strings);
            }
            if (answer.status == DnsStatus::Ok && answer.records.isEmpty())
                answer.status = DnsStatus::NoData;
        }
        QPointer<QObject> guard(context);
        const int generation = m_generation;
        QTimer::singleShot(0, this, [this, guard, generation, answer, done = std::move(done)] {
            if (guard && generation == m_generation)
                done(answer);
        });
    }
    void cancel(QObject *) override { ++m_generation; }
    int queriesSent() const override { return m_asked; }

private:
    QList<QByteArray> m_messages;
    int m_asked = 0;
    int m_generation = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::ensureApp();
    const BlocklistCatalogue &catalogue = BlocklistCatalogue::instance();
    if (size < 1 || catalogue.zones().isEmpty())
        return 0;
    const BlocklistZone &zone = catalogue.zones().at(data[0] % catalogue.zones().size());
    QList<QByteArray> messages;
    for (size_t at = 1; at + 2 <= size && messages.size() < 16;) {
        const size_t len = (size_t(data[at]) << 8) | data[at + 1];
        at += 2;
        const size_t take = qMin(len, size - at);
        messages.append(FuzzSupport::bytes(data + at, take));
        at += take;
    }

    WireResolver resolver(messages);
    BlocklistChecker checker(&resolver);
    checker.setCatalogue(&catalogue);
    checker.setZones({zone.id});
    checker.setZoneTimeout(50);
    bool finished = false;
    QObject::connect(&checker, &BlocklistChecker::finished, &checker, [&finished] { finished = true; });
    const QStringList ips = zone.supports(BlocklistZone::Ipv4) ? QStringList{QStringLiteral("192.0.2.99")}
        : zone.supports(BlocklistZone::Ipv6)                   ? QStringList{QStringLiteral("2001:db8::99")}
                                                               : QStringList{};
    const QStringList domains = zone.supports(BlocklistZone::Domain) ? QStringList{QStringLiteral("example.com")}
                                                                     : QStringList{};
    if (!checker.start(ips, domains))
        return 0;
    // Answers are queued for the next turn and every job has a 50 ms timeout, so the run must end
    // well within the bound; not finishing is a hang and is reported as a crash.
    QElapsedTimer clock;
    clock.start();
    while (!finished && clock.elapsed() < 3000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    if (!finished)
        __builtin_trap();
    static const bool verbose = qEnvironmentVariableIsSet("BD_FUZZ_VERBOSE");
    for (const BlocklistResult &r : checker.results()) {
        const QJsonObject json = r.toJson();
        if (verbose)
            std::fprintf(stderr, "%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    }
    return 0;
}
