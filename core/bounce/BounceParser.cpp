#include "BounceParser.h"

#include "DsnFieldsParser.h"
#include "FormatDetector.h"
#include "JsonEventReader.h"
#include "MailHeaders.h"
#include "MimeReader.h"
#include "ProseExtractor.h"
#include "ReceivedChain.h"
#include "ReplyLineParser.h"
#include "RegexMatch.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <cstring>
#include <exception>
#include <initializer_list>

namespace {
bool looksBinary(const QByteArray &input)
{
    // Judge by a sample from the start and the middle: text has almost no control characters.
    auto controls = [](const char *p, qsizetype n) {
        qsizetype c = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const uchar ch = uchar(p[i]);
            if ((ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t' && ch != '\f' && ch != 0x1b) || ch == 0x7f)
                ++c;
        }
        return c;
    };
    const qsizetype n = qMin<qsizetype>(input.size(), 65536);
    if (controls(input.constData(), n) * 50 > n)
        return true;
    if (input.size() > 2 * n) {
        const qsizetype mid = input.size() / 2;
        if (controls(input.constData() + mid, n) * 50 > n)
            return true;
    }
    return false;
}

QByteArray normalize(const QByteArray &input)
{
    QByteArray s = input;
    if (s.startsWith("\xEF\xBB\xBF"))
        s.remove(0, 3);
    if (s.contains('\r')) {
        s.replace("\r\n", "\n");
        s.replace('\r', '\n');
    }
    qsizetype start = 0;
    while (start < s.size() && (s.at(start) == '\n' || s.at(start) == ' ' || s.at(start) == '\t'))
        ++start;
    // An mbox "From sender date" separator line is not part of the message.
    if (s.mid(start, 5) == "From ") {
        const qsizetype nl = s.indexOf('\n', start);
        start = nl < 0 ? s.size() : nl + 1;
    }
    if (start > 0)
        s.remove(0, start);
    return s;
}

bool looksLikeMessage(const QByteArray &s)
{
    // At least two header fields with well-known names at the top of the first 8 KB, read like
    // MailHeaders::parseFields() reads the Latin-1 text (same stops: a blank line, an indented
    // line with no field open, a line that is not "name: value", by the same fieldNameLength()),
    // but looking at the names only and stopping at the second known one instead of building
    // every field.
    static const QRegularExpression known(
        QStringLiteral("^(?:From|To|Subject|Date|Received|Return-Path|Message-I[Dd]|MIME-Version|Content-Type|"
                       "Delivered-To|X-[\\w-]+|Reply-To|Sender|Auto-Submitted|DKIM-Signature|ARC-[\\w-]+|"
                       "Authentication-Results)$"),
        QRegularExpression::CaseInsensitiveOption);
    const qsizetype n = qMin<qsizetype>(s.size(), 8 * 1024);
    const char *data = s.constData();
    bool open = false;
    int hits = 0;
    qsizetype pos = 0;
    while (pos < n && hits < 2) {
        qsizetype end = pos;
        while (end < n && data[end] != '\n')
            ++end;
        bool blank = true;
        for (qsizetype i = pos; i < end && blank; ++i)
            blank = QChar(uchar(data[i])).isSpace();
        if (blank)
            break;
        if (data[pos] == ' ' || data[pos] == '\t') {
            if (!open)
                break;
        } else {
            // A field name lies within the line's first 80 characters.
            const QString head = QString::fromLatin1(data + pos, qMin<qsizetype>(end - pos, 80));
            const qsizetype colon = MailHeaders::fieldNameLength(head);
            if (colon < 0)
                break;
            open = true;
            if (RegexMatch::match(known, QStringView(head).left(colon)).hasMatch())
                ++hits;
        }
        pos = end + 1;
    }
    return hits >= 2;
}

// Counts declarations that make GMime recurse (multipart boundaries, attached messages), so a
// maliciously deep message is read as text instead of being handed to a recursive parser.
qsizetype countBoundaries(const QByteArray &s)
{
    // Each needle is found by its one fixed punctuation byte ('=' or '/'), so the text is scanned
    // twice with memchr instead of once per needle. No needle can overlap itself, so counting
    // every position equals counting non-overlapping occurrences.
    auto count = [&s](char key, qsizetype keyIndex, std::initializer_list<const char *> needles) {
        qsizetype n = 0;
        const char *begin = s.constData();
        const char *end = begin + s.size();
        for (const char *p = begin + keyIndex; p < end;) {
            p = static_cast<const char *>(memchr(p, key, size_t(end - p)));
            if (!p)
                break;
            const char *start = p - keyIndex;
            for (const char *needle : needles) {
                const size_t len = strlen(needle);
                if (size_t(end - start) >= len && memcmp(start, needle, len) == 0) {
                    ++n;
                    break;
                }
            }
            ++p;
        }
        return n;
    };
    return count('=', 8, {"boundary=", "BOUNDARY=", "Boundary="})
        + count('/', 7, {"message/rfc822", "Message/rfc822", "MESSAGE/RFC822", "message/global"});
}

QString decodeText(const QByteArray &bytes, QStringList &warnings)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        // Not UTF-8: most such pastes are Windows-1252/Latin-1 mail text.
        QStringDecoder latin(QStringDecoder::Latin1);
        text = latin.decode(bytes);
        warnings.append(QCoreApplication::translate("BounceParser", "The text is not valid UTF-8; it was read as Latin-1."));
    }
    return text;
}

