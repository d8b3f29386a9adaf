#pragma once

#include "AuthCheckJob.h"
#include "Result.h"

#include <QHash>
#include <QStringList>

// DKIM key records at <selector>._domainkey.<domain>. With selectors given (from the bounce's
// DKIM-Signature s= or by the user), each is checked and a missing one is a failure. Without,
// the common selectors (resources/knowledge/auth-dkim-selectors.json) are tried in parallel and
// whatever is found is reported. Result ids: "dkim.<selector>", and "dkim.discovery" when the
// common selectors found nothing.
class DkimCheck : public AuthCheckJob
{
    Q_OBJECT
public:
    DkimCheck(Resolver *resolver, const QString &domain, const QStringList &selectors = {}, QObject *parent = nullptr);

    static Result<QStringList> commonSelectors();
    static Result<QStringList> parseSelectorList(const QByteArray &json, const QString &fileName);
    static CheckResult judge(const QString &domain, const QString &selector, const QStringList &txtRecords);

protected:
    void begin() override;
    CheckResults conclude() override;

private:
    QString m_domain;
    QStringList m_selectors;
    bool m_discovery = false;
    QString m_knowledgeError;
    QHash<QString, DnsAnswer> m_answers;
};
