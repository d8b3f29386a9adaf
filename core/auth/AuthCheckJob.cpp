#include "AuthCheckJob.h"

#include "Resolver.h"

#include <QCoreApplication>
#include <QTimer>

AuthCheckJob::AuthCheckJob(Resolver *resolver, QObject *parent) : QObject(parent), m_resolver(resolver) { }

AuthCheckJob::~AuthCheckJob()
{
    abort();
}

void AuthCheckJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_finished = false;
    m_results.clear();
    begin();
    // A check that needed no question still reports from the event loop, like every other.
    if (m_pending == 0)
        QTimer::singleShot(0, this, [this] {
            if (m_running && m_pending == 0)
                settle();
        });
}

void AuthCheckJob::abort()
{
    if (!m_running)
        return;
    m_running = false;
    m_pending = 0;
    if (m_resolver)
        m_resolver->cancel(this);
}

void AuthCheckJob::ask(const QString &name, DnsType type, Handler handler)
{
    if (!m_running)
        return;
    ++m_pending;
    ++m_asked;
    auto onAnswer = [this, handler = std::move(handler)](const DnsAnswer &answer) {
        if (!m_running)
            return;
        --m_pending;
        handler(answer);
        if (m_running && m_pending == 0)
            settle();
    };
    if (!m_resolver) {
        DnsAnswer failed;
        failed.question = {name, type};
        failed.status = DnsStatus::Error;
        failed.errorText = QCoreApplication::translate("AuthCheckJob", "No DNS resolver is available.");
        QTimer::singleShot(0, this, [onAnswer, failed] { onAnswer(failed); });
        return;
    }
    m_resolver->lookup({name, type}, this, onAnswer);
}

void AuthCheckJob::settle()
{
    m_running = false;
    m_finished = true;
    m_results = conclude();
    Q_EMIT finished(m_results);
}

QString AuthCheckJob::describe(const DnsAnswer &answer)
{
    QString line = answer.question.name + QLatin1Char(' ') + dnsTypeName(answer.question.type) + QLatin1String(": ")
        + dnsStatusId(answer.status);
    if (!answer.errorText.isEmpty())
        line += QLatin1String(" (") + answer.errorText + QLatin1Char(')');
    if (!answer.server.isEmpty())
        line += QLatin1String(" @") + answer.server;
    return line;
}

CheckResult AuthCheckJob::couldNotCheck(const QString &id, const QString &title, const DnsAnswer &answer)
{
    CheckResult r;
    r.id = id;
    r.title = title;
    r.status = CheckStatus::CouldNotCheck;
    r.summary = QCoreApplication::translate("AuthCheckJob", "The DNS query for %1 (%2) failed: %3.")
                    .arg(answer.question.name, dnsTypeName(answer.question.type), dnsStatusText(answer.status));
    r.details.append(QCoreApplication::translate("AuthCheckJob",
        "This says nothing about the record itself; try again, or use another DNS server (--dns-server)."));
    r.evidence.append(describe(answer));
    return r;
}
