#include "SpfLint.h"

#include "SpfEvaluator.h"
#include "SpfMacro.h"
#include "SpfRecord.h"
#include "dns/Resolver.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Q_INIT_RESOURCE must be called outside any namespace.
static void initSpfKnowledge()
{
    Q_INIT_RESOURCE(bd_knowledge);
}

namespace {
QString stripDot(QString s)
{
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

QString ipTerm(const QString &ipText)
{
    QHostAddress a(ipText);
    if (a.protocol() == QAbstractSocket::IPv6Protocol) {
        bool ok = false;
        const quint32 v4 = a.toIPv4Address(&ok);
        if (ok)
            a = QHostAddress(v4);
    }
    if (a.isNull())
        return QString();
    return (a.protocol() == QAbstractSocket::IPv4Protocol ? QStringLiteral("ip4:") : QStringLiteral("ip6:")) + a.toString();
}

bool isAllTerm(const SpfTerm &t)
{
    return t.isMechanism() && t.mechanism == SpfMechanism::All;
}
}

QJsonObject SpfLintReport::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("domain"), domain);
    o.insert(QStringLiteral("record"), record);
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    o.insert(QStringLiteral("lookups"), lookups);
    o.insert(QStringLiteral("voidLookups"), voidLookups);
    o.insert(QStringLiteral("spfRrType"), hasSpfRrType);
    o.insert(QStringLiteral("flattened"), QJsonArray::fromStringList(addresses));
    o.insert(QStringLiteral("flattenBlocker"), flattenBlocker);
    o.insert(QStringLiteral("providerInclude"), providerInclude);
    o.insert(QStringLiteral("providerName"), providerName);
    o.insert(QStringLiteral("suggestedRecord"), suggestedRecord);
    return o;
}

SpfLint::SpfLint(Resolver *resolver, QObject *parent) : QObject(parent), m_resolver(resolver)
{
    m_providers = providers();
}

SpfLint::~SpfLint()
{
    abort();
}

QList<SpfLint::Provider> SpfLint::parseProviders(const QByteArray &json, const QString &fileName, QString *error)
{
    QList<Provider> out;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull() || !doc.isObject() || !doc.object().value(QStringLiteral("providers")).isArray()) {
        if (error)
            *error = tr("%1: not a JSON object with a \"providers\" array (%2)").arg(fileName, pe.errorString());
        return {};
    }
    const QJsonArray arr = doc.object().value(QStringLiteral("providers")).toArray();
    for (int i = 0; i < arr.size(); ++i) {
        const QJsonObject o = arr.at(i).toObject();
        Provider p;
        p.name = o.value(QStringLiteral("name")).toString();
        p.include = o.value(QStringLiteral("include")).toString();
        for (const QJsonValue &v : o.value(QStringLiteral("ptrSuffixes")).toArray())
            p.ptrSuffixes << v.toString().toLower();
        if (p.name.isEmpty() || !SpfEvaluator::isValidDomain(p.include) || p.ptrSuffixes.isEmpty()
            || p.ptrSuffixes.contains(QString())) {
            if (error)
                *error = tr("%1: provider entry %2 (\"%3\") needs a name, a valid include domain and ptrSuffixes")
                             .arg(fileName)
                             .arg(i)
                             .arg(p.name);
            return {};
        }
        out.append(p);
    }
    return out;
}

QList<SpfLint::Provider> SpfLint::providers(QString *error)
{
    initSpfKnowledge();
    const QString name = QStringLiteral(":/knowledge/spf-providers.json");
    QFile f(name);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot be read").arg(name);
        return {};
    }
    return parseProviders(f.readAll(), name, error);
}

