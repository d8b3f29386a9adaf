#include "FuzzSupport.h"

#include <QCoreApplication>

namespace FuzzSupport {

void ensureApp()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "bd-fuzz";
    static char *argv[] = {name, nullptr};
    // Never destroyed: libFuzzer exits through exit(), and a torn-down app would break later runs.
    new QCoreApplication(argc, argv);
}

QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace FuzzSupport
