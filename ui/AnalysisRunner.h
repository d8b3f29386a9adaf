#pragma once

#include "AnalysisOutcome.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <optional>

class AnalysisWorker;

// Runs BounceAnalyzer off the GUI thread. At most one run is in flight and one waits: typing
// replaces the waiting text, and a superseded run's result is dropped (cancel() drops both).
class AnalysisRunner : public QObject
{
    Q_OBJECT
public:
    explicit AnalysisRunner(QObject *parent = nullptr);
    ~AnalysisRunner() override;

    void analyze(const QString &text);
    void cancel();
    bool isBusy() const { return m_running; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void finished(const AnalysisOutcome &outcome);

private:
    void start(const QString &text);
    void onWorkerFinished(const AnalysisOutcome &outcome);

    QThread m_thread;
    AnalysisWorker *m_worker = nullptr;
    quint64 m_generation = 0;
    bool m_running = false;
    std::optional<QString> m_pending;
};
