#include "SpfEvaluator.h"

#include "SpfLint.h"
#include "dns/Resolver.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <algorithm>

struct SpfEvaluator::Frame
{
    QString domain;
    SpfRecord record;
    int next = 0;
    NodePtr node;
    Done done;
    bool top = false;
};

namespace {
QString resultId(SpfResultCode code)
{
    return SpfResult::codeId(code);
}

SpfResultCode fromQualifier(SpfQualifier q)
{
    switch (q) {
    case SpfQualifier::Pass: return SpfResultCode::Pass;
    case SpfQualifier::Fail: return SpfResultCode::Fail;
    case SpfQualifier::SoftFail: return SpfResultCode::SoftFail;
    case SpfQualifier::Neutral: return SpfResultCode::Neutral;
    }
    return SpfResultCode::Neutral;
}

QString stripDot(QString name)
{
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

bool isVoid(const DnsAnswer &a)
{
    return a.status == DnsStatus::NxDomain || a.status == DnsStatus::NoData
        || (a.status == DnsStatus::Ok && a.records.isEmpty());
}

// §4.3/§5: NXDOMAIN is "no records"; a name we cannot even ask is treated the same.
bool isNoRecords(const DnsAnswer &a)
{
    return isVoid(a) || a.status == DnsStatus::BadName;
}

QList<MxRecord> mxOf(const DnsAnswer &a)
{
    QList<MxRecord> mx = a.mx;
    if (mx.isEmpty()) {
        for (const QString &r : a.records) {
            const QStringList parts = r.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (parts.size() == 2)
                mx.append(MxRecord{parts.at(0).toInt(), stripDot(parts.at(1))});
        }
    }
    std::stable_sort(mx.begin(), mx.end(), [](const MxRecord &x, const MxRecord &y) { return x.preference < y.preference; });
    return mx;
}
}

SpfEvaluator::SpfEvaluator(Resolver *resolver, QObject *parent)
    : QObject(parent), m_resolver(resolver), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SpfEvaluator::onTimeout);
}

SpfEvaluator::~SpfEvaluator()
{
    abort();
}

void SpfEvaluator::setOptions(const Options &options)
{
    m_options = options;
}

void SpfEvaluator::abort()
{
    ++m_generation;
    if (m_resolver)
        m_resolver->cancel(this);
    m_running = false;
    m_timer->stop();
    m_waiting.clear();
    m_validatedWaiters.clear();
}

bool SpfEvaluator::isValidDomain(const QString &domain)
{
    const QString d = stripDot(domain);
    if (!SpfMacro::isQueryableName(d))
        return false;
    const QStringList labels = d.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QChar c : d)
        if (c.isSpace() || c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char('@'))
            return false;
    // An address written without brackets ("1.2.3.5") is not a domain name either.
    bool numeric = true;
    for (const QChar c : labels.last())
        numeric = numeric && c.isDigit();
    return !numeric;
}

void SpfEvaluator::start(const QString &ip, const QString &mailFrom, const QString &helo)
{
    QString from = mailFrom.trimmed();
    if (from.startsWith(QLatin1Char('<')) && from.endsWith(QLatin1Char('>')))
        from = from.mid(1, from.size() - 2);
    const QString h = helo.trimmed();
    if (from.isEmpty()) // §2.4: the null sender is checked as postmaster@<HELO>
        checkHost(ip, h, QStringLiteral("postmaster@") + h, h);
    else
        checkHost(ip, QString(), from, h);
    if (from.isEmpty())
        m_result.identity = QStringLiteral("helo");
}

