#include "FuzzSupport.h"

#include "Bounce.h"
#include "Classifier.h"
#include "ReplyLineParser.h"

// One SMTP reply line as found in free text, then the classifier on a failure built from it, the
// way a bounce that is only a pasted reply line reaches it.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::ensureApp();
    const QString line = FuzzSupport::text(data, size);
    const QuotedReply reply = ReplyLineParser::find(line);
    if (reply.isValid()) {
        if (reply.start > line.size() || reply.end > line.size() || reply.end < reply.start)
            __builtin_trap(); // offsets must stay inside the text: the window highlights them
        (void)ReplyLineParser::replyText(line, reply);
    }
    (void)ReplyLineParser::isReplyText(line);

    Bounce bounce;
    bounce.format = QStringLiteral("reply-line");
    bounce.text = line;
    DeliveryFailure failure;
    failure.action = QStringLiteral("failed");
    failure.status = ReplyLineParser::enhancedStatus(line);
    failure.replyCode = reply.replyCode;
    failure.smtpCommand = ReplyLineParser::smtpCommand(line);
    failure.diagnostic = line;
    bounce.failures.append(failure);
    const Classifier &classifier = Classifier::instance();
    classifier.classify(bounce);
    (void)classifier.diagnose(bounce);
    return 0;
}
