#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringView>

// QRegularExpression::match() lets PCRE check the whole subject for valid UTF-16 on every call,
// a pass over the text as long as many of the matches themselves; the reader runs dozens of
// patterns over the same bounce text. These wrappers skip that check when a quick vectorised scan
// proves the subject cannot hold a surrogate (Latin-1 text), and keep it otherwise, so the result
// is always exactly what QRegularExpression::match() returns.
namespace RegexMatch {
QRegularExpression::MatchOptions optionsFor(QStringView subject);
QRegularExpressionMatch match(const QRegularExpression &re, const QString &subject, qsizetype offset = 0);
QRegularExpressionMatch match(const QRegularExpression &re, QStringView subject, qsizetype offset = 0);
QRegularExpressionMatchIterator globalMatch(const QRegularExpression &re, const QString &subject,
                                            qsizetype offset = 0);
} // namespace RegexMatch
