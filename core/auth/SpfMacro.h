#pragma once

#include <QHostAddress>
#include <QString>

// What the macro letters of RFC 7208 §7.2 stand for during one check_host() evaluation.
struct SpfMacroContext
{
    QString sender;        // s: <sender> (postmaster@ substituted when it had no local-part)
    QString localPart;     // l
    QString senderDomain;  // o
    QString domain;        // d: the current <domain>
    QHostAddress ip;       // i, c, v: an IPv4-mapped IPv6 address is given as IPv4 (§5)
    bool upperNibbles = false; // i for IPv6: hex letters in the case the address was written in
    QString helo;          // h
    QString validatedName = QStringLiteral("unknown"); // p: chosen as in §5.5 by the evaluator
    QString receiver = QStringLiteral("unknown");      // r (explanations only)
    qint64 timestamp = 0;  // t (explanations only)
};

// Macro strings (RFC 7208 §7.1): syntax checks, the domain-spec grammar, and expansion.
class SpfMacro
{
public:
    // DomainSpec allows the letters s l o d i p h v; Explanation adds c r t and spaces (§6.2, §7.2).
    enum class Kind { DomainSpec, Explanation };

    // Checks macro-string syntax. On error sets *offset (into `text`) and *message (translated).
    static bool checkSyntax(const QString &text, Kind kind, int *offset = nullptr, QString *message = nullptr);
    // domain-spec = macro-string domain-end; domain-end = ("." toplabel ["."]) / macro-expand.
    static bool checkDomainSpec(const QString &text, int *offset = nullptr, QString *message = nullptr);
    // RFC 7208 toplabel: not all digits, alphanumeric with inner hyphens.
    static bool isTopLabel(const QString &label);
    // True when `text` contains %{<letter>...} (either case).
    static bool usesLetter(const QString &text, QChar letter);

    // Expands a syntactically valid macro string.
    static QString expand(const QString &text, const SpfMacroContext &context, Kind kind);
    // Expands a domain-spec into a name to ask the DNS: §7.3 trailing dot removed, §4.8 truncated
    // from the left to at most 253 characters.
    static QString expandDomain(const QString &domainSpec, const SpfMacroContext &context);

    // The "i" macro value: dotted quad, or 32 dot-separated nibbles for IPv6.
    static QString ipDotFormat(const QHostAddress &ip, bool upper = false);
    // The reverse-DNS name of an address (…in-addr.arpa / …ip6.arpa).
    static QString reverseName(const QHostAddress &ip);
    // RFC 3986 unreserved characters kept, everything else %XX (for upper-case macro letters).
    static QString urlEscape(const QString &text);
    // Whether a name can be asked on the wire at all (non-empty labels of at most 63 octets, total
    // at most 253). Names failing this are treated as non-existent (§4.3, §4.8).
    static bool isQueryableName(const QString &name);
};
