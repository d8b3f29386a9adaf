#pragma once

#include <QList>
#include <QString>

#include <array>
#include <vector>

// Text folded for phrase matching: lower case (length-preserving, per UTF-16 unit), typographic
// quotes made plain, whitespace runs collapsed to one space. `origin[i]` is the position in the
// original text that folded character i came from, so a match maps back to an exact span.
struct FoldedText
{
    QString text;
    std::vector<int> origin;

    static FoldedText fold(const QString &original, qsizetype maxLength = -1);
    QString originalSpan(const QString &original, int start, int length) const;
};

// Finds every phrase of a fixed set in one pass over a text (Aho-Corasick), so hundreds of
// phrases cost about as much as one. Phrases are folded like the text. A phrase matches only on
// word boundaries (for alphabetic scripts) unless it ends with '*', which allows a longer word.
class PhraseMatcher
{
public:
    struct Hit
    {
        int phrase;  // index in insertion order
        int start;   // in the folded text
        int length;
    };

    int add(const QString &phrase);   // returns the phrase index; the phrase must not fold to empty
    void build();
    std::vector<Hit> find(const FoldedText &text) const;
    int size() const { return int(m_phrases.size()); }

    static QString foldPhrase(const QString &phrase);

private:
    struct Node
    {
        std::vector<std::pair<char16_t, int>> next;  // sorted by character after build()
        int fail = 0;
        std::vector<int> out;
    };
    struct Phrase
    {
        int length = 0;
        bool checkStart = false;
        bool checkEnd = false;
    };

    int child(int node, char16_t c) const;

    std::vector<Node> m_nodes = std::vector<Node>(1);
    std::vector<Phrase> m_phrases;
    std::vector<int> m_root;  // the root's transitions for every UTF-16 unit: most characters stop there
    // Complete transition table (a DFA) for the ASCII characters the phrases use, so plain English
    // text never walks failure links. Non-ASCII text takes the Aho-Corasick failure path.
    int m_classCount = 1;
    std::array<quint8, 128> m_class{};   // 0: the character occurs in no phrase
    std::vector<quint16> m_delta;        // node * m_classCount + class; empty when too many nodes
    // Whether a node ends a phrase: a compact array read on every character, so the scan does not
    // touch the large Node records (a cache miss each) on the many characters that end nothing.
    std::vector<quint8> m_hasOut;
};
