#include "DkimRecord.h"

#include "TagList.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSslKey>

namespace {
// Minimal DER reader: enough to find the RSA modulus without depending on a TLS backend.
struct Der
{
    const QByteArray &data;
    int pos = 0;

    bool read(int &tag, int &length, int &contentStart)
    {
        if (pos + 2 > data.size())
            return false;
        tag = quint8(data[pos++]);
        int len = quint8(data[pos++]);
        if (len & 0x80) {
            const int n = len & 0x7f;
            if (n == 0 || n > 4 || pos + n > data.size())
                return false;
            len = 0;
            for (int i = 0; i < n; ++i)
                len = (len << 8) | quint8(data[pos++]);
        }
        if (len < 0 || pos + len > data.size())
            return false;
        length = len;
        contentStart = pos;
        return true;
    }
};

int integerBits(const QByteArray &data, int start, int length)
{
    while (length > 0 && quint8(data[start]) == 0) {
        ++start;
        --length;
    }
    if (length <= 0)
        return 0;
    int bits = (length - 1) * 8;
    for (quint8 top = quint8(data[start]); top; top >>= 1)
        ++bits;
    return bits;
}

int pkcs1Bits(const QByteArray &der, int start)
{
    Der d{der, start};
    int tag, len, content;
    if (!d.read(tag, len, content) || tag != 0x30)
        return 0;
    if (!d.read(tag, len, content) || tag != 0x02)
        return 0;
    return integerBits(der, content, len);
}
}

int DkimRecord::rsaKeyBits(const QByteArray &der)
{
    Der d{der};
    int tag, len, content;
    if (!d.read(tag, len, content) || tag != 0x30)
        return 0;
    const int outerEnd = content + len;
    // SubjectPublicKeyInfo: SEQUENCE { SEQUENCE { OID rsaEncryption, NULL }, BIT STRING { RSAPublicKey } }
    if (!d.read(tag, len, content))
        return 0;
    if (tag == 0x02) // a bare RSAPublicKey: SEQUENCE { INTEGER n, INTEGER e }
        return outerEnd == der.size() ? integerBits(der, content, len) : 0;
    if (tag != 0x30)
        return 0;
    static const QByteArray rsaOid = QByteArray::fromHex("2a864886f70d010101");
    if (der.mid(content, len).indexOf(rsaOid) < 0)
        return 0;
    d.pos = content + len;
    if (!d.read(tag, len, content) || tag != 0x03 || len < 2)
        return 0;
    return pkcs1Bits(der, content + 1); // skip the unused-bits octet
}

