#include "ReportHtml.h"

namespace {
// Colours are a hint only: every state is also spelled out with a symbol and a word.
const char *const kCss = R"(
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 10pt; color: #1d1d1d; background: #ffffff; margin: 2em auto; max-width: 60em; line-height: 1.35; }
h1 { font-size: 18pt; margin: 0 0 4pt 0; }
h2 { font-size: 14pt; margin: 16pt 0 4pt 0; border-bottom: 1px solid #999999; }
h3 { font-size: 11.5pt; margin: 12pt 0 3pt 0; }
h4 { font-size: 10.5pt; margin: 8pt 0 2pt 0; }
p { margin: 3pt 0; }
ul { margin-top: 2pt; margin-bottom: 4pt; }
pre { font-family: "DejaVu Sans Mono", "Noto Mono", monospace; font-size: 8.5pt; background-color: #f3f3f3; border: 1px solid #cccccc; padding: 4pt; margin: 2pt 0 6pt 0; white-space: pre-wrap; word-break: break-all; overflow-wrap: anywhere; }
table { border-collapse: collapse; margin: 3pt 0 6pt 0; }
th, td { border: 1px solid #bbbbbb; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { background-color: #e8e8e8; }
td.key { font-weight: bold; background-color: #f6f6f6; }
.pass { color: #1b6e20; }
.fail { color: #b00020; }
.warn { color: #8a5300; }
.couldnt-check { color: #5a5a5a; }
.info { color: #1f4e8c; }
.note { color: #444444; font-style: italic; }
)";

QString withBreaks(const QString &text)
{
    return ReportHtml::escape(text).replace(QLatin1Char('\n'), QLatin1String("<br/>"));
}

QString cls(const QString &tone)
{
    return tone.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(ReportHtml::escape(tone));
}
}

QString ReportHtml::escape(const QString &text)
{
    QString out = text.toHtmlEscaped(); // & < > "
    out.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    return out;
}

QString ReportHtml::render(const ReportBlocks &blocks, const QString &title, const QString &language)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\"/>\n").arg(escape(language));
    h += QStringLiteral("<meta name=\"generator\" content=\"Bounce Doctor\"/>\n");
    h += QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n").arg(escape(title), QLatin1String(kCss));
    for (const ReportBlock &b : blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::Title:
            h += QStringLiteral("<h1>%1</h1>\n").arg(escape(b.text));
            break;
        case ReportBlock::Kind::Heading: {
            const int level = qBound(2, b.level, 6);
            h += QStringLiteral("<h%1%2>%3</h%1>\n").arg(level).arg(cls(b.tone), escape(b.text));
            break;
        }
        case ReportBlock::Kind::Paragraph:
            h += QStringLiteral("<p%1>%2</p>\n").arg(cls(b.tone), withBreaks(b.text));
            break;
        case ReportBlock::Kind::List:
            h += QStringLiteral("<ul>\n");
            for (const QString &i : b.items)
                h += QStringLiteral("<li>%1</li>\n").arg(withBreaks(i));
            h += QStringLiteral("</ul>\n");
            break;
        case ReportBlock::Kind::KeyValue:
            h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" border=\"1\">\n");
            for (const QStringList &row : b.rows)
                h += QStringLiteral("<tr><td class=\"key\">%1</td><td>%2</td></tr>\n")
                         .arg(withBreaks(row.value(0)), withBreaks(row.value(1)));
            h += QStringLiteral("</table>\n");
            break;
        case ReportBlock::Kind::Table: {
            h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" border=\"1\" width=\"100%\">\n<tr>");
            for (const QString &c : b.header)
                h += QStringLiteral("<th style=\"white-space: nowrap;\">%1</th>").arg(escape(c));
            h += QStringLiteral("</tr>\n");
            // Columns of short values (codes, percentages) never break inside a word.
            QList<bool> shortColumn(b.header.size(), true);
            for (const QStringList &row : b.rows)
                for (qsizetype i = 0; i < row.size() && i < shortColumn.size(); ++i)
                    shortColumn[i] = shortColumn[i] && row.at(i).size() <= 12 && !row.at(i).contains(QLatin1Char(' '));
            for (const QStringList &row : b.rows) {
                h += QStringLiteral("<tr>");
                for (qsizetype i = 0; i < row.size(); ++i)
                    h += (shortColumn.value(i) ? QStringLiteral("<td style=\"white-space: nowrap;\">%1</td>")
                                               : QStringLiteral("<td>%1</td>"))
                             .arg(withBreaks(row.at(i)));
                h += QStringLiteral("</tr>\n");
            }
            h += QStringLiteral("</table>\n");
            break;
        }
        case ReportBlock::Kind::Code:
            h += QStringLiteral("<pre>%1</pre>\n").arg(escape(b.text));
            break;
        }
    }
    h += QStringLiteral("</body>\n</html>\n");
    return h;
}
