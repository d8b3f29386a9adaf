#include "SmtpDiagnosis.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Q_INIT_RESOURCE must be called outside any namespace.
static void initSmtpKnowledge()
{
    Q_INIT_RESOURCE(bd_knowledge);
}

namespace {
const QStringList kStageIds{QStringLiteral("resolve"), QStringLiteral("connect"), QStringLiteral("tls"),
                            QStringLiteral("banner"), QStringLiteral("ehlo"), QStringLiteral("starttls"),
                            QStringLiteral("ehlo-tls"), QStringLiteral("auth"), QStringLiteral("mail-from"),
                            QStringLiteral("rcpt-to"), QStringLiteral("rset"), QStringLiteral("data"),
                            QStringLiteral("quit"), QStringLiteral("done")};

Error invalidEntry(const QString &file, const QString &entry, const QString &what)
{
    return Error{QStringLiteral("knowledge-invalid"),
                 QCoreApplication::translate("SmtpDiagnosis", "%1: %2: %3").arg(file, entry, what)};
}
}

const SmtpDiagnosis &SmtpDiagnosis::instance()
{
    static const SmtpDiagnosis diagnosis = [] {
        initSmtpKnowledge();
        const QString name = QStringLiteral(":/knowledge/smtp-verdicts.json");
        QFile f(name);
        if (!f.open(QIODevice::ReadOnly)) {
            SmtpDiagnosis d;
            d.m_loadError = QCoreApplication::translate("SmtpDiagnosis", "%1: cannot be read").arg(name);
            return d;
        }
        Result<SmtpDiagnosis> r = fromJson(f.readAll(), name);
        if (!r) {
            SmtpDiagnosis d;
            d.m_loadError = r.error().message;
            return d;
        }
        return std::move(r).value();
    }();
    return diagnosis;
}

Result<SmtpDiagnosis> SmtpDiagnosis::fromJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return invalidEntry(fileName, QStringLiteral("offset %1").arg(pe.offset), pe.errorString());
    if (!doc.isObject())
        return invalidEntry(fileName, QStringLiteral("top level"), QCoreApplication::translate("SmtpDiagnosis", "not a JSON object"));
    const QJsonObject root = doc.object();
    SmtpDiagnosis d;

    const QJsonArray verdicts = root.value(QStringLiteral("verdicts")).toArray();
    if (verdicts.isEmpty())
        return invalidEntry(fileName, QStringLiteral("verdicts"), QCoreApplication::translate("SmtpDiagnosis", "missing or empty"));
    for (int i = 0; i < verdicts.size(); ++i) {
        const QJsonObject v = verdicts.at(i).toObject();
        const QString id = v.value(QStringLiteral("id")).toString();
        const QString entry = QStringLiteral("verdicts[%1] (%2)").arg(i).arg(id.isEmpty() ? QStringLiteral("?") : id);
        if (id.isEmpty())
            return invalidEntry(fileName, entry, QCoreApplication::translate("SmtpDiagnosis", "no id"));
        if (d.m_verdicts.contains(id))
            return invalidEntry(fileName, entry, QCoreApplication::translate("SmtpDiagnosis", "duplicate id"));
        SmtpVerdict out;
        out.id = id;
        const QString sev = v.value(QStringLiteral("severity")).toString();
        out.severity = CheckResult::statusFromId(sev);
        if (CheckResult::statusId(out.severity) != sev)
            return invalidEntry(fileName, entry, QCoreApplication::translate("SmtpDiagnosis", "unknown severity \"%1\"").arg(sev));
        out.title = v.value(QStringLiteral("title")).toString();
        out.message = v.value(QStringLiteral("message")).toString();
        out.nextStep = v.value(QStringLiteral("next")).toString();
        if (out.title.isEmpty() || out.message.isEmpty() || out.nextStep.isEmpty())
            return invalidEntry(fileName, entry, QCoreApplication::translate("SmtpDiagnosis", "title, message and next are all required"));
        d.m_verdicts.insert(id, out);
        d.m_order.append(id);
    }

    const QJsonArray rules = root.value(QStringLiteral("replyRules")).toArray();
    for (int i = 0; i < rules.size(); ++i) {
        const QJsonObject r = rules.at(i).toObject();
        Rule rule;
        rule.verdict = r.value(QStringLiteral("verdict")).toString();
        const QString entry = QStringLiteral("replyRules[%1] (%2)").arg(i).arg(rule.verdict);
        if (!d.m_verdicts.contains(rule.verdict))
            return invalidEntry(fileName, entry, QCoreApplication::translate("SmtpDiagnosis", "unknown verdict id"));
        for (const QJsonValue s : r.value(QStringLiteral("stages")).toArray()) {
            if (!kStageIds.contains(s.toString()))
                return invalidEntry(fileName, entry, QCoreApplication::translate("SmtpDiagnosis", "unknown stage \"%1\"").arg(s.toString()));
            rule.stages.append(s.toString());
        }
        for (const QJsonValue c : r.value(QStringLiteral("codes")).toArray()) {
            const int code = c.toInt();
            if (code < 200 || code > 599)
                return invalidEntry(fileName, entry, QCoreApplication::translate("SmtpDiagnosis", "reply code out of range"));
            rule.codes.append(code);
        }
        for (const QJsonValue c : r.value(QStringLiteral("classes")).toArray()) {
            const int cls = c.toInt();
            if (cls < 2 || cls > 5)
                return invalidEntry(fileName, entry, QCoreApplication::translate("SmtpDiagnosis", "reply class must be 2 to 5"));
            rule.classes.append(cls);
        }
        if (rule.codes.isEmpty() && rule.classes.isEmpty())
            return invalidEntry(fileName, entry, QCoreApplication::translate("SmtpDiagnosis", "needs codes or classes"));
        for (const QJsonValue e : r.value(QStringLiteral("enhanced")).toArray()) {
            const QString s = e.toString();
            if (s.size() < 3 || !QStringLiteral("245").contains(s.at(0)) || s.at(1) != QLatin1Char('.'))
                return invalidEntry(fileName, entry, QCoreApplication::translate("SmtpDiagnosis", "bad enhanced status code \"%1\"").arg(s));
            rule.enhanced.append(s);
        }
        for (const QJsonValue t : r.value(QStringLiteral("text")).toArray()) {
            if (t.toString().isEmpty())
                return invalidEntry(fileName, entry, QCoreApplication::translate("SmtpDiagnosis", "empty text pattern"));
            rule.text.append(t.toString().toLower());
        }
        d.m_rules.append(rule);
    }
    // Both fallbacks must exist, so every reply gets a verdict.
    for (const char *id : {"rejected", "temporary-failure", "ok"})
        if (!d.m_verdicts.contains(QLatin1String(id)))
            return invalidEntry(fileName, QStringLiteral("verdicts"), QCoreApplication::translate("SmtpDiagnosis", "the verdict \"%1\" is required").arg(QLatin1String(id)));

    const QJsonArray hints = root.value(QStringLiteral("providerHints")).toArray();
    for (int i = 0; i < hints.size(); ++i) {
        const QJsonObject h = hints.at(i).toObject();
        Hint hint;
        hint.id = h.value(QStringLiteral("id")).toString();
        hint.hint = h.value(QStringLiteral("hint")).toString();
        for (const QJsonValue v : h.value(QStringLiteral("domains")).toArray())
            hint.domains.append(v.toString().toLower());
        if (hint.id.isEmpty() || hint.hint.isEmpty() || hint.domains.isEmpty())
            return invalidEntry(fileName, QStringLiteral("providerHints[%1] (%2)").arg(i).arg(hint.id),
                             QCoreApplication::translate("SmtpDiagnosis", "id, domains and hint are required"));
        d.m_hints.append(hint);
    }
    return d;
}

