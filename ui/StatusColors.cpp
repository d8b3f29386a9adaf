#include "StatusColors.h"

bool StatusColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor StatusColors::color(Role role, const QPalette &palette)
{
    // Two tables instead of one tinted colour: on a dark window a light tint makes the
    // (light) text unreadable, so the dark variant uses deep, low-saturation backgrounds.
    const bool dark = isDark(palette);
    switch (role) {
    case PassBackground: return dark ? QColor(0x1e, 0x4d, 0x2b) : QColor(0xd9, 0xf2, 0xdf);
    case WarnBackground: return dark ? QColor(0x5c, 0x45, 0x10) : QColor(0xfc, 0xef, 0xc7);
    case FailBackground: return dark ? QColor(0x63, 0x22, 0x22) : QColor(0xf8, 0xd7, 0xd7);
    case InfoBackground: return dark ? QColor(0x1c, 0x3a, 0x5a) : QColor(0xdb, 0xea, 0xf7);
    case EvidenceBackground: return dark ? QColor(0x6b, 0x55, 0x00) : QColor(0xff, 0xe8, 0x8a);
    case EvidenceStrong: return dark ? QColor(0x8a, 0x3b, 0x00) : QColor(0xff, 0xc2, 0x7a);
    }
    return palette.color(QPalette::Base);
}