QStringList SpfLint::recordWarnings(const QString &domain, const QString &record, const QStringList &strings)
{
    QStringList w;
    for (const QString &s : strings)
        if (s.toUtf8().size() > 255)
            w << tr("%1: a TXT string of the SPF record is longer than 255 characters").arg(domain);
    const int bytes = int(record.toUtf8().size());
    if (bytes > 512)
        w << tr("%1: the SPF record is %2 bytes; over 512 bytes it may not fit a DNS answer over UDP")
                 .arg(domain)
                 .arg(bytes);
    const SpfRecord r = SpfRecord::parse(record);
    QStringList includes;
    for (const SpfTerm &t : r.terms()) {
        if (!t.isMechanism())
            continue;
        if (t.mechanism == SpfMechanism::Ptr)
            w << tr("%1: the ptr mechanism should not be used (RFC 7208 §5.5): it is slow and unreliable").arg(domain);
        if (t.mechanism == SpfMechanism::Include) {
            const QString target = stripDot(t.domainSpec).toLower();
            if (includes.contains(target))
                w << tr("%1: include:%2 appears more than once").arg(domain, target);
            includes << target;
        }
        if (t.mechanism == SpfMechanism::All && t.qualifier == SpfQualifier::Pass)
            w << tr("%1: \"%2\" authorizes every host on the internet to send as this domain").arg(domain, t.text);
        if (t.mechanism == SpfMechanism::All && t.qualifier == SpfQualifier::Neutral)
            w << tr("%1: \"?all\" makes no statement about other hosts; use ~all or -all").arg(domain);
    }
    return w;
}

QString SpfLint::suggestRecord(const SpfResult &result)
{
    return suggestRecord(result, SpfLintReport());
}

QString SpfLint::suggestRecord(const SpfResult &result, const SpfLintReport &report)
{
    const QString ip = ipTerm(result.ip);
    const bool notAuthorized = result.code == SpfResultCode::Fail || result.code == SpfResultCode::SoftFail
        || result.code == SpfResultCode::Neutral || result.code == SpfResultCode::None;
    const QString add = !report.providerInclude.isEmpty() ? QStringLiteral("include:") + report.providerInclude : ip;
    const QString record = !result.record.isEmpty() ? result.record : report.record;
    if (record.isEmpty()) {
        if (result.code == SpfResultCode::None && !add.isEmpty() && SpfEvaluator::isValidDomain(result.domain))
            return QStringLiteral("v=spf1 ") + add + QStringLiteral(" ~all");
        return QString();
    }
    const SpfRecord r = SpfRecord::parse(record);
    if (!r.isValid())
        return QString();

    // Over the lookup limit: the flattened record authorizes the same hosts without lookups.
    const bool overLimit = report.lookups > 10 || result.lookups > 10
        || (result.code == SpfResultCode::PermError && result.problem.contains(QLatin1String("DNS-querying")));
    QStringList terms;
    bool changed = false;
    if (overLimit && report.flattenBlocker.isEmpty() && !report.addresses.isEmpty()) {
        terms = report.addresses;
        if (notAuthorized && !add.isEmpty() && !terms.contains(add))
            terms << add;
        QString all = QStringLiteral("~all");
        for (const SpfTerm &t : r.terms())
            if (isAllTerm(t) && (t.qualifier == SpfQualifier::Fail || t.qualifier == SpfQualifier::SoftFail))
                all = t.text;
        terms << all;
        return QStringLiteral("v=spf1 ") + terms.join(QLatin1Char(' '));
    }

    int insertAt = -1;
    QStringList modifiers;
    for (const SpfTerm &t : r.terms()) {
        if (!t.isMechanism()) {
            modifiers << t.text;
            continue;
        }
        if (t.mechanism == SpfMechanism::Ptr) {
            changed = true;
            continue;
        }
        if (isAllTerm(t)) {
            if (insertAt < 0)
                insertAt = int(terms.size());
            if (t.qualifier == SpfQualifier::Pass || t.qualifier == SpfQualifier::Neutral) {
                terms << QStringLiteral("~all");
                changed = true;
                continue;
            }
        }
        terms << t.text;
    }
    if (notAuthorized && !add.isEmpty() && result.code != SpfResultCode::None
        && !terms.contains(add)) {
        terms.insert(insertAt < 0 ? terms.size() : insertAt, add);
        changed = true;
    }
    if (!changed)
        return QString();
    return (QStringList{QStringLiteral("v=spf1")} + terms + modifiers).join(QLatin1Char(' '));
}