void SpfEvaluator::checkHost(const QString &ip, const QString &domain, const QString &sender, const QString &helo)
{
    abort();
    QString ipText = ip.trimmed();
    QHostAddress address;
    bool okIp = address.setAddress(ipText) && !ipText.contains(QLatin1Char('%'));
    bool upper = false;
    if (okIp && address.protocol() == QAbstractSocket::IPv6Protocol) {
        // §5: an IPv4-mapped IPv6 address is an IPv4 address.
        const Q_IPV6ADDR a = address.toIPv6Address();
        bool mapped = a[10] == 0xff && a[11] == 0xff;
        for (int i = 0; i < 10; ++i)
            mapped = mapped && a[i] == 0;
        if (mapped)
            address = QHostAddress(quint32((a[12] << 24) | (a[13] << 16) | (a[14] << 8) | a[15]));
        bool hasUpper = false, hasLower = false;
        for (const QChar c : ipText) {
            hasUpper = hasUpper || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
            hasLower = hasLower || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
        }
        upper = hasUpper && !hasLower;
    }

    QString s = sender;
    QString local, senderDomain;
    const int at = s.lastIndexOf(QLatin1Char('@'));
    if (at < 0) {
        senderDomain = s;
        local.clear();
    } else {
        local = s.left(at);
        senderDomain = s.mid(at + 1);
    }
    if (local.isEmpty()) { // §4.3: no local-part → "postmaster"
        local = QStringLiteral("postmaster");
        s = local + QLatin1Char('@') + senderDomain;
    }
    QString d = domain.isEmpty() ? senderDomain : domain;
    // Internationalized names are looked up in their A-label (xn--) form.
    auto ace = [](const QString &name) {
        for (const QChar c : name)
            if (c.unicode() > 0x7f) {
                const QString a = QString::fromLatin1(QUrl::toAce(name));
                return a.isEmpty() ? name : a;
            }
        return name;
    };
    d = ace(d);
    m_localPart = local;
    m_senderDomain = senderDomain;
    if (!okIp) {
        begin(QHostAddress(), false, d, s, helo, QStringLiteral("mailfrom"), ipText);
        Outcome o;
        o.code = SpfResultCode::None;
        o.problem = tr("\"%1\" is not an IP address").arg(ipText);
        const quint64 gen = m_generation;
        QTimer::singleShot(0, this, [this, gen, o] {
            if (gen == m_generation && m_running)
                complete(o);
        });
        return;
    }
    begin(address, upper, d, s, helo, QStringLiteral("mailfrom"), ipText);
}

void SpfEvaluator::begin(const QHostAddress &ip, bool upperNibbles, const QString &domain, const QString &sender,
                         const QString &helo, const QString &identity, const QString &ipText)
{
    m_running = true;
    m_clock.start();
    m_ip = ip;
    m_upperNibbles = upperNibbles;
    m_sender = sender;
    m_helo = helo;
    m_timestamp = m_options.timestamp ? m_options.timestamp : QDateTime::currentSecsSinceEpoch();
    m_lookups = m_voidLookups = m_queries = 0;
    m_cache.clear();
    m_waiting.clear();
    m_validatedDone = m_validatedRunning = false;
    m_validatedNames.clear();
    m_validatedWaiters.clear();
    m_warnings.clear();
    m_result = SpfResult();
    m_result.identity = identity;
    m_result.ip = ipText;
    m_result.sender = sender;
    m_result.helo = helo;
    m_result.domain = stripDot(domain);
    auto root = std::make_shared<SpfTraceNode>();
    root->kind = QStringLiteral("record");
    root->domain = m_result.domain;
    m_result.trace = root;
    if (m_options.timeLimitMs > 0)
        m_timer->start(m_options.timeLimitMs);
    if (ip.isNull())
        return; // the caller completes with the problem

    const quint64 gen = m_generation;
    if (!isValidDomain(domain)) {
        // §4.3: a malformed or single-label domain gives "none" without any query.
        Outcome o;
        o.code = SpfResultCode::None;
        o.problem = tr("\"%1\" is not a valid multi-label domain name").arg(domain);
        QTimer::singleShot(0, this, [this, gen, o] {
            if (gen == m_generation && m_running)
                complete(o);
        });
        return;
    }
    evaluateDomain(m_result.domain, root, true, [this](const Outcome &o) { complete(o); });
}

SpfMacroContext SpfEvaluator::macroContext(const QString &domain) const
{
    SpfMacroContext c;
    c.sender = m_sender;
    c.localPart = m_localPart;
    c.senderDomain = m_senderDomain;
    c.domain = domain;
    c.ip = m_ip;
    c.upperNibbles = m_upperNibbles;
    c.helo = m_helo;
    c.receiver = m_options.receiver;
    c.timestamp = m_timestamp;
    c.validatedName = m_validatedDone ? chooseValidatedName(domain) : QStringLiteral("unknown");
    return c;
}

