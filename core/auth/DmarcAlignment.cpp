#include "DmarcAlignment.h"

#include "DomainName.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {
QString modeText(DmarcAlignmentMode mode)
{
    return mode == DmarcAlignmentMode::Strict ? QCoreApplication::translate("DmarcAlignment", "strict")
                                              : QCoreApplication::translate("DmarcAlignment", "relaxed");
}
}

bool DmarcAlignment::aligned(const QString &fromDomain, const QString &authDomain, DmarcAlignmentMode mode)
{
    const QString from = DomainName::normalize(fromDomain);
    const QString auth = DomainName::normalize(authDomain);
    if (from.isEmpty() || auth.isEmpty())
        return false;
    if (mode == DmarcAlignmentMode::Strict)
        return from == auth;
    return DomainName::organizationalDomain(from) == DomainName::organizationalDomain(auth);
}

DmarcAlignment::Outcome DmarcAlignment::evaluate(const Input &in)
{
    Outcome out;
    const QString from = DomainName::normalize(in.fromDomain);
    const QString fromOrg = DomainName::organizationalDomain(from);

    auto explain = [&](const QString &what, const Authenticated &a, DmarcAlignmentMode mode, bool &alignedFlag) {
        const QString domain = DomainName::normalize(a.domain);
        const QString result = a.result.toLower();
        if (domain.isEmpty()) {
            out.reasons.append(QCoreApplication::translate("DmarcAlignment", "%1: no authenticated domain known.").arg(what));
            return;
        }
        const bool isAligned = aligned(from, domain, mode);
        const QString how = mode == DmarcAlignmentMode::Strict
            ? (isAligned ? QCoreApplication::translate("DmarcAlignment", "%1 equals %2").arg(domain, from)
                         : QCoreApplication::translate("DmarcAlignment", "%1 is not exactly %2").arg(domain, from))
            : (isAligned ? QCoreApplication::translate("DmarcAlignment", "%1 and %2 share the organizational domain %3").arg(domain, from, fromOrg)
                         : QCoreApplication::translate("DmarcAlignment", "%1 (organizational domain %2) is not under %3").arg(domain, DomainName::organizationalDomain(domain), fromOrg));
        if (result != QLatin1String("pass")) {
            out.reasons.append(QCoreApplication::translate("DmarcAlignment", "%1 for %2 did not pass (%3), so it cannot count; alignment (%4): %5.")
                                   .arg(what, domain, result.isEmpty() ? QStringLiteral("unknown") : result, modeText(mode), how));
            return;
        }
        if (isAligned)
            alignedFlag = true;
        out.reasons.append(isAligned
            ? QCoreApplication::translate("DmarcAlignment", "%1 passed for %2 and is aligned (%3): %4.").arg(what, domain, modeText(mode), how)
            : QCoreApplication::translate("DmarcAlignment", "%1 passed for %2 but is not aligned (%3): %4.").arg(what, domain, modeText(mode), how));
    };

    explain(QStringLiteral("SPF"), in.spf, in.aspf, out.spfAligned);
    if (in.dkim.isEmpty())
        out.reasons.append(QCoreApplication::translate("DmarcAlignment", "DKIM: no signature known."));
    for (const Authenticated &d : in.dkim) {
        bool one = false;
        explain(QStringLiteral("DKIM"), d, in.adkim, one);
        out.dkimAligned = out.dkimAligned || one;
    }
    out.pass = !from.isEmpty() && (out.spfAligned || out.dkimAligned);
    return out;
}

CheckResult DmarcAlignment::check(const Input &in)
{
    const Outcome o = evaluate(in);
    const QString from = DomainName::normalize(in.fromDomain);
    CheckResult r;
    r.id = QStringLiteral("dmarc.alignment");
    r.title = QCoreApplication::translate("DmarcAlignment", "DMARC alignment for From: %1").arg(from);
    r.details = o.reasons;
    r.data.insert(QStringLiteral("pass"), o.pass);
    r.data.insert(QStringLiteral("spfAligned"), o.spfAligned);
    r.data.insert(QStringLiteral("dkimAligned"), o.dkimAligned);
    r.data.insert(QStringLiteral("aspf"), DmarcRecord::modeName(in.aspf));
    r.data.insert(QStringLiteral("adkim"), DmarcRecord::modeName(in.adkim));
    if (from.isEmpty()) {
        r.status = CheckStatus::CouldNotCheck;
        r.summary = QCoreApplication::translate("DmarcAlignment", "The From domain is not known, so alignment cannot be judged.");
        return r;
    }
    if (o.pass) {
        r.status = CheckStatus::Pass;
        r.summary = o.spfAligned && o.dkimAligned
            ? QCoreApplication::translate("DmarcAlignment", "DMARC passes: both SPF and DKIM are aligned with %1.").arg(from)
            : o.spfAligned && in.dkim.isEmpty()
            ? QCoreApplication::translate("DmarcAlignment", "DMARC passes through aligned SPF (no DKIM result known); an aligned DKIM signature would keep it passing when mail is forwarded.")
            : o.spfAligned ? QCoreApplication::translate("DmarcAlignment", "DMARC passes through aligned SPF only (DKIM is not aligned; mail forwarding will break SPF).")
                           : QCoreApplication::translate("DmarcAlignment", "DMARC passes through aligned DKIM.");
        return r;
    }
    r.status = CheckStatus::Fail;
    r.summary = QCoreApplication::translate("DmarcAlignment", "DMARC fails: neither SPF nor DKIM passed for a domain aligned with %1.").arg(from);
    r.fix = QCoreApplication::translate("DmarcAlignment",
        "Sign outgoing mail with DKIM using d=%1 (or a subdomain, with relaxed alignment), and send with a MAIL FROM "
        "(Return-Path) under %1 whose SPF record authorises the sending servers.").arg(DomainName::organizationalDomain(from));
    return r;
}
