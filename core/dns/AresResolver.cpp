#include "AresResolver.h"

#include "DnsMessage.h"
#include "DnsName.h"
#include "DnsServerSpec.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

#include <ares.h>
#include <arpa/inet.h>

#include <memory>
#include <mutex>

struct AresResolver::QueryTag
{
    AresResolver *self;
    quint64 id;
};

namespace {
constexpr int kClassIn = 1;

QString aresErrorText(int status)
{
    switch (status) {
    case ARES_ECONNREFUSED:
        return QCoreApplication::translate("Dns", "could not contact the DNS server (connection refused)");
    case ARES_EFORMERR:
        return QCoreApplication::translate("Dns", "the DNS server did not understand the query (FORMERR)");
    case ARES_ENOTIMP:
        return QCoreApplication::translate("Dns", "the DNS server does not implement this query (NOTIMP)");
    case ARES_EBADRESP:
        return QCoreApplication::translate("Dns", "the DNS server sent a malformed answer");
    default:
        return QString::fromUtf8(ares_strerror(status));
    }
}
}

AresResolver::AresResolver(QObject *parent) : Resolver(parent) { }

Result<AresResolver *> AresResolver::create(const Config &config, QObject *parent)
{
    static std::once_flag libraryInit;
    std::call_once(libraryInit, [] { ares_library_init(ARES_LIB_INIT_ALL); });

    auto *resolver = new AresResolver(parent);
    const Result<bool> ok = resolver->init(config);
    if (!ok) {
        delete resolver;
        return ok.error();
    }
    return resolver;
}

Result<bool> AresResolver::init(const Config &config)
{
    ares_options opts{};
    // NOCHECKRESP: without it c-ares 1.18 retries SERVFAIL/REFUSED on every server and then
    // reports both as ECONNREFUSED; we want the rcode itself.
    opts.flags = ARES_FLAG_NOCHECKRESP | ARES_FLAG_EDNS;
    opts.timeout = qMax(1, config.timeoutMs);
    opts.tries = qMax(1, config.tries);
    // 1232: the DNS Flag Day 2020 size, large enough for most DKIM keys without a TCP retry.
    opts.ednspsz = 1232;
    opts.sock_state_cb = &AresResolver::sockStateCallback;
    opts.sock_state_cb_data = this;
    // Answers to a burst arrive faster than one event-loop turn reads them.
    opts.socket_receive_buffer_size = 1 << 20;
    const int mask = ARES_OPT_FLAGS | ARES_OPT_TIMEOUTMS | ARES_OPT_TRIES | ARES_OPT_EDNSPSZ
        | ARES_OPT_SOCK_STATE_CB | ARES_OPT_SOCK_RCVBUF;
    m_maxInFlight = qMax(1, config.maxInFlight);
    const int rc = ares_init_options(&m_channel, &opts, mask);
    if (rc != ARES_SUCCESS) {
        m_channel = nullptr;
        return Error{QStringLiteral("dns-init"),
                     tr("could not set up the DNS resolver: %1").arg(QString::fromUtf8(ares_strerror(rc)))};
    }

    if (!config.servers.isEmpty()) {
        QStringList csv;
        for (const QString &s : config.servers) {
            const Result<DnsServerSpec> spec = DnsServerSpec::parse(s);
            if (!spec)
                return spec.error();
            csv.append(spec.value().toString());
        }
        const int src = ares_set_servers_ports_csv(m_channel, csv.join(QLatin1Char(',')).toLatin1().constData());
        if (src != ARES_SUCCESS)
            return Error{QStringLiteral("dns-server-invalid"),
                         tr("could not use the DNS servers %1: %2")
                             .arg(csv.join(QLatin1String(", ")), QString::fromUtf8(ares_strerror(src)))};
    }

    ares_addr_port_node *servers = nullptr;
    if (ares_get_servers_ports(m_channel, &servers) == ARES_SUCCESS) {
        for (ares_addr_port_node *n = servers; n; n = n->next) {
            char buf[INET6_ADDRSTRLEN] = {};
            ares_inet_ntop(n->family, &n->addr, buf, sizeof buf);
            const int port = n->udp_port ? n->udp_port : 53;
            m_servers.append(n->family == AF_INET6 ? QStringLiteral("[%1]:%2").arg(QString::fromLatin1(buf)).arg(port)
                                                   : QStringLiteral("%1:%2").arg(QString::fromLatin1(buf)).arg(port));
        }
        ares_free_data(servers);
    }

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { processFd(ARES_SOCKET_BAD, ARES_SOCKET_BAD); });
    return true;
}

AresResolver::~AresResolver()
{
    m_destroying = true;
    m_pending.clear();
    m_waiting.clear();
    if (m_channel)
        ares_destroy(m_channel); // calls every outstanding callback with ARES_EDESTRUCTION
    qDeleteAll(m_readNotifiers);
    qDeleteAll(m_writeNotifiers);
}

