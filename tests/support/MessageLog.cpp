#include "MessageLog.h"

#include <QtGlobal>

namespace {
QStringList g_messages;
QtMessageHandler g_previous = nullptr;
bool g_installed = false;

void keep(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(message);
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

void MessageLog::install()
{
    if (g_installed)
        return;
    g_previous = qInstallMessageHandler(keep);
    g_installed = true;
}

void MessageLog::uninstall()
{
    if (!g_installed)
        return;
    qInstallMessageHandler(g_previous);
    g_installed = false;
}

QStringList MessageLog::messages()
{
    return g_messages;
}

void MessageLog::clear()
{
    g_messages.clear();
}
