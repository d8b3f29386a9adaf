#pragma once

#include "Bounce.h"

#include <QList>
#include <QString>
#include <QStringView>

// The fields of an RFC 3464 message/delivery-status (or RFC 6533 global) report.
struct DsnReport
{
    QString reportingMta;
    QString receivedFromMta;
    QString arrivalDate;
    QList<DeliveryFailure> recipients;
    bool truncated = false;  // more recipient blocks than the limit allowed
};

class DsnFieldsParser
{
public:
    // Reads the per-message block and every per-recipient block (blank-line separated; a repeated
    // Final-Recipient also starts a new block, for reports that forget the blank line).
    static DsnReport parse(QStringView text, int maxRecipients);
    // "rfc822; a@b" -> "a@b"; "dns; mx.example" -> "mx.example"; "smtp; 550 ..." -> "550 ..."
    static QString stripType(const QString &value, QString *type = nullptr);
    // True when the text carries DSN recipient fields (a pasted report shown as text).
    static bool containsDsnFields(QStringView text);
    static QString cleanAddress(QString address);
};