QStringList SmtpDiagnosis::verdictIds() const
{
    return m_order;
}

QString SmtpDiagnosis::matchReply(const SmtpReply &reply, SmtpStage stage) const
{
    const QString stageId = Smtp::stageId(stage);
    const QString text = reply.text().toLower();
    int bestScore = 0;
    QString best;
    for (const Rule &r : m_rules) {
        if (!r.stages.isEmpty() && !r.stages.contains(stageId))
            continue;
        int score = 0;
        if (r.codes.contains(reply.code))
            score = 4;
        else if (r.classes.contains(reply.code / 100))
            score = 1;
        else
            continue;
        if (!r.enhanced.isEmpty()) {
            bool hit = false;
            for (const QString &e : r.enhanced)
                hit = hit || reply.enhanced == e || (e.endsWith(QLatin1Char('.')) && reply.enhanced.startsWith(e));
            if (!hit)
                continue;
            score += 2;
        }
        if (!r.text.isEmpty()) {
            bool hit = false;
            for (const QString &t : r.text)
                hit = hit || text.contains(t);
            if (!hit)
                continue;
            score += 1;
        }
        if (score > bestScore) {
            bestScore = score;
            best = r.verdict;
        }
    }
    if (!best.isEmpty())
        return best;
    return reply.isTransient() ? QStringLiteral("temporary-failure") : QStringLiteral("rejected");
}

SmtpVerdict SmtpDiagnosis::verdict(const QString &id, const QHash<QString, QString> &values) const
{
    SmtpVerdict v = m_verdicts.value(id);
    if (!v.isValid()) {
        // Only reachable with a broken catalogue: still say something true.
        v.id = id;
        v.severity = CheckStatus::CouldNotCheck;
        v.title = id;
        v.message = m_loadError.isEmpty() ? QCoreApplication::translate("SmtpDiagnosis", "No text for verdict %1.").arg(id) : m_loadError;
        return v;
    }
    auto fill = [&values](QString s) {
        s = QCoreApplication::translate("SmtpVerdicts", s.toUtf8().constData());
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            s.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
        return s;
    };
    v.title = fill(v.title);
    v.message = fill(v.message);
    v.nextStep = fill(v.nextStep);
    return v;
}

