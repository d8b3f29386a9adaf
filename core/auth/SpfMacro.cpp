#include "SpfMacro.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace {
bool isMacroLiteral(QChar c)
{
    const ushort u = c.unicode();
    return u >= 0x21 && u <= 0x7e && u != '%';
}

bool isDelimiter(QChar c)
{
    return QStringLiteral(".-+,/_=").contains(c);
}

// Scans one "%{...}" expansion starting at text[i] == '%' and text[i+1] == '{'. Returns the index
// just past '}' or -1 on a syntax error (with *message set).
int scanExpand(const QString &text, int i, SpfMacro::Kind kind, QString *message)
{
    int p = i + 2;
    if (p >= text.size()) {
        *message = QCoreApplication::translate("SpfMacro", "Unterminated macro: \"%{\" at the end");
        return -1;
    }
    const QChar letter = text.at(p).toLower();
    const QString allowed = kind == SpfMacro::Kind::Explanation ? QStringLiteral("slodiphvcrt")
                                                                : QStringLiteral("slodiphv");
    if (!QStringLiteral("slodiphvcrt").contains(letter) || text.at(p).unicode() > 0x7f) {
        *message = QCoreApplication::translate("SpfMacro", "Unknown macro letter \"%1\"").arg(text.at(p));
        return -1;
    }
    if (!allowed.contains(letter)) {
        *message = QCoreApplication::translate("SpfMacro", "The macro letter \"%1\" is only allowed in explanation text").arg(text.at(p));
        return -1;
    }
    ++p;
    const int digitsStart = p;
    while (p < text.size() && text.at(p).isDigit() && text.at(p).unicode() < 0x80)
        ++p;
    if (p > digitsStart) {
        bool ok = false;
        const qlonglong n = text.mid(digitsStart, p - digitsStart).toLongLong(&ok);
        if (ok && n == 0) {
            *message = QCoreApplication::translate("SpfMacro", "A macro's digit transformer must not be zero");
            return -1;
        }
    }
    if (p < text.size() && text.at(p).toLower() == QLatin1Char('r'))
        ++p;
    while (p < text.size() && isDelimiter(text.at(p)))
        ++p;
    if (p >= text.size() || text.at(p) != QLatin1Char('}')) {
        *message = QCoreApplication::translate("SpfMacro", "Malformed macro: expected \"}\"");
        return -1;
    }
    return p + 1;
}
}

bool SpfMacro::checkSyntax(const QString &text, Kind kind, int *offset, QString *message)
{
    QString msg;
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%')) {
            if (i + 1 >= text.size()) {
                msg = QCoreApplication::translate("SpfMacro", "A \"%\" at the end must be written \"%%\"");
            } else {
                const QChar n = text.at(i + 1);
                if (n == QLatin1Char('%') || n == QLatin1Char('_') || n == QLatin1Char('-')) {
                    i += 2;
                    continue;
                }
                if (n == QLatin1Char('{')) {
                    const int end = scanExpand(text, i, kind, &msg);
                    if (end > 0) {
                        i = end;
                        continue;
                    }
                } else {
                    msg = QCoreApplication::translate("SpfMacro", "A \"%\" must be followed by \"{\", \"%\", \"_\" or \"-\"");
                }
            }
        } else if (isMacroLiteral(c) || (kind == Kind::Explanation && c == QLatin1Char(' '))) {
            ++i;
            continue;
        } else {
            msg = c.unicode() > 0x7e ? QCoreApplication::translate("SpfMacro", "Non-ASCII character in the record")
                                     : QCoreApplication::translate("SpfMacro", "Invalid character (code %1)").arg(c.unicode());
        }
        if (offset)
            *offset = i;
        if (message)
            *message = msg;
        return false;
    }
    return true;
}

bool SpfMacro::isTopLabel(const QString &label)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*|[A-Za-z0-9]+-[A-Za-z0-9-]*[A-Za-z0-9])$"));
    return re.match(label).hasMatch();
}

bool SpfMacro::checkDomainSpec(const QString &text, int *offset, QString *message)
{
    if (text.isEmpty()) {
        if (offset)
            *offset = 0;
        if (message)
            *message = QCoreApplication::translate("SpfMacro", "The domain is empty");
        return false;
    }
    if (!checkSyntax(text, Kind::DomainSpec, offset, message))
        return false;
    // domain-end: the text ends in a macro-expand, or in "." toplabel with an optional dot.
    // "%%", "%_", "%-" at the end are macro-expands too; find whether the final two characters
    // form one (a preceding "%%" pair must not be counted twice).
    {
        int i = 0;
        int lastExpandEnd = -1;
        while (i < text.size()) {
            if (text.at(i) == QLatin1Char('%') && i + 1 < text.size()) {
                if (text.at(i + 1) == QLatin1Char('{')) {
                    const int close = text.indexOf(QLatin1Char('}'), i);
                    i = close + 1;
                } else {
                    i += 2;
                }
                lastExpandEnd = i;
                continue;
            }
            ++i;
        }
        if (lastExpandEnd == text.size())
            return true;
    }
    QString body = text;
    if (body.endsWith(QLatin1Char('.')))
        body.chop(1);
    const int dot = body.lastIndexOf(QLatin1Char('.'));
    const QString top = dot >= 0 ? body.mid(dot + 1) : QString();
    if (dot < 0 || !isTopLabel(top) || body.mid(dot).contains(QLatin1Char('%'))) {
        if (offset)
            *offset = dot < 0 ? 0 : dot + 1;
        if (message)
            *message = dot < 0 ? QCoreApplication::translate("SpfMacro", "\"%1\" is not a domain name (no dot before the top-level label)").arg(text)
                               : QCoreApplication::translate("SpfMacro", "\"%1\" does not end in a valid top-level label").arg(text);
        return false;
    }
    return true;
}

