#include "FuzzSupport.h"

#include "SpfMacro.h"
#include "SpfRecord.h"

#include <QHostAddress>

// SPF records (RFC 7208 §4.6) and every macro-string / domain-spec inside them, expanded with a
// context derived from the input so both IPv4 and IPv6 "i" expansions are reached.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::ensureApp();
    const QString text = FuzzSupport::text(data, size);
    (void)SpfRecord::isSpfRecord(text);
    const SpfRecord record = SpfRecord::parse(text);
    (void)record.toString();
    (void)record.mechanisms();
    (void)record.redirect();
    (void)record.explanation();

    SpfMacroContext context;
    context.sender = QStringLiteral("strong-bad@email.example.com");
    context.localPart = QStringLiteral("strong-bad");
    context.senderDomain = QStringLiteral("email.example.com");
    context.domain = QStringLiteral("email.example.com");
    context.ip = QHostAddress(size % 2 ? QStringLiteral("2001:db8::cb01") : QStringLiteral("192.0.2.3"));
    context.upperNibbles = size % 3 == 0;
    context.helo = QStringLiteral("mx.example.org");

    auto tryMacro = [&](const QString &spec) {
        int offset = -1;
        QString message;
        if (SpfMacro::checkSyntax(spec, SpfMacro::Kind::Explanation, &offset, &message))
            (void)SpfMacro::expand(spec, context, SpfMacro::Kind::Explanation);
        if (SpfMacro::checkSyntax(spec, SpfMacro::Kind::DomainSpec, &offset, &message))
            (void)SpfMacro::expand(spec, context, SpfMacro::Kind::DomainSpec);
        if (SpfMacro::checkDomainSpec(spec, &offset, &message)) {
            const QString name = SpfMacro::expandDomain(spec, context);
            // §4.8 truncation drops whole labels from the left, so a single label longer than 253
            // stays long (regressions/spf_record/long-label); such a name must never reach the DNS.
            if (name.size() > 253 && SpfMacro::isQueryableName(name))
                __builtin_trap();
        }
        (void)SpfMacro::usesLetter(spec, QLatin1Char('p'));
    };
    // The raw input as a macro string, and each term's domain-spec / modifier value.
    tryMacro(text);
    for (const SpfTerm &term : record.terms())
        tryMacro(term.isMechanism() ? term.domainSpec : term.value);
    (void)SpfMacro::urlEscape(text);
    (void)SpfMacro::isTopLabel(text);
    return 0;
}
