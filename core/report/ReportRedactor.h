#pragma once

#include "ReportBlock.h"
#include "SmtpTranscript.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

// The report's own guard against leaked credentials, behind the SMTP probe's redaction:
// scrubs the secrets it is given (and their base64 forms) and the payload of any AUTH exchange
// that still shows in a transcript line ("AUTH PLAIN dXNlcg…", a client line after "334").
class ReportRedactor
{
public:
    explicit ReportRedactor(const QStringList &secrets);

    QString scrub(const QString &text) const;
    void scrub(ReportBlocks &blocks) const;
    QJsonValue scrub(const QJsonValue &value) const;

    // Replaces AUTH payloads in transcript text: "C: AUTH PLAIN <b64>" keeps the mechanism only,
    // and a client line that answers a "334" challenge is replaced whole.
    static QString redactAuthPayloads(const QString &transcriptText);

private:
    SmtpTranscript m_secrets; // reuses the transcript's secret forms (plain, base64, shifted base64)
    bool m_any = false;
};
