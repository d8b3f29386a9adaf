#pragma once

#include "AnalysisOutcome.h"

#include <QObject>

// Lives in AnalysisRunner's thread: parsing a 20 MB paste there keeps the window responsive.
class AnalysisWorker : public QObject
{
    Q_OBJECT
public:
    explicit AnalysisWorker(QObject *parent = nullptr);

    void run(quint64 generation, const QString &text);

    // Locates each evidence text in `text`, tolerating the line folding and indentation a raw
    // message has where the parser's decoded text has single spaces. At most `limit` spans.
    static QList<EvidenceSpan> locateEvidence(const QString &text, const QList<Evidence> &evidence, int limit = 200);

Q_SIGNALS:
    void finished(const AnalysisOutcome &outcome);
};
