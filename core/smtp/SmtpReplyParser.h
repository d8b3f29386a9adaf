#pragma once

#include "SmtpReply.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Incremental parser for server replies (RFC 5321 §4.2): bytes in, complete replies out.
// Bounded: a line longer than maxLineLength or a reply with more than maxLines lines is an error,
// so a hostile or broken server cannot make us buffer without limit.
class SmtpReplyParser
{
public:
    enum class State { Ok, NotSmtp, TooLong };

    static constexpr int kMaxLineLength = 8192;   // RFC says 512; real servers exceed it a little
    static constexpr int kMaxLines = 500;

    // Appends data; returns the state after consuming it. Once not Ok it stays so.
    State feed(const QByteArray &data);
    bool hasReply() const { return !m_replies.isEmpty(); }
    SmtpReply takeReply();
    State state() const { return m_state; }
    QString errorLine() const { return m_errorLine; } // the offending input, shortened, printable
    bool hasPartialData() const { return !m_buffer.isEmpty() || !m_pending.lines.isEmpty(); }
    // Lines as received, for the transcript (drained by the caller).
    QStringList takeRawLines();
    void reset();

    // Parses one reply from text (lines separated by CRLF or LF); for tests and tools.
    static SmtpReply parse(const QByteArray &text, State *state = nullptr);
    static QString parseEnhanced(int code, QString *text);

private:
    State handleLine(const QByteArray &line);

    QByteArray m_buffer;
    SmtpReply m_pending;
    QList<SmtpReply> m_replies;
    QStringList m_rawLines;
    State m_state = State::Ok;
    QString m_errorLine;
};
