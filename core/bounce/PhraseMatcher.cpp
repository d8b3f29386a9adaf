#include "PhraseMatcher.h"

#include <algorithm>
#include <deque>

namespace {
bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x3000);
}

QChar foldChar(QChar c)
{
    switch (c.unicode()) {
    case 0x2018: case 0x2019: case 0x00B4: case 0x0060: return QLatin1Char('\'');
    case 0x201C: case 0x201D: case 0x00AB: case 0x00BB: return QLatin1Char('"');
    case 0x0451: return QChar(0x0435); // Russian ё is often written е
    case 0x0401: return QChar(0x0435);
    default: break;
    }
    if (c.unicode() < 0x80)
        return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ? QChar(c.unicode() + 32) : c;
    if (c.isSurrogate())
        return c;
    return c.toLower();
}

// Boundaries only make sense for scripts that separate words with spaces.
bool isWordChar(QChar c)
{
    if (c.unicode() >= 0x2E80)
        return false;
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

bool needsBoundary(QChar c)
{
    return c.unicode() < 0x2E80 && (c.isLetterOrNumber() || c == QLatin1Char('_'));
}
}

FoldedText FoldedText::fold(const QString &original, qsizetype maxLength)
{
    FoldedText f;
    const qsizetype n = maxLength >= 0 ? std::min(original.size(), maxLength) : original.size();
    f.text = QString(n, Qt::Uninitialized);
    f.origin.resize(size_t(n));
    QChar *out = f.text.data();
    const QChar *in = original.constData();
    qsizetype len = 0;
    bool pendingSpace = false;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = in[i];
        const char16_t u = c.unicode();
        if (u == ' ' || u == '\n' || u == '\r' || u == '\t' || (u >= 0x80 && isSpace(c))) {
            pendingSpace = len > 0;
            continue;
        }
        if (pendingSpace) {
            out[len] = QLatin1Char(' ');
            f.origin[size_t(len++)] = int(i) - 1;
            pendingSpace = false;
        }
        out[len] = foldChar(c);
        f.origin[size_t(len++)] = int(i);
    }
    f.text.truncate(len);
    f.origin.resize(size_t(len));
    return f;
}

QString FoldedText::originalSpan(const QString &original, int start, int length) const
{
    if (length <= 0 || start < 0 || size_t(start + length) > origin.size())
        return {};
    const int from = origin[size_t(start)];
    const int to = origin[size_t(start + length - 1)];
    return original.mid(from, to - from + 1);
}

QString PhraseMatcher::foldPhrase(const QString &phrase)
{
    QString p = phrase;
    if (p.endsWith(QLatin1Char('*')))
        p.chop(1);
    return FoldedText::fold(p.trimmed()).text;
}

int PhraseMatcher::add(const QString &phrase)
{
    Phrase info;
    const bool open = phrase.endsWith(QLatin1Char('*'));
    const QString p = foldPhrase(phrase);
    info.length = int(p.size());
    info.checkStart = !p.isEmpty() && needsBoundary(p.front());
    info.checkEnd = !open && !p.isEmpty() && needsBoundary(p.back());
    const int id = int(m_phrases.size());
    m_phrases.push_back(info);
    int node = 0;
    for (QChar qc : p) {
        const char16_t c = qc.unicode();
        auto &next = m_nodes[size_t(node)].next;
        auto it = std::find_if(next.begin(), next.end(), [c](const auto &e) { return e.first == c; });
        if (it != next.end()) {
            node = it->second;
        } else {
            const int created = int(m_nodes.size());
            m_nodes[size_t(node)].next.emplace_back(c, created);
            m_nodes.emplace_back();
            node = created;
        }
    }
    m_nodes[size_t(node)].out.push_back(id);
    return id;
}

int PhraseMatcher::child(int node, char16_t c) const
{
    const auto &next = m_nodes[size_t(node)].next;
    auto it = std::lower_bound(next.begin(), next.end(), c,
                               [](const std::pair<char16_t, int> &e, char16_t v) { return e.first < v; });
    return (it != next.end() && it->first == c) ? it->second : -1;
}

