#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

// One line of the conversation as shown to the user.
struct SmtpTranscriptLine
{
    enum class Direction { Client, Server, Info };
    Direction direction = Direction::Info;
    qint64 offsetMs = 0;   // since the probe started
    bool insideTls = false;
    QString text;          // already redacted

    QString directionId() const; // "client" "server" "info"
    QString toText() const;      // "[  0.012s] C: EHLO x" (~ after the letter when inside TLS)
};

// The whole conversation. Secrets (password, token, and their base64 forms) registered with
// addSecret() are scrubbed from every line that is added, whatever the caller passed: a second
// line of defence behind the probe's own redaction of AUTH payloads.
class SmtpTranscript
{
public:
    static QString redactedMarker(); // "<redacted>"

    void addSecret(const QString &secret);
    void add(SmtpTranscriptLine::Direction direction, qint64 offsetMs, bool insideTls, const QString &text);
    const QList<SmtpTranscriptLine> &lines() const { return m_lines; }
    bool isEmpty() const { return m_lines.isEmpty(); }
    QString toText() const;
    QJsonArray toJson() const;
    QString scrub(const QString &text) const;

private:
    QList<SmtpTranscriptLine> m_lines;
    QStringList m_secrets;
};
