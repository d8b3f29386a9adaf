#include "CheckBatch.h"

#include "AuthCheckJob.h"

CheckBatch::CheckBatch(QObject *parent) : QObject(parent) { }

CheckBatch::~CheckBatch()
{
    abort();
}

void CheckBatch::add(AuthCheckJob *job)
{
    job->setParent(this);
    const int index = int(m_jobs.size());
    m_jobs.append(job);
    m_results.append(CheckResults());
    m_finished.append(false);
    connect(job, &AuthCheckJob::finished, this, [this, index](const CheckResults &r) { onJobFinished(index, r); });
}

void CheckBatch::start()
{
    m_running = !m_jobs.isEmpty();
    Q_EMIT progress(0, total());
    if (!m_running) {
        Q_EMIT finished({});
        return;
    }
    for (const QPointer<AuthCheckJob> &job : std::as_const(m_jobs))
        if (job)
            job->start();
}

void CheckBatch::abort()
{
    if (!m_running)
        return;
    m_running = false;
    for (const QPointer<AuthCheckJob> &job : std::as_const(m_jobs))
        if (job)
            job->abort();
}

CheckResults CheckBatch::results() const
{
    CheckResults all;
    for (const CheckResults &r : m_results)
        all += r;
    return all;
}

void CheckBatch::onJobFinished(int index, const CheckResults &results)
{
    if (!m_running || m_finished.at(index))
        return;
    m_finished[index] = true;
    m_results[index] = results;
    ++m_done;
    Q_EMIT progress(m_done, total());
    if (m_done == total()) {
        m_running = false;
        Q_EMIT finished(this->results());
    }
}
