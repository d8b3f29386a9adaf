#include "Cause.h"
#include "CheckResult.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QTest>

// The compiled-in catalogues load, switch live, and really translate the engine's own texts.
class TestI18n : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void languagesCompiledIn();
    void engineTextsTranslate_data();
    void engineTextsTranslate();
    void fallsBackToEnglish();
    void pluralForms_data();
    void pluralForms();
};

void TestI18n::cleanup()
{
    Translations::install(QLocale(QLocale::English));
}

void TestI18n::languagesCompiledIn()
{
    QStringList codes;
    for (const auto &l : Translations::available()) {
        codes.append(l.code);
        QVERIFY2(!l.native.isEmpty(), qPrintable(l.code));
    }
    for (const char *want : {"en", "de", "fr", "es", "pt_BR", "ja"})
        QVERIFY2(codes.contains(QLatin1String(want)), qPrintable(codes.join(QLatin1Char(','))));
}

void TestI18n::engineTextsTranslate_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expectCode");
    QTest::newRow("German") << "de_DE" << "de";
    QTest::newRow("Austrian German falls to de") << "de_AT" << "de";
    QTest::newRow("French") << "fr_FR" << "fr";
    QTest::newRow("Spanish") << "es_ES" << "es";
    QTest::newRow("Brazilian Portuguese") << "pt_BR" << "pt_BR";
    QTest::newRow("Japanese") << "ja_JP" << "ja";
}

void TestI18n::engineTextsTranslate()
{
    QFETCH(QString, locale);
    QFETCH(QString, expectCode);
    const QString english = causeTitle(Cause::SenderBlocklisted);
    const QString englishStatus = CheckResult::statusText(CheckStatus::CouldNotCheck);
    QCOMPARE(Translations::install(QLocale(locale)), expectCode);
    QCOMPARE(Translations::current(), expectCode);
    QVERIFY(causeTitle(Cause::SenderBlocklisted) != english);
    QVERIFY(CheckResult::statusText(CheckStatus::CouldNotCheck) != englishStatus);
    // Switching back must restore English live.
    Translations::install(QLocale(QLocale::English));
    QCOMPARE(causeTitle(Cause::SenderBlocklisted), english);
}

void TestI18n::fallsBackToEnglish()
{
    QCOMPARE(Translations::install(QLocale(QStringLiteral("sw_KE"))), QStringLiteral("en"));
    QCOMPARE(causeTitle(Cause::InvalidRecipient), QStringLiteral("Invalid recipient address"));
}

void TestI18n::pluralForms_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("de") << "de";
    QTest::newRow("fr") << "fr";
    QTest::newRow("ja") << "ja";
}

void TestI18n::pluralForms()
{
    QFETCH(QString, locale);
    Translations::install(QLocale(locale));
    // A %n string must come back with the number in it, in every language.
    const QString one = QCoreApplication::translate("ContentAdvisor", "%n link(s) in the message", nullptr, 1);
    const QString many = QCoreApplication::translate("ContentAdvisor", "%n link(s) in the message", nullptr, 7);
    QVERIFY2(one.contains(QLatin1Char('1')), qPrintable(one));
    QVERIFY2(many.contains(QLatin1Char('7')), qPrintable(many));
    QVERIFY(!many.contains(QLatin1String("%n")));
}

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
