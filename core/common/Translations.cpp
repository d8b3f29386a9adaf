#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

void bdInitTranslations(); // translations/i18n.cpp

namespace {
std::unique_ptr<QTranslator> g_app;
std::unique_ptr<QTranslator> g_qt;
QString g_current = QStringLiteral("en");

QString nativeName(const QString &code)
{
    const QLocale l(code);
    QString name = l.nativeLanguageName();
    if (code.contains(QLatin1Char('_')))
        name += QStringLiteral(" (") + l.nativeTerritoryName() + QLatin1Char(')');
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}
}

QList<Translations::Language> Translations::available()
{
    bdInitTranslations();
    QList<Language> out{{QStringLiteral("en"), QStringLiteral("English")}};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("bounce-doctor_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        const QString code = f.mid(int(qstrlen("bounce-doctor_"))).chopped(3);
        out.append({code, nativeName(code)});
    }
    return out;
}

QString Translations::qtTranslationsPath()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}

QString Translations::install(const QLocale &locale)
{
    bdInitTranslations();
    if (g_app)
        QCoreApplication::removeTranslator(g_app.get());
    if (g_qt)
        QCoreApplication::removeTranslator(g_qt.get());
    g_app.reset();
    g_qt.reset();
    g_current = QStringLiteral("en");

    auto app = std::make_unique<QTranslator>();
    // QTranslator::load(locale, ...) tries "de_DE", then "de": pt_BR finds pt_BR, de_AT finds de.
    if (!app->load(locale, QStringLiteral("bounce-doctor"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return g_current;
    QCoreApplication::installTranslator(app.get());
    g_current = QFileInfo(app->filePath()).completeBaseName().mid(int(qstrlen("bounce-doctor_")));
    g_app = std::move(app);

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtTranslationsPath())) {
        QCoreApplication::installTranslator(qt.get());
        g_qt = std::move(qt);
    }
    return g_current;
}

QString Translations::current()
{
    return g_current;
}
