#pragma once

#include <QColor>
#include <QPalette>

// Palette-aware colours for results and highlights, with a variant for dark palettes, in the
// manner of KeePassXC's StateColorPalette. Colour only ever reinforces words and icons.
class StatusColors
{
public:
    enum Role { PassBackground, WarnBackground, FailBackground, InfoBackground, EvidenceBackground, EvidenceStrong };

    static bool isDark(const QPalette &palette);
    static QColor color(Role role, const QPalette &palette);
};
