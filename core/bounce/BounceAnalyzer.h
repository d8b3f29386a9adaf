#pragma once

#include "Analysis.h"
#include "BounceParser.h"
#include "Diagnosis.h"
#include "Result.h"

#include <QByteArray>

// Parse + classify + facts: what the CLI, the window and the guide call with a pasted bounce.
class BounceAnalyzer
{
public:
    BounceAnalyzer();
    explicit BounceAnalyzer(const ParseLimits &limits);

    Result<Analysis> analyze(const QByteArray &input) const noexcept;

    // What the live checks need: sending IP and HELO, sender and recipient domains, DKIM selector...
    static Facts factsFrom(const Bounce &bounce);

private:
    BounceParser m_parser;
};
