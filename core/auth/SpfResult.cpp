#include "SpfResult.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
void appendTree(const SpfTraceNode &node, int depth, QStringList *lines)
{
    const QString indent(depth * 2, QLatin1Char(' '));
    QString line;
    if (node.kind == QLatin1String("record")) {
        line = node.domain.isEmpty() ? QStringLiteral("(no domain)") : node.domain;
        if (!node.record.isEmpty())
            line += QStringLiteral(": \"") + node.record + QLatin1Char('"');
    } else {
        line = node.term;
    }
    QStringList tags;
    const int total = node.subtreeLookups();
    if (total > 0)
        tags << (total == 1 ? QCoreApplication::translate("SpfResult", "1 lookup") : QCoreApplication::translate("SpfResult", "%n lookups", nullptr, total));
    if (node.subtreeVoidLookups() > 0)
        tags << QCoreApplication::translate("SpfResult", "%n void", nullptr, node.subtreeVoidLookups());
    if (node.matched)
        tags << QCoreApplication::translate("SpfResult", "match");
    if (!node.result.isEmpty())
        tags << QStringLiteral("→ ") + node.result;
    if (!tags.isEmpty())
        line += QStringLiteral("  [") + tags.join(QStringLiteral(", ")) + QLatin1Char(']');
    lines->append(indent + line);
    if (!node.note.isEmpty() && node.kind != QLatin1String("record"))
        lines->append(indent + QStringLiteral("    ") + node.note);
    if (node.kind != QLatin1String("record") && !node.domain.isEmpty()) {
        QString sub = QStringLiteral("    ") + node.domain;
        if (!node.record.isEmpty())
            sub += QStringLiteral(": \"") + node.record + QLatin1Char('"');
        lines->append(indent + sub);
    }
    for (const auto &c : node.children)
        appendTree(*c, depth + 1, lines);
}
}

int SpfTraceNode::subtreeLookups() const
{
    int n = lookups;
    for (const auto &c : children)
        n += c->subtreeLookups();
    return n;
}

int SpfTraceNode::subtreeVoidLookups() const
{
    int n = voidLookups;
    for (const auto &c : children)
        n += c->subtreeVoidLookups();
    return n;
}

QJsonObject SpfTraceNode::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), kind);
    if (!term.isEmpty())
        o.insert(QStringLiteral("term"), term);
    if (!qualifier.isEmpty())
        o.insert(QStringLiteral("qualifier"), qualifier);
    if (position >= 0)
        o.insert(QStringLiteral("position"), position);
    o.insert(QStringLiteral("matched"), matched);
    o.insert(QStringLiteral("lookups"), lookups);
    o.insert(QStringLiteral("subtreeLookups"), subtreeLookups());
    o.insert(QStringLiteral("voidLookups"), voidLookups);
    if (!result.isEmpty())
        o.insert(QStringLiteral("result"), result);
    if (!domain.isEmpty())
        o.insert(QStringLiteral("domain"), domain);
    if (!record.isEmpty())
        o.insert(QStringLiteral("record"), record);
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    QJsonArray queries;
    for (const SpfDnsQuery &q : dnsQueries) {
        QJsonObject j;
        j.insert(QStringLiteral("name"), q.name);
        j.insert(QStringLiteral("type"), q.type);
        j.insert(QStringLiteral("status"), q.status);
        j.insert(QStringLiteral("answer"), q.summary);
        if (q.cached)
            j.insert(QStringLiteral("cached"), true);
        queries.append(j);
    }
    o.insert(QStringLiteral("dnsQueries"), queries);
    QJsonArray kids;
    for (const auto &c : children)
        kids.append(c->toJson());
    o.insert(QStringLiteral("children"), kids);
    return o;
}

QString SpfResult::codeId(SpfResultCode code)
{
    switch (code) {
    case SpfResultCode::None: return QStringLiteral("none");
    case SpfResultCode::Neutral: return QStringLiteral("neutral");
    case SpfResultCode::Pass: return QStringLiteral("pass");
    case SpfResultCode::Fail: return QStringLiteral("fail");
    case SpfResultCode::SoftFail: return QStringLiteral("softfail");
    case SpfResultCode::TempError: return QStringLiteral("temperror");
    case SpfResultCode::PermError: return QStringLiteral("permerror");
    }
    return QString();
}