void AresResolver::lookup(const DnsQuestion &question, QObject *context, Callback done)
{
    const quint64 id = m_nextId++;
    Pending &p = m_pending[id];
    p.question = question;
    p.context = context;
    p.hasContext = context != nullptr;
    p.done = std::move(done);
    p.clock.start();

    const Result<QString> name = DnsName::normalize(question.name);
    if (!name) {
        DnsAnswer answer;
        answer.status = DnsStatus::BadName;
        answer.errorText = name.error().message;
        // Never call back from inside lookup(): the caller may not be ready for it.
        QMetaObject::invokeMethod(this, [this, id, answer] { deliver(id, answer); }, Qt::QueuedConnection);
        return;
    }
    p.currentName = name.value();
    p.seenNames.insert(p.currentName.toLower());
    send(id);
}

void AresResolver::send(quint64 id)
{
    if (m_inFlight >= m_maxInFlight) {
        m_waiting.append(id);
        return;
    }
    const Pending &p = m_pending[id];
    auto *tag = new QueryTag{this, id};
    ++m_inFlight;
    ++m_queriesSent;
    ares_query(m_channel, p.currentName.toUtf8().constData(), kClassIn, DnsMessage::typeCode(p.question.type),
               &AresResolver::queryCallback, tag);
    rearmTimer();
}

void AresResolver::queryCallback(void *arg, int status, int timeouts, unsigned char *abuf, int alen)
{
    std::unique_ptr<QueryTag> tag(static_cast<QueryTag *>(arg));
    if (status == ARES_EDESTRUCTION || tag->self->m_destroying)
        return;
    AresResolver *self = tag->self;
    const quint64 id = tag->id;
    const QByteArray wire = abuf && alen > 0 ? QByteArray(reinterpret_cast<const char *>(abuf), alen) : QByteArray();
    // We may be inside ares_query() (EBADNAME) or ares_process_fd(): leave c-ares before acting.
    QMetaObject::invokeMethod(self, [self, id, status, wire] { self->queryDone(id, status, wire); },
                              Qt::QueuedConnection);
}

void AresResolver::queryDone(quint64 id, int status, const QByteArray &wire)
{
    --m_inFlight;
    sendWaiting();
    handleResponse(id, status, wire);
}

void AresResolver::sendWaiting()
{
    while (m_inFlight < m_maxInFlight && !m_waiting.isEmpty()) {
        const quint64 id = m_waiting.takeFirst();
        const auto it = m_pending.find(id);
        if (it == m_pending.end())
            continue; // cancelled while waiting
        if (it->hasContext && !it->context) {
            m_pending.erase(it);
            continue;
        }
        send(id);
    }
}

void AresResolver::handleResponse(quint64 id, int status, const QByteArray &wire)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // cancelled
    Pending &p = *it;
    if (p.hasContext && !p.context) {
        m_pending.erase(it);
        return;
    }

    DnsAnswer answer;
    if (wire.isEmpty()) {
        switch (status) {
        case ARES_ETIMEOUT: answer.status = DnsStatus::Timeout; break;
        case ARES_EBADNAME: answer.status = DnsStatus::BadName; break;
        case ARES_ENOTFOUND: answer.status = DnsStatus::NxDomain; break; // e.g. .onion, refused locally
        default: answer.status = DnsStatus::Error; break;
        }
        answer.errorText = status == ARES_ETIMEOUT ? dnsStatusText(DnsStatus::Timeout) : aresErrorText(status);
        deliver(id, answer);
        return;
    }

    const Result<DnsMessage> parsed = DnsMessage::parse(wire);
    if (!parsed) {
        answer.status = DnsStatus::Error;
        answer.errorText = parsed.error().message;
        deliver(id, answer);
        return;
    }
    const DnsMessage &msg = parsed.value();
    const quint16 qtype = DnsMessage::typeCode(p.question.type);

    // Walk the CNAME chain inside this message, starting from the name we asked.
    QString name = p.currentName;
    QList<const DnsRecord *> matches;
    bool followed = false;
    for (;;) {
        const DnsRecord *alias = nullptr;
        for (const DnsRecord &r : msg.answers()) {
            if (r.owner.compare(name, Qt::CaseInsensitive) != 0)
                continue;
            if (r.type == qtype)
                matches.append(&r);
            else if (r.type == 5 && !alias)
                alias = &r;
        }
        if (!matches.isEmpty() || !alias || qtype == 5)
            break;
        const QString key = alias->target.toLower();
        p.cnameChain.append(alias->target);
        p.minTtl = qMin(p.minTtl, alias->ttl);
        if (p.seenNames.contains(key)) {
            answer.status = DnsStatus::Error;
            answer.errorText = tr("CNAME loop: %1").arg(p.question.name + QLatin1String(" → ")
                                                        + p.cnameChain.join(QLatin1String(" → ")));
            deliver(id, answer);
            return;
        }
        p.seenNames.insert(key);
        name = alias->target;
        followed = true;
    }

    switch (msg.rcode()) {
    case DnsMessage::NoError: break;
    case DnsMessage::NxDomain: answer.status = DnsStatus::NxDomain; break;
    case DnsMessage::ServFail: answer.status = DnsStatus::ServFail; break;
    case DnsMessage::Refused: answer.status = DnsStatus::Refused; break;
    default:
        answer.status = DnsStatus::Error;
        answer.errorText = msg.rcode() == DnsMessage::FormErr ? aresErrorText(ARES_EFORMERR)
            : msg.rcode() == DnsMessage::NotImp               ? aresErrorText(ARES_ENOTIMP)
                                                              : tr("the DNS server answered with error code %1").arg(msg.rcode());
        break;
    }
    if (msg.rcode() != DnsMessage::NoError) {
        if (answer.errorText.isEmpty())
            answer.errorText = dnsStatusText(answer.status);
        deliver(id, answer);
        return;
    }

    if (matches.isEmpty()) {
        // An authoritative server answers with the alias alone when its target lies outside its
        // zones; a recursive one (RA set) has already followed the chain as far as it goes.
        if (followed && !msg.recursionAvailable()) {
            if (p.hops >= kMaxCnameHops) {
                answer.status = DnsStatus::Error;
                answer.errorText = tr("CNAME chain longer than %n aliases", nullptr, kMaxCnameHops);
                deliver(id, answer);
                return;
            }
            ++p.hops;
            p.currentName = name;
            send(id);
            return;
        }
        answer.status = DnsStatus::NoData;
        deliver(id, answer);
        return;
    }

    answer.status = DnsStatus::Ok;
    for (const DnsRecord *r : matches) {
        answer.records.append(r->text);
        p.minTtl = qMin(p.minTtl, r->ttl);
        switch (p.question.type) {
        case DnsType::MX: answer.mx.append(r->mx); break;
        case DnsType::SRV: answer.srv.append(r->srv); break;
        case DnsType::SOA: answer.soa = r->soa; break;
        case DnsType::TXT:
        case DnsType::SPF: answer.txtStrings.append(r->strings); break;
        default: break;
        }
    }
    deliver(id, answer);
}

