#pragma once

#include "CheckResult.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

// RFC 7208 §2.6 results.
enum class SpfResultCode { None, Neutral, Pass, Fail, SoftFail, TempError, PermError };

// One DNS question a term asked, with a one-line answer summary.
struct SpfDnsQuery
{
    QString name;
    QString type;    // "TXT", "A", ...
    QString status;  // dnsStatusId(): "ok", "nxdomain", "nodata", "servfail", ...
    QString summary; // answers joined, or the status
    bool cached = false; // answered from this check's cache (not a new query)
};

// A node of the evaluation trace: the check of a domain (root, include or redirect target) or
// one term of its record. include/redirect nodes carry the target's record and its terms as children.
struct SpfTraceNode
{
    QString term;          // as written ("include:_spf.example.com"); empty for the root
    QString kind;          // "record", "mechanism", "modifier"
    QString qualifier;     // "+", "-", "~", "?" for mechanisms
    int position = -1;     // offset of the term in its record
    bool evaluated = true;
    bool matched = false;
    int lookups = 0;       // own lookups counted against the limit of 10
    int voidLookups = 0;   // own void lookups
    QList<SpfDnsQuery> dnsQueries;
    QString result;        // result id this node produced ("pass", "permerror", ...; "" = no match)
    QString domain;        // the domain whose record this node evaluated (record/include/redirect)
    QString record;        // that record
    QString note;          // translated remark (why it matched, why an error)
    QList<std::shared_ptr<SpfTraceNode>> children;

    int subtreeLookups() const;
    int subtreeVoidLookups() const;
    QJsonObject toJson() const;
};

struct SpfResult
{
    SpfResultCode code = SpfResultCode::None;
    QString explanation;   // from exp= (empty when none applies)
    QString problem;       // translated reason for none/permerror/temperror, empty otherwise
    QString identity;      // "mailfrom" or "helo" (§2.4: empty MAIL FROM checks the HELO)
    QString ip, sender, helo;
    QString domain;        // the domain checked first
    QString record;        // its SPF record ("" if none)
    QString matchedTerm;   // the mechanism that decided, if one did
    int lookups = 0;       // DNS-mechanism lookups counted (§4.6.4, limit 10)
    int voidLookups = 0;   // void lookups counted (limit 2)
    int dnsQueries = 0;    // distinct DNS questions asked during the check
    double elapsedMs = 0;
    QStringList warnings;  // translated record warnings (SpfLint)
    QString suggestedRecord;
    std::shared_ptr<SpfTraceNode> trace;

    QJsonObject toJson() const;
    // "spf.evaluate": Pass for pass, Fail for fail/softfail/permerror, Warn for neutral/none,
    // CouldNotCheck for temperror.
    CheckResult toCheckResult() const;
    // The trace as an indented tree with the lookup count per node (for the CLI and the report).
    QString traceText() const;

    static QString codeId(SpfResultCode code);          // "pass", "fail", ...
    static SpfResultCode codeFromId(const QString &id); // unknown → None
    static QString codeText(SpfResultCode code);        // translated
};
