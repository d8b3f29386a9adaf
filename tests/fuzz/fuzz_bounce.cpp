#include "FuzzSupport.h"

#include "BounceAnalyzer.h"

#include <QJsonObject>

// Whole messages: MIME, DSN fields, vendor prose, JSON events, classification and facts.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::ensureApp();
    static const BounceAnalyzer analyzer;
    const Result<Analysis> analysis = analyzer.analyze(FuzzSupport::bytes(data, size));
    if (analysis)
        (void)analysis.value().toJson();
    return 0;
}
