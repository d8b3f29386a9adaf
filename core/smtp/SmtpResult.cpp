#include "SmtpResult.h"

#include <QCoreApplication>
#include <QJsonArray>

QJsonObject SmtpResult::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("ok"), ok);
    o.insert(QStringLiteral("host"), host);
    o.insert(QStringLiteral("port"), port);
    o.insert(QStringLiteral("security"), Smtp::securityId(security));
    o.insert(QStringLiteral("address"), address);
    o.insert(QStringLiteral("stage"), Smtp::stageId(stage));
    o.insert(QStringLiteral("failure"), Smtp::failureId(failure));
    o.insert(QStringLiteral("verdict"), verdict.id);
    o.insert(QStringLiteral("severity"), CheckResult::statusId(verdict.severity));
    o.insert(QStringLiteral("title"), verdict.title);
    o.insert(QStringLiteral("message"), verdict.message);
    o.insert(QStringLiteral("next"), verdict.nextStep);
    if (!verdict.providerHint.isEmpty())
        o.insert(QStringLiteral("providerHint"), verdict.providerHint);
    o.insert(QStringLiteral("error"), transcript.scrub(errorText));
    if (lastReply.isValid())
        o.insert(QStringLiteral("reply"), lastReply.toJson());
    o.insert(QStringLiteral("banner"), banner);
    o.insert(QStringLiteral("extensions"), QJsonArray::fromStringList(extensions));
    o.insert(QStringLiteral("authOffered"), QJsonArray::fromStringList(authOffered));
    o.insert(QStringLiteral("startTlsOffered"), startTlsOffered);
    o.insert(QStringLiteral("authMechanism"), authMechUsed);
    o.insert(QStringLiteral("authenticated"), authenticated);
    o.insert(QStringLiteral("encrypted"), encrypted);
    o.insert(QStringLiteral("recipientsAccepted"), QJsonArray::fromStringList(recipientsAccepted));
    o.insert(QStringLiteral("messageSent"), messageSent);
    o.insert(QStringLiteral("elapsedMs"), elapsedMs);
    o.insert(QStringLiteral("tls"), tls.toJson());
    o.insert(QStringLiteral("transcript"), transcript.toJson());
    return o;
}

CheckResult SmtpResult::toCheckResult() const
{
    CheckResult c;
    c.id = QStringLiteral("smtp.probe");
    c.title = QCoreApplication::translate("SmtpResult", "SMTP test of %1:%2 (%3)")
                  .arg(host).arg(port).arg(Smtp::securityId(security));
    c.status = verdict.severity;
    c.summary = verdict.title;
    c.details = QStringList{verdict.message};
    if (!verdict.providerHint.isEmpty())
        c.details.append(verdict.providerHint);
    for (const SmtpTranscriptLine &l : transcript.lines())
        c.evidence.append(l.toText());
    c.fix = verdict.nextStep;
    c.data = toJson();
    return c;
}
