#include "Commands.h"

#include <QTextStream>

// Not written yet: the issue that owns this command replaces this file.
int runSmtpCommand(const QStringList &args)
{
    QTextStream(stderr) << args.value(0) << ": this command is not available in this build\n";
    return 2;
}