void SpfEvaluator::evaluateDomain(const QString &domain, const NodePtr &node, bool top, Done done)
{
    node->domain = domain;
    fetch(domain, DnsType::TXT, node, [this, domain, node, top, done](const DnsAnswer &answer) {
        Outcome o;
        if (!answer.isDefinitive() && answer.status != DnsStatus::BadName) {
            // §4.4: a failed record lookup is a temporary error.
            o.code = SpfResultCode::TempError;
            o.problem = tr("DNS error looking up the SPF record of %1: %2").arg(domain, dnsStatusText(answer.status));
            node->note = o.problem;
            node->result = resultId(o.code);
            done(o);
            return;
        }
        QStringList spf;
        QList<QStringList> strings;
        for (int i = 0; i < answer.records.size(); ++i) {
            if (SpfRecord::isSpfRecord(answer.records.at(i))) {
                spf << answer.records.at(i);
                strings << answer.txtStrings.value(i, QStringList{answer.records.at(i)});
            }
        }
        if (spf.isEmpty()) {
            o.code = SpfResultCode::None;
            o.problem = tr("%1 has no SPF record").arg(domain);
            node->note = o.problem;
            node->result = resultId(o.code);
            done(o);
            return;
        }
        if (spf.size() > 1) { // §4.5
            o.code = SpfResultCode::PermError;
            o.problem = tr("%1 has %2 SPF records; there must be exactly one").arg(domain).arg(spf.size());
            node->record = spf.join(QStringLiteral(" | "));
            node->note = o.problem;
            node->result = resultId(o.code);
            if (top)
                m_result.record = node->record;
            done(o);
            return;
        }
        node->record = spf.first();
        if (top)
            m_result.record = spf.first();
        for (const QString &w : SpfLint::recordWarnings(domain, spf.first(), strings.first()))
            if (!m_warnings.contains(w))
                m_warnings << w;
        auto frame = std::make_shared<Frame>();
        frame->domain = domain;
        frame->record = SpfRecord::parse(spf.first());
        frame->node = node;
        frame->done = done;
        frame->top = top;
        if (!frame->record.isValid()) { // §4.6: any syntax error anywhere → permerror
            const SpfSyntaxError &e = frame->record.error();
            o.code = SpfResultCode::PermError;
            o.problem = tr("Syntax error in the SPF record of %1 at position %2 (\"%3\"): %4")
                            .arg(domain)
                            .arg(e.position + 1)
                            .arg(e.term, e.message);
            node->note = o.problem;
            node->result = resultId(o.code);
            done(o);
            return;
        }
        prefetch(frame);
        continueFrame(frame);
    });
}

void SpfEvaluator::prefetch(const FramePtr &frame)
{
    if (!m_options.prefetch)
        return;
    for (const SpfTerm &t : frame->record.terms()) {
        QString target;
        if (t.isMechanism() && t.mechanism == SpfMechanism::Include)
            target = t.domainSpec;
        else if (!t.isMechanism() && t.name == QLatin1String("redirect"))
            target = t.value;
        if (target.isEmpty() || target.contains(QLatin1Char('%')))
            continue;
        target = stripDot(target);
        if (SpfMacro::isQueryableName(target))
            fetch(target, DnsType::TXT, nullptr, {});
    }
}

void SpfEvaluator::continueFrame(const FramePtr &frame)
{
    const QList<SpfTerm> &terms = frame->record.terms();
    while (frame->next < terms.size()) {
        const SpfTerm term = terms.at(frame->next++);
        if (!term.isMechanism())
            continue;
        auto node = std::make_shared<SpfTraceNode>();
        node->term = term.text;
        node->kind = QStringLiteral("mechanism");
        node->qualifier = SpfRecord::qualifierChar(term.qualifier);
        node->position = term.position;
        frame->node->children.append(node);
        if (term.countsLookup()) {
            ++m_lookups;
            node->lookups = 1;
            if (m_lookups > m_options.maxLookups) { // §4.6.4
                Outcome o;
                o.code = SpfResultCode::PermError;
                o.problem = tr("More than %1 DNS-querying mechanisms and modifiers (\"%2\" in the record of %3)")
                                .arg(m_options.maxLookups)
                                .arg(term.text, frame->domain);
                node->note = o.problem;
                node->result = resultId(o.code);
                frame->done(o);
                return;
            }
        }
        switch (term.mechanism) {
        case SpfMechanism::All:
            matched(frame, term, node);
            return;
        case SpfMechanism::Ip4:
            if (m_ip.protocol() == QAbstractSocket::IPv4Protocol && m_ip.isInSubnet(term.network, term.cidr4)) {
                matched(frame, term, node);
                return;
            }
            continue;
        case SpfMechanism::Ip6:
            if (m_ip.protocol() == QAbstractSocket::IPv6Protocol && m_ip.isInSubnet(term.network, term.cidr6)) {
                matched(frame, term, node);
                return;
            }
            continue;
        default:
            break;
        }
        evaluateMechanism(frame, term, node, [this, frame, term, node](Match m, const Outcome &error) {
            if (m == Match::Error) {
                node->result = resultId(error.code);
                if (node->note.isEmpty())
                    node->note = error.problem;
                frame->done(error);
            } else if (m == Match::Yes) {
                matched(frame, term, node);
            } else {
                continueFrame(frame);
            }
        });
        return;
    }
    // §4.7 / §6.1: no mechanism matched
    if (frame->record.redirect()) {
        runRedirect(frame);
        return;
    }
    Outcome o;
    o.code = SpfResultCode::Neutral;
    frame->done(o);
}

