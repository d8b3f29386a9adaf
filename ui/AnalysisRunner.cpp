#include "AnalysisRunner.h"

#include "AnalysisWorker.h"

#include <utility>

AnalysisRunner::AnalysisRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<AnalysisOutcome>();
    m_worker = new AnalysisWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &AnalysisWorker::finished, this, &AnalysisRunner::onWorkerFinished, Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("bounce-analysis"));
    m_thread.start();
}

AnalysisRunner::~AnalysisRunner()
{
    m_thread.quit();
    // The worker has no blocking I/O; at worst this waits for one parse to end.
    m_thread.wait();
}

void AnalysisRunner::analyze(const QString &text)
{
    if (m_running) {
        m_pending = text;
        return;
    }
    start(text);
}

void AnalysisRunner::cancel()
{
    m_pending.reset();
    if (m_running) {
        ++m_generation;  // the running result will be ignored
        m_running = false;
        Q_EMIT busyChanged(false);
    }
}

void AnalysisRunner::start(const QString &text)
{
    const quint64 generation = ++m_generation;
    const bool wasRunning = m_running;
    m_running = true;
    AnalysisWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, generation, text] { worker->run(generation, text); }, Qt::QueuedConnection);
    if (!wasRunning)
        Q_EMIT busyChanged(true);
}

void AnalysisRunner::onWorkerFinished(const AnalysisOutcome &outcome)
{
    if (outcome.generation != m_generation) {
        // A cancelled run: if something is waiting, it can start now that the worker is free.
        if (!m_running && m_pending) {
            QString text = *std::exchange(m_pending, std::nullopt);
            start(text);
        }
        return;
    }
    if (m_pending) {
        // The user typed on while this ran: its result is already stale.
        QString text = *std::exchange(m_pending, std::nullopt);
        start(text);
        return;
    }
    m_running = false;
    Q_EMIT busyChanged(false);
    Q_EMIT finished(outcome);
}
