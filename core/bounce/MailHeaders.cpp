#include "MailHeaders.h"

void MailHeaders::append(const QString &name, const QString &value)
{
    m_fields.append({name, value});
}

QString MailHeaders::value(QStringView name) const
{
    for (const auto &f : m_fields)
        if (name.compare(f.first, Qt::CaseInsensitive) == 0)
            return f.second;
    return {};
}

QStringList MailHeaders::values(QStringView name) const
{
    QStringList out;
    for (const auto &f : m_fields)
        if (name.compare(f.first, Qt::CaseInsensitive) == 0)
            out.append(f.second);
    return out;
}

bool MailHeaders::contains(QStringView name) const
{
    for (const auto &f : m_fields)
        if (name.compare(f.first, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString MailHeaders::unfold(QString value)
{
    if (!value.contains(u'\n'))
        return value.trimmed();
    // Folding whitespace (the line break and the indentation around it) becomes one space. The
    // text between line breaks is copied a run at a time, not character by character.
    QString out;
    out.reserve(value.size());
    const QStringView in(value);
    const qsizetype n = in.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype nl = in.indexOf(u'\n', i);
        if (nl < 0) {
            out.append(in.mid(i));
            break;
        }
        out.append(in.mid(i, nl - i));
        while (!out.isEmpty() && (out.back() == u' ' || out.back() == u'\t'))
            out.chop(1);
        i = nl + 1;
        while (i < n && (in.at(i) == u' ' || in.at(i) == u'\t'))
            ++i;
        out += u' ';
    }
    return out.trimmed();
}

qsizetype MailHeaders::fieldNameLength(QStringView line)
{
    const qsizetype colon = line.left(80).indexOf(u':');
    if (colon <= 0)
        return -1;
    for (qsizetype i = 0; i < colon; ++i) {
        const QChar c = line.at(i);
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.')
            return -1;
    }
    return colon;
}

MailHeaders MailHeaders::parseFields(QStringView text, qsizetype *consumed)
{
    MailHeaders headers;
    qsizetype pos = 0;
    QString name, value;
    bool open = false;
    auto flush = [&] {
        if (open)
            headers.append(name, unfold(value));
        open = false;
    };
    while (pos < text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0)
            end = text.size();
        const QStringView line = text.mid(pos, end - pos);
        if (line.trimmed().isEmpty())
            break;
        if ((line.front() == u' ' || line.front() == u'\t')) {
            if (!open)
                break;
            value += u'\n';
            value += line;
        } else {
            const qsizetype colon = fieldNameLength(line);
            if (colon < 0)
                break;
            flush();
            name = line.left(colon).toString();
            value = line.mid(colon + 1).toString();
            open = true;
        }
        pos = end + 1;
    }
    flush();
    if (consumed)
        *consumed = qMin(pos, text.size());
    return headers;
}
