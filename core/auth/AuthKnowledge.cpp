#include "AuthKnowledge.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

// Q_INIT_RESOURCE must be called outside any namespace.
static void initAuthKnowledgeResources()
{
    Q_INIT_RESOURCE(bd_knowledge);
}

Result<QJsonObject> AuthKnowledge::read(const QString &fileName)
{
    static const bool initialised = (initAuthKnowledgeResources(), true);
    Q_UNUSED(initialised);
    QFile file(QStringLiteral(":/knowledge/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("knowledge-missing"),
                     QCoreApplication::translate("AuthKnowledge", "Knowledge file %1 is missing from this build.").arg(fileName)};
    return parse(file.readAll(), fileName);
}

Result<QJsonObject> AuthKnowledge::parse(const QByteArray &json, const QString &fileName)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return Error{QStringLiteral("knowledge-invalid"),
                     QCoreApplication::translate("AuthKnowledge", "Knowledge file %1 is not valid JSON at offset %2: %3.")
                         .arg(fileName)
                         .arg(err.offset)
                         .arg(err.errorString())};
    if (!doc.isObject())
        return Error{QStringLiteral("knowledge-invalid"),
                     QCoreApplication::translate("AuthKnowledge", "Knowledge file %1 must hold a JSON object.").arg(fileName)};
    return doc.object();
}

Error AuthKnowledge::entryError(const QString &fileName, const QString &entry, const QString &problem)
{
    return Error{QStringLiteral("knowledge-invalid"),
                 QCoreApplication::translate("AuthKnowledge", "Knowledge file %1, entry %2: %3").arg(fileName, entry, problem)};
}
