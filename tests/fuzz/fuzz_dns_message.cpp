#include "FuzzSupport.h"

#include "DnsMessage.h"

// Raw DNS responses as they come off the wire (UDP or TCP payload).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::ensureApp();
    const Result<DnsMessage> message = DnsMessage::parse(FuzzSupport::bytes(data, size));
    if (message) {
        qsizetype total = 0;
        for (const DnsRecord &r : message.value().answers())
            total += r.owner.size() + r.text.size() + r.target.size() + r.strings.size();
        (void)total;
        (void)message.value().questionName();
    }
    return 0;
}
