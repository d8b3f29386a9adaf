#include "TagList.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

TagList TagList::parse(const QString &text)
{
    TagList list;
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    int start = 0;
    while (start <= text.size()) {
        int end = text.indexOf(QLatin1Char(';'), start);
        if (end < 0)
            end = int(text.size());
        const QString spec = text.mid(start, end - start);
        // An empty spec is the optional trailing ';' (or a stray ';;', which receivers tolerate).
        if (!spec.trimmed().isEmpty()) {
            const int eq = int(spec.indexOf(QLatin1Char('=')));
            int leading = 0;
            while (leading < spec.size() && spec.at(leading).isSpace())
                ++leading;
            if (eq < 0) {
                list.m_errors.append(QCoreApplication::translate("TagList", "\"%1\" at position %2 is not of the form tag=value.")
                                         .arg(spec.trimmed())
                                         .arg(start + leading + 1));
            } else {
                Tag tag;
                tag.name = spec.left(eq).trimmed();
                tag.value = spec.mid(eq + 1).trimmed();
                tag.position = start + leading;
                if (!nameRe.match(tag.name).hasMatch())
                    list.m_errors.append(QCoreApplication::translate("TagList", "\"%1\" at position %2 is not a valid tag name.")
                                             .arg(tag.name)
                                             .arg(tag.position + 1));
                else
                    list.m_tags.append(tag);
            }
        }
        start = end + 1;
    }
    return list;
}

bool TagList::contains(const QString &name, Qt::CaseSensitivity cs) const
{
    for (const Tag &t : m_tags)
        if (t.name.compare(name, cs) == 0)
            return true;
    return false;
}

QString TagList::value(const QString &name, Qt::CaseSensitivity cs) const
{
    for (const Tag &t : m_tags)
        if (t.name.compare(name, cs) == 0)
            return t.value;
    return {};
}

QStringList TagList::duplicates(Qt::CaseSensitivity cs) const
{
    QSet<QString> seen;
    QStringList dups;
    for (const Tag &t : m_tags) {
        const QString key = cs == Qt::CaseSensitive ? t.name : t.name.toLower();
        if (seen.contains(key) && !dups.contains(t.name))
            dups.append(t.name);
        seen.insert(key);
    }
    return dups;
}
