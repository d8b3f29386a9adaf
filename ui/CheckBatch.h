#pragma once

#include "CheckResult.h"

#include <QList>
#include <QObject>
#include <QPointer>

class AuthCheckJob;

// Runs several DNS check jobs of one step in parallel and hands back their results in the order
// the jobs were added, with progress on the way. Owns the jobs; abort() (or destruction) stops them.
class CheckBatch : public QObject
{
    Q_OBJECT
public:
    explicit CheckBatch(QObject *parent = nullptr);
    ~CheckBatch() override;

    void add(AuthCheckJob *job);
    void start();
    void abort();
    bool isRunning() const { return m_running; }
    int total() const { return int(m_jobs.size()); }
    int done() const { return m_done; }
    CheckResults results() const;

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const CheckResults &results);

private:
    void onJobFinished(int index, const CheckResults &results);

    QList<QPointer<AuthCheckJob>> m_jobs;
    QList<CheckResults> m_results;
    QList<bool> m_finished;
    int m_done = 0;
    bool m_running = false;
};
