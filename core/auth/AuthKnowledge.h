#pragma once

#include "Result.h"

#include <QJsonObject>

// Reads the authentication checks' knowledge files (resources/knowledge/auth-*.json), compiled
// into bd_common as :/knowledge/<file>. Errors name the file, so a broken edit is found at once.
class AuthKnowledge
{
public:
    static Result<QJsonObject> read(const QString &fileName);
    static Result<QJsonObject> parse(const QByteArray &json, const QString &fileName);
    static Error entryError(const QString &fileName, const QString &entry, const QString &problem);
};