void SpfLint::warn(const QString &text)
{
    if (!m_report.warnings.contains(text))
        m_report.warnings << text;
}

void SpfLint::abort()
{
    ++m_generation;
    if (m_resolver)
        m_resolver->cancel(this);
    m_running = false;
    m_pending = 0;
}

void SpfLint::run(const QString &domain, const QString &ip)
{
    abort();
    m_report = SpfLintReport();
    m_report.domain = stripDot(domain);
    m_ip = ip;
    m_visited.clear();
    m_addressSet.clear();
    m_running = true;
    if (!m_resolver) {
        m_report.warnings << tr("No DNS resolver");
        const quint64 gen = m_generation;
        QMetaObject::invokeMethod(this, [this, gen] { if (gen == m_generation) done(); }, Qt::QueuedConnection);
        return;
    }
    visit(m_report.domain, 0, true);
}

void SpfLint::ask(const QString &name, int type, std::function<void(const DnsAnswer &)> cb)
{
    ++m_pending;
    const quint64 gen = m_generation;
    m_resolver->lookup(DnsQuestion{name, DnsType(type)}, this, [this, gen, cb](const DnsAnswer &a) {
        if (gen != m_generation || !m_running)
            return;
        cb(a);
        if (gen != m_generation)
            return;
        if (--m_pending == 0)
            done();
    });
}

