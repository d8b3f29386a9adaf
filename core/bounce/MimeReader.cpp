#include "MimeReader.h"

#include "RegexMatch.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <QHash>

#include <gmime/gmime.h>
#include <iconv.h>

#include <cstring>
#include <mutex>

namespace {
void ignoreGLibLog(const gchar *, GLogLevelFlags, const gchar *, gpointer)
{
    // GMime warns about every oddity of a broken message; the parser reports what matters itself.
}

void initGMime()
{
    static std::once_flag once;
    std::call_once(once, [] {
        g_mime_init();
        g_log_set_handler("gmime", GLogLevelFlags(G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_MESSAGE),
                          ignoreGLibLog, nullptr);
    });
}

// glibc unloads a charset module (dlclose) a few conversions after its last converter closes and
// loads it again (dlopen) on the next use; GMime opens and closes a converter per part and per
// encoded word, so a mixed stream of charsets paid a dlopen each time. One converter kept open per
// charset seen keeps its module loaded. They are held here for the life of the process and
// closed at exit, so leak checkers see nothing left open.
struct PinnedConverters
{
    QHash<QByteArray, iconv_t> converters;
    ~PinnedConverters()
    {
        for (iconv_t cd : std::as_const(converters))
            if (cd != iconv_t(-1))
                iconv_close(cd);
    }
};

void keepCharsetLoaded(const char *charset)
{
    if (!charset || !*charset)
        return;
    static std::mutex mutex;
    static PinnedConverters holder;
    QHash<QByteArray, iconv_t> &pinned = holder.converters;
    const std::lock_guard<std::mutex> lock(mutex);
    const QByteArray key = QByteArray(charset).toLower();
    if (pinned.contains(key) || pinned.size() >= 64)
        return;
    const char *name = g_mime_charset_iconv_name(charset);
    const iconv_t cd = iconv_open("UTF-8", name ? name : charset);
    pinned.insert(key, cd);
}

// The charsets of RFC 2047 encoded words ("=?charset?Q?...?=") in a raw header value.
void keepEncodedWordCharsetsLoaded(const char *raw)
{
    for (const char *p = strstr(raw, "=?"); p; p = strstr(p + 2, "=?")) {
        const char *q = strchr(p + 2, '?');
        if (!q || q - p - 2 > 40)
            continue;
        QByteArray charset(p + 2, q - p - 2);
        const qsizetype star = charset.indexOf('*'); // RFC 2231 language suffix
        if (star >= 0)
            charset.truncate(star);
        keepCharsetLoaded(charset.constData());
    }
}

template<class T>
struct GObjectPtr
{
    T *p = nullptr;
    explicit GObjectPtr(T *ptr) : p(ptr) { }
    ~GObjectPtr()
    {
        if (p)
            g_object_unref(p);
    }
    GObjectPtr(const GObjectPtr &) = delete;
    GObjectPtr &operator=(const GObjectPtr &) = delete;
};

QString fromGChar(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

QString decodeHeaderValue(const char *raw)
{
    if (!raw)
        return {};
    // Only values with RFC 2047 encoded words need GMime's decoder (and its charset conversion).
    if (!strstr(raw, "=?"))
        return MailHeaders::unfold(QString::fromUtf8(raw));
    keepEncodedWordCharsetsLoaded(raw);
    char *decoded = g_mime_utils_header_decode_text(nullptr, raw);
    QString v = MailHeaders::unfold(QString::fromUtf8(decoded ? decoded : raw));
    g_free(decoded);
    return v;
}

MailHeaders headersOf(GMimeObject *object)
{
    MailHeaders out;
    GMimeHeaderList *list = g_mime_object_get_header_list(object);
    if (!list)
        return out;
    const int n = g_mime_header_list_get_count(list);
    for (int i = 0; i < n; ++i) {
        GMimeHeader *h = g_mime_header_list_get_header_at(list, i);
        const char *name = g_mime_header_get_name(h);
        const char *raw = g_mime_header_get_raw_value(h);
        if (!name)
            continue;
        out.append(QString::fromUtf8(name), decodeHeaderValue(raw ? raw : g_mime_header_get_value(h)));
    }
    return out;
}

QByteArray decodedContent(GMimePart *part, qsizetype cap)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GObjectPtr<GMimeStream> mem(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, mem.p);
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem.p));
    if (!bytes)
        return {};
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qMin<qsizetype>(bytes->len, cap));
}

