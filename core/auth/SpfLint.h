#pragma once

#include "SpfResult.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>

class Resolver;
struct DnsAnswer;

// What SpfLint found for a domain's whole SPF tree (every include and redirect, whatever the IP).
struct SpfLintReport
{
    QString domain;
    QString record;             // the domain's SPF record ("" when none)
    QStringList warnings;       // translated, "domain: text" like checkdmarc's free-text warnings
    int lookups = 0;            // DNS-querying terms in the whole tree (include/a/mx/ptr/exists/redirect)
    int voidLookups = 0;        // a/mx/exists/include targets that do not exist
    bool hasSpfRrType = false;  // a deprecated type-99 SPF record is published
    QStringList addresses;      // ip4:/ip6: terms authorizing the same hosts, when the tree can be flattened
    QString flattenBlocker;     // why it cannot be flattened (macros, ptr, exists, DNS errors), "" if it can
    QString providerInclude;    // include of a well-known provider whose SPF authorizes the sending IP
    QString providerName;
    QString suggestedRecord;    // a corrected record, "" when nothing to suggest

    QJsonObject toJson() const;
};

// Record warnings as checkdmarc gives them, and a suggested corrected record.
//
// The static helpers judge one record; run() walks the whole tree over the Resolver (asynchronous,
// parallel per level) to count lookups like checkdmarc, spot the deprecated SPF RR type, collect the
// addresses for a flattened record and look for a provider include that authorizes the sending IP.
class SpfLint : public QObject
{
    Q_OBJECT
public:
    struct Provider
    {
        QString name;
        QString include;
        QStringList ptrSuffixes;
    };

    explicit SpfLint(Resolver *resolver, QObject *parent = nullptr);
    ~SpfLint() override;

    // Warnings for one record as published at `domain` (`strings` = its TXT character-strings).
    static QStringList recordWarnings(const QString &domain, const QString &record, const QStringList &strings = {});
    // A corrected record derived from an evaluation alone (add the IP, ~all for +all/?all, no ptr).
    static QString suggestRecord(const SpfResult &result);
    // Same, using the tree walk too (flattening, provider include).
    static QString suggestRecord(const SpfResult &result, const SpfLintReport &report);
    // The well-known providers from :/knowledge/spf-providers.json (validated at load).
    static QList<Provider> providers(QString *error = nullptr);
    static QList<Provider> parseProviders(const QByteArray &json, const QString &fileName, QString *error);

    // Walks `domain`'s SPF tree. `ip` (optional) is the sending IP for the provider search.
    void run(const QString &domain, const QString &ip = QString());
    void setProviders(const QList<Provider> &providers) { m_providers = providers; }

public Q_SLOTS:
    void abort();

Q_SIGNALS:
    void finished(const SpfLintReport &report);

private:
    void visit(const QString &domain, int depth, bool top);
    void ask(const QString &name, int type, std::function<void(const DnsAnswer &)> done);
    void done();
    void findProvider();
    void warn(const QString &text);

    QPointer<Resolver> m_resolver;
    QList<Provider> m_providers;
    SpfLintReport m_report;
    QString m_ip;
    int m_pending = 0;
    bool m_running = false;
    quint64 m_generation = 0;
    QSet<QString> m_visited;
    QSet<QString> m_addressSet;
};