void SpfLint::visit(const QString &domain, int depth, bool top)
{
    const QString key = domain.toLower();
    if (m_visited.contains(key)) {
        warn(tr("%1 is included more than once in the SPF tree, or in a loop").arg(domain));
        return;
    }
    m_visited.insert(key);
    if (depth > 10) {
        warn(tr("The include chain is deeper than 10 levels at %1").arg(domain));
        return;
    }
    if (top) {
        ask(domain, int(DnsType::SPF), [this, domain](const DnsAnswer &a) {
            if (a.ok() && !a.records.isEmpty()) {
                m_report.hasSpfRrType = true;
                warn(tr("%1: a deprecated SPF (type 99) record is published; RFC 7208 uses only TXT").arg(domain));
            }
        });
    }
    ask(domain, int(DnsType::TXT), [this, domain, depth, top](const DnsAnswer &a) {
        if (!a.isDefinitive()) {
            warn(tr("%1: the SPF record could not be read (%2)").arg(domain, dnsStatusText(a.status)));
            m_report.flattenBlocker = tr("a DNS error");
            return;
        }
        QStringList spf;
        QList<QStringList> strings;
        for (int i = 0; i < a.records.size(); ++i)
            if (SpfRecord::isSpfRecord(a.records.at(i))) {
                spf << a.records.at(i);
                strings << a.txtStrings.value(i);
            }
        if (spf.isEmpty()) {
            if (top) {
                warn(tr("%1 has no SPF record").arg(domain));
            } else {
                ++m_report.voidLookups;
                warn(tr("%1 is included but has no SPF record (permerror)").arg(domain));
            }
            m_report.flattenBlocker = tr("a missing record");
            return;
        }
        if (spf.size() > 1) {
            warn(tr("%1 has %2 SPF records; there must be exactly one (permerror)").arg(domain).arg(spf.size()));
            m_report.flattenBlocker = tr("multiple records");
            return;
        }
        if (top)
            m_report.record = spf.first();
        for (const QString &w : recordWarnings(domain, spf.first(), strings.first()))
            warn(w);
        const SpfRecord r = SpfRecord::parse(spf.first());
        if (!r.isValid()) {
            warn(tr("%1: syntax error at position %2 (\"%3\"): %4")
                     .arg(domain)
                     .arg(r.error().position + 1)
                     .arg(r.error().term, r.error().message));
            m_report.flattenBlocker = tr("a syntax error");
            return;
        }
        bool hasAll = false;
        for (const SpfTerm &t : r.terms())
            hasAll = hasAll || isAllTerm(t);
        for (const SpfTerm &t : r.terms()) {
            if (t.countsLookup() && !(t.name == QLatin1String("redirect") && hasAll))
                ++m_report.lookups;
            if (!t.isMechanism()) {
                if (t.name == QLatin1String("redirect") && !hasAll) {
                    if (t.value.contains(QLatin1Char('%')))
                        m_report.flattenBlocker = tr("macros");
                    else
                        visit(stripDot(t.value), depth + 1, false);
                }
                continue;
            }
            const QString spec = stripDot(t.domainSpec);
            if (spec.contains(QLatin1Char('%'))) {
                m_report.flattenBlocker = tr("macros");
                continue;
            }
            const bool plus = t.qualifier == SpfQualifier::Pass;
            switch (t.mechanism) {
            case SpfMechanism::Ip4:
            case SpfMechanism::Ip6: {
                if (!plus) {
                    m_report.flattenBlocker = tr("a non-pass ip4/ip6 term");
                    break;
                }
                QString term = t.text.startsWith(QLatin1Char('+')) ? t.text.mid(1) : t.text;
                if (!m_addressSet.contains(term.toLower())) {
                    m_addressSet.insert(term.toLower());
                    m_report.addresses << term;
                }
                break;
            }
            case SpfMechanism::Include:
                if (!plus)
                    m_report.flattenBlocker = tr("a non-pass include");
                visit(spec, depth + 1, false);
                break;
            case SpfMechanism::Ptr:
                m_report.flattenBlocker = tr("the ptr mechanism");
                break;
            case SpfMechanism::Exists:
                m_report.flattenBlocker = tr("the exists mechanism");
                ask(spec, int(DnsType::A), [this, spec, domain](const DnsAnswer &x) {
                    if (x.status == DnsStatus::NxDomain || x.status == DnsStatus::NoData) {
                        ++m_report.voidLookups;
                    }
                });
                break;
            case SpfMechanism::A:
            case SpfMechanism::Mx: {
                if (!plus)
                    m_report.flattenBlocker = tr("a non-pass a/mx term");
                const QString target = spec.isEmpty() ? domain : spec;
                const int c4 = t.cidr4, c6 = t.cidr6;
                auto addAddresses = [this, c4, c6](const DnsAnswer &x) {
                    for (const QString &addr : x.records) {
                        const QHostAddress h(addr);
                        if (h.isNull())
                            continue;
                        const bool v4 = h.protocol() == QAbstractSocket::IPv4Protocol;
                        const int len = v4 ? c4 : c6;
                        const QString net = v4 ? QHostAddress(h.toIPv4Address() & (len ? ~quint32(0) << (32 - len) : 0)).toString()
                                               : h.toString();
                        QString term = (v4 ? QStringLiteral("ip4:") : QStringLiteral("ip6:")) + net;
                        if ((v4 && len != 32) || (!v4 && len != 128))
                            term += QLatin1Char('/') + QString::number(len);
                        if (!m_addressSet.contains(term)) {
                            m_addressSet.insert(term);
                            m_report.addresses << term;
                        }
                    }
                };
                if (t.mechanism == SpfMechanism::A) {
                    auto missing = std::make_shared<int>(0);
                    for (DnsType ty : {DnsType::A, DnsType::AAAA}) {
                        ask(target, int(ty), [this, addAddresses, missing, target, domain, t](const DnsAnswer &x) {
                            if (x.ok() && !x.records.isEmpty())
                                addAddresses(x);
                            else if (x.isDefinitive() && ++*missing == 2) {
                                ++m_report.voidLookups;
                                warn(tr("%1: \"%2\" names %3, which has no A/AAAA records").arg(domain, t.text, target));
                            } else if (!x.isDefinitive()) {
                                m_report.flattenBlocker = tr("a DNS error");
                            }
                        });
                    }
                } else {
                    ask(target, int(DnsType::MX), [this, addAddresses, target, domain, t](const DnsAnswer &x) {
                        if (!x.isDefinitive()) {
                            m_report.flattenBlocker = tr("a DNS error");
                            return;
                        }
                        QStringList hosts;
                        for (const MxRecord &m : x.mx)
                            if (!stripDot(m.exchange).isEmpty())
                                hosts << stripDot(m.exchange);
                        if (hosts.isEmpty()) {
                            if (!x.ok())
                                ++m_report.voidLookups;
                            warn(tr("%1: \"%2\" names %3, which has no MX records").arg(domain, t.text, target));
                            return;
                        }
                        if (hosts.size() > 10)
                            warn(tr("%1: %2 has %3 MX records; the mx mechanism allows at most 10 (permerror)")
                                     .arg(domain, target)
                                     .arg(hosts.size()));
                        for (const QString &h : hosts)
                            for (DnsType ty : {DnsType::A, DnsType::AAAA})
                                ask(h, int(ty), [addAddresses](const DnsAnswer &y) {
                                    if (y.ok())
                                        addAddresses(y);
                                });
                    });
                }
                break;
            }
            case SpfMechanism::All:
                break;
            }
        }
    });
}

