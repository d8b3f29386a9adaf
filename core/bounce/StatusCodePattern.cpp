#include "StatusCodePattern.h"

#include <QStringList>

namespace {
bool number(const QString &part, int &out)
{
    bool ok = false;
    const int v = part.toInt(&ok);
    if (!ok || v < 0 || v > 999 || part.size() > 3)
        return false;
    out = v;
    return true;
}
}

bool StatusCodePattern::split(const QString &code, int &klass, int &subject, int &detail)
{
    const QStringList parts = code.trimmed().split(QLatin1Char('.'));
    if (parts.size() != 3)
        return false;
    if (!number(parts[0], klass) || !number(parts[1], subject) || !number(parts[2], detail))
        return false;
    return klass == 2 || klass == 4 || klass == 5;
}

std::optional<StatusCodePattern> StatusCodePattern::parse(const QString &text)
{
    StatusCodePattern p;
    p.m_text = text.trimmed();
    const QStringList parts = p.m_text.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return std::nullopt;
    auto field = [](const QString &s, int &out) {
        if (s == QLatin1String("*")) {
            out = -1;
            return true;
        }
        return number(s, out);
    };
    if (!field(parts[0], p.m_class) || !field(parts[1], p.m_subject))
        return std::nullopt;
    if (p.m_class != -1 && p.m_class != 2 && p.m_class != 4 && p.m_class != 5)
        return std::nullopt;
    const QString &d = parts[2];
    const qsizetype dash = d.indexOf(QLatin1Char('-'));
    if (dash > 0) {
        if (!number(d.left(dash), p.m_detailLow) || !number(d.mid(dash + 1), p.m_detailHigh))
            return std::nullopt;
        if (p.m_detailHigh < p.m_detailLow)
            return std::nullopt;
    } else {
        if (!field(d, p.m_detailLow))
            return std::nullopt;
        p.m_detailHigh = p.m_detailLow;
    }
    return p;
}

bool StatusCodePattern::matches(int klass, int subject, int detail) const
{
    if (m_class != -1 && m_class != klass)
        return false;
    if (m_subject != -1 && m_subject != subject)
        return false;
    if (m_detailLow == -1)
        return true;
    return detail >= m_detailLow && detail <= m_detailHigh;
}

bool StatusCodePattern::matches(const QString &code) const
{
    int k, s, d;
    return split(code, k, s, d) && matches(k, s, d);
}

int StatusCodePattern::specificity() const
{
    const int wild = (m_class == -1) + (m_subject == -1) + (m_detailLow == -1);
    if (wild == 0)
        return m_detailLow == m_detailHigh ? 3 : 2;
    return wild == 1 ? 1 : 0;
}
