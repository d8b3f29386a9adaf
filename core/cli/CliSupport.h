#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;
class QObject;
class Resolver;

// Helpers every bounce-doctor-cli command shares, so the DNS options and output look the same
// everywhere.

// Adds `--dns-server HOST[:PORT]` (repeatable; "[v6]:PORT" for IPv6) and `--dns-timeout MS`.
void addDnsServerOption(QCommandLineParser &parser);
// The resolver those options describe: c-ares with the given servers (or the system's from
// /etc/resolv.conf), 2 s × 2 tries unless --dns-timeout says otherwise, behind a per-run cache.
// Errors: "dns-server-invalid", "dns-timeout-invalid", "dns-init".
Result<Resolver *> makeResolver(const QCommandLineParser &parser, QObject *parent);
// Parses `args`; on a usage error prints it and returns 2, on --help prints the help and returns 0.
// Returns std::nullopt when the command should go on.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &args);
// Writes `o` to stdout as JSON (indented unless `compact`), with a final newline.
void printJson(const QJsonObject &o, bool compact = false);
// Writes "bounce-doctor-cli: <msg>" to stderr.
void printError(const QString &msg);