bool SpfMacro::usesLetter(const QString &text, QChar letter)
{
    const QChar l = letter.toLower();
    for (int i = 0; i + 2 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('%')) {
            if (text.at(i + 1) == QLatin1Char('{') && text.at(i + 2).toLower() == l)
                return true;
            ++i; // skip the escaped character of "%%" etc.
        }
    }
    return false;
}

QString SpfMacro::ipDotFormat(const QHostAddress &ip, bool upper)
{
    if (ip.protocol() == QAbstractSocket::IPv4Protocol)
        return ip.toString();
    const Q_IPV6ADDR a = ip.toIPv6Address();
    QStringList nibbles;
    for (int i = 0; i < 16; ++i) {
        nibbles << QString::number(a[i] >> 4, 16) << QString::number(a[i] & 0xf, 16);
    }
    const QString s = nibbles.join(QLatin1Char('.'));
    return upper ? s.toUpper() : s;
}

QString SpfMacro::reverseName(const QHostAddress &ip)
{
    QStringList parts = ipDotFormat(ip).split(QLatin1Char('.'));
    std::reverse(parts.begin(), parts.end());
    return parts.join(QLatin1Char('.'))
        + (ip.protocol() == QAbstractSocket::IPv4Protocol ? QStringLiteral(".in-addr.arpa") : QStringLiteral(".ip6.arpa"));
}

QString SpfMacro::urlEscape(const QString &text)
{
    QString out;
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const uchar c = uchar(ch);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
            || c == '_' || c == '~')
            out += QLatin1Char(char(c));
        else
            out += QLatin1Char('%') + QString::number(c, 16).toUpper().rightJustified(2, QLatin1Char('0'));
    }
    return out;
}

QString SpfMacro::expand(const QString &text, const SpfMacroContext &context, Kind kind)
{
    Q_UNUSED(kind);
    QString out;
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('%') || i + 1 >= text.size()) {
            out += c;
            ++i;
            continue;
        }
        const QChar n = text.at(i + 1);
        if (n == QLatin1Char('%')) {
            out += QLatin1Char('%');
            i += 2;
            continue;
        }
        if (n == QLatin1Char('_')) {
            out += QLatin1Char(' ');
            i += 2;
            continue;
        }
        if (n == QLatin1Char('-')) {
            out += QStringLiteral("%20");
            i += 2;
            continue;
        }
        if (n != QLatin1Char('{')) { // not valid syntax; keep as written
            out += c;
            ++i;
            continue;
        }
        int p = i + 2;
        const QChar letterRaw = text.at(p++);
        const QChar letter = letterRaw.toLower();
        const bool escape = letterRaw.isUpper();
        int digitsStart = p;
        while (p < text.size() && text.at(p).isDigit())
            ++p;
        const QString digits = text.mid(digitsStart, p - digitsStart);
        bool reverse = false;
        if (p < text.size() && text.at(p).toLower() == QLatin1Char('r')) {
            reverse = true;
            ++p;
        }
        QString delimiters;
        while (p < text.size() && text.at(p) != QLatin1Char('}'))
            delimiters += text.at(p++);
        i = p + 1;

        QString value;
        switch (letter.unicode()) {
        case 's': value = context.sender; break;
        case 'l': value = context.localPart; break;
        case 'o': value = context.senderDomain; break;
        case 'd': value = context.domain; break;
        case 'i': value = ipDotFormat(context.ip, context.upperNibbles); break;
        case 'p': value = context.validatedName; break;
        case 'h': value = context.helo; break;
        case 'v':
            value = context.ip.protocol() == QAbstractSocket::IPv4Protocol ? QStringLiteral("in-addr")
                                                                         : QStringLiteral("ip6");
            break;
        case 'c': value = context.ip.toString(); break;
        case 'r': value = context.receiver; break;
        case 't': value = QString::number(context.timestamp); break;
        default: break;
        }
        if (!digits.isEmpty() || reverse || !delimiters.isEmpty()) {
            if (delimiters.isEmpty())
                delimiters = QStringLiteral(".");
            QStringList parts;
            QString cur;
            for (const QChar ch : value) {
                if (delimiters.contains(ch)) {
                    parts << cur;
                    cur.clear();
                } else {
                    cur += ch;
                }
            }
            parts << cur;
            if (reverse)
                std::reverse(parts.begin(), parts.end());
            if (!digits.isEmpty()) {
                bool ok = false;
                const qlonglong keep = digits.toLongLong(&ok);
                if (ok && keep > 0 && keep < parts.size())
                    parts = parts.mid(parts.size() - int(keep));
            }
            value = parts.join(QLatin1Char('.'));
        }
        out += escape ? urlEscape(value) : value;
    }
    return out;
}

QString SpfMacro::expandDomain(const QString &domainSpec, const SpfMacroContext &context)
{
    QString name = expand(domainSpec, context, Kind::DomainSpec);
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    // §4.8: "removing successive domain labels until the total length does not exceed 253"
    while (name.size() > 253) {
        const int dot = name.indexOf(QLatin1Char('.'));
        if (dot < 0)
            break;
        name = name.mid(dot + 1);
    }
    return name;
}

bool SpfMacro::isQueryableName(const QString &name)
{
    QString n = name;
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    if (n.isEmpty() || n.size() > 253)
        return false;
    const QStringList labels = n.split(QLatin1Char('.'));
    for (const QString &label : labels)
        if (label.isEmpty() || label.toUtf8().size() > 63)
            return false;
    return true;
}
