#include "DkimCheck.h"

#include "AuthKnowledge.h"
#include "DkimRecord.h"
#include "DomainName.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {
const QString kFile = QStringLiteral("auth-dkim-selectors.json");

QString keyName(const QString &selector, const QString &domain)
{
    return selector + QStringLiteral("._domainkey.") + domain;
}
}

DkimCheck::DkimCheck(Resolver *resolver, const QString &domain, const QStringList &selectors, QObject *parent)
    : AuthCheckJob(resolver, parent), m_domain(DomainName::normalize(domain))
{
    for (const QString &s : selectors)
        if (!s.trimmed().isEmpty() && !m_selectors.contains(s.trimmed()))
            m_selectors.append(s.trimmed());
    if (m_selectors.isEmpty()) {
        m_discovery = true;
        Result<QStringList> common = commonSelectors();
        if (common)
            m_selectors = common.value();
        else
            m_knowledgeError = common.error().message;
    }
}

Result<QStringList> DkimCheck::commonSelectors()
{
    Result<QJsonObject> json = AuthKnowledge::read(kFile);
    if (!json)
        return json.error();
    return parseSelectorList(QJsonDocument(json.value()).toJson(), kFile);
}

Result<QStringList> DkimCheck::parseSelectorList(const QByteArray &json, const QString &fileName)
{
    Result<QJsonObject> parsed = AuthKnowledge::parse(json, fileName);
    if (!parsed)
        return parsed.error();
    const QJsonValue list = parsed.value().value(QStringLiteral("selectors"));
    if (!list.isArray() || list.toArray().isEmpty())
        return AuthKnowledge::entryError(fileName, QStringLiteral("selectors"),
                                         QCoreApplication::translate("DkimCheck", "must be a non-empty array of selector names."));
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?(\\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*$"));
    QStringList out;
    const QJsonArray arr = list.toArray();
    for (int i = 0; i < arr.size(); ++i) {
        const QString s = arr.at(i).toString();
        const QString entry = QStringLiteral("selectors[%1]").arg(i);
        if (!arr.at(i).isString() || !label.match(s).hasMatch())
            return AuthKnowledge::entryError(fileName, entry, QCoreApplication::translate("DkimCheck", "\"%1\" is not a valid selector.").arg(s));
        if (out.contains(s, Qt::CaseInsensitive))
            return AuthKnowledge::entryError(fileName, entry, QCoreApplication::translate("DkimCheck", "\"%1\" is listed twice.").arg(s));
        out.append(s);
    }
    return out;
}

void DkimCheck::begin()
{
    if (m_domain.isEmpty())
        return;
    for (const QString &sel : std::as_const(m_selectors))
        ask(keyName(sel, m_domain), DnsType::TXT, [this, sel](const DnsAnswer &a) { m_answers.insert(sel, a); });
}

CheckResult DkimCheck::judge(const QString &domain, const QString &selector, const QStringList &txtRecords)
{
    CheckResult r;
    r.id = QStringLiteral("dkim.") + selector;
    r.title = QCoreApplication::translate("DkimCheck", "DKIM key %1").arg(selector);
    const QString name = keyName(selector, domain);
    QStringList keys;
    for (const QString &t : txtRecords) {
        r.evidence.append(name + QStringLiteral(" TXT \"") + t + QLatin1Char('"'));
        if (DkimRecord::looksLikeDkim(t))
            keys.append(t);
    }
    r.data.insert(QStringLiteral("selector"), selector);
    r.data.insert(QStringLiteral("name"), name);
    if (keys.isEmpty()) {
        r.status = CheckStatus::Fail;
        r.summary = QCoreApplication::translate("DkimCheck", "%1 has TXT records, but none is a DKIM key.").arg(name);
        r.fix = QCoreApplication::translate("DkimCheck", "Publish the DKIM public key your mail provider gives you as a TXT record at %1.").arg(name);
        return r;
    }
    if (keys.size() > 1) {
        r.details.append(QCoreApplication::translate("DkimCheck", "%n DKIM key records are published at this name; verifiers may pick any of them, so keep one.", nullptr, int(keys.size())));
    }
    const DkimRecord rec = DkimRecord::parse(keys.first());
    r.data.insert(QStringLiteral("record"), rec.toJson());
    r.details += rec.errors;
    r.details += rec.warnings;
    if (rec.revoked) {
        r.status = CheckStatus::Fail;
        r.summary = QCoreApplication::translate("DkimCheck", "The DKIM key at %1 is revoked (empty p=): signatures with selector %2 fail.").arg(name, selector);
        r.fix = QCoreApplication::translate("DkimCheck", "Sign with a current selector, or publish the active public key at %1.").arg(name);
        return r;
    }
    if (!rec.isValid()) {
        r.status = CheckStatus::Fail;
        r.summary = QCoreApplication::translate("DkimCheck", "The DKIM key record at %1 is broken: %2").arg(name, rec.errors.first());
        r.fix = QCoreApplication::translate("DkimCheck", "Copy the key record again from your mail provider or DKIM signer; "
                                                         "a record split into several strings must be published as one TXT record.");
        return r;
    }
    const QString keyDesc = rec.keyType == DkimRecord::KeyType::Ed25519
        ? QStringLiteral("ed25519")
        : QCoreApplication::translate("DkimCheck", "RSA %1-bit").arg(rec.keyBits);
    if (rec.testing()) {
        r.status = CheckStatus::Warn;
        r.summary = QCoreApplication::translate("DkimCheck", "%1 key at %2 is in testing mode (t=y): receivers may ignore DKIM results.").arg(keyDesc, name);
        r.fix = QCoreApplication::translate("DkimCheck", "Remove t=y from the record once signing works.");
    } else if (keys.size() > 1 || !rec.warnings.isEmpty()) {
        r.status = CheckStatus::Warn;
        r.summary = QCoreApplication::translate("DkimCheck", "%1 key published at %2, with warnings.").arg(keyDesc, name);
        if (rec.keyType == DkimRecord::KeyType::Rsa && rec.keyBits < 2048)
            r.fix = QCoreApplication::translate("DkimCheck", "Generate a 2048-bit key under a new selector, publish it, then switch signing to it.");
    } else {
        r.status = CheckStatus::Pass;
        r.summary = QCoreApplication::translate("DkimCheck", "%1 key published at %2.").arg(keyDesc, name);
    }
    if (rec.strictSubdomains())
        r.details.append(QCoreApplication::translate("DkimCheck", "t=s: signatures must use exactly d=%1 (no subdomains in i=).").arg(domain));
    return r;
}

CheckResults DkimCheck::conclude()
{
    CheckResults out;
    const QString title = tr("DKIM keys of %1").arg(m_domain);
    if (m_domain.isEmpty() || m_selectors.isEmpty()) {
        CheckResult r;
        r.id = QStringLiteral("dkim.discovery");
        r.title = title;
        r.status = CheckStatus::CouldNotCheck;
        r.summary = m_domain.isEmpty() ? tr("No valid domain name was given.") : m_knowledgeError;
        return {r};
    }
    int failures = 0;
    DnsAnswer firstFailure;
    QStringList tried;
    for (const QString &sel : std::as_const(m_selectors)) {
        const DnsAnswer a = m_answers.value(sel);
        tried.append(sel);
        if (a.ok()) {
            if (m_discovery && !std::any_of(a.records.begin(), a.records.end(), DkimRecord::looksLikeDkim))
                continue; // a wildcard or unrelated TXT, not a key someone published on purpose
            out.append(judge(m_domain, sel, a.records));
        } else if (!a.isDefinitive()) {
            if (!m_discovery)
                out.append(couldNotCheck(QStringLiteral("dkim.") + sel, tr("DKIM key %1").arg(sel), a));
            if (failures++ == 0)
                firstFailure = a;
        } else if (!m_discovery) {
            CheckResult r;
            r.id = QStringLiteral("dkim.") + sel;
            r.title = tr("DKIM key %1").arg(sel);
            r.status = CheckStatus::Fail;
            r.summary = tr("No DKIM key is published at %1.").arg(keyName(sel, m_domain));
            r.evidence.append(describe(a));
            r.details.append(tr("Signatures made with selector %1 cannot be verified, so DKIM fails for them.").arg(sel));
            r.fix = tr("Publish the public key your mail provider or signer gives you as a TXT record at %1, or sign with a selector that is published.")
                        .arg(keyName(sel, m_domain));
            r.data.insert(QStringLiteral("selector"), sel);
            out.append(r);
        }
    }
    if (m_discovery && out.isEmpty()) {
        CheckResult r;
        r.id = QStringLiteral("dkim.discovery");
        r.title = title;
        r.data.insert(QStringLiteral("selectorsTried"), QJsonArray::fromStringList(tried));
        if (failures == m_selectors.size()) {
            return {couldNotCheck(r.id, title, firstFailure)};
        }
        r.status = CheckStatus::Warn;
        r.summary = tr("No DKIM key found under %n common selector(s).", nullptr, int(m_selectors.size()));
        r.details.append(tr("DKIM may still be set up under another selector: the s= tag of a DKIM-Signature header names it (use --selector)."));
        if (failures > 0)
            r.details.append(tr("%n selector lookup(s) failed and could not be checked.", nullptr, failures));
        r.fix = tr("If you do not sign mail with DKIM yet, turn it on at your mail provider and publish the key it gives you.");
        out.append(r);
    }
    return out;
}
