#include "pagetoken.h"

namespace ct::systemapi {

namespace {
constexpr auto kEncoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr char kSeparator = '\n'; // never part of a node code or a SKU
} // namespace

QByteArray encodePageToken(const PositionKey& last)
{
    const QByteArray plain = last.node.toUtf8() + kSeparator + last.sku.toUtf8();
    return plain.toBase64(kEncoding);
}

std::optional<PositionKey> decodePageToken(const QByteArray& text)
{
    const auto decoded = QByteArray::fromBase64Encoding(text, kEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.count(kSeparator) != 1)
        return std::nullopt;
    const qsizetype at = decoded.decoded.indexOf(kSeparator);
    PositionKey key{QString::fromUtf8(decoded.decoded.left(at)), QString::fromUtf8(decoded.decoded.mid(at + 1))};
    // Only the canonical spelling: a token is never edited by hand into another one that also decodes.
    if (key.node.isEmpty() || key.sku.isEmpty() || encodePageToken(key) != text)
        return std::nullopt;
    return key;
}

} // namespace ct::systemapi