void SpfEvaluator::matched(const FramePtr &frame, const SpfTerm &term, const NodePtr &node)
{
    Outcome o;
    o.code = fromQualifier(term.qualifier);
    o.matchedTerm = term.text;
    node->matched = true;
    node->result = resultId(o.code);
    if (o.code == SpfResultCode::Fail && frame->record.explanation()) {
        finishWithExplanation(frame, o);
        return;
    }
    frame->done(o);
}

void SpfEvaluator::finishWithExplanation(const FramePtr &frame, Outcome outcome)
{
    const SpfTerm &exp = *frame->record.explanation();
    auto node = std::make_shared<SpfTraceNode>();
    node->term = exp.text;
    node->kind = QStringLiteral("modifier");
    node->position = exp.position;
    frame->node->children.append(node);
    // §6.2: any problem with the explanation is ignored; the lookup does not count against limits.
    expandTarget(frame, node, exp.value, [this, frame, node, outcome](const QString &name) {
        if (!SpfMacro::isQueryableName(name)) {
            node->note = tr("Not a valid DNS name: explanation ignored");
            frame->done(outcome);
            return;
        }
        fetch(name, DnsType::TXT, node, [this, frame, node, outcome](const DnsAnswer &a) {
            Outcome o = outcome;
            if (a.status != DnsStatus::Ok || a.records.size() != 1) {
                node->note = tr("No single TXT record: explanation ignored");
                frame->done(o);
                return;
            }
            const QString text = a.records.first();
            if (!SpfMacro::checkSyntax(text, SpfMacro::Kind::Explanation)) {
                node->note = tr("Invalid explanation text: ignored");
                frame->done(o);
                return;
            }
            auto finish = [this, frame, node, text, o]() mutable {
                o.explanation = SpfMacro::expand(text, macroContext(frame->domain), SpfMacro::Kind::Explanation);
                node->result = QStringLiteral("explanation");
                node->note = o.explanation;
                frame->done(o);
            };
            if (SpfMacro::usesLetter(text, QLatin1Char('p')))
                ensureValidatedNames(node, finish);
            else
                finish();
        });
    });
}

void SpfEvaluator::runRedirect(const FramePtr &frame)
{
    const SpfTerm term = *frame->record.redirect();
    auto node = std::make_shared<SpfTraceNode>();
    node->term = term.text;
    node->kind = QStringLiteral("modifier");
    node->position = term.position;
    frame->node->children.append(node);
    ++m_lookups;
    node->lookups = 1;
    if (m_lookups > m_options.maxLookups) {
        Outcome o;
        o.code = SpfResultCode::PermError;
        o.problem = tr("More than %1 DNS-querying mechanisms and modifiers (\"%2\" in the record of %3)")
                        .arg(m_options.maxLookups)
                        .arg(term.text, frame->domain);
        node->note = o.problem;
        node->result = resultId(o.code);
        frame->done(o);
        return;
    }
    expandTarget(frame, node, term.value, [this, frame, node, term](const QString &target) {
        if (!isValidDomain(target)) {
            Outcome o;
            o.code = SpfResultCode::PermError;
            o.problem = tr("redirect= names \"%1\", which is not a valid domain").arg(target);
            node->note = o.problem;
            node->result = resultId(o.code);
            frame->done(o);
            return;
        }
        // §6.1: the result of the redirect target's check replaces this record's, explanation included.
        evaluateDomain(stripDot(target), node, false, [frame, node, term, target](Outcome o) {
            if (o.code == SpfResultCode::None) {
                o.code = SpfResultCode::PermError;
                o.problem = SpfEvaluator::tr("redirect=%1: that domain has no SPF record").arg(target);
            }
            node->result = resultId(o.code);
            node->matched = true;
            if (o.matchedTerm.isEmpty())
                o.matchedTerm = term.text;
            frame->done(o);
        });
    });
}