QString SmtpDiagnosis::providerHint(const QString &host, const QString &user) const
{
    const QStringList names{host.toLower(), user.section(QLatin1Char('@'), 1).toLower()};
    for (const Hint &h : m_hints)
        for (const QString &n : names)
            for (const QString &d : h.domains)
                if (!n.isEmpty() && (n == d || n.endsWith(QLatin1Char('.') + d)))
                    return QCoreApplication::translate("SmtpVerdicts", h.hint.toUtf8().constData());
    return {};
}

SmtpVerdict SmtpDiagnosis::diagnose(const SmtpResult &r, const SmtpOptions &o) const
{
    QHash<QString, QString> values{
        {QStringLiteral("host"), r.host},
        {QStringLiteral("port"), QString::number(r.port)},
        {QStringLiteral("security"), Smtp::securityId(r.security)},
        {QStringLiteral("stage"), Smtp::stageText(r.stage)},
        {QStringLiteral("reply"), r.lastReply.isValid() ? r.transcript.scrub(r.lastReply.firstLine()) : QString()},
        {QStringLiteral("detail"), r.transcript.scrub(r.errorText)},
        {QStringLiteral("offered"), r.authOffered.isEmpty() ? QCoreApplication::translate("SmtpDiagnosis", "nothing") : r.authOffered.join(QStringLiteral(", "))},
        {QStringLiteral("protocol"), r.tls.established ? r.tls.protocol + QLatin1Char(' ') + r.tls.cipher : QString()},
        {QStringLiteral("cipher"), r.tls.cipher},
        {QStringLiteral("auth"), r.authMechUsed.isEmpty() ? Smtp::authMechId(o.authMech) : r.authMechUsed},
    };
    QString id;
    const QString err = r.errorText.toLower();
    switch (r.failure) {
    case SmtpFailure::None:
        id = r.encrypted ? QStringLiteral("ok") : QStringLiteral("ok-unencrypted");
        break;
    case SmtpFailure::Aborted: id = QStringLiteral("aborted"); break;
    case SmtpFailure::InvalidOptions: id = QStringLiteral("invalid-options"); break;
    case SmtpFailure::HostNotFound: id = QStringLiteral("host-not-found"); break;
    case SmtpFailure::ConnectionRefused: id = QStringLiteral("connection-refused"); break;
    case SmtpFailure::ConnectTimeout: id = QStringLiteral("connect-timeout"); break;
    case SmtpFailure::ConnectionDropped: id = QStringLiteral("connection-dropped"); break;
    case SmtpFailure::ReplyTimeout:
        id = (r.stage == SmtpStage::Banner && !r.partialReply) ? QStringLiteral("no-banner") : QStringLiteral("reply-timeout");
        break;
    case SmtpFailure::NotSmtp: id = QStringLiteral("not-smtp"); break;
    case SmtpFailure::ReplyTooLong: id = QStringLiteral("reply-too-long"); break;
    case SmtpFailure::TlsCertificate:
        id = r.tls.certificateProblem.isEmpty() ? QStringLiteral("tls-cert-invalid") : r.tls.certificateProblem;
        values.insert(QStringLiteral("detail"), r.tls.errors.join(QStringLiteral("; ")));
        break;
    case SmtpFailure::TlsHandshakeFailed: {
        // Implicit TLS on a port that greets in plain text: the "220 " arrives where a TLS record
        // should be, and OpenSSL reports a bogus record version or length.
        const bool plainAnswer = err.contains(QLatin1String("wrong version number")) || err.contains(QLatin1String("packet length too long"))
            || err.contains(QLatin1String("record layer failure")) || err.contains(QLatin1String("http request"))
            || err.contains(QLatin1String("unknown protocol"));
        if (r.security == SmtpSecurity::Tls && r.banner.isEmpty() && plainAnswer)
            id = QStringLiteral("tls-on-plain-port");
        else if (err.contains(QLatin1String("did not finish within")))
            id = QStringLiteral("tls-handshake-timeout");
        else if (err.contains(QLatin1String("closed")) || err.contains(QLatin1String("unexpected eof")))
            id = QStringLiteral("tls-handshake-dropped");
        else
            id = QStringLiteral("tls-handshake-failed");
        break;
    }
    case SmtpFailure::StartTlsNotOffered: id = QStringLiteral("starttls-not-offered"); break;
    case SmtpFailure::AuthNotOffered:
        id = r.encrypted ? QStringLiteral("auth-not-offered") : QStringLiteral("auth-not-offered-before-tls");
        break;
    case SmtpFailure::AuthMechNotOffered: id = QStringLiteral("auth-mechanism-not-offered"); break;
    case SmtpFailure::PlaintextAuthRefused: id = QStringLiteral("auth-plaintext-refused"); break;
    case SmtpFailure::NetworkError: id = QStringLiteral("network-error"); break;
    case SmtpFailure::ServerReply: id = matchReply(r.lastReply, r.stage); break;
    }
    SmtpVerdict v = verdict(id, values);
    if (id.startsWith(QLatin1String("auth-")) && id != QLatin1String("auth-plaintext-refused"))
        v.providerHint = providerHint(r.host, o.user);
    return v;
}
