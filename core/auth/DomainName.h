#pragma once

#include <QString>

// Domain-name helpers the authentication checks share: normalising what a person typed, and the
// organizational domain (RFC 7489 §3.2) from the Public Suffix List via libpsl.
class DomainName
{
public:
    // Lower case, no trailing dot, IDN to A-labels; empty when the name cannot be a domain.
    static QString normalize(const QString &name);
    // "mail.example.co.uk" -> "example.co.uk"; a public suffix itself gives itself.
    static QString organizationalDomain(const QString &domain);
    static bool isPublicSuffix(const QString &domain);
    // Domain part of an address ("user@Example.COM" -> "example.com"); a bare domain is returned as is.
    static QString domainOfAddress(const QString &address);
};
