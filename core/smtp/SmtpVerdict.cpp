#include "SmtpVerdict.h"

QJsonObject SmtpVerdict::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("severity"), CheckResult::statusId(severity)},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("next"), nextStep}};
    if (!providerHint.isEmpty())
        o.insert(QStringLiteral("providerHint"), providerHint);
    return o;
}