void SpfLint::done()
{
    if (!m_running)
        return;
    if (m_report.lookups > 10)
        warn(tr("%1: the SPF tree needs %2 DNS lookups; more than 10 is a permerror (RFC 7208 §4.6.4)")
                 .arg(m_report.domain)
                 .arg(m_report.lookups));
    if (m_report.voidLookups > 2)
        warn(tr("%1: the SPF tree has %2 void lookups; more than 2 is a permerror")
                 .arg(m_report.domain)
                 .arg(m_report.voidLookups));
    if (!m_ip.isEmpty() && m_report.providerInclude.isEmpty()) {
        findProvider();
        return;
    }
    m_running = false;
    SpfResult pseudo;
    pseudo.record = m_report.record;
    pseudo.domain = m_report.domain;
    pseudo.lookups = 0;
    pseudo.code = SpfResultCode::Pass; // no IP to add
    m_report.suggestedRecord = suggestRecord(pseudo, m_report);
    Q_EMIT finished(m_report);
}

void SpfLint::findProvider()
{
    const QString ip = m_ip;
    m_ip.clear(); // the provider search runs once
    QHostAddress addr(ip);
    if (addr.isNull()) {
        done();
        return;
    }
    const quint64 gen = m_generation;
    ++m_pending;
    m_resolver->lookup(DnsQuestion{SpfMacro::reverseName(addr), DnsType::PTR}, this, [this, gen, ip](const DnsAnswer &a) {
        if (gen != m_generation || !m_running)
            return;
        --m_pending;
        const Provider *candidate = nullptr;
        for (const QString &name : a.records) {
            const QString n = stripDot(name).toLower();
            for (const Provider &p : m_providers)
                for (const QString &suffix : p.ptrSuffixes)
                    if (!candidate && (n == suffix || n.endsWith(QLatin1Char('.') + suffix)))
                        candidate = &p;
        }
        if (!candidate) {
            done();
            return;
        }
        // Only suggest the include when the provider's own SPF really authorizes this IP.
        const Provider p = *candidate;
        auto *evaluator = new SpfEvaluator(m_resolver, this);
        connect(evaluator, &SpfEvaluator::finished, this, [this, gen, evaluator, p](const SpfResult &r) {
            evaluator->deleteLater();
            if (gen != m_generation)
                return;
            if (r.code == SpfResultCode::Pass) {
                m_report.providerInclude = p.include;
                m_report.providerName = p.name;
            }
            done();
        });
        evaluator->checkHost(ip, p.include, QStringLiteral("postmaster@") + p.include, p.include);
    });
}
