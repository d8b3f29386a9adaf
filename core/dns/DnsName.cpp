#include "DnsName.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace {
Error badName(const QString &name, const QString &why)
{
    return Error{QStringLiteral("dns-bad-name"),
                 QCoreApplication::translate("Dns", "\"%1\" is not a valid DNS name: %2").arg(name, why)};
}

bool isAscii(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}
}

Result<QString> DnsName::normalize(const QString &input)
{
    QString name = input.trimmed();
    if (name == QLatin1String("."))
        return QString(QLatin1Char('.'));
    if (name.endsWith(QLatin1Char('.')) && !name.endsWith(QLatin1String("\\.")))
        name.chop(1);
    if (name.isEmpty())
        return badName(input, QCoreApplication::translate("Dns", "the name is empty"));

    QStringList labels = name.split(QLatin1Char('.'));
    for (QString &label : labels) {
        if (label.isEmpty())
            return badName(input, QCoreApplication::translate("Dns", "it has an empty label (two dots in a row)"));
        for (QChar c : label)
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                return badName(input, QCoreApplication::translate("Dns", "it contains a control character"));
        if (!isAscii(label)) {
            // Per label, so that "_dmarc" next to an IDN label is not rejected by IDNA's STD3 rules.
            const QByteArray ace = QUrl::toAce(label);
            if (ace.isEmpty())
                return badName(input, QCoreApplication::translate("Dns", "the label \"%1\" cannot be converted to an A-label").arg(label));
            label = QString::fromLatin1(ace);
        }
        if (label.toUtf8().size() > 63)
            return badName(input, QCoreApplication::translate("Dns", "the label \"%1\" is longer than 63 characters").arg(label));
    }
    const QString wire = labels.join(QLatin1Char('.'));
    if (wire.size() > 253)
        return badName(input, QCoreApplication::translate("Dns", "it is longer than 253 characters"));
    return wire;
}

QString DnsName::key(const QString &name)
{
    const Result<QString> n = normalize(name);
    return (n.ok() ? n.value() : name.trimmed()).toLower();
}
