#pragma once

#include "Resolver.h"
#include "Result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStringList>

class QSocketNotifier;
class QTimer;
struct ares_channeldata;

// c-ares 1.18 driven from the Qt event loop: the channel tells us which sockets it wants watched
// (ARES_OPT_SOCK_STATE_CB → one QSocketNotifier per fd and direction), a single-shot QTimer is armed
// from ares_timeout(), and both feed ares_process_fd(). No threads, nothing blocks.
//
// Answers are always delivered from a queued call (never from inside c-ares), so a callback may
// start new lookups or even delete the resolver. CNAMEs are followed, also across queries when
// the server returns only the alias (at most kMaxCnameHops), and loops are reported as errors.
class AresResolver : public Resolver
{
    Q_OBJECT
public:
    struct Config
    {
        QStringList servers; // "HOST[:PORT]" / "[v6]:PORT"; empty = the system's (resolv.conf)
        int timeoutMs = 2000; // first try; c-ares doubles it for each further round of tries
        int tries = 2;
        // Queries on the wire at once; more wait in line. A burst of thousands of UDP queries
        // overflows socket buffers (ours or the server's) and turns into timeouts.
        int maxInFlight = 128;
    };

    static Result<AresResolver *> create(const Config &config, QObject *parent = nullptr);
    ~AresResolver() override;

    void lookup(const DnsQuestion &question, QObject *context, Callback done) override;
    void cancel(QObject *context) override;
    int queriesSent() const override;

    QStringList servers() const; // "host:port", as the channel uses them
    int pendingCount() const;    // lookups not yet delivered (for tests)

    static constexpr int kMaxCnameHops = 8;

private:
    struct Pending
    {
        DnsQuestion question;
        QString currentName; // the name asked on the wire now (differs after a CNAME hop)
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
        QElapsedTimer clock;
        QStringList cnameChain;
        QSet<QString> seenNames;
        int hops = 0;
        quint32 minTtl = 0xffffffff;
    };
    struct QueryTag; // what c-ares carries for us through a query

    explicit AresResolver(QObject *parent);
    Result<bool> init(const Config &config);

    static void sockStateCallback(void *data, int fd, int readable, int writable);
    static void queryCallback(void *arg, int status, int timeouts, unsigned char *abuf, int alen);

    void onSocketState(int fd, bool readable, bool writable);
    void processFd(int readFd, int writeFd);
    void rearmTimer();
    void send(quint64 id);
    void sendWaiting();
    void queryDone(quint64 id, int status, const QByteArray &wire);
    void handleResponse(quint64 id, int status, const QByteArray &wire);
    void finish(quint64 id, DnsAnswer answer);
    void deliver(quint64 id, const DnsAnswer &answer);

    ares_channeldata *m_channel = nullptr;
    QTimer *m_timer = nullptr;
    QHash<int, QSocketNotifier *> m_readNotifiers;
    QHash<int, QSocketNotifier *> m_writeNotifiers;
    QHash<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
    QList<quint64> m_waiting; // FIFO of lookups waiting for a slot
    int m_inFlight = 0;
    int m_maxInFlight = 128;
    int m_queriesSent = 0;
    bool m_destroying = false;
    QStringList m_servers;
};
