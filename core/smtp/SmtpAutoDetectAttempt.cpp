#include "SmtpAutoDetectAttempt.h"

QJsonObject SmtpAutoDetectAttempt::toJson(bool withTranscript) const
{
    QJsonObject o{{QStringLiteral("host"), host},
                  {QStringLiteral("port"), port},
                  {QStringLiteral("security"), Smtp::securityId(security)},
                  {QStringLiteral("source"), source},
                  {QStringLiteral("ok"), result.ok},
                  {QStringLiteral("score"), score},
                  {QStringLiteral("stage"), Smtp::stageId(result.stage)},
                  {QStringLiteral("verdict"), result.verdict.id},
                  {QStringLiteral("message"), result.verdict.message},
                  {QStringLiteral("elapsedMs"), result.elapsedMs}};
    if (result.tls.used)
        o.insert(QStringLiteral("tls"), result.tls.toJson());
    if (withTranscript)
        o.insert(QStringLiteral("transcript"), result.transcript.toJson());
    return o;
}
