#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// The "tag=value; tag=value" syntax shared by DKIM key records (RFC 6376 §3.2), DMARC (RFC 7489
// §6.4), MTA-STS and TLS-RPT TXT records. Parsing keeps order and duplicates so each record type
// can apply its own rules (first tag must be v=, duplicates are errors...).
class TagList
{
public:
    struct Tag
    {
        QString name;
        QString value;  // trimmed
        int position = 0; // offset of the tag in the record text, for error messages
    };

    static TagList parse(const QString &text);

    const QList<Tag> &tags() const { return m_tags; }
    const QStringList &errors() const { return m_errors; }
    bool contains(const QString &name, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    QString value(const QString &name, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    QStringList duplicates(Qt::CaseSensitivity cs = Qt::CaseSensitive) const;

private:
    QList<Tag> m_tags;
    QStringList m_errors; // translated
};
