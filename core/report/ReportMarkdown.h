#pragma once

#include "ReportBlock.h"

#include <QString>

// CommonMark (with GitHub tables) from report blocks. Text is escaped so a bounce's markup or
// Markdown stays literal; records go in fenced code blocks, whole.
class ReportMarkdown
{
public:
    static QString render(const ReportBlocks &blocks);
    static QString escape(const QString &text);
    static QString fence(const QString &code); // a backtick fence longer than any run inside
};