void SpfEvaluator::expandTarget(const FramePtr &frame, const NodePtr &node, const QString &spec,
                                std::function<void(const QString &)> cont)
{
    if (spec.isEmpty()) {
        cont(frame->domain);
        return;
    }
    if (SpfMacro::usesLetter(spec, QLatin1Char('p'))) {
        ensureValidatedNames(node, [this, frame, spec, cont] { cont(SpfMacro::expandDomain(spec, macroContext(frame->domain))); });
        return;
    }
    cont(SpfMacro::expandDomain(spec, macroContext(frame->domain)));
}

bool SpfEvaluator::countVoid(const NodePtr &node, Outcome *error)
{
    ++m_voidLookups;
    ++node->voidLookups;
    if (m_voidLookups > m_options.maxVoidLookups) {
        error->code = SpfResultCode::PermError;
        error->problem = tr("More than %1 void lookups (names without any record)").arg(m_options.maxVoidLookups);
        return false;
    }
    return true;
}

bool SpfEvaluator::ipMatches(const QStringList &addresses, int cidr4, int cidr6) const
{
    const bool v4 = m_ip.protocol() == QAbstractSocket::IPv4Protocol;
    for (const QString &s : addresses) {
        const QHostAddress a(s);
        if (a.protocol() != m_ip.protocol())
            continue;
        if (m_ip.isInSubnet(a, v4 ? cidr4 : cidr6))
            return true;
    }
    return false;
}

