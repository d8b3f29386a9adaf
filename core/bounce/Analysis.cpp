#include "Analysis.h"

#include "Classifier.h"

#include <QJsonArray>

QJsonObject Analysis::toJson() const
{
    QJsonObject o = diagnosis.toJson();
    const QJsonObject b = bounce.toJson();
    for (auto it = b.begin(); it != b.end(); ++it)
        if (!o.contains(it.key()))
            o.insert(it.key(), it.value());
    o.insert(QStringLiteral("reasonTitle"),
             diagnosis.reason.isEmpty() ? QString() : Classifier::instance().reasonTitle(diagnosis.reason));
    return o;
}
