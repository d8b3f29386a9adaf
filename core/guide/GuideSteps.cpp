#include "GuideSteps.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

static void initGuideResources()
{
    Q_INIT_RESOURCE(bd_knowledge);
}

namespace {
Error invalid(const QString &file, const QString &entry, const QString &what)
{
    return {QStringLiteral("knowledge-invalid"),
            QCoreApplication::translate("GuideStep", "%1: entry \"%2\": %3").arg(file, entry, what)};
}
}

const GuideSteps &GuideSteps::instance()
{
    static const GuideSteps steps = [] {
        initGuideResources();
        const QString path = QStringLiteral(":/knowledge/guide-steps.json");
        QFile f(path);
        GuideSteps failed;
        if (!f.open(QIODevice::ReadOnly)) {
            failed.m_loadError = QCoreApplication::translate("GuideStep", "Cannot read %1").arg(path);
            return failed;
        }
        auto loaded = fromJson(f.readAll(), path);
        if (loaded)
            return std::move(loaded).value();
        failed.m_loadError = loaded.error().message;
        return failed;
    }();
    return steps;
}

Result<GuideSteps> GuideSteps::fromJson(const QByteArray &json, const QString &file)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error{QStringLiteral("knowledge-invalid"),
                     QCoreApplication::translate("GuideStep", "%1: not valid JSON at offset %2: %3")
                         .arg(file).arg(pe.offset).arg(pe.errorString())};
    GuideSteps out;
    QSet<QString> ids;
    int expectedNumber = 1;
    for (const QJsonValue &v : doc.object().value(QLatin1String("steps")).toArray()) {
        const QJsonObject o = v.toObject();
        GuideStep s;
        s.id = o.value(QLatin1String("id")).toString();
        s.number = o.value(QLatin1String("number")).toInt();
        s.title = o.value(QLatin1String("title")).toString();
        s.summary = o.value(QLatin1String("summary")).toString();
        if (s.id.isEmpty() || s.title.isEmpty() || s.summary.isEmpty())
            return invalid(file, s.id, QStringLiteral("needs id, title and summary"));
        if (ids.contains(s.id))
            return invalid(file, s.id, QStringLiteral("duplicate id"));
        ids.insert(s.id);
        if (s.number != expectedNumber++)
            return invalid(file, s.id, QStringLiteral("steps must be numbered 1, 2, 3... in order"));
        for (const QJsonValue &c : o.value(QLatin1String("causes")).toArray()) {
            const auto cause = causeFromId(c.toString());
            if (!cause || !isFixableCause(*cause))
                return invalid(file, s.id, QStringLiteral("unknown cause \"%1\"").arg(c.toString()));
            s.causes.append(*cause);
        }
        for (const QJsonValue &c : o.value(QLatin1String("checks")).toArray())
            s.checks.append(c.toString());
        for (const QJsonValue &c : o.value(QLatin1String("checklist")).toArray()) {
            const QJsonObject item = c.toObject();
            GuideChecklistItem i{item.value(QLatin1String("id")).toString(), item.value(QLatin1String("text")).toString()};
            if (i.id.isEmpty() || i.text.isEmpty())
                return invalid(file, s.id, QStringLiteral("checklist item needs id and text"));
            s.checklist.append(i);
        }
        if (s.checklist.isEmpty())
            return invalid(file, s.id, QStringLiteral("empty checklist"));
        out.m_steps.append(s);
    }
    if (out.m_steps.size() != 7)
        return invalid(file, QStringLiteral("steps"), QStringLiteral("there must be exactly seven steps"));
    // Every one of the seven causes must lead to a step, or a diagnosis would have nowhere to go.
    for (int c = 0; c <= int(Cause::ServerConfig); ++c)
        if (!out.stepForCause(Cause(c)))
            return invalid(file, causeId(Cause(c)), QStringLiteral("no step fixes this cause"));
    return out;
}

const GuideStep *GuideSteps::step(const QString &id) const
{
    for (const GuideStep &s : m_steps)
        if (s.id == id)
            return &s;
    return nullptr;
}

const GuideStep *GuideSteps::stepForCause(Cause cause) const
{
    for (const GuideStep &s : m_steps)
        if (s.causes.contains(cause))
            return &s;
    return nullptr;
}
