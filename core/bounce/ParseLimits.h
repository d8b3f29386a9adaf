#pragma once

#include <QtGlobal>

// Bounds that keep the parser fast and safe on anything pasted into it.
struct ParseLimits
{
    qsizetype maxInputBytes = 32 * 1024 * 1024;
    int maxMimeDepth = 50;
    int maxParts = 2000;
    int maxRecipients = 5000;
    qsizetype maxScanChars = 1024 * 1024; // of human-readable text searched for recipients and codes
};