void SpfEvaluator::evaluateMechanism(const FramePtr &frame, const SpfTerm &term, const NodePtr &node,
                                     std::function<void(Match, Outcome)> cont)
{
    const bool v4 = m_ip.protocol() == QAbstractSocket::IPv4Protocol;
    const DnsType addressType = v4 ? DnsType::A : DnsType::AAAA;
    auto dnsError = [this](const QString &name, const DnsAnswer &a) {
        Outcome o;
        o.code = SpfResultCode::TempError;
        o.problem = tr("DNS error for %1 (%2): %3").arg(name, dnsTypeName(a.question.type), dnsStatusText(a.status));
        return o;
    };
    const QString spec = term.domainSpec;

    switch (term.mechanism) {
    case SpfMechanism::Include:
        expandTarget(frame, node, spec, [this, node, cont](const QString &target) {
            if (!isValidDomain(target)) {
                Outcome o;
                o.code = SpfResultCode::PermError;
                o.problem = tr("include: names \"%1\", which is not a valid domain").arg(target);
                cont(Match::Error, o);
                return;
            }
            evaluateDomain(stripDot(target), node, false, [node, target, cont](Outcome o) {
                // §5.2: the include table
                node->result = resultId(o.code);
                switch (o.code) {
                case SpfResultCode::Pass:
                    cont(Match::Yes, o);
                    return;
                case SpfResultCode::Fail:
                case SpfResultCode::SoftFail:
                case SpfResultCode::Neutral:
                    cont(Match::No, o);
                    return;
                case SpfResultCode::TempError:
                    cont(Match::Error, o);
                    return;
                case SpfResultCode::None:
                    o.problem = SpfEvaluator::tr("include:%1: that domain has no SPF record").arg(target);
                    Q_FALLTHROUGH();
                case SpfResultCode::PermError:
                    o.code = SpfResultCode::PermError;
                    cont(Match::Error, o);
                    return;
                }
            });
        });
        return;

    case SpfMechanism::A:
    case SpfMechanism::Exists:
        expandTarget(frame, node, spec, [this, term, node, cont, addressType, dnsError](const QString &name) {
            if (!SpfMacro::isQueryableName(name)) {
                node->note = tr("\"%1\" is not a valid DNS name: treated as non-existent").arg(name);
                cont(Match::No, {});
                return;
            }
            const bool exists = term.mechanism == SpfMechanism::Exists;
            // §5.7: exists always asks for A, whatever the connection's address family.
            fetch(name, exists ? DnsType::A : addressType, node, [this, term, node, cont, name, exists, dnsError](const DnsAnswer &a) {
                if (isNoRecords(a)) {
                    Outcome err;
                    if (a.status != DnsStatus::BadName && !countVoid(node, &err)) {
                        cont(Match::Error, err);
                        return;
                    }
                    cont(Match::No, {});
                    return;
                }
                if (!a.ok()) {
                    cont(Match::Error, dnsError(name, a));
                    return;
                }
                if (exists || ipMatches(a.records, term.cidr4, term.cidr6))
                    cont(Match::Yes, {});
                else
                    cont(Match::No, {});
            });
        });
        return;

    case SpfMechanism::Mx:
        expandTarget(frame, node, spec, [this, term, node, cont, addressType, dnsError](const QString &name) {
            if (!SpfMacro::isQueryableName(name)) {
                node->note = tr("\"%1\" is not a valid DNS name: treated as non-existent").arg(name);
                cont(Match::No, {});
                return;
            }
            fetch(name, DnsType::MX, node, [this, term, node, cont, name, addressType, dnsError](const DnsAnswer &a) {
                if (isNoRecords(a)) {
                    Outcome err;
                    if (a.status != DnsStatus::BadName && !countVoid(node, &err)) {
                        cont(Match::Error, err);
                        return;
                    }
                    cont(Match::No, {});
                    return;
                }
                if (!a.ok()) {
                    cont(Match::Error, dnsError(name, a));
                    return;
                }
                QStringList hosts;
                for (const MxRecord &m : mxOf(a))
                    if (!stripDot(m.exchange).isEmpty()) // a null MX (RFC 7505) names no host
                        hosts << stripDot(m.exchange);
                if (hosts.size() > m_options.maxMxNames) { // §4.6.4
                    Outcome err;
                    err.code = SpfResultCode::PermError;
                    err.problem = tr("%1 has %2 MX records; SPF allows at most %3").arg(name).arg(hosts.size()).arg(m_options.maxMxNames);
                    cont(Match::Error, err);
                    return;
                }
                if (hosts.isEmpty()) {
                    cont(Match::No, {});
                    return;
                }
                auto answers = std::make_shared<QList<DnsAnswer>>(hosts.size());
                auto remaining = std::make_shared<int>(int(hosts.size()));
                auto evaluate = [this, term, hosts, answers, cont, dnsError] {
                    // Judged in preference order, as if asked one after the other.
                    for (int i = 0; i < hosts.size(); ++i) {
                        const DnsAnswer &h = answers->at(i);
                        if (isNoRecords(h))
                            continue;
                        if (!h.ok()) {
                            cont(Match::Error, dnsError(hosts.at(i), h));
                            return;
                        }
                        if (ipMatches(h.records, term.cidr4, term.cidr6)) {
                            cont(Match::Yes, {});
                            return;
                        }
                    }
                    cont(Match::No, {});
                };
                const QPointer<SpfEvaluator> self(this); // a cached answer may finish (and delete) us
                const quint64 loopGen = m_generation;
                for (int i = 0; i < hosts.size(); ++i) {
                    if (!self || loopGen != m_generation)
                        return;
                    if (!SpfMacro::isQueryableName(hosts.at(i))) {
                        (*answers)[i].status = DnsStatus::BadName;
                        if (--*remaining == 0)
                            evaluate();
                        continue;
                    }
                    const quint64 gen = m_generation;
                    fetch(hosts.at(i), addressType, node, [this, gen, i, answers, remaining, evaluate](const DnsAnswer &h) {
                        if (gen != m_generation)
                            return;
                        (*answers)[i] = h;
                        if (--*remaining == 0)
                            evaluate();
                    });
                }
            });
        });
        return;

    case SpfMechanism::Ptr:
        expandTarget(frame, node, spec, [this, node, cont, addressType](const QString &target) {
            fetch(SpfMacro::reverseName(m_ip), DnsType::PTR, node, [this, node, cont, target, addressType](const DnsAnswer &a) {
                if (!a.ok() || a.records.isEmpty()) {
                    // §5.5: a DNS error on the PTR lookup means no match; no names is a void lookup.
                    Outcome err;
                    if (isVoid(a) && !countVoid(node, &err)) {
                        cont(Match::Error, err);
                        return;
                    }
                    cont(Match::No, {});
                    return;
                }
                const QString t = stripDot(target).toLower();
                QStringList candidates;
                for (int i = 0; i < a.records.size() && i < m_options.maxPtrNames; ++i) {
                    const QString n = stripDot(a.records.at(i)).toLower();
                    if ((n == t || n.endsWith(QLatin1Char('.') + t)) && !candidates.contains(n))
                        candidates << n;
                }
                if (candidates.isEmpty()) {
                    cont(Match::No, {});
                    return;
                }
                auto remaining = std::make_shared<int>(int(candidates.size()));
                auto found = std::make_shared<bool>(false);
                const quint64 gen = m_generation;
                const QPointer<SpfEvaluator> self(this);
                for (const QString &n : candidates) {
                    if (!self || gen != m_generation)
                        return;
                    auto one = [this, gen, remaining, found, cont](const DnsAnswer &h) {
                        if (gen != m_generation)
                            return;
                        // §5.5: DNS errors while validating a name just skip that name.
                        if (h.ok() && ipMatches(h.records, 32, 128))
                            *found = true;
                        if (--*remaining == 0)
                            cont(*found ? Match::Yes : Match::No, {});
                    };
                    if (SpfMacro::isQueryableName(n)) {
                        fetch(n, addressType, node, one);
                    } else {
                        DnsAnswer bad;
                        bad.status = DnsStatus::BadName;
                        one(bad);
                    }
                }
            });
        });
        return;

    default:
        cont(Match::No, {});
        return;
    }
}