void AresResolver::deliver(quint64 id, const DnsAnswer &result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending p = std::move(*it);
    m_pending.erase(it);
    if (p.hasContext && !p.context)
        return;
    DnsAnswer answer = result;
    answer.question = p.question;
    answer.cnameChain = p.cnameChain;
    answer.ttl = p.minTtl == 0xffffffff ? 0 : int(qMin<quint32>(p.minTtl, 0x7fffffff));
    answer.server = m_servers.join(QLatin1String(", "));
    answer.elapsedMs = double(p.clock.nsecsElapsed()) / 1e6;
    // Last statement: `done` may delete this resolver.
    if (p.done)
        p.done(answer);
}

void AresResolver::cancel(QObject *context)
{
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->hasContext && (!it->context || it->context == context))
            it = m_pending.erase(it);
        else
            ++it;
    }
}

int AresResolver::queriesSent() const
{
    return m_queriesSent;
}

QStringList AresResolver::servers() const
{
    return m_servers;
}

int AresResolver::pendingCount() const
{
    return int(m_pending.size());
}

void AresResolver::sockStateCallback(void *data, int fd, int readable, int writable)
{
    static_cast<AresResolver *>(data)->onSocketState(fd, readable != 0, writable != 0);
}

void AresResolver::onSocketState(int fd, bool readable, bool writable)
{
    if (!readable && !writable) {
        // c-ares closes the fd right after this, possibly from inside this very notifier's
        // activated() slot: disable now, delete later. The fd number may be reused at once.
        for (QHash<int, QSocketNotifier *> *map : {&m_readNotifiers, &m_writeNotifiers}) {
            if (QSocketNotifier *n = map->take(fd)) {
                n->setEnabled(false);
                if (!m_destroying)
                    n->deleteLater();
                else
                    delete n;
            }
        }
        return;
    }
    if (m_destroying)
        return;
    const auto watch = [this, fd](QHash<int, QSocketNotifier *> &map, QSocketNotifier::Type type, bool want) {
        QSocketNotifier *n = map.value(fd);
        if (!want) {
            if (n)
                n->setEnabled(false);
            return;
        }
        if (!n) {
            n = new QSocketNotifier(fd, type, this);
            connect(n, &QSocketNotifier::activated, this, [this, fd, type] {
                if (type == QSocketNotifier::Read)
                    processFd(fd, ARES_SOCKET_BAD);
                else
                    processFd(ARES_SOCKET_BAD, fd);
            });
            map.insert(fd, n);
        }
        n->setEnabled(true);
    };
    watch(m_readNotifiers, QSocketNotifier::Read, readable);
    watch(m_writeNotifiers, QSocketNotifier::Write, writable);
}

void AresResolver::processFd(int readFd, int writeFd)
{
    ares_process_fd(m_channel, readFd, writeFd);
    rearmTimer();
}

void AresResolver::rearmTimer()
{
    timeval tv{};
    if (ares_timeout(m_channel, nullptr, &tv)) {
        // Round up: firing a millisecond early would just spin once more.
        const qint64 ms = qint64(tv.tv_sec) * 1000 + (tv.tv_usec + 999) / 1000;
        m_timer->start(int(qBound(qint64(0), ms, qint64(24 * 3600 * 1000))));
    } else {
        m_timer->stop();
    }
}
