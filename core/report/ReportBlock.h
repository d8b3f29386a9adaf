#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One piece of a report, independent of the output format: the content is written once
// (ReportContent) and rendered as HTML or Markdown (ReportHtml, ReportMarkdown). All text is plain;
// each renderer escapes it for its format.
struct ReportBlock
{
    enum class Kind {
        Title,     // text
        Heading,   // text, level 2..4
        Paragraph, // text (may hold line breaks)
        List,      // items
        KeyValue,  // rows of {label, value}
        Table,     // header + rows
        Code       // text shown whole and verbatim: records, replies, transcripts (long lines wrap)
    };

    Kind kind = Kind::Paragraph;
    int level = 2;
    QString text;
    QString tone;   // "pass" "fail" "warn" "info" "couldnt-check" "note" or empty: a colour hint only;
                    // the state is always in the text too (symbol + word)
    QStringList items;
    QStringList header;
    QList<QStringList> rows;
};

using ReportBlocks = QList<ReportBlock>;