void SpfEvaluator::ensureValidatedNames(const NodePtr &node, std::function<void()> cont)
{
    if (m_validatedDone) {
        cont();
        return;
    }
    m_validatedWaiters.append(cont);
    if (m_validatedRunning)
        return;
    m_validatedRunning = true;
    const quint64 gen = m_generation;
    auto finish = [this, gen](const QStringList &names) {
        if (gen != m_generation)
            return;
        m_validatedNames = names;
        m_validatedDone = true;
        m_validatedRunning = false;
        const auto waiters = m_validatedWaiters;
        m_validatedWaiters.clear();
        const QPointer<SpfEvaluator> self(this);
        for (const auto &w : waiters) {
            if (!self || gen != m_generation || !m_running)
                return;
            w();
        }
    };
    const DnsType addressType = m_ip.protocol() == QAbstractSocket::IPv4Protocol ? DnsType::A : DnsType::AAAA;
    fetch(SpfMacro::reverseName(m_ip), DnsType::PTR, node, [this, node, gen, finish, addressType](const DnsAnswer &a) {
        QStringList names;
        for (int i = 0; a.ok() && i < a.records.size() && i < m_options.maxPtrNames; ++i)
            names << stripDot(a.records.at(i));
        if (names.isEmpty()) {
            finish({});
            return;
        }
        auto valid = std::make_shared<QList<bool>>(names.size(), false);
        auto remaining = std::make_shared<int>(int(names.size()));
        const QPointer<SpfEvaluator> self(this);
        for (int i = 0; i < names.size(); ++i) {
            if (!self || gen != m_generation)
                return;
            auto one = [this, gen, i, valid, remaining, names, finish](const DnsAnswer &h) {
                if (gen != m_generation)
                    return;
                (*valid)[i] = h.ok() && ipMatches(h.records, 32, 128);
                if (--*remaining == 0) {
                    QStringList out;
                    for (int k = 0; k < names.size(); ++k)
                        if (valid->at(k))
                            out << names.at(k);
                    finish(out);
                }
            };
            if (SpfMacro::isQueryableName(names.at(i))) {
                fetch(names.at(i), addressType, node, one);
            } else {
                DnsAnswer bad;
                bad.status = DnsStatus::BadName;
                one(bad);
            }
        }
    });
}

QString SpfEvaluator::chooseValidatedName(const QString &domain) const
{
    // §7.3: the target domain itself, else one of its subdomains, else any validated name.
    const QString d = stripDot(domain).toLower();
    for (const QString &n : m_validatedNames)
        if (n.toLower() == d)
            return n;
    for (const QString &n : m_validatedNames)
        if (n.toLower().endsWith(QLatin1Char('.') + d))
            return n;
    return m_validatedNames.isEmpty() ? QStringLiteral("unknown") : m_validatedNames.first();
}

