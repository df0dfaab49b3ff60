#include "decodedpayload.h"

#include "contenttype.h"
#include "payloaddecoder.h"
#include "payloadtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ct {
namespace {

DecodedPayload asHex(DecodedPayload out, const QByteArray& payload, DecodedPayload::Reason reason,
                     qsizetype offset = -1, const QString& detail = {})
{
    out.kind = DecodedPayload::Kind::Hex;
    out.tree = QJsonValue();
    out.reason = reason;
    out.offset = offset;
    out.detail = detail;
    out.text = hexDump(payload, kHexShownBytes);
    return out;
}

bool startsLikeJson(const QByteArray& payload)
{
    for (const char c : payload) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

// Text a person can read: no control characters besides tab, line feed, carriage return and form feed.
qsizetype firstControlByte(const QByteArray& payload)
{
    for (qsizetype i = 0; i < payload.size(); ++i) {
        const auto c = quint8(payload.at(i));
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f)
            return i;
    }
    return -1;
}

DecodedPayload decodeTree(DecodedPayload out, const QByteArray& payload, const ContentType& type,
                          const PayloadDecoder* decoder)
{
    if (!decoder || !decoder->handles(type))
        return asHex(std::move(out), payload, DecodedPayload::Reason::NoDecoder, -1, type.mediaType);
    TreeDecoding decoded = decoder->decode(payload, type);
    out.typeName = decoded.typeName;
    switch (decoded.outcome) {
    case TreeDecoding::Outcome::UnknownType:
        return asHex(std::move(out), payload, DecodedPayload::Reason::UnknownType, -1, decoded.detail);
    case TreeDecoding::Outcome::Malformed:
        return asHex(std::move(out), payload, DecodedPayload::Reason::MalformedProtobuf, -1, decoded.detail);
    case TreeDecoding::Outcome::DecodedWithUnknownFields:
        out.reason = DecodedPayload::Reason::UnknownFields;
        out.detail = decoded.detail;
        break;
    case TreeDecoding::Outcome::Decoded:
        break;
    }
    out.kind = DecodedPayload::Kind::Protobuf;
    out.tree = std::move(decoded.tree);
    return out;
}

} // namespace

qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar lead = p[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t code = 0;
        char32_t least = 0;
        if ((lead & 0xe0) == 0xc0) {
            length = 2, code = lead & 0x1f, least = 0x80;
        } else if ((lead & 0xf0) == 0xe0) {
            length = 3, code = lead & 0x0f, least = 0x800;
        } else if ((lead & 0xf8) == 0xf0) {
            length = 4, code = lead & 0x07, least = 0x10000;
        } else {
            return i;
        }
        if (n - i < length)
            return i;
        for (int k = 1; k < length; ++k) {
            const uchar next = p[i + k];
            if ((next & 0xc0) != 0x80)
                return i;
            code = (code << 6) | (next & 0x3f);
        }
        if (code < least || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
            return i;
        i += length;
    }
    return -1;
}

DecodedPayload decodePayload(const QByteArray& payload, const QString& contentType, const PayloadDecoder* decoder)
{
    using Reason = DecodedPayload::Reason;
    DecodedPayload out;
    out.size = payload.size();
    if (payload.isEmpty())
        return out;
    // Decoding is for the one payload a person looks at; a huge one would hold up the window.
    if (payload.size() > kMaxDecodedBytes)
        return asHex(std::move(out), payload, Reason::TooLarge);
    const ContentType type = ContentType::parse(contentType);
    if (type.isProtobuf())
        return decodeTree(std::move(out), payload, type, decoder);

    // QJsonDocument rejects a whole document for one bad byte; finding it first says where.
    const qsizetype invalid = firstInvalidUtf8(payload);
    if (type.isJson() || startsLikeJson(payload)) {
        if (invalid >= 0)
            return asHex(std::move(out), payload, Reason::InvalidUtf8, invalid);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
        if (error.error != QJsonParseError::NoError || document.isNull())
            return asHex(std::move(out), payload,
                         error.error == QJsonParseError::DeepNesting ? Reason::TooDeep : Reason::MalformedJson,
                         error.offset, error.errorString());
        out.kind = DecodedPayload::Kind::Json;
        out.tree = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        return out;
    }
    if (invalid >= 0)
        return asHex(std::move(out), payload, type.mediaType.startsWith(QLatin1String("text/")) ? Reason::InvalidUtf8 : Reason::Binary,
                     invalid);
    if (const qsizetype control = firstControlByte(payload); control >= 0)
        return asHex(std::move(out), payload, Reason::Binary, control);
    out.kind = DecodedPayload::Kind::Text;
    out.text = QString::fromUtf8(payload);
    return out;
}

QString prettyJson(const QJsonValue& tree)
{
    if (tree.isObject())
        return QString::fromUtf8(QJsonDocument(tree.toObject()).toJson(QJsonDocument::Indented));
    if (tree.isArray())
        return QString::fromUtf8(QJsonDocument(tree.toArray()).toJson(QJsonDocument::Indented));
    // A scalar: its JSON form is the one element of a compact array.
    const QByteArray wrapped = QJsonDocument(QJsonArray{tree}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

} // namespace ct
