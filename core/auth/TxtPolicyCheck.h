#pragma once

#include "AuthCheckJob.h"

// A domain policy published as one TXT record at "<label>.<domain>" whose text starts with
// "v=<version>" (MTA-STS, TLS-RPT). This class asks the question and applies the rules every such
// record shares: no domain, no definitive answer, none published (optional, so Info), more than
// one (receivers then ignore all of them, so Fail). A subclass validates its own record and words
// every verdict in its own translation context.
class TxtPolicyCheck : public AuthCheckJob
{
    Q_OBJECT
protected:
    TxtPolicyCheck(Resolver *resolver, const QString &domain, const QString &label, const QString &version,
                   const QString &resultId, QObject *parent);

    const QString &domain() const { return m_domain; }

    virtual QString title() const = 0;
    virtual QString noDomainSummary() const = 0;
    virtual QString absentSummary() const = 0;
    virtual QString multipleSummary(int count) const = 0;
    virtual QString multipleFix() const = 0;
    virtual QStringList problemsWith(const QString &record) const = 0;
    virtual QString invalidSummary(const QString &firstProblem) const = 0;
    virtual QString invalidFix() const = 0;
    virtual QString passSummary(const QString &record) const = 0;
    // Further notes on a single record, valid or not (MTA-STS: its policy file was not fetched).
    virtual void annotate(CheckResult &result) const { Q_UNUSED(result); }

private:
    void begin() override;
    CheckResults conclude() override;

    QString m_domain;
    QString m_label;
    QString m_version;
    QString m_resultId;
    DnsAnswer m_answer;
};
