#include "ReportRedactor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

ReportRedactor::ReportRedactor(const QStringList &secrets)
{
    for (const QString &s : secrets) {
        m_secrets.addSecret(s);
        m_any = m_any || s.size() >= 3;
    }
}

QString ReportRedactor::scrub(const QString &text) const
{
    return m_any ? m_secrets.scrub(text) : text;
}

void ReportRedactor::scrub(ReportBlocks &blocks) const
{
    for (ReportBlock &b : blocks) {
        b.text = scrub(b.text);
        if (b.kind == ReportBlock::Kind::Code)
            b.text = redactAuthPayloads(b.text);
        for (QString &i : b.items)
            i = scrub(i);
        for (QString &h : b.header)
            h = scrub(h);
        for (QStringList &row : b.rows)
            for (QString &cell : row)
                cell = scrub(cell);
    }
}

QJsonValue ReportRedactor::scrub(const QJsonValue &value) const
{
    if (value.isString())
        return redactAuthPayloads(scrub(value.toString()));
    if (value.isArray()) {
        QJsonArray out;
        bool transcript = !value.toArray().isEmpty();
        bool strings = !value.toArray().isEmpty();
        for (const QJsonValue &v : value.toArray()) {
            strings = strings && v.isString();
            out.append(scrub(v));
            transcript = transcript && v.toObject().contains(QLatin1String("dir")) && v.toObject().contains(QLatin1String("text"));
        }
        if (strings) {
            // Transcript lines as text (a check's evidence): a 334 challenge and its answer are
            // separate elements, so they are redacted together.
            QStringList lines;
            for (const QJsonValue &v : std::as_const(out))
                lines.append(v.toString());
            const QStringList redacted = redactAuthPayloads(lines.join(QLatin1Char('\n'))).split(QLatin1Char('\n'));
            if (redacted.size() == lines.size())
                out = QJsonArray::fromStringList(redacted);
        }
        if (transcript) {
            // A transcript as JSON ({"dir":"client","text":...} lines): same rules as the text form.
            QStringList lines;
            for (const QJsonValue &v : std::as_const(out)) {
                const QString dir = v.toObject().value(QLatin1String("dir")).toString();
                const QString who = dir == QLatin1String("client") ? QStringLiteral("C: ")
                                    : dir == QLatin1String("server") ? QStringLiteral("S: ")
                                                                     : QStringLiteral("*: ");
                lines.append(who + v.toObject().value(QLatin1String("text")).toString().replace(QLatin1Char('\n'), QLatin1Char(' ')));
            }
            const QStringList redacted = redactAuthPayloads(lines.join(QLatin1Char('\n'))).split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < out.size() && i < redacted.size(); ++i) {
                QJsonObject line = out.at(i).toObject();
                line.insert(QStringLiteral("text"), redacted.at(i).mid(3));
                out.replace(i, line);
            }
        }
        return out;
    }
    if (value.isObject()) {
        const QJsonObject in = value.toObject();
        QJsonObject out;
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), scrub(it.value()));
        return out;
    }
    return value;
}

QString ReportRedactor::redactAuthPayloads(const QString &transcriptText)
{
    // "C: AUTH PLAIN xyz" / "C~ AUTH XOAUTH2 xyz": keep the command and mechanism, drop the payload.
    static const QRegularExpression authLine(QStringLiteral(R"(^(.*\bC[:~] AUTH\s+[A-Za-z0-9_-]+)\s+(\S.*)$)"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression clientLine(QStringLiteral(R"(^(.*\bC[:~] )(.*)$)"));
    static const QRegularExpression challenge(QStringLiteral(R"(\bS[:~] 334\b)"));
    const QString marker = SmtpTranscript::redactedMarker();
    QStringList lines = transcriptText.split(QLatin1Char('\n'));
    bool afterChallenge = false;
    for (QString &line : lines) {
        const auto auth = authLine.match(line);
        if (auth.hasMatch() && auth.captured(2) != marker && auth.captured(2) != QLatin1String("=")) {
            line = auth.captured(1) + QLatin1Char(' ') + marker;
            afterChallenge = false;
            continue;
        }
        const auto client = clientLine.match(line);
        if (afterChallenge && client.hasMatch() && client.captured(2) != marker && client.captured(2) != QLatin1String("*"))
            line = client.captured(1) + marker;
        if (challenge.match(line).hasMatch())
            afterChallenge = true;
        else if (client.hasMatch() || line.contains(QRegularExpression(QStringLiteral(R"(\bS[:~] \d{3}\b)"))))
            afterChallenge = false;
    }
    return lines.join(QLatin1Char('\n'));
}