bool DkimRecord::looksLikeDkim(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(^|;)\\s*(v\\s*=\\s*DKIM1|p\\s*=|k\\s*=\\s*(rsa|ed25519))"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

DkimRecord DkimRecord::parse(const QString &text)
{
    DkimRecord rec;
    rec.raw = text;
    const TagList tags = TagList::parse(text);
    rec.errors += tags.errors();
    for (const QString &dup : tags.duplicates())
        rec.errors.append(QCoreApplication::translate("DkimRecord", "The tag %1= appears more than once (RFC 6376 §3.2 makes the record invalid).").arg(dup));

    for (int i = 0; i < tags.tags().size(); ++i) {
        const TagList::Tag &t = tags.tags().at(i);
        const QString &v = t.value;
        if (t.name == QLatin1String("v")) {
            rec.version = v;
            if (i != 0)
                rec.errors.append(QCoreApplication::translate("DkimRecord", "v= must be the first tag of the record."));
            if (v != QLatin1String("DKIM1"))
                rec.errors.append(QCoreApplication::translate("DkimRecord", "v=%1 is not a DKIM key record version (expected DKIM1).").arg(v));
        } else if (t.name == QLatin1String("k")) {
            rec.keyTypeName = v.toLower();
            if (rec.keyTypeName == QLatin1String("rsa"))
                rec.keyType = KeyType::Rsa;
            else if (rec.keyTypeName == QLatin1String("ed25519"))
                rec.keyType = KeyType::Ed25519;
            else {
                rec.keyType = KeyType::Unknown;
                rec.errors.append(QCoreApplication::translate("DkimRecord", "Unknown key type k=%1 (known: rsa, ed25519).").arg(v));
            }
        } else if (t.name == QLatin1String("h")) {
            for (const QString &h : v.split(QLatin1Char(':'), Qt::SkipEmptyParts))
                rec.hashAlgorithms.append(h.trimmed().toLower());
        } else if (t.name == QLatin1String("s")) {
            rec.serviceTypes.clear();
            for (const QString &s : v.split(QLatin1Char(':'), Qt::SkipEmptyParts))
                rec.serviceTypes.append(s.trimmed().toLower());
        } else if (t.name == QLatin1String("t")) {
            for (const QString &f : v.split(QLatin1Char(':'), Qt::SkipEmptyParts))
                rec.flags.append(f.trimmed().toLower());
        } else if (t.name == QLatin1String("n")) {
            rec.notes = v;
        } else if (t.name == QLatin1String("p")) {
            rec.publicKeyBase64 = v;
            rec.publicKeyBase64.remove(QRegularExpression(QStringLiteral("\\s")));
        } else if (t.name != QLatin1String("g")) {
            rec.warnings.append(QCoreApplication::translate("DkimRecord", "Unknown tag %1= is ignored.").arg(t.name));
        }
    }

    if (!tags.contains(QStringLiteral("p"))) {
        rec.errors.append(QCoreApplication::translate("DkimRecord", "The record has no p= tag (the public key), which is required."));
    } else if (rec.publicKeyBase64.isEmpty()) {
        rec.revoked = true;
    } else {
        static const QRegularExpression b64(QStringLiteral("^[A-Za-z0-9+/]+={0,2}$"));
        const auto decoded = QByteArray::fromBase64Encoding(rec.publicKeyBase64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!b64.match(rec.publicKeyBase64).hasMatch() || !decoded || rec.publicKeyBase64.size() % 4 == 1) {
            rec.errors.append(QCoreApplication::translate("DkimRecord", "The public key (p=) is not valid base64."));
        } else {
            rec.publicKey = *decoded;
            if (rec.keyType == KeyType::Rsa) {
                const QSslKey key(rec.publicKey, QSsl::Rsa, QSsl::Der, QSsl::PublicKey);
                rec.keyBits = key.isNull() ? 0 : key.length();
                if (rec.keyBits <= 0)
                    rec.keyBits = rsaKeyBits(rec.publicKey);
                rec.keyDecoded = rec.keyBits > 0;
                if (!rec.keyDecoded)
                    rec.errors.append(QCoreApplication::translate("DkimRecord", "The public key (p=) is not an RSA public key (DER SubjectPublicKeyInfo)."));
                else if (rec.keyBits < 1024)
                    rec.errors.append(QCoreApplication::translate("DkimRecord", "The RSA key has %1 bits; verifiers must reject keys under 1024 bits (RFC 8301).").arg(rec.keyBits));
                else if (rec.keyBits < 2048)
                    rec.warnings.append(QCoreApplication::translate("DkimRecord", "The RSA key has %1 bits; 2048 bits is the current recommendation (RFC 8301).").arg(rec.keyBits));
            } else if (rec.keyType == KeyType::Ed25519) {
                rec.keyDecoded = rec.publicKey.size() == 32;
                if (rec.keyDecoded)
                    rec.keyBits = 256;
                else
                    rec.errors.append(QCoreApplication::translate("DkimRecord", "An ed25519 key (RFC 8463) is 32 bytes; this one has %1.").arg(rec.publicKey.size()));
            }
        }
    }

    for (const QString &h : std::as_const(rec.hashAlgorithms))
        if (h != QLatin1String("sha256") && h != QLatin1String("sha1"))
            rec.warnings.append(QCoreApplication::translate("DkimRecord", "Unknown hash algorithm h=%1.").arg(h));
    if (!rec.hashAlgorithms.isEmpty() && !rec.hashAlgorithms.contains(QStringLiteral("sha256")))
        rec.errors.append(QCoreApplication::translate("DkimRecord", "h= allows only %1; signatures must use sha256 (RFC 8301).").arg(rec.hashAlgorithms.join(QLatin1Char(':'))));
    if (!rec.serviceTypes.contains(QStringLiteral("*")) && !rec.serviceTypes.contains(QStringLiteral("email")))
        rec.errors.append(QCoreApplication::translate("DkimRecord", "s=%1 does not allow the key to be used for email.").arg(rec.serviceTypes.join(QLatin1Char(':'))));
    for (const QString &f : std::as_const(rec.flags))
        if (f != QLatin1String("y") && f != QLatin1String("s"))
            rec.warnings.append(QCoreApplication::translate("DkimRecord", "Unknown flag t=%1 is ignored.").arg(f));
    return rec;
}

QJsonObject DkimRecord::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("record"), raw);
    o.insert(QStringLiteral("valid"), isValid());
    o.insert(QStringLiteral("keyType"), keyTypeName);
    o.insert(QStringLiteral("keyBits"), keyBits);
    o.insert(QStringLiteral("revoked"), revoked);
    o.insert(QStringLiteral("testing"), testing());
    o.insert(QStringLiteral("strictSubdomains"), strictSubdomains());
    if (!hashAlgorithms.isEmpty())
        o.insert(QStringLiteral("hashAlgorithms"), QJsonArray::fromStringList(hashAlgorithms));
    if (!errors.isEmpty())
        o.insert(QStringLiteral("errors"), QJsonArray::fromStringList(errors));
    if (!warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return o;
}
