#pragma once

#include <QStringList>

// Every Qt log message of a test run, kept so that a test can search them (for a secret, say);
// each message still goes on to the handler that was installed before.
class MessageLog
{
public:
    static void install();
    static void uninstall();
    static QStringList messages();
    static void clear();
};
