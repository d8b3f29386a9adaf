#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

// An SPF record (RFC 7208 §4.6 and §12 ABNF) parsed into terms that remember where they were written,
// so a syntax error and every trace node can point at a column of the record.
enum class SpfQualifier { Pass, Fail, SoftFail, Neutral };

enum class SpfMechanism { All, Include, A, Mx, Ptr, Ip4, Ip6, Exists };

struct SpfTerm
{
    enum class Kind { Mechanism, Modifier };

    Kind kind = Kind::Mechanism;
    QString text;       // the term exactly as written
    int position = 0;   // 0-based offset of the term in the record
    // Mechanisms
    SpfQualifier qualifier = SpfQualifier::Pass;
    bool explicitQualifier = false;
    SpfMechanism mechanism = SpfMechanism::All;
    QString domainSpec;   // include/a/mx/ptr/exists target as written ("" = the current domain)
    QHostAddress network; // ip4/ip6
    int cidr4 = 32;
    int cidr6 = 128;
    // Modifiers: name in lower case ("redirect", "exp" or any unknown one) and its value
    QString name;
    QString value;

    bool isMechanism() const { return kind == Kind::Mechanism; }
    // RFC 7208 §4.6.4: the terms that cost a DNS lookup against the limit of 10.
    bool countsLookup() const;
    QString mechanismName() const; // "all", "include", ... or the modifier name
};

struct SpfSyntaxError
{
    int position = -1; // offset in the record, -1 = no error
    QString term;      // the offending term as written
    QString message;   // translated
};

class SpfRecord
{
public:
    // Parsing bounds (a record is pasted or fetched from DNS, where TCP allows 64 KB). RFC 7208
    // §3.4 advises under 450 octets; the largest real flattened records are a few KB.
    static constexpr int kMaxRecordLength = 8192; // characters
    static constexpr int kMaxTerms = 512;

    // §4.5: a record is an SPF record when it begins with "v=spf1" (any case) followed by a space or
    // the end of the text.
    static bool isSpfRecord(const QString &text);
    // Parses the whole record (§4.6: syntax errors anywhere are found before evaluation starts).
    static SpfRecord parse(const QString &text);

    bool isValid() const { return m_error.position < 0; }
    const SpfSyntaxError &error() const { return m_error; }
    QString text() const { return m_text; }
    // Every term in written order, mechanisms and modifiers.
    const QList<SpfTerm> &terms() const { return m_terms; }
    QList<SpfTerm> mechanisms() const;
    const SpfTerm *redirect() const; // nullptr if none
    const SpfTerm *explanation() const;
    QString toString() const; // normalised: the terms joined by one space after "v=spf1"

    static QString qualifierChar(SpfQualifier q); // "+", "-", "~", "?"
    static QString mechanismName(SpfMechanism m);

private:
    bool parseTerm(const QString &text, int position, SpfTerm *term, QString *message) const;
    void fail(int position, const QString &term, const QString &message);

    QString m_text;
    QList<SpfTerm> m_terms;
    int m_redirectIndex = -1;
    int m_expIndex = -1;
    SpfSyntaxError m_error;
};
