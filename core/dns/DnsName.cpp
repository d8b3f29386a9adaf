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

// Splits at dots that are not escaped ("a\\.b.c" is two labels); counts each escape as one octet.
QStringList splitLabels(const QString &name, QList<int> &octets)
{
    QStringList labels{QString()};
    octets = {0};
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c == QLatin1Char('\\') && i + 1 < name.size()) {
            labels.last() += c;
            labels.last() += name.at(++i);
            ++octets.last();
        } else if (c == QLatin1Char('.')) {
            labels.append(QString());
            octets.append(0);
        } else {
            labels.last() += c;
            octets.last() += int(QString(c).toUtf8().size());
        }
    }
    return labels;
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

    QList<int> octets;
    QStringList labels = splitLabels(name, octets);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        QString &label = labels[i];
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
            octets[i] = int(ace.size());
        }
        if (octets.at(i) > 63)
            return badName(input, QCoreApplication::translate("Dns", "the label \"%1\" is longer than 63 characters").arg(label));
    }
    int length = int(labels.size()) - 1;
    for (int n : octets)
        length += n;
    const QString wire = labels.join(QLatin1Char('.'));
    if (length > 253)
        return badName(input, QCoreApplication::translate("Dns", "it is longer than 253 characters"));
    return wire;
}

QString DnsName::key(const QString &name)
{
    const Result<QString> n = normalize(name);
    return (n.ok() ? n.value() : name.trimmed()).toLower();
}
