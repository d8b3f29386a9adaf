#include "SpfRecord.h"

#include "SpfMacro.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <arpa/inet.h>

namespace {
// CIDR lengths: no leading zeros (RFC 7208 forbids them in ip4-network; the test suite extends
// that to the prefix length), within 0..max.
bool parseCidr(const QString &digits, int max, int *out)
{
    static const QRegularExpression re(QStringLiteral("^(0|[1-9][0-9]{0,2})$"));
    if (!re.match(digits).hasMatch())
        return false;
    const int v = digits.toInt();
    if (v > max)
        return false;
    *out = v;
    return true;
}

bool parseIp4(const QString &text, QHostAddress *out)
{
    static const QRegularExpression re(QStringLiteral(
        "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$"));
    if (!re.match(text).hasMatch())
        return false;
    *out = QHostAddress(text);
    return out->protocol() == QAbstractSocket::IPv4Protocol;
}

bool parseIp6(const QString &text, QHostAddress *out)
{
    if (!text.contains(QLatin1Char(':')))
        return false;
    const QByteArray latin = text.toLatin1();
    if (QString::fromLatin1(latin) != text)
        return false;
    unsigned char buf[16];
    if (inet_pton(AF_INET6, latin.constData(), buf) != 1)
        return false;
    *out = QHostAddress(buf);
    return true;
}
}

bool SpfTerm::countsLookup() const
{
    if (kind == Kind::Modifier)
        return name == QLatin1String("redirect");
    switch (mechanism) {
    case SpfMechanism::Include:
    case SpfMechanism::A:
    case SpfMechanism::Mx:
    case SpfMechanism::Ptr:
    case SpfMechanism::Exists:
        return true;
    default:
        return false;
    }
}

QString SpfTerm::mechanismName() const
{
    return kind == Kind::Modifier ? name : SpfRecord::mechanismName(mechanism);
}

bool SpfRecord::isSpfRecord(const QString &text)
{
    return text.size() >= 6 && text.left(6).compare(QLatin1String("v=spf1"), Qt::CaseInsensitive) == 0
        && (text.size() == 6 || text.at(6) == QLatin1Char(' '));
}

QString SpfRecord::qualifierChar(SpfQualifier q)
{
    switch (q) {
    case SpfQualifier::Pass: return QStringLiteral("+");
    case SpfQualifier::Fail: return QStringLiteral("-");
    case SpfQualifier::SoftFail: return QStringLiteral("~");
    case SpfQualifier::Neutral: return QStringLiteral("?");
    }
    return QString();
}

QString SpfRecord::mechanismName(SpfMechanism m)
{
    switch (m) {
    case SpfMechanism::All: return QStringLiteral("all");
    case SpfMechanism::Include: return QStringLiteral("include");
    case SpfMechanism::A: return QStringLiteral("a");
    case SpfMechanism::Mx: return QStringLiteral("mx");
    case SpfMechanism::Ptr: return QStringLiteral("ptr");
    case SpfMechanism::Ip4: return QStringLiteral("ip4");
    case SpfMechanism::Ip6: return QStringLiteral("ip6");
    case SpfMechanism::Exists: return QStringLiteral("exists");
    }
    return QString();
}

void SpfRecord::fail(int position, const QString &term, const QString &message)
{
    if (m_error.position >= 0)
        return; // keep the first error
    m_error.position = position;
    m_error.term = term;
    m_error.message = message;
}