QString SpfEvaluator::dnsKey(const QString &name, DnsType type)
{
    return stripDot(name).toLower() + QLatin1Char('/') + dnsTypeName(type);
}

QString SpfEvaluator::summarize(const DnsAnswer &answer)
{
    if (answer.status != DnsStatus::Ok)
        return dnsStatusId(answer.status);
    if (answer.records.isEmpty())
        return QStringLiteral("nodata");
    QStringList parts;
    for (const QString &r : answer.records)
        parts << (answer.question.type == DnsType::TXT ? QLatin1Char('"') + r + QLatin1Char('"') : r);
    return parts.join(QStringLiteral(", "));
}

void SpfEvaluator::fetch(const QString &name, DnsType type, const NodePtr &node, AnswerFn done)
{
    const QString key = dnsKey(name, type);
    const auto log = [](const NodePtr &n, const DnsAnswer &a, const QString &qname, DnsType qtype, bool cached) {
        if (!n)
            return;
        SpfDnsQuery q;
        q.name = qname;
        q.type = dnsTypeName(qtype);
        q.status = dnsStatusId(a.status);
        q.summary = summarize(a);
        q.cached = cached;
        n->dnsQueries.append(q);
    };
    const auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd()) {
        const DnsAnswer a = *it;
        log(node, a, stripDot(name), type, true);
        if (done)
            done(a);
        return;
    }
    auto w = m_waiting.find(key);
    if (w != m_waiting.end()) {
        w->append({node, done});
        return;
    }
    m_waiting.insert(key, {{node, done}});
    if (!m_resolver) {
        DnsAnswer a;
        a.question = {name, type};
        a.status = DnsStatus::Error;
        a.errorText = QStringLiteral("no resolver");
        m_cache.insert(key, a);
        const quint64 gen = m_generation;
        QTimer::singleShot(0, this, [this, gen, key, a, log, name, type] {
            if (gen != m_generation)
                return;
            const auto waiters = m_waiting.take(key);
            const QPointer<SpfEvaluator> self(this);
            for (const auto &[n, fn] : waiters) {
                if (!self || gen != m_generation)
                    return;
                log(n, a, stripDot(name), type, false);
                if (fn && m_running)
                    fn(a);
            }
        });
        return;
    }
    ++m_queries;
    const quint64 gen = m_generation;
    const QString qname = stripDot(name);
    m_resolver->lookup(DnsQuestion{qname, type}, this, [this, gen, key, log, qname, type](const DnsAnswer &answer) {
        if (gen != m_generation)
            return;
        DnsAnswer a = answer;
        a.question.type = type;
        m_cache.insert(key, a);
        const auto waiters = m_waiting.take(key);
        bool first = true;
        const QPointer<SpfEvaluator> self(this); // a finished() receiver may delete us
        for (const auto &[n, fn] : waiters) {
            if (!self || gen != m_generation)
                return;
            if (n) {
                log(n, a, qname, type, !first);
                first = false;
            }
            if (fn && m_running)
                fn(a);
        }
    });
}

void SpfEvaluator::onTimeout()
{
    if (!m_running)
        return;
    Outcome o;
    o.code = SpfResultCode::TempError;
    o.problem = tr("The check took longer than %1 seconds").arg(m_options.timeLimitMs / 1000.0);
    complete(o);
}

void SpfEvaluator::complete(const Outcome &outcome)
{
    if (!m_running)
        return;
    m_running = false;
    m_timer->stop();
    ++m_generation; // answers still in flight (prefetches) are no longer wanted
    if (m_resolver)
        m_resolver->cancel(this);
    m_result.code = outcome.code;
    m_result.explanation = outcome.explanation;
    m_result.problem = outcome.problem;
    m_result.matchedTerm = outcome.matchedTerm;
    m_result.lookups = m_lookups;
    m_result.voidLookups = m_voidLookups;
    m_result.dnsQueries = m_queries;
    m_result.elapsedMs = m_clock.nsecsElapsed() / 1e6;
    m_result.warnings = m_warnings;
    if (m_result.trace) {
        m_result.trace->result = resultId(outcome.code);
        m_result.trace->lookups = 0;
        if (m_result.trace->note.isEmpty())
            m_result.trace->note = outcome.problem;
    }
    m_result.suggestedRecord = SpfLint::suggestRecord(m_result);
    const SpfResult result = m_result;
    Q_EMIT finished(result);
}
