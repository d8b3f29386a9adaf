#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// One complete server reply (all lines of a multi-line reply).
struct SmtpReply
{
    int code = 0;          // 220, 250, 535...; 0 = no reply
    QString enhanced;      // RFC 3463 "x.y.z" from the first line, "" when absent
    QStringList lines;     // text of each line without the code, separator and enhanced code

    bool isValid() const { return code >= 200 && code <= 599; }
    bool isPositive() const { return code >= 200 && code < 400; }
    bool isTransient() const { return code >= 400 && code < 500; }
    bool isPermanent() const { return code >= 500; }
    QString text() const;       // lines joined by a space
    QString firstLine() const;  // "550 5.1.1 <x@y>: User unknown"
    QJsonObject toJson() const;
};
