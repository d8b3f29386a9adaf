#include "SmtpTranscript.h"

#include <QByteArray>
#include <QJsonObject>

QString SmtpTranscriptLine::directionId() const
{
    switch (direction) {
    case Direction::Client: return QStringLiteral("client");
    case Direction::Server: return QStringLiteral("server");
    case Direction::Info: return QStringLiteral("info");
    }
    return {};
}

QString SmtpTranscriptLine::toText() const
{
    const QString who = direction == Direction::Client ? QStringLiteral("C")
        : direction == Direction::Server               ? QStringLiteral("S")
                                                       : QStringLiteral("*");
    return QStringLiteral("[%1s] %2%3 %4")
        .arg(double(offsetMs) / 1000.0, 7, 'f', 3)
        .arg(who, insideTls ? QStringLiteral("~") : QStringLiteral(":"), text);
}

QString SmtpTranscript::redactedMarker()
{
    return QStringLiteral("<redacted>");
}

void SmtpTranscript::addSecret(const QString &secret)
{
    // Very short secrets would scrub ordinary words; they are still never written by the probe.
    if (secret.size() < 3)
        return;
    const QByteArray utf8 = secret.toUtf8();
    const QStringList forms{secret, QString::fromLatin1(utf8.toBase64()),
                            QString::fromLatin1(utf8.toBase64(QByteArray::OmitTrailingEquals))};
    for (const QString &f : forms)
        if (!m_secrets.contains(f))
            m_secrets.append(f);
    // The three base64 alignments of the secret inside a longer payload (PLAIN: "\0user\0pass").
    for (int shift = 0; shift <= 2; ++shift) {
        const QByteArray b64 = (QByteArray(shift, '\0') + utf8).toBase64();
        // Skip the characters that encode the padding bytes and the unaligned tail.
        const QString core = QString::fromLatin1(b64.mid(4, qMax(0, int((utf8.size() - 3) / 3 * 4))));
        if (core.size() >= 4 && !m_secrets.contains(core))
            m_secrets.append(core);
    }
}

QString SmtpTranscript::scrub(const QString &text) const
{
    QString out = text;
    for (const QString &s : m_secrets)
        out.replace(s, redactedMarker());
    return out;
}

void SmtpTranscript::add(SmtpTranscriptLine::Direction direction, qint64 offsetMs, bool insideTls, const QString &text)
{
    m_lines.append({direction, offsetMs, insideTls, scrub(text)});
}

QString SmtpTranscript::toText() const
{
    QStringList out;
    for (const SmtpTranscriptLine &l : m_lines)
        out.append(l.toText());
    return out.join(QLatin1Char('\n'));
}

QJsonArray SmtpTranscript::toJson() const
{
    QJsonArray a;
    for (const SmtpTranscriptLine &l : m_lines)
        a.append(QJsonObject{{QStringLiteral("dir"), l.directionId()},
                             {QStringLiteral("ms"), l.offsetMs},
                             {QStringLiteral("tls"), l.insideTls},
                             {QStringLiteral("text"), l.text}});
    return a;
}
