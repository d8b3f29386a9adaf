#include "CheckResult.h"

#include <QCoreApplication>
#include <QJsonArray>

QJsonObject CheckResult::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("status"), statusId(status));
    o.insert(QStringLiteral("summary"), summary);
    if (!details.isEmpty())
        o.insert(QStringLiteral("details"), QJsonArray::fromStringList(details));
    if (!evidence.isEmpty())
        o.insert(QStringLiteral("evidence"), QJsonArray::fromStringList(evidence));
    if (!fix.isEmpty())
        o.insert(QStringLiteral("fix"), fix);
    if (!suggestedRecord.isEmpty())
        o.insert(QStringLiteral("suggestedRecord"), suggestedRecord);
    if (!data.isEmpty())
        o.insert(QStringLiteral("data"), data);
    return o;
}

QString CheckResult::statusId(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QStringLiteral("pass");
    case CheckStatus::Warn: return QStringLiteral("warn");
    case CheckStatus::Fail: return QStringLiteral("fail");
    case CheckStatus::CouldNotCheck: return QStringLiteral("couldnt-check");
    case CheckStatus::Info: return QStringLiteral("info");
    }
    return QStringLiteral("couldnt-check");
}

CheckStatus CheckResult::statusFromId(const QString &id)
{
    for (auto s : {CheckStatus::Pass, CheckStatus::Warn, CheckStatus::Fail, CheckStatus::Info})
        if (statusId(s) == id)
            return s;
    return CheckStatus::CouldNotCheck;
}

QString CheckResult::statusText(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QCoreApplication::translate("CheckResult", "Passed");
    case CheckStatus::Warn: return QCoreApplication::translate("CheckResult", "Warning");
    case CheckStatus::Fail: return QCoreApplication::translate("CheckResult", "Needs action");
    case CheckStatus::CouldNotCheck: return QCoreApplication::translate("CheckResult", "Couldn't check");
    case CheckStatus::Info: return QCoreApplication::translate("CheckResult", "Information");
    }
    return {};
}

CheckStatus worstStatus(const CheckResults &results)
{
    static const CheckStatus order[] = {CheckStatus::Fail, CheckStatus::Warn, CheckStatus::CouldNotCheck,
                                        CheckStatus::Pass};
    for (CheckStatus s : order)
        for (const CheckResult &r : results)
            if (r.status == s)
                return s;
    return CheckStatus::Info;
}
