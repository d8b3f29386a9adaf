#pragma once

#include "BounceAnalyzer.h"

#include <QList>
#include <QMetaType>
#include <QString>

// Where a piece of evidence sits in the text the user pasted (QString offsets, which are also
// QTextCursor positions in a plain-text document).
struct EvidenceSpan
{
    int start = 0;
    int length = 0;
    QString kind;
};

// What the worker thread hands back to the window for one analysis run.
struct AnalysisOutcome
{
    quint64 generation = 0;
    bool ok = false;
    Analysis analysis;
    Error error;
    QList<EvidenceSpan> spans;
    qint64 elapsedMs = 0;
    qsizetype inputBytes = 0;
};

Q_DECLARE_METATYPE(AnalysisOutcome)
