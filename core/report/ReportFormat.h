#pragma once

#include <QString>

#include <optional>

// The formats a case report can be written in.
enum class ReportFormat { Html, Markdown, Pdf, Json };

namespace Report {
QString formatId(ReportFormat format);                          // "html" "markdown" "pdf" "json"
std::optional<ReportFormat> formatFromPath(const QString &path); // by extension: .html/.htm .md .pdf .json
QString supportedExtensions();                                   // ".html, .htm, .md, .pdf, .json"
}
