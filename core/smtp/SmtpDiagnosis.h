#pragma once

#include "Result.h"
#include "SmtpOptions.h"
#include "SmtpResult.h"
#include "SmtpVerdict.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Turns what a probe saw into a verdict a person can act on. Transport failures (refused,
// timeout, TLS) are decided here in code; server replies are matched against the rules in
// resources/knowledge/smtp-verdicts.json: reply code first, enhanced status code second, text last.
class SmtpDiagnosis
{
public:
    // The catalogue compiled into the program (:/knowledge/smtp-verdicts.json).
    static const SmtpDiagnosis &instance();
    // Parses and validates a catalogue; errors name the file and the entry.
    static Result<SmtpDiagnosis> fromJson(const QByteArray &json, const QString &fileName);

    SmtpVerdict diagnose(const SmtpResult &result, const SmtpOptions &options) const;
    // The verdict id a server reply at a stage leads to ("rejected"/"temporary-failure" at worst).
    QString matchReply(const SmtpReply &reply, SmtpStage stage) const;
    // A verdict filled in with placeholder values ({host}, {port}, {reply}, ...).
    SmtpVerdict verdict(const QString &id, const QHash<QString, QString> &values = {}) const;
    // Hint for a provider recognised from the host or the user's address domain, or "".
    QString providerHint(const QString &host, const QString &user) const;

    QStringList verdictIds() const;
    QString loadError() const { return m_loadError; }

private:
    struct Rule
    {
        QString verdict;
        QStringList stages;
        QList<int> codes;
        QList<int> classes;
        QStringList enhanced;
        QStringList text; // lower-case
    };
    struct Hint
    {
        QString id;
        QStringList domains;
        QString hint;
    };

    QHash<QString, SmtpVerdict> m_verdicts;
    QStringList m_order;
    QList<Rule> m_rules;
    QList<Hint> m_hints;
    QString m_loadError;
};
