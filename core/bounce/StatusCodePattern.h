#pragma once

#include <QString>

#include <optional>

// An enhanced status code ("5.7.1"), a range of details ("5.7.606-649") or a pattern with
// wildcards ("4.*.*", "*.2.2") as written in the knowledge files. Specificity orders the
// matches: an exact code beats a range, a range beats a wildcard.
class StatusCodePattern
{
public:
    static std::optional<StatusCodePattern> parse(const QString &text);

    bool matches(int klass, int subject, int detail) const;
    bool matches(const QString &code) const;
    int specificity() const;     // 3 exact, 2 range, 1 one wildcard, 0 more
    QString text() const { return m_text; }

    // Splits "5.1.1" into its numbers; false when it is not an enhanced status code.
    static bool split(const QString &code, int &klass, int &subject, int &detail);

private:
    QString m_text;
    int m_class = -1;            // -1: any
    int m_subject = -1;
    int m_detailLow = -1;
    int m_detailHigh = -1;
};
