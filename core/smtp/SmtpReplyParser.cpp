#include "SmtpReplyParser.h"

#include <QRegularExpression>

namespace {
QString printable(const QByteArray &bytes)
{
    QString s;
    const QByteArray head = bytes.left(120);
    for (char c : head) {
        const uchar u = uchar(c);
        s += (u >= 0x20 && u < 0x7f) ? QChar::fromLatin1(c) : QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    if (bytes.size() > head.size())
        s += QStringLiteral("… (%1 bytes)").arg(bytes.size());
    return s;
}
}

SmtpReplyParser::State SmtpReplyParser::feed(const QByteArray &data)
{
    if (m_state != State::Ok)
        return m_state;
    m_buffer += data;
    qsizetype start = 0;
    while (m_state == State::Ok) {
        const qsizetype nl = m_buffer.indexOf('\n', start);
        if (nl < 0)
            break;
        QByteArray line = m_buffer.mid(start, nl - start);
        if (line.endsWith('\r'))
            line.chop(1);
        start = nl + 1;
        if (line.size() > kMaxLineLength) {
            m_state = State::TooLong;
            m_errorLine = printable(line);
            break;
        }
        m_state = handleLine(line);
    }
    m_buffer.remove(0, start);
    if (m_state == State::Ok && m_buffer.size() > kMaxLineLength) {
        m_state = State::TooLong;
        m_errorLine = printable(m_buffer);
    }
    return m_state;
}

SmtpReplyParser::State SmtpReplyParser::handleLine(const QByteArray &line)
{
    // "ddd", "ddd text" or "ddd-text"; anything else is not SMTP.
    const bool digits = line.size() >= 3 && line[0] >= '2' && line[0] <= '5' && line[1] >= '0' && line[1] <= '9'
        && line[2] >= '0' && line[2] <= '9';
    const char sep = line.size() > 3 ? line[3] : ' ';
    if (!digits || (sep != ' ' && sep != '-')) {
        m_errorLine = printable(line);
        return State::NotSmtp;
    }
    m_rawLines.append(QString::fromUtf8(line));
    const int code = line.left(3).toInt();
    if (!m_pending.lines.isEmpty() && code != m_pending.code) {
        m_errorLine = printable(line);
        return State::NotSmtp;
    }
    QString text = QString::fromUtf8(line.mid(4));
    if (m_pending.lines.isEmpty()) {
        m_pending.code = code;
        m_pending.enhanced = parseEnhanced(code, &text);
    } else if (!m_pending.enhanced.isEmpty() && text.startsWith(m_pending.enhanced + QLatin1Char(' '))) {
        text = text.mid(m_pending.enhanced.size() + 1);
    }
    m_pending.lines.append(text);
    if (m_pending.lines.size() > kMaxLines) {
        m_errorLine = printable(line);
        return State::TooLong;
    }
    if (sep == ' ') {
        m_replies.append(m_pending);
        m_pending = SmtpReply();
    }
    return State::Ok;
}

QString SmtpReplyParser::parseEnhanced(int code, QString *text)
{
    static const QRegularExpression re(QStringLiteral("^([245])\\.(\\d{1,3})\\.(\\d{1,3})(?:\\s+|$)"));
    const QRegularExpressionMatch m = re.match(*text);
    // RFC 3463: the class digit must agree with the reply code's first digit.
    if (!m.hasMatch() || m.captured(1).toInt() != code / 100)
        return {};
    const QString enhanced = m.captured(1) + QLatin1Char('.') + m.captured(2) + QLatin1Char('.') + m.captured(3);
    *text = text->mid(m.capturedLength());
    return enhanced;
}

SmtpReply SmtpReplyParser::takeReply()
{
    return m_replies.isEmpty() ? SmtpReply() : m_replies.takeFirst();
}

QStringList SmtpReplyParser::takeRawLines()
{
    QStringList out;
    out.swap(m_rawLines);
    return out;
}

void SmtpReplyParser::reset()
{
    *this = SmtpReplyParser();
}

SmtpReply SmtpReplyParser::parse(const QByteArray &text, State *state)
{
    SmtpReplyParser p;
    QByteArray t = text;
    if (!t.endsWith('\n'))
        t += "\r\n";
    const State s = p.feed(t);
    if (state)
        *state = (s == State::Ok && !p.hasReply()) ? State::NotSmtp : s;
    return p.takeReply();
}
