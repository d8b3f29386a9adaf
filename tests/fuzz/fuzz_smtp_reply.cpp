#include "FuzzSupport.h"

#include "SmtpReplyParser.h"

// Server replies: the incremental parser fed in chunks cut by the input itself (first byte picks
// the chunk size, as TCP may cut anywhere), and the one-shot parse().
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::ensureApp();
    const QByteArray all = FuzzSupport::bytes(data, size);
    SmtpReplyParser::State state = SmtpReplyParser::State::Ok;
    (void)SmtpReplyParser::parse(all, &state);

    if (all.isEmpty())
        return 0;
    const int chunk = 1 + (uchar(all.at(0)) % 64);
    SmtpReplyParser parser;
    for (qsizetype at = 1; at < all.size(); at += chunk) {
        parser.feed(all.mid(at, chunk));
        while (parser.hasReply()) {
            const SmtpReply reply = parser.takeReply();
            if (reply.lines.size() > SmtpReplyParser::kMaxLines)
                __builtin_trap(); // the bound the header promises
            (void)reply.firstLine();
            (void)reply.toJson();
        }
        for (const QString &line : parser.takeRawLines())
            if (line.size() > SmtpReplyParser::kMaxLineLength + 2)
                __builtin_trap();
        if (parser.state() != SmtpReplyParser::State::Ok)
            break;
    }
    (void)parser.errorLine();
    return 0;
}