QStringList addressesIn(const QString &value)
{
    static const QRegularExpression re(ProseExtractor::addressPattern(), QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    auto it = RegexMatch::globalMatch(re, value);
    while (it.hasNext())
        out.append(it.next().captured(0));
    return out;
}

QString cleanAngle(QString v)
{
    const QStringList a = addressesIn(v);
    if (!a.isEmpty())
        return a.first();
    v = v.trimmed();
    if (v.startsWith(u'<') && v.endsWith(u'>'))
        v = v.mid(1, v.size() - 2);
    return v;
}

void fillReturned(ReturnedMessage &r, const MailHeaders &h)
{
    r.present = true;
    r.from = h.value(u"From");
    r.returnPath = cleanAngle(h.value(u"Return-Path"));
    r.to = h.value(u"To");
    r.subject = h.value(u"Subject");
    r.messageId = h.value(u"Message-ID");
    r.date = h.value(u"Date");
    const QString dkim = h.value(u"DKIM-Signature");
    if (!dkim.isEmpty()) {
        static const QRegularExpression d(QStringLiteral("(?:^|;)\\s*d\\s*=\\s*([^;\\s]+)"));
        static const QRegularExpression s(QStringLiteral("(?:^|;)\\s*s\\s*=\\s*([^;\\s]+)"));
        r.dkimDomain = RegexMatch::match(d, dkim).captured(1);
        r.dkimSelector = RegexMatch::match(s, dkim).captured(1);
    }
    r.authenticationResults = h.values(u"Authentication-Results");
    r.received = h.values(u"Received");
    const ReceivedChain chain(r.received);
    r.sendingIp = chain.sendingIp();
    r.helo = chain.helo();
    r.sendingHopExplanation = chain.explanation();
}

void bodyStats(ReturnedMessage &r, const QStringList &texts)
{
    static const QRegularExpression link(QStringLiteral("\\bhttps?://([^/\\s\"'<>)\\]?#]+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    QSet<QString> seen;
    for (const QString &t : texts) {
        auto it = RegexMatch::globalMatch(link, t);
        while (it.hasNext()) {
            ++r.linkCount;
            QString host = it.next().captured(1).toLower();
            host = host.section(u'@', -1).section(u':', 0, 0);
            if (!host.isEmpty() && !seen.contains(host) && r.linkHosts.size() < 100) {
                seen.insert(host);
                r.linkHosts.append(host);
            }
        }
    }
}

// The failure text is the explanation; when nothing names a recipient, quote its most telling part.
QString bestSpan(const QString &text)
{
    const QuotedReply reply = ReplyLineParser::find(text);
    if (reply.isValid() && !reply.replyCode.isEmpty())
        return ReplyLineParser::replyText(text, reply);
    static const QRegularExpression failure(
        QStringLiteral("[^\\n]*(?:could not be delivered|couldn't be delivered|undeliverable|not delivered|delivery "
                       "(?:has )?failed|rejected|permanent(?:ly)? (?:error|failure)|user unknown|does not exist|"
                       "mailbox|blocked|denied|refused|failed|nicht zugestellt|non remis|no se ha podido|"
                       "non è stato)[^\\n]*(?:\\n[^\\n]+){0,2}"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = RegexMatch::match(failure, text);
    if (m.hasMatch())
        return m.captured(0).simplified().left(1000);
    if (reply.isValid())
        return ReplyLineParser::replyText(text, reply);
    return {};
}

bool looksLikeFailure(const QString &text);

// A From naming a mail system rather than a person.
bool isMailSystem(const QString &from)
{
    static const QRegularExpression daemon(QStringLiteral("mailer-daemon|postmaster|mail delivery|mdaemon|mail router|"
                                                          "mail administrator|mail system"),
                                           QRegularExpression::CaseInsensitiveOption);
    return RegexMatch::match(daemon, from).hasMatch();
}

bool hasSubstance(const QList<DeliveryFailure> &failures)
{
    for (const DeliveryFailure &f : failures)
        if (!f.replyCode.isEmpty() || !f.status.isEmpty())
            return true;
    return false;
}

// An out-of-office or other automatic answer from a person's mailbox, not from a mail system.
bool isAutoReply(const MailHeaders &headers, const Bounce &b)
{
    if (isMailSystem(headers.value(u"From")))
        return false;
    static const QRegularExpression autoSubject(
        QStringLiteral("^(?:Automatic reply|Auto(?:matic)?[ -]?(?:reply|response|antwort)|Out of (?:the )?office|"
                       "Abwesenheit|Autoreply|Auto:|Vacation|R(?:é|e)ponse automatique|Respuesta autom(?:á|a)tica|"
                       "Risposta automatica|Resposta autom(?:á|a)tica|Automatisch antwoord|Frånvaro|Poza biurem)"),
        QRegularExpression::CaseInsensitiveOption);
    const bool headerSaysAuto = headers.contains(u"X-Autoreply") || headers.contains(u"X-Autorespond")
        || headers.value(u"Precedence").contains(QLatin1String("auto_reply"), Qt::CaseInsensitive);
    const bool autoSubmitted = headers.value(u"Auto-Submitted").startsWith(QLatin1String("auto-replied"), Qt::CaseInsensitive);
    if (hasSubstance(b.failures))
        return false;
    return RegexMatch::match(autoSubject, b.subject).hasMatch() || headerSaysAuto || (autoSubmitted && !looksLikeFailure(b.subject));
}

bool looksLikeFailure(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("undeliver|not (?:be )?delivered|delivery (?:status|failure|has failed|failed|problem)|"
                       "returned mail|failure notice|mail delivery|could not be delivered|couldn't be delivered|"
                       "rejected|user unknown|mailbox|blocked|denied|refused|bounce|permanent|nicht zugestellt|"
                       "unzustellbar|non distribuable|no entregado|non recapitabile|delayed"),
        QRegularExpression::CaseInsensitiveOption);
    return RegexMatch::match(re, text).hasMatch() || ReplyLineParser::find(text).isValid();
}
}

BounceParser::BounceParser(const ParseLimits &limits) : m_limits(limits) { }

Result<Bounce> BounceParser::parse(const QByteArray &input) const noexcept
{
    try {
        qsizetype firstText = 0;
        while (firstText < input.size() && QChar::isSpace(uchar(input.at(firstText))))
            ++firstText;
        if (firstText >= input.size())
            return Error{QStringLiteral("input-empty"), QCoreApplication::translate("BounceParser", "There is nothing to read: paste a bounce message or drop a file.")};
        if (input.size() > m_limits.maxInputBytes)
            return Error{QStringLiteral("input-too-large"),
                         QCoreApplication::translate("BounceParser", "The input is %1 MB, more than the %2 MB a bounce can reasonably be.")
                             .arg(input.size() / (1024 * 1024))
                             .arg(m_limits.maxInputBytes / (1024 * 1024))};
        if (looksBinary(input))
            return Error{QStringLiteral("not-text"),
                         QCoreApplication::translate("BounceParser", "This is binary data, not the text of an e-mail. Paste the bounce message itself or "
                            "save it as .eml and drop that file.")};
        return parseNormalized(normalize(input), 0);
    } catch (const std::exception &) {
        return Error{QStringLiteral("parse-failed"), QCoreApplication::translate("BounceParser", "The message could not be read (out of memory).")};
    } catch (...) {
        return Error{QStringLiteral("parse-failed"), QCoreApplication::translate("BounceParser", "The message could not be read.")};
    }
}

Bounce BounceParser::parseNormalized(const QByteArray &input, int nesting) const
{
    QStringList warnings;
    if (std::optional<Bounce> event = JsonEventReader::read(input, m_limits.maxRecipients)) {
        if (event->failures.isEmpty() && looksLikeFailure(event->text))
            finish(*event, ProseFindings(), event->text);
        return *event;
    }
    if (looksLikeMessage(input)) {
        if (countBoundaries(input) > m_limits.maxParts) {
            warnings.append(QCoreApplication::translate("BounceParser", "The message declares more than %n MIME parts; it was read as plain text.", nullptr, m_limits.maxParts));
        } else {
            MimeReader reader(m_limits);
            MimeDocument plain = MimeReader::readPlain(input);
            const MimeDocument doc = plain.parsed ? std::move(plain) : reader.read(input);
            if (doc.parsed) {
                Bounce b = parseMime(doc, nesting);
                if (!hasSubstance(b.failures) && doc.hasReturned && nesting < 3 && b.format != QLatin1String("arf")
                    && b.format != QLatin1String("auto-reply")) {
                    // Perhaps a bounce forwarded as an attachment: read again, keeping the attached message.
                    const MimeDocument again = reader.read(input, true);
                    if (!again.embeddedMessage.isEmpty()) {
                        Bounce inner = parseNormalized(normalize(again.embeddedMessage), nesting + 1);
                        if (hasSubstance(inner.failures) || (b.failures.isEmpty() && !inner.failures.isEmpty())) {
                            inner.warnings.prepend(QCoreApplication::translate("BounceParser", "The bounce was read from the message attached to this one."));
                            return inner;
                        }
                    }
                }
                return b;
            }
        }
    }
    QByteArray bytes = input;
    if (bytes.size() > m_limits.maxScanChars) {
        bytes.truncate(m_limits.maxScanChars);
        // (a named count: lupdate 6.4 loops forever on a division inside translate()'s arguments)
        const int kilobytes = int(m_limits.maxScanChars / 1024);
        warnings.append(QCoreApplication::translate("BounceParser", "Only the first %n KB of the text were read.", nullptr, kilobytes));
    }
    const QString text = decodeText(bytes, warnings);
    return parseText(text, warnings, nesting);
}

Bounce BounceParser::parseMime(const MimeDocument &doc, int nesting) const
{
    Bounce b;
    b.warnings = doc.warnings;
    b.subject = doc.headers.value(u"Subject");
    b.from = doc.headers.value(u"From");
    b.date = doc.headers.value(u"Date");
    b.messageId = doc.headers.value(u"Message-ID");

    QString text = doc.texts.join(QStringLiteral("\n\n"));
    if (text.size() > m_limits.maxScanChars) {
        text.truncate(m_limits.maxScanChars);
        const int kilobytes = int(m_limits.maxScanChars / 1024);
        b.warnings.append(QCoreApplication::translate("BounceParser", "Only the first %n KB of the text were read.", nullptr, kilobytes));
    }

    QList<DeliveryFailure> dsnFailures;
    bool dsnTruncated = false;
    for (const QString &part : doc.deliveryStatus) {
        const DsnReport report = DsnFieldsParser::parse(part, m_limits.maxRecipients - int(dsnFailures.size()));
        if (b.reportingMta.isEmpty())
            b.reportingMta = report.reportingMta;
        dsnFailures += report.recipients;
        dsnTruncated = dsnTruncated || report.truncated;
    }
    if (doc.deliveryStatus.isEmpty() && DsnFieldsParser::containsDsnFields(text)) {
        const DsnReport report = DsnFieldsParser::parse(text, m_limits.maxRecipients);
        b.reportingMta = report.reportingMta;
        dsnFailures = report.recipients;
        dsnTruncated = report.truncated;
    }

    QStringList known;
    for (const QString &v : doc.headers.values(u"X-Failed-Recipients"))
        known += addressesIn(v);
    for (const DeliveryFailure &f : std::as_const(dsnFailures))
        known.append(f.recipient);
    QSet<QString> notRecipients;
    for (const QString &a : addressesIn(doc.headers.value(u"From")) + addressesIn(doc.headers.value(u"To")))
        notRecipients.insert(a.toLower());
    if (doc.hasReturned)
        for (const QString &a : addressesIn(doc.returnedHeaders.value(u"From"))
                 + addressesIn(doc.returnedHeaders.value(u"Return-Path"))
                 + addressesIn(doc.returnedHeaders.value(u"Sender")))
            notRecipients.insert(a.toLower());

    const ProseExtractor extractor(m_limits.maxRecipients, notRecipients, known);
    const ProseFindings prose = extractor.extract(text);

    if (!dsnFailures.isEmpty()) {
        for (DeliveryFailure &f : dsnFailures) {
            for (const DeliveryFailure &p : prose.failures) {
                if (p.recipient.compare(f.recipient, Qt::CaseInsensitive) != 0
                    && p.recipient.compare(f.originalRecipient, Qt::CaseInsensitive) != 0)
                    continue;
                if (f.diagnostic.isEmpty()) {
                    f.diagnostic = p.diagnostic;
                    if (f.replyCode.isEmpty())
                        f.replyCode = p.replyCode;
                }
                if (f.status.isEmpty())
                    f.status = p.status;
                if (f.remoteMta.isEmpty())
                    f.remoteMta = p.remoteMta;
                if (f.smtpCommand.isEmpty())
                    f.smtpCommand = p.smtpCommand;
                break;
            }
            if (f.diagnostic.isEmpty() && dsnFailures.size() == 1 && prose.failures.size() <= 1) {
                DeliveryFailure fromText;
                ProseExtractor::readBlock(prose.failureText, fromText);
                f.diagnostic = fromText.diagnostic;
                if (f.replyCode.isEmpty() && (fromText.status.isEmpty() || fromText.status == f.status))
                    f.replyCode = fromText.replyCode;
                if (f.smtpCommand.isEmpty())
                    f.smtpCommand = fromText.smtpCommand;
            }
        }
        b.failures = dsnFailures;
        if (dsnTruncated)
            b.warnings.append(QCoreApplication::translate("BounceParser", "Only the first %n recipients were read.", nullptr, m_limits.maxRecipients));
    } else {
        b.failures = prose.failures;
        if (b.failures.isEmpty() && !known.isEmpty()) {
            for (const QString &r : std::as_const(known)) {
                DeliveryFailure f;
                f.recipient = r;
                ProseExtractor::readBlock(prose.failureText, f);
                f.action = prose.delayed && !f.status.startsWith(u'5') ? QStringLiteral("delayed")
                                                                       : QStringLiteral("failed");
                b.failures.append(f);
                if (b.failures.size() >= m_limits.maxRecipients)
                    break;
            }
        }
        if (prose.truncated)
            b.warnings.append(QCoreApplication::translate("BounceParser", "Only the first %n recipients were read.", nullptr, m_limits.maxRecipients));
    }

    if (doc.hasReturned) {
        fillReturned(b.original, doc.returnedHeaders);
        b.original.bodyBytes = int(qMin<qint64>(doc.returnedBodyBytes, INT_MAX));
        b.original.attachmentTypes = doc.returnedAttachmentTypes;
        bodyStats(b.original, doc.returnedTexts);
    } else if (!prose.returnedHeaderBlock.isEmpty()) {
        fillReturned(b.original, MimeReader::readHeaderBlock(prose.returnedHeaderBlock.toUtf8()));
        b.original.bodyBytes = int(prose.returnedBody.trimmed().toUtf8().size());
        bodyStats(b.original, {prose.returnedBody});
    }

    if (b.reportingMta.isEmpty())
        b.reportingMta = prose.reportingMta;
    if (b.reportingMta.isEmpty()) {
        // The oldest hop of the bounce itself was received by (or written on) the reporting server.
        const QStringList received = doc.headers.values(u"Received");
        if (!received.isEmpty())
            b.reportingMta = ReceivedChain::parseHop(received.last()).by;
    }
    b.format = FormatDetector::detect(doc.headers, prose.failureText, !doc.deliveryStatus.isEmpty(), b.reportingMta);
    if (!doc.feedbackReport.isEmpty()
        || doc.headers.value(u"Content-Type").contains(QLatin1String("feedback-report"), Qt::CaseInsensitive)) {
        // A complaint (RFC 5965), not a delivery failure: no recipient failed.
        b.format = QStringLiteral("arf");
        b.failures.clear();
        const MailHeaders report = MailHeaders::parseFields(doc.feedbackReport);
        const QString ip = report.value(u"Source-IP");
        if (!ip.isEmpty()) {
            b.original.sendingIp = ip;
            b.original.sendingHopExplanation =
                QCoreApplication::translate("BounceParser", "The feedback report names the source IP of the reported message.");
        }
        b.text = prose.failureText.trimmed().isEmpty() ? text : prose.failureText;
        return b;
    }
    if (std::optional<Bounce> inner = readForwardedInline(b, prose, nesting))
        return *inner;
    if (dsnFailures.isEmpty() && isAutoReply(doc.headers, b)) {
        b.format = QStringLiteral("auto-reply");
        b.failures.clear();
        b.text = prose.failureText.trimmed().isEmpty() ? text : prose.failureText;
        return b;
    }
    finish(b, prose, text);
    return b;
}

Bounce BounceParser::parseText(const QString &text, QStringList warnings, int nesting) const
{
    Bounce b;
    b.warnings = warnings;
    if (ReplyLineParser::isReplyText(text)) {
        b.format = QStringLiteral("reply-line");
        DeliveryFailure f;
        const QuotedReply reply = ReplyLineParser::find(text);
        f.replyCode = reply.replyCode;
        f.status = reply.status.isEmpty() ? ReplyLineParser::enhancedStatus(text) : reply.status;
        f.diagnostic = ReplyLineParser::replyText(text, reply);
        f.smtpCommand = ReplyLineParser::smtpCommand(text);
        // Only an address the reply names as its subject is the recipient (not "please try <new@...>").
        static const QRegularExpression subject(
            QStringLiteral("^\\s*(?:<<<\\s*)?[245]\\d\\d[ \\-](?:#?[245]\\.\\d{1,3}\\.\\d{1,3}\\s+)?(?:<(%1)>|(%1)(?=[:.\\s]))|"
                           "(?:recipient|user|mailbox|address|RCPT TO:?)\\s*(?:address\\s*)?(?:rejected)?:?\\s*<(%1)>")
                .arg(ProseExtractor::addressPattern()),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        const auto m = RegexMatch::match(subject, text);
        if (m.hasMatch())
            f.recipient = m.captured(1).isEmpty() ? (m.captured(2).isEmpty() ? m.captured(3) : m.captured(2))
                                                  : m.captured(1);
        f.action = f.replyCode.startsWith(u'2') ? QStringLiteral("delivered")
                   : f.replyCode.startsWith(u'4') ? QStringLiteral("delayed")
                                                   : QStringLiteral("failed");
        b.failures.append(f);
        b.text = text.trimmed();
        return b;
    }

    QStringList known;
    QList<DeliveryFailure> dsnFailures;
    if (DsnFieldsParser::containsDsnFields(text)) {
        const DsnReport report = DsnFieldsParser::parse(text, m_limits.maxRecipients);
        b.reportingMta = report.reportingMta;
        dsnFailures = report.recipients;
        for (const DeliveryFailure &f : std::as_const(dsnFailures))
            known.append(f.recipient);
        if (report.truncated)
            b.warnings.append(QCoreApplication::translate("BounceParser", "Only the first %n recipients were read.", nullptr, m_limits.maxRecipients));
    }
    const ProseExtractor extractor(m_limits.maxRecipients, {}, known);
    ProseFindings prose = extractor.extract(text);
    MailHeaders displayed;
    if (!prose.displayedHeaderBlock.isEmpty()) {
        displayed = MimeReader::readHeaderBlock(prose.displayedHeaderBlock.toUtf8());
        b.subject = displayed.value(u"Subject");
        b.from = displayed.value(u"From");
        b.date = displayed.value(u"Date");
        if (b.date.isEmpty())
            b.date = displayed.value(u"Sent");
        // The bounce goes to the original sender: never a failed recipient.
        const QStringList self = addressesIn(displayed.value(u"To")) + addressesIn(displayed.value(u"From"));
        if (!self.isEmpty()) {
            QSet<QString> not_;
            for (const QString &a : self)
                not_.insert(a.toLower());
            prose = ProseExtractor(m_limits.maxRecipients, not_, known).extract(text);
        }
    }
    if (!dsnFailures.isEmpty()) {
        for (DeliveryFailure &f : dsnFailures)
            for (const DeliveryFailure &p : std::as_const(prose.failures))
                if (p.recipient.compare(f.recipient, Qt::CaseInsensitive) == 0) {
                    if (f.diagnostic.isEmpty()) {
                        f.diagnostic = p.diagnostic;
                        f.replyCode = f.replyCode.isEmpty() ? p.replyCode : f.replyCode;
                    }
                    f.remoteMta = f.remoteMta.isEmpty() ? p.remoteMta : f.remoteMta;
                    f.smtpCommand = f.smtpCommand.isEmpty() ? p.smtpCommand : f.smtpCommand;
                }
        b.failures = dsnFailures;
    } else {
        b.failures = prose.failures;
        if (prose.truncated)
            b.warnings.append(QCoreApplication::translate("BounceParser", "Only the first %n recipients were read.", nullptr, m_limits.maxRecipients));
    }
    if (!prose.returnedHeaderBlock.isEmpty()) {
        fillReturned(b.original, MimeReader::readHeaderBlock(prose.returnedHeaderBlock.toUtf8()));
        b.original.bodyBytes = int(prose.returnedBody.trimmed().toUtf8().size());
        bodyStats(b.original, {prose.returnedBody});
    }
    if (b.reportingMta.isEmpty())
        b.reportingMta = prose.reportingMta;
    if (std::optional<Bounce> inner = readForwardedInline(b, prose, nesting))
        return *inner;
    b.format = FormatDetector::detect(displayed, prose.failureText, !dsnFailures.isEmpty(), b.reportingMta);
    if (b.format.isEmpty())
        b.format = QStringLiteral("client-text");
    finish(b, prose, text);
    return b;
}

// A bounce forwarded inline ("---------- Forwarded message ---------" and the bounce's own headers
// quoted as text): the quoted header block is then the bounce's, not the returned message's, and
// what follows it is read again as a bounce of its own.
std::optional<Bounce> BounceParser::readForwardedInline(const Bounce &outer, const ProseFindings &prose, int nesting) const
{
    if (nesting >= 3 || prose.returnedHeaderBlock.isEmpty() || hasSubstance(outer.failures))
        return std::nullopt;
    const MailHeaders quoted = MimeReader::readHeaderBlock(prose.returnedHeaderBlock.toUtf8());
    static const QRegularExpression ndrSubject(
        QStringLiteral("undeliver|undelivered mail|delivery status notification|mail delivery failed|failure notice|"
                       "returned mail|delivery failure|unzustellbar|non remis|no entregado|mail system error"),
        QRegularExpression::CaseInsensitiveOption);
    if (!isMailSystem(quoted.value(u"From")) && !RegexMatch::match(ndrSubject, quoted.value(u"Subject")).hasMatch())
        return std::nullopt;
    const QByteArray forwarded = (prose.returnedHeaderBlock + u'\n' + prose.returnedBody).toUtf8();
    Bounce inner = parseNormalized(normalize(forwarded), nesting + 1);
    if (!hasSubstance(inner.failures))
        return std::nullopt;
    inner.warnings.prepend(QCoreApplication::translate("BounceParser", "The bounce was read from a message forwarded in this one."));
    return inner;
}

void BounceParser::finish(Bounce &bounce, const ProseFindings &prose, const QString &text) const
{
    bounce.text = prose.failureText.trimmed().isEmpty() ? text : prose.failureText;
    if (bounce.failures.isEmpty() && looksLikeFailure(bounce.text + u'\n' + bounce.subject)) {
        // Something failed but no recipient is named: keep the most telling span as the diagnostic.
        DeliveryFailure f;
        ProseExtractor::readBlock(bounce.text, f);
        const QString span = bestSpan(bounce.text);
        if (!span.isEmpty())
            f.diagnostic = span;
        // A session transcript names the recipient in the last RCPT TO it sent (MDaemon, hMailServer);
        // otherwise the returned message's To is the best guess.
        static const QRegularExpression rcpt(QStringLiteral("RCPT\\s+TO:\\s*<(%1)>").arg(ProseExtractor::addressPattern()),
                                             QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        auto it = RegexMatch::globalMatch(rcpt, bounce.text);
        while (it.hasNext())
            f.recipient = it.next().captured(1);
        if (f.recipient.isEmpty())
            f.recipient = addressesIn(bounce.original.to).value(0);
        f.action = f.status.startsWith(u'2') ? QStringLiteral("delivered")
                   : (prose.delayed && !f.status.startsWith(u'5') && !f.replyCode.startsWith(u'5'))
                   ? QStringLiteral("delayed")
                   : QStringLiteral("failed");
        bounce.failures.append(f);
    }
    if (bounce.failures.isEmpty())
        bounce.warnings.append(QCoreApplication::translate("BounceParser", "No delivery failure was found in this text."));
    for (DeliveryFailure &f : bounce.failures) {
        if (f.diagnostic.isEmpty()) {
            const QString span = bestSpan(bounce.text);
            f.diagnostic = span;
        }
    }
    if (bounce.format.isEmpty())
        bounce.format = QStringLiteral("unknown");
}
