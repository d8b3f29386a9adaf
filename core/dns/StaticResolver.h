#pragma once

#include "Resolver.h"

#include <QHash>
#include <QPointer>

// Answers from a table filled by the caller, asynchronously (next event-loop turn), like a real
// resolver. For unit tests that inject a resolver; integration tests use AresResolver + Knot.
// Unknown questions answer NXDOMAIN unless setDefaultStatus() says otherwise.
class StaticResolver : public Resolver
{
    Q_OBJECT
public:
    explicit StaticResolver(QObject *parent = nullptr);

    void add(const QString &name, DnsType type, const QStringList &records);
    void addMx(const QString &name, const QList<MxRecord> &mx);
    void setStatus(const QString &name, DnsType type, DnsStatus status);
    void setDefaultStatus(DnsStatus status);

    void lookup(const DnsQuestion &question, QObject *context, Callback done) override;
    void cancel(QObject *context) override;
    int queriesSent() const override;
    QStringList asked() const; // "name/TYPE" in asking order

private:
    static QString key(const QString &name, DnsType type);
    QHash<QString, DnsAnswer> m_answers;
    QHash<QObject *, int> m_cancelGeneration;
    DnsStatus m_default = DnsStatus::NxDomain;
    QStringList m_asked;
};
