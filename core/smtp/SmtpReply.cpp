#include "SmtpReply.h"

#include <QJsonArray>

QString SmtpReply::text() const
{
    return lines.join(QLatin1Char(' '));
}

QString SmtpReply::firstLine() const
{
    QString s = QString::number(code);
    if (!enhanced.isEmpty())
        s += QLatin1Char(' ') + enhanced;
    if (!lines.isEmpty() && !lines.first().isEmpty())
        s += QLatin1Char(' ') + lines.first();
    return s;
}

QJsonObject SmtpReply::toJson() const
{
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("enhanced"), enhanced},
                       {QStringLiteral("lines"), QJsonArray::fromStringList(lines)}};
}