SpfRecord SpfRecord::parse(const QString &text)
{
    SpfRecord r;
    r.m_text = text;
    if (!isSpfRecord(text)) {
        r.fail(0, text.left(8), QCoreApplication::translate("SpfRecord", "The record does not start with \"v=spf1\" followed by a space"));
        return r;
    }
    if (text.size() > kMaxRecordLength) {
        r.fail(kMaxRecordLength, text.mid(kMaxRecordLength, 16),
               QCoreApplication::translate("SpfRecord", "The record is %1 characters long, more than the %2 this check reads "
                                                        "(RFC 7208 §3.4 advises under 450 so it fits one UDP answer)")
                   .arg(text.size())
                   .arg(kMaxRecordLength));
        return r;
    }
    // §4.6.1: terms are separated by one or more spaces (and only spaces).
    int i = 6;
    while (i < text.size()) {
        if (text.at(i) == QLatin1Char(' ')) {
            ++i;
            continue;
        }
        if (r.m_terms.size() >= kMaxTerms) {
            r.fail(i, text.mid(i, 16),
                   QCoreApplication::translate("SpfRecord", "The record has more than %n terms; the rest were not read",
                                               nullptr, kMaxTerms));
            return r;
        }
        int end = text.indexOf(QLatin1Char(' '), i);
        if (end < 0)
            end = int(text.size());
        const QString t = text.mid(i, end - i);
        SpfTerm term;
        term.text = t;
        term.position = i;
        QString message;
        int offset = 0;
        if (!r.parseTerm(t, i, &term, &message)) {
            r.fail(i, t, message);
        } else if (term.kind == SpfTerm::Kind::Modifier
                   && (term.name == QLatin1String("redirect") || term.name == QLatin1String("exp"))) {
            int &index = term.name == QLatin1String("redirect") ? r.m_redirectIndex : r.m_expIndex;
            if (index >= 0)
                r.fail(i, t, QCoreApplication::translate("SpfRecord", "The modifier \"%1\" appears more than once").arg(term.name));
            else
                index = int(r.m_terms.size());
        }
        Q_UNUSED(offset);
        r.m_terms.append(term);
        i = end;
    }
    return r;
}

