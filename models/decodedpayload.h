#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace ct {

class PayloadDecoder;

// A payload as a person reads it: JSON (pretty), protobuf through its descriptor (as a JSON tree),
// text, or, whenever it cannot be read as its content type says, a hex dump with the reason why.
struct DecodedPayload {
    enum class Kind { Empty, Json, Protobuf, Text, Hex };
    // Why a payload is shown as hex (or what its tree leaves out, for UnknownFields).
    enum class Reason { None, InvalidUtf8, TooDeep, MalformedJson, Binary, TooLarge, NoDecoder, UnknownType,
                        MalformedProtobuf, UnknownFields };

    Kind kind = Kind::Empty;
    QJsonValue tree;    // Json and Protobuf: the fields
    QString text;       // Text: the text; Hex: offset, bytes and ASCII, at most kHexShownBytes of them
    QString typeName;   // Protobuf: the message type
    Reason reason = Reason::None;
    QString detail;     // English detail for the reason (a parser's message), may be empty
    qsizetype offset = -1; // where the reason was found, in bytes; -1: nowhere in particular
    qsizetype size = 0;    // the payload's size in bytes

    bool hasFields() const { return kind == Kind::Json || kind == Kind::Protobuf; }
};

inline constexpr int kHexShownBytes = 64 * 1024;
inline constexpr int kMaxJsonDepth = 1024;     // QJsonDocument's own limit
inline constexpr qsizetype kMaxDecodedBytes = 8 * 1024 * 1024; // larger ones are shown as hex

// Decodes by the content type, then by the content: JSON (declared, or text that starts like it),
// protobuf through `decoder` (nullptr: shown as hex), other valid UTF-8 as text, anything else hex.
// Never fails: hostile input (invalid UTF-8, nesting past 1024 levels, truncation, binary) is hex.
DecodedPayload decodePayload(const QByteArray& payload, const QString& contentType,
                             const PayloadDecoder* decoder = nullptr);

// The byte offset of the first byte that is not part of well-formed UTF-8 (overlong forms,
// surrogates and code points past U+10FFFF included), or -1 when every byte is.
qsizetype firstInvalidUtf8(QByteArrayView bytes);

// A tree as indented JSON text.
QString prettyJson(const QJsonValue& tree);

} // namespace ct
