#pragma once

#include "Bounce.h"

#include <QByteArray>

#include <optional>

// Reads the bounce events that sending services post as JSON (Amazon SES/SNS notifications,
// Mailgun, SendGrid, Postmark, SparkPost and similar webhooks) into a Bounce.
class JsonEventReader
{
public:
    // nullopt when the input is not a JSON object or array.
    static std::optional<Bounce> read(const QByteArray &input, int maxRecipients);
};
