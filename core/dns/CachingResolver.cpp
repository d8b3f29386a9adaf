#include "CachingResolver.h"

#include "DnsName.h"

CachingResolver::CachingResolver(Resolver *inner, QObject *parent) : Resolver(parent), m_inner(inner)
{
    if (m_inner && !m_inner->parent())
        m_inner->setParent(this);
}

QString CachingResolver::key(const DnsQuestion &question)
{
    return DnsName::key(question.name) + QLatin1Char('/') + dnsTypeName(question.type);
}

void CachingResolver::lookup(const DnsQuestion &question, QObject *context, Callback done)
{
    Waiter w;
    w.question = question;
    w.context = context;
    w.hasContext = context != nullptr;
    w.done = std::move(done);
    w.clock.start();
    w.cancelGeneration = m_cancelGeneration.value(context);

    const QString k = key(question);
    auto it = m_entries.find(k);
    if (it != m_entries.end()) {
        ++m_cacheHits;
        w.coalesced = true;
        if (it->done) {
            // Queued, like a real answer: callers rely on lookup() never calling back inline.
            const DnsAnswer answer = it->answer;
            QMetaObject::invokeMethod(this, [this, w, answer] { deliver(w, answer); }, Qt::QueuedConnection);
        } else {
            it->waiters.append(std::move(w));
        }
        return;
    }

    Entry &e = m_entries[k];
    e.waiters.append(std::move(w));
    // The context is this object: a cancel() by one caller must not drop the answer the others wait for.
    m_inner->lookup(question, this, [this, k](const DnsAnswer &answer) { innerAnswered(k, answer); });
}

void CachingResolver::innerAnswered(const QString &k, const DnsAnswer &answer)
{
    const auto it = m_entries.find(k);
    if (it == m_entries.end())
        return;
    it->done = true;
    it->answer = answer;
    const QList<Waiter> waiters = std::exchange(it->waiters, {});
    const QPointer<CachingResolver> self(this);
    for (const Waiter &w : waiters) {
        deliver(w, answer);
        if (!self)
            return; // a callback deleted us
    }
}

void CachingResolver::deliver(Waiter w, DnsAnswer answer)
{
    if (w.hasContext && (!w.context || m_cancelGeneration.value(w.context) != w.cancelGeneration))
        return;
    answer.question = w.question;
    if (w.coalesced) {
        answer.fromCache = true;
        answer.elapsedMs = double(w.clock.nsecsElapsed()) / 1e6;
    }
    if (w.done)
        w.done(answer);
}

void CachingResolver::cancel(QObject *context)
{
    if (!context)
        return;
    for (Entry &e : m_entries)
        e.waiters.removeIf([context](const Waiter &w) { return w.context == context; });
    // Cache hits already queued for delivery carry the generation they were asked in.
    ++m_cancelGeneration[context];
}

int CachingResolver::queriesSent() const
{
    return m_inner ? m_inner->queriesSent() : 0;
}

int CachingResolver::cacheHits() const
{
    return m_cacheHits;
}

void CachingResolver::clear()
{
    // Entries still waiting for the wire keep their waiters; their answer becomes the new run's.
    m_entries.removeIf([](const QHash<QString, Entry>::iterator it) { return it->done; });
}

Resolver *CachingResolver::inner() const
{
    return m_inner;
}