bool looksBinary(const QByteArray &bytes)
{
    const qsizetype n = qMin<qsizetype>(bytes.size(), 4096);
    if (n == 0)
        return false;
    int controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(bytes.at(i));
        if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7f)
            ++controls;
    }
    return controls * 20 > n;
}

QString partText(GMimeObject *object, qsizetype cap, bool *broken)
{
    if (GMIME_IS_TEXT_PART(object)) {
        const char *charset = g_mime_text_part_get_charset(GMIME_TEXT_PART(object));
        if (!charset || !g_ascii_strcasecmp(charset, "us-ascii") || !g_ascii_strcasecmp(charset, "utf-8")
            || !g_ascii_strcasecmp(charset, "utf8") || !g_ascii_strcasecmp(charset, "ascii")) {
            // No conversion needed: skip opening a charset converter for the most common parts.
            const QByteArray bytes = decodedContent(GMIME_PART(object), cap);
            if (looksBinary(bytes)) {
                *broken = true;
                return {};
            }
            return QString::fromUtf8(bytes);
        }
        keepCharsetLoaded(charset);
        char *text = g_mime_text_part_get_text(GMIME_TEXT_PART(object));
        if (!text)
            return {};
        QByteArray bytes(text);
        g_free(text);
        if (bytes.size() > cap)
            bytes.truncate(cap);
        if (looksBinary(bytes)) {
            *broken = true;
            return {};
        }
        return QString::fromUtf8(bytes);
    }
    if (GMIME_IS_PART(object)) {
        QByteArray bytes = decodedContent(GMIME_PART(object), cap);
        if (looksBinary(bytes)) {
            *broken = true;
            return {};
        }
        return QString::fromUtf8(bytes);
    }
    return {};
}

QString mimeType(GMimeObject *object)
{
    GMimeContentType *ct = g_mime_object_get_content_type(object);
    if (!ct)
        return QStringLiteral("text/plain");
    return (fromGChar(g_mime_content_type_get_media_type(ct)) + u'/'
            + fromGChar(g_mime_content_type_get_media_subtype(ct)))
        .toLower();
}

class Walker
{
public:
    Walker(const ParseLimits &limits, MimeDocument &doc, bool wantEmbedded)
        : m_limits(limits), m_doc(doc), m_wantEmbedded(wantEmbedded)
    {
    }

    void walkBounce(GMimeObject *object, int depth, bool inAlternative);
    void walkReturned(GMimeObject *object, int depth);

    bool depthWarned = false, partsWarned = false, brokenWarned = false;

private:
    bool admit(int depth);
    void takeReturnedMessage(GMimeMessage *message, GMimeObject *holder);

    const ParseLimits &m_limits;
    MimeDocument &m_doc;
    int m_parts = 0;
    bool m_wantEmbedded = false;
};

bool Walker::admit(int depth)
{
    if (depth > m_limits.maxMimeDepth) {
        if (!depthWarned)
            m_doc.warnings.append(QCoreApplication::translate(
                "BounceParser", "The message nests MIME parts more than %n levels deep; deeper parts were not read.",
                nullptr, m_limits.maxMimeDepth));
        depthWarned = true;
        return false;
    }
    if (++m_parts > m_limits.maxParts) {
        if (!partsWarned)
            m_doc.warnings.append(QCoreApplication::translate(
                "BounceParser", "The message has more than %n MIME parts; the rest were not read.", nullptr,
                m_limits.maxParts));
        partsWarned = true;
        return false;
    }
    return true;
}

void Walker::takeReturnedMessage(GMimeMessage *message, GMimeObject *holder)
{
    if (m_doc.hasReturned || !message)
        return;
    m_doc.hasReturned = true;
    m_doc.returnedHeaders = headersOf(GMIME_OBJECT(message));
    if (GMimeObject *body = g_mime_message_get_mime_part(message))
        walkReturned(body, 1);
    if (m_wantEmbedded && m_doc.embeddedMessage.isEmpty() && holder) {
        GObjectPtr<GMimeStream> mem(g_mime_stream_mem_new());
        g_mime_object_write_to_stream(GMIME_OBJECT(message), nullptr, mem.p);
        GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem.p));
        if (bytes)
            m_doc.embeddedMessage = QByteArray(reinterpret_cast<const char *>(bytes->data),
                                               qMin<qsizetype>(bytes->len, 4 * 1024 * 1024));
    }
}

