#pragma once

#include "CheckResult.h"
#include "DnsTypes.h"

#include <QObject>
#include <QPointer>

#include <functional>

class Resolver;

// One DNS-based check as a job object (the KeePassXC HibpDownloader shape): start(), one
// finished() signal carrying its CheckResults, abort(), and a destructor that aborts.
// Subclasses ask() questions — from begin() and from answer handlers — and every question in
// flight at once goes out in parallel; when the last answer is in, conclude() builds the results.
// Wall time is therefore the depth of the question chain times the round trip, not the sum.
class AuthCheckJob : public QObject
{
    Q_OBJECT
public:
    explicit AuthCheckJob(Resolver *resolver, QObject *parent = nullptr);
    ~AuthCheckJob() override;

    void start();
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    const CheckResults &results() const { return m_results; }
    int questionsAsked() const { return m_asked; }

public Q_SLOTS:
    void abort();

Q_SIGNALS:
    void finished(const CheckResults &results);

protected:
    using Handler = std::function<void(const DnsAnswer &)>;
    virtual void begin() = 0;
    virtual CheckResults conclude() = 0;
    void ask(const QString &name, DnsType type, Handler handler);

    // A CouldNotCheck result that names the question and what went wrong.
    static CheckResult couldNotCheck(const QString &id, const QString &title, const DnsAnswer &answer);
    static QString describe(const DnsAnswer &answer); // "name TYPE: status" for evidence

private:
    void settle();

    QPointer<Resolver> m_resolver;
    int m_pending = 0;
    int m_asked = 0;
    bool m_running = false;
    bool m_finished = false;
    CheckResults m_results;
};
