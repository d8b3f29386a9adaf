#include "StaticResolver.h"

#include <QTimer>

StaticResolver::StaticResolver(QObject *parent) : Resolver(parent) { }

QString StaticResolver::key(const QString &name, DnsType type)
{
    QString n = name.toLower();
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    return n + QLatin1Char('/') + dnsTypeName(type);
}

void StaticResolver::add(const QString &name, DnsType type, const QStringList &records)
{
    DnsAnswer &a = m_answers[key(name, type)];
    a.question = {name, type};
    a.status = DnsStatus::Ok;
    a.records += records;
    if (type == DnsType::TXT || type == DnsType::SPF)
        for (const QString &r : records)
            a.txtStrings.append(QStringList{r});
}

void StaticResolver::addMx(const QString &name, const QList<MxRecord> &mx)
{
    DnsAnswer &a = m_answers[key(name, DnsType::MX)];
    a.question = {name, DnsType::MX};
    a.status = DnsStatus::Ok;
    for (const MxRecord &m : mx) {
        a.mx.append(m);
        a.records.append(QString::number(m.preference) + QLatin1Char(' ') + m.exchange);
    }
}

void StaticResolver::setStatus(const QString &name, DnsType type, DnsStatus status)
{
    DnsAnswer &a = m_answers[key(name, type)];
    a.question = {name, type};
    a.status = status;
}

void StaticResolver::setDefaultStatus(DnsStatus status)
{
    m_default = status;
}

void StaticResolver::lookup(const DnsQuestion &question, QObject *context, Callback done)
{
    m_asked.append(key(question.name, question.type));
    DnsAnswer answer;
    const auto it = m_answers.constFind(key(question.name, question.type));
    if (it != m_answers.constEnd()) {
        answer = *it;
    } else {
        // A name that exists with other types answers NODATA, like a real server.
        bool nameKnown = false;
        const QString prefix = key(question.name, question.type).section(QLatin1Char('/'), 0, 0) + QLatin1Char('/');
        for (auto k = m_answers.keyBegin(); k != m_answers.keyEnd(); ++k)
            if (k->startsWith(prefix) && m_answers.value(*k).status == DnsStatus::Ok)
                nameKnown = true;
        answer.status = nameKnown ? DnsStatus::NoData : m_default;
    }
    answer.question = question;
    answer.server = QStringLiteral("static");
    QPointer<QObject> guard(context);
    const int generation = m_cancelGeneration.value(context);
    QTimer::singleShot(0, this, [this, guard, context, generation, answer, done = std::move(done)] {
        if (!guard || m_cancelGeneration.value(context) != generation)
            return;
        done(answer);
    });
}

void StaticResolver::cancel(QObject *context)
{
    ++m_cancelGeneration[context];
}

int StaticResolver::queriesSent() const
{
    return int(m_asked.size());
}

QStringList StaticResolver::asked() const
{
    return m_asked;
}
