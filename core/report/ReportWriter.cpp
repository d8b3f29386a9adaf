#include "ReportWriter.h"

#include "ReportContent.h"
#include "ReportHtml.h"
#include "ReportMarkdown.h"
#include "ReportRedactor.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace {
ReportBlocks scrubbedBlocks(const CaseReport &report)
{
    ReportBlocks blocks = ReportContent::build(report);
    ReportRedactor(report.secrets).scrub(blocks);
    return blocks;
}

QString languageTag()
{
    return QLocale().bcp47Name();
}
}

QString ReportWriter::html(const CaseReport &report)
{
    return ReportHtml::render(scrubbedBlocks(report), ReportContent::title(report), languageTag());
}

QString ReportWriter::markdown(const CaseReport &report)
{
    return ReportMarkdown::render(scrubbedBlocks(report));
}

QByteArray ReportWriter::json(const CaseReport &report)
{
    const QJsonValue clean = ReportRedactor(report.secrets).scrub(QJsonValue(report.toJson()));
    return QJsonDocument(clean.toObject()).toJson(QJsonDocument::Indented);
}

Result<QByteArray> ReportWriter::pdf(const CaseReport &report)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{QStringLiteral("report-pdf-needs-gui"),
                     QCoreApplication::translate("Report", "A PDF report needs the graphical toolkit (fonts); this program runs without it. "
                        "Write HTML instead, or run with a graphical session.")};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter);
        writer.setTitle(ReportContent::title(report));
        writer.setCreator(QStringLiteral("Bounce Doctor %1").arg(report.appVersion));

        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        QTextOption option = doc.defaultTextOption();
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long records wrap, never clip
        doc.setDefaultTextOption(option);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(9.5);
        doc.setDefaultFont(font);
        doc.setHtml(html(report));

        const QRectF area = writer.pageLayout().paintRectPixels(writer.resolution());
        const double footer = writer.resolution() * 0.30; // ~7.5 mm for the page number
        const QSizeF page(area.width(), area.height() - footer);
        doc.setPageSize(page);
        const int pages = doc.pageCount();

        QPainter painter(&writer);
        QFont footerFont = font;
        footerFont.setPointSizeF(8);
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -i * page.height());
            const QRectF visible(0, i * page.height(), page.width(), page.height());
            painter.setClipRect(visible);
            QAbstractTextDocumentLayout::PaintContext ctx;
            ctx.clip = visible;
            doc.documentLayout()->draw(&painter, ctx);
            painter.restore();
            painter.setFont(footerFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawText(QRectF(0, page.height(), page.width(), footer), Qt::AlignRight | Qt::AlignBottom,
                             QCoreApplication::translate("Report", "Page %1 of %2").arg(i + 1).arg(pages));
            painter.drawText(QRectF(0, page.height(), page.width(), footer), Qt::AlignLeft | Qt::AlignBottom,
                             ReportContent::title(report));
        }
        painter.end();
    }
    return bytes;
}

Result<QByteArray> ReportWriter::render(const CaseReport &report, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html: return html(report).toUtf8();
    case ReportFormat::Markdown: return markdown(report).toUtf8();
    case ReportFormat::Json: return json(report);
    case ReportFormat::Pdf: return pdf(report);
    }
    return Error{QStringLiteral("report-format"), QCoreApplication::translate("Report", "Unknown report format.")};
}

Result<bool> ReportWriter::write(const CaseReport &report, const QString &path)
{
    const auto format = Report::formatFromPath(path);
    if (!format)
        return Error{QStringLiteral("report-format"),
                     QCoreApplication::translate("Report", "Cannot tell the report format from \"%1\": use a file name ending in %2.")
                         .arg(QFileInfo(path).fileName(), Report::supportedExtensions())};
    const auto bytes = render(report, *format);
    if (!bytes)
        return bytes.error();
    // QSaveFile: a failed write never leaves half a report behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes.value().size() || !file.commit())
        return Error{QStringLiteral("report-write"), QCoreApplication::translate("Report", "Cannot write the report to %1: %2").arg(path, file.errorString())};
    return true;
}
