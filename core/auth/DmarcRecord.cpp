#include "DmarcRecord.h"

#include "DomainName.h"
#include "TagList.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace {

bool parsePolicy(const QString &v, DmarcPolicy &out)
{
    const QString l = v.toLower();
    if (l == QLatin1String("none"))
        out = DmarcPolicy::None;
    else if (l == QLatin1String("quarantine"))
        out = DmarcPolicy::Quarantine;
    else if (l == QLatin1String("reject"))
        out = DmarcPolicy::Reject;
    else
        return false;
    return true;
}
}

QString DmarcRecord::policyName(DmarcPolicy policy)
{
    switch (policy) {
    case DmarcPolicy::None: return QStringLiteral("none");
    case DmarcPolicy::Quarantine: return QStringLiteral("quarantine");
    case DmarcPolicy::Reject: return QStringLiteral("reject");
    }
    return {};
}

QString DmarcRecord::modeName(DmarcAlignmentMode mode)
{
    return mode == DmarcAlignmentMode::Strict ? QStringLiteral("s") : QStringLiteral("r");
}

bool DmarcRecord::isDmarcRecord(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^v\\s*=\\s*DMARC1\\s*(;|$)"), QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

DmarcRecord DmarcRecord::parse(const QString &text)
{
    DmarcRecord rec;
    rec.raw = text;
    const TagList tags = TagList::parse(text);
    rec.errors += tags.errors();
    for (const QString &dup : tags.duplicates(Qt::CaseInsensitive))
        rec.errors.append(QCoreApplication::translate("DmarcRecord", "The tag %1= appears more than once.").arg(dup));
    if (tags.tags().isEmpty() || tags.tags().first().name.toLower() != QLatin1String("v")
        || tags.tags().first().value.compare(QLatin1String("DMARC1"), Qt::CaseInsensitive) != 0) {
        rec.errors.append(QCoreApplication::translate("DmarcRecord", "A DMARC record must start with v=DMARC1."));
    } else if (tags.tags().first().value != QLatin1String("DMARC1")) {
        rec.warnings.append(QCoreApplication::translate("DmarcRecord", "Write the version exactly as v=DMARC1; some receivers compare it case-sensitively."));
    }

    bool spSet = false, npSet = false;
    for (int i = 0; i < tags.tags().size(); ++i) {
        const TagList::Tag &tag = tags.tags().at(i);
        const QString name = tag.name.toLower();
        const QString &v = tag.value;
        if (!rec.explicitTags.contains(name))
            rec.explicitTags.append(name);
        auto bad = [&rec, &tag] {
            rec.errors.append(QCoreApplication::translate("DmarcRecord", "Invalid value for %1=: \"%2\".").arg(tag.name, tag.value));
        };
        if (name == QLatin1String("v")) {
            continue;
        } else if (name == QLatin1String("p")) {
            if (!parsePolicy(v, rec.policy))
                bad();
            if (i != 1)
                rec.warnings.append(QCoreApplication::translate("DmarcRecord", "p= should come right after v=DMARC1; some receivers expect it there."));
        } else if (name == QLatin1String("sp")) {
            spSet = parsePolicy(v, rec.subdomainPolicy);
            if (!spSet)
                bad();
        } else if (name == QLatin1String("np")) {
            npSet = parsePolicy(v, rec.nonexistentPolicy);
            if (!npSet)
                bad();
        } else if (name == QLatin1String("pct")) {
            bool ok = false;
            const int n = v.toInt(&ok);
            if (!ok || n < 0 || n > 100)
                bad();
            else
                rec.pct = n;
            rec.warnings.append(QCoreApplication::translate("DmarcRecord", "pct= was removed in RFC 9989; receivers following it apply the policy to all mail."));
        } else if (name == QLatin1String("adkim") || name == QLatin1String("aspf")) {
            DmarcAlignmentMode &mode = name == QLatin1String("adkim") ? rec.adkim : rec.aspf;
            if (v.toLower() == QLatin1String("s"))
                mode = DmarcAlignmentMode::Strict;
            else if (v.toLower() == QLatin1String("r"))
                mode = DmarcAlignmentMode::Relaxed;
            else
                bad();
        } else if (name == QLatin1String("fo")) {
            rec.fo.clear();
            for (const QString &f : v.split(QLatin1Char(':'))) {
                const QString o = f.trimmed().toLower();
                if (o != QLatin1String("0") && o != QLatin1String("1") && o != QLatin1String("d") && o != QLatin1String("s")) {
                    bad();
                    break;
                }
                rec.fo.append(o);
            }
        } else if (name == QLatin1String("rf")) {
            rec.rf = v.split(QLatin1Char(':'));
            if (v.trimmed().toLower() != QLatin1String("afrf"))
                bad();
            rec.warnings.append(QCoreApplication::translate("DmarcRecord", "rf= was removed in RFC 9989 and is ignored."));
        } else if (name == QLatin1String("ri")) {
            bool ok = false;
            const quint32 n = v.toUInt(&ok);
            if (!ok)
                bad();
            else
                rec.ri = n;
        } else if (name == QLatin1String("rua") || name == QLatin1String("ruf")) {
            QList<ReportUri> &list = name == QLatin1String("rua") ? rec.rua : rec.ruf;
            for (const QString &part : v.split(QLatin1Char(','))) {
                ReportUri u;
                QString s = part.trimmed();
                static const QRegularExpression sizeRe(QStringLiteral("!([0-9]+[kmgt]?)$"), QRegularExpression::CaseInsensitiveOption);
                const auto m = sizeRe.match(s);
                if (m.hasMatch()) {
                    u.sizeLimit = m.captured(1);
                    s.chop(m.capturedLength());
                }
                u.uri = s;
                const QUrl url(s, QUrl::StrictMode);
                u.scheme = url.scheme().toLower();
                if (s.isEmpty() || !url.isValid() || u.scheme.isEmpty()) {
                    rec.errors.append(QCoreApplication::translate("DmarcRecord", "%1= holds \"%2\", which is not a URI (write mailto:address).").arg(tag.name, part.trimmed()));
                    continue;
                }
                if (u.scheme == QLatin1String("mailto")) {
                    u.address = url.path();
                    u.domain = DomainName::domainOfAddress(u.address);
                    if (!u.address.contains(QLatin1Char('@')) || u.domain.isEmpty()) {
                        rec.errors.append(QCoreApplication::translate("DmarcRecord", "%1= holds \"%2\", which is not a valid mail address.").arg(tag.name, s));
                        continue;
                    }
                } else {
                    u.domain = DomainName::normalize(url.host());
                    rec.warnings.append(QCoreApplication::translate("DmarcRecord", "%1= uses %2:, which few receivers support; use mailto:.").arg(tag.name, u.scheme));
                }
                if (!u.sizeLimit.isEmpty())
                    rec.warnings.append(QCoreApplication::translate("DmarcRecord", "The size limit !%1 is obsolete (RFC 9989).").arg(u.sizeLimit));
                list.append(u);
            }
        } else if (name == QLatin1String("psd")) {
            rec.psd = v.toLower();
            if (rec.psd != QLatin1String("y") && rec.psd != QLatin1String("n") && rec.psd != QLatin1String("u"))
                bad();
        } else if (name == QLatin1String("t")) {
            rec.t = v.toLower();
            if (rec.t != QLatin1String("y") && rec.t != QLatin1String("n"))
                bad();
        } else {
            rec.warnings.append(QCoreApplication::translate("DmarcRecord", "Unknown tag %1= is ignored.").arg(tag.name));
        }
    }
    if (!rec.isExplicit(QStringLiteral("p")))
        rec.warnings.append(QCoreApplication::translate("DmarcRecord", "The record has no p= tag: receivers treat that as p=none (RFC 9989), older ones ignore the whole record without a valid rua= (RFC 7489)."));
    if (!spSet)
        rec.subdomainPolicy = rec.policy;
    if (!npSet)
        rec.nonexistentPolicy = rec.subdomainPolicy;
    if (rec.fo.contains(QStringLiteral("0")) && rec.fo.contains(QStringLiteral("1")))
        rec.warnings.append(QCoreApplication::translate("DmarcRecord", "fo= holds both 0 and 1; 1 already includes what 0 asks for."));
    if (rec.rua.size() + rec.ruf.size() > 2)
        rec.warnings.append(QCoreApplication::translate("DmarcRecord", "More than two report addresses: some receivers send reports to the first two only."));
    return rec;
}

QJsonObject DmarcRecord::toJson() const
{
    auto uris = [](const QList<ReportUri> &list) {
        QJsonArray a;
        for (const ReportUri &u : list)
            a.append(u.uri + (u.sizeLimit.isEmpty() ? QString() : QLatin1Char('!') + u.sizeLimit));
        return a;
    };
    QJsonObject tags;
    auto put = [&](const QString &name, const QJsonValue &value) {
        tags.insert(name, QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("explicit"), isExplicit(name)}});
    };
    put(QStringLiteral("v"), QStringLiteral("DMARC1"));
    put(QStringLiteral("p"), policyName(policy));
    put(QStringLiteral("sp"), policyName(subdomainPolicy));
    put(QStringLiteral("np"), policyName(nonexistentPolicy));
    put(QStringLiteral("pct"), pct);
    put(QStringLiteral("adkim"), modeName(adkim));
    put(QStringLiteral("aspf"), modeName(aspf));
    put(QStringLiteral("fo"), fo.join(QLatin1Char(':')));
    put(QStringLiteral("ri"), double(ri));
    put(QStringLiteral("rua"), uris(rua));
    put(QStringLiteral("ruf"), uris(ruf));
    if (!psd.isEmpty())
        put(QStringLiteral("psd"), psd);
    if (!t.isEmpty())
        put(QStringLiteral("t"), t);
    QJsonObject o{{QStringLiteral("record"), raw}, {QStringLiteral("valid"), isValid()}, {QStringLiteral("tags"), tags}};
    if (!errors.isEmpty())
        o.insert(QStringLiteral("errors"), QJsonArray::fromStringList(errors));
    if (!warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return o;
}
