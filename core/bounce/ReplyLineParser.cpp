#include "ReplyLineParser.h"

#include "RegexMatch.h"

#include <QRegularExpression>

namespace {
// A reply code and an enhanced code of the same class: "550 5.1.1", "550-5.1.1", "#550 5.1.1", "550 #5.1.1".
const QRegularExpression &pairRe()
{
    static const QRegularExpression re(QStringLiteral(
        "(?<![\\w.\\-/:=])([245][0-5]\\d)(?:[ \\-]+|\\s*[,:]\\s*)[#\\(]?([245]\\.\\d{1,3}\\.\\d{1,3})(?![\\w\\-]|\\.\\d)"));
    return re;
}

// A reply code alone, at the start of a line or right after a word that introduces a reply.
const QRegularExpression &codeRe()
{
    static const QRegularExpression re(
        QStringLiteral("(?:^[ \\t>]*(?:<<<\\s*)?|(?i:said|returned|error|reply|response|responded|answer|answered|"
                       "code|replied|R[eé]ponse|Antwort|Fehler|erreur)"
                       "\\s*[:=]?\\s*[\"'(\\[]?|[\"'(\\[]|(?<!\\w)#|:\\s+)([245][0-5]\\d)(?=[ \\-:][^\\d.]|[ \\-]?$|['\")\\]]|[ ][\\d]\\s|[ ][245]\\.\\d)"),
        QRegularExpression::MultilineOption);
    return re;
}

const QRegularExpression &statusRe()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![\\w.\\-/:=])#?\\(?#?([245]\\.[0-7]\\.\\d{1,3})(?![\\w\\-]|\\.\\d)"));
    return re;
}

bool sameClass(const QString &code, const QString &status)
{
    return !code.isEmpty() && !status.isEmpty() && code.at(0) == status.at(0);
}

qsizetype replyEnd(QStringView text, qsizetype start)
{
    // The reply runs to the end of its line and over indented or code-prefixed continuation lines.
    qsizetype end = text.indexOf(u'\n', start);
    if (end < 0)
        return text.size();
    const QStringView firstCode = text.mid(start, 3);
    while (end + 1 < text.size()) {
        qsizetype next = text.indexOf(u'\n', end + 1);
        if (next < 0)
            next = text.size();
        const QStringView line = text.mid(end + 1, next - end - 1);
        if (line.trimmed().isEmpty())
            break;
        const bool continuation = line.front().isSpace() && !line.trimmed().startsWith(u'<')
            && !line.trimmed().startsWith(QLatin1String(">>>"));
        const bool codeContinuation = line.size() > 3 && line.startsWith(firstCode)
            && (line.at(3) == u'-' || line.at(3) == u' ');
        if (!continuation && !codeContinuation)
            break;
        end = next;
    }
    return end;
}

// A session transcript quotes the accepted replies before the failing one ("250 2.1.0 Ok" then
// "552 5.2.2 mailbox full"): the first 4xx/5xx match wins, a 2xx/3xx one only when none fails.
QRegularExpressionMatch firstFailureMatch(const QRegularExpression &re, const QString &s, bool needSameClass)
{
    QRegularExpressionMatch fallback;
    auto it = RegexMatch::globalMatch(re, s);
    while (it.hasNext()) {
        QRegularExpressionMatch m = it.next();
        if (needSameClass && !sameClass(m.captured(1), m.captured(2)))
            continue;
        const QChar c = s.at(m.capturedStart(1));
        if (c == u'4' || c == u'5')
            return m;
        if (!fallback.hasMatch())
            fallback = m;
    }
    return fallback;
}
}

QuotedReply ReplyLineParser::find(QStringView text)
{
    QuotedReply best;
    const QString s = text.toString();
    const auto pair = firstFailureMatch(pairRe(), s, true);
    if (pair.hasMatch()) {
        best.replyCode = pair.captured(1);
        best.status = pair.captured(2);
        best.start = pair.capturedStart(1);
        // A preceding '#' (Exchange "#550 5.1.1 ...") belongs to the reply.
        best.end = replyEnd(text, best.start);
        return best;
    }
    const auto code = firstFailureMatch(codeRe(), s, false);
    if (code.hasMatch()) {
        best.replyCode = code.captured(1);
        best.start = code.capturedStart(1);
        best.end = replyEnd(text, best.start);
        // An enhanced code later in the same reply ("550 Requested action ... (#5.1.1)") belongs to it.
        const auto status = RegexMatch::match(statusRe(), s, best.start);
        if (status.hasMatch() && status.capturedStart(1) < best.end
            && sameClass(best.replyCode, status.captured(1)))
            best.status = status.captured(1);
        return best;
    }
    const auto status = firstFailureMatch(statusRe(), s, false);
    if (status.hasMatch()) {
        best.status = status.captured(1);
        best.start = status.capturedStart(0);
        best.end = replyEnd(text, best.start);
    }
    return best;
}

QString ReplyLineParser::enhancedStatus(QStringView text)
{
    const auto m = RegexMatch::match(statusRe(), text.toString());
    return m.hasMatch() ? m.captured(1) : QString();
}