bool SpfRecord::parseTerm(const QString &t, int position, SpfTerm *term, QString *message) const
{
    Q_UNUSED(position);
    static const QRegularExpression modifierRe(QStringLiteral("^([A-Za-z][A-Za-z0-9._-]*)=(.*)$"),
                                               QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch mod = modifierRe.match(t);
    if (mod.hasMatch()) {
        term->kind = SpfTerm::Kind::Modifier;
        term->name = mod.captured(1).toLower();
        term->value = mod.captured(2);
        QString why;
        if (term->name == QLatin1String("redirect") || term->name == QLatin1String("exp")) {
            if (!SpfMacro::checkDomainSpec(term->value, nullptr, &why)) {
                *message = QCoreApplication::translate("SpfRecord", "Invalid %1= domain: %2").arg(term->name, why);
                return false;
            }
        } else if (!SpfMacro::checkSyntax(term->value, SpfMacro::Kind::Explanation, nullptr, &why)) {
            *message = QCoreApplication::translate("SpfRecord", "Invalid value of the modifier \"%1\": %2").arg(term->name, why);
            return false;
        }
        return true;
    }

    term->kind = SpfTerm::Kind::Mechanism;
    QString rest = t;
    if (!rest.isEmpty() && QStringLiteral("+-~?").contains(rest.at(0))) {
        term->explicitQualifier = true;
        switch (rest.at(0).unicode()) {
        case '-': term->qualifier = SpfQualifier::Fail; break;
        case '~': term->qualifier = SpfQualifier::SoftFail; break;
        case '?': term->qualifier = SpfQualifier::Neutral; break;
        default: term->qualifier = SpfQualifier::Pass; break;
        }
        rest = rest.mid(1);
    }
    int nameEnd = 0;
    while (nameEnd < rest.size() && rest.at(nameEnd) != QLatin1Char(':') && rest.at(nameEnd) != QLatin1Char('/'))
        ++nameEnd;
    const QString name = rest.left(nameEnd).toLower();
    const QString args = rest.mid(nameEnd);
    QString why;

    auto needDomain = [&](bool optional) {
        if (args.isEmpty()) {
            if (optional)
                return true;
            *message = QCoreApplication::translate("SpfRecord", "\"%1\" needs \":\" and a domain").arg(name);
            return false;
        }
        if (!args.startsWith(QLatin1Char(':'))) {
            *message = QCoreApplication::translate("SpfRecord", "\"%1\" takes no prefix length").arg(name);
            return false;
        }
        term->domainSpec = args.mid(1);
        if (!SpfMacro::checkDomainSpec(term->domainSpec, nullptr, &why)) {
            *message = QCoreApplication::translate("SpfRecord", "Invalid domain in \"%1\": %2").arg(t, why);
            return false;
        }
        return true;
    };

    if (name == QLatin1String("all")) {
        term->mechanism = SpfMechanism::All;
        if (!args.isEmpty()) {
            *message = QCoreApplication::translate("SpfRecord", "\"all\" takes no arguments");
            return false;
        }
        return true;
    }
    if (name == QLatin1String("include") || name == QLatin1String("exists")) {
        term->mechanism = name == QLatin1String("include") ? SpfMechanism::Include : SpfMechanism::Exists;
        return needDomain(false);
    }
    if (name == QLatin1String("ptr")) {
        term->mechanism = SpfMechanism::Ptr;
        return needDomain(true);
    }
    if (name == QLatin1String("a") || name == QLatin1String("mx")) {
        term->mechanism = name == QLatin1String("a") ? SpfMechanism::A : SpfMechanism::Mx;
        static const QRegularExpression dualRe(QStringLiteral("^(?::(.*?))?(?:/([0-9]+))?(?://([0-9]+))?$"),
                                               QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch m = dualRe.match(args);
        if (!m.hasMatch()) {
            *message = QCoreApplication::translate("SpfRecord", "Malformed \"%1\": expected [:domain][/ip4-prefix][//ip6-prefix]").arg(name);
            return false;
        }
        if (m.capturedStart(1) >= 0) {
            term->domainSpec = m.captured(1);
            if (!SpfMacro::checkDomainSpec(term->domainSpec, nullptr, &why)) {
                *message = QCoreApplication::translate("SpfRecord", "Invalid domain in \"%1\": %2").arg(t, why);
                return false;
            }
        }
        if (m.capturedStart(2) >= 0 && !parseCidr(m.captured(2), 32, &term->cidr4)) {
            *message = QCoreApplication::translate("SpfRecord", "Invalid IPv4 prefix length \"/%1\" (0 to 32, no leading zeros)").arg(m.captured(2));
            return false;
        }
        if (m.capturedStart(3) >= 0 && !parseCidr(m.captured(3), 128, &term->cidr6)) {
            *message = QCoreApplication::translate("SpfRecord", "Invalid IPv6 prefix length \"//%1\" (0 to 128, no leading zeros)").arg(m.captured(3));
            return false;
        }
        return true;
    }
    if (name == QLatin1String("ip4") || name == QLatin1String("ip6")) {
        const bool v4 = name == QLatin1String("ip4");
        term->mechanism = v4 ? SpfMechanism::Ip4 : SpfMechanism::Ip6;
        if (!args.startsWith(QLatin1Char(':')) || args.size() < 2) {
            *message = QCoreApplication::translate("SpfRecord", "\"%1\" needs \":\" and an address").arg(name);
            return false;
        }
        const QString value = args.mid(1);
        const int slash = value.indexOf(QLatin1Char('/'));
        const QString addr = slash < 0 ? value : value.left(slash);
        if (v4 ? !parseIp4(addr, &term->network) : !parseIp6(addr, &term->network)) {
            *message = v4 ? QCoreApplication::translate("SpfRecord", "\"%1\" is not an IPv4 address").arg(addr)
                          : QCoreApplication::translate("SpfRecord", "\"%1\" is not an IPv6 address").arg(addr);
            return false;
        }
        if (slash >= 0 && !parseCidr(value.mid(slash + 1), v4 ? 32 : 128, v4 ? &term->cidr4 : &term->cidr6)) {
            *message = QCoreApplication::translate("SpfRecord", "Invalid prefix length \"%1\"").arg(value.mid(slash));
            return false;
        }
        return true;
    }
    *message = name.isEmpty() ? QCoreApplication::translate("SpfRecord", "Empty mechanism") : QCoreApplication::translate("SpfRecord", "Unknown mechanism \"%1\"").arg(rest.left(nameEnd));
    return false;
}

QList<SpfTerm> SpfRecord::mechanisms() const
{
    QList<SpfTerm> out;
    for (const SpfTerm &t : m_terms)
        if (t.isMechanism())
            out.append(t);
    return out;
}

const SpfTerm *SpfRecord::redirect() const
{
    return m_redirectIndex >= 0 ? &m_terms.at(m_redirectIndex) : nullptr;
}

const SpfTerm *SpfRecord::explanation() const
{
    return m_expIndex >= 0 ? &m_terms.at(m_expIndex) : nullptr;
}

QString SpfRecord::toString() const
{
    QStringList parts{QStringLiteral("v=spf1")};
    for (const SpfTerm &t : m_terms)
        parts << t.text;
    return parts.join(QLatin1Char(' '));
}
