#include "RegexMatch.h"

namespace RegexMatch {
QRegularExpression::MatchOptions optionsFor(QStringView subject)
{
    // Latin-1 text has no surrogates, so it is valid UTF-16; anything else keeps PCRE's own check.
    if (QtPrivate::isAscii(subject) || QtPrivate::isLatin1(subject))
        return QRegularExpression::DontCheckSubjectStringMatchOption;
    return QRegularExpression::NoMatchOption;
}

QRegularExpressionMatch match(const QRegularExpression &re, const QString &subject, qsizetype offset)
{
    return re.match(subject, offset, QRegularExpression::NormalMatch, optionsFor(subject));
}

QRegularExpressionMatch match(const QRegularExpression &re, QStringView subject, qsizetype offset)
{
    return re.match(subject, offset, QRegularExpression::NormalMatch, optionsFor(subject));
}

QRegularExpressionMatchIterator globalMatch(const QRegularExpression &re, const QString &subject, qsizetype offset)
{
    return re.globalMatch(subject, offset, QRegularExpression::NormalMatch, optionsFor(subject));
}
} // namespace RegexMatch
