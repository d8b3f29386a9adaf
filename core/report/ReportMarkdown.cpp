#include "ReportMarkdown.h"

#include <QRegularExpression>

namespace {
QString cell(const QString &text)
{
    QString out = ReportMarkdown::escape(text);
    out.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return out;
}

QString multiline(const QString &text)
{
    // A hard line break inside a paragraph or list item: two trailing spaces.
    return ReportMarkdown::escape(text).replace(QLatin1Char('\n'), QLatin1String("  \n  "));
}
}

QString ReportMarkdown::escape(const QString &text)
{
    // Inline markup and raw HTML anywhere; block markers only where they would start a block.
    static const QString specials = QStringLiteral("\\`*_[]<>|&~");
    static const QRegularExpression blockStart(QStringLiteral(R"(^(\s*)(#|[+=-]|\d+[.)])(?=\s|$|[=-]))"));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        QString out;
        out.reserve(line.size() + 8);
        for (const QChar c : line) {
            if (specials.contains(c))
                out += QLatin1Char('\\');
            out += c;
        }
        const auto m = blockStart.match(out);
        if (m.hasMatch()) {
            const qsizetype at = m.capturedEnd(2) - 1; // before the marker's last character
            out.insert(at, QLatin1Char('\\'));
        }
        line = out;
    }
    return lines.join(QLatin1Char('\n'));
}

QString ReportMarkdown::fence(const QString &code)
{
    int longest = 0, run = 0;
    for (const QChar c : code) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    return QString(qMax(3, longest + 1), QLatin1Char('`'));
}

QString ReportMarkdown::render(const ReportBlocks &blocks)
{
    QString m;
    for (const ReportBlock &b : blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::Title:
            m += QStringLiteral("# %1\n\n").arg(escape(b.text));
            break;
        case ReportBlock::Kind::Heading:
            m += QStringLiteral("%1 %2\n\n").arg(QString(qBound(2, b.level, 6), QLatin1Char('#')), escape(b.text));
            break;
        case ReportBlock::Kind::Paragraph:
            m += (b.tone == QLatin1String("note") ? QStringLiteral("_%1_\n\n") : QStringLiteral("%1\n\n")).arg(multiline(b.text));
            break;
        case ReportBlock::Kind::List:
            for (const QString &i : b.items)
                m += QStringLiteral("- %1\n").arg(multiline(i));
            m += QLatin1Char('\n');
            break;
        case ReportBlock::Kind::KeyValue:
            m += QStringLiteral("| | |\n|---|---|\n");
            for (const QStringList &row : b.rows)
                m += QStringLiteral("| **%1** | %2 |\n").arg(cell(row.value(0)), cell(row.value(1)));
            m += QLatin1Char('\n');
            break;
        case ReportBlock::Kind::Table: {
            QStringList head, rule;
            for (const QString &c : b.header) {
                head.append(cell(c));
                rule.append(QStringLiteral("---"));
            }
            m += QStringLiteral("| %1 |\n|%2|\n").arg(head.join(QStringLiteral(" | ")), rule.join(QLatin1Char('|')));
            for (const QStringList &row : b.rows) {
                QStringList cells;
                for (const QString &c : row)
                    cells.append(cell(c));
                m += QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
            }
            m += QLatin1Char('\n');
            break;
        }
        case ReportBlock::Kind::Code: {
            const QString f = fence(b.text);
            m += QStringLiteral("%1text\n%2\n%1\n\n").arg(f, b.text);
            break;
        }
        }
    }
    return m;
}