void Walker::walkBounce(GMimeObject *object, int depth, bool inAlternative)
{
    if (!object || !admit(depth))
        return;
    const QString type = mimeType(object);
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *mp = GMIME_MULTIPART(object);
        const int n = g_mime_multipart_get_count(mp);
        if (type == QLatin1String("multipart/alternative")) {
            // One rendering is enough: the plain one, else the richest.
            int plain = -1;
            for (int i = 0; i < n; ++i)
                if (mimeType(g_mime_multipart_get_part(mp, i)) == QLatin1String("text/plain"))
                    plain = i;
            for (int i = 0; i < n; ++i) {
                GMimeObject *child = g_mime_multipart_get_part(mp, i);
                const QString ct = mimeType(child);
                if (plain >= 0 && ct.startsWith(QLatin1String("text/")) && i != plain)
                    continue;
                walkBounce(child, depth + 1, true);
            }
            return;
        }
        for (int i = 0; i < n; ++i)
            walkBounce(g_mime_multipart_get_part(mp, i), depth + 1, inAlternative);
        return;
    }
    if (GMIME_IS_MESSAGE_PART(object)) {
        takeReturnedMessage(g_mime_message_part_get_message(GMIME_MESSAGE_PART(object)), object);
        return;
    }
    bool broken = false;
    if (type == QLatin1String("message/delivery-status") || type == QLatin1String("message/global-delivery-status")) {
        const QString text = partText(object, m_limits.maxScanChars, &broken);
        if (!text.isEmpty())
            m_doc.deliveryStatus.append(text);
    } else if (type == QLatin1String("text/rfc822-headers") || type == QLatin1String("message/global-headers")
               || type == QLatin1String("message/rfc822-headers")) {
        const QString text = partText(object, m_limits.maxScanChars, &broken);
        if (!m_doc.hasReturned && !text.isEmpty()) {
            m_doc.hasReturned = true;
            m_doc.returnedHeaders = MimeReader::readHeaderBlock(text.toUtf8());
        }
    } else if (type == QLatin1String("message/feedback-report")) {
        const QString text = partText(object, m_limits.maxScanChars, &broken);
        if (m_doc.feedbackReport.isEmpty())
            m_doc.feedbackReport = text;
    } else if (type == QLatin1String("text/html")) {
        const QString text = partText(object, m_limits.maxScanChars, &broken);
        if (!text.isEmpty())
            m_doc.texts.append(MimeReader::htmlToText(text));
    } else if (type.startsWith(QLatin1String("text/"))) {
        GMimeContentDisposition *disp = g_mime_object_get_content_disposition(object);
        const bool attachment = disp && g_mime_content_disposition_is_attachment(disp);
        const QString text = partText(object, m_limits.maxScanChars, &broken);
        if (text.isEmpty()) {
        } else if (attachment && m_doc.hasReturned) {
        } else {
            m_doc.texts.append(text);
        }
    }
    Q_UNUSED(inAlternative)
    if (broken && !brokenWarned) {
        brokenWarned = true;
        m_doc.warnings.append(QCoreApplication::translate(
            "BounceParser", "A part of the message could not be decoded (broken encoding or binary data) and was skipped."));
    }
}

void Walker::walkReturned(GMimeObject *object, int depth)
{
    if (!object || !admit(depth))
        return;
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *mp = GMIME_MULTIPART(object);
        const int n = g_mime_multipart_get_count(mp);
        for (int i = 0; i < n; ++i)
            walkReturned(g_mime_multipart_get_part(mp, i), depth + 1);
        return;
    }
    const QString type = mimeType(object);
    if (GMIME_IS_MESSAGE_PART(object)) {
        m_doc.returnedAttachmentTypes.append(type);
        return;
    }
    GMimeContentDisposition *disp = g_mime_object_get_content_disposition(object);
    const bool attachment = disp && g_mime_content_disposition_is_attachment(disp);
    if (!GMIME_IS_PART(object))
        return;
    if (type.startsWith(QLatin1String("text/")) && !attachment) {
        bool broken = false;
        const QString text = partText(object, m_limits.maxScanChars, &broken);
        m_doc.returnedBodyBytes += text.toUtf8().size();
        m_doc.returnedTexts.append(text);
        return;
    }
    m_doc.returnedAttachmentTypes.append(type);
    // The encoded size is enough for statistics; decoding a large attachment is not.
    if (GMimeDataWrapper *content = g_mime_part_get_content(GMIME_PART(object))) {
        GMimeStream *raw = g_mime_data_wrapper_get_stream(content);
        const gint64 length = raw ? g_mime_stream_length(raw) : 0;
        const bool base64 = g_mime_data_wrapper_get_encoding(content) == GMIME_CONTENT_ENCODING_BASE64;
        m_doc.returnedBodyBytes += base64 ? length * 3 / 4 : length;
    }
}
}

