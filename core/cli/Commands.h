#pragma once

#include <QStringList>

// One function per `bounce-doctor-cli` sub-command. `args` starts with "bounce-doctor-cli <command>"
// as argv[0] (for QCommandLineParser), followed by the command's own arguments.
// Exit codes: 0 done, 1 ran but some input could not be handled, 2 usage error.
int runAnalyzeCommand(const QStringList &args);
int runSpfCommand(const QStringList &args);
int runDnsCommand(const QStringList &args);
int runBlocklistCommand(const QStringList &args);
int runSmtpCommand(const QStringList &args);
int runDiagnoseCommand(const QStringList &args);
