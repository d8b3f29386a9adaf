#pragma once

#include "ReportBlock.h"

#include <QString>

// A self-contained HTML page (inline CSS, no scripts, no external resources) from report blocks.
// Every piece of text is escaped: a bounce may carry markup. The same HTML feeds QTextDocument
// for the PDF, so it sticks to the HTML subset Qt's rich text understands.
class ReportHtml
{
public:
    static QString render(const ReportBlocks &blocks, const QString &title, const QString &language = QStringLiteral("en"));
    static QString escape(const QString &text); // &, <, >, " and ' as entities; line breaks kept as text
};
