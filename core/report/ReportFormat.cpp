#include "ReportFormat.h"

#include <QFileInfo>

namespace Report {
QString formatId(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html: return QStringLiteral("html");
    case ReportFormat::Markdown: return QStringLiteral("markdown");
    case ReportFormat::Pdf: return QStringLiteral("pdf");
    case ReportFormat::Json: return QStringLiteral("json");
    }
    return {};
}

std::optional<ReportFormat> formatFromPath(const QString &path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("html") || ext == QLatin1String("htm"))
        return ReportFormat::Html;
    if (ext == QLatin1String("md") || ext == QLatin1String("markdown"))
        return ReportFormat::Markdown;
    if (ext == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (ext == QLatin1String("json"))
        return ReportFormat::Json;
    return std::nullopt;
}

QString supportedExtensions()
{
    return QStringLiteral(".html, .htm, .md, .pdf, .json");
}
}
