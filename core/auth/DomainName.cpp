#include "DomainName.h"

#include <QUrl>

#include <libpsl.h>

namespace {
const psl_ctx_t *pslContext()
{
    // The builtin list is compiled into libpsl; the distribution file is a fallback for builds without it.
    static const psl_ctx_t *ctx = [] {
        const psl_ctx_t *builtin = psl_builtin();
        return builtin ? builtin : psl_latest(nullptr);
    }();
    return ctx;
}
}

QString DomainName::normalize(const QString &name)
{
    QString n = name.trimmed();
    while (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    if (n.isEmpty())
        return {};
    const QByteArray ace = QUrl::toAce(n);
    if (ace.isEmpty())
        return {};
    return QString::fromLatin1(ace).toLower();
}

QString DomainName::organizationalDomain(const QString &domain)
{
    const QString d = normalize(domain);
    if (d.isEmpty() || !pslContext())
        return d;
    const QByteArray utf8 = d.toUtf8();
    const char *reg = psl_registrable_domain(pslContext(), utf8.constData());
    return reg ? QString::fromUtf8(reg) : d;
}

bool DomainName::isPublicSuffix(const QString &domain)
{
    const QString d = normalize(domain);
    if (d.isEmpty() || !pslContext())
        return false;
    return psl_is_public_suffix(pslContext(), d.toUtf8().constData()) != 0;
}

QString DomainName::domainOfAddress(const QString &address)
{
    QString a = address.trimmed();
    if (a.startsWith(QLatin1Char('<')) && a.endsWith(QLatin1Char('>')))
        a = a.mid(1, a.size() - 2);
    const int at = int(a.lastIndexOf(QLatin1Char('@')));
    return normalize(at >= 0 ? a.mid(at + 1) : a);
}