void PhraseMatcher::build()
{
    for (Node &n : m_nodes)
        std::sort(n.next.begin(), n.next.end());
    m_root.assign(0x10000, 0);
    for (const auto &[c, to] : m_nodes[0].next)
        m_root[c] = to;

    // Failure links, breadth-first: a node's failure target is always shallower, so done before it.
    std::vector<int> order{0};
    order.reserve(m_nodes.size());
    std::deque<int> queue;
    for (const auto &[c, to] : m_nodes[0].next) {
        m_nodes[size_t(to)].fail = 0;
        queue.push_back(to);
    }
    while (!queue.empty()) {
        const int u = queue.front();
        queue.pop_front();
        order.push_back(u);
        for (const auto &[c, v] : m_nodes[size_t(u)].next) {
            int f = m_nodes[size_t(u)].fail;
            int target = -1;
            while (true) {
                target = child(f, c);
                if (target != -1 || f == 0)
                    break;
                f = m_nodes[size_t(f)].fail;
            }
            m_nodes[size_t(v)].fail = (target != -1 && target != v) ? target : 0;
            const auto &inherited = m_nodes[size_t(m_nodes[size_t(v)].fail)].out;
            m_nodes[size_t(v)].out.insert(m_nodes[size_t(v)].out.end(), inherited.begin(), inherited.end());
            queue.push_back(v);
        }
    }

    m_hasOut.resize(m_nodes.size());
    for (size_t i = 0; i < m_nodes.size(); ++i)
        m_hasOut[i] = m_nodes[i].out.empty() ? 0 : 1;

    m_class.fill(0);
    m_classCount = 1;
    for (const Node &n : m_nodes)
        for (const auto &[c, v] : n.next)
            if (c < 128 && m_class[c] == 0)
                m_class[c] = quint8(m_classCount++);
    m_delta.clear();
    if (m_nodes.size() >= 0xFFFF)
        return;
    std::vector<char16_t> representative(size_t(m_classCount), 0);
    for (char16_t c = 0; c < 128; ++c)
        if (m_class[c])
            representative[m_class[c]] = c;
    const size_t width = size_t(m_classCount);
    m_delta.assign(m_nodes.size() * width, 0);
    for (int u : order) {
        for (size_t k = 1; k < width; ++k) {
            const int direct = child(u, representative[k]);
            quint16 target = 0;
            if (direct != -1)
                target = quint16(direct);
            else if (u != 0)
                target = m_delta[size_t(m_nodes[size_t(u)].fail) * width + k];
            m_delta[size_t(u) * width + k] = target;
        }
    }
}

std::vector<PhraseMatcher::Hit> PhraseMatcher::find(const FoldedText &folded) const
{
    std::vector<Hit> hits;
    const QString &t = folded.text;
    const int n = int(t.size());
    int node = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = t.at(i).unicode();
        if (c < 128 && !m_delta.empty()) {
            const int k = m_class[c];
            node = k ? m_delta[size_t(node) * size_t(m_classCount) + size_t(k)] : 0;
        } else while (true) {
            if (node == 0) {
                node = m_root.empty() ? std::max(0, child(0, c)) : m_root[c];
                break;
            }
            const int next = child(node, c);
            if (next != -1) {
                node = next;
                break;
            }
            node = m_nodes[size_t(node)].fail;
        }
        if (size_t(node) < m_hasOut.size() && !m_hasOut[size_t(node)])
            continue;
        for (int id : m_nodes[size_t(node)].out) {
            const Phrase &p = m_phrases[size_t(id)];
            const int start = i - p.length + 1;
            if (p.checkStart && start > 0 && isWordChar(t.at(start - 1)))
                continue;
            if (p.checkEnd && i + 1 < n && isWordChar(t.at(i + 1)))
                continue;
            hits.push_back({id, start, p.length});
        }
    }
    return hits;
}
