#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// An ordered list of header fields (name, unfolded value), as read from a message or a quoted block.
class MailHeaders
{
public:
    void append(const QString &name, const QString &value);
    bool isEmpty() const { return m_fields.isEmpty(); }
    qsizetype size() const { return m_fields.size(); }

    QString value(QStringView name) const;     // first field of that name, empty when absent
    QStringList values(QStringView name) const; // every field of that name, in order
    bool contains(QStringView name) const;
    const QList<std::pair<QString, QString>> &fields() const { return m_fields; }

    // Reads "Name: value" lines with folded continuations; stops at the first line that is neither.
    // Used for DSN field blocks and for header blocks quoted inside a text body.
    static MailHeaders parseFields(QStringView text, qsizetype *consumed = nullptr);

    static QString unfold(QString value);

    // The length of the field name when `line` starts a "Name: value" field (a name of 1 to 79
    // letters, digits, '-', '_' or '.' and a colon), otherwise -1. Only the first 80 characters
    // of the line are looked at.
    static qsizetype fieldNameLength(QStringView line);

private:
    QList<std::pair<QString, QString>> m_fields;
};