QString ReplyLineParser::smtpCommand(QStringView text)
{
    struct Rule
    {
        const char *pattern;
        const char *command;
    };
    static const Rule rules[] = {
        {"end of data|after data|\\bDATA command|after the message|after I sent the message|\\[BODY\\]|\\[END_OF_DATA\\]|"
         "after end of data|message content|in reply to \\.|>>>\\s*\\.\\s*$",
         "DATA"},
        {"RCPT[ _]TO|\\bRCPT\\b|does not like recipient|\\[RCPT_TO\\]", "RCPT"},
        {"MAIL[ _]FROM|\\bMAIL\\b command|sender was rejected|does not like sender|\\[MAIL_FROM\\]", "MAIL"},
        {"\\bEHLO\\b|\\bHELO\\b|\\bLHLO\\b", "EHLO"},
        {"STARTTLS", "STARTTLS"},
        {"\\bAUTH\\b", "AUTH"},
        {"initial greeting|greeting failed|refused to talk to me|after initial connection|connect to .*: "
         "(?:Connection refused|Connection timed out|No route to host|Network is unreachable)|"
         "\\bconnection (?:refused|timed out)|could not connect|unable to connect",
         "CONNECT"},
    };
    static QList<std::pair<QRegularExpression, QString>> compiled = [] {
        QList<std::pair<QRegularExpression, QString>> out;
        for (const Rule &r : rules)
            out.append({QRegularExpression(QString::fromLatin1(r.pattern),
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::MultilineOption),
                        QString::fromLatin1(r.command)});
        return out;
    }();
    // Sendmail/Courier transcripts: the last command sent before the failing reply.
    static const QRegularExpression transcript(QStringLiteral("^\\s*>>>\\s*([A-Za-z]+(?:\\s+(?:TO|FROM))?|\\.)"),
                                               QRegularExpression::MultilineOption);
    const QString s = text.toString();
    QString fromTranscript;
    auto it = RegexMatch::globalMatch(transcript, s);
    while (it.hasNext()) {
        const QString cmd = it.next().captured(1).toUpper();
        if (cmd == QLatin1String("."))
            fromTranscript = QStringLiteral("DATA");
        else
            fromTranscript = cmd.section(u' ', 0, 0);
    }
    if (!fromTranscript.isEmpty()) {
        if (fromTranscript == QLatin1String("HELO") || fromTranscript == QLatin1String("LHLO"))
            return QStringLiteral("EHLO");
        return fromTranscript;
    }
    static const QRegularExpression explicitRe(
        QStringLiteral("(?:in reply to|after|while sending|during|at|SMTP command:?)\\s+(?:the\\s+)?(?:pipelined\\s+)?"
                       "(end of data|end of DATA|DATA|RCPT TO|RCPT|MAIL FROM|MAIL|EHLO|HELO|LHLO|STARTTLS|AUTH|"
                       "initial connection|initial greeting|BDAT)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = RegexMatch::match(explicitRe, s);
    if (m.hasMatch()) {
        const QString c = m.captured(1).toUpper();
        if (c.contains(QLatin1String("DATA")) || c == QLatin1String("BDAT"))
            return QStringLiteral("DATA");
        if (c.startsWith(QLatin1String("RCPT")))
            return QStringLiteral("RCPT");
        if (c.startsWith(QLatin1String("MAIL")))
            return QStringLiteral("MAIL");
        if (c == QLatin1String("EHLO") || c == QLatin1String("HELO") || c == QLatin1String("LHLO"))
            return QStringLiteral("EHLO");
        if (c.startsWith(QLatin1String("INITIAL")))
            return QStringLiteral("CONNECT");
        return c;
    }
    for (const auto &[re, command] : compiled)
        if (RegexMatch::match(re, s).hasMatch())
            return command;
    return {};
}

bool ReplyLineParser::isReplyText(QStringView text)
{
    // "<<< " marks a reply in a transcript an MTA quotes (Sendmail, Courier).
    static const QRegularExpression line(QStringLiteral("^\\s*(?:<<<\\s*)?[245][0-5]\\d(?:[ \\-].*)?$"));
    const QStringView t = text.trimmed();
    if (t.isEmpty() || t.size() > 4000)
        return false;
    for (QStringView l : t.split(u'\n')) {
        if (l.trimmed().isEmpty())
            continue;
        if (!RegexMatch::match(line, l.toString()).hasMatch())
            return false;
    }
    return true;
}

QString ReplyLineParser::replyText(QStringView text, const QuotedReply &reply)
{
    if (!reply.isValid())
        return {};
    QString s = text.mid(reply.start, reply.end - reply.start).toString();
    // Multi-line replies repeat the code on every line ("550-5.1.1 ... / 550 5.1.1 ..."): keep the words once.
    static const QRegularExpression contPrefix(QStringLiteral("\\n[ \\t]*[245][0-5]\\d[ \\-](?:[245]\\.\\d{1,3}\\.\\d{1,3}\\s)?"));
    if (!reply.replyCode.isEmpty() && s.contains(u'\n'))
        s.replace(contPrefix, QStringLiteral(" "));
    s = s.simplified();
    if (s.size() > 4 && s.at(3) == u'-' && !reply.replyCode.isEmpty() && s.startsWith(reply.replyCode))
        s[3] = u' ';
    static const QRegularExpression inReplyTo(QStringLiteral("\\s*\\(in reply to [^)]*\\)\\s*$"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (s.contains(QLatin1String("(in reply to"), Qt::CaseInsensitive))
        s.remove(inReplyTo);
    // Exchange wraps the reply in quotes ("Remote Server returned '550 ...'") or in #...## marks.
    if (s.endsWith(QLatin1String("##")))
        s.chop(2);
    if (s.endsWith(u'\'') && !s.contains(QLatin1String(" '")))
        s.chop(1);
    if (s.endsWith(QLatin1String("'>")) || s.endsWith(QLatin1String("']")))
        s.chop(2);
    // "(reason: 550 5.1.1 ... User unknown)": the closing parenthesis is not part of the reply.
    while ((s.endsWith(u')') && s.count(u')') > s.count(u'(')) || (s.endsWith(u'>') && s.count(u'>') > s.count(u'<')))
        s.chop(1);
    return s.trimmed();
}
