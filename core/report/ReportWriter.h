#pragma once

#include "CaseReport.h"
#include "ReportFormat.h"
#include "Result.h"

#include <QByteArray>
#include <QString>

// Writes a case report as HTML, Markdown, PDF or JSON. The PDF is the HTML laid out by
// QTextDocument on an A4 QPdfWriter, with page numbers; it needs a QGuiApplication (fonts).
// Errors: "report-format" (unknown extension), "report-write" (cannot write the file),
// "report-pdf-needs-gui" (PDF asked for in a process without a QGuiApplication).
class ReportWriter
{
public:
    static Result<QByteArray> render(const CaseReport &report, ReportFormat format);
    static Result<bool> write(const CaseReport &report, const QString &path);

    static QString html(const CaseReport &report);
    static QString markdown(const CaseReport &report);
    static QByteArray json(const CaseReport &report);
    static Result<QByteArray> pdf(const CaseReport &report);
};
