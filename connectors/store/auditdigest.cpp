#include "auditdigest.h"

#include <openssl/evp.h>

namespace ct {

QString auditDigest(const AuditEntry& entry)
{
    static EVP_MD* const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    const QByteArray form = entry.canonicalForm();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!sha256 || EVP_Digest(form.constData(), size_t(form.size()), digest, &length, sha256, nullptr) != 1)
        return entry.computeHash();  // OpenSSL unusable here: the portable digest, the same value
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex());
}

} // namespace ct