MimeReader::MimeReader(const ParseLimits &limits) : m_limits(limits) { }

MimeDocument MimeReader::read(const QByteArray &input, bool wantEmbedded) const
{
    initGMime();
    MimeDocument doc;
    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(input.constData(), size_t(input.size())));
    GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.p));
    g_mime_parser_set_format(parser.p, GMIME_FORMAT_MESSAGE);
    GObjectPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.p, nullptr));
    if (!message.p)
        return doc;
    doc.parsed = true;
    doc.headers = headersOf(GMIME_OBJECT(message.p));
    Walker walker(m_limits, doc, wantEmbedded);
    walker.walkBounce(g_mime_message_get_mime_part(message.p), 0, false);
    return doc;
}

MimeDocument MimeReader::readPlain(const QByteArray &input)
{
    MimeDocument doc;
    qsizetype split = input.indexOf("\n\n");
    if (split < 0)
        split = input.size();
    const QByteArray head = input.left(split);
    if (head.contains("=?"))
        return doc;
    const MailHeaders headers = MailHeaders::parseFields(QString::fromUtf8(head));
    const QString type = headers.value(u"Content-Type").toLower();
    const QString encoding = headers.value(u"Content-Transfer-Encoding").toLower();
    if (!type.isEmpty() && !type.startsWith(QLatin1String("text/plain")))
        return doc;
    if (type.contains(QLatin1String("charset")) && !type.contains(QLatin1String("us-ascii"))
        && !type.contains(QLatin1String("utf-8")) && !type.contains(QLatin1String("\"utf-8\"")))
        return doc;
    if (!encoding.isEmpty() && encoding != QLatin1String("7bit") && encoding != QLatin1String("8bit"))
        return doc;
    const QByteArray body = input.mid(split + 2);
    if (looksBinary(body))
        return doc;
    doc.parsed = true;
    doc.headers = headers;
    doc.texts.append(QString::fromUtf8(body));
    return doc;
}

MailHeaders MimeReader::readHeaderBlock(const QByteArray &block)
{
    initGMime();
    const MailHeaders fields = MailHeaders::parseFields(QString::fromUtf8(block));
    MailHeaders out;
    for (const auto &[name, value] : fields.fields()) {
        if (value.contains(QLatin1String("=?")))
            out.append(name, decodeHeaderValue(value.toUtf8().constData()));
        else
            out.append(name, value);
    }
    return out;
}

QString MimeReader::htmlToText(const QString &html)
{
    static const QRegularExpression dropped(
        QStringLiteral("<(style|script|head|title)\\b[^>]*>.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comments(QStringLiteral("<!--.*?-->"),
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(
        QStringLiteral("<(br|/p|p|/div|div|/tr|/li|li|/h\\d|/table|hr|/blockquote|/pre)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cells(QStringLiteral("</t[dh]\\s*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression numeric(QStringLiteral("&#(x[0-9a-fA-F]{1,6}|\\d{1,7});"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\x{00a0}]+"));
    static const QRegularExpression blankRuns(QStringLiteral("\\n[ \\t]*(\\n[ \\t]*){2,}"));

    QString s = html;
    s.replace(u'\n', u' ');
    s.remove(comments);
    s.remove(dropped);
    s.replace(breaks, QStringLiteral("\n"));
    s.replace(cells, QStringLiteral(" "));
    s.remove(tags);
    QString out;
    out.reserve(s.size());
    qsizetype last = 0;
    auto it = RegexMatch::globalMatch(numeric, s);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        const QString n = m.captured(1);
        bool ok = false;
        const uint code = n.startsWith(u'x') ? n.mid(1).toUInt(&ok, 16) : n.toUInt(&ok, 10);
        if (ok && code > 0 && code < 0x110000)
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    static const std::pair<const char *, const char *> named[] = {
        {"&nbsp;", " "}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&#39;", "'"},
        {"&amp;", "&"},
    };
    for (const auto &[from, to] : named)
        out.replace(QLatin1String(from), QLatin1String(to), Qt::CaseInsensitive);
    out.replace(spaces, QStringLiteral(" "));
    out.replace(blankRuns, QStringLiteral("\n\n"));
    QStringList lines = out.split(u'\n');
    for (QString &l : lines)
        l = l.trimmed();
    return lines.join(u'\n').trimmed();
}