SpfResultCode SpfResult::codeFromId(const QString &id)
{
    for (SpfResultCode c : {SpfResultCode::None, SpfResultCode::Neutral, SpfResultCode::Pass, SpfResultCode::Fail,
                            SpfResultCode::SoftFail, SpfResultCode::TempError, SpfResultCode::PermError})
        if (codeId(c) == id.toLower())
            return c;
    return SpfResultCode::None;
}

QString SpfResult::codeText(SpfResultCode code)
{
    switch (code) {
    case SpfResultCode::None: return QCoreApplication::translate("SpfResult", "none: no SPF record");
    case SpfResultCode::Neutral: return QCoreApplication::translate("SpfResult", "neutral: the domain makes no statement about this IP");
    case SpfResultCode::Pass: return QCoreApplication::translate("SpfResult", "pass: the IP is authorized");
    case SpfResultCode::Fail: return QCoreApplication::translate("SpfResult", "fail: the IP is not authorized");
    case SpfResultCode::SoftFail: return QCoreApplication::translate("SpfResult", "softfail: the IP is probably not authorized");
    case SpfResultCode::TempError: return QCoreApplication::translate("SpfResult", "temperror: a DNS error stopped the check");
    case SpfResultCode::PermError: return QCoreApplication::translate("SpfResult", "permerror: the SPF record cannot be evaluated");
    }
    return QString();
}

QJsonObject SpfResult::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("result"), codeId(code));
    o.insert(QStringLiteral("explanation"), explanation);
    o.insert(QStringLiteral("problem"), problem);
    o.insert(QStringLiteral("identity"), identity);
    o.insert(QStringLiteral("ip"), ip);
    o.insert(QStringLiteral("sender"), sender);
    o.insert(QStringLiteral("helo"), helo);
    o.insert(QStringLiteral("domain"), domain);
    o.insert(QStringLiteral("record"), record);
    o.insert(QStringLiteral("matchedTerm"), matchedTerm);
    o.insert(QStringLiteral("lookups"), lookups);
    o.insert(QStringLiteral("voidLookups"), voidLookups);
    o.insert(QStringLiteral("dnsQueries"), dnsQueries);
    o.insert(QStringLiteral("elapsedMs"), qRound(elapsedMs * 10) / 10.0);
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    o.insert(QStringLiteral("suggestedRecord"), suggestedRecord);
    o.insert(QStringLiteral("trace"), trace ? trace->toJson() : QJsonObject());
    return o;
}

CheckResult SpfResult::toCheckResult() const
{
    CheckResult r;
    r.id = QStringLiteral("spf.evaluate");
    r.title = QCoreApplication::translate("SpfResult", "SPF for %1").arg(ip);
    switch (code) {
    case SpfResultCode::Pass: r.status = CheckStatus::Pass; break;
    case SpfResultCode::Fail:
    case SpfResultCode::SoftFail:
    case SpfResultCode::PermError: r.status = CheckStatus::Fail; break;
    case SpfResultCode::Neutral:
    case SpfResultCode::None: r.status = CheckStatus::Warn; break;
    case SpfResultCode::TempError: r.status = CheckStatus::CouldNotCheck; break;
    }
    if (!warnings.isEmpty() && r.status == CheckStatus::Pass)
        r.status = CheckStatus::Warn;
    r.summary = QCoreApplication::translate("SpfResult", "%1 for %2 from %3").arg(codeText(code), domain, ip);
    if (!problem.isEmpty())
        r.details << problem;
    if (!explanation.isEmpty())
        r.details << QCoreApplication::translate("SpfResult", "The domain's explanation: %1").arg(explanation);
    if (!matchedTerm.isEmpty())
        r.details << QCoreApplication::translate("SpfResult", "Decided by \"%1\"").arg(matchedTerm);
    r.details << QCoreApplication::translate("SpfResult", "DNS lookups counted: %n of the 10 allowed", nullptr, lookups);
    r.details += warnings;
    if (!record.isEmpty())
        r.evidence << record;
    r.evidence += traceText().split(QLatin1Char('\n'));
    r.suggestedRecord = suggestedRecord;
    if (!suggestedRecord.isEmpty())
        r.fix = QCoreApplication::translate("SpfResult", "Publish this record at %1 (replacing the current SPF record).").arg(domain);
    r.data = toJson();
    return r;
}

QString SpfResult::traceText() const
{
    if (!trace)
        return QString();
    QStringList lines;
    appendTree(*trace, 0, &lines);
    return lines.join(QLatin1Char('\n'));
}
