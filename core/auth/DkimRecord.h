#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// A DKIM key record (RFC 6376 §3.6.1, RFC 8463 for ed25519) as published at
// <selector>._domainkey.<domain>: tags, key type, the decoded key and its size, revocation,
// flags; `errors` make the key unusable for verification, `warnings` do not.
struct DkimRecord
{
    enum class KeyType { Rsa, Ed25519, Unknown };

    QString raw;
    QString version;             // "DKIM1" or empty when v= is absent
    QString keyTypeName = QStringLiteral("rsa");
    KeyType keyType = KeyType::Rsa;
    QStringList hashAlgorithms;  // h=, empty means any
    QStringList serviceTypes{QStringLiteral("*")};
    QStringList flags;           // t=
    QString notes;               // n=
    QString publicKeyBase64;     // p= without whitespace
    QByteArray publicKey;        // decoded
    bool revoked = false;        // p= present and empty
    bool keyDecoded = false;
    int keyBits = 0;             // RSA modulus size; 256 for ed25519
    QStringList errors;          // translated
    QStringList warnings;        // translated

    bool isValid() const { return errors.isEmpty(); }
    bool testing() const { return flags.contains(QStringLiteral("y")); }
    bool strictSubdomains() const { return flags.contains(QStringLiteral("s")); }
    QJsonObject toJson() const;

    static DkimRecord parse(const QString &text);
    // Does this TXT look like it was meant as a DKIM key (for selector discovery)?
    static bool looksLikeDkim(const QString &text);
    // RSA modulus size from DER SubjectPublicKeyInfo or a bare PKCS#1 RSAPublicKey; 0 if neither.
    static int rsaKeyBits(const QByteArray &der);
};
