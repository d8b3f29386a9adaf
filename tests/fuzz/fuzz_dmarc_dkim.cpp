#include "FuzzSupport.h"

#include "DkimRecord.h"
#include "DmarcRecord.h"
#include "TagList.h"

#include <QJsonObject>

// The tag=value records: DMARC policies, DKIM keys (with base64 / DER decoding of p=), the
// tag-list syntax they share, and the RSA key-size reader on raw bytes.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::ensureApp();
    const QString text = FuzzSupport::text(data, size);
    const TagList tags = TagList::parse(text);
    for (const TagList::Tag &t : tags.tags())
        if (t.position < 0 || t.position > text.size())
            __builtin_trap(); // positions point into the record for error messages
    (void)tags.duplicates(Qt::CaseInsensitive);
    (void)DmarcRecord::isDmarcRecord(text);
    (void)DmarcRecord::parse(text).toJson();
    (void)DkimRecord::looksLikeDkim(text);
    (void)DkimRecord::parse(text).toJson();
    (void)DkimRecord::rsaKeyBits(FuzzSupport::bytes(data, size));
    return 0;
}
