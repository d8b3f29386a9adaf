#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QTranslator;

// The languages Bounce Doctor speaks and the switch between them. The app's own catalogues are
// compiled in (:/i18n/bounce-doctor_<lang>.qm); Qt's own strings come from the system's Qt
// translations (qt6-translations-l10n). Switching at run time sends QEvent::LanguageChange to
// every widget, so a window can retranslate live.
class Translations
{
public:
    struct Language
    {
        QString code;   // "de", "pt_BR", "en"
        QString native; // "Deutsch", "Português (Brasil)", "English"
    };

    static QList<Language> available();       // English first, then every compiled-in catalogue
    // Installs the catalogues for `locale` (falling back to English); returns the code in use.
    static QString install(const QLocale &locale);
    static QString current();
    static QString qtTranslationsPath();
};
