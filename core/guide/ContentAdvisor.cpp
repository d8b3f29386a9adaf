#include "ContentAdvisor.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

static void initContentResources()
{
    Q_INIT_RESOURCE(bd_knowledge);
}

namespace {


struct ContentKnowledge
{
    QSet<QString> shorteners, risky, archives, riskyTypes;
    int maxLinks = 15;
    qint64 sizeWarning = 10 * 1024 * 1024;
};

const ContentKnowledge &knowledge()
{
    static const ContentKnowledge k = [] {
        initContentResources();
        ContentKnowledge out;
        QFile f(QStringLiteral(":/knowledge/guide-content.json"));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        auto set = [&](const char *key) {
            QSet<QString> s;
            for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
                s.insert(v.toString().toLower());
            return s;
        };
        out.shorteners = set("shorteners");
        out.risky = set("riskyExtensions");
        out.archives = set("archiveExtensions");
        out.riskyTypes = set("riskyMimeTypes");
        out.maxLinks = o.value(QLatin1String("maxLinksBeforeWarning")).toInt(15);
        out.sizeWarning = o.value(QLatin1String("sizeWarningBytes")).toInteger(out.sizeWarning);
        return out;
    }();
    return k;
}

QString extensionOf(const QString &nameOrType)
{
    const int dot = nameOrType.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : nameOrType.mid(dot + 1).toLower().trimmed();
}
}

bool ContentAdvisor::isShortener(const QString &host)
{
    QString h = host.toLower();
    if (h.startsWith(QLatin1String("www.")))
        h = h.mid(4);
    return knowledge().shorteners.contains(h);
}

QStringList ContentAdvisor::riskyAttachments(const QStringList &attachmentTypes)
{
    QStringList out;
    for (const QString &t : attachmentTypes) {
        const QString lower = t.toLower();
        const QString ext = extensionOf(lower);
        if (knowledge().risky.contains(ext) || knowledge().archives.contains(ext))
            out.append(t);
        else
            for (const QString &type : knowledge().riskyTypes)
                if (lower.contains(type))
                    out.append(t);
    }
    out.removeDuplicates();
    return out;
}

CheckResult ContentAdvisor::assess(const Bounce &bounce)
{
    CheckResult r;
    r.id = QStringLiteral("content");
    r.title = QCoreApplication::translate("ContentAdvisor", "Content of the returned message");
    const ReturnedMessage &m = bounce.original;
    if (!m.present || (m.bodyBytes == 0 && m.linkHosts.isEmpty() && m.attachmentTypes.isEmpty())) {
        r.status = CheckStatus::CouldNotCheck;
        r.summary = QCoreApplication::translate("ContentAdvisor", "The bounce did not include the message body, so its content cannot be reviewed here.");
        r.fix = QCoreApplication::translate("ContentAdvisor", "Review the message you sent yourself: links, attachments, size and wording.");
        return r;
    }
    QStringList problems;
    QStringList shorteners;
    for (const QString &h : m.linkHosts)
        if (isShortener(h))
            shorteners.append(h);
    shorteners.removeDuplicates();
    if (!shorteners.isEmpty())
        problems.append(QCoreApplication::translate("ContentAdvisor", "Links through URL shorteners (%1): filters distrust them because they hide the target.")
                            .arg(shorteners.join(QStringLiteral(", "))));
    if (m.linkCount > knowledge().maxLinks)
        problems.append(QCoreApplication::translate("ContentAdvisor", "The message has %n links; many links make a message look like a newsletter or spam.", nullptr, m.linkCount));
    const QStringList risky = riskyAttachments(m.attachmentTypes);
    if (!risky.isEmpty())
        problems.append(QCoreApplication::translate("ContentAdvisor", "Risky attachments (%1): executables, scripts, macro documents and archives are often "
                           "refused outright.")
                            .arg(risky.join(QStringLiteral(", "))));
    if (m.bodyBytes > knowledge().sizeWarning)
        problems.append(QCoreApplication::translate("ContentAdvisor", "The message is %1 MB; many servers refuse messages over 10 to 25 MB.")
                            .arg(QString::number(m.bodyBytes / 1048576.0, 'f', 1)));
    r.details.append(QCoreApplication::translate("ContentAdvisor", "%n link(s) in the message", nullptr, m.linkCount));
    if (!m.linkHosts.isEmpty())
        r.details.append(QCoreApplication::translate("ContentAdvisor", "Linked domains: %1").arg(m.linkHosts.join(QStringLiteral(", "))));
    if (!m.attachmentTypes.isEmpty())
        r.details.append(QCoreApplication::translate("ContentAdvisor", "Attachments: %1").arg(m.attachmentTypes.join(QStringLiteral(", "))));
    r.details.append(QCoreApplication::translate("ContentAdvisor", "Size: %1 KB").arg(qMax(1, m.bodyBytes / 1024)));
    r.data = QJsonObject{{QStringLiteral("linkCount"), m.linkCount},
                         {QStringLiteral("shorteners"), QJsonArray::fromStringList(shorteners)},
                         {QStringLiteral("riskyAttachments"), QJsonArray::fromStringList(risky)},
                         {QStringLiteral("bodyBytes"), m.bodyBytes}};
    if (problems.isEmpty()) {
        r.status = CheckStatus::Pass;
        r.summary = QCoreApplication::translate("ContentAdvisor", "Nothing in the returned message stands out to a content filter.");
        return r;
    }
    r.status = CheckStatus::Warn;
    r.summary = QCoreApplication::translate("ContentAdvisor", "%n thing(s) in the message may trigger content filters.", nullptr, int(problems.size()));
    r.details = problems + r.details;
    r.fix = QCoreApplication::translate("ContentAdvisor", "Remove or replace what is listed above, then resend.");
    return r;
}
