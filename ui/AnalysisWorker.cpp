#include "AnalysisWorker.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>

AnalysisWorker::AnalysisWorker(QObject *parent) : QObject(parent) { }

void AnalysisWorker::run(quint64 generation, const QString &text)
{
    QElapsedTimer timer;
    timer.start();
    AnalysisOutcome outcome;
    outcome.generation = generation;
    const QByteArray input = text.toUtf8();
    outcome.inputBytes = input.size();
    const BounceAnalyzer analyzer;
    Result<Analysis> result = analyzer.analyze(input);
    if (result.ok()) {
        outcome.ok = true;
        outcome.analysis = std::move(result).value();
        QList<Evidence> all = outcome.analysis.diagnosis.evidence;
        for (const DeliveryFailure &f : std::as_const(outcome.analysis.bounce.failures))
            all += f.evidence;
        outcome.spans = locateEvidence(text, all);
    } else {
        outcome.error = result.error();
    }
    outcome.elapsedMs = timer.elapsed();
    Q_EMIT finished(outcome);
}

QList<EvidenceSpan> AnalysisWorker::locateEvidence(const QString &text, const QList<Evidence> &evidence, int limit)
{
    QList<EvidenceSpan> spans;
    QSet<QString> seen;
    for (const Evidence &e : evidence) {
        const QString needle = e.text.trimmed();
        if (needle.isEmpty() || seen.contains(needle))
            continue;
        seen.insert(needle);
        const int before = spans.size();
        for (qsizetype pos = text.indexOf(needle); pos >= 0 && spans.size() < limit;
             pos = text.indexOf(needle, pos + needle.size()))
            spans.append({int(pos), int(needle.size()), e.kind});
        if (spans.size() == before) {
            // Decoded text joins folded lines with one space; the raw paste may break them anywhere.
            QStringList words = needle.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            for (QString &w : words)
                w = QRegularExpression::escape(w);
            const QRegularExpression re(words.join(QStringLiteral("\\s+")));
            auto it = re.globalMatch(text);
            while (it.hasNext() && spans.size() < limit) {
                const QRegularExpressionMatch m = it.next();
                spans.append({int(m.capturedStart()), int(m.capturedLength()), e.kind});
            }
        }
        if (spans.size() >= limit)
            break;
    }
    return spans;
}
