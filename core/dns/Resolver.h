#pragma once

#include "DnsTypes.h"

#include <QObject>

#include <functional>

// The one DNS interface every check uses. Implementations: AresResolver (c-ares on the Qt event
// loop), CachingResolver (asks each question once per run), StaticResolver (a table, for unit tests).
//
// lookup() never blocks and never calls `done` synchronously: the answer arrives later from the
// event loop. If `context` is destroyed first, `done` is not called — that is how a check cancels.
class Resolver : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const DnsAnswer &)>;

    explicit Resolver(QObject *parent = nullptr);
    ~Resolver() override;

    virtual void lookup(const DnsQuestion &question, QObject *context, Callback done) = 0;
    // Drop every pending callback bound to `context` (queries may still complete underneath).
    virtual void cancel(QObject *context) = 0;
    // Number of queries actually sent on the wire (not cache hits), for figures and tests.
    virtual int queriesSent() const = 0;
};
