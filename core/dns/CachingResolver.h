#pragma once

#include "Resolver.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPointer>

// Asks each question once per run: answers are kept for the life of this object (or until
// clear()), keyed by (lower-cased name, type), and identical questions asked while the first is
// still on the wire wait for that one query. Failures are cached too, so a dead name costs one
// timeout per run, not one per mention. Answers served from here have fromCache = true.
class CachingResolver : public Resolver
{
    Q_OBJECT
public:
    // Takes ownership of `inner` when it has no parent.
    explicit CachingResolver(Resolver *inner, QObject *parent = nullptr);

    void lookup(const DnsQuestion &question, QObject *context, Callback done) override;
    void cancel(QObject *context) override;
    int queriesSent() const override; // the inner resolver's wire queries
    int cacheHits() const;            // lookups answered without a query of their own
    void clear();                     // forget answers (a new run); queries in flight still complete
    Resolver *inner() const;

private:
    struct Waiter
    {
        DnsQuestion question;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
        QElapsedTimer clock;
        bool coalesced = false;
        quint64 cancelGeneration = 0;
    };
    struct Entry
    {
        bool done = false;
        DnsAnswer answer;
        QList<Waiter> waiters;
    };

    static QString key(const DnsQuestion &question);
    void innerAnswered(const QString &key, const DnsAnswer &answer);
    void deliver(Waiter waiter, DnsAnswer answer);

    Resolver *m_inner;
    QHash<QString, Entry> m_entries;
    QHash<QObject *, quint64> m_cancelGeneration;
    int m_cacheHits = 0;
};
